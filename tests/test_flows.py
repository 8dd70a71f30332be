"""The Prefect flows end to end, inside one Prefect test harness for the whole module.

Everything else in the suite tests the stage functions without Prefect; these
few tests check that the flows wire the stages together: sources in, facts
and change events stored, pages and digests out, a second run adding nothing,
and a backfill of the same posts in another order giving the same history.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers_config import write_test_config
from pytest_httpserver import HTTPServer

from llamawatch.cli import cli
from llamawatch.storage.db import open_database, session_scope
from llamawatch.storage.history import counts, load_events

pytestmark = pytest.mark.flow

DATA = Path(__file__).parent / "data" / "flows"


@pytest.fixture(scope="module", autouse=True)
def prefect_harness() -> Iterator[None]:
    """Enter Prefect's offline test harness once for the module (it takes ~10 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def write_config(tmp_path: Path, sources: str) -> Path:
    return write_test_config(tmp_path, sources)


def headlines(db_url: str) -> list[str]:
    engine = open_database(db_url)
    with session_scope(engine) as session:
        events = load_events(session)
    engine.dispose()
    return [f"{e.date} {e.headline()}" for e in events]


def test_ingest_reads_a_feed_and_a_folder_then_adds_nothing_on_rerun(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    from llamawatch.flows.ingest import ingest_flow

    httpserver.expect_request("/feed.xml").respond_with_data(
        (DATA / "feed.xml").read_bytes(), content_type="application/rss+xml"
    )
    archive = tmp_path / "archive"
    shutil.copytree(DATA / "archive", archive)
    config = write_config(
        tmp_path,
        f"""
[[sources]]
name = "test-feed"
url = "{httpserver.url_for("/feed.xml")}"
fulltext = false

[[sources]]
name = "archive"
url = "{archive}"
kind = "archive"
""",
    )

    first = ingest_flow(config_path=str(config))

    assert first.mode == "baseline"
    assert (first.sources_ok, first.sources_failed) == (2, 0)
    assert first.posts_new == 4
    assert first.facts_new > 0 and first.events_new > 0
    site = tmp_path / "site"
    assert (site / "index.html").is_file()
    assert list((site / "digests").glob("*.html"))
    events = headlines(f"sqlite:///{tmp_path / 'watch.db'}")
    assert any("Llama 4 Behemoth: status upcoming → shelved" in e for e in events), events
    assert any("Avocado: openness closed" in e for e in events), events
    assert any(e.startswith("2024-07-23 Llama 3.1: params_total 405B") for e in events), events

    second = ingest_flow(config_path=str(config))

    assert second.mode == "live"
    assert (second.posts_new, second.facts_new, second.events_new) == (0, 0, 0)
    assert headlines(f"sqlite:///{tmp_path / 'watch.db'}") == events


def test_backfill_in_any_order_gives_the_history_of_an_ordered_ingest(tmp_path: Path) -> None:
    from llamawatch.flows.backfill import backfill_flow

    # Newest first, one post per chunk: each chunk arrives "late" relative to the last.
    reversed_dir = tmp_path / "reversed"
    reversed_dir.mkdir()
    for number, post in enumerate(sorted((DATA / "archive").glob("*.md"), reverse=True)):
        shutil.copy(post, reversed_dir / f"{number:02d}-{post.name}")
    ordered_config = write_config(tmp_path / "ordered", "")
    reversed_config = write_config(tmp_path / "reversed-db", "")
    ordered = backfill_flow([str(DATA / "archive")], config_path=str(ordered_config))
    backwards = backfill_flow([str(reversed_dir)], config_path=str(reversed_config), chunk_size=1)

    assert ordered.posts_new == backwards.posts_new == 3
    assert headlines(f"sqlite:///{tmp_path / 'ordered' / 'watch.db'}") == headlines(
        f"sqlite:///{tmp_path / 'reversed-db' / 'watch.db'}"
    )
    again = backfill_flow([str(reversed_dir)], config_path=str(reversed_config))
    assert (again.posts_new, again.facts_new, again.events_new) == (0, 0, 0)


def test_backfill_since_until_keeps_only_posts_in_the_window(tmp_path: Path) -> None:
    from llamawatch.flows.backfill import backfill_flow

    config = write_config(tmp_path, "")
    summary = backfill_flow(
        [str(DATA / "archive")],
        config_path=str(config),
        since=dt.date(2025, 6, 1),
        until=dt.date(2025, 12, 31),
        write_site=False,
    )
    assert summary.posts_new == 2
    events = headlines(f"sqlite:///{tmp_path / 'watch.db'}")
    assert not any("Llama 4 Scout" in e for e in events)


def test_weekly_digest_writes_html_and_text_for_the_week(tmp_path: Path) -> None:
    from llamawatch.flows.backfill import backfill_flow
    from llamawatch.flows.digest import weekly_digest_flow

    config = write_config(tmp_path, "")
    backfill_flow([str(DATA / "archive")], config_path=str(config), write_site=False)
    paths = weekly_digest_flow(config_path=str(config), week="2025-W31", send=False)

    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    assert {Path(p).suffix for p in paths} >= {".html", ".txt"}
    assert all("Behemoth" in text for text in texts)


def test_cli_demo_run_then_export(tmp_path: Path) -> None:
    """The README's first command: the bundled demo, end to end, through the CLI."""
    runner = CliRunner()
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    env = {"LLAMAWATCH_OUTPUT": str(tmp_path / "site")}

    result = runner.invoke(cli, ["--db", db, "run"], env=env)
    assert result.exit_code == 0, result.output
    assert "posts:" in result.output and "changes:" in result.output

    exported = runner.invoke(cli, ["--db", db, "export", "changes", "--format", "json"], env=env)
    assert exported.exit_code == 0, exported.output
    changes = json.loads(exported.output)
    assert {"model": "Avocado", "attribute": "openness", "new": "closed"}.items() <= next(
        c for c in changes if c["model"] == "Avocado" and c["attribute"] == "openness"
    ).items()
    shelved = [
        c
        for c in changes
        if c["model"] == "Llama 4 Behemoth" and c["attribute"] == "status" and c["new"] == "shelved"
    ]
    assert shelved and shelved[0]["old"] == "upcoming"

    again = runner.invoke(cli, ["--db", db, "run"], env=env)
    assert again.exit_code == 0, again.output
    engine = open_database(db)
    with session_scope(engine) as session:
        before = counts(session)
    engine.dispose()
    assert before["posts"] == 17


def test_a_backfill_killed_midway_resumes_to_the_same_database(tmp_path: Path) -> None:
    """Killed after storing a chunk but before recomputing history: the rerun repairs it."""
    from llamawatch.extractors.facts import EXTRACTOR_VERSION
    from llamawatch.extractors.local import read_post_file
    from llamawatch.extractors.models import ModelCatalog
    from llamawatch.extractors.pipeline import extract_posts
    from llamawatch.flows.backfill import backfill_flow
    from llamawatch.identity import with_key
    from llamawatch.storage.posts import save_extracted
    from llamawatch.storage.runs import start_run

    whole_config = write_config(tmp_path / "whole", "")
    backfill_flow([str(DATA / "archive")], config_path=str(whole_config), write_site=False)

    # The "killed" run: its run row says running, one post is stored, no events yet.
    killed_url = f"sqlite:///{tmp_path / 'killed' / 'watch.db'}"
    killed_config = write_config(tmp_path / "killed", "")
    engine = open_database(killed_url)
    first = with_key(read_post_file(sorted((DATA / "archive").glob("*.md"))[0]), "guid")
    with session_scope(engine) as session:
        start_run(session, "backfill")
        save_extracted(
            session,
            extract_posts([first], ModelCatalog.default()),
            source_name=str(DATA / "archive"),
            extractor_version=EXTRACTOR_VERSION,
        )
        assert counts(session)["events"] == 0
    engine.dispose()

    resumed = backfill_flow(
        [str(DATA / "archive")], config_path=str(killed_config), write_site=False
    )

    assert resumed.posts_new == 2  # the stored post is not read again
    assert headlines(killed_url) == headlines(f"sqlite:///{tmp_path / 'whole' / 'watch.db'}")


def test_a_file_too_large_fails_alone_in_a_first_and_a_later_backfill(tmp_path: Path) -> None:
    """An unreadable file is one failure with its reason, and is never stored."""
    from llamawatch.flows.backfill import backfill_flow

    archive = tmp_path / "archive"
    shutil.copytree(DATA / "archive", archive)
    (archive / "04-huge.html").write_text("<p>" + "padding " * 200 + "</p>", encoding="utf-8")
    config = write_config(tmp_path, "")
    config.write_text(
        config.read_text(encoding="utf-8").replace("[http]\n", "[http]\nmax_bytes = 1000\n"),
        encoding="utf-8",
    )

    first = backfill_flow([str(archive)], config_path=str(config), write_site=False)
    (archive / "05-late.md").write_text(
        "---\ntitle: Late note\ndate: 2025-09-01\n---\nMeta said Llama 4 Scout is open.\n",
        encoding="utf-8",
    )
    second = backfill_flow([str(archive)], config_path=str(config), write_site=False)

    for summary in (first, second):
        assert summary.posts_failed == 1, summary.failures
        [failure] = summary.failures
        assert "04-huge.html" in failure and "1000" in failure
    assert (first.posts_new, second.posts_new) == (3, 1)
    engine = open_database(f"sqlite:///{tmp_path / 'watch.db'}")
    with engine.connect() as connection:
        urls = [row[0] for row in connection.exec_driver_sql("SELECT url FROM posts")]
    engine.dispose()
    assert len(urls) == 4 and not any("04-huge" in url for url in urls)
