"""Run one ingest cycle (the flow's own step sequence, without a Prefect server).

Used as ``python -m tests.helpers_crash CONFIG`` by the crash tests, which kill
it at a step boundary through ``LLAMAWATCH_CRASH_AT``.
"""

from __future__ import annotations

import sys

from llamawatch.config import load_settings
from llamawatch.flows.ingest import PLAIN_STEPS, ingest_posts, is_baseline
from llamawatch.storage.db import open_database
from llamawatch.summary import RunSummary


def main(config_path: str) -> int:
    """Run the cycle in small batches (so that there are several save boundaries)."""
    settings = load_settings(config_path)
    engine = open_database(settings.storage.url)
    mode = "baseline" if is_baseline(engine) else "live"
    summary = RunSummary(flow="ingest", mode=mode, output_dir="")
    ingest_posts(engine, settings, summary, steps=PLAIN_STEPS, batch_size=2)
    engine.dispose()
    print(f"posts_new={summary.posts_new} failed={summary.posts_failed}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
