"""`run --dry-run` shows what a run would change and keeps nothing; `run --source` runs one."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers_config import write_test_config
from pytest_httpserver import HTTPServer
from sqlalchemy import func, select

from llamawatch.cli import cli
from llamawatch.storage.db import open_database, session_scope
from llamawatch.storage.history import counts
from llamawatch.storage.schema import OutboxRow, RunRow, SourceRow

pytestmark = pytest.mark.flow

DATA = Path(__file__).parent / "data" / "flows"


@pytest.fixture(scope="module", autouse=True)
def prefect_harness() -> Iterator[None]:
    """Enter Prefect's offline test harness once for the module (it takes ~10 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def config(tmp_path: Path, httpserver: HTTPServer) -> Path:
    httpserver.expect_request("/feed.xml").respond_with_data(
        (DATA / "feed.xml").read_bytes(),
        content_type="application/rss+xml",
        headers={"ETag": '"v1"'},
    )
    archive = tmp_path / "archive"
    shutil.copytree(DATA / "archive", archive)
    return write_test_config(
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


def run(config: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, ["--config", str(config), "run", *args])
    assert "Traceback" not in result.output, result.output
    return result


def number(pattern: str, text: str) -> int:
    match = re.search(pattern, text)
    assert match, text
    return int(match[1])


def stored(config: Path) -> dict[str, int]:
    engine = open_database(f"sqlite:///{config.parent / 'watch.db'}")
    with session_scope(engine) as session:
        totals = dict(counts(session))
        totals["runs"] = session.scalar(select(func.count()).select_from(RunRow))
        totals["outbox"] = session.scalar(select(func.count()).select_from(OutboxRow))
        totals["etags"] = session.scalar(
            select(func.count()).select_from(SourceRow).where(SourceRow.etag.is_not(None))
        )
    engine.dispose()
    return totals


def test_a_dry_run_shows_what_a_run_then_does_and_keeps_nothing(
    config: Path, httpserver: HTTPServer
) -> None:
    dry = run(config, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "dry run: nothing stored" in dry.output
    assert not (config.parent / "site").exists()
    totals = stored(config)
    assert totals.get("posts", 0) == totals.get("events", 0) == 0
    assert totals["runs"] == totals["outbox"] == totals["etags"] == 0  # no validators kept

    real = run(config)
    assert real.exit_code == 0, real.output
    for what in (r"posts: +\d+ seen, (\d+) new", r"facts: +(\d+) new", r"changes: (\d+) new"):
        assert number(what, dry.output) == number(what, real.output) > 0
    changes = [line for line in dry.output.splitlines() if line.startswith("  + ")]
    assert changes == [line for line in real.output.splitlines() if line.startswith("  + ")]
    assert stored(config)["events"] == number(r"changes: (\d+) new", dry.output)

    # on a database with history, a dry run of an unchanged world finds nothing new
    again = run(config, "--dry-run", "--all")
    assert number(r"changes: (\d+) new", again.output) == 0


def test_source_runs_that_source_only(config: Path, httpserver: HTTPServer) -> None:
    result = run(config, "--source", "archive")
    assert result.exit_code == 0, result.output
    assert "sources: 1 ok" in result.output
    assert number(r"posts: +\d+ seen, (\d+) new", result.output) == 3
    assert not httpserver.log  # the feed was not fetched

    result = run(config, "--source", "test-feed")
    assert result.exit_code == 0, result.output
    assert len(httpserver.log) == 1 and "sources: 1 ok" in result.output


def test_an_unknown_source_is_one_line(config: Path) -> None:
    result = run(config, "--source", "nope")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "error: no enabled source named 'nope' (enabled: test-feed, archive)"
    ]
