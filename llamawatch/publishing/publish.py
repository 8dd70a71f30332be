"""Glue between storage and the pages, digests and mail: what the flows and CLI call.

The render and site modules take records and never open a database; this
module loads those records from storage (one transaction) and hands them over.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from llamawatch.changes import DEFAULT_RULES, ResolutionRules, aliases_of
from llamawatch.delivery.outbox import digest_messages, send_digest
from llamawatch.publishing.render import (
    DigestContext,
    StateTimeline,
    build_digest_context,
    open_rumours,
    parse_week,
    public_root,
    with_shown_evidence,
)
from llamawatch.publishing.review_page import review_context
from llamawatch.publishing.site import week_stamp, write_digest_files, write_site
from llamawatch.records import ChangeEvent, Fact, ModelStates, NameLink
from llamawatch.storage import outbox
from llamawatch.storage.db import session_scope
from llamawatch.storage.history import (
    load_current_facts,
    load_events,
    load_revisions,
    load_state,
)
from llamawatch.storage.names import load_dated_name_links
from llamawatch.storage.review import load_review, reviewed_pairs
from llamawatch.storage.schema import PostRow

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from llamawatch.config import Settings
    from llamawatch.publishing.review_page import ReviewContext


@dataclass(frozen=True, slots=True)
class SiteRecords:
    """What the pages and the digest show, as loaded from storage."""

    states: ModelStates
    events: list[ChangeEvent]
    rumours: list[Fact]
    #: events a later post overturned, with the day they were withdrawn
    withdrawn: list[tuple[ChangeEvent, dt.date]]
    titles: dict[str, str]  #: post URL → title
    facts: list[Fact]  #: every fact of the current posts (for states as of a past date)
    #: product name → the other names its posts were filed under (codenames)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the name links with the dates of the posts that made them
    dated_links: list[tuple[dt.date | None, NameLink]] = field(default_factory=list)
    rules: ResolutionRules = DEFAULT_RULES
    #: (model, attribute, value key) of the values a person reviewed or entered by hand
    reviewed: frozenset[tuple[str, str, str]] = frozenset()
    timeline: StateTimeline = field(init=False)

    def __post_init__(self) -> None:
        timeline = StateTimeline(self.facts, rules=self.rules, links=self.dated_links)
        object.__setattr__(self, "timeline", timeline)

    def snapshot(
        self, as_of: dt.date, max_age_days: int | None = None
    ) -> tuple[ModelStates, list[Fact]]:
        """Return the state and open rumours as they stood at the end of ``as_of``."""
        states = with_shown_evidence(self.timeline.states(as_of), self.facts)
        return states, open_rumours(states, self.facts, as_of, max_age_days)


def load_site_records(engine: Engine, rules: ResolutionRules = DEFAULT_RULES) -> SiteRecords:
    """Load what the pages show in one transaction: state, events, rumours, corrections, titles."""
    # why: sqlalchemy ~700 ms to import; only this path needs it
    from sqlalchemy import select

    with session_scope(engine) as session:
        facts = load_current_facts(session)
        states = with_shown_evidence(load_state(session), facts)
        events = list(load_events(session))
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
        dated_links = load_dated_name_links(session)
        reviewed = frozenset(reviewed_pairs(session))
    aliases = aliases_of(link for _, link in dated_links)
    # the rumours open today; stale ones are dropped when a page is built
    rumours = open_rumours(states, facts, dt.date.max)
    return SiteRecords(
        states, events, rumours, withdrawn, titles, facts, aliases, dated_links, rules, reviewed
    )


def publish_site(engine: Engine, settings: Settings, *, today: dt.date | None = None) -> list[Path]:
    """Rebuild the whole site in the configured output folder from the database."""
    records = load_site_records(engine, ResolutionRules.from_settings(settings))
    today = today or dt.date.today()
    max_age = settings.digest.rumour_max_age_days
    written = write_site(
        settings.output.dir,
        records.states,
        records.events,
        rumours=open_rumours(records.states, records.facts, today, max_age),
        snapshot=lambda end: records.snapshot(end, max_age),
        rumour_max_age_days=max_age,
        story_sentences=settings.digest.story_sentences,
        feed_entries=settings.digest.feed_entries,
        withdrawn=records.withdrawn,
        site_title=settings.output.site_title,
        base_url=settings.output.base_url,
        titles=records.titles,
        aliases=records.aliases,
        reviewed=records.reviewed,
        review=review_page_context(engine, settings),
        today=today,
    )
    return written


def review_page_context(engine: Engine, settings: Settings) -> ReviewContext:
    """Load what the review page shows: the queue, the decisions and the hand facts."""

    with session_scope(engine, commit=False) as session:
        review = load_review(session, settings.review.page_items)
    return review_context(
        review.queue,
        review.decisions,
        review.orphan_ids,
        review.hand,
        site_title=settings.output.site_title,
        generated_at=dt.datetime.now(dt.UTC),
    )


def build_week_digest(
    engine: Engine,
    settings: Settings,
    week: str,
    *,
    root: str | None = None,
    now: dt.datetime | None = None,
) -> DigestContext:
    """Load the records and build the digest of one ISO week as known at its end."""
    records = load_site_records(engine, ResolutionRules.from_settings(settings))
    start, end = parse_week(week)
    max_age = settings.digest.rumour_max_age_days
    states, rumours = records.snapshot(end, max_age)
    now = now or dt.datetime.now(dt.UTC)
    return build_digest_context(
        week,
        records.events,
        states,
        rumours,
        [event for event, day in records.withdrawn if start <= day <= end],
        site_title=settings.output.site_title,
        root=root,
        titles=records.titles,
        generated_at=min(now, week_stamp(week)),
        rumour_max_age_days=max_age,
        story_sentences=settings.digest.story_sentences,
        reviewed=records.reviewed,
    )


@dataclass(frozen=True, slots=True)
class SendOutcome:
    """What ``--send`` did for a week: sent now, sent before, skipped as empty, or failed."""

    status: str  #: "sent", "already_sent", "empty" or "failed"
    recipients: int = 0
    sent_on: dt.datetime | None = None  #: when it was first delivered ("already_sent")


def send_week_digest(engine: Engine, settings: Settings, context: DigestContext) -> SendOutcome:
    """Mail a week's digest once: skip an empty week unless asked, never claim a resend."""

    smtp = settings.delivery.smtp
    if context.empty and not settings.digest.send_empty:
        return SendOutcome("empty")
    keys = [m.idempotency_key for m in digest_messages(context, smtp.recipients, smtp.sender)]
    with session_scope(engine) as session:
        before = [outbox.sent_at(session, key) for key in keys]
    if keys and all(before):
        return SendOutcome("already_sent", len(keys), min(d for d in before if d))
    if not send_digest(engine, settings, context):
        return SendOutcome("failed", len(keys))
    return SendOutcome("sent", sum(1 for d in before if d is None))


def publish_digest(
    engine: Engine, settings: Settings, week: str, *, send: bool = False
) -> tuple[list[Path], bool]:
    """Write one week's digest page (html + txt) into the site's digests and, if asked, mail it.

    Sending goes through the outbox (one message per week and recipient), so
    running this twice for the same week never mails a reader twice.
    Returns the files written and whether the week is now delivered (or had
    nothing to deliver).
    """
    context = build_week_digest(engine, settings, week, root=public_root(settings))
    paths = write_digest_files(settings.output.dir, context)
    if not send:
        return paths, False
    return paths, send_week_digest(engine, settings, context).status != "failed"
