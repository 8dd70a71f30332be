"""Backfill: replay an archive of posts through the same stages, at machine speed.

The pipeline, in the order the flow body follows::

    settings  = load_settings(config_path, db_url)
    run       = start_run()                                    # notices a run that died
    plan      = plan_chunks(iter_items(sources, since, until))  # deterministic, streamed refs
    for each chunk of the plan (or the chunks this worker was given):
        posts     = load_posts(chunk)                          # one chunk ahead, in a thread:
                                                               #   read files and feeds, drop
                                                               #   posts already stored (resume),
                                                               #   fetch pages without a body
        extracted = extract_in_processes(posts)                # task: process pool
        touched  |= save_batch(extracted)                      # task: one transaction
    diff      = refresh_history(touched, "baseline")           # all keys if a run had died
    pages     = write_site()
    finish_run()

A backfill records a baseline: its events go into history and the digest,
never into immediate alerts. Because every post is stored once under its
identity key and history is recomputed from stored facts in publication order,
an interrupted backfill run again ends with the same database as an
uninterrupted one, and two workers given different chunks never duplicate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from llamawatch.config import Settings
from llamawatch.flows.steps import (
    flow_settings,
    output_dir,
    publish_artifacts,
    record_diff,
    refresh_history_task,
    store_extracted,
    write_site_task,
)
from llamawatch.records import ExtractedPost, Post
from llamawatch.summary import RunSummary

if TYPE_CHECKING:
    from llamawatch.sources.archive import Chunk


#: posts per chunk: one load, one extraction batch and one transaction each
CHUNK_SIZE = 200


def load_posts(
    engine, chunk, settings: Settings, since, until, fetch
) -> tuple[list[Post], list[str]]:
    """Read one chunk's posts, drop those already stored, fetch pages without a body.

    A plain function, not a task: it runs in a helper thread one chunk ahead of
    extraction, so reading and hashing files overlaps the worker processes.
    """
    from llamawatch.sources.archive import DateRange, load_chunk, pending
    from llamawatch.sources.fetch import fetch_articles
    from llamawatch.storage.db import session_scope
    from llamawatch.storage.posts import identity_of, known_post_keys

    failures: list[str] = []
    posts = load_chunk(
        chunk,
        dates=DateRange(since, until),
        fetch=fetch,
        on_error=lambda where, exc: failures.append(f"{where}: {exc}"),
    )
    with session_scope(engine) as session:
        known = known_post_keys(session, (identity_of(p) for p in posts))
    posts = pending(posts, known)
    bodiless = [p for p in posts if p.summary_only and not p.body]
    if bodiless:
        fetched = {p.url: p for p in fetch_articles(bodiless, settings.http)}
        posts = [fetched.get(p.url, p) if p.summary_only and not p.body else p for p in posts]
    return posts, failures


@task(cache_policy=NO_CACHE, name="extract-chunk", task_run_name="extract {label}")
def extract_chunk_task(
    posts: Sequence[Post], settings: Settings, workers: int | None, label: str = ""
) -> list[ExtractedPost]:
    """Extract a chunk in worker processes (trafilatura is not thread-safe)."""
    from llamawatch.pool import extract_batch_in_processes

    ready = [p for p in posts if not p.error]
    extracted = extract_batch_in_processes(ready, settings, workers=workers) if ready else []
    failed = [ExtractedPost(post=p, article=None, error=p.error) for p in posts if p.error]
    return extracted + failed


@flow(name="backfill", flow_run_name="backfill {sources}")
def backfill_flow(
    sources: list[str],
    config_path: str | None = None,
    db_url: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    chunk_size: int = CHUNK_SIZE,
    chunks: list[int] | None = None,
    workers: int | None = None,
    write_site: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> RunSummary:
    """Replay archived posts (folders, feed files, URL lists, sitemaps, feed archives).

    ``chunks`` restricts the run to some chunk indexes of the plan, so that
    several workers can share one backfill; ``progress(done, total)`` is called
    after each chunk (the CLI draws a progress bar with it).
    """
    from llamawatch.pool import close_shared_pools, shared_pool
    from llamawatch.sources.archive import DateRange, http_fetcher, iter_items, plan_chunks
    from llamawatch.storage.db import open_database, session_scope
    from llamawatch.storage.runs import finish_run, start_run

    logger = get_run_logger()
    settings = flow_settings(config_path, db_url)
    engine = open_database(settings.storage.url)
    summary = RunSummary(
        flow="backfill",
        mode="baseline",
        output_dir=str(output_dir(settings)) if write_site else None,
    )
    with session_scope(engine) as session:
        run_id, recover = start_run(session, "backfill")
    if recover:
        logger.warning("an earlier run did not finish; the whole history will be recomputed")

    def source_failed(where: str, exc: Exception) -> None:
        summary.sources_failed += 1
        summary.failures.append(f"{where}: {exc}")

    shared_pool(settings, workers=workers).warm_up()
    # One HTTP client for the whole run (planning and every chunk), closed at its end.
    fetch = http_fetcher(settings.http)
    try:
        items = iter_items(
            sources, dates=DateRange(since, until), fetch=fetch, on_error=source_failed
        )
        plan = plan_chunks(items, chunk_size)
    except BaseException:
        fetch.close()
        raise
    selected = [c for c in plan if chunks is None or c.index in set(chunks)]
    logger.info("%d chunks planned, %d to run", len(plan), len(selected))
    summary.sources_ok = len(sources) - summary.sources_failed

    touched: set[tuple[str, str]] = set()
    status = "failed"
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="llamawatch-load") as loader:

            def load_ahead(index: int) -> Future[tuple[list[Post], list[str]]] | None:
                if index >= len(selected):
                    return None
                return loader.submit(
                    load_posts,
                    engine,
                    selected[index],
                    settings,
                    since,
                    until,
                    fetch,
                )

            # Chunk N is stored while chunk N+1 is extracted, so that the worker
            # processes do not wait for the database. One extraction at a time:
            # two concurrent batches on a pool whose workers retire after
            # max_tasks_per_child can leave it without workers (CPython < 3.13).
            stored = 0

            def store(chunk: Chunk, extracted: list[ExtractedPost] | None) -> None:
                nonlocal touched, stored
                if extracted is not None:
                    touched |= store_extracted(engine, extracted, summary, chunk.label)
                stored += 1
                if progress:
                    progress(stored, len(selected))

            previous: tuple[Chunk, list[ExtractedPost] | None] | None = None
            ahead = load_ahead(0)
            for done, chunk in enumerate(selected, start=1):
                assert ahead is not None
                posts, failures = ahead.result()
                ahead = load_ahead(done)
                summary.posts_seen += len(chunk.items)
                summary.posts_failed += len(failures)
                summary.failures.extend(failures)
                # quote(): Prefect would otherwise walk every post looking for futures.
                future = (
                    extract_chunk_task.submit(quote(posts), settings, workers, label=chunk.label)
                    if posts
                    else None
                )
                if previous is not None:
                    store(*previous)
                previous = (chunk, future.result() if future is not None else None)
            if previous is not None:
                store(*previous)
        diff = refresh_history_task(engine, None if recover else touched, "baseline", settings)
        record_diff(diff, summary)
        if write_site:
            summary.written = write_site_task(engine, settings)
        status = "finished"
    finally:
        fetch.close()
        close_shared_pools()
        with session_scope(engine) as session:
            finish_run(session, run_id, status, {"posts_new": summary.posts_new})
    publish_artifacts(engine, summary)
    engine.dispose()
    return summary
