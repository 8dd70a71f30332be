"""Helpers for the extraction tests: articles from strings, facts as comparable tuples."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from llamawatch.evaluation.extraction import values_match
from llamawatch.extractors.facts import extract_facts
from llamawatch.extractors.models import ModelCatalog
from llamawatch.records import ArticleText, Fact, value_to_json

_CATALOG: ModelCatalog | None = None


def catalog() -> ModelCatalog:
    """Return the catalog of the bundled default settings (built once per test run)."""
    global _CATALOG
    if _CATALOG is None:
        _CATALOG = ModelCatalog.default()
    return _CATALOG


def facts_of(text: str, published: str | None = "2025-06-10", title: str = "") -> list[Fact]:
    """Extract the facts of a post given as text."""
    article = ArticleText(
        url="urn:test",
        title=title,
        text=text,
        published=dt.date.fromisoformat(published) if published else None,
    )
    return extract_facts(article, catalog())


def find(
    facts: Sequence[Fact], model: str, attribute: str | None = None, value: Any = None
) -> list[Fact]:
    """Return the facts about ``model`` (and ``attribute``, ``value`` when given)."""
    found = []
    for fact in facts:
        if fact.model.lower() != model.lower():
            continue
        if attribute is not None and fact.attribute != attribute:
            continue
        if value is not None and not values_match(
            attribute or "", value_to_json(fact.value), value
        ):
            continue
        found.append(fact)
    return found


def describe(facts: Sequence[Fact]) -> str:
    """Return facts one per line, for assertion messages."""
    return "\n".join(
        f"{f.model} | {f.attribute} = {value_to_json(f.value)!r} ({f.certainty})" for f in facts
    )


class RuleCase(NamedTuple):
    """A post (text, publication date) with the facts that must and must not come out.

    ``forbid`` entries with a value of None mean "any value of that attribute".
    """

    id: str
    text: str
    published: str
    expect: tuple[tuple[str, str, Any], ...]
    forbid: tuple[tuple[str, str, Any], ...]


def check_rule_case(case: RuleCase) -> None:
    """Assert that a case's post gives every expected fact and none of the forbidden ones."""
    facts = facts_of(case.text, case.published)
    for model, attribute, value in case.expect:
        assert find(facts, model, attribute, value), (
            f"missing {model} {attribute}={value!r} in:\n{describe(facts)}"
        )
    for model, attribute, value in case.forbid:
        found = find(facts, model, attribute, value)
        assert not found, f"unexpected:\n{describe(found)}"
