"""Values read off model names: sizes, dates in parentheses, licences named after a model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from helpers_extract import catalog

from llamawatch.extractors.mentions import Group, find_groups
from llamawatch.extractors.readers import ValueOrRule
from llamawatch.extractors.sentences import split_units
from llamawatch.extractors.values import (
    dated_list_items,
    in_name,
    license_for_model,
    license_target,
    mention_sizes,
    parenthesised_dates,
    url_sizes,
    without_names,
)

PUBLISHED = dt.date(2031, 6, 1)


def groups_of(text: str) -> list[Group]:
    return find_groups(text, catalog().find_mentions(text), catalog(), frozenset())


class Added:
    """Collects what a value function adds, as (attribute, value, only)."""

    def __init__(self) -> None:
        self.values: list[tuple[str, object, str | None]] = []

    def __call__(
        self,
        attribute: str,
        value: ValueOrRule,
        pos: int,
        *,
        only: str | None = None,
        fallback: Sequence[str] = (),
        fallback_generic: bool = False,
    ) -> None:
        self.values.append((attribute, value, only))


def test_a_size_in_a_name_is_that_models_size() -> None:
    add = Added()
    text = "Llama 3.1 70B reads long files"
    mention_sizes(text, groups_of(text), add)
    assert add.values == [("params_total", 70_000_000_000, "Llama 3.1")]


def test_a_checkpoint_in_use_gives_no_size() -> None:
    add = Added()
    text = "Our cluster serves Llama 3.1 70B to staff"
    mention_sizes(text, groups_of(text), add)
    assert add.values == []


def test_a_hub_link_names_a_size() -> None:
    unit = split_units("Try [Llama Guard](https://hub.example/meta/Llama-Guard-3-8B) today.")[0]
    add = Added()
    url_sizes(unit, groups_of(unit.clean), add, catalog())
    assert add.values == [("params_total", 8_000_000_000, "Llama Guard")]


def test_a_past_date_in_parentheses_is_a_release() -> None:
    add = Added()
    text = "Llama 2 (July 2023): the second one"
    parenthesised_dates(text, groups_of(text), add, PUBLISHED)
    assert add.values == [
        ("release_date", "2023-07", "Llama 2"),
        ("status", "released", "Llama 2"),
    ]


def test_sizes_in_parentheses_are_not_dates() -> None:
    add = Added()
    text = "Llama 2 (7B, 13B): sizes"
    parenthesised_dates(text, groups_of(text), add, PUBLISHED)
    assert add.values == []


def test_a_dated_list_of_releases() -> None:
    add = Added()
    text = "Past releases (Llama 2 Jul 2023, Llama 3 Apr 2024)"
    dated_list_items(text, groups_of(text), add, PUBLISHED)
    assert ("release_date", "2024-04", "Llama 3") in add.values
    assert ("status", "released", "Llama 2") in add.values


def test_names_are_blanked_before_a_month_and_positions_in_names_known() -> None:
    text = "Llama 2 Jul 2023"
    groups = groups_of(text)
    assert without_names(text, groups).startswith("xxxxxxx Jul")
    assert in_name(groups, 6) and not in_name(groups, 9)


def test_a_licence_is_named_after_its_model() -> None:
    assert license_for_model("Llama 1", "research", catalog()) == "llama-1-research"
    assert license_for_model("Llama 2", "research", catalog()) is None
    assert license_for_model("Code Llama", "own", catalog()) is None


def test_a_licence_name_points_at_its_model() -> None:
    target = license_target(["Llama 3"], False, catalog(), frozenset())
    assert target is not None and target.models == ("Llama 3",)
    members = license_target(["Llama 4"], True, catalog(), frozenset({"Llama 4 Scout"}))
    assert members is not None and members.models == ("Llama 4 Scout",) and members.generic
    assert license_target(["Llama 4"], True, catalog(), frozenset()) is None
