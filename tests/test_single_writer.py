"""One writer at a time on a SQLite file: concurrent runs never store an event twice."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from llamawatch.cli import cli
from llamawatch.errors import StorageError
from llamawatch.storage.db import make_engine
from llamawatch.storage.lock import lock_path, writer_lock

HOLD_LOCK = """
import sys, time
from llamawatch.storage.lock import writer_lock
with writer_lock(sys.argv[1], 5):
    print("held", flush=True)
    time.sleep(60)
"""


def _env(tmp_path: Path, url: str, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "LLAMAWATCH_DB": url,
        "LLAMAWATCH_OUTPUT": str(tmp_path / "site"),
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        **extra,
    }
    for name in ("PREFECT_API_URL", "LLAMAWATCH_CONFIG"):
        env.pop(name, None)
    return env


def _run(tmp_path: Path, url: str, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", "from llamawatch.cli import main; main()", "run", "--all"],
        env=_env(tmp_path, url, **extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )


def _events(url: str) -> list[tuple]:
    engine = make_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT model, attribute, old, new, date FROM events "
                "WHERE superseded_at IS NULL ORDER BY model, attribute, date, new"
            )
        ).all()
    engine.dispose()
    return [tuple(row) for row in rows]


def test_the_lock_lives_beside_the_database(tmp_path: Path) -> None:
    assert lock_path(f"sqlite:///{tmp_path}/w.db") == tmp_path / "w.db.lock"
    assert lock_path("sqlite://") is None
    assert lock_path("postgresql://u@h/db") is None  # advisory locks serve PostgreSQL


def test_a_second_writer_stops_with_one_line_naming_the_lock(sqlite_url: str) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, sqlite_url], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"  # type: ignore[union-attr]
        started = time.monotonic()
        result = CliRunner().invoke(
            cli, ["--db", sqlite_url, "reprocess"], env={"LLAMAWATCH_STORAGE__LOCK_TIMEOUT": "1"}
        )
        waited = time.monotonic() - started
        assert result.exit_code == 1 and "Traceback" not in result.output
        line = result.stderr.strip()
        assert line.startswith("error: another llamawatch run is writing to this database")
        assert f"{lock_path(sqlite_url)}" in line and "\n" not in line
        assert waited >= 1.0  # it waited for the configured time first
        with pytest.raises(StorageError), writer_lock(sqlite_url, 0):
            pass
        holder.kill()  # the operating system frees the lock of a killed process
        holder.wait()
        with writer_lock(sqlite_url, 5):
            pass
    finally:
        holder.kill()
        holder.wait()


def test_two_concurrent_runs_store_each_event_once(tmp_path: Path) -> None:
    shared = f"sqlite:///{tmp_path / 'shared' / 'watch.db'}"
    first = _run(tmp_path, shared, LLAMAWATCH_STORAGE__LOCK_TIMEOUT="300")
    second = _run(tmp_path, shared, LLAMAWATCH_STORAGE__LOCK_TIMEOUT="300")
    outputs = [process.communicate(timeout=400) for process in (first, second)]
    for process, (_, err) in zip((first, second), outputs, strict=True):
        assert process.returncode == 0, err[-2000:]
        assert "Traceback" not in err
    # exactly one of them found the changes; the other waited and found nothing new
    found = sorted(
        int(re.search(r"changes: (\d+) new", out)[1])  # type: ignore[index]
        for out, _ in outputs
    )
    assert found[0] == 0 and found[1] > 0, [out for out, _ in outputs]
    events = _events(shared)
    assert len(events) == len(set(events)), "an event was stored twice"
    assert len(events) == found[1]  # what the one real run reported, no more


def test_a_busy_database_stops_run_before_prefect_starts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'watch.db'}"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, url], stdout=subprocess.PIPE)
    try:
        holder.stdout.readline()  # type: ignore[union-attr]
        prefect_home = tmp_path / "prefect-home"
        run = _run(
            tmp_path, url, LLAMAWATCH_STORAGE__LOCK_TIMEOUT="0", PREFECT_HOME=str(prefect_home)
        )
        _, err = run.communicate(timeout=120)
        assert run.returncode == 1
        assert err.strip().splitlines() == [
            f"error: another llamawatch run is writing to this database (lock "
            f"{lock_path(url)} held; waited 0 s, see storage.lock_timeout)"
        ]
        # no temporary server was started for nothing: none made its database (a run
        # that gets the lock does, in PREFECT_HOME)
        assert not list(prefect_home.glob("prefect.db*"))
    finally:
        holder.kill()
        holder.wait()


def test_the_lock_is_reentrant_in_one_process(sqlite_url: str) -> None:
    # the CLI, the flow and the history refresh each take it, with their own timeouts
    with writer_lock(sqlite_url, 5), writer_lock(sqlite_url, 0), writer_lock(sqlite_url, 60):
        probe = subprocess.run(
            [sys.executable, "-c", HOLD_LOCK.replace("5)", "0)"), sqlite_url],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert probe.returncode != 0 and "another llamawatch run" in probe.stderr
    with writer_lock(sqlite_url, 0):  # released once the outermost holder is done
        pass
