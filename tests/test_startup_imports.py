"""The command line starts light: ``import llamawatch.cli`` and ``llamawatch --help`` load
none of the heavy packages that only some commands need.

Each of these costs a measured tenth of a second to seconds to import (``python -X
importtime``): Prefect ~1.8 s, Alembic ~1.1 s, SQLAlchemy ~0.7 s, httpx ~0.3 s, Playwright
~0.3 s, trafilatura ~0.3 s, psycopg ~0.2 s, htmldate ~0.2 s, Apprise ~0.1 s, and the
extractors' rules ~0.2 s. The modules that need them import them inside the function
that uses them, each with a ``# why`` comment; this test keeps it that way.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = (
    "prefect",
    "alembic",
    "sqlalchemy",
    "httpx",
    "playwright",
    "trafilatura",
    "psycopg",
    "htmldate",
    "apprise",
    "lxml",
    "feedparser",
    "llamawatch.storage",
    "llamawatch.flows",
    "llamawatch.extractors.facts",
)

PROBE = """
import json, sys
{code}
print(json.dumps(sorted(sys.modules)))
"""


def loaded_after(code: str) -> set[str]:
    """Return the modules a fresh interpreter holds after running ``code``."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(code=code)],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def heavy_in(modules: set[str]) -> list[str]:
    return sorted(h for h in HEAVY if any(m == h or m.startswith(h + ".") for m in modules))


HELP = """
from llamawatch.cli import main
sys.argv = ["llamawatch", "--help"]
try:
    main()
except SystemExit as exit:
    assert exit.code in (0, None), exit.code
"""


@pytest.mark.parametrize("code", ["import llamawatch.cli", HELP], ids=["import", "--help"])
def test_the_cli_starts_without_heavy_packages(code: str) -> None:
    modules = loaded_after(code)
    assert "llamawatch.cli" in modules
    assert heavy_in(modules) == []


def test_help_still_lists_every_command() -> None:
    # the commands are found without importing what they run
    result = subprocess.run(
        [sys.executable, "-c", "from llamawatch.cli import main; main()", "--help"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    for command in ("run", "backfill", "digest", "status", "outbox", "serve"):
        assert f"  {command} " in result.stdout


def test_the_probe_sees_a_heavy_import() -> None:
    # the check can fail: a module that needs the database loads SQLAlchemy
    assert "sqlalchemy" in heavy_in(loaded_after("import llamawatch.storage.db"))
