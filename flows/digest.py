"""Weekly digest: render (and, when configured, send) one ISO week's changes.

The pipeline, in the order the flow body follows::

    settings = load_settings(config_path, db_url)
    week     = the requested ISO week, or the last complete one
    digest   = build_digest(week)            # the week's events; state and rumours at its end
    files    = write_digest(digest)          # digests/YYYY-Www.html / .txt, as the site links them
    sent     = send_digest(digest)           # outbox: never twice; empty weeks skipped by default
"""

from __future__ import annotations

import datetime as dt

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from llamawatch.config import Settings
from llamawatch.flows.steps import flow_settings
from llamawatch.publishing.publish import publish_digest
from llamawatch.publishing.render import last_complete_week
from llamawatch.storage.db import open_database


@task(cache_policy=NO_CACHE, name="write-digest", task_run_name="write digest {week}")
def write_digest_task(settings: Settings, week: str, send: bool) -> tuple[list[str], bool]:
    """Render the digest for one week into the output folder, and send it if asked."""

    engine = open_database(settings.storage.url)
    try:
        paths, sent = publish_digest(engine, settings, week, send=send)
    finally:
        engine.dispose()
    return [str(p) for p in paths], sent


@flow(name="weekly-digest", flow_run_name="digest {week}")
def weekly_digest_flow(
    config_path: str | None = None,
    db_url: str | None = None,
    week: str | None = None,
    send: bool | None = None,
) -> list[str]:
    """Render the weekly digest of changes and send it when delivery is configured."""
    settings = flow_settings(config_path, db_url)
    week = week or last_complete_week(dt.date.today())
    send = settings.delivery.send_digest if send is None else send
    paths, sent = write_digest_task(settings, week, send)
    logger = get_run_logger()
    logger.info("digest %s written to %s%s", week, ", ".join(paths), " and sent" if sent else "")
    return paths
