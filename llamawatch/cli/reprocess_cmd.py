"""`llamawatch reprocess`: extract the stored posts again and recompute the history.

Every stored (current) post is run through the current extractor; its facts are
replaced and stamped with the current extractor version, then state and events
are recomputed. The command reports how the history changed (events added,
removed, altered). It never sends alerts: recomputed events are stored with mode
``reprocess`` and only appear in the next digest. ``--dry-run`` reports
without keeping anything.
"""

from __future__ import annotations

import json
import logging

import click

from llamawatch.changes import ResolutionRules
from llamawatch.cli import App
from llamawatch.extractors.models import ModelCatalog
from llamawatch.records import ChangeEvent, HistoryDiff, value_to_json

log = logging.getLogger(__name__)
BATCH = 200


def _line(event: ChangeEvent) -> str:
    old = "—" if event.old is None else json.dumps(value_to_json(event.old))
    return (
        f"{event.date} {event.model} {event.attribute}: {old} → "
        f"{json.dumps(value_to_json(event.new))}"
    )


def diff_to_json(diff: HistoryDiff) -> dict[str, list]:
    """Return a history diff as JSON: added, removed and altered (before/after) events."""
    return {
        "added": [e.to_json() for e in diff.added],
        "removed": [e.to_json() for e in diff.removed],
        "altered": [{"before": a.to_json(), "after": b.to_json()} for a, b in diff.altered],
    }


@click.command("reprocess")
@click.option("--dry-run", is_flag=True, help="Report what would change; keep nothing.")
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text")
@click.pass_obj
def command(app: App, dry_run: bool, output: str) -> None:
    """Re-extract stored posts with the current extractor and report how history changed."""
    # why: read when the command runs, so a replaced extractor (tests) applies
    from llamawatch.extractors.facts import EXTRACTOR_VERSION

    # why: read when the command runs, so a replaced extractor (tests) applies
    from llamawatch.extractors.pipeline import extract_post

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.lock import writer_lock

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.reprocess import reprocess_posts

    catalog = ModelCatalog.from_settings(app.settings)
    storage = app.settings.storage
    with (
        writer_lock(storage.url, storage.lock_timeout),
        session_scope(app.engine(), commit=not dry_run) as session,
    ):
        report = reprocess_posts(
            session,
            lambda post: extract_post(post, catalog),
            extractor_version=EXTRACTOR_VERSION,
            batch_size=BATCH,
            rules=ResolutionRules.from_settings(app.settings),
        )
    diff, result, posts = report.diff, report.saved, report.posts

    if output == "json":
        payload = {
            "posts": posts,
            "facts": result.new_facts,
            "rejected_facts": result.rejected_facts,
            "extractor_version": EXTRACTOR_VERSION,
            "dry_run": dry_run,
            **diff_to_json(diff),
        }
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    verb = "would change" if dry_run else "changed"
    click.echo(
        f"reprocessed {posts} posts with extractor {EXTRACTOR_VERSION}: {result.new_facts} facts"
        f" ({result.rejected_facts} rejected); history {verb}: {len(diff.added)} added,"
        f" {len(diff.removed)} removed, {len(diff.altered)} altered"
    )
    for event in diff.added:
        click.echo(f"  + {_line(event)}")
    for event in diff.removed:
        click.echo(f"  - {_line(event)}")
    for before, after in diff.altered:
        old, new = before.to_json(), after.to_json()
        changed = ", ".join(name for name in new if old[name] != new[name])
        click.echo(f"  ~ {_line(before)}  ⇒  {_line(after)}  ({changed} changed)")
