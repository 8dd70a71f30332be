"""``llamawatch extract FILE...``: print the facts of local post files.

One JSON array for all files (docs/facts.md), or a readable list. A file that
cannot be read gives one line on stderr; the other files are still processed, the
JSON printed is still valid, and the exit status is 3 (some inputs were skipped).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from llamawatch.errors import LlamawatchError
from llamawatch.extractors.models import ModelCatalog
from llamawatch.records import ExtractedPost, Fact, value_to_json

if TYPE_CHECKING:
    from llamawatch.cli import App
    from llamawatch.extractors.models import ModelCatalog

log = logging.getLogger(__name__)

#: exit status when some inputs could not be read (the others' facts are still printed)
SKIPPED_EXIT = 3


@dataclass(frozen=True, slots=True)
class FileResult:
    """What became of one file: its extracted post, or why it could not be read."""

    path: Path
    extracted: ExtractedPost | None
    error: str | None = None


def expand_paths(paths: Iterable[str]) -> list[Path]:
    """Return the files named, with folders replaced by the post files inside them."""
    # why: loads yaml ~110 ms; every command (and --help) imports this module
    from llamawatch.extractors.local import POST_SUFFIXES

    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(
                sorted(
                    p for p in path.rglob("*") if p.suffix.lower() in POST_SUFFIXES and p.is_file()
                )
            )
        else:
            files.append(path)
    return files


def extract_files(paths: Sequence[Path], catalog: ModelCatalog) -> list[FileResult]:
    """Read and extract each file; a failure is recorded for that file only."""
    # why: loads yaml ~110 ms; every command (and --help) imports this module
    from llamawatch.extractors.local import read_post_file

    # why: read when the command runs, so a replaced extractor (tests) applies
    from llamawatch.extractors.pipeline import extract_post

    results: list[FileResult] = []
    for path in paths:
        try:
            post = read_post_file(path, max_bytes=catalog.max_post_bytes)
        except LlamawatchError as exc:
            results.append(FileResult(path, None, str(exc)))
            continue
        except Exception as exc:  # a reader bug on one odd file must not stop the others
            log.exception("reading %s failed", path)
            results.append(FileResult(path, None, f"{path}: cannot read: {exc}"))
            continue
        extracted = extract_post(post, catalog)
        error = f"{path}: {extracted.error}" if extracted.error else None
        results.append(FileResult(path, extracted, error))
    return results


def explain_text(result: FileResult, catalog: ModelCatalog) -> str:
    """Return the readable explanation of one file's facts (``extract --explain``)."""
    # why: loads llamawatch.extractors.facts ~230 ms; every command (and --help) imports this module
    from llamawatch.extractors.facts import explain_facts

    lines = [f"== {result.path}"]
    if result.extracted is None or result.extracted.article is None:
        lines.append(f"   skipped: {result.error}")
        return "\n".join(lines)
    explanation = explain_facts(result.extracted.article, catalog)
    for fact, why in explanation.facts:
        value = json.dumps(value_to_json(fact.value), ensure_ascii=False)
        lines.append(f"{fact.model} | {fact.attribute} = {value} ({fact.certainty})")
        lines.append(f"    clause: “{fact.evidence}”")
        lines.append(f"    why: {why}")
    if not explanation.facts:
        lines.append("   no facts")
        lines.extend(f"   set aside: {reason}" for reason in explanation.set_aside)
        if not explanation.set_aside:
            lines.append("   no Meta model is named")
    return "\n".join(lines)


@click.command("extract")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "text"]),
    default="json",
    show_default=True,
    help="A JSON array of facts, or one readable line per fact.",
)
@click.option(
    "--explain",
    is_flag=True,
    help="For each fact, the clause, how it was read and why its certainty; for a post "
    "without facts, the models it names and why each was set aside.",
)
@click.pass_obj
def command(app: App, files: tuple[str, ...], output_format: str, explain: bool) -> None:
    """Extract facts from post files (.md with front matter, .txt, .html) or folders of them."""

    catalog = ModelCatalog.from_settings(app.settings)
    results = extract_files(expand_paths(files), catalog)
    if explain:
        for result in results:
            if result.error:
                click.echo(f"error: {result.error}", err=True)
            click.echo(explain_text(result, catalog))
        if any(r.error for r in results):
            raise SystemExit(SKIPPED_EXIT)
        return
    failed = False
    facts: list[Fact] = []
    for result in results:
        if result.error:
            failed = True
            click.echo(f"error: {result.error}", err=True)
        if result.extracted:
            facts.extend(result.extracted.facts)
    if output_format == "json":
        click.echo(json.dumps([f.to_json() for f in facts], indent=2, ensure_ascii=False))
    else:
        for fact in facts:
            value = json.dumps(value_to_json(fact.value), ensure_ascii=False)
            click.echo(
                f"{fact.model} | {fact.attribute} = {value} ({fact.certainty})\n"
                f"    “{fact.evidence}”\n    {fact.source} {fact.published or ''}".rstrip()
            )
    if failed:
        raise SystemExit(SKIPPED_EXIT)
