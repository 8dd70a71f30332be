"""`llamawatch status`: what is stored, the last run, and the health of every source."""

from __future__ import annotations

import datetime as dt

import click
from rich.console import Console
from rich.table import Table

from llamawatch.cli import App
from llamawatch.sources.health import SourceCache, retry_due, utc


def _ago(when: dt.datetime | None, now: dt.datetime) -> str:
    when = utc(when)
    if when is None:
        return "never"
    seconds = int((now - when).total_seconds())
    if seconds < 0:
        return f"in {_span(-seconds)}"
    return f"{_span(seconds)} ago"


def _span(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit}"
    return f"{seconds} s"


def health_state(cache: SourceCache | None, enabled: bool, threshold: int) -> str:
    """Return a one-word health label: ok, failing, backing off, disabled or new."""
    if not enabled or (cache and cache.disabled_reason):
        return "disabled"
    if cache is None or cache.last_fetched_at is None:
        return "new"
    if cache.consecutive_failures >= threshold:
        return "failing"
    if cache.consecutive_failures:
        return "retrying"
    return "ok"


#: outbox states shown by ``status``, with the word an operator reads
OUTBOX_SHOWN = (
    ("queued", "queued"),
    ("failed", "failed"),
    ("gave_up", "gave up"),
    ("in_doubt", "in doubt"),
    ("in_flight", "sending"),
)


def outbox_line(overview: dict[str, tuple[int, dt.datetime | None]], now: dt.datetime) -> str:
    """Return one line on the outbox: how many messages wait in each state, and the oldest."""
    parts = []
    for state, label in OUTBOX_SHOWN:
        count, oldest = overview.get(state, (0, None))
        if count:
            parts.append(f"{count} {label} (oldest {_ago(oldest, now)})")
    sent = overview.get("sent", (0, None))[0]
    if not parts:
        return f"outbox: nothing waiting, {sent} sent"
    hint = "; see `llamawatch outbox list`"
    return f"outbox: {', '.join(parts)}, {sent} sent{hint}"


@click.command("status")
@click.pass_obj
def command(app: App) -> None:
    """Show how many posts, facts and changes are stored, and each source's health."""
    # why: sqlalchemy ~700 ms to import; only this path needs it
    from sqlalchemy import select

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.history import counts

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.outbox import outbox_overview

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.posts import failed_posts

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.schema import RunRow

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.sources import load_caches, load_sources

    settings = app.settings
    configured = [s.to_source() for s in settings.sources]
    with session_scope(app.engine()) as session:
        totals = counts(session)
        sources = load_sources(session, configured)
        caches = load_caches(session, [s.name for s in sources])
        last_run = session.scalar(select(RunRow).order_by(RunRow.started_at.desc()).limit(1))
        failed = failed_posts(session)
        run_line = (
            f"last run: {last_run.flow} {last_run.status}, started "
            f"{_ago(last_run.started_at, dt.datetime.now(dt.UTC))}"
            if last_run
            else "last run: none yet"
        )
        overview = outbox_overview(session)
    now = dt.datetime.now(dt.UTC)
    console = Console()
    console.print(
        f"{totals.get('posts', 0)} posts, {totals.get('facts', 0)} facts, "
        f"{totals.get('events', 0)} change events, {len(sources)} sources"
    )
    console.print(run_line)
    console.print(outbox_line(overview, now))
    if failed:
        hours = settings.http.max_interval_hours
        due = sum(retry_due(f.attempts, f.last_attempt_at, now, max_hours=hours) for f in failed)
        console.print(
            f"[red]{len(failed)} failed posts[/] ({due} due for a retry on the next run); "
            f"e.g. {failed[0].post.url}: {failed[0].error}"
        )
    threshold = settings.http.failures_before_notice
    table = Table(title="Source health")
    for column in ("source", "state", "last success", "failures", "next fetch", "last error"):
        table.add_column(column, overflow="fold")
    for source in sources:
        cache = caches.get(source.name)
        state = health_state(cache, source.enabled, threshold)
        style = {"failing": "red", "disabled": "yellow", "retrying": "yellow"}.get(state, "")
        error = (cache.disabled_reason or cache.last_error or "") if cache else ""
        table.add_row(
            source.name,
            f"[{style}]{state}[/]" if style else state,
            _ago(cache.last_success_at if cache else None, now),
            str(cache.consecutive_failures if cache else 0),
            _ago(cache.next_fetch_at, now) if cache and cache.next_fetch_at else "next run",
            error,
        )
    console.print(table)
