"""`llamawatch review`: the analyst signs off on the facts that move the state.

``review list`` shows the unreviewed facts that changed the state or dispute it
(newest and most severe first) with the clause, the post and the sources for and
against; ``accept``, ``reject`` and ``correct`` store a decision keyed by the
post's content and the fact (it survives ``reprocess``), then re-resolve the
affected pairs and queue alerts for what that changes. ``review orphans`` lists
decisions whose fact no longer exists.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from llamawatch.cli import App
from llamawatch.errors import LlamawatchError
from llamawatch.evaluation.review import parse_value
from llamawatch.records import ATTRIBUTES, CERTAINTIES, format_value, value_to_json

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from llamawatch.changes import Key
    from llamawatch.evaluation.review import QueueItem
    from llamawatch.records import HistoryDiff


def refresh_after(app: App, change: Callable[[Session], set[Key]]) -> HistoryDiff:
    """Apply a change (a decision, hand facts) and re-resolve the pairs it touched, atomically.

    The recomputed events are live news: fresh alert-worthy ones go to the
    outbox like those of an ingest (old posts stay quiet: the alert window).
    """
    # why: loads sqlalchemy ~700 ms, httpx ~320 ms; every command (and --help) imports this module
    from llamawatch.delivery.outbox import queue_and_deliver_alerts

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.history import refresh_history

    with session_scope(app.engine()) as session:
        touched = change(session)
        diff = refresh_history(session, touched, mode="live")
    queue_and_deliver_alerts(app.engine(), app.settings, list(diff.added), mode="live")
    return diff


def echo_diff(diff: HistoryDiff) -> None:
    """Say how the history moved."""
    for event in diff.added:
        click.echo(f"  + {event.date} {event.headline()}")
    for event in diff.removed:
        click.echo(f"  - {event.date} {event.headline()}")
    for _, after in diff.altered:
        click.echo(f"  ~ {after.date} {after.headline()}")
    if diff.empty:
        click.echo("  the state does not change")


def item_to_json(item: QueueItem) -> dict[str, Any]:
    """Return a queue item as ``review list --format json`` prints it."""
    return {
        "id": item.fact_id,
        "ref": item.ref,
        "kind": item.kind,
        "severity": item.severity,
        "old": value_to_json(item.old),
        "fact": item.fact.to_json(),
        "post": {"url": item.post_url, "title": item.post_title},
        "support": list(item.support),
        "dissent": [{"source": s, "value": value_to_json(v)} for s, v in item.dissent],
        "accept": item.accept_command,
        "reject": item.reject_command,
    }


def _by_default() -> str:
    return os.environ.get("USER", "")


by_option = click.option(
    "--by", "decided_by", default=_by_default, help="Who decides (default: $USER)."
)


@click.group("review")
def command() -> None:
    """Review the facts that move the state: list, accept, reject, correct, orphans."""


@command.command("list")
@click.option("--limit", type=int, default=50, show_default=True, help="Show at most this many.")
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text")
@click.pass_obj
def list_command(app: App, limit: int, output: str) -> None:
    """List unreviewed facts that changed or dispute the state, newest and gravest first."""
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.review import review_queue

    with session_scope(app.engine(), commit=False) as session:
        items = review_queue(session, limit)
    if output == "json":
        click.echo(json.dumps([item_to_json(i) for i in items], indent=2, ensure_ascii=False))
        return
    if not items:
        click.echo("nothing waits for review")
        return
    for item in items:
        click.echo(
            f"#{item.fact_id} {item.ref}  {item.fact.published}  {item.severity:<6} {item.headline}"
            f"  [{item.kind}]"
        )
        click.echo(f'    "{item.fact.evidence}"')
        title = f" ({item.post_title})" if item.post_title else ""
        click.echo(f"    post: {item.post_url}{title}")
        against = ", ".join(f"{s} ({format_value(v)})" for s, v in item.dissent) or "none"
        click.echo(f"    for: {', '.join(item.support) or 'no other source'} · against: {against}")
        click.echo(f"    {item.accept_command}   |   {item.reject_command}")


def _decide(app: App, handle: str, kind: str, **details: Any) -> None:
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.review import record_decision, resolve_fact_id

    decided: list[Any] = []

    def change(session: Session) -> set[Key]:
        fact_id = resolve_fact_id(session, handle)
        decision, touched = record_decision(session, fact_id, kind, **details)  # type: ignore[arg-type]
        decided.append(decision)
        return touched

    diff = refresh_after(app, change)
    click.echo(f"decision #{decided[0].id}: {decided[0].summary()}")
    echo_diff(diff)


@command.command("accept")
@click.argument("fact_id", metavar="ID|REF")
@click.option("--reason", default="", help="Why (optional).")
@by_option
@click.pass_obj
def accept_command(app: App, fact_id: str, reason: str, decided_by: str) -> None:
    """Accept a fact as extracted: it counts, and is marked reviewed."""
    _decide(app, fact_id, "accept", reason=reason, decided_by=decided_by)


@command.command("reject")
@click.argument("fact_id", metavar="ID|REF")
@click.option("--reason", required=True, help="Why the fact is wrong.")
@by_option
@click.pass_obj
def reject_command(app: App, fact_id: str, reason: str, decided_by: str) -> None:
    """Reject a wrong fact: it never moves the state again, even after reprocess."""
    _decide(app, fact_id, "reject", reason=reason, decided_by=decided_by)


@command.command("correct")
@click.argument("fact_id", metavar="ID|REF")
@click.option("--model", "new_model", help="The right model name.")
@click.option("--attribute", "new_attribute", type=click.Choice(ATTRIBUTES))
@click.option("--value", "new_value", help="The right value (17B, 128000, image;text, …).")
@click.option("--certainty", "new_certainty", type=click.Choice(CERTAINTIES))
@click.option("--reason", default="", help="Why (optional).")
@by_option
@click.pass_obj
def correct_command(
    app: App,
    fact_id: str,
    new_model: str | None,
    new_attribute: str | None,
    new_value: str | None,
    new_certainty: str | None,
    reason: str,
    decided_by: str,
) -> None:
    """Correct a fact: it counts with your model, attribute, value or certainty instead."""
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.review import current_fact, resolve_fact_id

    if not (new_model or new_attribute or new_value is not None or new_certainty):
        raise click.UsageError("give at least one of --model, --attribute, --value, --certainty")
    value = None
    if new_value is not None:
        attribute = new_attribute
        if attribute is None:
            with session_scope(app.engine(), commit=False) as session:
                found = current_fact(session, resolve_fact_id(session, fact_id))
            attribute = found.fact.attribute if found else "status"
        try:
            value = parse_value(attribute, new_value)
        except ValueError as exc:
            raise LlamawatchError(str(exc)) from exc
    _decide(
        app,
        fact_id,
        "correct",
        reason=reason,
        new_model=new_model.strip() if new_model else None,
        new_attribute=new_attribute,
        new_value=value,
        new_certainty=new_certainty,
        decided_by=decided_by,
    )


@command.command("orphans")
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text")
@click.pass_obj
def orphans_command(app: App, output: str) -> None:
    """List decisions whose fact no longer exists (an edited post, a new extractor)."""
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.review import orphaned_decisions

    with session_scope(app.engine(), commit=False) as session:
        orphans = orphaned_decisions(session)
    if output == "json":
        payload = [
            {
                "id": d.id,
                "decision": d.decision,
                "model": d.model,
                "attribute": d.attribute,
                "value": value_to_json(d.value),
                "reason": d.reason,
                "post": d.post_url,
                "evidence": d.evidence,
                "decided_by": d.decided_by,
                "decided_at": d.decided_at.isoformat() if d.decided_at else None,
            }
            for d in orphans
        ]
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    if not orphans:
        click.echo("no orphaned decisions")
        return
    for d in orphans:
        when = d.decided_at.date() if d.decided_at else "?"
        click.echo(f"decision #{d.id} ({when}, {d.decided_by or 'unknown'}): {d.summary()}")
        click.echo(f"    post: {d.post_url}")
        click.echo(f'    was: "{d.evidence}"')
