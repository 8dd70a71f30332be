"""Mentions stage: lists said of together, baselines set aside, generations as members."""

from __future__ import annotations

from helpers_extract import catalog

from llamawatch.extractors.mentions import Group, find_groups, mask_licenses


def groups(text: str, named: frozenset[str] = frozenset()) -> list[Group]:
    return find_groups(text, catalog().find_mentions(text), catalog(), named)


def test_a_list_of_names_is_one_group() -> None:
    found = groups("Yesterday Scout and Maverick went up on the hub.")
    assert [g.models for g in found] == [("Llama 4 Scout", "Llama 4 Maverick")]
    assert not found[0].baseline and not found[0].generic


def test_a_model_named_after_a_comparison_is_a_baseline() -> None:
    found = groups("The new checkpoint beats Llama 3.1 405B on every coding test.")
    assert [(g.models, g.baseline) for g in found] == [(("Llama 3.1",), True)]


def test_a_base_model_is_a_baseline() -> None:
    found = groups("A hobbyist model fine-tuned on Llama 3 scored well.")
    assert [g.baseline for g in found] == [True]


def test_a_contrastive_opening_names_a_baseline() -> None:
    found = groups("Unlike Llama 2 the newer release reads pictures too.")
    assert [g.baseline for g in found] == [True]


def test_a_generation_stands_for_the_members_the_post_names() -> None:
    found = groups("Llama 4 models use experts.", frozenset({"Llama 4 Scout"}))
    assert [(g.models, g.generic) for g in found] == [(("Llama 4 Scout",), True)]


def test_one_member_of_a_generation_is_not_all_members() -> None:
    found = groups("It is the largest Llama 4 model yet.", frozenset({"Llama 4 Behemoth"}))
    assert [(g.models, g.generic) for g in found] == [((), True)]


def test_licence_names_are_not_mentions() -> None:
    masked = mask_licenses("Weights ship under the Llama 2 Community License today.")
    assert "Llama 2" not in masked
    assert not groups(masked)
    assert mask_licenses("Llama 2 is here.") == "Llama 2 is here."
