"""Alembic migrations: upgrades keep data, and the head matches storage/schema.py."""

from __future__ import annotations

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text

from llamawatch.records import ExtractedPost, Fact, Post
from llamawatch.storage.db import (
    alembic_config,
    current_revision,
    make_engine,
    open_database,
    session_scope,
    upgrade,
)
from llamawatch.storage.history import load_events, load_state, refresh_history
from llamawatch.storage.posts import save_extracted
from llamawatch.storage.schema import Base, FactRow, PostRow, RunRow, SourceRow


def head_revision() -> str:
    engine = make_engine("sqlite://")
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert head is not None
    return head


def test_upgrade_from_the_first_revision_keeps_rows(database_url: str) -> None:
    engine = make_engine(database_url)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    assert "runs" not in inspect(engine).get_table_names()
    now = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sources (id, name, url, kind, enabled, consecutive_failures,"
                " created_at) VALUES (1, 'lab', 'https://lab.example/feed', 'feed', :t, 2, :now)"
            ),
            {"t": True, "now": now},
        )
        connection.execute(
            text(
                "INSERT INTO posts (id, source_id, post_key, version, is_current, url, title,"
                " published, fetched_at, content_hash, content_type, body)"
                " VALUES (7, 1, 'url:https://lab.example/p', 1, :t, 'https://lab.example/p',"
                " 'A post', :day, :now, 'abc', 'text', 'Llama 7 is out.')"
            ),
            {"t": True, "day": dt.date(2026, 1, 2), "now": now},
        )
        connection.execute(
            text(
                "INSERT INTO facts (post_id, model, attribute, value, certainty, evidence,"
                " source, published, extractor_version) VALUES (7, 'Llama 7', 'status',"
                " :value, 'confirmed', 'Llama 7 is out.', 'https://lab.example/p', :day, 'v0')"
            ),
            {"value": '"released"', "day": dt.date(2026, 1, 2)},
        )
    engine.dispose()

    migrated = open_database(database_url)  # upgrades to head
    assert current_revision(migrated) == head_revision()
    with session_scope(migrated) as session:
        source = session.scalars(select(SourceRow)).one()
        assert (source.name, source.consecutive_failures, source.created_at) == ("lab", 2, now)
        post = session.scalars(select(PostRow)).one()
        assert (post.post_key, post.published) == ("url:https://lab.example/p", dt.date(2026, 1, 2))
        assert session.scalars(select(FactRow.value)).one() == "released"
        session.add(RunRow(flow="ingest", summary={"posts": 1}))
        assert refresh_history(session, None).added  # the migrated fact resolves
        assert load_state(session)["Llama 7"]["status"].value == "released"
    with session_scope(migrated) as session:
        assert session.scalars(select(RunRow.summary)).one() == {"posts": 1}
    migrated.dispose()


def test_head_schema_matches_the_declared_tables(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_opening_twice_migrates_once_and_keeps_data(sqlite_url: str) -> None:
    engine = open_database(sqlite_url)
    post = Post("https://lab.example/q", "Q", "Llama 7 is open.", "text", dt.date(2026, 2, 1))
    fact = Fact(
        "Llama 7", "openness", "open_weights", "confirmed", "open", post.url, post.published
    )
    with session_scope(engine) as session:
        save_extracted(
            session, [ExtractedPost(post, None, (fact,))], source_name=None, extractor_version="1"
        )
        refresh_history(session, None)
    engine.dispose()
    again = open_database(sqlite_url)
    with session_scope(again) as session:
        assert [e.new for e in load_events(session)] == ["open_weights"]
    with again.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    again.dispose()
