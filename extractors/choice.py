"""Choice per post: a post's candidate values become one fact per model and attribute.

Each attribute names its choice rule (``llamawatch.attributes``): the largest size and
window, the most precise date, the union of modalities, the furthest stage of a
release, never "closed" where the post says "open" as surely; otherwise the most
certain statement, the body's wording before the headline's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from llamawatch.attributes import SPECS, date_span
from llamawatch.extractors.dates import earliest_day, precision_of
from llamawatch.records import ATTRIBUTES, ArticleText, Certainty, Fact, FactValue

#: attributes a generation statement gives only to members the post shows as released
RELEASE_BOUND = frozenset({"status", "release_date", "license", "openness"})
_CERTAINTY_RANK = {"confirmed": 2, "reported": 1, "speculative": 0}
#: statuses of a model not out yet: its release date is the expected one (FACTS.md), so
#: a day already past ("unveiled on April 5") dates a showing or a missed plan
_NOT_OUT_STATUSES = frozenset({"shelved", "upcoming"})
_STATUS_RANK = {"shelved": 2, "released": 1, "upcoming": 0}
_ATTRIBUTE_ORDER = {name: i for i, name in enumerate(ATTRIBUTES)}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One value a post gives for a model's attribute, before the post's values become one."""

    model: str
    attribute: str
    value: FactValue
    certainty: Certainty
    evidence: str
    order: int
    generic: bool = False
    #: the member was named in the sentence of a generation statement
    explicit: bool = True
    #: read from the title, which states flatly what the body attributes
    from_title: bool = False
    #: reached through a reference back to several models at once ("They were released")
    shared: bool = False
    #: said of several models named together ("releases Scout, Maverick, and Behemoth")
    with_others: bool = False
    #: how the value was read and tied to the model (for ``--explain``)
    why: str = ""


def consolidate(
    candidates: Sequence[Candidate],
    article: ArticleText,
    catalog_generation: Callable[[str], str | None] = lambda model: None,
    called_unreleased: frozenset[str] = frozenset(),
) -> list[Fact]:
    """Reduce a post's candidate facts to one fact per model and attribute.

    ``called_unreleased``: models the post holds back where it names them ("the
    in-training Behemoth"); a generation's release-bound values never reach them.
    """
    released_specific = {
        c.model
        for c in candidates
        if c.attribute == "status" and c.value == "released" and not c.generic
    }
    unreleased_specific = {
        c.model
        for c in candidates
        if c.attribute == "status" and c.value != "released" and not c.generic
    }
    # "Meta released the first Llama 4 models …; Behemoth is still in training": once
    # the post sets some members apart, the generation statement covers the others.
    set_apart = {catalog_generation(c.model) for c in candidates if c.model in unreleased_specific}
    #: models the post calls unreleased in a sentence that names them
    unreleased_named = {
        c.model
        for c in candidates
        if c.attribute == "status" and c.value != "released" and c.explicit and not c.generic
    }
    #: models a sentence naming them calls released; for a member the post holds back
    #: where it names it ("a preview of Behemoth, which is still training"), a release
    #: said of a list it stands in ("releases Scout, Maverick, and Behemoth") does not count
    released_named = {
        c.model
        for c in candidates
        if c.attribute == "status"
        and c.value == "released"
        and c.explicit
        and not c.generic
        and not (c.with_others and c.model in called_unreleased)
    }
    candidates = _joint_windows_to_their_member(candidates)
    usable: list[Candidate] = []
    for c in candidates:
        if (
            c.attribute in RELEASE_BOUND
            and (c.generic or not c.explicit)
            and c.model in called_unreleased
            and c.model not in released_named
        ):
            # "… Scout, Maverick, and the in-training Behemoth": what the generation or
            # the models in focus are said to be never reaches the member held back.
            continue
        if (
            c.attribute in RELEASE_BOUND
            and c.with_others
            and c.model in called_unreleased
            and c.model not in released_named
        ):
            # "Meta releases Scout, Maverick, and Behemoth" over a body that says Behemoth
            # is still training: the list's release is the released members'.
            continue
        if c.shared and c.attribute == "status" and c.model in unreleased_named:
            # "Behemoth is still in training. … Scout, Maverick and Behemoth … They were
            # released on April 5": a status said of several models at once does not
            # reach the one the post names as unreleased. (Its date and licence may:
            # labelled pages give an unreleased model the generation's licence and
            # announcement date, and dropping them lost correct facts.)
            continue
        if c.generic and c.attribute in RELEASE_BOUND:
            if c.model in unreleased_specific and c.model not in released_specific:
                continue
            covered = c.explicit or c.model in released_specific
            if not covered and catalog_generation(c.model) not in set_apart:
                continue
        usable.append(c)
    by_key: dict[tuple[str, str], list[Candidate]] = {}
    for c in usable:
        by_key.setdefault((c.model, c.attribute), []).append(c)
    facts: list[Fact] = []
    for (model, attribute), items in by_key.items():
        if attribute == "params_active":
            # "Active Parameters 400B" beside "400 billion total": a spec table with its
            # cells swapped; an active count is a part of the total, never all of it
            totals = [
                c.value for c in by_key.get((model, "params_total"), []) if isinstance(c.value, int)
            ]
            if totals:
                items = [
                    c for c in items if not (isinstance(c.value, int) and c.value >= max(totals))
                ]
                if not items:
                    continue
        if attribute == "release_date" and model not in released_specific:
            items = _without_superseded_plans(items)
        specific = [c for c in items if not c.generic]
        pool = items if attribute == "release_date" else (specific or items)
        chosen = choose(attribute, pool)
        if chosen is None:
            continue
        facts.append(
            Fact(
                model=model,
                attribute=attribute,
                value=chosen.value,
                certainty=chosen.certainty,
                evidence=chosen.evidence,
                source=article.url,
                published=article.published,
            )
        )
    facts = _without_past_dates_of_unreleased(facts, article.published)
    facts.sort(key=lambda f: (f.model, _ATTRIBUTE_ORDER.get(f.attribute, 99)))
    return facts


#: attributes whose figure, said of a list, may be one member's: members differ in them
_MEMBER_FIGURES = frozenset({"context_window"})
_EACH_MEMBER = re.compile(r"\b(?:both|each|all|every|either)\b", re.I)


def _joint_windows_to_their_member(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Give a window said of a whole list to the one member the post gives it alone.

    "Meta releases Scout, Maverick, and Behemoth, claims a 10M-token context" and, later,
    "Scout (…, 10M-token context)": the headline sums up the list; the figure is Scout's.
    """
    by_statement: dict[tuple[int, str, object], set[str]] = {}
    for c in candidates:
        # "Scout and Maverick both read 1M tokens" says it of each member
        if c.attribute in _MEMBER_FIGURES and not _EACH_MEMBER.search(c.evidence):
            by_statement.setdefault((c.order, c.attribute, c.value), set()).add(c.model)
    dropped: set[tuple[int, str, object, str]] = set()
    for (order, attribute, value), models in by_statement.items():
        if len(models) < 2:
            continue
        alone = {
            next(iter(others))
            for (other_order, other_attribute, other_value), others in by_statement.items()
            if other_order != order
            and other_attribute == attribute
            and other_value == value
            and len(others) == 1
            and others <= models
        }
        if len(alone) == 1:
            dropped.update((order, attribute, value, m) for m in models - alone)
    return [c for c in candidates if (c.order, c.attribute, c.value, c.model) not in dropped]


#: a statement that a launch was moved later: the date it gives is the plan now
_POSTPONED = re.compile(
    r"\b(?:postpon\w*|delay(?:s|ed|ing)?|push(?:es|ed|ing)?(?:\s+back)?|slipp?(?:ed|ing|s)|"
    r"drift(?:s|ed|ing)?|mov(?:ed|es|ing)|shift(?:s|ed|ing)?|reschedul(?:ed|es|ing))\s+"
    r"(?:\w+\s+){0,2}?"
    r"(?:to|until|into|toward|towards)\b",
    re.I,
)


def _without_superseded_plans(items: Sequence[Candidate]) -> list[Candidate]:
    """Drop, for a model not out, a planned date that a postponement in the post moved on.

    "First set for April, then pushed to June … now pushed to the fall": a postponement
    only ever moves a launch later, so a date wholly before the latest postponed-to date
    is a plan the post reports as replaced. Dates of one plan ("expected in 2026, as
    early as March") have no postponement and all stay; so do released models' dates.
    """
    moved_to = [
        span[0]
        for c in items
        if _POSTPONED.search(c.evidence) and (span := date_span(str(c.value))) is not None
    ]
    if not moved_to:
        return list(items)
    latest = max(moved_to)
    return [c for c in items if (span := date_span(str(c.value))) is None or not span[1] < latest]


def _without_past_dates_of_unreleased(facts: list[Fact], published: dt.date | None) -> list[Fact]:
    """Drop a release date already past for a model the same post calls unreleased.

    "Behemoth was never publicly released … It was unveiled on April 5 alongside Scout
    and Maverick": a day gone by, for a model that has not shipped, dates a showing.
    """
    if published is None:
        return facts
    shelved = {f.model for f in facts if f.attribute == "status" and f.value in _NOT_OUT_STATUSES}
    return [
        f
        for f in facts
        if not (
            f.attribute == "release_date"
            and f.model in shelved
            and (span := date_span(str(f.value))) is not None
            and span[1] < earliest_day(published)
        )
    ]


def choose(attribute: str, pool: Sequence[Candidate]) -> Candidate | None:
    """Pick the one value a post gives for a model's attribute."""

    def most_certain(items: Sequence[Candidate]) -> Candidate:
        # The body's wording (with its attribution) beats the headline's.
        return max(items, key=lambda c: (not c.from_title, _CERTAINTY_RANK[c.certainty], -c.order))

    def same_value_best(value: FactValue) -> Candidate:
        return most_certain([c for c in pool if c.value == value])

    # how a post's several values become one is the attribute's choice rule
    choice = SPECS[attribute].choice
    if choice == "largest":
        largest = max(c.value for c in pool if isinstance(c.value, int))
        return same_value_best(largest)
    if choice == "precise":
        best = max(pool, key=lambda c: (precision_of(str(c.value)), _CERTAINTY_RANK[c.certainty]))
        return same_value_best(best.value)
    if choice == "union":
        union: set[str] = set()
        for c in pool:
            union.update(c.value)  # type: ignore[arg-type]
        best = most_certain(pool)
        return Candidate(
            best.model,
            attribute,
            tuple(sorted(union)),
            best.certainty,
            best.evidence,
            best.order,
            best.generic,
        )
    if choice == "lifecycle":
        values = {c.value for c in pool}
        if "shelved" in values and "released" not in values:
            # "still unreleased … later, testing was paused": shelving ends the wait.
            return same_value_best("shelved")
        best = max(pool, key=lambda c: (_CERTAINTY_RANK[c.certainty], _STATUS_RANK[str(c.value)]))
        return same_value_best(best.value)
    if choice == "not_closed":
        top_rank = max(_CERTAINTY_RANK[c.certainty] for c in pool)
        most_sure = [c for c in pool if _CERTAINTY_RANK[c.certainty] == top_rank]
        not_closed = [c for c in most_sure if c.value != "closed"]
        if not_closed and len(not_closed) < len(most_sure):
            # The worst error is a false "closed": when a post says both, trust "open".
            return same_value_best(not_closed[0].value)
        if any(c.value != "closed" for c in pool) and all(c.value == "closed" for c in most_sure):
            # "is closed for now; it could be opened later": a guess at an open future does
            # not unsay a closed present the post states as fact (a source's word against a
            # guess still gives nothing)
            if top_rank == _CERTAINTY_RANK["confirmed"] and all(
                c.certainty == "speculative" for c in pool if c.value != "closed"
            ):
                return most_certain(most_sure)
            return None
        return most_certain(most_sure)
    return most_certain(pool)
