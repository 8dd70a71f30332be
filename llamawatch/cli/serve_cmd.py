"""``llamawatch serve``: run the three flows on their schedules, visible in the Prefect UI.

Scheduling needs a long-running Prefect API server. The temporary server that
Prefect starts for a one-off ``llamawatch run`` cannot schedule anything
(docs/operations.md), so this command first checks that ``PREFECT_API_URL`` is set and
that a server answers there, and otherwise says plainly what to start.

With a server, it serves three deployments from this process (``prefect.serve``):

- ``ingest/llamawatch``: ``schedule.ingest_cron`` (hourly by default);
- ``weekly-digest/llamawatch``: ``schedule.digest_cron`` (Mondays 08:00);
- ``backfill/llamawatch``: no schedule; run it with parameters from the UI or
  ``prefect deployment run backfill/llamawatch -p sources='["archive/"]'``.

Both crons use ``schedule.timezone``. The alternative to this process is a work
pool with workers and the deployments in ``prefect.yaml`` (see the README).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from llamawatch.cli import App
    from llamawatch.config import Settings

#: deployment name shared by the three flows (``<flow name>/llamawatch``)
DEPLOYMENT_NAME = "llamawatch"
#: seconds to wait for the Prefect server's health endpoint
HEALTH_TIMEOUT = 3.0
LOCAL_API_URL = "http://127.0.0.1:4200/api"

HOW_TO_START = f"""\
Scheduled runs need a long-running Prefect server; the temporary one that
`llamawatch run` starts on its own cannot schedule. Either:

  1. start a server, then serve from this machine:
       prefect server start                      # in another terminal
       export PREFECT_API_URL={LOCAL_API_URL}
       llamawatch serve

  2. or run the deployments in prefect.yaml on a work pool:
       export PREFECT_API_URL={LOCAL_API_URL}    # after `prefect server start`
       prefect work-pool create llamawatch --type process
       prefect deploy --all
       prefect worker start --pool llamawatch
"""


def configured_api_url() -> str | None:
    """Return the Prefect API URL from the environment, else from the active Prefect profile."""
    if "PREFECT_API_URL" in os.environ:
        return os.environ["PREFECT_API_URL"].strip() or None
    # why: prefect ~1760 ms, httpx ~320 ms and more to import; only this path needs it
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    return str(url).strip() if url else None


def server_problem(api_url: str | None) -> str | None:
    """Return what is missing for scheduling (one paragraph), or None when the server answers."""
    if not api_url:
        return "PREFECT_API_URL is not set, so there is no Prefect server to schedule runs."
    # why: httpx ~320 ms to import; only this path needs it
    import httpx

    health = f"{api_url.rstrip('/')}/health"
    try:
        response = httpx.get(health, timeout=HEALTH_TIMEOUT)
    except httpx.HTTPError as exc:
        return (
            f"PREFECT_API_URL is {api_url}, but no Prefect server answers there "
            f"({type(exc).__name__}: {exc or 'no response'})."
        )
    if response.status_code != 200:
        return (
            f"PREFECT_API_URL is {api_url}, but {health} answered HTTP "
            f"{response.status_code}; is that a Prefect API URL (ending in /api)?"
        )
    return None


def build_deployments(settings: Settings, parameters: dict[str, Any]) -> list[Any]:
    """Return the three deployments with the configured schedules."""
    # why: prefect ~1760 ms, httpx ~320 ms and more to import; only this path needs it
    from prefect.schedules import Cron

    # why: loads prefect ~1760 ms, sqlalchemy ~700 ms and more
    from llamawatch.flows.backfill import backfill_flow

    # why: loads prefect ~1760 ms, sqlalchemy ~700 ms and more
    from llamawatch.flows.digest import weekly_digest_flow

    # why: loads prefect ~1760 ms, sqlalchemy ~700 ms and more
    from llamawatch.flows.ingest import ingest_flow

    zone = settings.schedule.timezone
    tags = ["llamawatch"]
    return [
        ingest_flow.to_deployment(
            name=DEPLOYMENT_NAME,
            schedules=[Cron(settings.schedule.ingest_cron, timezone=zone)],
            concurrency_limit=1,  # a slow cycle must not overlap the next one
            parameters=parameters,
            description="Fetch the sources, extract facts, record changes, send alerts.",
            tags=tags,
        ),
        weekly_digest_flow.to_deployment(
            name=DEPLOYMENT_NAME,
            schedules=[Cron(settings.schedule.digest_cron, timezone=zone)],
            concurrency_limit=1,
            parameters=parameters,
            description="Render (and, if configured, send) the weekly digest.",
            tags=tags,
        ),
        backfill_flow.to_deployment(
            name=DEPLOYMENT_NAME,
            parameters=parameters,
            description="Read an archive of posts; run on demand with parameters.",
            tags=tags,
        ),
    ]


@click.command("serve")
@click.option(
    "--check",
    is_flag=True,
    help="Only check that a Prefect server answers at PREFECT_API_URL, then exit.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Most flow runs this process executes at once.",
)
@click.pass_obj
def command(app: App, check: bool, limit: int | None) -> None:
    """Run ingest hourly and the digest weekly (schedules from the config), via Prefect.

    Needs a Prefect server: `prefect server start`, then
    `export PREFECT_API_URL=http://127.0.0.1:4200/api`. Without one, this says
    what is missing and exits with status 1.
    """
    settings = app.settings  # a bad config fails before anything else
    api_url = configured_api_url()
    problem = server_problem(api_url)
    if problem:
        click.secho(f"llamawatch serve: {problem}", fg="red", err=True)
        click.echo(f"\n{HOW_TO_START}", err=True, nl=False)
        raise SystemExit(1)
    if check:
        click.echo(f"Prefect server at {api_url} answers; `llamawatch serve` can schedule.")
        return

    # why: prefect ~1760 ms, httpx ~320 ms and more to import; only this path needs it
    import prefect

    # Absolute paths: the served runs may start in another working directory.
    parameters: dict[str, Any] = {}
    if app.config_path:
        parameters["config_path"] = str(Path(app.config_path).resolve())
    if app.db_url:
        parameters["db_url"] = app.db_url
    deployments = build_deployments(settings, parameters)
    click.echo(
        f"Serving ingest ({settings.schedule.ingest_cron}), weekly-digest "
        f"({settings.schedule.digest_cron}) in {settings.schedule.timezone}, and backfill "
        f"on demand, against {api_url}. Ctrl-C stops."
    )
    prefect.serve(*deployments, limit=limit, print_starting_message=app.verbose)
