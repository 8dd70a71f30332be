"""``llamawatch eval``: score the extractor on labelled posts, or the resolved state.

``--gold GOLD.json POSTS...`` scores extraction; ``--state --truth T POSTS_DIR...``
backfills the folders into a scratch database and scores the state as of each
checkpoint; ``--gold-state`` resolves the folders' gold facts directly.

``llamawatch eval --reviewed`` scores it on the stored posts people reviewed instead
(``llamawatch.evaluation.review.score_reviewed``).

The gold file has the layout ``{"posts": {"<post file name>": [fact, ...]}}``. A gold
entry is matched to a post by its file name, its path or its URL (the front matter's
``url``). Prints precision, recall and F1 per attribute and overall, and certainty
agreement (docs/facts.md, "How extraction is scored"); ``--min-f1`` makes it a gate.
"""

from __future__ import annotations

import json
import random
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from llamawatch.changes import ResolutionRules
from llamawatch.cli.extract_cmd import expand_paths, extract_files
from llamawatch.errors import LlamawatchError
from llamawatch.evaluation.extraction import Counts, format_report, score_corpus
from llamawatch.evaluation.review import (
    ReviewedScore,
    format_reviewed,
    reviewed_to_json,
    score_reviewed,
)
from llamawatch.extractors.models import ModelCatalog

if TYPE_CHECKING:
    from llamawatch.cli import App
    from llamawatch.cli.extract_cmd import FileResult
    from llamawatch.evaluation.extraction import EvalReport
    from llamawatch.evaluation.state import StateReport
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

    gold = load_gold(gold_path)
    results = extract_files(post_paths, catalog)
    errors = [r.error for r in results if r.error]
    predicted, warnings = match_predictions(gold, results)
    return score_corpus(predicted, gold, warnings=warnings), errors


def evaluate_reviewed(app: App, catalog: ModelCatalog) -> dict[str, Any]:
    """Score the current extractor on the stored posts people reviewed; return the JSON."""
    # why: read when the command runs, so a replaced extractor (tests) applies
    from llamawatch.extractors.pipeline import extract_post

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.review import decided_posts, load_decisions

    with session_scope(app.engine(), commit=False) as session:
        decisions = load_decisions(session)
        posts = decided_posts(session)
    predicted = {digest: list(extract_post(post, catalog).facts) for digest, post in posts.items()}
    return reviewed_to_json(score_reviewed(decisions, predicted))


def backfill_folders(
    engine: Any,
    folders: Sequence[str],
    settings: Any,
    *,
    shuffle: int | None = None,
    batch_size: int = 25,
) -> tuple[int, list[str]]:
    """Ingest posts the way a backfill does, without Prefect; return (new events, errors).

    Reads the folders with the archive loader, extracts with the real extractor,
    stores each batch and refreshes the touched history after it (so a shuffled
    order exercises incremental refresh too).
    """

    # why: read when the command runs, so a replaced extractor (tests) applies
    from llamawatch.extractors.facts import EXTRACTOR_VERSION

    # why: loads llamawatch.extractors.facts ~230 ms, yaml ~110 ms
    from llamawatch.extractors.pipeline import extract_posts

    # why: loads httpx ~320 ms, yaml ~110 ms and more
    from llamawatch.sources.archive import iter_posts

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.history import refresh_history

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.posts import save_extracted

    errors: list[str] = []
    posts = list(iter_posts(folders, on_error=lambda where, exc: errors.append(f"{where}: {exc}")))
    if shuffle is not None:
        random.Random(shuffle).shuffle(posts)
    catalog = ModelCatalog.from_settings(settings)
    rules = ResolutionRules.from_settings(settings)
    added = 0
    for start in range(0, len(posts), batch_size):
        extracted = extract_posts(posts[start : start + batch_size], catalog)
        errors.extend(f"{item.post.url}: {item.error}" for item in extracted if item.error)
        with session_scope(engine) as session:
            saved = save_extracted(
                session, extracted, source_name=None, extractor_version=EXTRACTOR_VERSION
            )
            diff = refresh_history(session, saved.touched, mode="baseline", rules=rules)
            added += len(diff.added)
    return added, errors


def score_database(engine: Any, truth: Path, settings: Any) -> StateReport:
    """Score the state a database holds, read as of each checkpoint, and its change events."""
    # why: loads yaml ~110 ms; every command (and --help) imports this module
    from llamawatch.evaluation.state import load_truth, score_state

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.history import load_events, load_state

    checkpoints = load_truth(truth)
    rules = ResolutionRules.from_settings(settings)
    with session_scope(engine, commit=False) as session:
        events = load_events(session)
        return score_state(
            checkpoints, lambda day: load_state(session, day, rules, hindsight=True), events
        )


def evaluate_state(
    folders: Sequence[str], truth: Path, settings: Any, *, shuffle: int | None = None
) -> tuple[StateReport, int, list[str]]:
    """Backfill folders into a scratch SQLite database and score its state.

    Returns the report, the events a second backfill of the same posts added
    (it should add none), and the posts that failed.
    """

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import open_database

    with tempfile.TemporaryDirectory(prefix="llamawatch-eval-") as scratch:
        engine = open_database(f"sqlite:///{scratch}/state.db")
        try:
            _, errors = backfill_folders(engine, folders, settings, shuffle=shuffle)
            report = score_database(engine, truth, settings)
            again, _ = backfill_folders(engine, folders, settings, shuffle=shuffle)
        finally:
            engine.dispose()
    return report, again, errors


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
@click.option(
    "--state",
    "state_mode",
    is_flag=True,
    help="Backfill the POSTS folders into a scratch database and score its state (--truth).",
)
@click.option(
    "--gold-state",
    "gold_state_mode",
    is_flag=True,
    help="Resolve the folders' gold.json facts directly (no extraction) and score the state.",
)
@click.option(
    "--truth",
    "truth_path",
    type=click.Path(path_type=Path),
    help='Checkpoints: {"checkpoints": [{"model", "attribute", "as_of", "accept": [...]}]}.',
)
@click.option("--shuffle", type=int, default=None, help="With --state: ingest in a seeded order.")
@click.pass_obj
def command(
    app: App,
    gold_path: Path | None,
    reviewed: bool,
    posts: tuple[str, ...],
    output_format: str,
    min_f1: float | None,
    details: bool,
    state_mode: bool,
    gold_state_mode: bool,
    truth_path: Path | None,
    shuffle: int | None,
) -> None:
    """Score fact extraction on labelled posts (or your review decisions), or the state."""
    if state_mode or gold_state_mode:
        _state_command(app, posts, truth_path, output_format, gold_state_mode, shuffle)
        return

    catalog = ModelCatalog.from_settings(app.settings)
    if reviewed:
        _eval_reviewed(app, catalog, output_format)
        return
    if gold_path is None or not posts:
        raise click.UsageError(
            "give --gold GOLD.json and POSTS..., --reviewed, or --state/--gold-state --truth FILE"
        )
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


def _state_command(
    app: App,
    folders: tuple[str, ...],
    truth: Path | None,
    output_format: str,
    gold: bool,
    shuffle: int | None,
) -> None:
    """Run --state or --gold-state and print the report."""
    # why: loads yaml ~110 ms; every command (and --help) imports this module
    from llamawatch.evaluation.state import format_state_report, gold_facts, load_truth, score_facts

    if truth is None:
        raise click.UsageError("--state and --gold-state need --truth TRUTH.json")
    again: int | None = None
    if gold:
        checkpoints = load_truth(truth)
        facts, errors = gold_facts([Path(f) for f in folders])
        report = score_facts(checkpoints, facts, rules=ResolutionRules.from_settings(app.settings))
    else:
        report, again, errors = evaluate_state(folders, truth, app.settings, shuffle=shuffle)
    for error in errors:
        click.echo(f"error: {error}", err=True)
    if output_format == "json":
        data = report.to_json()
        if again is not None:
            data["second_backfill_events"] = again
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(format_state_report(report))
    if again is not None:
        click.echo(f"second backfill: {again} new events")
