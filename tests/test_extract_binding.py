"""Binding stage: which model a value found at a position in a sentence is said of."""

from __future__ import annotations

from helpers_extract import catalog, facts_of, find

from llamawatch.extractors.binding import (
    PostContext,
    Sentence,
    bind,
    companions_of,
    target_at,
)
from llamawatch.extractors.clauses import split_clauses
from llamawatch.extractors.focus import ReadingState
from llamawatch.extractors.mentions import Focus, Target, find_groups
from llamawatch.extractors.scope import PostScope
from llamawatch.extractors.topics import PostTopics


def sentence_of(text: str, forced: Target | None = None) -> Sentence:
    groups = find_groups(text, catalog().find_mentions(text), catalog(), frozenset())
    subjects = [g for g in groups if not g.baseline and g.models]
    family = [m for m in catalog().find_mentions(text) if m.kind == "family"]
    return Sentence(
        text,
        groups,
        subjects,
        family,
        split_clauses(text, groups),
        forced=forced,
        companions=companions_of(text, subjects),
    )


def post_context(focus: tuple[str, ...] = ()) -> PostContext:
    state = ReadingState()
    state.focus = Focus(focus)
    about = PostTopics(models=focus)
    return PostContext(catalog(), about, PostScope(), state, [])


def models_at(
    text: str, word: str, *, focus: tuple[str, ...] = (), measure: bool = False
) -> tuple[str, ...] | None:
    target = target_at(sentence_of(text), post_context(focus), text.index(word), measure=measure)
    return None if target is None else target.models


def test_a_value_goes_to_the_name_before_it_in_its_clause() -> None:
    text = "Llama 3 reads 8K tokens, while Llama 3.1 reads 128K tokens"
    assert models_at(text, "8K") == ("Llama 3",)
    assert models_at(text, "128K") == ("Llama 3.1",)


def test_a_forced_target_wins() -> None:
    forced = Target(("Llama 2",))
    text = "Llama 3 reads 8K tokens"
    assert target_at(sentence_of(text, forced), post_context(), text.index("8K")) == forced


def test_a_size_compared_with_a_later_name_is_not_that_models() -> None:
    text = "A 70B model now rivals Llama 3.1 405B"
    assert models_at(text, "70B", measure=True) is None


def test_a_clause_without_a_name_refers_back_to_the_focus() -> None:
    text = "The model reads 32K tokens"
    assert models_at(text, "32K", focus=("Llama 3",)) == ("Llama 3",)


def test_a_kind_of_model_is_not_the_focus() -> None:
    text = "Most open models read 32K tokens"
    assert models_at(text, "32K", focus=("Llama 3",)) is None


def test_a_value_said_of_another_labs_model_binds_to_nothing() -> None:
    text = "Llama 3 trails the 32K window of GPT-4"
    sentence = sentence_of(text)
    pos = text.index("32K")
    assert bind(sentence, post_context(), "context_window", 32_000, pos) is None


def test_a_companion_gets_no_date() -> None:
    text = "Behemoth was delayed, unlike Maverick which shipped alongside Scout in April"
    sentence = sentence_of(text)
    assert "Llama 4 Scout" in sentence.companions


def test_the_reader_calls_binding_for_every_value() -> None:
    facts = facts_of("Llama 3.1 405B has a 128K context window.")
    assert find(facts, "Llama 3.1", "context_window", 128_000)
