"""Topics stage: which models a post is about, read before its sentences."""

from __future__ import annotations

from helpers_extract import catalog

from llamawatch.extractors.sentences import split_units
from llamawatch.extractors.topics import read_topics


def test_a_generation_named_makes_short_names_its_members() -> None:
    about = read_topics(split_units("Llama 4 is out. Scout is the small one."), catalog())
    assert "Llama 4" in about.topics
    assert about.named_members == {"Llama 4 Scout"}
    assert about.models == ("Llama 4 Scout",)


def test_a_lone_short_name_is_not_a_member() -> None:
    about = read_topics(split_units("The scout troop went camping."), catalog())
    assert "Llama 4" not in about.topics
    assert about.models == ()


def test_two_short_names_together_make_the_topic() -> None:
    about = read_topics(split_units("Maverick and Behemoth share a design."), catalog())
    assert "Llama 4" in about.topics
    assert about.models == ("Llama 4 Maverick", "Llama 4 Behemoth")


def test_a_generation_stands_for_the_members_named_anywhere() -> None:
    units = split_units("Llama 4 models read images. Maverick is the middle one.")
    about = read_topics(units, catalog())
    first = about.unit_groups[units[0].clean]
    assert [g.models for g in first] == [("Llama 4 Maverick",)]


def test_baselines_are_not_models_of_the_post() -> None:
    about = read_topics(split_units("Our tool outperforms Llama 3 on every task."), catalog())
    assert about.models == ()


def test_a_new_name_and_its_codename() -> None:
    text = "Meta released a new model called Nimbus Prime, codenamed Drizzle, today."
    about = read_topics(split_units(text), catalog())
    assert "Nimbus Prime" in about.new_names
    assert [(link.name, link.alias) for link in about.links] == [("Nimbus Prime", "Drizzle")]
