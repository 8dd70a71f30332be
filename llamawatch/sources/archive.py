"""Backfill inputs: enumerate archives of posts as a stream, and plan them in chunks.

A backfill ``SOURCE`` is one of:

- a directory (read recursively: ``.html``/``.htm``/``.md``/``.markdown``/``.txt``
  post files, and ``.xml``/``.atom``/``.rss``/``.json`` feed files);
- a post file, or a feed file;
- a file listing URLs, one per line (``#`` starts a comment);
- an ``http(s)`` URL of a sitemap (``urlset`` or ``sitemapindex``), of a site
  (its sitemaps are found through ``robots.txt``, ``/sitemap.xml`` or
  ``/sitemap_index.xml``), or of a feed, whose older entries are read by
  following RFC 5005 archive links (``prev-archive``; ``next`` for paged feeds).

- a location of a kind registered in :mod:`llamawatch.sources.retrieval` (read with
  that kind's retriever and parser, its posts planned as entries).

Which of these a SOURCE is, is asked of the retrieval registry:
``kind_for(source, backfill=True)``, then for a URL ``kind_for_document`` on what it
holds. Feed archives, sitemaps and URL lists are the registry's backfill kinds,
defined at the end of this module with the walks that enumerate them.

Everything is a generator, so memory stays flat however large the archive. The
order is deterministic (directories sorted, lists and feeds in document order,
first occurrence wins), which is what lets :func:`plan_chunks` give two workers
the same plan and a resumed run the same chunks.

Pages named by URL lists and sitemaps are not downloaded here: they come out as
summary-only posts without a body, keyed by URL, so a resumed run can skip the
stored ones before fetching and the flow fetches the rest politely with
``llamawatch.sources.fetch.fetch_articles``.

``since``/``until`` filter on the publication date when one is known; posts
without a date are kept, since nothing says they are out of range.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import itertools
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal
from urllib.parse import urljoin, urlsplit

from lxml import etree

from llamawatch.config import HttpSettings
from llamawatch.errors import FetchError, LlamawatchError, ParseError
from llamawatch.extractors.feeds import FEED_SUFFIXES, is_feed_file, parse_feed, xml_root
from llamawatch.extractors.local import POST_SUFFIXES, archive_files, read_post_file
from llamawatch.identity import canonical_url, content_hash, is_http_url, with_key
from llamawatch.records import FetchResult, Post, Source
from llamawatch.sources.http import BlockingHttp
from llamawatch.sources.retrieval import (
    Fetcher,
    Retrieval,
    SourceKind,
    is_local,
    kind_for,
    kind_for_document,
    read_posts,
    register_backfill_kind,
    retrieve_file,
    retrieve_http,
)

log = logging.getLogger(__name__)

#: the same suffix tables as ``run`` reads a folder with, so both read the same files
POST_FILE_SUFFIXES: frozenset[str] = POST_SUFFIXES
FEED_FILE_SUFFIXES: frozenset[str] = FEED_SUFFIXES
#: archive pages followed from one feed at most (RFC 5005 paging), against loops and traps
MAX_FEED_PAGES = 1000
#: sitemap documents read from one site at most (nested sitemap indexes)
MAX_SITEMAPS = 1000
#: a file whose first lines are all URLs is a URL list; this many lines are sniffed
_SNIFF_LINES = 20
_URL_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://\S+$")

ItemKind = Literal["file", "page", "entry"]


@dataclass(frozen=True, slots=True)
class ArchiveItem:
    """One post to backfill, by reference, so that a plan of thousands stays small."""

    kind: ItemKind  #: a post file, a web page, or an entry of a feed document
    location: str  #: file path, page URL, or the feed document (path or URL) holding the entry
    entry: str = ""  #: for entries: the entry's key within its feed
    #: a date known before loading: a feed entry's date, a news sitemap's
    #: publication date; None when only loading the post tells
    published: dt.date | None = None
    source: str = ""  #: the SOURCE argument it came from (the posts' source name)

    @property
    def ref(self) -> str:
        """Return a stable one-line reference (used for chunk ids and logs)."""
        return f"{self.kind}\t{self.location}\t{self.entry}"


@dataclass(frozen=True, slots=True)
class Chunk:
    """A numbered slice of a backfill plan: the unit one worker run takes."""

    index: int
    items: tuple[ArchiveItem, ...]

    @property
    def id(self) -> str:
        """Return a content hash, so that two workers can check they hold the same chunk."""
        digest = hashlib.sha256("\n".join(item.ref for item in self.items).encode("utf-8"))
        return digest.hexdigest()[:16]

    @property
    def label(self) -> str:
        return f"chunk {self.index} ({len(self.items)} posts)"


@dataclass(frozen=True, slots=True)
class DateRange:
    """The --since/--until window, both ends inclusive, open when None."""

    since: dt.date | None = None
    until: dt.date | None = None

    def admits(self, published: dt.date | None) -> bool:
        """Return whether a post of this date belongs to the window (undated ones do)."""
        if published is None:
            return True
        if self.since and published < self.since:
            return False
        return not (self.until and published > self.until)


@dataclass
class _Seen:
    """References already produced, so that overlapping inputs yield each post once."""

    refs: set[str] = field(default_factory=set)
    #: folder → its resolved path: a file's identity resolves its folder once, not per file
    folders: dict[str, Path] = field(default_factory=dict)

    def first(self, key: str) -> bool:
        if key in self.refs:
            return False
        self.refs.add(key)
        return True


# -- fetching ------------------------------------------------------------------


class HttpFetcher:
    """Fetch archive URLs through the project's one HTTP client; raise FetchError on failure.

    The URL an operator gave (a site, sitemap or feed) is trusted, and so is its
    origin; links found inside documents (sitemap-index children, RFC 5005
    ``prev-archive``/``next`` pages) are checked by :mod:`llamawatch.sources.safety`
    like any link from content, so an archive cannot send backfill to a private
    address unless ``http.allow_private`` says so. Close it when done.
    """

    def __init__(self, http: HttpSettings | None = None) -> None:

        self.http = http or HttpSettings.model_validate({})
        self.max_bytes = self.http.max_bytes
        self._client = BlockingHttp(self.http)
        self._trusted_origins: set[str] = set()

    def __call__(self, url: str, *, trusted: bool = False) -> FetchResult:
        origin = _origin(url)
        if trusted:
            self._trusted_origins.add(origin)
        response = self._client.get(url, trusted=trusted or origin in self._trusted_origins)
        if response.error:
            raise FetchError(f"{url}: {response.error}")
        if response.status is None or response.status >= 400:
            raise FetchError(f"{url}: HTTP {response.status}")
        return FetchResult(
            source=Source(name=url, url=url, kind="page"),
            url=response.url,
            status=response.status,
            content=response.content,
            headers=response.headers,
        )

    def close(self) -> None:
        """Close the HTTP client (its connections and its thread)."""
        self._client.close()

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def http_fetcher(http: HttpSettings | None = None) -> HttpFetcher:
    """Return a fetcher over the project's HTTP client (guard, politeness, deadline, caps)."""
    return HttpFetcher(http)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _max_bytes(fetch: Fetcher | None) -> int:
    """Return the size limit of a fetcher (the settings' ``http.max_bytes``)."""
    return int(getattr(fetch, "max_bytes", 0) or HttpSettings.model_validate({}).max_bytes)


def _get(location: str, fetch: Fetcher | None, *, trusted: bool = False) -> FetchResult:
    """Retrieve one document with the retriever of its source kind."""
    kind = kind_for(location)
    if kind is None:
        raise FetchError(f"{location}: no source kind reads it")
    return kind.retrieve(location, Retrieval(fetch, _max_bytes(fetch), trusted=trusted))


# -- classifying inputs ----------------------------------------------------------


def _is_url_list(path: Path) -> bool:
    """Return whether a text file's first non-comment lines are all URLs."""
    try:
        with path.open(encoding="utf-8") as lines:
            head = [
                _strip_comment(line)
                for line in itertools.islice(lines, _SNIFF_LINES * 5)
                if _strip_comment(line)
            ][:_SNIFF_LINES]
    except (OSError, UnicodeDecodeError):
        return False
    return bool(head) and all(_URL_LIKE.match(line) for line in head)


def _strip_comment(line: str) -> str:
    """Return a URL-list line without its comment ("#" at the start or after a space)."""
    line = line.strip()
    return "" if line.startswith("#") else line.split(" #", 1)[0].strip()


_looks_like_feed = is_feed_file
_root_tag = xml_root


def _maybe_gunzip(result: FetchResult, max_bytes: int) -> bytes:
    """Return a document, unpacking a gzip file (a .xml.gz sitemap) up to ``max_bytes``."""
    content = result.content
    if content[:2] != b"\x1f\x8b":
        return content
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(content)) as packed:
            unpacked = packed.read(max_bytes + 1)
    except (OSError, EOFError) as exc:
        raise ParseError(f"{result.url}: broken gzip: {exc}") from exc
    if len(unpacked) > max_bytes:
        # A few MB can unpack to gigabytes: the limit holds after decompression too.
        raise ParseError(f"{result.url}: unpacks to more than {max_bytes} bytes (http.max_bytes)")
    return unpacked


# -- enumerating -------------------------------------------------------------------


def iter_items(
    sources: Iterable[str],
    *,
    dates: DateRange | None = None,
    fetch: Fetcher | None = None,
    on_error: Callable[[str, LlamawatchError], None] | None = None,
) -> Iterator[ArchiveItem]:
    """Yield every post reference under the given SOURCE arguments, once each, in order.

    A source that cannot be read is reported to ``on_error`` (or logged) and skipped.
    """
    window = dates or DateRange()
    for item, _ in _iter(sources, dates=window, fetch=fetch, on_error=on_error, keep_posts=False):
        yield item


def iter_posts(
    sources: Iterable[str],
    *,
    dates: DateRange | None = None,
    fetch: Fetcher | None = None,
    on_error: Callable[[str, LlamawatchError], None] | None = None,
) -> Iterator[Post]:
    """Yield every post under the given SOURCE arguments, keyed, filtered by date, in order.

    Files are read here; pages come out summary-only (see the module docstring).
    An unreadable post file is reported to ``on_error`` and skipped.
    """
    report = on_error or _log_error
    window = dates or DateRange()
    for item, post in _iter(sources, dates=window, fetch=fetch, on_error=report, keep_posts=True):
        if post is None:
            try:
                post = load_item(item, _max_bytes(fetch))
            except LlamawatchError as exc:
                report(item.location, exc)
                continue
        if window.admits(post.published):
            yield post


def _log_error(where: str, exc: LlamawatchError) -> None:
    log.warning("skipped %s: %s", where, exc)


def _iter(
    sources: Iterable[str],
    *,
    dates: DateRange,
    fetch: Fetcher | None,
    on_error: Callable[[str, LlamawatchError], None] | None,
    keep_posts: bool,
) -> Iterator[tuple[ArchiveItem, Post | None]]:
    report = on_error or _log_error
    seen = _Seen()
    fetcher = fetch
    owned: HttpFetcher | None = None  # a client made here is closed here
    try:
        for source in sources:
            kind = kind_for(source, backfill=True)
            needs_http = kind is not None and (kind.name == "http" or not kind.builtin)
            if needs_http and fetcher is None:
                fetcher = owned = http_fetcher()
            try:
                for item, post in _iter_source(source, dates, fetcher, report, keep_posts):
                    if seen.first(_identity(item, seen.folders)):
                        yield item, post
            except LlamawatchError as exc:
                report(source, exc)
    finally:
        if owned is not None:
            owned.close()


def _identity(item: ArchiveItem, folders: dict[str, Path] | None = None) -> str:
    """Return what makes two items the same post: an entry's key, a page's URL, a path."""
    if item.kind == "entry":
        return f"entry\t{item.entry}"
    if item.kind == "page":
        return f"page\t{canonical_url(item.location)}"
    return f"file\t{_resolved_file(Path(item.location), {} if folders is None else folders)}"


def _resolved_file(path: Path, folders: dict[str, Path]) -> Path:
    """Return ``path.resolve()``, resolving each folder once (``folders`` caches them).

    A file that is not a symlink resolves to its resolved folder plus its name;
    resolving every path whole would cost a system call per path component, per
    file, which is a visible share of planning a large archive.
    """
    if path.name in ("", ".", "..") or path.is_symlink():
        return path.resolve()
    key = str(path.parent)
    folder = folders.get(key)
    if folder is None:
        folder = folders[key] = path.parent.resolve()
    return folder / path.name


def _iter_source(
    source: str,
    dates: DateRange,
    fetch: Fetcher | None,
    report: Callable[[str, LlamawatchError], None],
    keep_posts: bool,
) -> Iterator[tuple[ArchiveItem, Post | None]]:
    kind = kind_for(source, backfill=True)
    if kind is not None and not kind.builtin:
        yield from _iter_registered(kind, source, dates, fetch, keep_posts)
        return
    if kind is not None and kind.walk is not None:
        # a feed archive or URL list on disk
        location = str(Path(source).expanduser())
        yield from kind.walk(location, source, dates, fetch, report, keep_posts)
        return
    if kind is not None and kind.name == "http":
        assert fetch is not None
        yield from _iter_url(source, dates, fetch, report, keep_posts)
        return
    path = Path(source).expanduser()
    if path.is_dir():
        yield from _iter_directory(path, source, dates, report, keep_posts)
    elif path.is_file():
        suffix = path.suffix.lower()
        if suffix not in POST_FILE_SUFFIXES:
            raise ParseError(f"{path}: not a post, feed or URL list ({suffix or 'no suffix'})")
        yield ArchiveItem("file", str(path), source=source), None
    else:
        raise FetchError(f"{source}: no such file, folder or URL")


def _iter_registered(
    kind: SourceKind,
    source: str,
    dates: DateRange,
    fetch: Fetcher | None,
    keep_posts: bool,
) -> Iterator[tuple[ArchiveItem, Post | None]]:
    """Yield the entries of a source of a registered kind: one document, read once."""
    for index, post in enumerate(_document_posts(source, source, fetch)):
        if dates.admits(post.published):
            item = ArchiveItem(
                "entry", source, _entry_key(post, index), published=post.published, source=source
            )
            yield item, post if keep_posts else None


def _document_posts(location: str, source: str, fetch: Fetcher | None) -> tuple[Post, ...]:
    """Return the posts of one document (a feed page, or a source of a registered kind)."""

    kind = kind_for(location)
    if kind is not None and not kind.builtin:
        how = Retrieval(fetch, _max_bytes(fetch), trusted=location == source)
        posts = read_posts(kind, location, how)
        keyed = (with_key(replace(p, source_name=p.source_name or source), "guid") for p in posts)
        return tuple(keyed)
    if is_http_url(location) and fetch is None:
        raise FetchError(f"{location}: no HTTP client given")
    document = _get(location, fetch, trusted=location == source)
    return _parse_feed_document(document, source)


def _iter_directory(
    root: Path,
    source: str,
    dates: DateRange,
    report: Callable[[str, LlamawatchError], None],
    keep_posts: bool,
) -> Iterator[tuple[ArchiveItem, Post | None]]:
    for path in archive_files(root):
        suffix = path.suffix.lower()
        if suffix in POST_FILE_SUFFIXES:
            yield ArchiveItem("file", str(path), source=source), None
        elif suffix in FEED_FILE_SUFFIXES and _looks_like_feed(path):
            try:
                yield from _iter_feed(str(path), source, dates, None, keep_posts)
            except LlamawatchError as exc:
                report(str(path), exc)


def _iter_url_list(
    path: Path, source: str, report: Callable[[str, LlamawatchError], None]
) -> Iterator[tuple[ArchiveItem, Post | None]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not (url := _strip_comment(line)):
                continue
            if not is_http_url(url):
                report(f"{path}: {url}", ParseError(f"not an http(s) URL: {url}"))
                continue
            yield _page_item(url, source, None), None


def _page_item(url: str, source: str, published: dt.date | None) -> ArchiveItem:
    return ArchiveItem("page", url, published=published, source=source)


def _iter_url(
    url: str,
    dates: DateRange,
    fetch: Fetcher,
    report: Callable[[str, LlamawatchError], None],
    keep_posts: bool,
) -> Iterator[tuple[ArchiveItem, Post | None]]:
    result = fetch(url, trusted=True)
    kind = kind_for_document(_maybe_gunzip(result, _max_bytes(fetch)))
    if kind is not None and kind.walk is not None:
        yield from kind.walk(url, url, dates, fetch, report, keep_posts, first=result)
    else:
        sitemaps = discover_sitemaps(url, fetch)
        if not sitemaps:
            raise ParseError(f"{url}: not a feed or sitemap, and the site lists no sitemap")
        yield from _iter_sitemaps(sitemaps, url, dates, fetch, report)


# -- sitemaps ------------------------------------------------------------------------


def discover_sitemaps(url: str, fetch: Fetcher) -> list[str]:
    """Return a site's sitemap URLs: from robots.txt, else the two usual locations."""
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}"
    try:
        robots = fetch(f"{origin}/robots.txt", trusted=True)
        listed = [
            line.split(":", 1)[1].strip()
            for line in robots.content.decode("utf-8", "replace").splitlines()
            if line.lower().startswith("sitemap:")
        ]
        listed = [urljoin(origin, entry) for entry in listed if entry]
        if listed:
            return list(dict.fromkeys(listed))
    except LlamawatchError:
        pass
    for candidate in (f"{origin}/sitemap.xml", f"{origin}/sitemap_index.xml"):
        try:
            found = fetch(candidate, trusted=True)
            if _root_tag(_maybe_gunzip(found, _max_bytes(fetch))) in ("urlset", "sitemapindex"):
                return [candidate]
        except LlamawatchError:
            continue
    return []


def _iter_sitemaps(
    roots: Sequence[str],
    source: str,
    dates: DateRange,
    fetch: Fetcher,
    report: Callable[[str, LlamawatchError], None],
    first: FetchResult | None = None,
) -> Iterator[tuple[ArchiveItem, Post | None]]:
    """Walk sitemap indexes depth-first in document order; bounded and loop-safe."""
    visited: set[str] = set()
    stack = list(reversed(roots))
    while stack and len(visited) < MAX_SITEMAPS:
        url = stack.pop()
        if url in visited:
            continue
        visited.add(url)
        try:
            result = first if first is not None and url == roots[0] else fetch(url)
            content = _maybe_gunzip(result, _max_bytes(fetch))
        except LlamawatchError as exc:
            report(url, exc)
            continue
        children: list[str] = []
        for loc, lastmod, published, is_index in _sitemap_entries(content, result.url):
            known = published or lastmod
            if is_index:
                children.append(loc)
            elif dates.since and known and known < dates.since:
                # Modified before --since means published before it too.
                continue
            elif published and not dates.admits(published):
                continue
            else:
                yield _page_item(loc, source, published), None
        stack.extend(reversed([child for child in children if child not in visited]))
    if stack:
        report(source, ParseError(f"more than {MAX_SITEMAPS} sitemaps; stopped"))


def _sitemap_entries(
    content: bytes, base: str
) -> Iterator[tuple[str, dt.date | None, dt.date | None, bool]]:
    """Yield (loc, lastmod, news publication date, is a nested sitemap), streaming."""
    try:
        for _, element in etree.iterparse(
            io.BytesIO(content),
            events=("end",),
            resolve_entities=False,
            no_network=True,
            recover=True,
            huge_tree=True,
        ):
            name = etree.QName(element).localname
            if name not in ("url", "sitemap"):
                continue
            loc = lastmod = published = None
            for child in element.iter():
                child_name = etree.QName(child).localname if isinstance(child.tag, str) else ""
                text = (child.text or "").strip()
                if child_name == "loc" and loc is None:
                    loc = text
                elif child_name == "lastmod":
                    lastmod = _parse_date(text)
                elif child_name == "publication_date":
                    published = _parse_date(text)
            if loc:
                absolute = urljoin(base, loc)
                if is_http_url(absolute):
                    yield absolute, lastmod, published, name == "sitemap"
            element.clear()
    except etree.LxmlError as exc:
        raise ParseError(f"{base}: not a readable sitemap: {exc}") from exc


def _parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


# -- feeds and RFC 5005 archives -------------------------------------------------------

_ATOM = "http://www.w3.org/2005/Atom"


def archive_links(content: bytes, base: str) -> dict[str, str]:
    """Return a feed document's feed-level links by rel (prev-archive, next, current…)."""
    if content.lstrip()[:1] == b"{":
        try:
            data = json.loads(content)
        except ValueError:
            return {}
        # JSON Feed paging: next_url points to older items.
        nxt = data.get("next_url") if isinstance(data, dict) else None
        return {"next": urljoin(base, nxt)} if isinstance(nxt, str) else {}
    links: dict[str, str] = {}
    try:
        root = etree.parse(
            io.BytesIO(content),
            etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=True),
        ).getroot()
    except etree.LxmlError:
        return links
    if root is None:
        return links
    channel = root.find("channel")
    holders = [root] if channel is None else [channel, root]
    for holder in holders:
        for link in holder.findall(f"{{{_ATOM}}}link"):
            rel, href = link.get("rel"), link.get("href")
            if rel and href and rel not in links:
                links[rel] = _join(base, href)
    return links


def _join(base: str, href: str) -> str:
    if is_http_url(href) or is_http_url(base):
        return urljoin(base, href)
    return str((Path(base).parent / href).resolve())


def _entry_key(post: Post, index: int) -> str:
    return post.key or post.guid or post.url or f"#{index}"


def _iter_feed(
    location: str,
    source: str,
    dates: DateRange,
    fetch: Fetcher | None,
    keep_posts: bool,
    first: FetchResult | None = None,
) -> Iterator[tuple[ArchiveItem, Post | None]]:
    """Yield a feed's entries, newest document first, following archive links back in time."""
    visited: set[str] = set()
    current: str | None = location
    pages = 0
    while current and current not in visited and pages < MAX_FEED_PAGES:
        visited.add(current)
        pages += 1
        if first is not None and current == location:
            result = first
        else:
            if is_http_url(current) and fetch is None:
                raise FetchError(f"{current}: no HTTP client given for a remote archive page")
            result = _get(current, fetch, trusted=current == location)
        parsed = _parse_feed_document(result, source)
        newest: dt.date | None = None
        for index, post in enumerate(parsed):
            if post.published and (newest is None or post.published > newest):
                newest = post.published
            if not dates.admits(post.published):
                continue
            item = ArchiveItem(
                "entry", current, _entry_key(post, index), published=post.published, source=source
            )
            yield item, post if keep_posts else None
        links = archive_links(result.content, result.url)
        current = links.get("prev-archive") or links.get("next")
        # Archives go back in time: once a whole page predates --since, stop.
        if dates.since and newest and newest < dates.since:
            break
    if current and current not in visited and pages >= MAX_FEED_PAGES:
        log.warning("%s: stopped after %d archive pages", location, MAX_FEED_PAGES)


def _parse_feed_document(result: FetchResult, source: str) -> tuple[Post, ...]:

    named = replace(result, source=replace(result.source, name=source, kind="archive"))
    parsed = parse_feed(named)
    if parsed.error:
        raise ParseError(f"{result.url}: {parsed.error}")
    if parsed.problem:
        log.info("%s: %s", result.url, parsed.problem)
    return tuple(replace(post, source_name=post.source_name or source) for post in parsed.posts)


# -- loading -------------------------------------------------------------------------


def load_item(item: ArchiveItem, max_bytes: int | None = None) -> Post:
    """Return the post an item refers to: read a file, or a summary-only page post.

    ``max_bytes`` is the one size limit (``http.max_bytes``) that ``run`` applies too.
    """
    if item.kind == "file":
        limit = max_bytes or HttpSettings.model_validate({}).max_bytes
        post = read_post_file(Path(item.location), max_bytes=limit)
        return with_key(replace(post, source_name=post.source_name or item.source), "guid")
    if item.kind == "page":
        stub = Post(
            url=item.location,
            title="",
            body="",
            content_type="html",
            published=item.published,
            source_name=item.source,
            summary_only=True,
        )
        return with_key(stub, "link")
    raise ValueError(f"feed entries are loaded with their document: {item.ref}")


def load_chunk(
    chunk: Chunk,
    *,
    dates: DateRange | None = None,
    fetch: Fetcher | None = None,
    on_error: Callable[[str, LlamawatchError], None] | None = None,
) -> list[Post]:
    """Return the posts of one planned chunk, in plan order (each feed document read once)."""
    report = on_error or _log_error
    window = dates or DateRange()
    documents: dict[str, dict[str, Post]] = {}
    posts: list[Post] = []
    for item in chunk.items:
        try:
            if item.kind == "entry":
                if item.location not in documents:
                    parsed = _document_posts(item.location, item.source, fetch)
                    documents[item.location] = {
                        _entry_key(post, index): post for index, post in enumerate(parsed)
                    }
                post = documents[item.location].get(item.entry)
                if post is None:
                    raise ParseError(f"{item.location}: entry {item.entry} is gone")
            else:
                post = load_item(item, _max_bytes(fetch))
        except LlamawatchError as exc:
            report(item.location, exc)
            continue
        if window.admits(post.published):
            posts.append(post)
    return posts


# -- plans, batches and checkpoints ----------------------------------------------------


def batched(items: Iterable[Post], size: int) -> Iterator[list[Post]]:
    """Yield lists of at most ``size`` items, streaming."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, max(1, size))):
        yield batch


def plan_chunks(items: Iterable[ArchiveItem], chunk_size: int) -> list[Chunk]:
    """Split items into numbered chunks; the same inputs always give the same plan."""
    return [
        Chunk(index=index, items=tuple(group))
        for index, group in enumerate(_groups(items, max(1, chunk_size)))
    ]


def _groups(items: Iterable[ArchiveItem], size: int) -> Iterator[list[ArchiveItem]]:
    iterator = iter(items)
    while group := list(itertools.islice(iterator, size)):
        yield group


def is_stored(post: Post, known: Mapping[str, str]) -> bool:
    """Return whether a post is already stored as it is now (same key, same content).

    A page not downloaded yet (summary-only, no body) counts as stored once its
    key is, so that a resumed run does not fetch it again.
    """
    stored_hash = known.get(post.key)
    if stored_hash is None:
        return False
    if post.summary_only and not post.body:
        return True
    return stored_hash == content_hash(post.body)


def pending(posts: Iterable[Post], known: Mapping[str, str]) -> list[Post]:
    """Return the posts a (resumed) backfill still has to extract and store."""
    return [post for post in posts if not is_stored(post, known)]


def chunk_done(posts: Sequence[Post], known: Mapping[str, str]) -> bool:
    """Return whether every post of a chunk is stored: the chunk's checkpoint."""
    return all(is_stored(post, known) for post in posts)


# -- the backfill kinds of the retrieval registry ------------------------------------

_SITEMAP_ROOTS = ("urlset", "sitemapindex")
_FEED_ROOTS = ("rss", "feed", "rdf", "json")


def _archive_file(location: str) -> Path | None:
    """Return the file a local backfill SOURCE names (as backfill reads paths), or None."""
    if not is_local(location):
        return None
    path = Path(location).expanduser()
    return path if path.is_file() else None


def _is_feed_archive_file(location: str) -> bool:
    path = _archive_file(location)
    return path is not None and path.suffix.lower() in FEED_FILE_SUFFIXES


def _is_url_list_file(location: str) -> bool:
    path = _archive_file(location)
    return path is not None and _is_url_list(path)


def _retrieve_document(location: str, how: Retrieval) -> FetchResult:
    """Retrieve a feed page or sitemap: through the HTTP client, or from disk."""
    if is_http_url(location):
        return retrieve_http(location, how)
    return retrieve_file(location, how)


def _parse_feed_page(result: FetchResult) -> Sequence[Post]:
    """Return the posts of one page of a feed archive."""
    return _parse_feed_document(result, result.source.name)


def _parse_sitemap(result: FetchResult) -> Sequence[Post]:
    """Return the pages one sitemap lists, as summary-only posts (nested sitemaps not read)."""
    content = _maybe_gunzip(result, _max_bytes(None))
    return [
        load_item(_page_item(loc, result.source.name, published))
        for loc, _, published, is_index in _sitemap_entries(content, result.url)
        if not is_index
    ]


def _parse_url_list(result: FetchResult) -> Sequence[Post]:
    """Return the pages a URL list names, as summary-only posts (other lines skipped)."""
    lines = (_strip_comment(line) for line in result.content.decode("utf-8").splitlines())
    return [
        load_item(_page_item(url, result.source.name, None))
        for url in lines
        if url and is_http_url(url)
    ]


def _walk_feed(
    location: str,
    source: str,
    dates: DateRange,
    fetch: Fetcher | None,
    report: Callable[[str, LlamawatchError], None],
    keep_posts: bool,
    first: FetchResult | None = None,
) -> Iterator[tuple[ArchiveItem, Post | None]]:
    return _iter_feed(location, source, dates, fetch, keep_posts, first=first)


def _walk_sitemap(
    location: str,
    source: str,
    dates: DateRange,
    fetch: Fetcher | None,
    report: Callable[[str, LlamawatchError], None],
    keep_posts: bool,
    first: FetchResult | None = None,
) -> Iterator[tuple[ArchiveItem, Post | None]]:
    if fetch is None:
        raise FetchError(f"{location}: no HTTP client given")
    return _iter_sitemaps([location], source, dates, fetch, report, first=first)


def _walk_url_list(
    location: str,
    source: str,
    dates: DateRange,
    fetch: Fetcher | None,
    report: Callable[[str, LlamawatchError], None],
    keep_posts: bool,
    first: FetchResult | None = None,
) -> Iterator[tuple[ArchiveItem, Post | None]]:
    return _iter_url_list(Path(location), source, report)


#: consulted in this order: a feed file is a feed even when its lines look like URLs
FEED_ARCHIVE = register_backfill_kind(
    "feed-archive",
    claims=_is_feed_archive_file,
    retrieve=_retrieve_document,
    parse=_parse_feed_page,
    walk=_walk_feed,
    recognizes=lambda content: _root_tag(content) in _FEED_ROOTS,
)
SITEMAP = register_backfill_kind(
    "sitemap",
    claims=lambda location: False,  # known only from what a URL holds
    retrieve=_retrieve_document,
    parse=_parse_sitemap,
    walk=_walk_sitemap,
    recognizes=lambda content: _root_tag(content) in _SITEMAP_ROOTS,
)
URL_LIST = register_backfill_kind(
    "url-list",
    claims=_is_url_list_file,
    retrieve=retrieve_file,
    parse=_parse_url_list,
    walk=_walk_url_list,
)
