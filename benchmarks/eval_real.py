"""Score the extractor on the shared real-text corpora in one run.

Reads ../shared/corpus when present (exit status 0 with a note when absent) and
prints: the news TUNE split (posts not named in ``news/check.txt``) and the news
CHECK split (posts named there) with P/R/F1 per attribute and certainty agreement,
the dev corpus scores, the web corpus (unrelated pages: facts found and distinct
model names outside the catalog, both should be 0), and extraction speed.

``--extra DIR`` also scores another labelled real-text set laid out the same way
(``DIR/gold.json`` and ``DIR/posts``), aggregate only: a held-out yardstick like the
check split, never a debugging aid.

``--details tune`` lists false positives, misses and certainty disagreements of
the tune split (with evidence). The check split is only ever shown as aggregate
scores: it is the held-out yardstick, never a debugging aid.

    python benchmarks/eval_real.py [--details tune] [--corpus DIR] [--only news|dev|web]
                                   [--extra DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from llamawatch.cli.eval_cmd import load_gold, match_predictions
from llamawatch.cli.extract_cmd import FileResult, expand_paths, extract_files
from llamawatch.evaluate import EvalReport, format_report, score_corpus
from llamawatch.extractors.models import ModelCatalog

CORPUS = Path(__file__).resolve().parent.parent.parent.joinpath("shared/corpus")


def _score(gold: dict[str, list], results: list[FileResult], keep: set[str] | None) -> EvalReport:
    """Score the gold entries whose post name is in ``keep`` (all when None)."""
    chosen = {k: v for k, v in gold.items() if keep is None or k in keep}
    wanted = [r for r in results if keep is None or r.path.name in keep]
    predicted, warnings = match_predictions(chosen, wanted)
    return score_corpus(predicted, chosen, warnings=warnings)


def _details(report: EvalReport) -> str:
    """List false positives and misses with their evidence (tune split only)."""
    lines = ["false positives:"]
    lines += [
        f"  {f.post}: {f.model} | {f.attribute} = {f.value!r} ({f.certainty})\n"
        f"      << {f.evidence[:300]}"
        for f in report.false_positives
    ]
    lines.append("misses:")
    lines += [
        f"  {f.post}: {f.model} | {f.attribute} = {f.value!r} ({f.certainty})\n"
        f"      << {f.evidence[:300]}"
        for f in report.false_negatives
    ]
    lines.append("certainty disagreements (predicted vs gold):")
    lines += [
        f"  {p.post}: {p.model} | {p.attribute} = {p.value!r}: {p.certainty} vs {g.certainty}"
        f"\n      << {p.evidence[:300]}"
        for p, g in report.certainty_misses
    ]
    return "\n".join(lines)


def _score_extra(directory: Path) -> None:
    """Print aggregate scores of a held-out labelled set, or why it was skipped."""
    gold_path, posts = directory / "gold.json", directory / "posts"
    if not gold_path.is_file() or not posts.is_dir():
        print(f"== extra: skipped, no gold.json and posts/ in {directory}\n")
        return
    results = extract_files(expand_paths([str(posts)]), ModelCatalog.default())
    report = _score(load_gold(gold_path), results, None)
    print(f"== extra {directory.name} ({report.posts} posts; aggregate only)")
    print(format_report(report).split("\nwarning")[0] + "\n")


def _timed_extract(paths: list[Path], catalog: ModelCatalog) -> tuple[list[FileResult], float]:
    start = time.process_time()
    results = extract_files(paths, catalog)
    return results, time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--details", choices=["tune"], default=None)
    parser.add_argument("--only", choices=["news", "dev", "web"], default=None)
    parser.add_argument("--no-check", action="store_true", help="Skip the check split.")
    parser.add_argument(
        "--extra",
        type=Path,
        default=None,
        help="Another labelled real-text set (DIR/gold.json, DIR/posts): aggregate scores only.",
    )
    args = parser.parse_args()
    if args.extra is not None:
        _score_extra(args.extra)
    if not (args.corpus / "news" / "gold.json").exists():
        print(f"skipped: no corpus at {args.corpus}")
        return 0
    catalog = ModelCatalog.default()
    chars = 0
    seconds = 0.0
    posts = 0

    if args.only in (None, "news"):
        news = args.corpus / "news"
        check = {
            line.strip()
            for line in (news / "check.txt").read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        }
        gold = load_gold(news / "gold.json")
        paths = expand_paths([str(news / "posts")])
        results, spent = _timed_extract(paths, catalog)
        seconds += spent
        posts += len(paths)
        chars += sum(p.stat().st_size for p in paths)
        for error in (r.error for r in results if r.error):
            print(f"error: {error}", file=sys.stderr)
        tune_names = {p.name for p in paths} - check
        tune = _score(gold, results, tune_names)
        print(f"== news TUNE ({tune.posts} posts)")
        print(format_report(tune))
        if args.details == "tune":
            print(_details(tune))
        if not args.no_check:
            report = _score(gold, results, check)
            print(f"\n== news CHECK ({report.posts} posts; aggregate only)")
            print(format_report(report).split("\nwarning")[0])

    if args.only in (None, "dev"):
        dev = args.corpus / "dev"
        paths = expand_paths([str(dev / "posts")])
        results, spent = _timed_extract(paths, catalog)
        seconds += spent
        posts += len(paths)
        chars += sum(p.stat().st_size for p in paths)
        report = _score(load_gold(dev / "gold.json"), results, None)
        print(f"\n== dev ({report.posts} posts)")
        print(format_report(report, details=args.details == "tune"))

    if args.only in (None, "web"):
        web = args.corpus / "web"
        paths = expand_paths([str(web)])
        results, spent = _timed_extract(paths, catalog)
        seconds += spent
        posts += len(paths)
        chars += sum(p.stat().st_size for p in paths)
        facts = [f for r in results if r.extracted for f in r.extracted.facts]
        new = sorted({f.model for f in facts if catalog.canonical(f.model) is None})
        print(f"\n== web ({len(paths)} pages; expected 0 and 0)")
        print(f"facts: {len(facts)}  new model names: {len(new)} {new}")
        if args.details:
            for fact in facts:
                print(f"  {fact.source}: {fact.model} | {fact.attribute} = {fact.value!r}")
                print(f"      << {fact.evidence[:200]}")

    if seconds:
        print(
            f"\nspeed: {posts / seconds:.0f} files/s, {chars / 1000 / seconds:.0f} kB/s "
            f"(CPU time incl. reading and HTML parsing; {posts} files, {chars / 1e6:.1f} MB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
