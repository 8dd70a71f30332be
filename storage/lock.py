"""The single-writer lock: one run at a time writes to a SQLite database.

Two ``llamawatch run`` processes on one SQLite file would each read the stored
history, each compute the same new events and each store them. A run therefore
holds an exclusive lock on a file beside the database (``<db>.lock``) for its
whole body; a second run waits up to ``storage.lock_timeout`` seconds, then
stops with one line naming the lock. The operating system releases the lock
when a process dies, so a killed run never leaves a stale lock behind.

The history refresh takes the same lock again (it is re-entrant within a
process), so backfill workers sharing a SQLite file also take turns there.
PostgreSQL needs no file: history is recomputed under an advisory lock
(``pg_advisory_xact_lock`` in the refresh task), which serves every worker
sharing the database, wherever it runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy.engine import URL

from llamawatch.errors import StorageError
from llamawatch.storage.db import normalise_url


def lock_path(url: str | URL) -> Path | None:
    """Return the lock file of a SQLite database URL (None when no file lock applies)."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(f"{Path(parsed.database or '').expanduser()}.lock")


@contextmanager
def writer_lock(url: str | URL, timeout: float) -> Iterator[None]:
    """Hold the database's writer lock, waiting at most ``timeout`` seconds for it."""
    path = lock_path(url)
    if path is None:
        yield
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # One lock object per file in a process, shared by its threads, so that the
        # CLI and the flow it runs can both hold it (the count is re-entrant).
        lock = FileLock(path, is_singleton=True, thread_local=False)
        lock.acquire(timeout=timeout)
    except Timeout as exc:
        raise StorageError(
            f"another llamawatch run is writing to this database (lock {path} held; "
            f"waited {timeout:g} s, see storage.lock_timeout)"
        ) from exc
    except OSError as exc:
        raise StorageError(f"cannot take the writer lock {path}: {exc.strerror}") from exc
    try:
        yield
    finally:
        lock.release()
