"""`llamawatch facts`: facts entered by hand, imported from a file, or exported.

What an analyst learns elsewhere (a call, a PDF, a slide) goes in with a source
and a date; it resolves like any extracted fact and is marked as entered by
hand. ``facts import`` reads the shape ``facts export`` writes: a JSON array of
facts, or CSV with the same columns. A file with one bad row imports nothing
and names the line.
"""

from __future__ import annotations

from pathlib import Path

import click

from llamawatch.cli import App
from llamawatch.cli.review_cmd import echo_diff, refresh_after
from llamawatch.errors import LlamawatchError
from llamawatch.evaluation.review import FactFileError, facts_to_text, hand_fact, parse_facts_file
from llamawatch.records import ATTRIBUTES, CERTAINTIES, Fact


def _store(app: App, facts: list[Fact]) -> None:
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.review import add_hand_facts

    counted: list[int] = []

    def change(session):  # type: ignore[no-untyped-def]
        added, touched = add_hand_facts(session, facts)
        counted.append(added)
        return touched

    diff = refresh_after(app, change)
    skipped = len(facts) - counted[0]
    note = f" ({skipped} already entered)" if skipped else ""
    click.echo(f"added {counted[0]} fact{'s' if counted[0] != 1 else ''} by hand{note}")
    echo_diff(diff)


@click.group("facts")
def command() -> None:
    """Add facts by hand, import them from a file, or export the stored facts."""


@command.command("add")
@click.option("--model", required=True, help="Model name, e.g. 'Llama 4 Scout'.")
@click.option("--attribute", required=True, type=click.Choice(ATTRIBUTES))
@click.option("--value", required=True, help="The value (17B, 128000, image;text, closed, …).")
@click.option("--certainty", type=click.Choice(CERTAINTIES), default="confirmed", show_default=True)
@click.option("--source", required=True, help="Where it was read: a URL or a reference.")
@click.option("--date", "published", required=True, help="When it was said (YYYY-MM-DD).")
@click.option("--evidence", default="", help="The words that say it.")
@click.pass_obj
def add_command(
    app: App,
    model: str,
    attribute: str,
    value: str,
    certainty: str,
    source: str,
    published: str,
    evidence: str,
) -> None:
    """Enter one fact by hand; it resolves like any other and is marked as entered by hand."""

    fields = {
        "model": model,
        "attribute": attribute,
        "value": value,
        "certainty": certainty,
        "source": source,
        "published": published,
        "evidence": evidence,
    }
    try:
        fact = hand_fact(fields)
    except ValueError as exc:
        raise LlamawatchError(f"not a valid fact: {exc}") from exc
    _store(app, [fact])


@command.command("import")
@click.argument("path", type=click.Path(path_type=Path), metavar="FILE")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", "json", "csv"]),
    default="auto",
    show_default=True,
    help="auto: by the file's suffix.",
)
@click.pass_obj
def import_command(app: App, path: Path, fmt: str) -> None:
    """Import facts from a JSON array or a CSV file; one bad row imports nothing."""

    if fmt == "auto":
        fmt = "csv" if path.suffix.lower() == ".csv" else "json"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LlamawatchError(f"{path}: cannot read: {exc}") from exc
    try:
        facts = parse_facts_file(text, fmt)
    except FactFileError as exc:
        raise LlamawatchError(f"{path}:{exc.line}: {exc.reason}; nothing imported") from exc
    if not facts:
        click.echo(f"{path}: no facts")
        return
    _store(app, facts)


@command.command("export")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json")
@click.option("--hand-only", is_flag=True, help="Only the facts entered by hand.")
@click.pass_obj
def export_command(app: App, fmt: str, hand_only: bool) -> None:
    """Print the stored facts in the shape ``facts import`` reads."""
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.review import export_facts

    with session_scope(app.engine(), commit=False) as session:
        facts = export_facts(session, hand_only=hand_only)
    click.echo(facts_to_text(facts, fmt), nl=False)
