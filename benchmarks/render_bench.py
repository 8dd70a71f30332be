"""Measure rendering: the whole site for 50 models and 5,000 events, and one digest mail.

    python benchmarks/render_bench.py [--models 50] [--events 5000] [--repeat 3]

Prints the best of ``--repeat`` runs for each step. The records are synthetic
(``tests/helpers_render.synthetic_history``); no database is involved, since
rendering takes records, not a session.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from helpers_render import synthetic_history  # noqa: E402

from llamawatch.delivery.channels.smtp import email_from_payload  # noqa: E402
from llamawatch.delivery.outbox import digest_messages  # noqa: E402
from llamawatch.publishing.render import build_digest_context, iso_week  # noqa: E402
from llamawatch.publishing.site import write_site  # noqa: E402


def best_of(repeat: int, step):  # type: ignore[no-untyped-def]
    """Run ``step`` ``repeat`` times; return (best seconds, last result)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = step()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=50)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    history = synthetic_history(args.models, args.events)
    with tempfile.TemporaryDirectory() as tmp:
        seconds, written = best_of(
            args.repeat,
            lambda: write_site(tmp, history.states, history.events, rumours=history.rumours),
        )
        size = sum(p.stat().st_size for p in written)
    weeks = len({iso_week(e.date) for e in history.events})
    print(
        f"site: {args.models} models, {len(history.events)} events → {len(written)} files "
        f"({weeks} weekly digest pages, {size / 1e6:.1f} MB) in {seconds:.2f} s"
    )
    last_week = iso_week(max(e.date for e in history.events))
    digest_s, _msg = best_of(
        args.repeat,
        lambda: email_from_payload(
            digest_messages(
                build_digest_context(last_week, history.events, history.states, history.rumours),
                ["reader@example.org"],
                "llamawatch@localhost",
            )[0].payload,
            "reader@example.org",
        ),
    )
    print(f"digest mail for {last_week} (build + render + css-inline): {digest_s * 1000:.0f} ms")


if __name__ == "__main__":
    main()
