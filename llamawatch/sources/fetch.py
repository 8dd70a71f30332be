"""Fetch stage: sources and article pages over HTTP or from local files → posts.

Public API (plain functions; no Prefect, no database session):

``fetch_sources(sources, http, caches, *, now=None, force=False) -> list[SourceFetch]``
    Fetch every source that is due (``caches[source.name].next_fetch_at``, not
    disabled), parse it into :class:`~llamawatch.records.Post` records and return
    one :class:`SourceFetch` per source, in input order, each with its new
    :class:`SourceCache` (validators, schedule, health). Failures are values
    (``SourceFetch.error``); this function only raises on programming errors.
    Posts carry their identity ``key``; duplicates across the batch are dropped.
    ``summary_only`` is left True only where the article page should still be
    fetched (the entry had a summary only and the source has ``fulltext``).

``fetch_articles(posts, http) -> list[Post]``
    For each post with ``summary_only`` set, fetch its article page (links from
    feed content are untrusted: see :mod:`llamawatch.sources.safety`) and return the post
    with the page as its body and ``summary_only`` False; on failure the post keeps
    its summary and ``summary_only``, and ``Post.error`` says why. Other posts come
    back unchanged. Order is kept.

``summarize_fetches(fetches) -> FetchSummary``
    Counts (ok, unchanged, failed, not due, posts), "name: reason" per failed
    source and the operator notices, for the run summary and its exit status.

Both fetch functions run an asyncio client internally and may be called from
inside a running event loop too (they then run on a worker thread);
``fetch_sources_async`` and ``fetch_articles_async`` are the coroutines.

Each post carries ``key`` (identity under the source's policy, stable across
edits) and ``fingerprint`` (hash of what the feed said: title + content or
summary). ``fetch_articles`` keeps both, so comparing the stored fingerprint
tells an edited entry from an unchanged one whatever the article page holds.

HTTP behaviour lives in :mod:`llamawatch.sources.http` (conditional GET, size cap,
timeouts, redirects, retries with backoff, per-host politeness). Scheduling and
health decisions are the pure functions of :mod:`llamawatch.sources.health`;
a source is skipped until its ``next_fetch_at`` (interval, pushed later by the
feed's <ttl>, Cache-Control max-age or Expires; doubled per consecutive failure),
a 301/308 chain is remembered as its new URL, a 410 disables it, and the
operator gets a ``notice`` at the Nth consecutive failure (not the first blip),
on recovery, and when a feed has had no new entry for ``silent_after_days``.

Which reader a source gets is decided once, by :func:`llamawatch.sources.retrieval.kind_for`
(the registry shared with backfill): a registered kind is read with its own
retriever and parser; the built-in ``http`` kind is fetched here with conditional
GET; ``local-file`` and ``local-folder`` are read from disk.

Local sources: a path (or ``file://`` URL) to a feed file or a folder of posts,
or ``demo`` (the bundled archive). In a local feed, entry links under the feed's
own base URL are read from the matching file under the feed's folder, never over
HTTP.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, TypeVar
from urllib.parse import unquote

from llamawatch.config import HttpSettings
from llamawatch.errors import LlamawatchError, ParseError
from llamawatch.extractors.feeds import (
    FEED_SUFFIXES,
    FeedParse,
    decode_html,
    header,
    is_feed_file,
    local_target,
    page_post,
    parse_feed,
)
from llamawatch.extractors.local import POST_SUFFIXES, archive_files, read_post_file
from llamawatch.identity import dedupe_posts, with_key
from llamawatch.records import ContentType, FetchResult, Post, Source
from llamawatch.sources.archive import http_fetcher
from llamawatch.sources.health import (
    SourceCache,
    due_refusal,
    failure_delay,
    failure_notice,
    fresh_until,
    next_fetch_time,
    recovery_notice,
    silence_notice,
    utc,
)
from llamawatch.sources.http import HttpClient, reason_phrase
from llamawatch.sources.retrieval import (
    Retrieval,
    SourceKind,
    is_local,
    kind_for,
    local_path,
    read_posts,
)

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")

FetchStatus = Literal["ok", "not_modified", "failed", "skipped"]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SourceFetch:
    """The outcome of fetching one source: its posts, or why there are none."""

    source: Source
    status: FetchStatus
    posts: list[Post] = field(default_factory=list)
    #: one-line reason when the fetch or parse failed (status "failed")
    error: str | None = None
    #: the source's new cache and health state, to be saved
    cache: SourceCache = field(default_factory=SourceCache)
    #: problems that did not stop the fetch (salvaged feed, refused link, moved)
    problems: list[str] = field(default_factory=list)
    #: "entry: reason" per entry that could not be read; the source's other posts stand
    item_failures: list[str] = field(default_factory=list)
    #: something the operator should hear about (failing, recovered, silent, gone)
    notice: str | None = None
    http_status: int | None = None
    #: the URL finally fetched (after redirects), or the local path
    url: str = ""
    #: why a source was not fetched (status "skipped")
    skipped_reason: str | None = None
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "not_modified")


# --- sources ---------------------------------------------------------------------------


def is_local_source(url: str) -> bool:
    """Return whether a source URL names a local file, folder or the demo archive."""
    return is_local(url)


def _conditional_headers(cache: SourceCache) -> dict[str, str]:
    headers: dict[str, str] = {}
    if cache.etag:
        headers["If-None-Match"] = cache.etag
    if cache.last_modified:
        headers["If-Modified-Since"] = cache.last_modified
    return headers


@dataclass(slots=True)
class _Outcome:
    """What reading one source gave, before health bookkeeping."""

    status: FetchStatus
    posts: list[Post] = field(default_factory=list)
    error: str | None = None
    problems: list[str] = field(default_factory=list)
    item_failures: list[str] = field(default_factory=list)
    http_status: int | None = None
    url: str = ""
    etag: str | None = None
    last_modified: str | None = None
    fresh_until: dt.datetime | None = None
    ttl_minutes: int | None = None
    newest_entry_at: dt.datetime | None = None
    permanent_url: str | None = None
    retry_after: float | None = None
    gone: bool = False


async def _fetch_remote(
    client: HttpClient, source: Source, cache: SourceCache, now: dt.datetime
) -> _Outcome:
    url = cache.permanent_url or source.url
    response = await client.get(url, headers=_conditional_headers(cache), trusted=True)
    outcome = _Outcome(
        status="failed",
        http_status=response.status,
        url=response.url,
        permanent_url=response.permanent_url,
        retry_after=response.retry_after,
    )
    if response.permanent_url:
        outcome.problems.append(f"moved permanently to {response.permanent_url}")
    if response.error:
        outcome.error = response.error
        return outcome
    status = response.status or 0
    outcome.fresh_until = fresh_until(response.headers, now)
    if status == 304:
        outcome.status = "not_modified"
        outcome.etag = header(response.headers, "etag") or cache.etag
        outcome.last_modified = header(response.headers, "last-modified") or cache.last_modified
        return outcome
    if status == 410:
        outcome.gone = True
        outcome.error = f"HTTP 410 Gone at {response.url}"
        return outcome
    if not 200 <= status < 300:
        outcome.error = f"HTTP {status} {reason_phrase(status)}".rstrip()
        return outcome
    result = FetchResult(
        source=source,
        url=response.url,
        status=status,
        content=response.content,
        headers=response.headers,
        fetched_at=now,
    )
    if source.kind == "page":
        if not response.content.strip():
            outcome.error = "empty page"
            return outcome
        outcome.posts = [page_post(result)]
    else:
        parsed = parse_feed(result)
        if parsed.error:
            # Validators are not kept: the next run must see the body again.
            outcome.error = parsed.error
            return outcome
        _take_feed(outcome, parsed)
    outcome.status = "ok"
    outcome.etag = header(response.headers, "etag") or None
    outcome.last_modified = header(response.headers, "last-modified") or None
    return outcome


def _take_feed(outcome: _Outcome, parsed: FeedParse) -> None:
    outcome.posts = list(parsed.posts)
    outcome.ttl_minutes = parsed.ttl_minutes
    outcome.newest_entry_at = parsed.newest_entry_at
    if parsed.problem:
        outcome.problems.append(parsed.problem)
    outcome.problems.extend(parsed.notes)
    outcome.item_failures.extend(parsed.entry_errors)
    if parsed.skipped:
        outcome.problems.append(f"{parsed.skipped} entries without link, id or title skipped")


def _sniff_feed(path: Path) -> bool:
    if path.suffix.lower() in FEED_SUFFIXES:
        return True
    with path.open("rb") as handle:
        head = handle.read(1024).lstrip().lower()
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf"))


def _read_local_feed(source: Source, path: Path, max_bytes: int, consumed: set[Path]) -> _Outcome:
    """Parse a local feed file; entries under its base URL are read from files beside it."""
    if path.stat().st_size > max_bytes:
        return _Outcome(status="failed", error=f"{path}: larger than {max_bytes} bytes")
    result = FetchResult(
        source=source, url=path.resolve().as_uri(), status=None, content=path.read_bytes()
    )
    parsed = parse_feed(result)
    outcome = _Outcome(status="failed", url=str(path))
    if parsed.error:
        outcome.error = f"{path.name}: {parsed.error}"
        return outcome
    _take_feed(outcome, parsed)
    folder = path.parent.resolve()
    posts: list[Post] = []
    for post in outcome.posts:
        relative = local_target(post.url, parsed.base_urls)
        if relative is None:
            posts.append(post)
            continue
        target = _archive_file(folder, relative)
        if target is None:
            outcome.problems.append(f"{post.url}: no matching file under {folder}")
            # Never over HTTP: the link names a file of this archive.
            posts.append(replace(post, summary_only=False))
            continue
        consumed.add(target)
        if not post.summary_only:
            posts.append(post)
            continue
        try:
            page = read_post_file(target)
        except ParseError as exc:
            outcome.problems.append(str(exc))
            posts.append(replace(post, summary_only=False))
            continue
        full = replace(
            post,
            body=page.body,
            content_type=page.content_type,
            summary_only=False,
            published=post.published or page.published,
            title=post.title or page.title,
        )
        # A local file is the archive's own record: an edit to it is an edit.
        posts.append(with_key(full, source.identity))
    outcome.posts = posts
    outcome.status = "ok"
    return outcome


def _archive_file(folder: Path, relative: str) -> Path | None:
    """Return the file under ``folder`` that an archive link names, if it exists."""
    relative = unquote(relative).split("#", 1)[0]
    base = (folder / relative).resolve()
    if not base.is_relative_to(folder):
        return None
    candidates = [base, base / "index.html"]

    candidates += [base.with_name(base.name + suffix) for suffix in sorted(POST_SUFFIXES)]
    return next((c for c in candidates if c.is_file()), None)


def _read_local(source: Source, max_bytes: int) -> _Outcome:
    """Read a local source: a feed file, a post file, or a folder of both."""
    path = local_path(source.url)
    if not path.exists():
        return _Outcome(status="failed", url=str(path), error=f"{path}: no such file or folder")
    try:
        if path.is_file():
            if source.kind != "page" and _sniff_feed(path):
                return _read_local_feed(source, path, max_bytes, set())
            return _read_post_files(source, [path], max_bytes)
        return _read_folder(source, path, max_bytes)
    except OSError as exc:
        return _Outcome(status="failed", url=str(path), error=f"{path}: {exc.strerror or exc}")


def _read_folder(source: Source, folder: Path, max_bytes: int) -> _Outcome:

    files = archive_files(folder)
    outcome = _Outcome(status="ok", url=str(folder))
    consumed: set[Path] = set()
    for feed in (p for p in files if is_feed_file(p)):
        part = _read_local_feed(source, feed, max_bytes, consumed)
        outcome.posts += part.posts
        outcome.problems += part.problems
        outcome.item_failures += part.item_failures
        if part.error:
            outcome.problems.append(part.error)
        if part.newest_entry_at and (
            outcome.newest_entry_at is None or part.newest_entry_at > outcome.newest_entry_at
        ):
            outcome.newest_entry_at = part.newest_entry_at
    # Files a feed of this folder already stands for are not read a second time.
    loose = [p for p in files if p.suffix.lower() in POST_SUFFIXES and p.resolve() not in consumed]
    part = _read_post_files(source, loose, max_bytes)
    outcome.posts += part.posts
    outcome.problems += part.problems
    return outcome


def _read_post_files(source: Source, paths: Sequence[Path], max_bytes: int) -> _Outcome:

    outcome = _Outcome(status="ok", url=str(paths[0]) if len(paths) == 1 else "")
    for path in paths:
        try:
            post = read_post_file(path, max_bytes=max_bytes)
        except ParseError as exc:
            outcome.problems.append(str(exc))
            continue
        outcome.posts.append(with_key(replace(post, source_name=source.name), source.identity))
    if len(paths) == 1 and not outcome.posts:
        outcome.status = "failed"
        outcome.error = outcome.problems.pop() if outcome.problems else f"{paths[0]}: no post"
    return outcome


def _read_registered(kind: SourceKind, source: Source, http: HttpSettings) -> _Outcome:
    """Read a source of a registered kind: its retriever, then its parser."""

    outcome = _Outcome(status="failed", url=source.url)
    with http_fetcher(http) as fetcher:
        try:
            posts = read_posts(kind, source.url, Retrieval(fetcher, http.max_bytes))
        except LlamawatchError as exc:
            outcome.error = str(exc)
            return outcome
    outcome.posts = [
        with_key(replace(post, source_name=source.name), source.identity) for post in posts
    ]
    dates = [p.published for p in outcome.posts if p.published]
    if dates:
        outcome.newest_entry_at = dt.datetime.combine(max(dates), dt.time(), tzinfo=dt.UTC)
    outcome.status = "ok"
    return outcome


def _settle(
    source: Source,
    cache: SourceCache,
    outcome: _Outcome,
    http: HttpSettings,
    now: dt.datetime,
    elapsed: float,
) -> SourceFetch:
    """Turn an outcome into a SourceFetch with the source's new cache and health."""
    threshold = http.failures_before_notice
    posts = outcome.posts
    if not source.fulltext:
        posts = [replace(p, summary_only=False) if p.summary_only else p for p in posts]
    if outcome.status in ("ok", "not_modified"):
        newest = outcome.newest_entry_at
        if newest is None and posts and cache.last_new_entry_at is None:
            newest = now  # undated entries: the first sighting stands in
        last_new = max(filter(None, [cache.last_new_entry_at, newest]), default=None)
        cache_until = outcome.fresh_until
        if outcome.ttl_minutes:
            ttl_until = now + dt.timedelta(minutes=outcome.ttl_minutes)
            cache_until = max(filter(None, [cache_until, ttl_until]))
        new_cache = replace(
            cache,
            etag=outcome.etag if outcome.status == "ok" else cache.etag,
            last_modified=outcome.last_modified if outcome.status == "ok" else cache.last_modified,
            permanent_url=outcome.permanent_url or cache.permanent_url,
            http_cache_until=cache_until,
            next_fetch_at=next_fetch_time(
                now,
                source.interval_minutes,
                cache_until=cache_until,
                max_hours=http.max_interval_hours,
            ),
            last_fetched_at=now,
            last_success_at=now,
            last_new_entry_at=last_new,
            last_error=None,
            consecutive_failures=0,
        )
        notice = recovery_notice(source.name, cache.consecutive_failures, threshold)
        if notice is None and source.kind != "archive":  # an archive is silent by nature
            notice = silence_notice(
                source.name, last_new, cache.last_fetched_at, now, http.silent_after_days
            )
        if outcome.permanent_url and outcome.permanent_url != cache.permanent_url:
            notice = (
                notice or f"source {source.name!r} moved permanently to {outcome.permanent_url}"
            )
        return SourceFetch(
            source=source,
            status=outcome.status,
            posts=posts,
            cache=new_cache,
            problems=outcome.problems,
            item_failures=outcome.item_failures,
            notice=notice,
            http_status=outcome.http_status,
            url=outcome.url,
            elapsed=elapsed,
        )
    error = outcome.error or "failed"
    failures = cache.consecutive_failures + 1
    delay = failure_delay(failures, source.interval_minutes, http.max_interval_hours)
    if outcome.retry_after:
        delay = max(delay, dt.timedelta(seconds=outcome.retry_after))
    new_cache = replace(
        cache,
        permanent_url=outcome.permanent_url or cache.permanent_url,
        next_fetch_at=now + delay,
        last_fetched_at=now,
        last_error=error,
        consecutive_failures=failures,
    )
    notice = failure_notice(source.name, failures, threshold, error)
    if outcome.gone:
        new_cache = replace(new_cache, disabled_reason=f"{error} on {now:%Y-%m-%d}")
        notice = f"source {source.name!r} is gone ({error}); it is disabled"
    return SourceFetch(
        source=source,
        status="failed",
        error=error,
        cache=new_cache,
        problems=outcome.problems,
        notice=notice,
        http_status=outcome.http_status,
        url=outcome.url,
        elapsed=elapsed,
    )


async def _fetch_one(
    client: HttpClient,
    source: Source,
    cache: SourceCache,
    http: HttpSettings,
    now: dt.datetime,
    force: bool,
) -> SourceFetch:
    if not source.enabled:
        return SourceFetch(source, "skipped", cache=cache, skipped_reason="disabled in settings")
    refusal = due_refusal(cache, now)
    if refusal and not (force and not cache.disabled_reason):
        return SourceFetch(source, "skipped", cache=cache, skipped_reason=refusal)
    started = time.perf_counter()
    try:
        kind = kind_for(source.url)
        if kind is None:
            outcome = _Outcome(status="failed", error=f"no source kind reads {source.url}")
        elif not kind.builtin:
            outcome = await asyncio.to_thread(_read_registered, kind, source, http)
        elif kind.name == "http":
            outcome = await _fetch_remote(client, source, cache, now)
        else:
            outcome = await asyncio.to_thread(_read_local, source, http.max_bytes)
    except Exception as exc:  # one bad source fails alone, whatever went wrong
        log.exception("fetching source %s failed unexpectedly", source.name)
        outcome = _Outcome(status="failed", error=f"unexpected {type(exc).__name__}: {exc}")
    return _settle(source, cache, outcome, http, now, time.perf_counter() - started)


def _drop_duplicates(fetches: list[SourceFetch]) -> list[SourceFetch]:
    """Remove posts that another source of the batch (or the same feed) already gave."""
    tagged = [(i, post) for i, fetch in enumerate(fetches) for post in fetch.posts]
    kept, dropped = dedupe_posts(post for _, post in tagged)
    if not dropped:
        return fetches
    survivors = {id(post) for post in kept}
    owner = {id(post): i for i, post in tagged}
    by_source: dict[int, list[Post]] = {}
    for post in kept:
        by_source.setdefault(owner[id(post)], []).append(post)
    result = []
    for i, fetch in enumerate(fetches):
        before = len(fetch.posts)
        posts = by_source.get(i, [])
        if before and len(posts) != before:
            gone = sum(1 for p in fetch.posts if id(p) not in survivors)
            problems = [*fetch.problems, f"{gone} duplicate entries skipped"]
            fetch = replace(fetch, posts=posts, problems=problems)
        result.append(fetch)
    return result


async def fetch_sources_async(
    sources: Sequence[Source],
    http: HttpSettings,
    caches: Mapping[str, SourceCache],
    *,
    now: dt.datetime | None = None,
    force: bool = False,
) -> list[SourceFetch]:
    """Async form of :func:`fetch_sources`."""
    now = utc(now) or dt.datetime.now(dt.UTC)
    async with HttpClient(http) as client:
        fetches = await asyncio.gather(
            *(
                _fetch_one(client, s, caches.get(s.name, SourceCache()), http, now, force)
                for s in sources
            )
        )
    return _drop_duplicates(list(fetches))


def fetch_sources(
    sources: Sequence[Source],
    http: HttpSettings,
    caches: Mapping[str, SourceCache],
    *,
    now: dt.datetime | None = None,
    force: bool = False,
) -> list[SourceFetch]:
    """Fetch and parse every due source; one SourceFetch per source, in order.

    ``now`` is the run's instant (all scheduling is relative to it); ``force``
    fetches sources that are not due yet (never ones disabled by a 410).
    """
    return _run(lambda: fetch_sources_async(sources, http, caches, now=now, force=force))


@dataclass(frozen=True, slots=True)
class FetchSummary:
    """Counts over one run's SourceFetch results, for the run summary and exit status."""

    ok: int = 0
    not_modified: int = 0
    failed: int = 0
    skipped: int = 0
    posts: int = 0
    #: "name: reason" for each failed source
    failures: tuple[str, ...] = ()
    #: what the operator should hear (failing, recovered, silent, gone, moved)
    notices: tuple[str, ...] = ()

    def line(self) -> str:
        """Return the one-line summary a run prints."""
        return (
            f"sources: {self.ok} ok, {self.not_modified} unchanged, {self.failed} failed, "
            f"{self.skipped} not due; {self.posts} posts"
        )


def summarize_fetches(fetches: Sequence[SourceFetch]) -> FetchSummary:
    """Count a run's source outcomes; a run with ``failed > 0`` exits with a failure status."""
    return FetchSummary(
        ok=sum(f.status == "ok" for f in fetches),
        not_modified=sum(f.status == "not_modified" for f in fetches),
        failed=sum(f.status == "failed" for f in fetches),
        skipped=sum(f.status == "skipped" for f in fetches),
        posts=sum(len(f.posts) for f in fetches),
        failures=tuple(f"{f.source.name}: {f.error}" for f in fetches if f.status == "failed"),
        notices=tuple(f.notice for f in fetches if f.notice),
    )


# --- article pages ---------------------------------------------------------------------


async def _fetch_article(client: HttpClient, post: Post) -> Post:
    response = await client.get(post.url, trusted=False)
    error = response.error
    if not error and response.status != 200:
        error = f"HTTP {response.status} {reason_phrase(response.status)}".rstrip()
    kind = header(response.headers, "content-type").split(";", 1)[0].strip().lower()
    if not error and kind and not kind.startswith(_HTML_TYPES):
        error = f"not a web page ({kind})"
    if not error and not response.content.strip():
        error = "empty page"
    if error:
        return replace(post, error=f"article {post.url}: {error}")
    body = decode_html(response.content, response.headers)
    content_type: ContentType = "text" if kind == "text/plain" else "html"
    return replace(post, body=body, content_type=content_type, summary_only=False, error=None)


def _read_registered_article(kind: SourceKind, post: Post, http: HttpSettings) -> Post:
    """Read an article page whose URL a registered kind claims, with that kind's retriever."""

    with http_fetcher(http) as fetcher:
        try:
            result = kind.retrieve(post.url, Retrieval(fetcher, http.max_bytes, trusted=False))
        except LlamawatchError as exc:
            return replace(post, error=f"article {post.url}: {exc}")
    if not result.content.strip():
        return replace(post, error=f"article {post.url}: empty page")
    body = decode_html(result.content, result.headers)
    return replace(post, body=body, content_type="html", summary_only=False, error=None)


async def fetch_articles_async(posts: Sequence[Post], http: HttpSettings) -> list[Post]:
    """Async form of :func:`fetch_articles`."""
    async with HttpClient(http) as client:

        async def one(post: Post) -> Post:
            if not post.summary_only:
                return post
            try:
                kind = kind_for(post.url)
                if kind is not None and not kind.builtin:
                    return await asyncio.to_thread(_read_registered_article, kind, post, http)
                return await _fetch_article(client, post)
            except Exception as exc:  # one bad page fails alone
                log.exception("fetching article %s failed unexpectedly", post.url)
                return replace(post, error=f"article {post.url}: unexpected {exc!r}")

        return list(await asyncio.gather(*(one(p) for p in posts)))


def fetch_articles(posts: Sequence[Post], http: HttpSettings) -> list[Post]:
    """Fetch the article page of each summary-only post; failures stay on ``Post.error``."""
    return _run(lambda: fetch_articles_async(posts, http))


def _run(make: Callable[[], Coroutine[Any, Any, T] | Awaitable[T]]) -> T:
    """Run a coroutine to completion, also when the caller is inside an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())  # type: ignore[arg-type]
    box: dict[str, Any] = {}

    def worker() -> None:
        try:
            box["value"] = asyncio.run(make())  # type: ignore[arg-type]
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=worker, name="llamawatch-fetch")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]
