"""Score the resolved state against the shared world-truth checkpoints, both ways.

1. ``--gold-state``: the gold facts of the DEV and NEWS corpora, resolved directly
   (resolution measured on its own; target accuracy 1.00 where the corpora say
   anything, 0 flip-flops);
2. ``--state``: the same posts backfilled with today's extractor into a scratch
   database (target >= 0.97, <= 1 flip-flop; a second backfill adds nothing).

``--extra DIR`` (repeatable) adds another labelled real-text set laid out like the
corpora (``DIR/posts``, ``DIR/gold.json``) to both runs, as a review adds held-out
posts: more evidence, and outliers the rules have not seen.

Reads ../shared beside the checkout when present; skips with exit status 0 otherwise.

    python benchmarks/eval_state.py [--shuffle SEED] [--corpus DIR] [--extra DIR ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from llamawatch.changes import ResolutionRules
from llamawatch.config import load_settings
from llamawatch.evaluation.state import format_state_report, gold_facts, load_truth, score_facts

CORPUS = Path(__file__).resolve().parent.parent.parent.joinpath("shared/corpus")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--shuffle", type=int, default=None, help="ingest order seed (--state)")
    parser.add_argument(
        "--extra", type=Path, action="append", default=[], help="another labelled set (DIR/posts)"
    )
    args = parser.parse_args()
    truth = args.corpus / "truth.json"
    folders = [args.corpus / "dev" / "posts", args.corpus / "news" / "posts"]
    folders += [extra / "posts" for extra in args.extra]
    if not truth.exists() or not all(f.is_dir() for f in folders):
        print(f"skipped: no corpus at {args.corpus}")
        return 0
    from llamawatch.cli.eval_cmd import evaluate_state

    settings = load_settings(None, environ={})
    checkpoints = load_truth(truth)

    started = time.perf_counter()
    facts, warnings = gold_facts(folders)
    gold = score_facts(checkpoints, facts, rules=ResolutionRules.from_settings(settings))
    print(
        f"== gold facts resolved directly ({len(facts)} facts, "
        f"{time.perf_counter() - started:.1f} s)"
    )
    print(format_state_report(gold))
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)

    started = time.perf_counter()
    report, again, errors = evaluate_state(
        [str(f) for f in folders], truth, settings, shuffle=args.shuffle
    )
    order = "file order" if args.shuffle is None else f"shuffled, seed {args.shuffle}"
    print(f"\n== backfill with the extractor ({order}, {time.perf_counter() - started:.1f} s)")
    print(format_state_report(report))
    print(f"second backfill: {again} new events")
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
