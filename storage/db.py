"""Opening the database: SQLite by default, PostgreSQL by URL, always migrated.

``open_database(url)`` returns an engine whose schema is at the latest Alembic
revision. SQLite runs in WAL mode (readers are not blocked while a flow writes)
with foreign keys on; ``postgresql://`` URLs use psycopg 3.
"""

from __future__ import annotations

import fcntl
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from llamawatch.errors import StorageError

log = logging.getLogger(__name__)

#: where Alembic finds env.py and versions/, as a package resource
MIGRATIONS_LOCATION = "llamawatch.storage:migrations"
#: milliseconds a SQLite writer waits for another writer before failing
SQLITE_BUSY_TIMEOUT_MS = 30_000


#: database backends llamawatch supports (and tests)
SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def normalise_url(url: str | URL) -> URL:
    """Parse a database URL, choosing psycopg 3 for plain ``postgresql://``."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        # never echo a password: user:secret@host becomes user:***@host
        shown = re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", str(url))
        raise StorageError(f"not a database URL: {shown!r} ({exc})") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise StorageError(
            f"unsupported database {backend!r} in {parsed!r}: use sqlite:///PATH "
            "or postgresql://USER@HOST/DB"
        )
    return parsed


def database_reason(exc: BaseException) -> str:
    """Return the driver's own one-line reason for a database error, not only its class."""
    cause = getattr(exc, "orig", None) or exc
    text = " ".join(str(cause).split("\n")[0].split())
    name = cause.__class__.__name__
    return f"{name}: {text}" if text else name


def _is_memory(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def make_engine(url: str) -> Engine:
    """Create an engine for a URL without migrating it (tests and Alembic use this)."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        kwargs: dict[str, Any] = {}
        if _is_memory(parsed):
            # one shared connection, or each session would see its own empty database
            kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
        else:
            folder = Path(parsed.database or "").expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(
                    f"cannot create the database folder {folder}: {exc.strerror}"
                ) from exc

        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Any:
    """Return an Alembic Config that migrates the given engine (no alembic.ini needed)."""
    # why: alembic ~1140 ms, sqlalchemy ~700 ms to import; only this path needs it
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS_LOCATION)
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    """Return the latest Alembic revision shipped with this version of llamawatch."""
    # why: alembic ~1140 ms, sqlalchemy ~700 ms to import; only this path needs it
    from alembic.script import ScriptDirectory

    config = alembic_config(make_engine("sqlite://"))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """Hold a file lock beside a SQLite database while migrating.

    Several processes may open a new database at once (workers, a web page and
    a flow); without the lock two of them could both try to create the tables.
    PostgreSQL takes an advisory lock in env.py instead.
    """
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        yield
        return

    with open(f"{database}.migrate-lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to a revision (default: the latest)."""
    # why: alembic ~1140 ms, sqlalchemy ~700 ms to import; only this path needs it
    from alembic import command

    try:
        if revision == "head" and current_revision(engine) == head_revision():
            return
        with _migration_lock(engine):
            command.upgrade(alembic_config(engine), revision)
    except SQLAlchemyError as exc:
        raise StorageError(f"cannot migrate the database: {database_reason(exc)}") from exc


def current_revision(engine: Engine) -> str | None:
    """Return the Alembic revision the database is at (None when unversioned)."""
    # why: alembic ~1140 ms, sqlalchemy ~700 ms to import; only this path needs it
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def open_database(url: str) -> Engine:
    """Return an engine for the URL with the schema at the latest revision."""
    engine = make_engine(url)
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as exc:
        raise StorageError(f"cannot open database {engine.url!r}: {database_reason(exc)}") from exc
    upgrade(engine)
    return engine


@contextmanager
def session_scope(engine: Engine, *, commit: bool = True) -> Iterator[Session]:
    """Yield a session that commits on success and rolls everything back on error.

    A batch is one transaction: if anything fails part-way, nothing of it stays.
    ``commit=False`` rolls back even on success (a dry run).
    """
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        if commit:
            session.commit()
        else:
            session.rollback()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
