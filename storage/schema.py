"""The database tables, as SQLAlchemy 2 typed declarative classes.

This module describes the schema at the latest Alembic revision
(``storage/migrations/versions``); a test checks that the two agree. Change
a table here only together with a new revision.

Every stored value traces back to its evidence: a fact belongs to a post, and
a resolved state or change event names the post (``post_id``), the source URL
and the evidence sentence that caused it. Fact values are JSON (strings,
integers, or lists for ``modalities``) so that each attribute keeps its type.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

#: constraint names are fixed so that migrations can refer to them on any backend
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: how events and states are stored for each way history is (re)computed
EVENT_MODES: tuple[str, ...] = ("live", "baseline", "reprocess")
OUTBOX_KINDS: tuple[str, ...] = ("alert", "digest", "webhook", "notice")


def utcnow() -> dt.datetime:
    """Return the current time in UTC (aware), the only clock the tables use."""
    return dt.datetime.now(dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and always read back timezone-aware.

    SQLite keeps no time zone, so without this a value written aware comes back
    naive and comparing it with ``utcnow()`` raises.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    if TYPE_CHECKING:
        # every row class maps one Table (DeclarativeBase types it as any FromClause),
        # so the bulk inserts can take insert(Row.__table__) as it is
        __table__: ClassVar[Table]
    type_annotation_map = {
        dt.datetime: UtcDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class SourceRow(Base):
    """A feed, page or archive that posts come from, with its fetch health."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="feed")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    #: HTTP validators for conditional GET
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    #: Cache-Control/Expires: do not fetch again before this time
    http_cache_until: Mapped[dt.datetime | None]
    next_fetch_at: Mapped[dt.datetime | None]
    last_fetched_at: Mapped[dt.datetime | None]
    last_success_at: Mapped[dt.datetime | None]
    last_new_entry_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    #: target of a permanent redirect (301/308), used from then on
    permanent_url: Mapped[str | None] = mapped_column(Text)
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    #: settings of a source added from the CLI (config sources keep theirs in the file)
    fulltext: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    interval_minutes: Mapped[int] = mapped_column(Integer, default=60, server_default="60")
    identity: Mapped[str] = mapped_column(String(20), default="guid", server_default="guid")


class PostRow(Base):
    """One version of a post: an edit with a new content hash is a new version."""

    __tablename__ = "posts"
    __table_args__ = (
        UniqueConstraint("post_key", "version", name="uq_posts_post_key_version"),
        Index("ix_posts_current", "post_key", "is_current"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), index=True
    )
    #: stable identity (GUID, canonical link, or title+date) across edits
    post_key: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: only the current version's facts take part in resolution
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    guid: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[dt.date | None] = mapped_column(Date)
    fetched_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    content_hash: Mapped[str] = mapped_column(String(128))
    content_type: Mapped[str] = mapped_column(String(20), default="html")
    body: Mapped[str] = mapped_column(Text, default="")
    #: readable text the facts were read from (None when extraction failed)
    text: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    #: fetches of a failed post so far (0 once it is read), for the retry backoff
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_attempt_at: Mapped[dt.datetime | None]


class FactRow(Base):
    """One statement about one model from one post version (docs/facts.md)."""

    __tablename__ = "facts"
    __table_args__ = (Index("ix_facts_key", "model", "attribute", "published"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    model: Mapped[str] = mapped_column(String(200))
    attribute: Mapped[str] = mapped_column(String(40))
    value: Mapped[Any] = mapped_column(JSON)
    certainty: Mapped[str] = mapped_column(String(20))
    evidence: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    #: the date resolution orders by: the post's publication date
    published: Mapped[dt.date] = mapped_column(Date)
    extractor_version: Mapped[str] = mapped_column(String(40))


class ModelStateRow(Base):
    """The resolved value of one attribute of one model, now."""

    __tablename__ = "model_state"

    model: Mapped[str] = mapped_column(String(200), primary_key=True)
    attribute: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    certainty: Mapped[str] = mapped_column(String(20))
    since: Mapped[dt.date] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    #: how many sources state the current value (the setting one included)
    corroborations: Mapped[int] = mapped_column(Integer, default=1)
    #: values other sources gave on the same day (a conflict), as a JSON list
    conflicts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: a speculative value that did not overturn a confirmed one
    rumour: Mapped[Any | None] = mapped_column(JSON)
    #: distinct sources stating the value
    support: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    #: sources saying otherwise: [{source, value, certainty, published}]
    dissent: Mapped[list[Any]] = mapped_column(JSON, default=list, server_default="[]")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class NameLinkRow(Base):
    """Two names a post gives one model: ``alias`` is filed under ``name``."""

    __tablename__ = "name_links"
    __table_args__ = (Index("ix_name_links_alias", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    alias: Mapped[str] = mapped_column(String(200))
    evidence: Mapped[str] = mapped_column(Text, default="")


class EventRow(Base):
    """A change of a resolved value; superseded when a recomputation drops or alters it."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_date", "date"),
        Index("ix_events_active_key", "model", "attribute", "superseded_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    model: Mapped[str] = mapped_column(String(200))
    attribute: Mapped[str] = mapped_column(String(40))
    old: Mapped[Any | None] = mapped_column(JSON)
    new: Mapped[Any] = mapped_column(JSON)
    #: publication date of the post that caused the change
    date: Mapped[dt.date] = mapped_column(Date)
    certainty: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str] = mapped_column(String(10))
    evidence: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    detected_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    #: how it was found: "live" ingest, "baseline" backfill, or "reprocess"
    mode: Mapped[str] = mapped_column(String(20), default="live")
    #: distinct sources stating the new value when it was adopted
    support: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    #: sources saying otherwise that week: [{source, value, certainty, published}]
    dissent: Mapped[list[Any]] = mapped_column(JSON, default=list, server_default="[]")
    superseded_at: Mapped[dt.datetime | None]
    #: "removed" or "altered" (a recomputed history no longer has it as stored)
    superseded_reason: Mapped[str | None] = mapped_column(Text)


class OutboxRow(Base):
    """One message to deliver (alert, digest, webhook, notice); sent at most once."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: the same message is never queued twice: a unique key per (what, where)
    idempotency_key: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    destination: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[dt.datetime | None] = mapped_column(index=True)


class ReviewDecisionRow(Base):
    """An analyst's decision on one fact, keyed by the post's content and the fact.

    Row ids of facts change on every reprocess; the content hash of the post and
    the fact's (model, attribute, value) do not, so decisions outlive both a
    reprocess and a new extractor version. A decision whose fact is gone stays
    (it is listed as orphaned).
    """

    __tablename__ = "review_decisions"
    __table_args__ = (
        UniqueConstraint(
            "content_hash", "model", "attribute", "value_key", name="uq_review_decisions_fact"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(128), index=True)
    model: Mapped[str] = mapped_column(String(200))
    attribute: Mapped[str] = mapped_column(String(40))
    value: Mapped[Any] = mapped_column(JSON)
    #: canonical text of the value (llamawatch.changes.value_key), to index and match it
    value_key: Mapped[str] = mapped_column(String(400))
    #: "accept", "reject" or "correct"
    decision: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text, default="")
    #: the analyst's values of a corrected fact (None: keep the extracted one)
    new_model: Mapped[str | None] = mapped_column(String(200))
    new_attribute: Mapped[str | None] = mapped_column(String(40))
    new_value: Mapped[Any | None] = mapped_column(JSON)
    new_certainty: Mapped[str | None] = mapped_column(String(20))
    #: what the fact said when decided, shown for orphans and scored by eval
    certainty: Mapped[str] = mapped_column(String(20), default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    post_url: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class RunRow(Base):
    """One flow run and its summary, for status and the operator."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    flow: Mapped[str] = mapped_column(String(100))
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="running")
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


__all__ = [
    "EVENT_MODES",
    "OUTBOX_KINDS",
    "Base",
    "EventRow",
    "FactRow",
    "ModelStateRow",
    "OutboxRow",
    "PostRow",
    "ReviewDecisionRow",
    "RunRow",
    "SourceRow",
    "UtcDateTime",
    "utcnow",
]
