"""Shared pytest fixtures: databases.

- ``engine``: a fresh, migrated database, parametrized over SQLite (a file in a
  temporary folder, always) and PostgreSQL (only when LLAMAWATCH_TEST_DATABASE_URL
  is set, e.g. ``postgresql://postgres@127.0.0.1:5432/test``; skipped otherwise).
  Each PostgreSQL test gets its own schema, dropped afterwards, so runs never collide.
- ``sqlite_engine``: the SQLite case alone, for tests that need no second backend.
- ``database_url``: the URL behind ``engine`` (for CLI tests passing ``--db``).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from llamawatch.storage.db import make_engine, open_database

POSTGRES_URL_ENV = "LLAMAWATCH_TEST_DATABASE_URL"


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """URL of a SQLite file that does not exist yet."""
    return f"sqlite:///{tmp_path / 'db' / 'llamawatch.db'}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """URL of a fresh PostgreSQL schema (search_path set), dropped after the test."""
    base_url = os.environ.get(POSTGRES_URL_ENV)
    if not base_url:
        pytest.skip(f"{POSTGRES_URL_ENV} is not set")
    schema = f"lwtest_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base_url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base_url else "?"
    yield f"{base_url}{separator}options={quote(f'-csearch_path={schema}')}"
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """URL of an empty database on each backend."""
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated database on each backend (see the module docstring)."""
    engine = open_database(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Iterator[Engine]:
    """A migrated SQLite database in a temporary file."""
    engine = open_database(sqlite_url)
    yield engine
    engine.dispose()
