"""Prefect tasks shared by the flows: each wraps one stage function over a batch.

Tasks only orchestrate. The work happens in plain functions of the stage
modules (``llamawatch.sources.fetch``, ``llamawatch.extractors``, ``llamawatch.storage``,
``llamawatch.publishing.render``, …), which the test suite exercises without Prefect.
Retries sit on the I/O tasks only; a task is one batch, never one post
(docs/operations.md: every task run costs the server 20–25 ms).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote
from sqlalchemy import text
from sqlalchemy.engine import Engine

from llamawatch.changes import DEFAULT_RULES, HistoryMode, ResolutionRules
from llamawatch.config import Settings, load_settings
from llamawatch.delivery.outbox import outbox_messages, queue_and_deliver_alerts
from llamawatch.extractors.models import ModelCatalog
from llamawatch.extractors.pipeline import extract_posts
from llamawatch.publishing.publish import publish_site
from llamawatch.records import ATTRIBUTES, ExtractedPost, HistoryDiff, Post, format_value
from llamawatch.storage import outbox
from llamawatch.storage.db import session_scope
from llamawatch.storage.history import load_state, refresh_history
from llamawatch.storage.lock import writer_lock
from llamawatch.storage.posts import save_extracted
from llamawatch.summary import RunSummary

#: posts extracted and saved per task; one transaction per batch
BATCH_SIZE = 200


def batches(items: Sequence[Post], size: int = BATCH_SIZE) -> list[Sequence[Post]]:
    """Split posts into batches of at most ``size``."""
    return [items[i : i + size] for i in range(0, len(items), size)]


@task(cache_policy=NO_CACHE, name="extract-batch", task_run_name="extract {label}")
def extract_batch(
    posts: Sequence[Post], settings: Settings, label: str = ""
) -> list[ExtractedPost]:
    """Extract text and facts from a batch of posts, in this process.

    Called directly (never submitted to threads): trafilatura must not run in two
    threads at once (docs/operations.md). Large batches go through ``llamawatch.pool``.
    """
    return extract_posts(posts, ModelCatalog.from_settings(settings))


@task(
    cache_policy=NO_CACHE,
    name="save-batch",
    task_run_name="save {label}",
    retries=2,
    retry_delay_seconds=2,
)
def save_batch(
    engine: Engine, items: Sequence[ExtractedPost], label: str = ""
) -> tuple[int, int, int, int, set[tuple[str, str]], list[str]]:
    """Store a batch of extracted posts in one transaction; return counts and touched keys."""
    # why: read when the task runs, so a replaced extractor (tests) applies
    from llamawatch.extractors.facts import EXTRACTOR_VERSION

    with session_scope(engine) as session:
        result = save_extracted(
            session, items, source_name=None, extractor_version=EXTRACTOR_VERSION
        )
    return (
        result.new_posts,
        result.new_versions,
        result.new_facts,
        result.rejected_facts,
        set(result.touched),
        list(result.notes),
    )


@task(cache_policy=NO_CACHE, name="refresh-history", retries=2, retry_delay_seconds=2)
def refresh_history_task(
    engine: Engine,
    touched: set[tuple[str, str]] | None,
    mode: HistoryMode,
    settings: Settings | None = None,
) -> HistoryDiff:
    """Recompute state and change events for the touched keys (all keys when None)."""
    rules = ResolutionRules.from_settings(settings) if settings else DEFAULT_RULES
    lock_timeout = settings.storage.lock_timeout if settings else 60.0
    if touched is not None and not touched:
        return HistoryDiff()
    # SQLite: backfill workers sharing a file take turns here, as PostgreSQL's advisory lock does
    with writer_lock(engine.url, lock_timeout), session_scope(engine) as session:
        if engine.dialect.name == "postgresql":
            # Workers sharing a database recompute history one at a time, so two
            # of them never store the same event twice.
            session.execute(text("SELECT pg_advisory_xact_lock(7411)"))
        return refresh_history(
            session, touched, mode=mode, detected_at=dt.datetime.now(dt.UTC), rules=rules
        )


@task(cache_policy=NO_CACHE, name="refresh-history", retries=2, retry_delay_seconds=2)
def refresh_and_queue_task(
    engine: Engine, settings: Settings, touched: set[tuple[str, str]] | None, mode: HistoryMode
) -> tuple[HistoryDiff, int]:
    """Recompute history and queue its alerts in one transaction; return the diff and count.

    Events and their alerts are stored together: a run that dies (or whose disk
    fills) after storing new events but before queueing their alerts would
    otherwise lose those alerts for good, since the next run finds no new event.
    """
    if touched is not None and not touched:
        return HistoryDiff(), 0

    now = dt.datetime.now(dt.UTC)
    storage = settings.storage
    with writer_lock(engine.url, storage.lock_timeout), session_scope(engine) as session:
        if engine.dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(7411)"))  # as refresh_history_task
        diff = refresh_history(
            session,
            touched,
            mode=mode,
            detected_at=now,
            rules=ResolutionRules.from_settings(settings),
        )
        messages = outbox_messages(settings, diff.added, mode=mode, now=now, session=session)
        queued = outbox.enqueue(session, messages)
    return diff, queued


def store_extracted(
    engine: Engine,
    extracted: Sequence[ExtractedPost],
    summary: RunSummary,
    label: str,
    save: Callable[..., tuple[int, int, int, int, set[tuple[str, str]], list[str]]] | None = None,
) -> set[tuple[str, str]]:
    """Save one batch through the save task (or ``save``) and fold its counts into the summary."""
    for item in extracted:
        # A post whose article page could not be fetched is a failure too: it is
        # stored with its error (so later runs retry it), never as a quiet summary.
        error = item.error or item.post.error
        if error:
            summary.posts_failed += 1
            summary.failures.append(
                error if error.startswith("article ") else f"{item.post.url}: {error}"
            )
    # quote(): the save task is handed the batch as is; Prefect would otherwise walk
    # every post and fact looking for futures (seconds per backfill).
    new_posts, new_versions, new_facts, rejected, touched, notes = (
        save(engine, extracted, label=label)
        if save is not None
        else save_batch(engine, quote(extracted), label=label)
    )
    summary.problems.extend(notes)
    summary.posts_new += new_posts
    summary.posts_updated += new_versions
    summary.facts_new += new_facts
    summary.facts_rejected += rejected
    return touched


def record_diff(diff: HistoryDiff, summary: RunSummary) -> None:
    """Fold a history diff into the run summary."""
    summary.events_new += len(diff.added)
    summary.events_removed += len(diff.removed)
    # Alerts first, newest first: what an operator wants to see at the top.
    ranked = sorted(diff.added, key=lambda e: (e.severity != "alert", -e.date.toordinal()))
    summary.changes.extend(f"{event.date} {event.headline()}" for event in ranked)


@task(cache_policy=NO_CACHE, name="write-site")
def write_site_task(engine: Engine, settings: Settings) -> list[str]:
    """Render the pages, the current digest and the Atom feed into the output folder."""
    return [str(p) for p in publish_site(engine, settings)]


@task(cache_policy=NO_CACHE, name="deliver-alerts", retries=1, retry_delay_seconds=5)
def deliver_alerts_task(
    engine: Engine, settings: Settings, diff: HistoryDiff, mode: str, notices: list[str]
) -> tuple[int, int, int]:
    """Queue alerts for fresh high-severity events and source notices; deliver all pending.

    Alerts queued with their events (``refresh_and_queue_task``) are not queued
    again (the outbox is idempotent by key); they are delivered here with the rest.
    """
    return queue_and_deliver_alerts(engine, settings, list(diff.added), mode=mode, notices=notices)


def publish_artifacts(engine: Engine, summary: RunSummary) -> None:
    """Attach the run summary and the current state table to the flow run."""
    logger = get_run_logger()
    for line in summary.lines():
        logger.info(line)
    create_markdown_artifact(
        markdown=summary.markdown(),
        key=f"{summary.flow}-summary",
        description=f"What this {summary.flow} run found",
    )
    with session_scope(engine) as session:
        states = load_state(session)
    table = [
        {"model": model, **{a: format_value(s.value) for a, s in attrs.items() if a in ATTRIBUTES}}
        for model, attrs in sorted(states.items())
    ]
    if table:
        create_table_artifact(
            table=table, key="model-state", description="Current state of every model"
        )


def flow_settings(config_path: str | None, db_url: str | None) -> Settings:
    """Load the settings a flow run was given: its config file, and a database URL if any."""
    return load_settings(config_path, overrides={"storage": {"url": db_url}} if db_url else None)


def output_dir(settings: Settings) -> Path:
    """Return the configured output folder."""
    return Path(settings.output.dir)
