"""Extract posts in a pool of worker processes, streaming results in input order.

trafilatura crashes the process when two threads call it at once (docs/operations.md),
so extraction for a backfill runs in processes, never threads:

- workers are started once per pool by ``forkserver`` (``fork`` is unsafe in a
  process that runs Prefect's threads, and ``max_tasks_per_child`` refuses it);
  the fork server preloads trafilatura so a fresh worker starts in milliseconds;
- each worker builds the :class:`ModelCatalog` once, in its initializer;
- posts travel in small chunks (``chunksize``) so that IPC stays a small share
  of the work, with a bounded number of chunks in flight so memory stays flat;
- workers are recycled after ``max_tasks_per_child`` chunks to bound memory;
- a worker that dies (SIGSEGV in trafilatura, ``os._exit``, the OOM killer) or
  hangs past ``item_timeout`` breaks only its chunk: the posts that were in
  flight are retried one at a time in a fresh single-worker pool, and a post that
  kills that worker as well becomes an :class:`ExtractedPost` with an ``error``.

The pool never raises for one bad post; only a pool that cannot start at all
raises :class:`~llamawatch.errors.ExtractError`.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import select
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from llamawatch.config import load_settings
from llamawatch.errors import ExtractError, LlamawatchError
from llamawatch.extractors.local import read_post_file
from llamawatch.extractors.models import ModelCatalog
from llamawatch.records import ExtractedPost, Post

if TYPE_CHECKING:
    from llamawatch.config import Settings

log = logging.getLogger(__name__)

#: what a worker extracts: a post, or the path of a post file it reads itself
#: (reading in the worker keeps HTML metadata parsing off the parent's core)
PoolInput = Post | Path
#: ``extract(post, catalog) -> ExtractedPost``; a module-level function (pickled by name)
ExtractFn = Callable[[Post, Any], ExtractedPost]
#: ``make_catalog(settings) -> catalog``, run once in every worker process
CatalogFactory = Callable[["Settings | None"], Any]

#: modules the fork server imports once, so that every worker forks with them loaded
#: (a fresh worker then starts in about 10 ms instead of 300). Only stable
#: third-party modules: the fork server skips a preload that raises ImportError
#: but dies on any other exception, which would break every pool after it.
PRELOAD_MODULES = ["llamawatch.pool", "trafilatura", "htmldate", "lxml.html"]
DEFAULT_CHUNKSIZE = 4
DEFAULT_MAX_TASKS_PER_CHILD = 1000
DEFAULT_ITEM_TIMEOUT = 120.0

# Per-process state of a worker, set by _init_worker.
_worker_extract: ExtractFn | None = None
_worker_catalog: Any = None


@dataclass(frozen=True, slots=True)
class PoolStats:
    """Counters of one pool's life, for logs and run summaries."""

    submitted: int = 0  #: posts handed to the pool
    broken: int = 0  #: times the pool lost a worker and was rebuilt
    retried: int = 0  #: posts retried alone after a worker died
    failed: int = 0  #: posts recorded as errors because their worker died twice


def default_workers() -> int:
    """Return the number of worker processes to use: one per core."""
    return os.cpu_count() or 1


def _default_extract() -> ExtractFn:
    # why: read when the pool starts, so a replaced extractor (tests) applies
    from llamawatch.extractors.pipeline import extract_post

    return extract_post


def _default_catalog(settings: Settings | None) -> Any:
    return ModelCatalog.from_settings(settings if settings is not None else load_settings())


def _init_worker(
    extract: ExtractFn | None,
    make_catalog: CatalogFactory | None,
    settings: Settings | None,
    parent_pid: int | None = None,
) -> None:
    """Build the extractor and the model catalog once per worker process."""
    global _worker_extract, _worker_catalog
    if parent_pid is not None:
        _watch_parent(parent_pid)
    _worker_extract = extract or _default_extract()
    factory = make_catalog if make_catalog is not None else (None if extract else _default_catalog)
    _worker_catalog = factory(settings) if factory is not None else None


def _watch_parent(parent_pid: int) -> None:
    """Exit this worker when the process that owns the pool dies (kill -9, OOM killer).

    Workers started by the fork server hold both ends of their task pipe, so they
    never see it close: without this they would wait for work forever as orphans.
    """

    def watch() -> None:
        try:
            pidfd = os.pidfd_open(parent_pid)
        except (AttributeError, OSError):
            pidfd = None
        if pidfd is not None:
            select.select([pidfd], [], [])  # readable once the process has exited
            os._exit(1)
        while True:
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass
            time.sleep(1.0)

    threading.Thread(target=watch, name="llamawatch-parent-watch", daemon=True).start()


def _read_input(item: PoolInput) -> Post | ExtractedPost:
    """Return the post for one input, reading a post file in the worker."""
    if isinstance(item, Post):
        return item

    try:
        return read_post_file(item)
    except LlamawatchError as exc:
        return ExtractedPost(post=_placeholder_post(item), article=None, error=str(exc))


def _placeholder_post(item: PoolInput) -> Post:
    """Return the post to attach an error to when the input could not be read."""
    if isinstance(item, Post):
        return item
    return Post(url=str(item), title=item.name, body="", content_type="text")


def _extract_chunk(items: Sequence[PoolInput]) -> list[tuple[Post | None, ExtractedPost]]:
    """Extract a chunk in a worker; the post is sent back only if the parent lacks it."""
    assert _worker_extract is not None, "worker not initialised"
    results: list[tuple[Post | None, ExtractedPost]] = []
    for item in items:
        read = _read_input(item)
        if isinstance(read, ExtractedPost):
            results.append((read.post, read))
            continue
        try:
            extracted = _worker_extract(read, _worker_catalog)
        except Exception as exc:  # extract_post should not raise; keep the batch if it does
            extracted = ExtractedPost(post=read, article=None, error=f"extraction failed: {exc!r}")
        # The parent already holds a Post input: do not pickle its body back.
        same = isinstance(item, Post) and extracted.post == item
        results.append((None if same else extracted.post, _strip_post(extracted)))
    return results


_EMPTY_POST = Post(url="", title="", body="", content_type="text")


def _strip_post(extracted: ExtractedPost) -> ExtractedPost:
    return ExtractedPost(
        post=_EMPTY_POST, article=extracted.article, facts=extracted.facts, error=extracted.error
    )


def _rejoin(item: PoolInput, post: Post | None, extracted: ExtractedPost) -> ExtractedPost:
    original = post if post is not None else item
    assert isinstance(original, Post)
    return ExtractedPost(
        post=original, article=extracted.article, facts=extracted.facts, error=extracted.error
    )


class ExtractionPool:
    """A process pool for extraction, built once and reused for every batch of a backfill.

    Thread-safe: Prefect may call :meth:`extract` from several task threads; each
    call streams its own results, and a broken executor is replaced once.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        workers: int | None = None,
        chunksize: int = DEFAULT_CHUNKSIZE,
        max_tasks_per_child: int | None = DEFAULT_MAX_TASKS_PER_CHILD,
        item_timeout: float | None = DEFAULT_ITEM_TIMEOUT,
        extract: ExtractFn | None = None,
        make_catalog: CatalogFactory | None = None,
        start_method: str = "forkserver",
    ) -> None:
        self.settings = settings
        self.workers = max(1, workers or default_workers())
        self.chunksize = max(1, chunksize)
        self.max_tasks_per_child = max_tasks_per_child
        self.item_timeout = item_timeout
        self._initargs = (extract, make_catalog, settings, os.getpid())
        self._context = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            self._context.set_forkserver_preload(PRELOAD_MODULES)
        self._lock = threading.Lock()
        self._stats_lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self._closed = False
        self._stats = PoolStats()

    # -- lifecycle -------------------------------------------------------------

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close(kill=exc_info[0] is not None)

    @property
    def stats(self) -> PoolStats:
        return self._stats

    def _new_executor(self, workers: int) -> ProcessPoolExecutor:
        try:
            return ProcessPoolExecutor(
                max_workers=workers,
                mp_context=self._context,
                initializer=_init_worker,
                initargs=self._initargs,
                max_tasks_per_child=self.max_tasks_per_child,
            )
        except (OSError, ValueError) as exc:
            raise ExtractError(f"cannot start extraction processes: {exc}") from exc

    def _current(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._closed:
                raise ExtractError("extraction pool is closed")
            if self._executor is None:
                self._executor = self._new_executor(self.workers)
            return self._executor

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """Drop a broken executor (once, even if several callers saw it break)."""
        with self._lock:
            if self._executor is broken:
                self._executor = None
                self._bump(broken=1)
        _kill(broken)

    def warm_up(self) -> None:
        """Start the workers now, without waiting: fork server, imports and catalogs.

        A backfill calls this before it plans and reads its first chunk, so the
        workers are ready by the time there is something to extract.
        """
        executor = self._current()
        for _ in range(self.workers):
            executor.submit(os.getpid)

    def close(self, *, kill: bool = False) -> None:
        """Stop the workers; ``kill`` does not wait for running chunks (Ctrl-C, errors).

        Otherwise a running chunk may finish, but only within the time a chunk is
        allowed (``item_timeout`` per post): a worker still busy after that is hung
        and is killed, so closing (at exit, after Ctrl-C or SIGTERM stopped a
        stream) never waits forever.
        """
        with self._lock:
            executor, self._executor, self._closed = self._executor, None, True
        if executor is not None:
            if kill:
                _kill(executor)
            else:
                timeout = self.item_timeout * self.chunksize if self.item_timeout else None
                _shutdown(executor, timeout)

    def _bump(self, **deltas: int) -> None:
        with self._stats_lock:
            s = self._stats
            self._stats = PoolStats(
                submitted=s.submitted + deltas.get("submitted", 0),
                broken=s.broken + deltas.get("broken", 0),
                retried=s.retried + deltas.get("retried", 0),
                failed=s.failed + deltas.get("failed", 0),
            )

    # -- extraction ------------------------------------------------------------

    def extract(self, items: Iterable[PoolInput]) -> list[ExtractedPost]:
        """Extract every input; one result per input, in input order."""
        return list(self.imap(items))

    def imap(self, items: Iterable[PoolInput]) -> Iterator[ExtractedPost]:
        """Stream one result per input, in input order, keeping few chunks in flight."""
        window = self.workers * 2
        inflight: deque[tuple[list[PoolInput], Future[Any], ProcessPoolExecutor]] = deque()
        source = iter(items)
        exhausted = False
        try:
            while True:
                while not exhausted and len(inflight) < window:
                    chunk = _take(source, self.chunksize)
                    if not chunk:
                        exhausted = True
                        break
                    executor = self._current()
                    try:
                        future = executor.submit(_extract_chunk, chunk)
                    except (BrokenProcessPool, RuntimeError):
                        self._replace(executor)
                        executor = self._current()
                        future = executor.submit(_extract_chunk, chunk)
                    self._bump(submitted=len(chunk))
                    inflight.append((chunk, future, executor))
                if not inflight:
                    return
                chunk, future, executor = inflight[0]
                timeout = self.item_timeout * len(chunk) if self.item_timeout else None
                done, _ = wait([future], timeout=timeout)
                if not done:
                    log.warning("extraction chunk timed out after %.0f s; restarting", timeout)
                    self._replace(executor)  # kills the workers: the future breaks
                    wait([future], timeout=30)
                inflight.popleft()
                if _broken(future) is None:
                    for item, (post, extracted) in zip(chunk, future.result(), strict=True):
                        yield _rejoin(item, post, extracted)
                    continue
                # A worker died: its executor is gone, and every chunk that was in
                # flight on it fails in turn as it reaches the head. Retrying each
                # post alone finds the one that kills its worker. A chunk that
                # raised (a result that cannot be pickled) left its worker alive:
                # the executor and the chunks in flight on it are kept.
                if _worker_died(future):
                    self._replace(executor)
                for item in chunk:
                    yield self._retry_alone(item)
        except BaseException:
            # Ctrl-C or the caller stopped early: do not leave queued chunks behind.
            for _, pending, _ in inflight:
                pending.cancel()
            raise

    def _retry_alone(self, item: PoolInput) -> ExtractedPost:
        """Extract one post in a fresh single-worker pool; a second death is an error."""
        self._bump(retried=1)
        executor = self._new_executor(1)
        try:
            future = executor.submit(_extract_chunk, [item])
            done, _ = wait([future], timeout=self.item_timeout)
            if not done:
                reason = f"extraction timed out after {self.item_timeout:.0f} s (twice)"
            elif (error := _broken(future)) is None:
                ((post, extracted),) = future.result()
                return _rejoin(item, post, extracted)
            else:
                reason = f"extraction worker process died twice ({error})"
        finally:
            _kill(executor)
        self._check_workers_start()
        self._bump(failed=1)
        log.warning("%s: %s", _label(item), reason)
        return ExtractedPost(post=_placeholder_post(item), article=None, error=reason)

    def _check_workers_start(self) -> None:
        """Raise ExtractError if a worker cannot even start (then no post is to blame)."""
        executor = self._new_executor(1)
        try:
            future = executor.submit(_ping)
            done, _ = wait([future], timeout=60)
            problem = "no answer in 60 s" if not done else _broken(future)
        finally:
            _kill(executor)
        if problem:
            raise ExtractError(
                f"extraction worker processes cannot start ({problem}); the main module "
                f"must be importable by them (run a script file, `python -m`, or "
                f"`python -c`, not code piped to stdin)"
            )


def _ping() -> bool:
    """Do nothing in a worker: proves that workers start and initialise."""
    return _worker_extract is not None


def _take(source: Iterator[PoolInput], n: int) -> list[PoolInput]:
    chunk: list[PoolInput] = []
    for item in source:
        chunk.append(item)
        if len(chunk) >= n:
            break
    return chunk


def _broken(future: Future[Any]) -> str | None:
    """Return why a finished future failed because its worker died, else None."""
    if not future.done():
        return "it hung and was stopped"
    if future.cancelled():
        return "cancelled"
    exc = future.exception()
    if exc is None:
        return None
    if isinstance(exc, BrokenProcessPool):
        return "the process was killed or crashed"
    # Any other exception escaping _extract_chunk (e.g. a result that cannot be
    # pickled) is treated like a crash: the chunk is retried item by item.
    return f"{type(exc).__name__}: {exc}"


def _worker_died(future: Future[Any]) -> bool:
    """Return whether a failed chunk took its worker (and so its executor) down with it."""
    if not future.done() or future.cancelled():
        return True
    return isinstance(future.exception(), BrokenProcessPool)


def _kill(executor: ProcessPoolExecutor) -> None:
    """Stop an executor now, killing its workers (it may be broken or hung)."""
    # ProcessPoolExecutor has no public way to kill hung workers before 3.14.
    processes = dict(getattr(executor, "_processes", None) or {})
    for proc in processes.values():
        if proc.is_alive():
            proc.kill()
    executor.shutdown(wait=True, cancel_futures=True)


def _shutdown(executor: ProcessPoolExecutor, timeout: float | None) -> None:
    """Stop an executor once its running chunks are done; kill workers busy past ``timeout``."""
    # The executor forgets its processes and manager thread on shutdown(wait=False);
    # the process dict is shared with the manager thread, so replacements show up in it.
    processes = getattr(executor, "_processes", None) or {}
    manager = getattr(executor, "_executor_manager_thread", None)
    executor.shutdown(wait=False, cancel_futures=True)
    if manager is None:
        return
    manager.join(timeout)
    if not manager.is_alive():
        return
    log.warning("extraction workers still busy %.0f s after close; killing them", timeout)
    for proc in list(processes.values()):
        if proc.is_alive():
            proc.kill()
    manager.join(_JOIN_AFTER_KILL)


#: seconds to wait for the executor's manager thread once its workers are killed
_JOIN_AFTER_KILL = 30.0


def _label(item: PoolInput) -> str:
    return item.url if isinstance(item, Post) else str(item)


# -- one shared pool per process -------------------------------------------------

_shared: dict[tuple[Any, ...], ExtractionPool] = {}
_shared_lock = threading.Lock()


def shared_pool(settings: Settings | None = None, *, workers: int | None = None) -> ExtractionPool:
    """Return the process-wide pool for these settings, starting it on first use.

    A backfill calls :func:`extract_batch_in_processes` once per batch task; the
    workers (and their model catalogs) are built for the first batch and reused.
    """
    # By value: Prefect may hand each task a copy of the settings object.
    key = (
        settings.model_dump_json() if settings is not None else None,
        workers or default_workers(),
    )
    with _shared_lock:
        pool = _shared.get(key)
        if pool is None or pool._closed:
            pool = _shared[key] = ExtractionPool(settings, workers=workers)
        return pool


def close_shared_pools() -> None:
    """Stop every shared pool's workers (called at exit; flows call it when done)."""
    with _shared_lock:
        pools = list(_shared.values())
        _shared.clear()
    for pool in pools:
        pool.close()


atexit.register(close_shared_pools)


def extract_batch_in_processes(
    posts: Sequence[PoolInput],
    settings: Settings | None = None,
    *,
    workers: int | None = None,
    pool: ExtractionPool | None = None,
) -> list[ExtractedPost]:
    """Extract a batch of posts in worker processes; one result per post, in order."""
    return (pool or shared_pool(settings, workers=workers)).extract(posts)
