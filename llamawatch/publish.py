"""Glue between storage and the pages, digests and mail: what the flows and CLI call.

The render and site modules take records and never open a database; this
module loads those records from storage (one transaction) and hands them over.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from llamawatch.records import ChangeEvent, Fact, ModelStates
from llamawatch.render import DigestContext, build_digest_context, parse_week, safe_link
from llamawatch.site import write_digest_files, write_site

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from llamawatch.config import Settings


def public_root(settings: Settings) -> str | None:
    """Return the prefix for links in mail and feeds: the public URL of the pages, or None."""
    base = settings.output.base_url.strip()
    return base.rstrip("/") + "/" if safe_link(base) else None


@dataclass(frozen=True, slots=True)
class SiteRecords:
    """What the pages and the digest show, as loaded from storage."""

    states: ModelStates
    events: list[ChangeEvent]
    rumours: list[Fact]
    #: events a later post overturned, with the day they were withdrawn
    withdrawn: list[tuple[ChangeEvent, dt.date]]
    titles: dict[str, str]  #: post URL → title
    #: product name → the other names its posts were filed under (codenames)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)


def load_site_records(engine: Engine) -> SiteRecords:
    """Load what the pages show in one transaction: state, events, rumours, corrections, titles."""
    from sqlalchemy import select

    from llamawatch.changes import aliases_of
    from llamawatch.storage.db import session_scope
    from llamawatch.storage.history import (
        load_events,
        load_open_rumours,
        load_revisions,
        load_state,
    )
    from llamawatch.storage.names import load_name_links
    from llamawatch.storage.schema import PostRow

    with session_scope(engine) as session:
        states = load_state(session)
        events = list(load_events(session))
        rumours = list(load_open_rumours(session))
        withdrawn = [
            (r.event, r.superseded_at.date())
            for r in load_revisions(session, dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
            if r.reason == "removed"
        ]
        titles = {
            url: title
            for url, title in session.execute(
                select(PostRow.url, PostRow.title).where(PostRow.is_current.is_(True))
            )
            if title
        }
        aliases = aliases_of(load_name_links(session))
    return SiteRecords(states, events, rumours, withdrawn, titles, aliases)


def publish_site(engine: Engine, settings: Settings, *, today: dt.date | None = None) -> list[Path]:
    """Rebuild the whole site in the configured output folder from the database."""
    records = load_site_records(engine)
    return write_site(
        settings.output.dir,
        records.states,
        records.events,
        rumours=records.rumours,
        withdrawn=records.withdrawn,
        site_title=settings.output.site_title,
        base_url=settings.output.base_url,
        titles=records.titles,
        aliases=records.aliases,
        today=today,
    )


def build_week_digest(
    engine: Engine, settings: Settings, week: str, *, root: str | None = None
) -> DigestContext:
    """Load the records and build the digest of one ISO week (links from ``root``)."""
    records = load_site_records(engine)
    start, end = parse_week(week)
    return build_digest_context(
        week,
        records.events,
        records.states,
        records.rumours,
        [event for event, day in records.withdrawn if start <= day <= end],
        site_title=settings.output.site_title,
        root=root,
        titles=records.titles,
    )


def publish_digest(
    engine: Engine, settings: Settings, week: str, *, send: bool = False
) -> tuple[list[Path], bool]:
    """Write one week's digest (html + txt) into the output folder and, if asked, mail it.

    Sending goes through the outbox (one message per week and recipient), so
    running this twice for the same week never mails a reader twice.
    Returns the files written and whether every queued message is now delivered.
    """
    context = build_week_digest(engine, settings, week, root=public_root(settings))
    paths = write_digest_files(settings.output.dir, context)
    if not send:
        return paths, False
    from llamawatch.outbox_delivery import send_digest

    return paths, send_digest(engine, settings, context)
