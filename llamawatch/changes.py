"""Resolution and change detection: facts in, resolved state and change events out.

Pure functions over the records (FACTS.md "Resolution"); no database, no I/O.
The state of a (model, attribute) pair is read from its facts in order of
publication date, ties broken by source URL (then certainty, value and evidence,
so that the order of ingestion never matters):

1. the first fact sets the value;
2. a later, different value replaces it, except that a ``speculative`` fact
   never replaces a ``confirmed`` value (it is kept as the state's rumour);
3. a restatement is not a change: the same value, a coarser ``release_date``
   that contains the current one, integers within 2 %, lists as sets;
4. each replacement is a change event dated by the post that caused it.

All the facts of one day are read together and give at most one event per
pair: when sources disagree on the same day the value read last in that order
(the greatest source URL) wins, as reading them one by one would, and the other
values are recorded as the state's conflicts (no flip-flop). Restating the
current value adds to its corroboration count (distinct sources) instead.

Severity: every event of a model's first day (a new model) and every change of
openness, licence or status is an ``alert``; the rest go to the ``digest``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from llamawatch.records import (
    ALERT_ATTRIBUTES,
    ARCHITECTURES,
    ATTRIBUTES,
    CERTAINTIES,
    MODALITIES,
    OPENNESS_SCALE,
    STATUSES,
    AttributeState,
    Certainty,
    ChangeEvent,
    Fact,
    FactValue,
    HistoryDiff,
    ModelStates,
    Severity,
)

log = logging.getLogger(__name__)

#: integers closer than this share are the same value (FACTS.md rule 3)
INT_TOLERANCE = 0.02
#: the Llama licence ids FACTS.md names; other licences must look like SPDX ids
KNOWN_LICENSES: frozenset[str] = frozenset(
    {
        "llama-1-research",
        "llama-2-community",
        "llama-3-community",
        "llama-3.1-community",
        "llama-3.2-community",
        "llama-3.3-community",
        "llama-4-community",
        "proprietary",
    }
)
_SPDX_ID = re.compile(r"^[a-z0-9][a-z0-9.+-]*[a-z0-9+]$")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$")
_CERTAINTY_RANK = {"confirmed": 0, "reported": 1, "speculative": 2}
_ATTRIBUTE_ORDER = {name: index for index, name in enumerate(ATTRIBUTES)}

Key = tuple[str, str]


# --- validation -------------------------------------------------------------


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def date_span(value: str) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day a partial ISO date covers, or None if invalid."""
    match = _PARTIAL_DATE.match(value)
    if not match:
        return None
    year_text, quarter, month, day = match.groups()
    year = int(year_text)
    try:
        if day:
            start = dt.date(year, int(month), int(day))
            return start, start
        if month:
            first_month = last_month = int(month)
        elif quarter:
            first_month = 3 * int(quarter) - 2
            last_month = first_month + 2
        else:
            first_month, last_month = 1, 12
        start = dt.date(year, first_month, 1)
        next_month = dt.date(year + last_month // 12, last_month % 12 + 1, 1)
        return start, next_month - dt.timedelta(days=1)
    except ValueError:
        return None


def validate_value(attribute: str, value: object) -> str | None:
    """Return why a value is outside FACTS.md's vocabulary for the attribute, or None."""
    if attribute not in _ATTRIBUTE_ORDER:
        return f"unknown attribute {attribute!r}"
    if attribute == "status" and value not in STATUSES:
        return f"status {value!r} is not one of {', '.join(STATUSES)}"
    if attribute == "architecture" and value not in ARCHITECTURES:
        return f"architecture {value!r} is not one of {', '.join(ARCHITECTURES)}"
    if attribute == "openness" and value not in OPENNESS_SCALE:
        return f"openness {value!r} is not a rung of {', '.join(OPENNESS_SCALE)}"
    if attribute in ("params_total", "params_active", "context_window") and not (
        _is_int(value) and value > 0  # type: ignore[operator]
    ):
        return f"{attribute} {value!r} is not a positive integer"
    if attribute == "release_date" and not (isinstance(value, str) and date_span(value)):
        return f"release_date {value!r} is not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn"
    if attribute == "license" and not (
        isinstance(value, str) and (value in KNOWN_LICENSES or _SPDX_ID.match(value))
    ):
        return f"license {value!r} is not a known licence id or a lower-case SPDX id"
    if attribute == "modalities":
        if not isinstance(value, tuple | list) or not value:
            return f"modalities {value!r} is not a non-empty list"
        unknown = [v for v in value if v not in MODALITIES]
        if unknown:
            return f"modalities {unknown!r} not among {', '.join(MODALITIES)}"
        if list(value) != sorted(set(value)):
            return f"modalities {value!r} is not sorted without repeats"
    return None


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
        larger = max(abs(current), abs(new))  # type: ignore[arg-type]
        return abs(current - new) <= INT_TOLERANCE * larger  # type: ignore[operator]
    if isinstance(current, tuple) and isinstance(new, tuple):
        return set(current) == set(new)
    if attribute == "release_date" and isinstance(current, str) and isinstance(new, str):
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


def _stronger(a: Certainty, b: Certainty) -> Certainty:
    return a if _CERTAINTY_RANK[a] <= _CERTAINTY_RANK[b] else b


@dataclass(slots=True)
class _Current:
    """The resolved value of one pair while its facts are read, day by day."""

    setter: Fact  #: the fact that set the value (its date, evidence and source)
    certainty: Certainty  #: the strongest certainty of the facts stating the value
    sources: set[str]
    conflicts: tuple[FactValue, ...] = ()
    rumour: FactValue | None = None

    def state(self) -> AttributeState:
        return AttributeState(
            value=self.setter.value,
            certainty=self.certainty,
            since=self.setter.published or dt.date.min,
            evidence=self.setter.evidence,
            source=self.setter.source,
            corroborations=len(self.sources),
            conflicts=self.conflicts,
            rumour=self.rumour,
        )


def _read_day(
    attribute: str, current: _Current | None, day_facts: Sequence[Fact]
) -> tuple[FactValue, FactValue | None, set[int]]:
    """Read one day's facts in order: the day's final value, its rumour, the blocked facts."""
    value = current.setter.value if current else None
    certainty: Certainty | None = current.certainty if current else None
    rumour: FactValue | None = None
    blocked: set[int] = set()
    for index, fact in enumerate(day_facts):
        if value is None or certainty is None:
            value, certainty = fact.value, fact.certainty
        elif is_restatement(attribute, value, fact.value):
            certainty = _stronger(certainty, fact.certainty)
        elif fact.certainty == "speculative" and certainty == "confirmed":
            rumour = fact.value
            blocked.add(index)
        else:
            value, certainty = fact.value, fact.certainty
    assert value is not None
    if rumour is not None and is_restatement(attribute, value, rumour):
        rumour = None
    return value, rumour, blocked


def resolve_key(facts: Sequence[Fact]) -> tuple[AttributeState | None, list[ChangeEvent]]:
    """Resolve one (model, attribute) pair: its final state and its change events.

    Events carry severity by attribute only; :func:`resolve_history` raises the
    events of a new model to ``alert``. Facts without a date are ignored.
    """
    ordered = sorted((f for f in facts if f.published is not None), key=fact_order)
    current: _Current | None = None
    events: list[ChangeEvent] = []
    for day, day_group in itertools.groupby(ordered, key=lambda f: f.published):
        assert day is not None
        day_facts = list(day_group)
        attribute = day_facts[0].attribute
        if len(day_facts) == 1 and current is not None:
            # the common case, read directly: one fact that day, no same-day conflict
            fact = day_facts[0]
            if is_restatement(attribute, current.setter.value, fact.value):
                current.sources.add(fact.source)
                current.certainty = _stronger(current.certainty, fact.certainty)
                continue
            if fact.certainty == "speculative" and current.certainty == "confirmed":
                current.rumour = fact.value
                continue
        final, rumour, blocked = _read_day(attribute, current, day_facts)
        supporting = [f for f in day_facts if is_restatement(attribute, final, f.value)]
        disagreeing = {
            value_key(f.value): f.value
            for i, f in enumerate(day_facts)
            if i not in blocked and not is_restatement(attribute, final, f.value)
        }
        conflicts = tuple(value for _, value in sorted(disagreeing.items()))
        certainty: Certainty = "speculative"
        for fact in supporting:
            certainty = _stronger(certainty, fact.certainty)
        if current is None or not is_restatement(attribute, current.setter.value, final):
            setter = supporting[0]
            old = current.setter.value if current else None
            events.append(
                ChangeEvent(
                    date=day,
                    model=setter.model,
                    attribute=attribute,
                    old=old,
                    new=setter.value,
                    certainty=setter.certainty,
                    severity=severity_of(attribute, old),
                    evidence=setter.evidence,
                    source=setter.source,
                )
            )
            current = _Current(
                setter=setter,
                certainty=certainty,
                sources={f.source for f in supporting},
                conflicts=conflicts,
                rumour=rumour,
            )
        else:
            current.sources.update(f.source for f in supporting)
            if supporting:
                current.certainty = _stronger(current.certainty, certainty)
            if conflicts:
                current.conflicts = conflicts
            if rumour is not None:
                current.rumour = rumour
    return (current.state() if current else None), events


def group_facts(facts: Iterable[Fact]) -> dict[Key, list[Fact]]:
    """Group facts by (model, attribute)."""
    groups: dict[Key, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[(fact.model, fact.attribute)].append(fact)
    return groups


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
    facts: Iterable[Fact], as_of: dt.date | None = None
) -> tuple[ModelStates, list[ChangeEvent]]:
    """Resolve every pair: the state (as of a date, if given) and all change events.

    Invalid facts (see :func:`validate_fact`) are logged and left out.
    """
    groups: dict[Key, list[Fact]] = defaultdict(list)
    for fact in facts:
        reason = validate_fact(fact)
        if reason:
            log.warning(
                "fact rejected (%s): %s %s from %s", reason, fact.model, fact.attribute, fact.source
            )
            continue
        if as_of is not None and fact.published and fact.published > as_of:
            continue
        groups[(fact.model, fact.attribute)].append(fact)
    states: ModelStates = {}
    events: list[ChangeEvent] = []
    first_dates: dict[str, dt.date] = {}
    for (model, attribute), key_facts in sorted(groups.items()):
        state, key_events = resolve_key(key_facts)
        if state is not None:
            states.setdefault(model, {})[attribute] = state
        events.extend(key_events)
        if key_events:
            first = key_events[0].date
            first_dates[model] = min(first, first_dates.get(model, first))
    events = mark_new_models(events, first_dates)
    events.sort(key=event_order)
    return sort_states(states), events


def sort_states(states: ModelStates) -> ModelStates:
    """Return states with models by name and attributes in FACTS.md order."""
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


def diff_histories(stored: Sequence[ChangeEvent], recomputed: Sequence[ChangeEvent]) -> HistoryDiff:
    """Compare two histories: events added, removed, and altered (same transition, new details)."""
    pairs, removed, added = match_events(stored, recomputed)
    altered = [(stored[i], recomputed[j]) for i, j in pairs if stored[i] != recomputed[j]]
    return HistoryDiff(
        added=tuple(sorted((recomputed[j] for j in added), key=event_order)),
        removed=tuple(sorted((stored[i] for i in removed), key=event_order)),
        altered=tuple(sorted(altered, key=lambda pair: event_order(pair[1]))),
    )


# --- JSON shapes (FACTS.md) ---------------------------------------------------------------


def state_to_json(states: ModelStates) -> dict[str, dict[str, dict[str, Any]]]:
    """Return the state as ``export state`` prints it (FACTS.md shape)."""
    return {
        model: {attribute: state.to_json() for attribute, state in attributes.items()}
        for model, attributes in states.items()
    }


def events_to_json(events: Iterable[ChangeEvent]) -> list[dict[str, Any]]:
    """Return events as ``export changes`` prints them (FACTS.md shape)."""
    return [event.to_json() for event in events]


HistoryMode = Literal["live", "baseline", "reprocess"]
