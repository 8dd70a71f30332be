"""Extraction quality gate: F1, precision and certainty floors on labelled corpora.

The floors live in ``tests/eval_baseline.json``. The project's own fixture corpus
(``tests/data/extract/corpus``) is required; other labelled corpora are gated when
present. A corpus with an ``exclude`` list is scored without the posts it names (a
held-out split). Lowering a floor is a deliberate edit of the baseline file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers_extract import catalog

from llamawatch.cli.eval_cmd import evaluate_files, load_gold, match_predictions
from llamawatch.cli.extract_cmd import expand_paths, extract_files
from llamawatch.evaluation.extraction import EvalReport, format_report, score_corpus

TESTS = Path(__file__).parent
BASELINE = json.loads((TESTS / "eval_baseline.json").read_text("utf-8"))["corpora"]


@pytest.mark.parametrize("name", sorted(BASELINE))
def test_extraction_meets_pinned_floors(name: str) -> None:
    floors: dict[str, Any] = BASELINE[name]
    gold, posts = TESTS / floors["gold"], TESTS / floors["posts"]
    if not gold.exists():
        if floors["required"]:
            pytest.fail(f"required corpus {name} is missing: {gold}")
        pytest.skip(f"corpus {name} not present")
    if "exclude" in floors:
        report, errors = _score_split(gold, posts, TESTS / floors["exclude"])
    else:
        report, errors = evaluate_files(gold, expand_paths([str(posts)]), catalog())
    shown = f"{name}:\n{format_report(report, details=True)}"
    assert not errors, shown
    assert report.posts > 0, shown
    assert report.overall.f1 >= floors["min_f1"], shown
    assert report.overall.precision >= floors["min_precision"], shown
    assert report.certainty_agreement >= floors["min_certainty"], shown
    for attribute, floor in floors["min_attribute_f1"].items():
        assert report.by_attribute[attribute].f1 >= floor, f"{attribute}\n{shown}"


def _score_split(gold_path: Path, posts: Path, exclude: Path) -> tuple[EvalReport, list[str]]:
    """Score the posts not named in ``exclude`` (a held-out list, one file name a line)."""
    held_out = {line.strip() for line in exclude.read_text("utf-8").splitlines() if line.strip()}
    gold = {k: v for k, v in load_gold(gold_path).items() if k not in held_out}
    paths = [p for p in expand_paths([str(posts)]) if p.name not in held_out]
    results = extract_files(paths, catalog())
    predicted, warnings = match_predictions(gold, results)
    errors = [r.error for r in results if r.error]
    return score_corpus(predicted, gold, warnings=warnings), errors


def test_fixture_corpus_never_calls_a_released_model_closed() -> None:
    """The worst error: "closed" on a model the same corpus presents as released."""
    gold_path = TESTS / BASELINE["fixtures"]["gold"]
    report, _ = evaluate_files(
        gold_path, expand_paths([str(TESTS / BASELINE["fixtures"]["posts"])]), catalog()
    )
    gold = json.loads(gold_path.read_text("utf-8"))["posts"]
    released = {
        (post, f["model"])
        for post, facts in gold.items()
        for f in facts
        if f["value"] == "released"
    }
    closed = [f for f in report.false_positives if f.value == "closed"]
    assert not [f for f in closed if (f.post, f.model) in released]
