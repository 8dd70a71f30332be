"""One registry from source kind to retriever and parser, shared by ``run``, backfill and articles.

A *source kind* says how a location (a URL or a path) is read: which retriever
turns it into bytes (a :class:`~llamawatch.records.FetchResult`) and which
parser turns those bytes into :class:`~llamawatch.records.Post` records. Every
caller asks :func:`kind_for` instead of deciding by scheme, suffix or MIME type
on its own, so adding a source kind is two files: the module with its two
functions, and one :func:`register` call::

    register("gopher", claims=lambda loc: loc.startswith("gopher://"),
             retrieve=read_gopher, parse=parse_gopher_menu)

Built-in kinds (checked after registered ones, in this order):

- ``local-folder``: a folder of post and feed files (``run`` and backfill walk it
  file by file, each file being a ``local-file``);
- ``local-file``: a post file (``.html``/``.md``/``.txt``…), a feed file, or for
  backfill a list of URLs;
- ``http``: a feed URL, a page URL, a sitemap or an RFC 5005 feed archive; what
  the document is comes from the source's declared kind (``run``) or, for
  backfill, from :func:`kind_for_document`.

Backfill kinds (``kind_for(location, backfill=True)`` consults them after the
registered kinds and before the built-in ones; ``run`` and article fetches never
see them): ``feed-archive`` (a feed whose older entries are read by following
RFC 5005 archive links), ``sitemap`` (a sitemap or sitemap index, its pages
planned as summary-only posts) and ``url-list`` (a file of URLs, one a line).
Each carries a ``walk`` that enumerates everything under a location; a feed
archive or sitemap reached by URL is recognised by its bytes
(:func:`kind_for_document`). :mod:`llamawatch.sources.archive` defines them,
since their walks are backfill's plan.

Retrievers are blocking and raise :class:`~llamawatch.errors.LlamawatchError`
(one line, never a traceback); they get a :class:`Retrieval` holding the run's
one HTTP client (``fetch``) and the one size limit (``http.max_bytes``). Parsers
are pure functions of the retrieved bytes and raise ``ParseError``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from llamawatch.config import DEMO_SOURCE_URL, demo_archive_path
from llamawatch.errors import FetchError, ParseError
from llamawatch.extractors.feeds import is_feed_file, parse_feed
from llamawatch.extractors.local import read_post_file
from llamawatch.identity import is_http_url
from llamawatch.records import FetchResult, Post, Source

#: fetches one URL through the project's HTTP client (``trusted`` when the operator named it)
Fetcher = Callable[..., FetchResult]


@dataclass(frozen=True, slots=True)
class Retrieval:
    """What a retriever may use: the run's HTTP fetcher and the one size limit."""

    fetch: Fetcher | None
    max_bytes: int
    #: whether the operator named this location (links found in content are not trusted)
    trusted: bool = True


Retriever = Callable[[str, Retrieval], FetchResult]
Parser = Callable[[FetchResult], Sequence[Post]]
#: enumerates a backfill location: (location, source, dates, fetch, report, keep_posts,
#: first=None) → (ArchiveItem, Post | None) pairs; typed loosely here because the plan's
#: types live in llamawatch.sources.archive, which builds on this module
Walker = Callable[..., Iterator[Any]]


@dataclass(frozen=True, slots=True)
class SourceKind:
    """One way of reading a source: which locations it claims, how to fetch and parse them."""

    name: str
    claims: Callable[[str], bool]
    retrieve: Retriever
    parse: Parser
    builtin: bool = False
    #: backfill kinds: enumerate everything under a location (follow archive links, nested
    #: sitemaps, every line of a list)
    walk: Walker | None = None
    #: backfill kinds reached by URL: whether a retrieved (unpacked) document is of this kind
    recognizes: Callable[[bytes], bool] | None = None


# --- locations ------------------------------------------------------------------------


def is_local(location: str) -> bool:
    """Return whether a location names a local file, folder or the demo archive."""
    if location == DEMO_SOURCE_URL:
        return True
    scheme = urlsplit(location).scheme.lower()
    windows_drive = len(scheme) == 1 and location[1:3] in (":\\", ":/")
    return scheme == "file" or scheme == "" or windows_drive


def local_path(location: str) -> Path:
    """Return the filesystem path a local location names."""
    if location == DEMO_SOURCE_URL:
        return demo_archive_path()
    if location.lower().startswith("file:"):
        return Path(unquote(urlsplit(location).path))
    return Path(location).expanduser()


# --- built-in retrievers and parsers ----------------------------------------------------


def retrieve_http(location: str, how: Retrieval) -> FetchResult:
    """Fetch a URL through the run's HTTP client (guard, politeness, deadline, size cap)."""
    if how.fetch is None:
        raise FetchError(f"{location}: no HTTP client given")
    return how.fetch(location, trusted=how.trusted)


def retrieve_file(location: str, how: Retrieval) -> FetchResult:
    """Read a local file whole, refusing one larger than the size limit."""
    path = local_path(location)
    try:
        if path.stat().st_size > how.max_bytes:
            raise FetchError(f"{path}: larger than {how.max_bytes} bytes (http.max_bytes)")
        content = path.read_bytes()
    except OSError as exc:
        raise FetchError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    source = Source(name=path.name, url=str(path), kind="archive")
    return FetchResult(source=source, url=str(path), status=None, content=content)


def parse_feed_document(result: FetchResult) -> Sequence[Post]:
    """Parse a feed document (RSS, Atom, JSON Feed) into its posts."""

    parsed = parse_feed(result)
    if parsed.error:
        raise ParseError(f"{result.url}: {parsed.error}")
    return parsed.posts


def parse_local_file(result: FetchResult) -> Sequence[Post]:
    """Parse a local file: a feed file by its suffix or first bytes, else one post file."""

    path = Path(result.url)
    if is_feed_file(path):
        return parse_feed_document(result)
    return [read_post_file(path, max_bytes=max(len(result.content), 1))]


_BUILTINS: tuple[SourceKind, ...] = (
    SourceKind(
        "local-folder",
        lambda loc: is_local(loc) and local_path(loc).is_dir(),
        retrieve_file,  # a folder is walked file by file; each file is retrieved alone
        parse_local_file,
        builtin=True,
    ),
    SourceKind(
        "local-file",
        lambda loc: is_local(loc),
        retrieve_file,
        parse_local_file,
        builtin=True,
    ),
    SourceKind("http", is_http_url, retrieve_http, parse_feed_document, builtin=True),
)

#: kinds registered by :func:`register`, consulted before the built-in ones (newest first)
_registered: dict[str, SourceKind] = {}
#: the backfill kinds, in the order they are consulted (see :func:`register_backfill_kind`)
_backfill: dict[str, SourceKind] = {}


def register(
    name: str,
    *,
    claims: Callable[[str], bool],
    retrieve: Retriever,
    parse: Parser,
) -> SourceKind:
    """Register a source kind; it is consulted before the built-in kinds (in the spirit
    of a ``mount_retriever``). Registering a name again replaces it."""
    if any(kind.name == name for kind in _BUILTINS) or name in _backfill:
        raise ValueError(f"{name!r} is a built-in source kind")
    kind = SourceKind(name, claims, retrieve, parse)
    _registered.pop(name, None)
    _registered[name] = kind
    return kind


def unregister(name: str) -> None:
    """Remove a registered source kind (tests use it to clean up)."""
    _registered.pop(name, None)


def register_backfill_kind(
    name: str,
    *,
    claims: Callable[[str], bool],
    retrieve: Retriever,
    parse: Parser,
    walk: Walker,
    recognizes: Callable[[bytes], bool] | None = None,
) -> SourceKind:
    """Add a built-in backfill kind (llamawatch.sources.archive adds its three at import)."""
    kind = SourceKind(name, claims, retrieve, parse, True, walk, recognizes)
    _backfill[name] = kind
    return kind


def kinds(*, backfill: bool = False) -> list[SourceKind]:
    """Return every kind in the order :func:`kind_for` consults them."""
    extra = list(_backfill.values()) if backfill else []
    return [*reversed(_registered.values()), *extra, *_BUILTINS]


def kind_for(location: str, *, backfill: bool = False) -> SourceKind | None:
    """Return the kind that reads a location, or None when no kind claims it.

    ``backfill`` adds the backfill kinds (feed archives, URL lists) that ``run`` never reads.
    """
    return next((kind for kind in kinds(backfill=backfill) if kind.claims(location)), None)


def kind_for_document(content: bytes) -> SourceKind | None:
    """Return the backfill kind a retrieved document is (a sitemap, a feed), judged by its
    bytes: what an http URL holds is known only once it is fetched."""
    return next(
        (k for k in _backfill.values() if k.recognizes is not None and k.recognizes(content)),
        None,
    )


def read_posts(kind: SourceKind, location: str, how: Retrieval) -> Sequence[Post]:
    """Retrieve a location and parse it with its kind: the generic path for registered kinds."""
    return kind.parse(kind.retrieve(location, how))
