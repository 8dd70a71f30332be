"""`llamawatch digest`: render (and send) the weekly digest of one ISO week.

Without ``--week`` the digest covers the last complete ISO week (Monday to
Sunday before the current one): the digest that goes out on Monday morning
describes the week that just ended, and rendering it twice gives the same
result. Any past week can be rendered again with ``--week 2026-W15``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from llamawatch.cli import App, out_option
from llamawatch.errors import ConfigError, LlamawatchError
from llamawatch.publishing.render import iso_week, last_complete_week, parse_week

#: the earliest year a digest can cover: no Llama news is older
FIRST_YEAR = 2000


def _week(value: str | None) -> str:
    if value is None:
        return last_complete_week(dt.date.today())
    try:
        start, _ = parse_week(value)
    except OverflowError as exc:  # a week at the end of year 9999
        raise LlamawatchError(f"--week {value}: out of range") from exc
    except ValueError as exc:
        raise LlamawatchError(f"--week {value}: {exc}") from exc
    latest = dt.date.today().year + 1
    if not FIRST_YEAR <= start.year <= latest:
        raise LlamawatchError(
            f"--week {value}: out of range (weeks of {FIRST_YEAR} to {latest} only)"
        )
    return iso_week(start)


@click.command("digest")
@click.option("--week", metavar="YYYY-Www", help="ISO week (default: the last complete week).")
@click.option("--send", is_flag=True, help="Mail it to the configured recipients (once per week).")
@out_option
@click.pass_obj
def command(app: App, week: str | None, send: bool, out_dir: Path | None) -> None:
    """Write the weekly digest page (HTML and plain text) into the site's digests folder.

    The digest lists alerts (openness, licence, status, new models), other
    changes, rumours still open and conflicts between sources, each with its
    evidence, certainty and a link to the post.
    """
    # why: loads sqlalchemy ~700 ms, httpx ~320 ms and more
    from llamawatch.publishing.publish import build_week_digest, public_root, send_week_digest

    # why: loads lxml ~95 ms, feedgen ~50 ms; every command (and --help) imports this module
    from llamawatch.publishing.site import write_digest_files

    settings = app.settings_with_output(out_dir)
    week = _week(week)
    engine = app.engine()
    context = build_week_digest(engine, settings, week, root=public_root(settings))
    for path in write_digest_files(settings.output.dir, context):
        click.echo(f"wrote {path}")
    click.echo(f"subject: {context.subject}")
    if send:
        smtp = settings.delivery.smtp
        if not smtp.host or not smtp.recipients:
            raise ConfigError("--send needs delivery.smtp.host and delivery.smtp.recipients")
        outcome = send_week_digest(engine, settings, context)
        if outcome.status == "empty":
            click.echo(f"digest {week} not sent: nothing changed (digest.send_empty is off)")
        elif outcome.status == "already_sent" and outcome.sent_on is not None:
            click.echo(f"digest {week} already sent on {outcome.sent_on:%Y-%m-%d %H:%M} UTC")
        elif outcome.status == "sent":
            click.echo(f"digest {week} delivered to {outcome.recipients} recipient(s)")
        else:
            click.secho(
                f"digest {week} not delivered to every recipient; it is retried on the next run",
                fg="yellow",
                err=True,
            )
            raise SystemExit(1)
