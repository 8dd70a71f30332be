"""A llamawatch config for tests: SQLite and pages in a temporary folder, fast HTTP."""

from __future__ import annotations

from pathlib import Path


def write_test_config(folder: Path, sources: str = "", *, http_extra: str = "") -> Path:
    """Write ``folder/llamawatch.toml`` and return its path.

    ``sources`` is TOML appended at the end (``[[sources]]`` blocks); ``http_extra``
    adds lines to the ``[http]`` section (``trust_env``, ``allow_private``).
    """
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "llamawatch.toml"
    config.write_text(
        f"""
[storage]
url = "sqlite:///{folder / "watch.db"}"

[output]
dir = "{folder / "site"}"

[http]
retries = 0
timeout = 5.0
per_host_delay = 0.0
{http_extra}
{sources}
""",
        encoding="utf-8",
    )
    return config
