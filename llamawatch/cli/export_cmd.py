"""`llamawatch export`: print the resolved state or the change history.

``export state --as-of DATE`` and ``export changes --since/--until`` print the
JSON shapes of docs/facts.md (``--format json``, the default) or a short table for
people (``--format text``). Dates are inclusive.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import click

from llamawatch.changes import ResolutionRules, aliases_of, events_to_json, state_to_json
from llamawatch.cli import App
from llamawatch.publishing.render import dissent_text
from llamawatch.records import value_to_json

FORMATS = click.Choice(["json", "text"])


def _date(_ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param=param) from exc


def _show(value: Any) -> str:
    value = value_to_json(value)
    return ", ".join(value) if isinstance(value, list) else str(value)


def _dump(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


@click.group("export")
def command() -> None:
    """Print the resolved state or the change events (JSON, as docs/facts.md describes)."""


@command.command("state")
@click.option("--as-of", callback=_date, metavar="DATE", help="State at the end of this day.")
@click.option(
    "--known-then",
    is_flag=True,
    help="With --as-of: only what posts of that day or earlier said (no gaps filled later).",
)
@click.option("--format", "output", type=FORMATS, default="json", show_default=True)
@click.option(
    "--detail",
    is_flag=True,
    help="Add corroborations, conflicts and rumour to each attribute (beyond docs/facts.md).",
)
@click.pass_obj
def state(app: App, as_of: dt.date | None, known_then: bool, output: str, detail: bool) -> None:
    """Print each model's resolved attributes: value, certainty, since, evidence, source.

    With --as-of, the state at the end of that day; a model already out by then also
    shows the fixed attributes (size, architecture, context, inputs, licence, release
    date) that only later posts stated, marked "known later" (--known-then leaves them out).
    """
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.history import load_state

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.names import load_name_links

    with session_scope(app.engine()) as session:
        rules = ResolutionRules.from_settings(app.settings)
        states = load_state(session, as_of, rules, hindsight=not known_then)
        aliases = aliases_of(load_name_links(session, as_of))
    if output == "json":
        data = state_to_json(states)
        if detail:
            for model, attributes in states.items():
                for attribute, resolved in attributes.items():
                    data[model][attribute] |= {
                        "corroborations": resolved.corroborations,
                        "conflicts": [value_to_json(v) for v in resolved.conflicts],
                        "rumour": value_to_json(resolved.rumour),
                    }
        # the model's other names, beside its attributes ("aliases" is no attribute)
        for model, names in aliases.items():
            if model in data and names:
                data[model]["aliases"] = list(names)  # type: ignore[assignment]
        _dump(data)
        return
    for model, attributes in states.items():
        also = f" (also {', '.join(aliases[model])})" if aliases.get(model) else ""
        click.echo(model + also)
        for attribute, resolved in attributes.items():
            extra = f", {resolved.corroborations} sources" if resolved.corroborations > 1 else ""
            if resolved.dissent:
                extra += f", dissent: {dissent_text(attribute, resolved)}"
            if resolved.conflicts:
                extra += f", conflicting: {'; '.join(_show(v) for v in resolved.conflicts)}"
            if resolved.rumour is not None:
                extra += f", rumour: {_show(resolved.rumour)}"
            if resolved.known_later:
                extra += ", known later"
            click.echo(
                f"  {attribute}: {_show(resolved.value)} "
                f"({resolved.certainty}, since {resolved.since}{extra})"
            )


@command.command("changes")
@click.option("--since", callback=_date, metavar="DATE", help="First day (inclusive).")
@click.option("--until", callback=_date, metavar="DATE", help="Last day (inclusive).")
@click.option("--format", "output", type=FORMATS, default="json", show_default=True)
@click.pass_obj
def changes(app: App, since: dt.date | None, until: dt.date | None, output: str) -> None:
    """Print the change events dated in the range, oldest first."""
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.history import load_events

    with session_scope(app.engine()) as session:
        events = load_events(session, since, until)
    if output == "json":
        _dump(events_to_json(events))
        return
    for event in events:
        old = "—" if event.old is None else _show(event.old)
        click.echo(
            f"{event.date} [{event.severity}] {event.model} {event.attribute}: "
            f"{old} → {_show(event.new)} ({event.certainty}; {event.source})"
        )
