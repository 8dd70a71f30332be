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
        extracted = extract_chunks(posts)                      # process pool, one stream for
                                                               #   all chunks: no idle workers
                                                               #   between chunks
        touched  |= save_batch(extracted)                      # task: one transaction, in a
                                                               #   writer thread, in plan order
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

import contextvars
import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from prefect import flow, get_run_logger

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
from llamawatch.pool import close_shared_pools, shared_pool
from llamawatch.records import ExtractedPost, Post
from llamawatch.sources.archive import (
    DateRange,
    http_fetcher,
    iter_items,
    load_chunk,
    pending,
    plan_chunks,
)
from llamawatch.sources.fetch import fetch_articles
from llamawatch.storage.db import open_database, session_scope
from llamawatch.storage.posts import identity_of, known_post_keys
from llamawatch.storage.runs import finish_run, start_run
from llamawatch.summary import RunSummary

if TYPE_CHECKING:
    from llamawatch.pool import ExtractionPool
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


#: what a loaded chunk gives the extraction stream: its posts and its read failures
LoadedChunk = tuple["Chunk", list[Post], list[str]]


def extract_chunks(
    loaded: Iterable[LoadedChunk], pool: ExtractionPool
) -> Iterator[tuple[Chunk, list[str], list[ExtractedPost] | None]]:
    """Extract the posts of successive chunks as one stream; yield each chunk when complete.

    The posts of chunk N+1 enter the pool while the last ones of chunk N are still
    being extracted, so the worker processes never wait at a chunk boundary (one
    extraction per chunk left both cores idle while a chunk drained and the next
    one started). Chunks come out in plan order with their posts in load order:
    the extracted ones, then those whose page could not be fetched. ``None`` for a
    chunk that had nothing to store.
    """
    waiting: deque[tuple[Chunk, list[str], list[Post], list[ExtractedPost]]] = deque()

    def ready_posts() -> Iterator[Post]:
        for chunk, posts, failures in loaded:
            ready = [p for p in posts if not p.error]
            failed = [ExtractedPost(post=p, article=None, error=p.error) for p in posts if p.error]
            waiting.append((chunk, failures, ready, failed))
            yield from ready

    def complete() -> Iterator[tuple[Chunk, list[str], list[ExtractedPost] | None]]:
        # the head chunk is complete once all of its ready posts came back
        while waiting and len(collected) == len(waiting[0][2]):
            chunk, failures, ready, failed = waiting.popleft()
            extracted = collected[:] + failed
            collected.clear()
            yield chunk, failures, (extracted if ready or failed else None)

    collected: list[ExtractedPost] = []
    for result in pool.imap(ready_posts()):
        yield from complete()  # chunks that had no ready post at all
        collected.append(result)
        yield from complete()
    yield from complete()
    if waiting or collected:  # a check that must survive ``python -O``: nothing may be lost
        raise RuntimeError("the extraction stream ended with a chunk still open")


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

    pool = shared_pool(settings, workers=workers)
    pool.warm_up()
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

            def loaded() -> Iterator[LoadedChunk]:
                ahead = load_ahead(0)
                for index, chunk in enumerate(selected, start=1):
                    assert ahead is not None
                    posts, failures = ahead.result()
                    ahead = load_ahead(index)
                    yield chunk, posts, failures

            stored = 0

            def store(
                chunk: Chunk, failures: list[str], extracted: list[ExtractedPost] | None
            ) -> None:
                nonlocal touched, stored
                summary.posts_seen += len(chunk.items)
                summary.posts_failed += len(failures)
                summary.failures.extend(failures)
                if extracted is not None:
                    touched |= store_extracted(engine, extracted, summary, chunk.label)
                stored += 1
                if progress:
                    progress(stored, len(selected))

            # One extraction stream for the whole run (the workers never wait at a
            # chunk boundary) and one writer thread: chunk N is stored, in its own
            # transaction and in plan order, while chunk N+1 is extracted. The
            # writer runs in a copy of the flow's context, so the save task is
            # recorded under this flow run as before.
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="llamawatch-store") as writer:
                saving: Future[None] | None = None
                for chunk, failures, extracted in extract_chunks(loaded(), pool):
                    if saving is not None:
                        saving.result()  # one chunk waits at most: memory stays flat
                    saving = writer.submit(
                        contextvars.copy_context().run, store, chunk, failures, extracted
                    )
                if saving is not None:
                    saving.result()
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
