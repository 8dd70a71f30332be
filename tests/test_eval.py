"""Scoring (docs/facts.md, "How extraction is scored") and the ``llamawatch eval`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from llamawatch.cli import cli
from llamawatch.evaluation.extraction import (
    Counts,
    ScoredFact,
    format_report,
    score_corpus,
    score_post,
    values_match,
)


def fact(model: str, attribute: str, value: object, certainty: str = "confirmed") -> dict:
    return {"model": model, "attribute": attribute, "value": value, "certainty": certainty}


@pytest.mark.parametrize(
    ("attribute", "predicted", "gold", "same"),
    [
        ("params_total", 404_000_000_000, 400_000_000_000, True),  # within 2 %
        ("params_total", 409_000_000_000, 400_000_000_000, False),
        ("context_window", 128_000, 128_000, True),
        ("modalities", ["text", "image"], ["image", "text"], True),
        ("modalities", ["text"], ["image", "text"], False),
        ("release_date", "2025-04", "2025-04", True),
        ("release_date", "2025-04", "2025-04-05", False),
        ("openness", "open_weights", "open_source", False),
        ("params_total", "400B", 400_000_000_000, False),
    ],
)
def test_values_match(attribute: str, predicted: object, gold: object, same: bool) -> None:
    assert values_match(attribute, predicted, gold) is same


def test_counts_scores() -> None:
    counts = Counts(tp=8, fp=2, fn=8)
    assert counts.precision == pytest.approx(0.8)
    assert counts.recall == pytest.approx(0.5)
    assert counts.f1 == pytest.approx(2 * 0.8 * 0.5 / 1.3)
    assert Counts().precision == 1.0 and Counts().recall == 1.0


def test_matching_is_one_to_one_and_names_ignore_case() -> None:
    predicted = [
        ScoredFact("p", "llama 2", "params_total", 70_000_000_000),
        ScoredFact("p", "Llama 2", "params_total", 70_500_000_000),  # a duplicate within 2 %
        ScoredFact("p", "Llama 2", "status", "released"),
    ]
    gold = [
        ScoredFact("p", "Llama 2", "params_total", 70_000_000_000),
        ScoredFact("p", "Llama 2", "license", "llama-2-community"),
    ]
    pairs, false_positives, false_negatives = score_post(predicted, gold)
    assert [(p.attribute, g.attribute) for p, g in pairs] == [("params_total", "params_total")]
    assert [f.attribute for f in false_positives] == ["status"]
    assert [f.attribute for f in false_negatives] == ["license"]


def test_score_corpus_per_attribute_and_certainty() -> None:
    gold = {
        "a.md": [
            fact("Avocado", "openness", "closed", "reported"),
            fact("Avocado", "status", "upcoming"),
        ],
        "b.md": [fact("Llama 3", "context_window", 8000)],
    }
    predicted = {
        "a.md": [
            fact("Avocado", "openness", "closed", "speculative"),
            fact("Avocado", "status", "upcoming"),
        ],
        "b.md": [fact("Llama 3", "context_window", 8192), fact("Llama 3", "architecture", "dense")],
    }
    report = score_corpus(predicted, gold)
    assert report.overall == Counts(tp=2, fp=2, fn=1)
    assert report.by_attribute["openness"] == Counts(tp=1)
    assert report.by_attribute["context_window"] == Counts(fp=1, fn=1)
    assert report.certainty_agreement == pytest.approx(0.5)
    assert [(p.certainty, g.certainty) for p, g in report.certainty_misses] == [
        ("speculative", "reported")
    ]
    text = format_report(report, details=True)
    assert "overall" in text and "certainty agreement: 0.500" in text
    assert json.loads(json.dumps(report.to_json()))["overall"]["tp"] == 2


def test_missing_predictions_count_as_misses() -> None:
    report = score_corpus({}, {"a.md": [fact("Llama 2", "status", "released")]})
    assert report.overall == Counts(fn=1)
    assert report.overall.f1 == 0.0


def _write_corpus(root: Path) -> tuple[Path, Path]:
    posts = root / "posts"
    posts.mkdir()
    (posts / "one.md").write_text(
        "---\ntitle: One\nurl: https://example.org/one\npublished: 2024-07-23\n---\n\n"
        "Meta released Llama 3.1 today in 8B, 70B and 405B sizes.\n",
        encoding="utf-8",
    )
    gold = root / "gold.json"
    gold.write_text(
        json.dumps(
            {
                "posts": {
                    "one.md": [
                        fact("Llama 3.1", "status", "released"),
                        fact("Llama 3.1", "release_date", "2024-07-23"),
                        fact("Llama 3.1", "params_total", 405_000_000_000),
                        fact("Llama 3.1", "license", "llama-3.1-community"),
                    ]
                }
            }
        ),
        encoding="utf-8",
    )
    return gold, posts


def test_eval_command_reports_and_gates(tmp_path: Path) -> None:
    gold, posts = _write_corpus(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", "--gold", str(gold), str(posts), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["overall"]["tp"] == 3 and report["overall"]["fn"] == 1
    assert report["overall"]["precision"] == 1.0
    text = runner.invoke(cli, ["eval", "--gold", str(gold), str(posts / "one.md")])
    assert "params_total" in text.output and "certainty agreement" in text.output
    gated = runner.invoke(cli, ["eval", "--gold", str(gold), str(posts), "--min-f1", "0.99"])
    assert gated.exit_code == 1
    assert "below the floor" in gated.output


def test_eval_command_rejects_a_bad_gold_file(tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text('{"facts": []}', encoding="utf-8")
    post = tmp_path / "p.md"
    post.write_text("Llama 2 is out.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "--gold", str(gold), str(post)])
    assert result.exit_code == 1
    assert "expected" in result.output


# --- state accuracy against world-truth checkpoints (eval --state / --gold-state) -------------

MINI_POSTS = {
    "one.md": (
        "https://lab.example/llama3",
        "2024-04-18",
        "Meta released Llama 3 today. Llama 3 has a context window of 8,192 tokens.",
    ),
    "two.md": (
        "https://press.example/preview",
        "2024-03-01",
        "Meta plans to release Llama 3 this summer, two engineers told us.",
    ),
    "three.md": (
        "https://late.example/story",
        "2024-04-25",
        "Meta will release Llama 3 soon, the company said.",
    ),
}
MINI_TRUTH = {
    "checkpoints": [
        {"model": "Llama 3", "attribute": "status", "as_of": "2024-03-15", "accept": ["upcoming"]},
        {"model": "Llama 3", "attribute": "status", "as_of": "2024-05-01", "accept": ["released"]},
        {
            "model": "Llama 3",
            "attribute": "context_window",
            "as_of": "2024-05-01",
            "accept": [8192],
        },
        {"model": "Llama 3", "attribute": "license", "as_of": "2024-05-01", "accept": ["mit"]},
    ]
}


def mini_corpus(root: Path) -> tuple[Path, Path]:
    """Write three invented posts, their gold facts and a truth file; return (posts, truth)."""
    posts = root / "posts"
    posts.mkdir()
    for name, (url, published, text) in MINI_POSTS.items():
        (posts / name).write_text(
            f'---\ntitle: "{name}"\nurl: "{url}"\npublished: {published}\n---\n\n{text}\n',
            encoding="utf-8",
        )
    gold = {
        "posts": {
            "one.md": [
                fact("Llama 3", "status", "released"),
                fact("Llama 3", "context_window", 8192),
            ],
            "two.md": [fact("Llama 3", "status", "upcoming", "reported")],
            "three.md": [fact("Llama 3", "status", "upcoming")],
        }
    }
    (root / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    truth = root / "truth.json"
    truth.write_text(json.dumps(MINI_TRUTH), encoding="utf-8")
    return posts, truth


def test_state_mode_backfills_with_the_extractor_and_scores_checkpoints(tmp_path: Path) -> None:
    posts, truth = mini_corpus(tmp_path)
    runner = CliRunner()
    result = runner.invoke(
        cli, ["eval", "--state", "--truth", str(truth), "--format", "json", str(posts)]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    # the late "will release" is lag: the state stays released, no flip-flop
    assert (report["matched"], report["checkpoints"], report["flip_flops"]) == (3, 4, 0)
    assert report["unsupported"] == 1 and report["accuracy_with_evidence"] == 1.0
    assert [m["attribute"] for m in report["misses"]] == ["license"]
    assert report["second_backfill_events"] == 0
    shuffled = runner.invoke(
        cli, ["eval", "--state", "--shuffle", "7", "--truth", str(truth), str(posts)]
    )
    assert shuffled.exit_code == 0
    assert "state accuracy 0.750 (3/4 checkpoints)" in shuffled.output
    assert "miss Llama 3 license as of 2024-05-01: nothing (want mit)" in shuffled.output


def test_gold_state_mode_resolves_gold_facts_without_extraction(tmp_path: Path) -> None:
    posts, truth = mini_corpus(tmp_path)
    result = CliRunner().invoke(
        cli, ["eval", "--gold-state", "--truth", str(truth), "--format", "json", str(posts)]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["matched"], report["flip_flops"], report["events"]) == (3, 0, 3)


def test_state_modes_need_a_truth_file_and_plain_eval_needs_gold(tmp_path: Path) -> None:
    posts, _ = mini_corpus(tmp_path)
    result = CliRunner().invoke(cli, ["eval", "--state", str(posts)])
    assert result.exit_code == 2 and "--truth" in result.output
    result = CliRunner().invoke(cli, ["eval", str(posts)])
    assert result.exit_code == 2 and "--gold GOLD.json" in result.output
    bad = tmp_path / "bad.json"
    bad.write_text('{"checkpoints": [{"model": "X"}]}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "--gold-state", "--truth", str(bad), str(posts)])
    assert result.exit_code != 0 and "checkpoint 0 is malformed" in result.output
    assert "Traceback" not in result.output


def test_flip_flops_are_returns_to_a_left_value_within_the_window() -> None:
    import datetime as dt

    from llamawatch.evaluation.state import flip_flops
    from llamawatch.records import ChangeEvent

    def event(day: int, old: object, new: object) -> ChangeEvent:
        return ChangeEvent(
            dt.date(2030, 1, 1) + dt.timedelta(days=day),
            "Zephyr",
            "params_total",
            old,  # type: ignore[arg-type]
            new,  # type: ignore[arg-type]
            "confirmed",
            "digest",
            "",
            "https://x.example/",
        )

    back = [event(0, None, 70), event(10, 70, 175), event(30, 175, 70)]
    assert [f.back.date.day for f in flip_flops(back)] == [31]
    late = [event(0, None, 70), event(10, 70, 175), event(200, 175, 70)]
    assert flip_flops(late) == []
    refined = [
        ChangeEvent(dt.date(2030, 1, d), "Z", "release_date", o, n, "confirmed", "digest", "", "")
        for d, o, n in [(1, None, "2030"), (2, "2030", "2030-07"), (3, "2030-07", "2030-07-04")]
    ]
    assert flip_flops(refined) == []


def test_gold_state_skips_a_broken_gold_entry_with_a_reason(tmp_path: Path) -> None:
    posts, truth = mini_corpus(tmp_path)
    gold = json.loads((tmp_path / "gold.json").read_text(encoding="utf-8"))
    gold["posts"]["three.md"].append({"model": "Llama 3", "attribute": "status"})  # no value
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "--gold-state", "--truth", str(truth), str(posts)])
    assert result.exit_code == 0
    assert "three.md fact 1 skipped" in result.output
    assert "state accuracy 0.750 (3/4 checkpoints)" in result.output
