"""`llamawatch outbox`: see the messages not delivered yet, requeue or drop them.

A message whose run died mid-send is "in doubt": it may have arrived, so no run
resends it by itself. The operator checks (for mail, by its Message-ID) and
either requeues it (``retry``) or gives it up (``drop``). Dropping never deletes
a row: the outbox stays the history of what was, and was not, sent.
"""

from __future__ import annotations

import datetime as dt

import click
from rich.console import Console
from rich.table import Table

from llamawatch.cli import App
from llamawatch.errors import LlamawatchError


@click.group("outbox")
def command() -> None:
    """List, requeue or drop alert, digest and webhook messages waiting in the outbox."""


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


@command.command("list")
@click.option("--all", "show_all", is_flag=True, help="Also list sent and dropped messages.")
@click.pass_obj
def list_command(app: App, show_all: bool) -> None:
    """List messages not delivered yet: id, state, attempts, destination and last error."""
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.outbox import list_messages

    with session_scope(app.engine()) as session:
        rows = list_messages(session, include_done=show_all)
    if not rows:
        click.echo("the outbox is empty" if show_all else "nothing waiting in the outbox")
        return
    table = Table()
    for column in ("id", "state", "kind", "destination", "subject", "tries", "queued", "error"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            str(row.id),
            row.state.replace("_", " "),
            row.kind,
            row.destination,
            row.subject,
            str(row.attempts),
            _when(row.created_at),
            row.last_error or "",
        )
    Console().print(table)


def _ids(ids: tuple[int, ...], every: bool, verb: str) -> list[int] | None:
    if every and ids:
        raise LlamawatchError(f"outbox {verb}: give message ids or --all, not both")
    if not every and not ids:
        raise LlamawatchError(f"outbox {verb}: give message ids (see `llamawatch outbox list`)")
    return None if every else list(ids)


def _report(done: list[int], refused: dict[int, str], verb: str) -> None:
    listed = f": {', '.join(map(str, done))}" if done else ""
    click.echo(f"{verb} {len(done)} message(s){listed}")
    for item_id, state in sorted(refused.items()):
        reason = "no such message" if state == "unknown" else f"it is {state.replace('_', ' ')}"
        click.secho(f"skipped {item_id}: {reason}", fg="yellow", err=True)
    if refused:
        raise SystemExit(1)


@command.command("retry")
@click.argument("ids", nargs=-1, type=int, metavar="ID...")
@click.option("--all", "every", is_flag=True, help="Requeue every failed and in-doubt message.")
@click.pass_obj
def retry_command(app: App, ids: tuple[int, ...], every: bool) -> None:
    """Requeue failed, given-up and in-doubt messages; the next run sends them."""
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.outbox import retry_messages

    selected = _ids(ids, every, "retry")
    with session_scope(app.engine()) as session:
        done, refused = retry_messages(session, selected)
    _report(done, refused, "requeued")


@command.command("drop")
@click.argument("ids", nargs=-1, type=int, required=True, metavar="ID...")
@click.pass_obj
def drop_command(app: App, ids: tuple[int, ...]) -> None:
    """Mark messages dropped: never sent, but kept in the outbox's history."""
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.outbox import drop_messages

    with session_scope(app.engine()) as session:
        done, refused = drop_messages(session, list(ids))
    _report(done, refused, "dropped")
