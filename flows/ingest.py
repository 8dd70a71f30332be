"""Ingest: one cycle over the configured sources.

The pipeline, in the order the flow body follows::

    settings  = load_settings(config_path, db_url)
    sources   = configured sources ∪ sources added with `llamawatch sources add`
    caches    = storage.sources.load_caches(sources)              # one read
    fetched   = fetch_sources(due sources, caches)               # task: all feeds, async inside
                storage.sources.save_fetches(fetched)             # health, ETag, next fetch
    posts     = drop posts already stored with the same content   # one read
    posts     = fetch_articles(summary-only posts)               # task: article pages
    for each batch of posts:
        extracted = extract_batch(batch)                          # task
        touched  |= save_batch(extracted)                         # task: one transaction
    diff      = refresh_history(touched, mode)                   # task: events + state
    alerts    = deliver_alerts(diff.added, mode)                 # task: outbox, then send
    pages     = write_site()                                     # task
    artifacts = summary + state table

``mode`` is "baseline" on a database that has no history yet (the first run
records history without alerting) and "live" afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence

from prefect import flow, get_run_logger, task

from llamawatch.config import Settings, load_settings
from llamawatch.records import Post
from llamawatch.summary import RunSummary

from llamawatch.flows.steps import (
    batches,
    deliver_alerts_task,
    extract_batch,
    output_dir,
    publish_artifacts,
    record_diff,
    refresh_history_task,
    store_extracted,
    write_site_task,
)


def _settings(config_path: str | None, db_url: str | None) -> Settings:
    return load_settings(config_path, overrides={"storage": {"url": db_url}} if db_url else None)


@task(name="fetch-sources", retries=1, retry_delay_seconds=10)
def fetch_sources_task(engine, settings: Settings) -> tuple[list, int]:  # noqa: ANN001
    """Fetch every due source in one batch and record each source's health."""
    from llamawatch.fetch import fetch_sources
    from llamawatch.storage.db import session_scope
    from llamawatch.storage.sources import due_sources, load_caches, save_fetches

    with session_scope(engine) as session:
        sources = due_sources(session, settings.source_list)
        caches = load_caches(session, sources)
    skipped = len(settings.source_list) - len(sources)
    fetched = fetch_sources(sources, settings.http, caches)
    with session_scope(engine) as session:
        save_fetches(session, fetched)
    return fetched, skipped


@task(name="drop-known-posts")
def drop_known_posts(engine, posts: Sequence[Post]) -> list[Post]:  # noqa: ANN001
    """Keep only posts that are new or whose content changed since they were stored."""
    from llamawatch.storage.db import session_scope
    from llamawatch.storage.posts import unseen_posts

    with session_scope(engine) as session:
        return unseen_posts(session, posts)


@task(name="fetch-articles", retries=1, retry_delay_seconds=10)
def fetch_articles_task(posts: Sequence[Post], settings: Settings) -> list[Post]:
    """Fetch the article page of posts whose feed entry carried only a summary."""
    from llamawatch.fetch import fetch_articles

    return fetch_articles(posts, settings.http)


def is_baseline(engine) -> bool:  # noqa: ANN001
    """Return True when the database holds no change history yet."""
    from llamawatch.storage.db import session_scope
    from llamawatch.storage.history import counts

    with session_scope(engine) as session:
        return counts(session).get("events", 0) == 0


@flow(name="ingest", flow_run_name="ingest {config_path}", log_prints=False)
def ingest_flow(config_path: str | None = None, db_url: str | None = None) -> RunSummary:
    """Run one ingest cycle over the configured sources and publish what changed."""
    from llamawatch.storage.db import open_database

    logger = get_run_logger()
    settings = _settings(config_path, db_url)
    engine = open_database(settings.storage.url)
    mode = "baseline" if is_baseline(engine) else "live"
    summary = RunSummary(flow="ingest", mode=mode, output_dir=str(output_dir(settings)))

    fetched, summary.sources_skipped = fetch_sources_task(engine, settings)
    posts: list[Post] = []
    for result in fetched:
        if result.error:
            summary.sources_failed += 1
            summary.failures.append(f"{result.source.name}: {result.error}")
        else:
            summary.sources_ok += 1
        posts.extend(result.posts)
    summary.posts_seen = len(posts)

    posts = drop_known_posts(engine, posts)
    summary_only = [p for p in posts if p.summary_only]
    if summary_only:
        full = {p.url: p for p in fetch_articles_task(summary_only, settings)}
        posts = [full.get(p.url, p) if p.summary_only else p for p in posts]
    logger.info("%d new or changed posts of %d seen", len(posts), summary.posts_seen)

    touched: set[tuple[str, str]] = set()
    for number, batch in enumerate(batches(posts), start=1):
        label = f"batch {number} ({len(batch)} posts)"
        extracted = extract_batch(batch, settings, label=label)
        touched |= store_extracted(engine, extracted, summary, label)

    diff = refresh_history_task(engine, touched, mode)
    record_diff(diff, summary)
    queued, sent, failed = deliver_alerts_task(engine, settings, diff, mode)
    summary.alerts_queued, summary.deliveries_sent, summary.deliveries_failed = (
        queued,
        sent,
        failed,
    )
    summary.written = write_site_task(engine, settings)
    publish_artifacts(engine, summary)
    engine.dispose()
    return summary
