"""The review page of the static site: what waits for a person, and what people decided.

Pure: records in, one HTML file out (``review.html``). Every waiting fact
carries the exact command that accepts or rejects it, so the page works from
disk with no server.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from llamawatch.evaluation.review import Decision, QueueItem
from llamawatch.publishing.render import safe_link
from llamawatch.records import Fact, format_value

#: file name of the page in the output folder
REVIEW_PAGE = "review.html"


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """One waiting fact as the page shows it."""

    fact_id: int
    date: dt.date | None
    severity: str
    kind: str
    headline: str
    evidence: str
    post_url: str
    post_link: str | None
    post_title: str
    support: tuple[str, ...]
    dissent: tuple[str, ...]
    accept_command: str
    reject_command: str
    ref: str = ""  #: stable reference the commands use (survives ``reprocess``)


@dataclass(frozen=True, slots=True)
class DecisionRow:
    """One stored decision as the page shows it."""

    id: int | None
    summary: str
    post_url: str
    post_link: str | None
    decided_by: str
    decided_at: dt.datetime | None
    orphaned: bool


@dataclass(frozen=True, slots=True)
class HandRow:
    """One fact entered by hand."""

    model: str
    attribute: str
    value: str
    certainty: str
    date: dt.date | None
    source: str
    source_link: str | None


@dataclass(frozen=True, slots=True)
class ReviewContext:
    """Context of ``review.html``."""

    site_title: str
    root: str
    generated_at: dt.datetime
    waiting: tuple[ReviewRow, ...]
    decisions: tuple[DecisionRow, ...]
    hand: tuple[HandRow, ...]


def review_context(
    items: Sequence[QueueItem],
    decisions: Sequence[Decision],
    orphan_ids: set[int],
    hand: Sequence[Fact],
    *,
    site_title: str,
    generated_at: dt.datetime,
) -> ReviewContext:
    """Build what the review page shows from the queue, the decisions and the hand facts."""
    waiting = tuple(
        ReviewRow(
            fact_id=item.fact_id,
            date=item.fact.published,
            severity=item.severity,
            kind=item.kind,
            headline=item.headline,
            evidence=item.fact.evidence,
            post_url=item.post_url,
            post_link=safe_link(item.post_url),
            post_title=item.post_title,
            support=item.support,
            dissent=tuple(f"{source} ({format_value(value)})" for source, value in item.dissent),
            accept_command=item.accept_command,
            reject_command=item.reject_command,
            ref=item.ref,
        )
        for item in items
    )
    rows = tuple(
        DecisionRow(
            id=d.id,
            summary=d.summary(),
            post_url=d.post_url,
            post_link=safe_link(d.post_url),
            decided_by=d.decided_by,
            decided_at=d.decided_at,
            orphaned=d.id in orphan_ids,
        )
        for d in sorted(decisions, key=lambda d: d.id or 0, reverse=True)
    )
    hand_rows = tuple(
        HandRow(
            f.model,
            f.attribute,
            format_value(f.value),
            f.certainty,
            f.published,
            f.source,
            safe_link(f.source),
        )
        for f in hand
    )
    return ReviewContext(site_title, "", generated_at, waiting, rows, hand_rows)
