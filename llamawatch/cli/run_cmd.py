"""`llamawatch run`: one ingest cycle over the configured sources, then render."""

from __future__ import annotations

import click

from llamawatch.cli import App
from llamawatch.cli._prefect import run_flow

#: exit status when the run finished but some sources, posts or deliveries failed
PARTIAL_FAILURE = 3


@click.command("run")
@click.option(
    "--all",
    "force",
    is_flag=True,
    help="Fetch every source now, also those not due yet (conditional GET still applies).",
)
@click.option("--source", "source", metavar="NAME", help="Run this one source only, now.")
@click.option(
    "--dry-run",
    is_flag=True,
    help="Show the new posts, facts and changes a run would store; keep nothing, send nothing.",
)
@click.pass_obj
def command(app: App, force: bool, source: str | None, dry_run: bool) -> None:
    """Ingest every configured source once, detect changes, alert and render the pages.

    Prints a summary: posts, facts, changes and where the output went. Exits 0
    when everything worked, 3 when some sources, posts or deliveries failed
    (they are recorded and retried on the next run).
    """
    settings = app.settings  # validate the configuration before starting Prefect
    # why: loads prefect ~1760 ms, sqlalchemy ~700 ms and more
    from llamawatch.flows.ingest import ingest_flow

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.lock import writer_lock

    # Taken here too (the flow takes it again) so that a busy database is
    # reported before Prefect spends seconds starting its server.
    with writer_lock(settings.storage.url, settings.storage.lock_timeout):
        summary = run_flow(
            ingest_flow,
            config_path=app.config_path,
            db_url=settings.storage.url,
            force=force,
            source=source,
            dry_run=dry_run,
            verbose=app.verbose,
        )
    for line in summary.lines():
        click.echo(line)
    if summary.failed:
        raise SystemExit(PARTIAL_FAILURE)
