"""``llamawatch eval --gold GOLD.json POSTS...``: score the extractor on labelled posts.

``llamawatch eval --reviewed`` scores it on the stored posts people reviewed instead
(``llamawatch.review.score_reviewed``).

The gold file has the layout ``{"posts": {"<post file name>": [fact, ...]}}``. A gold
entry is matched to a post by its file name, its path or its URL (the front matter's
``url``). Prints precision, recall and F1 per attribute and overall, and certainty
agreement (FACTS.md "Scoring"); ``--min-f1`` makes it a gate.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from llamawatch.errors import LlamawatchError

if TYPE_CHECKING:
    from llamawatch.cli import App
    from llamawatch.cli.extract_cmd import FileResult
    from llamawatch.evaluate import EvalReport
    from llamawatch.extractors.models import ModelCatalog


def load_gold(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Read a gold file; raise LlamawatchError with one line if it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LlamawatchError(f"gold file not found: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise LlamawatchError(f"{path}: cannot read gold file: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise LlamawatchError(f"{path}: not valid JSON: {exc}") from exc
    posts = data.get("posts") if isinstance(data, dict) else None
    if not isinstance(posts, dict) or not all(isinstance(v, list) for v in posts.values()):
        raise LlamawatchError(f'{path}: expected {{"posts": {{"<file name>": [facts]}}}}')
    return posts


def match_predictions(
    gold: Mapping[str, Sequence[Mapping[str, Any]]], results: Sequence[FileResult]
) -> tuple[dict[str, list[Any]], list[str]]:
    """Pair gold entries with extracted posts by file name, path or URL; return warnings."""
    by_name: dict[str, FileResult] = {}
    for result in results:
        keys = {result.path.name, str(result.path), result.path.stem}
        if result.extracted:
            keys.add(result.extracted.post.url)
        for key in keys:
            by_name.setdefault(key, result)
    predicted: dict[str, list[Any]] = {}
    warnings: list[str] = []
    used: set[Path] = set()
    for key, facts in gold.items():
        found: FileResult | None = by_name.get(key) or by_name.get(Path(key).name)
        if found is None:
            sources = {str(f.get("source", "")) for f in facts} - {""}
            found = next((by_name[s] for s in sources if s in by_name), None)
        if found is None:
            warnings.append(f"no post given for gold entry {key!r}: its facts count as missed")
            continue
        used.add(found.path)
        predicted[key] = list(found.extracted.facts) if found.extracted else []
    for result in results:
        if result.path not in used:
            warnings.append(f"{result.path}: no gold entry, not scored")
    return predicted, warnings


def evaluate_files(
    gold_path: Path, post_paths: Sequence[Path], catalog: ModelCatalog
) -> tuple[EvalReport, list[str]]:
    """Extract the posts and score them against the gold file; return report and errors."""
    from llamawatch.cli.extract_cmd import extract_files
    from llamawatch.evaluate import score_corpus

    gold = load_gold(gold_path)
    results = extract_files(post_paths, catalog)
    errors = [r.error for r in results if r.error]
    predicted, warnings = match_predictions(gold, results)
    return score_corpus(predicted, gold, warnings=warnings), errors


def evaluate_reviewed(app: App, catalog: ModelCatalog) -> dict[str, Any]:
    """Score the current extractor on the stored posts people reviewed; return the JSON."""
    from llamawatch.extractors.pipeline import extract_post
    from llamawatch.review import reviewed_to_json, score_reviewed
    from llamawatch.storage.db import session_scope
    from llamawatch.storage.review import decided_posts, load_decisions

    with session_scope(app.engine(), commit=False) as session:
        decisions = load_decisions(session)
        posts = decided_posts(session)
    predicted = {digest: list(extract_post(post, catalog).facts) for digest, post in posts.items()}
    return reviewed_to_json(score_reviewed(decisions, predicted))


@click.command("eval")
@click.option(
    "--gold",
    "gold_path",
    type=click.Path(path_type=Path),
    help='Gold facts: {"posts": {"<post file name>": [fact, ...]}}.',
)
@click.option(
    "--reviewed",
    is_flag=True,
    help="Score against your review decisions in the database instead of a gold file.",
)
@click.argument("posts", nargs=-1, metavar="POSTS...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
@click.option("--min-f1", type=float, default=None, help="Exit 1 if overall F1 is below this.")
@click.option("--details", is_flag=True, help="List false positives, misses and certainty errors.")
@click.pass_obj
def command(
    app: App,
    gold_path: Path | None,
    reviewed: bool,
    posts: tuple[str, ...],
    output_format: str,
    min_f1: float | None,
    details: bool,
) -> None:
    """Score fact extraction on labelled posts (or on your review decisions): P/R/F1."""
    from llamawatch.cli.extract_cmd import expand_paths
    from llamawatch.evaluate import format_report
    from llamawatch.extractors.models import ModelCatalog

    catalog = ModelCatalog.from_settings(app.settings)
    if reviewed:
        _eval_reviewed(app, catalog, output_format)
        return
    if gold_path is None or not posts:
        raise click.UsageError("give --gold GOLD.json and POSTS..., or --reviewed")
    report, errors = evaluate_files(gold_path, expand_paths(posts), catalog)
    for error in errors:
        click.echo(f"error: {error}", err=True)
    if output_format == "json":
        click.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report, details=details))
    if min_f1 is not None and report.overall.f1 < min_f1:
        click.echo(f"F1 {report.overall.f1:.3f} is below the floor {min_f1:.3f}", err=True)
        raise SystemExit(1)


def _eval_reviewed(app: App, catalog: ModelCatalog, output_format: str) -> None:
    """Print the score on reviewed posts: precision, and recall where defined."""
    from llamawatch.evaluate import Counts
    from llamawatch.review import ReviewedScore, format_reviewed

    payload = evaluate_reviewed(app, catalog)
    if output_format == "json":
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    if not payload["posts"]:
        click.echo(f"no reviewed posts to score ({payload['orphaned']} orphaned decisions)")
        return
    by_attribute = {
        name: Counts(c["tp"], c["fp"], c["fn"]) for name, c in payload["attributes"].items()
    }
    click.echo(format_reviewed(ReviewedScore(by_attribute, payload["posts"], payload["orphaned"])))
