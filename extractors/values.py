"""Values read off model names, around the per-attribute readers of ``readers.py``.

Sizes in a model's name or its hub link ("Llama 3.1 70B", ".../Llama-Guard-3-8B"),
a date in parentheses after a name or in a dated list of releases, a licence named
after its model ("its community license"), and the helpers that keep the readers off
the names themselves ("Llama 2 Jul 2023" is not the second of July).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence

from llamawatch.extractors import readers as R
from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.dates import find_dates
from llamawatch.extractors.mentions import Group, Target
from llamawatch.extractors.models import ModelCatalog
from llamawatch.extractors.sentences import Unit

_DIGIT = re.compile(r"\d")
_PAREN_NOT_RELEASE = re.compile(r"\b(?:as of|since|until|updated|reviewed|as at)\b", re.I)

_PAREN_AFTER_GROUP = re.compile(r"\s*\(([^()]{1,60})\)")
#: "Meta's Llama 4 family (April 5, 2025)": the date of a generation named as a whole
_PAREN_AFTER_FAMILY = re.compile(
    r"\s+(?:family|series|lineup|line-up|herd|generation|collection|models)\s*\(([^()]{1,60})\)",
    re.I,
)
#: what follows a leading date that stands as its own item: a comma or semicolon
_LEADING_DATE_ITEM = re.compile(r"\s*[,;]\s")

_USED_BEFORE = re.compile(
    r"\b(?:serv(?:e|es|ed|ing)|runs?|running|ran|fine-?tun\w*|quantiz\w*|deploy\w*|host\w*|"
    r"benchmark\w*|test(?:s|ed|ing)?|evaluat\w*|load\w*|us(?:e|es|ed|ing)|on top of|"
    r"compare[sd]?|comparing)\s+(?:the\s+|a\s+|an\s+|our\s+|Meta['’]s\s+)?"
    # a hub id after the verb of a command ("… serve org/Some-Model-70B-Instruct")
    r"(?:[\w.-]+/)?$",
    re.I,
)

#: a context word right after a name that ends in a figure ("Scout 10M Context …")
_CONTEXT_LABEL_AFTER = re.compile(r"[\s-]*(?:tokens?[\s-]+)?(?:context|ctx|window)\b", re.I)

#: "Llama 2 Jul 2023," in a list: a month and year right after the name, then a break
_DATED_ITEM = re.compile(
    r"\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d)"
    r"(?=\s*[,;)]|\s+and\b)"
)


def _not_after(value: str, published: object) -> bool:
    """Return True if the partial date ``value`` starts on or before ``published``."""
    assert isinstance(published, dt.date)
    year = f"{published.year:04d}"
    if value[:4] != year:
        return value[:4] < year
    if "Q" in value:
        return (int(value[-1]) - 1) * 3 + 1 <= published.month
    return len(value) == 4 or value <= published.isoformat()


_MONTH_NEXT = re.compile(r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")


def without_names(text: str, groups: Sequence[Group]) -> str:
    """Return ``text`` with model names blanked, so "Llama 2 Jul 2023" reads as July 2023."""
    for group in groups:
        for m in group.mentions:
            if text[m.end - 1 : m.end].isdigit() and _MONTH_NEXT.match(text, m.end):
                text = text[: m.start] + "x" * (m.end - m.start) + text[m.end :]
    return text


def in_name(groups: Sequence[Group], pos: int) -> bool:
    """Return True when ``pos`` lies inside a model's name ("Llama 2 Jul 2023": no 2 July)."""
    return any(m.start <= pos < m.end for g in groups for m in g.mentions)


def paren_statuses(
    text: str, groups: Sequence[Group], statuses: Sequence[tuple[int, str]]
) -> tuple[list[tuple[int, int]], set[str]]:
    """Return the parentheses after list members that state a status, and those members.

    "…: Scout (smallest), Maverick (mid-size) and Behemoth (still in training)": the
    status in a member's parenthesis is that member's; the list's verb is not.
    """
    spans: list[tuple[int, int]] = []
    models: set[str] = set()
    for group in groups:
        paren = _PAREN_AFTER_GROUP.match(text, group.end)
        if paren and any(paren.start(1) <= p < paren.end(1) for p, _ in statuses):
            spans.append((paren.start(1), paren.end(1)))
            models.update(group.models)
    return spans, models


def in_group_paren(text: str, groups: Sequence[Group], pos: int) -> bool:
    for group in groups:
        paren = _PAREN_AFTER_GROUP.match(text, group.end)
        if paren and paren.start(1) <= pos < paren.end(1):
            return True
    return False


def mention_sizes(text: str, groups: Sequence[Group], add: R.Add) -> None:
    """Sizes in the names of the models a sentence speaks of ("Llama 3.1 70B")."""
    for group in groups:
        if group.baseline:
            continue
        for mention in group.mentions:
            if not mention.size or mention.kind == "generation":
                continue  # (tested first: most names carry no size)
            if _USED_BEFORE.search(text[max(0, mention.start - 30) : mention.start]):
                continue  # "vLLM serves Llama 3.1 70B": a checkpoint in use, not a spec
            if R.SPEED_BEFORE.search(text[max(0, mention.start - 50) : mention.start]):
                continue  # "300 tok/s on Llama 3.3 70B": a speed measured on the checkpoint
            if _CONTEXT_LABEL_AFTER.match(text, mention.end):
                continue  # "Llama 4 Scout 10M Context Test": the figure is the window's
            attribute = "params_active" if mention.size_is_active else "params_total"
            add(attribute, mention.size, mention.start, only=mention.name)


def url_sizes(unit: Unit, groups: Sequence[Group], add: R.Add, catalog: ModelCatalog) -> None:
    """Model hub ids in link targets name sizes ("…/Llama-Guard-3-8B")."""
    if not unit.urls or not groups:
        return
    named = {m for g in groups if not g.baseline for m in g.models}
    if not named:
        return
    for url in unit.urls:
        tail = url.rstrip("/").rsplit("/", 1)[-1]
        if not _DIGIT.search(tail):
            continue  # a size is written with digits
        for mention in catalog.find_mentions(tail, short_names=False):
            if mention.size and mention.kind == "model" and mention.name in named:
                attribute = "params_active" if mention.size_is_active else "params_total"
                position = next(g.start for g in groups if mention.name in g.models)
                add(attribute, mention.size, position, only=mention.name)


def parenthesised_dates(
    text: str, groups: Sequence[Group], add: R.Add, published: dt.date | None
) -> None:
    """A date in parentheses right after a model: "Llama 2 (July 2023): …"."""
    for group in groups:
        if group.baseline or not group.models:
            continue
        paren = _PAREN_AFTER_GROUP.match(text, group.end) or _PAREN_AFTER_FAMILY.match(
            text, group.end
        )
        if not paren:
            continue
        inner = paren.group(1)
        if _PAREN_NOT_RELEASE.search(inner):
            continue  # "(still in training as of June 2026)" dates a status, not a release
        future = bool(V.FUTURE_WORDS.search(inner))
        dates = find_dates(inner, published, future=future)
        if not dates:
            continue
        if re.search(r"\b(?:tokens?|param\w*|experts?)\b|\d\s?[BMK]\b", inner) and not (
            _LEADING_DATE_ITEM.match(inner[dates[0].end :]) and not inner[: dates[0].start].strip()
        ):
            # "(15T tokens through 2023)" dates the data; "(April 2024, up to 405B)" leads
            # with the date as its own item, so the date still dates the model
            continue
        values = dates[0].values
        models = group.models
        if len(values) == len(models) and len(values) > 1:
            pairs = list(zip(models, values, strict=True))
        else:
            pairs = [(model, values[-1]) for model in models]
        for model, value in pairs:
            add("release_date", value, paren.start(1), only=model)
            if published and not future and _not_after(value, published):
                add("status", "released", paren.start(1), only=model)
            elif future:
                add("status", "upcoming", paren.start(1), only=model)


def dated_list_items(
    text: str, groups: Sequence[Group], add: R.Add, published: dt.date | None
) -> None:
    """A list of releases, "(Llama 2 Jul 2023, Llama 3 Apr 2024, …)": name, then date."""
    for group in groups:
        if group.baseline or len(group.models) != 1:
            continue
        item = _DATED_ITEM.match(text, group.end)
        if not item:
            continue
        dates = find_dates(item.group(1), published)
        if not dates or dates[0].start != 0:
            continue
        value = dates[0].values[-1]
        if published and _not_after(value, published):
            add("release_date", value, group.end, only=group.models[0])
            add("status", "released", group.end, only=group.models[0])


def license_for_model(model: str, kind: str, catalog: ModelCatalog) -> str | None:
    """Name an unnamed licence ("a community license", "its license") after its model."""
    if kind == "research":
        return "llama-1-research" if model == "Llama 1" else None
    if model == "Llama 1":
        return "llama-1-research" if kind == "own" else None
    generation = catalog.generation_of(model)
    for name in (model, generation or ""):
        m = re.fullmatch(r"Llama (\d+(?:\.\d+)?)", name)
        if m:
            return R.license_for_version(m.group(1))
    return None


def license_target(
    names: Sequence[str], generic: bool, catalog: ModelCatalog, named_members: Collection[str]
) -> Target | None:
    """Return the models a licence name itself points at ("Llama 4 Community License")."""
    for name in names:
        entry = catalog.entry(name)
        if entry:
            return Target((entry.name,), False)
        members = [m for m in catalog.generation_members(name) if m in named_members]
        if members:
            return Target(tuple(members), generic)
    return None
