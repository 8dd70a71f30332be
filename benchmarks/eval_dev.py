"""Score the extractor on the shared DEV corpus and check it against its floor.

Runs ``llamawatch eval`` logic on ../shared/corpus/dev (when present; skips with
exit status 0 otherwise), prints precision/recall/F1 per attribute and certainty
agreement, and exits 1 below the pinned floor (``DEV_FLOORS``; lowering it is a
deliberate edit).

    python benchmarks/eval_dev.py [--details] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from llamawatch.cli.eval_cmd import evaluate_files
from llamawatch.cli.extract_cmd import expand_paths
from llamawatch.evaluation.extraction import format_report
from llamawatch.extractors.models import ModelCatalog

DEV_CORPUS = Path(__file__).resolve().parent.parent.parent.joinpath("shared/corpus/dev")
#: floors measured on the DEV corpus (issue 3 targets: F1 >= 0.90, certainty >= 0.85)
DEV_FLOORS = {"f1": 0.97, "precision": 0.97, "certainty": 0.95}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS)
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    gold = args.corpus / "gold.json"
    if not gold.exists():
        print(f"skipped: no corpus at {args.corpus}")
        return 0
    report, errors = evaluate_files(
        gold, expand_paths([str(args.corpus / "posts")]), ModelCatalog.default()
    )
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    print(format_report(report, details=args.details))
    failed = [
        name
        for name, value in (
            ("f1", report.overall.f1),
            ("precision", report.overall.precision),
            ("certainty", report.certainty_agreement),
        )
        if value < DEV_FLOORS[name]
    ]
    if failed:
        print(f"below the DEV floor: {', '.join(failed)} (floors {DEV_FLOORS})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
