"""Resolution and change detection: facts in, resolved state and change events out.

Pure functions over the records; no database, no I/O. The state of a (model,
attribute) pair is the value the evidence supports, not the latest statement
(docs/resolution.md has the rules with examples):

1. support: distinct sources (sites) stating a value, weighed by certainty, by
   the publisher's own sites (``ResolutionRules.primary_hosts``) and by age; a
   source's newest word replaces its own older ones;
2. a model's ``status`` is resolved first and follows a lifecycle: upcoming →
   released | shelved, shelved → released; a later "upcoming" is lag (dissent),
   unless the release rests on the press alone and more sources deny it, or a
   press shelving is outvoted two to one within its own week;
3. values of a released (or shelved) model change only on stronger support: the
   publisher, or more independent sources; a lone contradiction is dissent;
4. plans of an upcoming model follow the newest statement of at least equal
   certainty (a slip is news), bar one source against a widely reported plan;
   same-week disagreement from different sources is a conflict, not two events;
5. restatements (coarser dates, integers within 2 %, lists as sets) are not
   changes, speculation never overturns a confirmed value, and facts are read
   in a total order of their own, so ingestion order never matters.

An event is emitted only when the belief changes; events and states carry
``support`` and ``dissent``. Name links file an alias's facts under its product
name. Severity: every event of a model's first day (a new model) and every
change of openness, licence or status is an ``alert``; the rest go to the
``digest``.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import logging
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, cast
from urllib.parse import urlsplit

from llamawatch.attributes import (  # noqa: F401  (date_span, KNOWN_LICENSES: historic home)
    ALERT_ATTRIBUTES,
    ATTRIBUTES,
    COUNT_ATTRIBUTES,
    FORWARD_LOOKING,
    KNOWN_FROM_RELEASE,
    KNOWN_LICENSES,
    SPECS,
    date_span,
    validate_value,
)
from llamawatch.records import (
    CERTAINTIES,
    AttributeState,
    Certainty,
    ChangeEvent,
    Dissent,
    Fact,
    FactValue,
    ModelStates,
    NameLink,
    Severity,
)

log = logging.getLogger(__name__)

#: integers closer than this share are the same value (docs/resolution.md, "Support")
INT_TOLERANCE = 0.02
#: a plan this many sources state does not move on an outlier's word (rule 4)
WIDELY_REPORTED = 3
_CERTAINTY_RANK = {"confirmed": 0, "reported": 1, "speculative": 2}
_ATTRIBUTE_ORDER = {name: index for index, name in enumerate(ATTRIBUTES)}

Key = tuple[str, str]


# --- validation -------------------------------------------------------------


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def validate_fact(fact: Fact) -> str | None:
    """Return the reason a fact cannot enter the state, or None when it is valid."""
    if not fact.model.strip():
        return "empty model name"
    if fact.certainty not in CERTAINTIES:
        return f"certainty {fact.certainty!r} is not one of {', '.join(CERTAINTIES)}"
    if fact.published is None:
        return "no publication date"
    return validate_value(fact.attribute, fact.value)


# --- comparing values -----------------------------------------------------------


def value_key(value: FactValue | None) -> str:
    """Return a canonical text of a value, to compare, sort and index values cheaply.

    Equal values give equal keys and different values different keys; the text
    is an identity, not JSON.
    """
    if value is None:
        return "n:"
    if isinstance(value, str):
        return "s:" + value
    if isinstance(value, int):
        return f"i:{value}"
    return "l:" + "\x1f".join(value)


def is_restatement(attribute: str, current: FactValue, new: FactValue) -> bool:
    """Return whether ``new`` says nothing different from ``current`` (rule 3)."""
    if current == new:
        return True
    if _is_int(current) and _is_int(new):
        old_count, new_count = cast(int, current), cast(int, new)
        return abs(old_count - new_count) <= INT_TOLERANCE * max(abs(old_count), abs(new_count))
    if isinstance(current, tuple) and isinstance(new, tuple):
        return set(current) == set(new)
    if SPECS[attribute].kind == "date" and isinstance(current, str) and isinstance(new, str):
        current_span, new_span = date_span(current), date_span(new)
        if current_span and new_span:
            return new_span[0] <= current_span[0] and current_span[1] <= new_span[1]
    return False


def fact_order(fact: Fact) -> tuple[Any, ...]:
    """Return the total order resolution reads facts in (never ingestion order)."""
    return (
        fact.published or dt.date.min,
        fact.source,
        _CERTAINTY_RANK.get(fact.certainty, 9),
        value_key(fact.value),
        fact.evidence,
    )


def severity_of(attribute: str, old: FactValue | None, *, new_model: bool = False) -> Severity:
    """Return ``alert`` for a new model or an openness/licence/status change, else ``digest``."""
    if new_model or attribute in ALERT_ATTRIBUTES:
        return "alert"
    return "digest"


# --- resolution -------------------------------------------------------------------

#: lifecycle rank of a status: a model moves up (upcoming → shelved → released), never down
_LIFECYCLE = {"upcoming": 0, "shelved": 1, "released": 2}


@dataclass(frozen=True, slots=True)
class ResolutionRules:
    """How much each statement weighs: the tunable part of resolution (``[resolution]``)."""

    #: organisation → sites that speak for it ("host" or "host/path" prefixes)
    primary_hosts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: model → organisation that publishes it; models not listed use the default
    organisations: Mapping[str, str] = field(default_factory=dict)
    default_organisation: str = ""
    #: a publisher's statement counts as this many press sources
    publisher_weight: float = 3.0
    certainty_weights: Mapping[str, float] = field(
        default_factory=lambda: {"confirmed": 1.0, "reported": 0.6, "speculative": 0.25}
    )
    #: statements this many days apart or closer are one conversation (a conflict, not news)
    conflict_days: int = 7
    #: forward-looking attributes: a plan until the model ships, then re-read from release on
    forward_looking: frozenset[str] = FORWARD_LOOKING
    #: a settled value's support halves every this many days without restatement
    half_life_days: float = 90.0

    @classmethod
    def from_settings(cls, settings: Any) -> ResolutionRules:
        """Return the rules of a :class:`~llamawatch.config.Settings` ``[resolution]`` section."""
        section = settings.resolution
        return cls(
            primary_hosts={k: tuple(v) for k, v in section.primary_hosts.items()},
            default_organisation=section.organisation,
            publisher_weight=section.publisher_weight,
            conflict_days=section.conflict_days,
            half_life_days=section.half_life_days,
        )

    def is_publisher(self, model: str, source: str) -> bool:
        """Return whether the source is one of the model's publisher's own sites."""
        organisation = self.organisations.get(model, self.default_organisation)
        prefixes = self.primary_hosts.get(organisation, ())
        if not prefixes:
            return False
        site = source_site(source)
        path = _source_path(source)
        for prefix in prefixes:
            host, _, prefix_path = prefix.lower().partition("/")
            if (site == host or site.endswith("." + host)) and (
                not prefix_path or path.startswith(prefix_path)
            ):
                return True
        return False

    def weight(self, fact: Fact) -> float:
        """Return what one statement weighs: its certainty, times the publisher's weight."""
        base = self.certainty_weights.get(fact.certainty, 0.0)
        if not self.primary_hosts:
            return base
        return base * self.publisher_weight if self.is_publisher(fact.model, fact.source) else base


DEFAULT_RULES = ResolutionRules()


@functools.lru_cache(maxsize=65_536)
def source_site(source: str) -> str:
    """Return the site a source URL belongs to (host without "www."); a path stays itself."""
    parts = urlsplit(source)
    host = (parts.hostname or "").lower()
    if not host:
        return source
    return host[4:] if host.startswith("www.") else host


@functools.lru_cache(maxsize=65_536)
def _source_path(source: str) -> str:
    return urlsplit(source).path.lstrip("/").lower()


def _stronger(a: Certainty, b: Certainty) -> Certainty:
    return a if _CERTAINTY_RANK[a] <= _CERTAINTY_RANK[b] else b


class _Tally:
    """Who said what about one pair so far: per value, each site's heaviest statement."""

    def __init__(self, attribute: str, rules: ResolutionRules) -> None:
        self.attribute = attribute
        self.rules = rules
        self.values: dict[str, FactValue] = {}
        self.sites: dict[str, dict[str, tuple[float, int]]] = defaultdict(dict)
        self.facts: list[Fact] = []
        self.site_day: dict[str, dt.date] = {}
        self._covers: dict[tuple[str, str], bool] = {}
        #: dates the model's publisher has stated to the day (not speculatively)
        self.publisher_days: set[str] = set()
        self._is_date = SPECS[attribute].kind == "date"

    def add(self, fact: Fact, weight: float) -> None:
        key = value_key(fact.value)
        self.values.setdefault(key, fact.value)
        site = source_site(fact.source)
        assert fact.published is not None
        if fact.published > self.site_day.get(site, dt.date.min):
            # a source's newest word replaces what it said before
            self.site_day[site] = fact.published
            for sites in self.sites.values():
                sites.pop(site, None)
        held = self.sites[key]
        # the statement that weighs most once aged is the same whatever day it is read
        # (all age at the same rate), so one per site is kept
        entry = (weight, fact.published.toordinal())
        if weight > 0 and (site not in held or self._rank(entry) > self._rank(held[site])):
            held[site] = entry
        self.facts.append(fact)
        if (
            self._is_date
            and isinstance(fact.value, str)
            and len(fact.value) == 10
            and fact.certainty != "speculative"
            and self.rules.is_publisher(fact.model, fact.source)
        ):
            self.publisher_days.add(key)

    def _rank(self, entry: tuple[float, int]) -> float:
        return math.log2(entry[0]) + entry[1] / self.rules.half_life_days

    def supports(self, value_k: str, fact_k: str) -> bool:
        """Return whether a statement of one value supports another (a restatement of it)."""
        pair = (value_k, fact_k)
        if pair not in self._covers:
            self._covers[pair] = is_restatement(
                self.attribute, self.values[value_k], self.values[fact_k]
            )
        return self._covers[pair]

    def support(self, value: FactValue, day: dt.date | None = None) -> tuple[float, int]:
        """Return (weight, distinct sites) of the statements that support a value.

        Given a day, each statement's weight halves every ``half_life_days`` of age.
        """
        self.values.setdefault(value_key(value), value)
        target = value_key(value)
        merged: dict[str, tuple[float, int]] = {}
        for key, sites in self.sites.items():
            if self.supports(target, key):
                for site, entry in sites.items():
                    if site not in merged or self._rank(entry) > self._rank(merged[site]):
                        merged[site] = entry
        if day is None:
            return sum(w for w, _ in merged.values()), len(merged)
        today = day.toordinal()
        weight = sum(
            w * 0.5 ** ((today - when) / self.rules.half_life_days) for w, when in merged.values()
        )
        return weight, len(merged)


def _window_support(
    attribute: str, facts: Iterable[Fact], value: FactValue, rules: ResolutionRules
) -> float:
    """Return the weight of distinct sites among facts that support a value."""
    best: dict[str, float] = {}
    for fact in facts:
        if is_restatement(attribute, value, fact.value):
            site = source_site(fact.source)
            best[site] = max(best.get(site, 0.0), rules.weight(fact))
    return sum(best.values())


def latest_per_site(facts: Iterable[Fact]) -> list[Fact]:
    """Return each site's statements of its latest day (a source's newest word replaces its own)."""
    latest: dict[str, dt.date] = {}
    facts = list(facts)
    for fact in facts:
        site = source_site(fact.source)
        if fact.published and fact.published > latest.get(site, dt.date.min):
            latest[site] = fact.published
    return [f for f in facts if f.published == latest.get(source_site(f.source))]


def _pick(
    attribute: str, facts: Sequence[Fact], rules: ResolutionRules, keep: FactValue | None
) -> FactValue:
    """Return the best-supported value among facts; a tie keeps ``keep`` (else first in order)."""
    facts = latest_per_site(facts)
    scores: dict[str, tuple[float, FactValue]] = {}
    for fact in facts:
        key = value_key(fact.value)
        if key not in scores:
            scores[key] = (_window_support(attribute, facts, fact.value, rules), fact.value)
    top = max(score for score, _ in scores.values())
    tied = [value for score, value in scores.values() if score >= top - 1e-9]
    if keep is not None and any(is_restatement(attribute, keep, v) for v in tied):
        return keep
    # a tie on a model's status keeps the earliest stage: a release has to win, not draw
    return min(tied, key=lambda v: (_LIFECYCLE.get(str(v), 0), value_key(v)))


@dataclass(slots=True)
class _Belief:
    """The value believed for one pair while its facts are read day by day."""

    value: FactValue
    since: dt.date
    certainty: Certainty
    setter: Fact


def _setter(
    attribute: str, facts: Iterable[Fact], value: FactValue, rules: ResolutionRules
) -> Fact:
    """Return the statement that stands for a value: heaviest, then newest, then in order."""
    supporting = [f for f in facts if is_restatement(attribute, value, f.value)]
    exact = [f for f in supporting if f.value == value] or supporting
    return max(exact, key=lambda f: (rules.weight(f), fact_order(f)))


def _dissent(
    attribute: str, facts: Iterable[Fact], value: FactValue, since: dt.date
) -> tuple[Dissent, ...]:
    """Return the latest statement of each source since ``since`` that says otherwise."""
    latest: dict[str, Fact] = {}
    agrees: set[str] = set()
    for fact in latest_per_site(f for f in facts if f.published and f.published >= since):
        site = source_site(fact.source)
        if is_restatement(attribute, value, fact.value):
            agrees.add(site)
        elif site not in latest or fact_order(fact) > fact_order(latest[site]):
            latest[site] = fact
    for site in agrees:
        latest.pop(site, None)
    return tuple(
        Dissent(f.source, f.value, f.certainty, f.published or since)
        for f in sorted(latest.values(), key=fact_order)
    )


StatusTimeline = Sequence[tuple[dt.date, str]]


def _status_on(timeline: StatusTimeline | None, day: dt.date) -> tuple[str | None, dt.date | None]:
    """Return the believed status on a day and the day it was reached."""
    status: str | None = None
    reached: dt.date | None = None
    for when, value in timeline or ():
        if when > day:
            break
        status, reached = value, when
    return status, reached


def _challenge_status(
    current: _Belief,
    candidate: FactValue,
    tally: _Tally,
    window: Sequence[Fact],
    day_facts: Sequence[Fact],
    rules: ResolutionRules,
) -> bool:
    """Return whether a status statement moves the lifecycle (rule 2)."""
    old, new = _LIFECYCLE.get(str(current.value), 0), _LIFECYCLE.get(str(candidate), 0)
    if new <= old:
        return False  # a model does not go back: a later "upcoming" is lag
    if old == 0:
        # upcoming → released | shelved: the week's sources decide
        if _window_support("status", window, candidate, rules) <= _window_support(
            "status", window, current.value, rules
        ):
            return False
        if candidate != "released":
            return True  # a shelving is often reported by one outlet only
        # a release is public: the publisher says so, the press says so at once, or
        # the claim outweighs all that still says "upcoming"
        sites = {source_site(f.source) for f in window if f.value == "released"}
        return (
            len(sites) >= 2
            or any(
                f.value == "released" and rules.is_publisher(f.model, f.source) for f in day_facts
            )
            or _outweighs(tally, candidate, current.value, day_facts, rules)
        )
    # shelved → released: the publisher, or stronger support than the shelving
    if _publisher_says(candidate, day_facts, tally.attribute, rules):
        return True
    return _outweighs(tally, candidate, current.value, day_facts, rules) and _wins_since(
        candidate, current.since, tally.facts, rules
    )


def _publisher_says(
    candidate: FactValue, day_facts: Sequence[Fact], attribute: str, rules: ResolutionRules
) -> bool:
    """Return whether the model's publisher states a value today (not speculatively)."""
    return any(
        rules.is_publisher(f.model, f.source)
        and f.certainty != "speculative"
        and is_restatement(attribute, candidate, f.value)
        for f in day_facts
    )


def _wins_since(
    candidate: FactValue,
    since: dt.date,
    facts: Sequence[Fact],
    rules: ResolutionRules,
    lead: int = 1,
) -> bool:
    """Return whether a status outvotes every other status stated since a day.

    Claims the lifecycle already weighed and set aside (a release said before a
    shelving) do not pile up to overturn it later: only each source's latest word
    from ``since`` on counts, and any other status then stated denies the claim.
    """
    latest = latest_per_site(f for f in facts if f.published and f.published >= since)
    for_sites: dict[str, float] = {}
    against_sites: dict[str, float] = {}
    for fact in latest:
        side = for_sites if fact.value == candidate else against_sites
        site = source_site(fact.source)
        side[site] = max(side.get(site, 0.0), rules.weight(fact))
    # more sources, or with a ``lead`` at least that many times as many: two pages
    # against one is enough to doubt a lone claim, two against two is a conflict
    if lead > 1:
        outnumbers = len(for_sites) >= lead * len(against_sites)
    else:
        outnumbers = len(for_sites) > len(against_sites)
    return outnumbers and sum(for_sites.values()) > sum(against_sites.values())


def _outweighs(
    tally: _Tally,
    candidate: FactValue,
    current: FactValue,
    day_facts: Sequence[Fact],
    rules: ResolutionRules,
    lead: int = 1,
) -> bool:
    """Return whether a value's support beats the current one's: publisher or more sources.

    ``lead`` is how many more sources than the current value's it takes.
    """
    if any(
        rules.is_publisher(f.model, f.source)
        and f.certainty != "speculative"
        and is_restatement(tally.attribute, candidate, f.value)
        for f in day_facts
    ):
        return True
    day = max(f.published for f in day_facts if f.published)
    new_weight, new_sites = tally.support(candidate, day)
    old_weight, old_sites = tally.support(current, day)
    # more independent sources, or as many against a value whose statements have aged
    # past half their weight: a lone contradiction stays dissent
    # (a value no source holds any longer, its source having corrected itself,
    # needs no lead)
    if new_sites >= (old_sites + lead if old_sites else 1) and new_weight > old_weight:
        return True
    # a bigger member added months after the launch is reported by the pages that
    # cover it, not by as many as covered the launch: two sources are enough then,
    # while a lone larger figure stays dissent
    needed = min(old_sites, 2) if _grows_count(tally.attribute, candidate, current) else old_sites
    return (
        _may_replace_aged(tally.attribute, candidate, current, rules)
        and new_sites >= needed
        and new_weight > 2 * old_weight
    )


def _grows_count(attribute: str, candidate: FactValue, current: FactValue) -> bool:
    """Whether a count is larger than the one believed: a bigger member, or a mistake."""
    return _names_a_member(attribute, current, candidate)


def _may_replace_aged(
    attribute: str, candidate: FactValue, current: FactValue, rules: ResolutionRules
) -> bool:
    """Return whether a value may replace an aged one on equal sources (rule 2).

    Fixed at release: a late lone statement of a released model's licence,
    architecture or modalities is a mistake, not news, however old the value it
    contradicts. A count stated for a family is its largest member's, so only a
    larger count (a bigger member added later) may replace an aged one; a
    smaller one names a smaller member. The release date, once the model is out,
    is such a fact too: a page giving another year much later is a slip. Openness
    may still change (a model opened later); the lifecycle has rules of its own.
    """
    if attribute == "status" or (
        attribute in rules.forward_looking and attribute not in KNOWN_FROM_RELEASE
    ):
        return True
    if attribute in COUNT_ATTRIBUTES and _is_int(candidate) and _is_int(current):
        return cast(int, candidate) > cast(int, current)
    return False


def _challenger(
    belief: _Belief, day_facts: Sequence[Fact], window: Sequence[Fact], rules: ResolutionRules
) -> FactValue | None:
    """Return the week's best value when today's statements dispute the belief, else None.

    Speculation never overturns a confirmed value.
    """
    attribute = day_facts[0].attribute
    if all(is_restatement(attribute, belief.value, f.value) for f in day_facts):
        return None
    choice = _pick(attribute, window, rules, belief.value)
    if is_restatement(attribute, belief.value, choice):
        return None
    backing = [f.certainty for f in window if is_restatement(attribute, choice, f.value)]
    if belief.certainty == "confirmed" and all(c == "speculative" for c in backing):
        return None
    return choice


def _read_status(
    belief: _Belief,
    day_facts: Sequence[Fact],
    window: Sequence[Fact],
    tally: _Tally,
    rules: ResolutionRules,
) -> FactValue | None:
    """Rule 2: the lifecycle moves forward on support, never back (bar a lone release claim)."""
    choice = _challenger(belief, day_facts, window, rules)
    if choice is None:
        return None
    if _challenge_status(belief, choice, tally, window, day_facts, rules):
        return choice
    if _press_status_outvoted(belief, choice, day_facts, tally, rules):
        return choice
    return None


def _press_status_outvoted(
    belief: _Belief,
    candidate: FactValue,
    day_facts: Sequence[Fact],
    tally: _Tally,
    rules: ResolutionRules,
) -> bool:
    """Return whether a release or a shelving believed on the press's word alone gives way.

    A release is public: one the publisher has never stated is not yet a fact
    that later "upcoming" statements lag behind. When, since the release was
    believed, at least twice as many sources, outweighing its own, have said
    otherwise as still say it is out (each source's latest word), the claim
    was the outlier: a page that lists an unreleased model among the released
    ones, or dates itself before the launch it reports.

    One outlet may break a shelving first, so one source is enough to believe it;
    but when, within the conflict window after it, twice as many sources say the
    model is still coming, the shelving was the outlier of one conversation: a
    forum comment or a confused page on launch day. Later "upcoming" pages stay
    lag, as for any shelving: stale pages outlive the news.
    """
    held = str(belief.value)
    if held not in ("released", "shelved"):
        return False
    if _LIFECYCLE.get(str(candidate), 0) >= _LIFECYCLE[held]:
        return False
    if held == "shelved":
        day = day_facts[0].published
        if day is None or (day - belief.since).days > rules.conflict_days:
            return False
    if any(rules.is_publisher(f.model, f.source) for f in tally.facts if f.value == held):
        return False
    return _wins_since(candidate, belief.since, tally.facts, rules, lead=2)


def _read_settled(
    belief: _Belief,
    day_facts: Sequence[Fact],
    window: Sequence[Fact],
    seen: Sequence[Fact],
    tally: _Tally,
    released_on: dt.date | None,
    rules: ResolutionRules,
) -> FactValue | None:
    """Rule 3: a released model's value changes only on stronger support.

    ``released_on`` is set for a forward-looking value still holding its plan:
    ``tally`` then counts only statements from the release on, and a plan none
    of them repeats gives way to what they say.
    """
    choice = _challenger(belief, day_facts, window, rules)
    if choice is None:
        return None
    attribute = day_facts[0].attribute
    if released_on is not None and tally.support(belief.value)[1] == 0:
        since_release = [f for f in seen if f.published and f.published >= released_on]
        return _pick(attribute, since_release, rules, None)
    if value_key(belief.value) in tally.publisher_days:
        # the publisher's own date to the day is final: press dates a day off are
        # time zones or slips of the pen; only the publisher moves it
        return choice if _publisher_says(choice, day_facts, attribute, rules) else None
    # within the week of the belief, one more source is a conflict, not a correction:
    # launch-week pages disagree (a training-data list read as inputs, a rounded size)
    # and the next ones settle it
    day = day_facts[0].published
    fresh = day is not None and (day - belief.since).days <= rules.conflict_days
    lead = 2 if fresh else 1
    if _names_a_member(attribute, choice, belief.value):
        # a smaller count is most often a smaller member's size, not a correction
        lead += 1
    return choice if _outweighs(tally, choice, belief.value, day_facts, rules, lead) else None


def _names_a_member(attribute: str, candidate: FactValue, current: FactValue) -> bool:
    """Whether a count is smaller than the one believed: a family's member, not the family."""
    return (
        attribute in COUNT_ATTRIBUTES
        and _is_int(candidate)
        and _is_int(current)
        and cast(int, candidate) < cast(int, current)
    )


def _read_plan(
    belief: _Belief,
    day_facts: Sequence[Fact],
    window: Sequence[Fact],
    tally: _Tally,
    rules: ResolutionRules,
) -> FactValue | None:
    """Rule 4: a plan follows the newest statement of at least equal certainty.

    A less certain statement moves it only when more sources, outweighing the plan's,
    now say so.

    Unless the challenger is an outlier (:func:`_outnumbered`): fewer than half as
    many sites as a plan ``WIDELY_REPORTED`` or more state; it is dissent until
    more sources, or the publisher, say so.
    """
    choice = _challenger(belief, day_facts, window, rules)
    if choice is None:
        return None
    attribute = day_facts[0].attribute
    ranks = [
        _CERTAINTY_RANK[f.certainty]
        for f in day_facts
        if is_restatement(attribute, choice, f.value)
    ]
    if not ranks:
        return None
    if _one_day_apart(attribute, choice, belief.value) and not _publisher_says(
        choice, day_facts, attribute, rules
    ):
        # a planned day one off from the one believed is a time zone or a slip of
        # the pen, not a new plan: only the publisher moves it
        return None
    # the week's winner must be stated today, at least as surely as the current plan,
    # unless more sources now outweigh the plan: one site's flat statement ("it will be
    # open") must not hold out against the reports of several others indefinitely
    if min(ranks) > _CERTAINTY_RANK[belief.certainty] and not _outweighs(
        tally, choice, belief.value, day_facts, rules
    ):
        return None
    if _outnumbered(tally, choice, belief.value) and not _publisher_says(
        choice, day_facts, attribute, rules
    ):
        return None
    return choice


def _one_day_apart(attribute: str, candidate: FactValue, current: FactValue) -> bool:
    """Whether two dates given to the day are one day apart."""
    if SPECS[attribute].kind != "date" or not isinstance(candidate, str):
        return False
    if not isinstance(current, str) or len(candidate) != 10 or len(current) != 10:
        return False
    a, b = date_span(candidate), date_span(current)
    return a is not None and b is not None and abs((a[0] - b[0]).days) == 1


def _outnumbered(tally: _Tally, choice: FactValue, plan: FactValue) -> bool:
    """Return whether a challenger is an outlier against a widely reported plan.

    A plan ``WIDELY_REPORTED`` or more sites state holds while fewer than half as
    many sites say otherwise: one mistaken page, or two scattered over months
    against eight reports, is dissent; a second source against three moves it.
    Each site counts with its latest word only.
    """
    plan_sites = tally.support(plan)[1]
    if plan_sites < WIDELY_REPORTED:
        return False
    return 2 * tally.support(choice)[1] < plan_sites


def resolve_key(
    facts: Sequence[Fact],
    rules: ResolutionRules = DEFAULT_RULES,
    status: StatusTimeline | None = None,
) -> tuple[AttributeState | None, list[ChangeEvent]]:
    """Resolve one (model, attribute) pair: its final state and its change events.

    ``status`` is the model's believed status over time (from resolving its
    ``status`` facts first); it decides which rule reads the pair on each day.
    Events carry severity by attribute only; :func:`resolve_history` raises the
    events of a new model to ``alert``. Facts without a date are ignored.
    """
    ordered = sorted((f for f in facts if f.published is not None), key=fact_order)
    if not ordered:
        return None, []
    attribute = ordered[0].attribute
    window_days = dt.timedelta(days=rules.conflict_days)
    tally = _Tally(attribute, rules)
    rebased: _Tally | None = None  # forward-looking values re-read from the release on
    belief: _Belief | None = None
    events: list[ChangeEvent] = []
    seen: list[Fact] = []
    window_start = 0
    for day, day_group in itertools.groupby(ordered, key=lambda f: f.published):
        assert day is not None
        day_facts = list(day_group)
        for fact in day_facts:
            tally.add(fact, rules.weight(fact))
        seen.extend(day_facts)
        # seen is in date order: the window is its tail from the first fact of the week
        while seen[window_start].published <= day - window_days:
            window_start += 1
        window = seen[window_start:]
        model_status, reached = _status_on(status, day)
        settled = model_status in ("released", "shelved") and attribute != "status"
        forward = attribute in rules.forward_looking and model_status == "released"
        if forward and reached is not None:
            if rebased is None:
                rebased = _Tally(attribute, rules)
                for fact in seen:
                    if fact.published and fact.published >= reached:
                        rebased.add(fact, rules.weight(fact))
            else:
                for fact in day_facts:
                    rebased.add(fact, rules.weight(fact))
        if belief is None:
            new_value: FactValue | None = _pick(attribute, window, rules, None)
        elif attribute == "status":
            new_value = _read_status(belief, day_facts, window, tally, rules)
        elif settled:
            released_on = reached if forward and belief.since < (reached or day) else None
            new_value = _read_settled(
                belief,
                day_facts,
                window,
                seen,
                # a release date implies the re-read tally exists
                rebased if released_on and rebased is not None else tally,
                released_on,
                rules,
            )
        elif attribute not in rules.forward_looking:
            # an announced model's size, design or inputs are its spec, not a plan:
            # a lone page saying otherwise is dissent, as after the release
            new_value = _read_settled(belief, day_facts, window, seen, tally, None, rules)
        else:
            new_value = _read_plan(belief, day_facts, window, tally, rules)
        if new_value is not None and (
            belief is None or not is_restatement(attribute, belief.value, new_value)
        ):
            # a value re-read from the release on may rest on facts older than the week
            stated = any(is_restatement(attribute, new_value, f.value) for f in window)
            setter = _setter(attribute, window if stated else seen, new_value, rules)
            certainty = min(
                (f.certainty for f in seen if is_restatement(attribute, new_value, f.value)),
                key=_CERTAINTY_RANK.__getitem__,
            )
            old = belief.value if belief else None
            events.append(
                ChangeEvent(
                    date=day,
                    model=setter.model,
                    attribute=attribute,
                    old=old,
                    new=new_value,
                    certainty=setter.certainty,
                    severity=severity_of(attribute, old),
                    evidence=setter.evidence,
                    source=setter.source,
                    support=tally.support(new_value)[1],
                    dissent=_dissent(attribute, window, new_value, day - window_days),
                )
            )
            belief = _Belief(new_value, day, certainty, setter)
        elif belief is not None:
            for fact in day_facts:
                if is_restatement(attribute, belief.value, fact.value):
                    belief.certainty = _stronger(belief.certainty, fact.certainty)
    if belief is None:
        return None, events
    return _state_of(attribute, belief, tally, seen, rules), events


def _state_of(
    attribute: str, belief: _Belief, tally: _Tally, seen: Sequence[Fact], rules: ResolutionRules
) -> AttributeState:
    """Return the state of a belief: value, support and the sources that say otherwise."""
    window_start = belief.since - dt.timedelta(days=rules.conflict_days)
    dissent = _dissent(attribute, seen, belief.value, window_start)
    conflicts = tuple(
        dict.fromkeys(
            d.value
            for d in dissent
            if d.published <= belief.since + dt.timedelta(days=rules.conflict_days)
            and d.certainty != "speculative"
        )
    )
    rumour = next((d.value for d in reversed(dissent) if d.certainty == "speculative"), None)
    support = tally.support(belief.value)[1]
    return AttributeState(
        value=belief.value,
        certainty=belief.certainty,
        since=belief.since,
        evidence=belief.setter.evidence,
        source=belief.setter.source,
        corroborations=support,
        conflicts=conflicts,
        rumour=rumour if belief.certainty == "confirmed" else None,
        support=support,
        dissent=dissent,
    )


def canonical_names(links: Iterable[NameLink]) -> dict[str, str]:
    """Return alias → the name its facts are filed under, following chains, ignoring loops."""
    direct: dict[str, str] = {}
    for link in sorted(links, key=lambda link: (link.alias, link.name)):
        if link.alias != link.name:
            direct.setdefault(link.alias, link.name)
    resolved: dict[str, str] = {}
    for alias in direct:
        name, visited = alias, {alias}
        while name in direct and direct[name] not in visited:
            name = direct[name]
            visited.add(name)
        if name != alias:
            resolved[alias] = name
    return resolved


def fold_names(facts: Iterable[Fact], links: Iterable[NameLink]) -> list[Fact]:
    """Return facts with each alias replaced by its product name (a codename's history moves)."""
    names = canonical_names(links)
    if not names:
        return list(facts)
    return [replace(f, model=names[f.model]) if f.model in names else f for f in facts]


def aliases_of(links: Iterable[NameLink]) -> dict[str, tuple[str, ...]]:
    """Return product name → its aliases, sorted."""
    found: dict[str, set[str]] = defaultdict(set)
    for alias, name in canonical_names(links).items():
        found[name].add(alias)
    return {name: tuple(sorted(aliases)) for name, aliases in sorted(found.items())}


def resolve_model(
    facts: Iterable[Fact], rules: ResolutionRules = DEFAULT_RULES
) -> tuple[dict[str, AttributeState], list[ChangeEvent]]:
    """Resolve every attribute of one model: status first, since it says which rule applies."""
    by_attribute: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_attribute[fact.attribute].append(fact)
    states: dict[str, AttributeState] = {}
    events: list[ChangeEvent] = []
    timeline: list[tuple[dt.date, str]] = []
    if "status" in by_attribute:
        state, status_events = resolve_key(by_attribute.pop("status"), rules)
        timeline = [(e.date, str(e.new)) for e in status_events]
        if state is not None:
            states["status"] = state
        events.extend(status_events)
    for attribute in sorted(by_attribute):
        state, key_events = resolve_key(by_attribute[attribute], rules, timeline)
        if state is not None:
            states[attribute] = state
        events.extend(key_events)
    return states, events


def mark_new_models(
    events: Iterable[ChangeEvent], first_dates: dict[str, dt.date]
) -> list[ChangeEvent]:
    """Raise the events of a model's first day to ``alert`` (a new model is news)."""
    return [
        replace(event, severity="alert")
        if event.severity != "alert" and first_dates.get(event.model) == event.date
        else event
        for event in events
    ]


def event_order(event: ChangeEvent) -> tuple[Any, ...]:
    """Return the order events are listed in: date, model, attribute."""
    return (event.date, event.model, _ATTRIBUTE_ORDER.get(event.attribute, 99), event.attribute)


def resolve_history(
    facts: Iterable[Fact],
    as_of: dt.date | None = None,
    *,
    rules: ResolutionRules = DEFAULT_RULES,
    links: Iterable[NameLink] = (),
) -> tuple[ModelStates, list[ChangeEvent]]:
    """Resolve every model: the state (as of a date, if given) and all change events.

    Invalid facts (see :func:`validate_fact`) are logged and left out; an alias's
    facts are filed under the product name its links give.
    """
    by_model: dict[str, list[Fact]] = defaultdict(list)
    for fact in fold_names(facts, links):
        reason = validate_fact(fact)
        if reason:
            log.warning(
                "fact rejected (%s): %s %s from %s", reason, fact.model, fact.attribute, fact.source
            )
            continue
        if as_of is not None and fact.published and fact.published > as_of:
            continue
        by_model[fact.model].append(fact)
    states: ModelStates = {}
    events: list[ChangeEvent] = []
    first_dates: dict[str, dt.date] = {}
    for model, model_facts in sorted(by_model.items()):
        model_states, model_events = resolve_model(model_facts, rules)
        if model_states:
            states[model] = model_states
        events.extend(model_events)
        if model_events:
            first_dates[model] = min(e.date for e in model_events)
    events = mark_new_models(events, first_dates)
    events.sort(key=event_order)
    return sort_states(states), events


def with_hindsight(known_then: ModelStates, known_now: ModelStates, as_of: dt.date) -> ModelStates:
    """Fill the gaps of the state at ``as_of`` with what later posts tell of models out by then.

    Size, architecture, context window, inputs, licence and release date are fixed when a
    model ships, so a value first stated after ``as_of`` held on ``as_of`` as well, provided
    the model had shipped by then: it is believed released now, on a date that ends by
    ``as_of``. Its status then was ``released``. Only gaps are filled: what the sources of
    the time said stays as it was (lag included), and openness or a plan is never read
    backwards, since either may change after a release. Filled values carry ``known_later``.
    """
    filled = {model: dict(attributes) for model, attributes in known_then.items()}
    for model, now in known_now.items():
        if not _shipped_by(now, as_of):
            continue
        then = filled.setdefault(model, {})
        for attribute, state in now.items():
            if attribute not in then and (attribute == "status" or attribute in KNOWN_FROM_RELEASE):
                then[attribute] = replace(state, known_later=True)
    return sort_states(filled)


def _shipped_by(now: Mapping[str, AttributeState], day: dt.date) -> bool:
    """Whether a model believed released now had shipped by ``day`` (its whole release date)."""
    status, released = now.get("status"), now.get("release_date")
    if status is None or status.value != "released" or released is None:
        return False
    span = date_span(str(released.value))
    return span is not None and span[1] <= day


def sort_states(states: ModelStates) -> ModelStates:
    """Return states with models by name and attributes in docs/facts.md order."""
    return {
        model: dict(sorted(attributes.items(), key=lambda item: _ATTRIBUTE_ORDER[item[0]]))
        for model, attributes in sorted(states.items())
    }


# --- comparing histories -------------------------------------------------------------


def _match_passes() -> list[Any]:
    """Return the keys events are paired by, strictest first."""
    return [
        lambda e: e,
        lambda e: (e.model, e.attribute, value_key(e.new), e.date),
        lambda e: (e.model, e.attribute, value_key(e.old), value_key(e.new)),
        lambda e: (e.model, e.attribute, value_key(e.new)),
    ]


def match_events(
    stored: Sequence[ChangeEvent], recomputed: Sequence[ChangeEvent]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pair stored and recomputed events that are the same transition.

    Returns (pairs of indexes, unpaired stored indexes, unpaired recomputed
    indexes). Pairs are found strictest first: identical events, then the same
    new value on the same day, then the same old → new, then the same new value,
    then a new value that restates the stored one.
    So when a backfilled post moves history, an event already reported is
    recognised (and at most altered) instead of reported again, and a flip back
    (A → B → A) stays two transitions.
    """
    if not stored or not recomputed:
        return [], list(range(len(stored))), list(range(len(recomputed)))
    left = sorted(range(len(stored)), key=lambda i: event_order(stored[i]))
    right = sorted(range(len(recomputed)), key=lambda j: event_order(recomputed[j]))
    pairs: list[tuple[int, int]] = []
    for key_of in _match_passes():
        waiting: dict[Any, list[int]] = defaultdict(list)
        for i in left:
            waiting[key_of(stored[i])].append(i)
        paired_left: set[int] = set()
        still_right = []
        for j in right:
            queue = waiting.get(key_of(recomputed[j]))
            if queue:
                i = queue.pop(0)
                pairs.append((i, j))
                paired_left.add(i)
            else:
                still_right.append(j)
        left = [i for i in left if i not in paired_left]
        right = still_right
    # last, a new value that restates the stored one (2 %, coarser date) is the same transition
    still_right = []
    for j in right:
        new = recomputed[j]
        found = next(
            (
                i
                for i in left
                if (stored[i].model, stored[i].attribute) == (new.model, new.attribute)
                and (
                    is_restatement(new.attribute, stored[i].new, new.new)
                    or is_restatement(new.attribute, new.new, stored[i].new)
                )
            ),
            None,
        )
        if found is None:
            still_right.append(j)
        else:
            pairs.append((found, j))
            left.remove(found)
    return pairs, left, still_right


# --- JSON shapes (docs/facts.md) ---------------------------------------------------------------


def state_to_json(states: ModelStates) -> dict[str, dict[str, dict[str, Any]]]:
    """Return the state as ``export state`` prints it (docs/facts.md shape)."""
    return {
        model: {attribute: state.to_json() for attribute, state in attributes.items()}
        for model, attributes in states.items()
    }


def events_to_json(events: Iterable[ChangeEvent]) -> list[dict[str, Any]]:
    """Return events as ``export changes`` prints them (docs/facts.md shape)."""
    return [event.to_json() for event in events]


HistoryMode = Literal["live", "baseline", "reprocess"]
