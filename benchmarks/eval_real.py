"""Score the extractor on the shared real-text corpora in one run.

Reads ../shared/corpus when present (exit status 0 with a note when absent) and
prints: the news TUNE split (posts not named in ``news/check.txt``) and the news
CHECK split (posts named there) with P/R/F1 per attribute and certainty agreement,
the dev corpus scores, the web corpus (unrelated pages: facts found and distinct
model names outside the catalog, both should be 0), and extraction speed.

``--extra DIR`` also scores another labelled real-text set laid out the same way
(``DIR/gold.json`` and ``DIR/posts``), aggregate only: a held-out yardstick like the
check split, never a debugging aid.

``--breakdown`` adds, for every split, counts of errors by kind (a fact given to a
sibling model, a wrong value, an attribute the post does not state, a model the
labels do not name, a fact from a post with none): aggregate figures, safe to read
for the held-out splits, that say where the errors come from.

``--details tune`` lists false positives, misses and certainty disagreements of
the tune split (with evidence). The check split is only ever shown as aggregate
scores: it is the held-out yardstick, never a debugging aid.

    python benchmarks/eval_real.py [--details tune] [--breakdown] [--corpus DIR]
                                   [--only news|dev|web] [--extra DIR]...
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from llamawatch.cli.eval_cmd import load_gold, match_predictions
from llamawatch.cli.extract_cmd import FileResult, expand_paths, extract_files
from llamawatch.evaluation.extraction import EvalReport, ScoredFact, format_report, score_corpus
from llamawatch.extractors.models import ModelCatalog

CORPUS = Path(__file__).resolve().parent.parent.parent.joinpath("shared/corpus")


def _score(
    gold: dict[str, list], results: list[FileResult], keep: set[str] | None
) -> tuple[EvalReport, str]:
    """Score the gold entries whose post name is in ``keep`` (all when None).

    Returns the report and its breakdown of errors by kind (aggregate figures).
    """
    chosen = {k: v for k, v in gold.items() if keep is None or k in keep}
    wanted = [r for r in results if keep is None or r.path.name in keep]
    predicted, warnings = match_predictions(chosen, wanted)
    report = score_corpus(predicted, chosen, warnings=warnings)
    return report, _breakdown(report, chosen, predicted)


def _error_kind(fact: ScoredFact, labels: Sequence[Mapping[str, Any]], mine: bool) -> str:
    """Say why one fact is an error, from the labels of its post alone.

    ``mine`` is True for a false positive (``labels`` are the gold facts of its post)
    and False for a miss (``labels`` are the facts predicted for its post).
    """
    model = fact.model.casefold()
    named = {str(label["model"]).casefold() for label in labels}
    same_key = [
        label
        for label in labels
        if str(label["model"]).casefold() == model and label["attribute"] == fact.attribute
    ]
    sibling = any(
        label["attribute"] == fact.attribute and label["value"] == fact.value for label in labels
    )
    if same_key:
        return "other value for the same model"
    if sibling:
        return "same value under another model name"
    if model in named:
        return "attribute not stated" if mine else "attribute missed"
    if not labels:
        return "post with no labelled facts" if mine else "post with no facts found"
    return "model the labels do not name" if mine else "model never found in the post"


def _breakdown(
    report: EvalReport,
    gold: Mapping[str, Sequence[Mapping[str, Any]]],
    predicted: Mapping[str, Sequence[Any]],
) -> str:
    """Count false positives and misses by kind of error, per attribute (aggregate)."""
    found = {
        post: [
            {"model": f.model, "attribute": f.attribute, "value": f.to_json()["value"]}
            for f in facts
        ]
        for post, facts in predicted.items()
    }
    kinds: Counter[tuple[str, str, str]] = Counter()
    for fact in report.false_positives:
        kinds[
            "false positive", _error_kind(fact, gold.get(fact.post, []), True), fact.attribute
        ] += 1
    for fact in report.false_negatives:
        kinds["miss", _error_kind(fact, found.get(fact.post, []), False), fact.attribute] += 1
    silent = sum(1 for post, labels in gold.items() if labels and not predicted.get(post))
    lines = [f"posts with labelled facts where none were found: {silent}"]
    for side in ("false positive", "miss"):
        totals: Counter[str] = Counter()
        for (s, kind, _), n in kinds.items():
            if s == side:
                totals[kind] += n
        plural = "misses" if side == "miss" else "false positives"
        lines.append(f"{plural} by kind ({sum(totals.values())}):")
        for kind, n in totals.most_common():
            parts = sorted(
                ((a, m) for (s, k, a), m in kinds.items() if s == side and k == kind),
                key=lambda item: -item[1],
            )
            lines.append(f"  {n:3d}  {kind}: " + ", ".join(f"{a} {m}" for a, m in parts))
    return "\n".join(lines)


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


def _score_extra(directory: Path, breakdown: bool) -> None:
    """Print aggregate scores of a held-out labelled set, or why it was skipped."""
    gold_path, posts = directory / "gold.json", directory / "posts"
    if not gold_path.is_file() or not posts.is_dir():
        print(f"== extra: skipped, no gold.json and posts/ in {directory}\n")
        return
    results = extract_files(expand_paths([str(posts)]), ModelCatalog.default())
    report, kinds = _score(load_gold(gold_path), results, None)
    print(f"== extra {directory.name} ({report.posts} posts; aggregate only)")
    print(format_report(report).split("\nwarning")[0])
    print((kinds + "\n") if breakdown else "")


def _timed_extract(paths: list[Path], catalog: ModelCatalog) -> tuple[list[FileResult], float]:
    start = time.process_time()
    results = extract_files(paths, catalog)
    return results, time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--details", choices=["tune"], default=None)
    parser.add_argument(
        "--breakdown", action="store_true", help="Count errors by kind (aggregate) per split."
    )
    parser.add_argument("--only", choices=["news", "dev", "web"], default=None)
    parser.add_argument("--no-check", action="store_true", help="Skip the check split.")
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=[],
        help="Another labelled real-text set (DIR/gold.json, DIR/posts): aggregate scores only."
        " May be given more than once.",
    )
    args = parser.parse_args()
    for extra in args.extra:
        _score_extra(extra, args.breakdown)
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
        tune, kinds = _score(gold, results, tune_names)
        print(f"== news TUNE ({tune.posts} posts)")
        print(format_report(tune))
        if args.breakdown:
            print(kinds)
        if args.details == "tune":
            print(_details(tune))
        if not args.no_check:
            report, kinds = _score(gold, results, check)
            print(f"\n== news CHECK ({report.posts} posts; aggregate only)")
            print(format_report(report).split("\nwarning")[0])
            if args.breakdown:
                print(kinds)

    if args.only in (None, "dev"):
        dev = args.corpus / "dev"
        paths = expand_paths([str(dev / "posts")])
        results, spent = _timed_extract(paths, catalog)
        seconds += spent
        posts += len(paths)
        chars += sum(p.stat().st_size for p in paths)
        report, _ = _score(load_gold(dev / "gold.json"), results, None)
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
