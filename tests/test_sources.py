"""Sources: storage of cache/health, CLI add/list/remove, OPML round trip, status."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy.engine import Engine

from llamawatch.cli import cli
from llamawatch.errors import ParseError, StorageError
from llamawatch.records import Source
from llamawatch.sources.health import SourceCache
from llamawatch.sources.opml import parse_opml, render_opml
from llamawatch.storage.db import session_scope
from llamawatch.storage.sources import (
    DISABLED_BY_OPERATOR,
    add_source,
    load_caches,
    load_sources,
    managed_sources,
    remove_source,
    save_caches,
    set_enabled,
)

NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


def test_cache_round_trip(engine: Engine) -> None:
    cache = SourceCache(
        etag='"abc"',
        last_modified="Mon, 02 Mar 2026 10:00:00 GMT",
        permanent_url="https://new.example.org/feed",
        http_cache_until=NOW + dt.timedelta(hours=1),
        next_fetch_at=NOW + dt.timedelta(hours=2),
        last_fetched_at=NOW,
        last_success_at=NOW - dt.timedelta(days=1),
        last_new_entry_at=NOW - dt.timedelta(days=3),
        last_error="HTTP 500 Internal Server Error",
        consecutive_failures=2,
        disabled_reason=None,
    )
    with session_scope(engine) as session:
        save_caches(session, {"config-feed": cache})
    with session_scope(engine) as session:
        assert load_caches(session) == {"config-feed": cache}
        # A cache-only row is not a managed source.
        assert managed_sources(session) == []
    updated = dataclasses.replace(cache, consecutive_failures=0, last_error=None)
    with session_scope(engine) as session:
        save_caches(session, {"config-feed": updated})
    with session_scope(engine) as session:
        assert load_caches(session, ["config-feed", "other"]) == {"config-feed": updated}


def test_managed_sources_merge_with_config(engine: Engine) -> None:
    configured = [Source(name="shared", url="https://config.example.org/feed")]
    with session_scope(engine) as session:
        add_source(session, Source(name="extra", url="https://db.example.org/feed", kind="page"))
        add_source(session, Source(name="shared", url="https://db.example.org/other"))
        with pytest.raises(StorageError):
            add_source(session, Source(name="extra", url="https://db.example.org/again"))
    with session_scope(engine) as session:
        merged = load_sources(session, configured)
    assert [(s.name, s.url, s.kind) for s in merged] == [
        ("shared", "https://config.example.org/feed", "feed"),
        ("extra", "https://db.example.org/feed", "page"),
    ]
    with session_scope(engine) as session:
        assert remove_source(session, "extra") is True
        assert remove_source(session, "extra") is False
        assert [s.name for s in load_sources(session, configured)] == ["shared"]


def test_disable_and_enable_clear_health(engine: Engine) -> None:
    with session_scope(engine) as session:
        save_caches(
            session,
            {"gone": SourceCache(disabled_reason="HTTP 410 Gone", consecutive_failures=1)},
        )
        set_enabled(session, "gone", True)
        assert load_caches(session)["gone"] == SourceCache()
        set_enabled(session, "gone", False)
        assert load_caches(session)["gone"].disabled_reason == DISABLED_BY_OPERATOR


OPML = b"""<?xml version="1.0"?>
<opml version="1.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="AI news">
      <outline text="Model Desk" type="rss" xmlUrl="https://desk.example.org/rss"/>
      <outline text="Model Desk" type="rss" xmlUrl="https://desk.example.org/other.xml"/>
      <outline text="Homepage only" htmlUrl="https://home.example.org/"/>
    </outline>
    <outline title="Atom Notes" xmlUrl="https://atom.example.org/atom.xml"/>
    <outline title="Again" xmlUrl="https://atom.example.org/atom.xml"/>
  </body>
</opml>"""


def test_parse_opml_nested_unique_names() -> None:
    imported = parse_opml(OPML, taken_names=["Atom Notes"])
    assert [(s.name, s.url) for s in imported.sources] == [
        ("Model Desk", "https://desk.example.org/rss"),
        ("Model Desk (2)", "https://desk.example.org/other.xml"),
        ("Atom Notes (2)", "https://atom.example.org/atom.xml"),
    ]
    assert len(imported.skipped) == 2
    with pytest.raises(ParseError):
        parse_opml(b"<html><body/></html>")
    with pytest.raises(ParseError):
        parse_opml(b"not xml at all")


def test_opml_round_trip_keeps_settings() -> None:
    sources = [
        Source(name="A & B", url="https://ab.example.org/feed?x=1&y=2", interval_minutes=15),
        Source(
            name="Broken ids",
            url="https://c.example.org/rss",
            identity="title_date",
            fulltext=False,
        ),
        Source(name="local", url="/srv/archive", kind="archive"),
    ]
    again = parse_opml(render_opml(sources).encode()).sources
    assert list(again) == sources[:2]  # local archives are not exported


@pytest.fixture
def run_cli(tmp_path: Path, sqlite_url: str):  # type: ignore[no-untyped-def]
    config = tmp_path / "llamawatch.toml"
    config.write_text(
        '[[sources]]\nname = "configured"\nurl = "https://config.example.org/feed"\n',
        encoding="utf-8",
    )
    runner = CliRunner()

    def invoke(*args: str) -> tuple[int, str]:
        result = runner.invoke(
            cli,
            ["--config", str(config), "--db", sqlite_url, *args],
            env={"COLUMNS": "250"},
            catch_exceptions=False,
        )
        return result.exit_code, result.output

    return invoke


def test_cli_add_list_remove(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out = run_cli(
        "sources", "add", "desk", "https://desk.example.org/rss", "--interval", "30", "--no-check"
    )
    assert code == 0, out
    code, out = run_cli("sources", "add", "desk", "https://desk.example.org/again", "--no-check")
    assert code == 1 and "already exists" in out
    code, out = run_cli("sources", "add", "configured", "https://x.example.org/")
    assert code == 1 and "configuration file" in out
    code, out = run_cli("sources", "list")
    assert code == 0
    assert "desk" in out and "https://desk.example.org/rss" in out
    assert "configured" in out and "config" in out
    code, out = run_cli("sources", "remove", "configured")
    assert code == 1
    code, out = run_cli("sources", "remove", "desk")
    assert code == 0
    code, out = run_cli("sources", "list")
    assert "desk.example.org" not in out


def test_cli_opml_import_export(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opml = tmp_path / "feeds.opml"
    opml.write_bytes(OPML)
    code, out = run_cli("sources", "import-opml", str(opml))
    assert code == 0, out
    assert "imported 3 sources" in out
    code, out = run_cli("sources", "import-opml", str(opml))
    assert "imported 0 sources" in out  # same URLs are not added twice
    exported = tmp_path / "out.opml"
    code, out = run_cli("sources", "export-opml", str(exported))
    assert code == 0, out
    urls = {s.url for s in parse_opml(exported.read_bytes()).sources}
    assert urls == {
        "https://config.example.org/feed",
        "https://desk.example.org/rss",
        "https://desk.example.org/other.xml",
        "https://atom.example.org/atom.xml",
    }


def test_cli_status_shows_health(run_cli, sqlite_url: str) -> None:  # type: ignore[no-untyped-def]
    from llamawatch.storage.db import open_database

    code, out = run_cli("sources", "add", "flaky", "https://flaky.example.org/rss", "--no-check")
    assert code == 0
    engine = open_database(sqlite_url)
    with session_scope(engine) as session:
        save_caches(
            session,
            {
                "flaky": SourceCache(
                    last_fetched_at=NOW, consecutive_failures=4, last_error="HTTP 503 boom"
                ),
                "configured": SourceCache(last_fetched_at=NOW, last_success_at=NOW),
            },
        )
    engine.dispose()
    code, out = run_cli("status")
    assert code == 0, out
    assert "0 posts, 0 facts, 0 change events, 2 sources" in out
    flaky_line = next(line for line in out.splitlines() if "flaky" in line)
    assert "failing" in flaky_line and "HTTP 503 boom" in flaky_line and " 4 " in flaky_line
    configured_line = next(line for line in out.splitlines() if "configured" in line)
    assert " ok " in configured_line
