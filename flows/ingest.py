"""Ingest: one cycle over the configured sources.

The pipeline, in the order the flow body follows::

    settings  = load_settings(config_path, db_url)
    lock      = writer_lock(database)                             # one writer; --dry-run: preview
    sources   = configured sources ∪ sources added with `llamawatch sources add` (or --source)
    run       = start_run()                                      # notices a run that died
    caches    = storage.sources.load_caches(sources)              # one read
    fetched   = fetch_sources(batch of 50 sources, caches)        # task per batch, async inside
                save_caches(sources that gave no posts)           # health, failures
    posts     = drop posts already stored with the same content   # one read
    posts    += failed posts whose retry backoff is over          # one read
    posts     = fetch_articles(summary-only posts)               # task: article pages
    for each batch of posts:
        extracted = extract_batch(batch)                          # task
        touched  |= save_batch(extracted)                         # task: one transaction
                save_caches(sources that gave posts)              # ETag, Last-Modified, schedule
    diff      = refresh_history(touched, mode) + queue its alerts # task: one transaction
    finish_run()
    alerts    = deliver_alerts(notices)                          # task: queue notices, send all
    pages     = write_site()                                     # task
    artifacts = summary + state table

A source's validators are stored only once its posts are: a run killed in
between fetches the same body again (no 304), so no post is ever lost.

``mode`` is "baseline" on a database that has no history yet (the first run
records history without alerting) and "live" afterwards.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from llamawatch.changes import HistoryMode
from llamawatch.config import Settings
from llamawatch.crashpoints import crash_point
from llamawatch.errors import ConfigError
from llamawatch.flows.steps import (
    BATCH_SIZE,
    batches,
    deliver_alerts_task,
    extract_batch,
    flow_settings,
    output_dir,
    publish_artifacts,
    record_diff,
    refresh_and_queue_task,
    save_batch,
    store_extracted,
    write_site_task,
)
from llamawatch.records import HistoryDiff, Post
from llamawatch.sources.fetch import fetch_articles, fetch_sources
from llamawatch.sources.health import retry_due
from llamawatch.storage.db import open_database, session_scope
from llamawatch.storage.history import counts
from llamawatch.storage.lock import writer_lock
from llamawatch.storage.posts import failed_posts, unseen_posts
from llamawatch.storage.preview import preview_changes
from llamawatch.storage.runs import finish_run, start_run
from llamawatch.storage.sources import load_caches, load_sources, save_caches
from llamawatch.summary import RunSummary

log = logging.getLogger(__name__)

#: sources fetched per task; memory stays flat however many feeds are configured
SOURCE_BATCH = 50


def load_sources_and_caches(
    engine, settings: Settings, only: str | None = None
) -> tuple[list, dict]:
    """Return the enabled sources (config and CLI-added), or the one named, and their caches."""

    with session_scope(engine) as session:
        sources = [s for s in load_sources(session, settings.source_list) if s.enabled]
        if only is not None:
            named = [s for s in sources if s.name == only]
            if not named:
                known = ", ".join(s.name for s in sources) or "none"
                raise ConfigError(f"no enabled source named {only!r} (enabled: {known})")
            sources = named
        caches = load_caches(session, [s.name for s in sources])
    return sources, caches


@task(
    cache_policy=NO_CACHE,
    name="fetch-sources",
    task_run_name="fetch {label}",
    retries=1,
    retry_delay_seconds=10,
)
def fetch_sources_task(
    engine,
    settings: Settings,
    sources,
    caches,
    label: str = "",
    force: bool = False,
    save: bool = True,
) -> list:
    """Fetch a batch of sources (concurrently, politely); record the health of those without posts.

    A source that gave posts keeps its stored cache (ETag, Last-Modified, next
    fetch) until :func:`save_caches_task` runs after its posts are stored: a run
    that dies in between fetches the same body again next time, so no post is lost.
    """

    fetched = fetch_sources(sources, settings.http, caches, force=force)
    if save:  # a dry run keeps no validators or health: the real run must fetch it all again
        with session_scope(engine) as session:
            save_caches(session, {f.source.name: f.cache for f in fetched if not f.posts})
    return fetched


@task(cache_policy=NO_CACHE, name="save-caches", retries=2, retry_delay_seconds=2)
def save_caches_task(engine, fetched) -> None:
    """Store the cache of every source that gave posts, once all posts are stored."""

    held = {f.source.name: f.cache for f in fetched if f.posts}
    if held:
        with session_scope(engine) as session:
            save_caches(session, held)


@task(cache_policy=NO_CACHE, name="drop-known-posts")
def drop_known_posts(engine, posts: Sequence[Post]) -> list[Post]:
    """Keep only posts that are new or whose content changed since they were stored."""

    with session_scope(engine) as session:
        return unseen_posts(session, posts)


@task(cache_policy=NO_CACHE, name="fetch-articles", retries=1, retry_delay_seconds=10)
def fetch_articles_task(posts: Sequence[Post], settings: Settings) -> list[Post]:
    """Fetch the article page of posts whose feed entry carried only a summary."""

    return fetch_articles(posts, settings.http)


@task(cache_policy=NO_CACHE, name="due-retries")
def due_retries_task(engine, settings: Settings) -> list[Post]:
    """Return the stored posts whose page failed before and whose backoff is over."""

    now = dt.datetime.now(dt.UTC)
    with session_scope(engine) as session:
        failed = failed_posts(session)
    hours = settings.http.max_interval_hours
    return [
        f.post for f in failed if retry_due(f.attempts, f.last_attempt_at, now, max_hours=hours)
    ]


def is_baseline(engine) -> bool:
    """Return True when the database holds no change history yet."""

    with session_scope(engine) as session:
        return counts(session).get("events", 0) == 0


@dataclass(frozen=True)
class IngestSteps:
    """The stage calls of an ingest cycle: Prefect tasks in a flow, their plain bodies else.

    The plain form (:data:`PLAIN_STEPS`) runs the very same sequence without a
    Prefect server, which is what the crash tests kill at every step boundary.
    """

    fetch_sources: Callable[..., Any]
    save_caches: Callable[..., Any]
    drop_known: Callable[..., Any]
    due_retries: Callable[..., Any]
    fetch_articles: Callable[..., Any]
    extract: Callable[..., Any]
    save: Callable[..., Any]
    refresh_and_queue: Callable[..., Any]


TASK_STEPS = IngestSteps(
    fetch_sources=fetch_sources_task,
    save_caches=save_caches_task,
    drop_known=drop_known_posts,
    due_retries=due_retries_task,
    fetch_articles=fetch_articles_task,
    extract=extract_batch,
    save=save_batch,
    refresh_and_queue=refresh_and_queue_task,
)
PLAIN_STEPS = IngestSteps(**{name: getattr(TASK_STEPS, name).fn for name in vars(TASK_STEPS)})


def ingest_posts(
    engine,
    settings: Settings,
    summary: RunSummary,
    *,
    force: bool = False,
    source: str | None = None,
    steps: IngestSteps = TASK_STEPS,
    batch_size: int = BATCH_SIZE,
    logger: logging.Logger | logging.LoggerAdapter = log,  # type: ignore[type-arg]
) -> HistoryDiff:
    """Fetch, extract and store one cycle's posts, then recompute history; return the diff.

    Order matters for durability: posts are stored batch by batch, and only then
    the caches (validators, schedule) of the sources that gave them; the run row
    is finished last, so a run that dies anywhere is replayed or recovered.
    """

    with session_scope(engine) as session:
        run_id, recover = start_run(session, "ingest")
    if recover:
        logger.warning("an earlier run did not finish; the whole history will be recomputed")
    crash_point("run-started")

    status = "failed"
    try:
        sources, caches = load_sources_and_caches(engine, settings, only=source)
        force = force or source is not None
        fetched = []
        for start in range(0, len(sources), SOURCE_BATCH):
            source_batch = sources[start : start + SOURCE_BATCH]
            label = f"sources {start + 1}-{start + len(source_batch)} of {len(sources)}"
            fetched += steps.fetch_sources(
                engine, settings, source_batch, caches, label=label, force=force
            )
        crash_point("sources-fetched")
        posts = collect_posts(fetched, summary)
        posts = steps.drop_known(engine, posts)
        # Posts whose page failed on an earlier run are tried again (with backoff),
        # whether or not their feed still lists them or answers 304.
        listed = {p.key for p in posts}
        retries = [p for p in steps.due_retries(engine, settings) if p.key not in listed]
        if retries:
            logger.info("%d failed posts are due for another try", len(retries))
        posts = [*posts, *retries]
        summary_only = [p for p in posts if p.summary_only]
        if summary_only:
            full = {p.url: p for p in steps.fetch_articles(summary_only, settings)}
            posts = [full.get(p.url, p) if p.summary_only else p for p in posts]
        crash_point("articles-fetched")
        logger.info("%d new or changed posts of %d seen", len(posts), summary.posts_seen)

        touched: set[tuple[str, str]] = set()
        for number, batch in enumerate(batches(posts, batch_size), start=1):
            label = f"batch {number} ({len(batch)} posts)"
            extracted = steps.extract(batch, settings, label=label)
            crash_point(f"batch-{number}-extracted")
            touched |= store_extracted(engine, extracted, summary, label, save=steps.save)
            crash_point(f"batch-{number}-saved")
        steps.save_caches(engine, fetched)
        crash_point("caches-saved")

        # history and its alerts in one transaction: stored events never lose their alerts
        diff, summary.alerts_queued = steps.refresh_and_queue(
            engine, settings, None if recover else touched, summary.mode
        )
        crash_point("history-refreshed")
        record_diff(diff, summary)
        status = "finished"
    finally:
        with session_scope(engine) as session:
            finish_run(session, run_id, status, {"posts_new": summary.posts_new})
    crash_point("run-finished")
    return diff


@flow(name="ingest", flow_run_name="ingest", log_prints=False)
def ingest_flow(
    config_path: str | None = None,
    db_url: str | None = None,
    force: bool = False,
    source: str | None = None,
    dry_run: bool = False,
) -> RunSummary:
    """Run one ingest cycle over the configured sources and publish what changed.

    ``force`` fetches every source now, also those whose next fetch is not due
    yet (never one disabled by a 410 or by the operator). ``source`` runs that
    one source only, now. ``dry_run`` reports what the run would store and
    change, and keeps nothing: no posts, no source health, no alerts, no pages.
    """

    settings = flow_settings(config_path, db_url)
    # One writer at a time: two runs on one SQLite file would store each new event twice.
    with writer_lock(settings.storage.url, settings.storage.lock_timeout):
        if dry_run:
            return _preview(settings, force=force, source=source)
        return _ingest(settings, force=force, source=source)


def _ingest(settings: Settings, *, force: bool, source: str | None) -> RunSummary:
    """The body of a real ingest run (the caller holds the writer lock)."""

    logger = get_run_logger()
    engine = open_database(settings.storage.url)
    mode = "baseline" if is_baseline(engine) else "live"
    summary = RunSummary(flow="ingest", mode=mode, output_dir=str(output_dir(settings)))
    ingest_posts(engine, settings, summary, force=force, source=source, logger=logger)
    alerts_queued = summary.alerts_queued
    # the events' alerts are queued already; this queues the notices and sends all pending
    sent = deliver_alerts_task(engine, settings, HistoryDiff(), mode, summary.notices)
    summary.alerts_queued, summary.deliveries_sent, summary.deliveries_failed = sent
    summary.alerts_queued += alerts_queued
    summary.written = write_site_task(engine, settings)
    publish_artifacts(engine, summary)
    engine.dispose()
    return summary


def _preview(settings: Settings, *, force: bool, source: str | None) -> RunSummary:
    """Fetch and extract as a run would, then store and diff in a rolled-back transaction."""
    # why: read when the command runs, so a replaced extractor (tests) applies
    from llamawatch.extractors.facts import EXTRACTOR_VERSION

    engine = open_database(settings.storage.url)
    mode: HistoryMode = "baseline" if is_baseline(engine) else "live"
    summary = RunSummary(flow="ingest", mode=f"{mode}, dry run: nothing stored")
    sources, caches = load_sources_and_caches(engine, settings, only=source)
    fetched = fetch_sources_task(
        engine, settings, sources, caches, label="dry run", force=force or bool(source), save=False
    )
    posts = drop_known_posts(engine, collect_posts(fetched, summary))
    summary_only = [p for p in posts if p.summary_only]
    if summary_only:
        full = {p.url: p for p in fetch_articles_task(summary_only, settings)}
        posts = [full.get(p.url, p) if p.summary_only else p for p in posts]
    extracted = [e for batch in batches(posts) for e in extract_batch(batch, settings)]
    for item in extracted:
        if item.error:
            summary.posts_failed += 1
            summary.failures.append(f"{item.post.url}: {item.error}")
    with session_scope(engine, commit=False) as session:
        saved, diff = preview_changes(
            session, extracted, extractor_version=EXTRACTOR_VERSION, mode=mode
        )
    summary.posts_new, summary.posts_updated = saved.new_posts, saved.new_versions
    summary.facts_new, summary.facts_rejected = saved.new_facts, saved.rejected_facts
    record_diff(diff, summary)
    engine.dispose()
    return summary


def collect_posts(fetched: Sequence, summary: RunSummary) -> list[Post]:  # type: ignore[type-arg]
    """Gather the posts of every fetched source and count the sources in the summary."""
    posts: list[Post] = []
    for result in fetched:
        if result.status == "skipped":
            summary.sources_skipped += 1
        elif result.error:
            summary.sources_failed += 1
            summary.failures.append(f"{result.source.name}: {result.error}")
        else:
            summary.sources_ok += 1
        if result.notice:
            summary.notices.append(result.notice)
        # One bad entry fails alone: it is counted and named, the source's other posts go on.
        summary.posts_failed += len(result.item_failures)
        summary.failures.extend(f"{result.source.name}: {f}" for f in result.item_failures)
        summary.problems.extend(f"{result.source.name}: {p}" for p in result.problems)
        posts.extend(result.posts)
    summary.posts_seen = len(posts)
    return posts
