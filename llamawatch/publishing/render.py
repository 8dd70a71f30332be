"""Rendering: records in, typed template contexts and rendered text out.

Every template in ``templates/`` gets one context dataclass defined here
(``TEMPLATE_CONTEXTS`` says which); a contract test checks that the template
uses exactly the fields of its dataclass. Builders take records
(``ModelStates``, ``ChangeEvent``, ``Fact``) and never a database session, so
the digest for any week can be rebuilt from whatever storage loads.

One Jinja environment renders everything. Autoescape is on for every template
except the plain-text ones (``*.txt``): text mail and text alerts show a
``<script>`` in a title as the characters it is, which is harmless there.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

import css_inline
from jinja2 import Environment, PackageLoader, StrictUndefined

from llamawatch.attributes import (
    ATTRIBUTE_SPECS,
    OPENNESS_LABELS,
    date_span,
    format_count,
    spec_label,
    spec_value,
)
from llamawatch.changes import (
    DEFAULT_RULES,
    ResolutionRules,
    is_restatement,
    resolve_history,
    sort_states,
    value_key,
)
from llamawatch.publishing.svg import (
    SizesLayout,
    StripLayout,
    TimelineLayout,
    layout_history_strips,
    layout_openness_timeline,
    layout_sizes,
)
from llamawatch.records import (
    ALERT_ATTRIBUTES,
    ATTRIBUTES,
    OPENNESS_SCALE,
    AttributeState,
    ChangeEvent,
    Fact,
    FactValue,
    ModelStates,
    NameLink,
    sources_text,
    value_to_json,
)

if TYPE_CHECKING:
    from llamawatch.config import Settings

#: how each attribute is named on pages and in mail
ATTRIBUTE_LABELS: dict[str, str] = {spec.name: spec.label for spec in ATTRIBUTE_SPECS}
#: alert sections of the digest, in the order a reader cares about them
ALERT_SECTIONS: tuple[tuple[str, str], ...] = (
    ("openness", "Openness"),
    ("license", "Licence"),
    ("status", "Status"),
)
#: (model, attribute, value key) of values a person reviewed (``storage.review.reviewed_pairs``)
Reviewed = frozenset[tuple[str, str, str]] | set[tuple[str, str, str]]

#: how many change headlines the digest subject names before "+N more"
SUBJECT_HEADLINES = 3
SUBJECT_MAX_CHARS = 150
#: changes listed on the index page and entries in the Atom feed
RECENT_CHANGES = 15
#: longest slug of a model name (file names must stay far below 255 bytes)
SLUG_MAX_CHARS = 60
#: how a release date is labelled, by the model's status: a date is "released"
#: only for a released model
RELEASE_LABELS: dict[str | None, str] = {
    "released": "Released",
    "upcoming": "Expected",
    "shelved": "Was planned",
    None: "Release date",
}
#: characters kept as they are when a source URL becomes a link
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


# ---------------------------------------------------------------- helpers


def display_value(attribute: str, value: FactValue | None) -> str:
    """Return a value as a reader wants it: "17B", "10M tokens", "open weights"."""
    return spec_value(attribute, value)


def public_root(settings: Settings) -> str | None:
    """Return the prefix for links in mail and feeds: the public URL of the pages, or None."""
    base = settings.output.base_url.strip()
    return base.rstrip("/") + "/" if safe_link(base) else None


def attribute_label(attribute: str) -> str:
    """Return the reader's name of an attribute."""
    return spec_label(attribute)


@functools.lru_cache(maxsize=65536)
def safe_link(url: str) -> str | None:
    """Return ``url`` when it may be a link (http or https), else None.

    Sources can be file paths or hostile strings (``javascript:``); those are
    shown as text, never put in an ``href``.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        # percent-encode what has no business in a URL (<, >, quotes, spaces)
        return quote(url.strip(), safe=_URL_SAFE)
    return None


def link_text(url: str, titles: Mapping[str, str] | None = None) -> str:
    """Return what a link to a post says: its title when known, else host and path."""
    if titles and titles.get(url):
        return " ".join(titles[url].split())
    parts = urlsplit(url)
    if parts.netloc:
        text = parts.netloc + parts.path
        return text if len(text) <= 80 else text[:77] + "…"
    return url


_PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .\-]*")


def slugify(name: str, max_chars: int = SLUG_MAX_CHARS) -> str:
    """Return a safe, bounded file name stem for a model name ("Llama 4 Scout" → "llama-4-scout").

    Plain ASCII names keep their readable slug. Names that lose characters on
    the way (slashes, unicode, over-long codenames) get a short hash of the full
    name, so two such names never share a page and a 300-character codename
    still makes a file name the file system accepts.
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if _PLAIN_NAME.fullmatch(name) and slug and len(slug) <= max_chars:
        return slug
    suffix = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    slug = slug[: max_chars - len(suffix) - 1].rstrip("-")
    return f"{slug}-{suffix}" if slug else f"model-{suffix}"


def model_slugs(names: Iterable[str]) -> dict[str, str]:
    """Map model names to unique slugs (pages and every link to them use this)."""
    slugs: dict[str, str] = {}
    used: set[str] = set()
    for name in sorted(set(names)):
        base = slugify(name)
        slug, n = base, 2
        while slug in used:
            # two names with one slug ("Llama 3.1" and "Llama 3-1"): a numeric suffix
            slug, n = f"{base[: SLUG_MAX_CHARS - 4]}-{n}", n + 1
        used.add(slug)
        slugs[name] = slug
    return slugs


def iso_week(day: dt.date) -> str:
    """Return the ISO week a date falls in, as YYYY-Www."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def parse_week(week: str) -> tuple[dt.date, dt.date]:
    """Return the Monday and Sunday of an ISO week written YYYY-Www."""
    match = re.fullmatch(r"(\d{4})-?W(\d{2})", week.strip(), flags=re.IGNORECASE)
    if not match:
        raise ValueError(f"not an ISO week (YYYY-Www): {week!r}")
    year, number = int(match[1]), int(match[2])
    try:
        monday = dt.date.fromisocalendar(year, number, 1)
    except ValueError as exc:
        raise ValueError(f"{year} has no week {number}") from exc
    return monday, monday + dt.timedelta(days=6)


def last_complete_week(today: dt.date) -> str:
    """Return the ISO week before the one ``today`` is in (Monday's digest covers it)."""
    return iso_week(today - dt.timedelta(days=7))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def subject_line(text: str) -> str:
    """Return one line for a mail subject, in ASCII where that is easy.

    A non-ASCII subject is sent as RFC 2047 encoded words, and many readers
    (Python's included) show a stray space where folding split it; arrows and
    ellipses are the usual cause here, so they become "->" and "...".
    """
    return _one_line(text.replace("→", "->").replace("…", "..."))


# ---------------------------------------------------------------- contexts


@dataclass(frozen=True, slots=True)
class ChangeItem:
    """One change event, ready to show: display values and a safe link."""

    date: dt.date
    week: str
    model: str
    model_slug: str
    attribute: str
    attribute_label: str
    old: str | None  #: display of the old value; None for a first value
    new: str
    new_raw: str  #: the raw new value (for CSS classes such as openness rungs)
    certainty: str
    severity: str
    evidence: str
    source: str
    source_url: str | None  #: http(s) link to the post, or None when not linkable
    source_title: str  #: the post's title when known, else the address
    kind: str  #: "openness", "license", "status", "new_model" or "change"
    support: int = 1  #: distinct sources stating the new value when it was adopted
    #: a person accepted, corrected or entered the new value (``llamawatch review``)
    reviewed: bool = False
    #: the alert policy's standing note ("reviewed", "unreviewed, 1 source"); alerts only
    note: str = ""

    @property
    def support_text(self) -> str:
        """Say how many sources back the change: "1 source", "4 sources"."""
        return sources_text(self.support)

    @property
    def headline(self) -> str:
        """Say the change in one line, for subjects, titles and text mail."""
        change = self.new if self.old is None else f"{self.old} → {self.new}"
        return _one_line(f"{self.model}: {self.attribute_label.lower()} {change}")


@dataclass(frozen=True, slots=True)
class NewModelItem:
    """A model seen for the first time, with the values first reported for it."""

    model: str
    model_slug: str
    date: dt.date
    items: tuple[ChangeItem, ...]


@dataclass(frozen=True, slots=True)
class AlertSection:
    """One alert heading of the digest (openness, licence, status) and its changes."""

    kind: str
    title: str
    items: tuple[ChangeItem, ...]


@dataclass(frozen=True, slots=True)
class RumourItem:
    """A speculative or reported value not (yet) confirmed."""

    model: str
    model_slug: str
    attribute_label: str
    value: str
    current: str | None  #: what the resolved state says now, if anything
    certainty: str
    date: dt.date | None
    evidence: str
    source: str
    source_url: str | None
    source_title: str


@dataclass(frozen=True, slots=True)
class ConflictItem:
    """Sources disagreeing about one attribute of one model."""

    model: str
    model_slug: str
    attribute_label: str
    current: str
    others: tuple[str, ...]
    since: dt.date
    certainty: str
    evidence: str
    source: str
    source_url: str | None
    source_title: str


@dataclass(frozen=True, slots=True)
class DigestContext:
    """Context of ``digest_email.html``, ``digest.txt`` and ``digest_page.html``."""

    site_title: str
    week: str
    start: dt.date
    end: dt.date
    subject: str
    alert_sections: tuple[AlertSection, ...]
    new_models: tuple[NewModelItem, ...]
    changes: tuple[ChangeItem, ...]
    rumours: tuple[RumourItem, ...]
    conflicts: tuple[ConflictItem, ...]
    corrections: tuple[ChangeItem, ...]  #: earlier changes withdrawn in this week
    #: prefix for links to the pages ("../" on the site, the public URL in mail,
    #: None when the pages have no address to link to)
    root: str | None
    generated_at: dt.datetime
    #: nothing changed in the week (rumours and conflicts may still be open)
    empty: bool
    #: how many changes of each kind, for the summary line
    counts: Mapping[str, int] = field(default_factory=dict)
    #: a few plain sentences telling the week, most important first
    story: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AlertContext:
    """Context of ``alert.txt`` and ``alert.html``: changes to report at once."""

    site_title: str
    subject: str
    items: tuple[ChangeItem, ...]
    root: str | None


@dataclass(frozen=True, slots=True)
class ModelRow:
    """One model on the index: its current state at a glance."""

    name: str
    slug: str
    openness: str | None  #: raw rung (CSS class) or None when unknown
    openness_label: str
    openness_certainty: str | None
    status: str
    license: str
    release_date: str
    release_label: str  #: "Released", "Expected" or "Was planned", by status
    size: str
    context_window: str
    updated: dt.date | None
    open_rumours: int
    #: attribute → who says otherwise ("2 sources say 175B"), for values shown
    dissent: Mapping[str, str] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()  #: other names the model's posts used (codenames)
    #: attributes whose shown value a person reviewed (accepted, corrected or entered)
    reviewed: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class DigestLink:
    """A weekly digest page in lists."""

    week: str
    href: str
    start: dt.date
    end: dt.date
    changes: int
    alerts: int


@dataclass(frozen=True, slots=True)
class IndexContext:
    """Context of ``index.html``."""

    site_title: str
    root: str
    generated_at: dt.datetime
    models: tuple[ModelRow, ...]
    timeline: TimelineLayout
    sizes: SizesLayout
    recent: tuple[ChangeItem, ...]
    digests: tuple[DigestLink, ...]
    event_count: int


@dataclass(frozen=True, slots=True)
class AttributeHistory:
    """One attribute of one model: its current value and every change, with evidence."""

    attribute: str
    label: str
    current: str | None
    certainty: str | None
    since: dt.date | None
    evidence: str
    source_url: str | None
    source_title: str
    corroborations: int
    #: sources behind the value and sources against it, once states carry them
    #: (``AttributeState.support`` / ``dissent``); None until then
    support: int | None
    dissent: int
    changes: tuple[ChangeItem, ...]
    rumour: str | None
    conflicts: tuple[str, ...]
    reviewed: bool = False  #: a person reviewed the current value


@dataclass(frozen=True, slots=True)
class ModelContext:
    """Context of ``model.html``."""

    site_title: str
    root: str
    generated_at: dt.datetime
    model: str
    openness: str | None
    openness_label: str
    attributes: tuple[AttributeHistory, ...]
    rumours: tuple[RumourItem, ...]
    feed_href: str  #: this model's own Atom feed, relative to the site root
    strips: StripLayout  #: status, openness and licence over time


@dataclass(frozen=True, slots=True)
class WeekChanges:
    """The changes of one ISO week, on the changes page."""

    week: str
    start: dt.date
    end: dt.date
    digest_href: str | None
    items: tuple[ChangeItem, ...]


@dataclass(frozen=True, slots=True)
class ChangesContext:
    """Context of ``changes.html``."""

    site_title: str
    root: str
    generated_at: dt.datetime
    weeks: tuple[WeekChanges, ...]
    event_count: int


@dataclass(frozen=True, slots=True)
class DigestsContext:
    """Context of ``digests.html``: the archive of weekly digests."""

    site_title: str
    root: str
    generated_at: dt.datetime
    digests: tuple[DigestLink, ...]


#: which context dataclass each top-level template renders
TEMPLATE_CONTEXTS: dict[str, type] = {
    "digest_email.html": DigestContext,
    "digest_page.html": DigestContext,
    "digest.txt": DigestContext,
    "alert.html": AlertContext,
    "alert.txt": AlertContext,
    "index.html": IndexContext,
    "model.html": ModelContext,
    "changes.html": ChangesContext,
    "digests.html": DigestsContext,
}


# ---------------------------------------------------------------- environment


def _autoescape(name: str | None) -> bool:
    return name is None or not name.endswith(".txt")


@functools.cache
def environment() -> Environment:
    """Return the one Jinja environment (templates shipped as ``llamawatch.templates``)."""
    env = Environment(
        loader=PackageLoader("llamawatch.templates", "."),
        autoescape=_autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # templates ship with the package: no need to stat them on every include
        auto_reload=False,
    )
    env.filters["longdate"] = lambda d: f"{d.day} {d:%B %Y}" if d else "—"
    env.filters["shortdate"] = lambda d: d.isoformat() if d else "—"
    return env


def template_variables(context: Any) -> dict[str, Any]:
    """Return a context dataclass as template variables (its fields, one level deep)."""
    return {f.name: getattr(context, f.name) for f in fields(context)}


def render_template(name: str, context: Any) -> str:
    """Render one template with its context dataclass, checking the pairing."""
    expected = TEMPLATE_CONTEXTS.get(name)
    if expected is not None and not isinstance(context, expected):
        raise TypeError(f"{name} renders a {expected.__name__}, not {type(context).__name__}")
    return environment().get_template(name).render(template_variables(context))


# ---------------------------------------------------------------- builders


def _kind(event: ChangeEvent, new_models: set[str]) -> str:
    if event.model in new_models:
        return "new_model"
    if event.attribute in ALERT_ATTRIBUTES and event.severity == "alert":
        return event.attribute
    return "change"


def change_item(
    event: ChangeEvent,
    slugs: Mapping[str, str],
    titles: Mapping[str, str] | None = None,
    kind: str | None = None,
    reviewed: Reviewed = frozenset(),
    note: str = "",
) -> ChangeItem:
    """Turn one change event into what a page or message shows."""
    return ChangeItem(
        date=event.date,
        week=iso_week(event.date),
        model=event.model,
        model_slug=slugs.get(event.model) or slugify(event.model),
        attribute=event.attribute,
        attribute_label=attribute_label(event.attribute),
        old=None if event.old is None else display_value(event.attribute, event.old),
        new=display_value(event.attribute, event.new),
        new_raw=str(event.new) if not isinstance(event.new, tuple) else ",".join(event.new),
        certainty=event.certainty,
        severity=event.severity,
        evidence=_one_line(event.evidence),
        source=event.source,
        source_url=safe_link(event.source),
        source_title=link_text(event.source, titles),
        kind=kind or ("change" if event.severity != "alert" else event.attribute),
        support=event.support,
        reviewed=is_reviewed(reviewed, event.model, event.attribute, event.new),
        note=note,
    )


def is_reviewed(reviewed: Reviewed, model: str, attribute: str, value: FactValue | None) -> bool:
    """True when a person reviewed this value of this attribute of this model."""
    return bool(reviewed) and (model, attribute, value_key(value)) in reviewed


def first_seen_dates(events: Iterable[ChangeEvent]) -> dict[str, dt.date]:
    first: dict[str, dt.date] = {}
    for event in events:
        if event.model not in first or event.date < first[event.model]:
            first[event.model] = event.date
    return first


# ---------------------------------------------------------------- as of a date


def states_as_of(
    facts: Iterable[Fact],
    as_of: dt.date,
    *,
    rules: ResolutionRules | None = None,
    links: Iterable[NameLink] = (),
) -> ModelStates:
    """Resolve the state as it stood at the end of ``as_of`` (facts published later unseen)."""
    return resolve_history(facts, as_of, rules=rules or DEFAULT_RULES, links=links)[0]


class StateTimeline:
    """The state as of any date, re-resolving only the models that changed since the last date.

    A site has a digest per week; resolving every fact for each week costs
    weeks × facts. Between two dates only the models with a post (or a name
    link) in between can differ, so only those are resolved again. Models are
    resolved whole, with the storage's rules, so a past week's state is the one
    ``export state --as-of`` gives.
    """

    def __init__(
        self,
        facts: Iterable[Fact],
        *,
        rules: ResolutionRules | None = None,
        links: Iterable[tuple[dt.date | None, NameLink]] = (),
    ) -> None:
        self._rules = rules or DEFAULT_RULES
        self._facts = sorted((f for f in facts if f.published is not None), key=_published)
        self._links = [(day, link) for day, link in links if day is not None]
        self._last: tuple[dt.date, ModelStates] | None = None

    def _resolve(self, as_of: dt.date, models: set[str] | None) -> ModelStates:
        links = [link for day, link in self._links if day <= as_of]
        names = {link.alias: link.name for link in links}
        wanted = [
            f
            for f in self._facts
            if models is None or f.model in models or names.get(f.model) in models
        ]
        return resolve_history(wanted, as_of, rules=self._rules, links=links)[0]

    def states(self, as_of: dt.date) -> ModelStates:
        """Return the state at the end of ``as_of``."""
        if self._last is None:
            states = self._resolve(as_of, None)
        else:
            before, previous = self._last
            low, high = min(before, as_of), max(before, as_of)
            moved = {f.model for f in self._facts if low < f.published <= high}  # type: ignore[operator]
            moved_links = [link for day, link in self._links if low < day <= high]
            if moved_links:
                # a new link renames models: resolve everything again
                states = self._resolve(as_of, None)
            else:
                names = {link.alias: link.name for day, link in self._links if day <= as_of}
                models = moved | {names[m] for m in moved if m in names}
                states = {m: a for m, a in previous.items() if m not in models}
                states.update(self._resolve(as_of, models) if models else {})
        self._last = (as_of, states)
        return sort_states(states)


def _published(fact: Fact) -> dt.date:
    assert fact.published is not None
    return fact.published


def with_shown_evidence(states: ModelStates, facts: Iterable[Fact]) -> ModelStates:
    """Quote, for each value, a post as sure as the value's certainty.

    A value set by a report and later confirmed by another post is
    "confirmed"; quoting the report under that badge would mislead, so the
    quote becomes the confirming post's (the earliest one that is as sure).
    """
    supporting: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        supporting[(fact.model, fact.attribute)].append(fact)
    shown: ModelStates = {}
    for model, attributes in states.items():
        shown[model] = {}
        for attribute, state in attributes.items():
            best = state
            setter_sure = any(
                f.source == state.source
                and f.evidence == state.evidence
                and f.certainty == state.certainty
                for f in supporting.get((model, attribute), ())
            )
            if not setter_sure:
                candidates = sorted(
                    (
                        f
                        for f in supporting.get((model, attribute), ())
                        if f.certainty == state.certainty
                        and f.published is not None
                        and f.published >= state.since
                        and is_restatement(attribute, state.value, f.value)
                    ),
                    key=lambda f: (f.published, f.source),
                )
                if candidates:
                    best = replace(
                        state, evidence=candidates[0].evidence, source=candidates[0].source
                    )
            shown[model][attribute] = best
    return shown


def open_rumours(
    states: ModelStates,
    facts: Iterable[Fact],
    as_of: dt.date,
    max_age_days: int | None = None,
) -> list[Fact]:
    """Return the rumours still open at the end of ``as_of``, each once.

    A rumour is a value no source has confirmed: an unconfirmed current value,
    or a speculative value that a confirmed one blocked. It is closed when a
    post confirms it, when a newer statement overtakes it (the blocked
    speculation is older than the confirmed value; the model was shelved after
    it), or when nobody repeated it for ``max_age_days``.
    """
    speculative: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.certainty == "speculative" and fact.published and fact.published <= as_of:
            speculative[(fact.model, fact.attribute)].append(fact)
    rumours: list[Fact] = []
    for model, attributes in states.items():
        for attribute, state in attributes.items():
            if state.certainty != "confirmed":
                rumours.append(
                    Fact(
                        model=model,
                        attribute=attribute,
                        value=state.value,
                        certainty=state.certainty,
                        evidence=state.evidence,
                        source=state.source,
                        published=state.since,
                    )
                )
            if state.rumour is not None:
                latest = max(
                    (
                        f
                        for f in speculative.get((model, attribute), ())
                        if is_restatement(attribute, state.rumour, f.value)
                    ),
                    key=lambda f: (f.published, f.source),
                    default=None,
                )
                if latest is not None and latest.published and latest.published >= state.since:
                    rumours.append(latest)
    return expire_rumours(rumours, states, as_of, max_age_days)


def expire_rumours(
    rumours: Iterable[Fact],
    states: ModelStates,
    as_of: dt.date,
    max_age_days: int | None = None,
) -> list[Fact]:
    """Drop rumours not known yet at ``as_of``, stale ones, and plans a shelving overtook."""
    oldest = as_of - dt.timedelta(days=max_age_days) if max_age_days else dt.date.min
    kept = []
    for fact in rumours:
        if fact.published is not None and not oldest <= fact.published <= as_of:
            continue
        status = states.get(fact.model, {}).get("status")
        if (
            status is not None
            and status.value == "shelved"
            and fact.attribute in ("release_date", "status")
            and (fact.published is None or fact.published <= status.since)
            and not (fact.attribute == "status" and fact.value == "shelved")
        ):
            continue  # a plan for a model that was shelved since is no longer open
        kept.append(fact)
    return kept


def release_label(model_state: Mapping[str, AttributeState]) -> str:
    """Return how a model's release date is labelled given its status ("Expected" …)."""
    status = model_state.get("status")
    return RELEASE_LABELS.get(str(status.value) if status else None, RELEASE_LABELS[None])


# ---------------------------------------------------------------- the week's story

_CERTAINTY_VERBS = {
    "confirmed": "is confirmed",
    "reported": "was reported",
    "speculative": "is rumoured",
}
_STATUS_CLAUSES = {
    "upcoming": "be in development",
    "released": "be released",
    "shelved": "be shelved",
}


def _clause(item: ChangeItem) -> str:
    """Say what a change makes true, as an infinitive ("be closed", "have 2T parameters")."""
    if item.attribute == "status":
        return _STATUS_CLAUSES.get(item.new_raw, f"be {item.new}")
    if item.attribute == "openness":
        return f"be {item.new}"
    if item.attribute == "license":
        return f"be under the {item.new} licence"
    if item.attribute in ("params_total", "params_active"):
        kind = "active " if item.attribute == "params_active" else ""
        return f"have {item.new} {kind}parameters"
    if item.attribute == "context_window":
        return f"have a context window of {item.new}"
    if item.attribute == "architecture":
        return f"be a {item.new} model"
    if item.attribute == "modalities":
        return f"take {item.new} as input"
    return f"have {item.attribute_label.lower()} {item.new}"


def _release_clause(item: ChangeItem, status: str | None, subject: str = "its") -> str:
    """Say a release date in the words its model's status allows ("expected", "was planned")."""
    if status == "released":
        # a day is "on", a month, quarter or year is "in"
        preposition = "on" if re.fullmatch(r"\d{4}-\d\d-\d\d", item.new) else "in"
        if subject == "its":
            return f"it was released {preposition} {item.new}"
        return f"{item.model} was released {preposition} {item.new}"
    owner = "its" if subject == "its" else f"{item.model}'s"
    if status == "shelved":
        return f"{owner} release was planned for {item.new}"
    now = " now" if item.old is not None else ""
    return f"{owner} release is{now} expected in {item.new}"


def _sources(items: Sequence[ChangeItem]) -> str:
    count = len({item.source for item in items})
    return f"{count} source{'s' if count != 1 else ''}"


def week_story(
    new_models: Sequence[NewModelItem],
    alert_sections: Sequence[AlertSection],
    changes: Sequence[ChangeItem],
    statuses: Mapping[str, str],
    limit: int = 5,
    corrections: Sequence[ChangeItem] = (),
) -> tuple[str, ...]:
    """Tell the week in a few plain sentences, most important first, from its change items.

    ``statuses`` maps a model to its status at the end of the week, which
    decides whether a release date is "expected", "was planned" or "released".
    """
    sentences: list[str] = []
    for new_model in new_models:
        items = list(new_model.items)
        release = [i for i in items if i.attribute == "release_date"]
        told = [
            i for i in items if i.attribute in ("openness", "status", "license", "params_total")
        ]
        certainty = _weakest([i.certainty for i in told or items])
        text = f"{new_model.model}, a new model,"
        if told:
            clauses = " and to ".join(_clause(i) for i in told)
            text += f" {_CERTAINTY_VERBS.get(certainty, 'was reported')} to {clauses}"
        else:
            text += " was first reported"
        if release:
            text += "; " + _release_clause(release[-1], statuses.get(new_model.model))
        sentences.append(f"{text} ({_sources(items)}).")
    for section in alert_sections:
        for item in section.items:
            was = f"was {item.old}; " if item.old is not None else ""
            sentences.append(
                f"{item.model} {_CERTAINTY_VERBS.get(item.certainty, 'was reported')} to "
                f"{_clause(item)} ({was}{_sources([item])})."
            )
    for item in changes:
        if item.attribute == "release_date":
            text = _release_clause(item, statuses.get(item.model), subject="model")
        elif item.old is None:
            verb = _CERTAINTY_VERBS.get(item.certainty, "was reported")
            text = f"{item.model} {verb} to {_clause(item)}"
        else:
            label = item.attribute_label.lower()
            text = f"{item.model}'s {label} changed from {item.old} to {item.new}"
        if item.old is None and item.attribute != "release_date":
            # the verb already says how sure the news is
            sentences.append(f"{text} ({_sources([item])}).")
            continue
        was = (
            f"was {item.old}; " if item.old is not None and item.attribute == "release_date" else ""
        )
        sentences.append(f"{text} ({was}{item.certainty}, {_sources([item])}).")
    for item in corrections:
        label = item.attribute_label.lower()
        sentences.append(
            f"Correction: {item.model}'s {label} {item.new}, reported on "
            f"{item.date.isoformat()}, no longer holds after newer posts."
        )
    if len(sentences) > limit:
        more = len(sentences) - limit
        sentences = [*sentences[:limit], f"And {more} more change{'s' if more != 1 else ''} below."]
    return tuple(sentences)


def _weakest(certainties: Sequence[str]) -> str:
    order = ("speculative", "reported", "confirmed")
    return min(certainties, key=lambda c: order.index(c) if c in order else 0, default="reported")


def rumour_items(
    rumours: Iterable[Fact],
    states: ModelStates,
    slugs: Mapping[str, str],
    titles: Mapping[str, str] | None = None,
) -> tuple[RumourItem, ...]:
    """Turn open rumours (unconfirmed facts) into display items, newest first."""
    items = []
    for fact in rumours:
        state = states.get(fact.model, {}).get(fact.attribute)
        items.append(
            RumourItem(
                model=fact.model,
                model_slug=slugs.get(fact.model) or slugify(fact.model),
                attribute_label=attribute_label(fact.attribute),
                value=display_value(fact.attribute, fact.value),
                current=None if state is None else display_value(fact.attribute, state.value),
                certainty=fact.certainty,
                date=fact.published,
                evidence=_one_line(fact.evidence),
                source=fact.source,
                source_url=safe_link(fact.source),
                source_title=link_text(fact.source, titles),
            )
        )
    items.sort(key=lambda r: (r.date or dt.date.min, r.model), reverse=True)
    return tuple(items)


def conflict_items(
    states: ModelStates,
    slugs: Mapping[str, str],
    titles: Mapping[str, str] | None = None,
) -> tuple[ConflictItem, ...]:
    """List the attributes whose sources disagree (``AttributeState.conflicts``)."""
    items = []
    for model in sorted(states):
        for attribute in _ordered_attributes(states[model]):
            state = states[model][attribute]
            if not state.conflicts:
                continue
            items.append(
                ConflictItem(
                    model=model,
                    model_slug=slugs.get(model) or slugify(model),
                    attribute_label=attribute_label(attribute),
                    current=display_value(attribute, state.value),
                    others=tuple(display_value(attribute, v) for v in state.conflicts),
                    since=state.since,
                    certainty=state.certainty,
                    evidence=_one_line(state.evidence),
                    source=state.source,
                    source_url=safe_link(state.source),
                    source_title=link_text(state.source, titles),
                )
            )
    return tuple(items)


def _ordered_attributes(attributes: Iterable[str]) -> list[str]:
    order = {name: i for i, name in enumerate(ATTRIBUTES)}
    return sorted(attributes, key=lambda a: (order.get(a, len(order)), a))


def digest_subject(
    site_title: str,
    week: str,
    sections: Sequence[AlertSection],
    new_models: Sequence[NewModelItem],
    changes: Sequence[ChangeItem],
) -> str:
    """Name the week's top changes in the subject: alerts first, then new models, then others."""
    headlines = [item.headline for section in sections for item in section.items]
    headlines += [f"new model {m.model}" for m in new_models]
    headlines += [item.headline for item in changes]
    if not headlines:
        return subject_line(f"[{site_title}] {week}: no changes this week")
    shown = headlines[:SUBJECT_HEADLINES]
    while len(shown) > 1 and len("; ".join(shown)) > SUBJECT_MAX_CHARS:
        shown.pop()
    text = "; ".join(shown)
    if len(text) > SUBJECT_MAX_CHARS:
        text = text[: SUBJECT_MAX_CHARS - 3] + "..."
    more = len(headlines) - len(shown)
    suffix = f" (+{more} more)" if more else ""
    return subject_line(f"[{site_title}] {week}: {text}{suffix}")


def build_digest_context(
    week: str,
    events: Iterable[ChangeEvent],
    states: ModelStates,
    rumours: Iterable[Fact] = (),
    superseded: Iterable[ChangeEvent] = (),
    *,
    site_title: str = "llamawatch",
    root: str | None = None,
    titles: Mapping[str, str] | None = None,
    generated_at: dt.datetime | None = None,
    first_seen: Mapping[str, dt.date] | None = None,
    slugs: Mapping[str, str] | None = None,
    rumour_max_age_days: int | None = None,
    story_sentences: int = 5,
    reviewed: Reviewed = frozenset(),
) -> DigestContext:
    """Build the digest of one ISO week.

    ``events`` may be the whole history: the week's events are picked here, and
    the rest tell which models are new (first seen this week). ``superseded``
    are earlier events withdrawn during the week (a newer post overturned
    them); they are listed as corrections. ``states`` should be the state at
    the end of the week: it gives rumours their value of record and lists
    conflicts. Rumours published after the week, stale ones and values this
    week's changes already show are left out, so the page is true as of its week.
    """
    start, end = parse_week(week)
    week = iso_week(start)
    all_events = list(events)
    # callers building many weeks pass first_seen and slugs computed once
    first_seen = first_seen_dates(all_events) if first_seen is None else first_seen
    in_week = sorted(
        (e for e in all_events if start <= e.date <= end),
        key=lambda e: (e.date, e.model, _attribute_rank(e.attribute)),
    )
    rumours = list(rumours)
    if slugs is None:
        slugs = model_slugs(
            {e.model for e in all_events} | set(states) | {f.model for f in rumours}
        )
    new_model_names = {m for m, first in first_seen.items() if start <= first <= end}
    new_model_names |= {
        e.model for e in in_week if e.severity == "alert" and e.attribute not in ALERT_ATTRIBUTES
    }

    by_kind: dict[str, list[ChangeItem]] = defaultdict(list)
    new_models: dict[str, list[ChangeItem]] = defaultdict(list)
    for event in in_week:
        kind = _kind(event, new_model_names)
        item = change_item(event, slugs, titles, kind, reviewed)
        if kind == "new_model":
            new_models[event.model].append(item)
        else:
            by_kind[kind].append(item)
    sections = tuple(
        AlertSection(kind=kind, title=title, items=tuple(by_kind[kind]))
        for kind, title in ALERT_SECTIONS
        if by_kind.get(kind)
    )
    new_model_items = tuple(
        NewModelItem(
            model=model,
            model_slug=slugs.get(model) or slugify(model),
            date=min(i.date for i in items),
            items=tuple(sorted(items, key=lambda i: _attribute_rank(i.attribute))),
        )
        for model, items in sorted(new_models.items(), key=lambda kv: (kv[1][0].date, kv[0]))
    )
    changes = tuple(by_kind.get("change", ()))
    corrections = tuple(
        change_item(e, slugs, titles, "correction", reviewed)
        for e in sorted(superseded, key=lambda e: (e.date, e.model))
    )
    # each value is shown once: what this week's changes say is not a rumour too
    shown = {(e.model, e.attribute, repr(value_to_json(e.new))) for e in in_week}
    rumours = [
        f
        for f in expire_rumours(rumours, states, end, rumour_max_age_days)
        if (f.model, f.attribute, repr(value_to_json(f.value))) not in shown
    ]
    items = [i for s in sections for i in s.items] + [i for m in new_model_items for i in m.items]
    counts = {
        # "alert" as the feed says it: every change of alert severity, new models' included
        "alerts": sum(1 for i in [*items, *changes] if i.severity == "alert"),
        "new_models": len(new_model_items),
        "changes": len(items) + len(changes),
        "other": len(changes),
        "rumours": len(rumours),
    }
    statuses = {
        model: str(attributes["status"].value)
        for model, attributes in states.items()
        if "status" in attributes
    }
    return DigestContext(
        site_title=site_title,
        week=week,
        start=start,
        end=end,
        subject=digest_subject(site_title, week, sections, new_model_items, changes),
        alert_sections=sections,
        new_models=new_model_items,
        changes=changes,
        rumours=rumour_items(rumours, states, slugs, titles),
        conflicts=tuple(c for c in conflict_items(states, slugs, titles) if c.since <= end),
        corrections=corrections,
        root=root,
        generated_at=generated_at or dt.datetime.now(dt.UTC),
        empty=not (sections or new_model_items or changes or corrections),
        counts=counts,
        story=week_story(
            new_model_items, sections, changes, statuses, story_sentences, corrections
        ),
    )


def _attribute_rank(attribute: str) -> int:
    try:
        return ATTRIBUTES.index(attribute)
    except ValueError:
        return len(ATTRIBUTES)


def with_root(context: DigestContext, root: str | None) -> DigestContext:
    """Return the same digest with links to the pages made from another root."""
    values = template_variables(context)
    values["root"] = root
    return DigestContext(**values)


_INLINER = css_inline.CSSInliner(load_remote_stylesheets=False, keep_style_tags=False)


def render_digest_html(context: DigestContext) -> str:
    """Render the digest as one self-contained HTML document with inlined CSS (for mail)."""
    return _INLINER.inline(render_template("digest_email.html", context))


def render_digest_text(context: DigestContext) -> str:
    """Render the digest as plain text (the text/plain part of the mail, and a .txt file)."""
    return render_template("digest.txt", context)


def message_id_for(key: str, domain: str = "llamawatch.invalid") -> str:
    """Return a Message-ID derived from an idempotency key, so a duplicate is recognisable."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return f"<{digest}@{domain}>"


def build_email(
    subject: str,
    text: str,
    html: str,
    *,
    sender: str = "llamawatch@localhost",
    recipients: Sequence[str] = (),
    message_id: str | None = None,
    date: dt.datetime | None = None,
    headers: Mapping[str, str] | None = None,
) -> EmailMessage:
    """Assemble a multipart/alternative message: a text part, then the HTML part.

    ``headers`` adds list headers (``List-Id``, ``List-Unsubscribe``) to mail
    that goes out to a list of readers.
    """
    msg = EmailMessage()
    msg["Subject"] = _one_line(subject)
    msg["From"] = sender
    if recipients:
        msg["To"] = ", ".join(recipients)
    msg["Date"] = format_datetime(date or dt.datetime.now(dt.UTC))
    msg["Message-ID"] = message_id or make_msgid(domain="llamawatch.invalid")
    msg["Auto-Submitted"] = "auto-generated"
    for name, value in (headers or {}).items():
        msg[name] = _one_line(value)
    msg.set_content(text, subtype="plain", charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8")
    return msg


def list_headers(sender: str, list_id: str, unsubscribe: str = "") -> dict[str, str]:
    """Return the List-Id and List-Unsubscribe headers of digest mail (RFC 2919, 2369)."""
    target = unsubscribe.strip() or f"mailto:{sender}?subject=unsubscribe"
    return {"List-Id": list_id, "List-Unsubscribe": f"<{target}>"}


def alert_context(
    events: Sequence[ChangeEvent],
    *,
    site_title: str = "llamawatch",
    root: str | None = None,
    titles: Mapping[str, str] | None = None,
    notes: Sequence[str] = (),
) -> AlertContext:
    """Build the context of an immediate alert about ``events``.

    ``notes`` gives each event its alert-policy note ("unreviewed, 1 source"),
    in the same order; missing notes are empty.
    """
    slugs = model_slugs(e.model for e in events)
    notes = list(notes) + [""] * (len(events) - len(notes))
    items = tuple(
        change_item(e, slugs, titles, e.attribute, reviewed=frozenset(), note=note)
        for e, note in zip(events, notes, strict=False)
    )
    if not items:
        subject = f"[{site_title}] no changes"
    elif len(items) == 1:
        subject = f"[{site_title}] {items[0].headline}"
    else:
        subject = f"[{site_title}] {items[0].headline} (+{len(items) - 1} more)"
    return AlertContext(
        site_title=site_title, subject=subject_line(subject), items=items, root=root
    )


def render_alert(
    events: Sequence[ChangeEvent],
    *,
    site_title: str = "llamawatch",
    root: str | None = None,
    titles: Mapping[str, str] | None = None,
    notes: Sequence[str] = (),
) -> tuple[str, str, str]:
    """Render an alert about ``events``: (subject, plain text, HTML with inlined CSS)."""
    context = alert_context(events, site_title=site_title, root=root, titles=titles, notes=notes)
    html = _INLINER.inline(render_template("alert.html", context))
    return context.subject, render_template("alert.txt", context), html


# ---------------------------------------------------------------- site contexts


def model_rows(
    states: ModelStates,
    slugs: Mapping[str, str],
    rumours: Sequence[Fact] = (),
    aliases: Mapping[str, tuple[str, ...]] | None = None,
    reviewed: Reviewed = frozenset(),
) -> tuple[ModelRow, ...]:
    """One index row per model: openness first, then what people ask about."""
    rumour_counts: dict[str, int] = defaultdict(int)
    for fact in rumours:
        rumour_counts[fact.model] += 1

    def show(model_state: Mapping[str, AttributeState], attribute: str) -> str:
        state = model_state.get(attribute)
        return "—" if state is None else display_value(attribute, state.value)

    rows = []
    for model, model_state in states.items():
        openness = model_state.get("openness")
        size = show(model_state, "params_total")
        if "params_active" in model_state:
            size = f"{size} ({show(model_state, 'params_active')} active)"
        rows.append(
            ModelRow(
                name=model,
                slug=slugs[model],
                openness=str(openness.value) if openness else None,
                openness_label=show(model_state, "openness") if openness else "unknown",
                openness_certainty=openness.certainty if openness else None,
                status=show(model_state, "status"),
                license=show(model_state, "license"),
                release_date=show(model_state, "release_date"),
                release_label=release_label(model_state),
                size=size,
                context_window=show(model_state, "context_window"),
                updated=max((s.since for s in model_state.values()), default=None),
                open_rumours=rumour_counts.get(model, 0),
                dissent={
                    attribute: text
                    for attribute, state in model_state.items()
                    if (text := dissent_text(attribute, state))
                },
                aliases=tuple((aliases or {}).get(model, ())),
                reviewed=frozenset(
                    attribute
                    for attribute, state in model_state.items()
                    if is_reviewed(reviewed, model, attribute, state.value)
                ),
            )
        )
    rows.sort(key=lambda r: (_family_order(r.name), r.name))
    return tuple(rows)


def dissent_text(attribute: str, state: AttributeState) -> str:
    """Say who disagrees with a value: "2 sources say 175B; 1 source says 7B" (or "")."""
    by_value: dict[str, int] = defaultdict(int)
    for dissent in state.dissent:
        by_value[display_value(attribute, dissent.value)] += 1
    ranked = sorted(by_value.items(), key=lambda item: (-item[1], item[0]))
    return "; ".join(
        f"{sources_text(count)} {'says' if count == 1 else 'say'} {value}"
        for value, count in ranked
    )


def _family_order(name: str) -> tuple[int, float]:
    """Sort the family by generation: Llama 1, 2, 3, 3.1 … 4, then the rest."""
    match = re.match(r"llama (\d+(?:\.\d+)?)", name.lower())
    return (0, float(match[1])) if match else (1, 0.0)


def attribute_histories(
    model: str,
    model_state: Mapping[str, AttributeState],
    events: Sequence[ChangeEvent],
    slugs: Mapping[str, str],
    titles: Mapping[str, str] | None = None,
    item_of: Callable[[ChangeEvent], ChangeItem] | None = None,
    reviewed: Reviewed = frozenset(),
) -> tuple[AttributeHistory, ...]:
    """Each attribute of one model: current value and its changes, oldest first."""
    if item_of is None:

        def item_of(event: ChangeEvent) -> ChangeItem:
            return change_item(event, slugs, titles, reviewed=reviewed)

    by_attribute: dict[str, list[ChangeEvent]] = defaultdict(list)
    for event in events:
        by_attribute[event.attribute].append(event)
    histories = []
    for attribute in _ordered_attributes(set(model_state) | set(by_attribute)):
        state = model_state.get(attribute)
        changes = sorted(by_attribute.get(attribute, ()), key=lambda e: (e.date, e.source))
        histories.append(
            AttributeHistory(
                attribute=attribute,
                label=_history_label(attribute, model_state),
                current=None if state is None else display_value(attribute, state.value),
                certainty=None if state is None else state.certainty,
                since=None if state is None else state.since,
                evidence="" if state is None else _one_line(state.evidence),
                source_url=None if state is None else safe_link(state.source),
                source_title="" if state is None else link_text(state.source, titles),
                corroborations=0 if state is None else state.corroborations,
                support=getattr(state, "support", None),
                dissent=len(getattr(state, "dissent", None) or ()),
                changes=tuple(item_of(e) for e in changes),
                rumour=None
                if state is None or state.rumour is None
                else display_value(attribute, state.rumour),
                conflicts=()
                if state is None
                else tuple(display_value(attribute, v) for v in state.conflicts),
                reviewed=state is not None and is_reviewed(reviewed, model, attribute, state.value),
            )
        )
    return tuple(histories)


def _history_label(attribute: str, model_state: Mapping[str, AttributeState]) -> str:
    """Name an attribute on a model page; a release date says whether it happened."""
    if attribute == "release_date" and "status" in model_state:
        return f"Release date ({release_label(model_state).lower()})"
    return attribute_label(attribute)


def openness_of(model_state: Mapping[str, AttributeState]) -> tuple[str | None, str]:
    """Return (raw rung or None, label) of a model's openness."""
    state = model_state.get("openness")
    if state is None:
        return None, "unknown"
    return str(state.value), display_value("openness", state.value)


def build_strips(model: str, events: Sequence[ChangeEvent], end: dt.date) -> StripLayout:
    """Lay out one model's history strips (status, openness, licence over time)."""
    return layout_history_strips(
        model,
        events,
        end=end,
        attribute_labels=ATTRIBUTE_LABELS,
        value_labels=lambda attribute, value: display_value(attribute, value),  # type: ignore[arg-type]
    )


def build_sizes(states: ModelStates, slugs: Mapping[str, str]) -> SizesLayout:
    """Lay out total and active parameters against release dates (models with both known)."""
    sizes = []
    for model, model_state in states.items():
        total = model_state.get("params_total")
        release = model_state.get("release_date")
        if total is None or release is None or not isinstance(total.value, int):
            continue
        span = date_span(str(release.value))
        if span is None:
            continue
        active = model_state.get("params_active")
        active_value = active.value if active and isinstance(active.value, int) else None
        sizes.append((model, slugs[model], span[0], total.value, active_value))
    return layout_sizes(sizes, human=format_count)


def build_timeline(
    states: ModelStates, events: Sequence[ChangeEvent], end: dt.date, slugs: Mapping[str, str]
) -> TimelineLayout:
    """Lay out the family's openness timeline (rows in family order)."""
    order = [row.name for row in model_rows(states, slugs)] if states else []
    return layout_openness_timeline(
        events,
        end=end,
        model_order=order,
        slugs=slugs,
        labels=OPENNESS_LABELS,
        scale=OPENNESS_SCALE,
    )
