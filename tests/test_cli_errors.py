"""Every failure an operator can cause ends in one line with its cause, never a traceback."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from llamawatch.cli import cli
from llamawatch.cli._prefect import quiet_prefect
from llamawatch.storage.db import open_database


def fails_in_one_line(result: Result) -> str:
    """Assert the command failed with exit status 1 and one line on stderr; return it."""
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": "200", **(env or {})})


@pytest.fixture
def mount(tmp_path: Path) -> Iterator:
    """Mount small tmpfs folders (read-only or tiny) for disk faults; skip without root."""
    mounted: list[Path] = []

    def make(name: str, options: str) -> Path:
        target = tmp_path / name
        target.mkdir()
        if not shutil.which("mount"):
            pytest.skip("no mount command")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True
        )
        if done.returncode:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
        mounted.append(target)
        return target

    yield make
    for target in mounted:
        subprocess.run(["umount", "-l", str(target)], check=False)


def test_config_that_is_not_utf8(tmp_path: Path) -> None:
    config = tmp_path / "latin1.toml"
    config.write_bytes('[output]\nsite_title = "Veille"\n# r\xe9sum\xe9\n'.encode("latin-1"))
    line = fails_in_one_line(invoke("--config", str(config), "status"))
    assert "not UTF-8" in line and str(config) in line


def test_config_that_is_not_toml(tmp_path: Path) -> None:
    config = tmp_path / "broken.toml"
    config.write_text("[storage\nurl = 1\n", encoding="utf-8")
    line = fails_in_one_line(invoke("--config", str(config), "status"))
    assert "not valid TOML" in line and "line 1" in line


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("mysql://user@db.internal/watch", "unsupported database 'mysql'"),
        ("https://example.org/db", "unsupported database 'https'"),
        ("postgresql://user@host:port/db", "not a database URL"),
        ("nonsense", "not a database URL"),
    ],
)
def test_database_urls_we_cannot_use(url: str, expected: str) -> None:
    assert expected in fails_in_one_line(invoke("--db", url, "status"))


def test_a_url_password_is_never_echoed() -> None:
    line = fails_in_one_line(invoke("--db", "postgresql://me:hunter2@host:port/db", "status"))
    assert "hunter2" not in line and "me:***@" in line


def test_unreachable_postgresql_names_the_cause() -> None:
    line = fails_in_one_line(invoke("--db", "postgresql://postgres@127.0.0.1:1/none", "status"))
    assert "OperationalError:" in line and "refused" in line.lower()


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    line = fails_in_one_line(invoke("--db", f"sqlite:///{path}", "status"))
    assert "not a database" in line


@pytest.mark.parametrize(
    ("week", "expected"),
    [
        ("0001-W01", "out of range"),
        ("9999-W52", "out of range"),
        ("2020-W60", "2020 has no week 60"),
        ("soon", "not an ISO week"),
    ],
)
def test_digest_weeks_out_of_range(sqlite_url: str, week: str, expected: str) -> None:
    line = fails_in_one_line(invoke("--db", sqlite_url, "digest", "--week", week))
    assert expected in line and week in line


def test_unreachable_prefect_api(sqlite_url: str) -> None:
    result = invoke("--db", sqlite_url, "run", env={"PREFECT_API_URL": "http://127.0.0.1:9/api"})
    line = fails_in_one_line(result)
    assert "http://127.0.0.1:9/api does not answer" in line and "refused" in line.lower()
    result = invoke("--db", sqlite_url, "run", env={"PREFECT_API_URL": "localhost:4200"})
    assert "not an http(s) URL" in fails_in_one_line(result)


def test_an_empty_prefect_api_url_means_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "  ")
    quiet_prefect(verbose=False)
    import os

    assert "PREFECT_API_URL" not in os.environ  # Prefect starts its temporary server instead


def test_read_only_output_folder(sqlite_url: str, mount) -> None:
    folder = mount("ro", "size=1m,ro")
    line = fails_in_one_line(invoke("--db", sqlite_url, "site", "--out", str(folder / "site")))
    assert line == f"error: cannot write {folder / 'site'}: Read-only file system"


def test_full_disk_for_the_pages(sqlite_url: str, mount) -> None:
    folder = mount("tiny", "size=16k")
    line = fails_in_one_line(invoke("--db", sqlite_url, "site", "--out", str(folder / "site")))
    assert "No space left on device" in line


def test_read_only_database_folder(tmp_path: Path, mount) -> None:
    folder = mount("dbro", "size=4m")
    url = f"sqlite:///{folder / 'watch.db'}"
    open_database(url).dispose()
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    line = fails_in_one_line(invoke("--db", url, "status"))
    assert "cannot open database" in line and "OperationalError:" in line
    # a writer names the lock it could not take
    line = fails_in_one_line(invoke("--db", url, "reprocess"))
    assert "Read-only file system" in line


def test_a_real_run_that_cannot_write_its_pages_says_so_in_one_line(tmp_path: Path, mount) -> None:
    # A real process: Prefect's own failure reports (with tracebacks) must stay hidden.
    import os
    import sys

    folder = mount("pages", "size=1m,ro")
    env = {
        **os.environ,
        "LLAMAWATCH_DB": f"sqlite:///{tmp_path / 'watch.db'}",
        "LLAMAWATCH_OUTPUT": str(folder / "site"),
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    }
    env.pop("PREFECT_API_URL", None)
    env.pop("LLAMAWATCH_CONFIG", None)
    done = subprocess.run(
        [sys.executable, "-c", "from llamawatch.cli import main; main()", "run"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"error: cannot write {folder / 'site'}: Read-only file system"
    ]
