"""Plain typed records passed between the pipeline's stages.

Data flows one way: Source → FetchResult → Post → ArticleText → Fact →
AttributeState / ChangeEvent. Every stage takes and returns these records; none
of them knows about Prefect, HTTP clients or database sessions.

Fact values are JSON scalars or, for ``modalities``, a sorted tuple of strings
(tuples keep records hashable; ``to_json`` turns them into lists).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

# the vocabulary's historic home: re-exported explicitly (``X as X``) for its importers
from llamawatch.attributes import ALERT_ATTRIBUTES as ALERT_ATTRIBUTES
from llamawatch.attributes import ARCHITECTURES as ARCHITECTURES
from llamawatch.attributes import ATTRIBUTES as ATTRIBUTES
from llamawatch.attributes import MODALITIES as MODALITIES
from llamawatch.attributes import OPENNESS_SCALE as OPENNESS_SCALE
from llamawatch.attributes import STATUSES as STATUSES
from llamawatch.attributes import FactValue as FactValue
from llamawatch.attributes import spec_value as spec_value

CERTAINTIES: tuple[str, ...] = ("confirmed", "reported", "speculative")

Certainty = Literal["confirmed", "reported", "speculative"]
Severity = Literal["alert", "digest"]
ContentType = Literal["html", "markdown", "text"]
SourceKind = Literal["feed", "page", "archive"]


def value_to_json(value: FactValue | None) -> Any:
    """Return a fact value as docs/facts.md's JSON wants it (lists, not tuples)."""
    return list(value) if isinstance(value, tuple) else value


def format_value(value: FactValue | None, attribute: str | None = None) -> str:
    """Return a value as people read it: 17000000000 → "17B" (the attribute's formatter)."""
    return spec_value(attribute, value)


def value_from_json(value: Any) -> FactValue:
    """Return a JSON fact value as a record value (sorted tuples for lists)."""
    if isinstance(value, list):
        return tuple(sorted(str(v) for v in value))
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f"not a fact value: {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class Source:
    """A place posts come from: a feed, a single page, or a local archive."""

    name: str  #: short label shown in status and logs
    url: str  #: http(s) URL, file path or directory
    kind: SourceKind = "feed"
    #: fetch the article page when a feed entry carries only a summary
    fulltext: bool = True
    enabled: bool = True
    interval_minutes: int = 60
    #: how a feed entry is identified: "guid", "link" or "title_date"
    identity: Literal["guid", "link", "title_date"] = "guid"


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of fetching one URL or file: a body, a 304, or an error."""

    source: Source
    url: str  #: final URL after redirects
    status: int | None  #: HTTP status; None for local files or transport errors
    content: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    error: str | None = None  #: one-line reason when the fetch failed
    fetched_at: dt.datetime | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class Post:
    """One article as published: raw body plus what the feed or file said of it."""

    url: str  #: canonical URL, or a urn / file path when there is none
    title: str
    body: str  #: raw content (HTML, Markdown without front matter, or text)
    content_type: ContentType
    published: dt.date | None = None
    guid: str | None = None
    source_name: str = ""
    #: the feed gave only a summary; the article page may still be fetched
    summary_only: bool = False
    #: stable identity under the source's policy (llamawatch.identity.post_key);
    #: empty until fetch fills it in
    key: str = ""
    #: why the article page could not be fetched (the post keeps its summary)
    error: str | None = None
    #: hash of what the source said of the post (title + feed content or summary),
    #: set by fetch; it tells an edit from a re-fetch, and stays the same when the
    #: article page replaces a summary. Empty: hash the body.
    fingerprint: str = ""


@dataclass(frozen=True, slots=True)
class ArticleText:
    """A post's readable text, ready for fact extraction."""

    url: str
    title: str
    text: str  #: plain text or Markdown; sentences are read from it
    published: dt.date | None = None
    source_name: str = ""


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement about one model from one post (docs/facts.md)."""

    model: str
    attribute: str
    value: FactValue
    certainty: Certainty
    evidence: str
    source: str
    published: dt.date | None = None
    #: a person accepted or corrected it, or entered it by hand (not part of equality)
    reviewed: bool = field(default=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "attribute": self.attribute,
            "value": value_to_json(self.value),
            "certainty": self.certainty,
            "evidence": self.evidence,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Fact:
        published = data.get("published")
        return cls(
            model=str(data["model"]),
            attribute=str(data["attribute"]),
            value=value_from_json(data["value"]),
            certainty=data.get("certainty", "confirmed"),
            evidence=str(data.get("evidence", "")),
            source=str(data.get("source", "")),
            published=dt.date.fromisoformat(published) if published else None,
        )


@dataclass(frozen=True, slots=True)
class Dissent:
    """A source that says otherwise than the resolved value: its latest statement."""

    source: str
    value: FactValue
    certainty: Certainty
    published: dt.date

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "value": value_to_json(self.value),
            "certainty": self.certainty,
            "published": self.published.isoformat(),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Dissent:
        return cls(
            source=str(data.get("source", "")),
            value=value_from_json(data["value"]),
            certainty=data.get("certainty", "confirmed"),
            published=dt.date.fromisoformat(data["published"]),
        )


def sources_text(count: int) -> str:
    """Say a support count: "1 source", "4 sources"."""
    return f"{count} source" if count == 1 else f"{count} sources"


@dataclass(frozen=True, slots=True)
class AttributeState:
    """The resolved value of one attribute of one model at some date."""

    value: FactValue
    certainty: Certainty
    since: dt.date  #: publication date of the post that set this value
    evidence: str
    source: str
    #: how many posts state this value (the setting post included)
    corroborations: int = 1
    #: values that other sources gave on the same day, when they disagree
    conflicts: tuple[FactValue, ...] = ()
    #: a speculative value that did not overturn a confirmed one
    rumour: FactValue | None = None
    #: distinct sources (sites) stating the value
    support: int = 1
    #: sources saying otherwise since the value was set, one (the latest) per source
    dissent: tuple[Dissent, ...] = ()
    #: in a past state: first stated after that date, of a model already out by then
    known_later: bool = False

    def to_json(self) -> dict[str, Any]:
        data = {
            "value": value_to_json(self.value),
            "certainty": self.certainty,
            "since": self.since.isoformat(),
            "evidence": self.evidence,
            "source": self.source,
            "support": self.support,
            "dissent": [d.to_json() for d in self.dissent],
        }
        if self.known_later:
            data["known_later"] = True
        return data


#: model name → attribute → resolved state
ModelStates = dict[str, dict[str, AttributeState]]


@dataclass(frozen=True, slots=True)
class ChangeEvent:
    """A resolved value changing (docs/resolution.md)."""

    date: dt.date
    model: str
    attribute: str
    old: FactValue | None
    new: FactValue
    certainty: Certainty
    severity: Severity
    evidence: str
    source: str
    #: distinct sources stating the new value on the day it was adopted
    support: int = 1
    #: sources saying otherwise in the week of the change
    dissent: tuple[Dissent, ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        """Identity of the transition: model, attribute and new value."""
        return (self.model, self.attribute, repr(value_to_json(self.new)))

    def headline(self) -> str:
        """Say the change in one line: "Avocado: openness closed (reported, 3 sources)"."""
        new = format_value(self.new, self.attribute)
        old = format_value(self.old, self.attribute)
        change = new if self.old is None else f"{old} → {new}"
        dissent = len(self.dissent)
        against = f", {dissent} {'says' if dissent == 1 else 'say'} otherwise" if dissent else ""
        return (
            f"{self.model}: {self.attribute} {change} "
            f"({self.certainty}, {sources_text(self.support)}{against})"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "model": self.model,
            "attribute": self.attribute,
            "old": value_to_json(self.old),
            "new": value_to_json(self.new),
            "certainty": self.certainty,
            "severity": self.severity,
            "evidence": self.evidence,
            "source": self.source,
            "support": self.support,
            "dissent": [d.to_json() for d in self.dissent],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ChangeEvent:
        old = data.get("old")
        return cls(
            date=dt.date.fromisoformat(data["date"]),
            model=data["model"],
            attribute=data["attribute"],
            old=None if old is None else value_from_json(old),
            new=value_from_json(data["new"]),
            certainty=data.get("certainty", "confirmed"),
            severity=data.get("severity", "digest"),
            evidence=data.get("evidence", ""),
            source=data.get("source", ""),
            support=int(data.get("support", 1)),
            dissent=tuple(Dissent.from_json(d) for d in data.get("dissent", ())),
        )


@dataclass(frozen=True, slots=True)
class ExtractedPost:
    """A post with its text and facts, or the reason they could not be read."""

    post: Post
    article: ArticleText | None
    facts: tuple[Fact, ...] = ()
    error: str | None = None  #: one-line reason when text or facts failed
    #: two names the post gives one model ("Muse Spark, codenamed Avocado")
    links: tuple[NameLink, ...] = ()


@dataclass(frozen=True, slots=True)
class HistoryDiff:
    """How a recomputed history differs from the stored one."""

    added: tuple[ChangeEvent, ...] = ()
    removed: tuple[ChangeEvent, ...] = ()
    #: (stored, recomputed) pairs for the same transition whose details changed
    altered: tuple[tuple[ChangeEvent, ChangeEvent], ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.altered)


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    """A message to queue: what (kind, subject, payload), where (destination), and its key."""

    idempotency_key: str  #: same message to the same place → same key
    kind: str  #: "alert", "digest", "webhook" or "notice"
    destination: str  #: "mailto:addr", "apprise:<id>", "webhook:<id>"
    subject: str
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class NameLink:
    """Two names one post gives one model: ``alias`` (a codename or internal name) is ``name``."""

    name: str  #: the name the post's facts use (the product name, e.g. "Muse Spark")
    alias: str  #: the other name (e.g. the codename "Avocado")
    evidence: str  #: the clause that ties them
