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


# --- FP1: a value said of one of several models named together ----------------------


def test_a_trailing_for_gives_the_value_to_that_model_alone() -> None:
    facts = facts_of(
        "Meta presented Llama 4 Scout and Llama 4 Maverick as leaders in their classes, "
        "with a record 10 million token context window for Scout."
    )
    assert find(facts, "Llama 4 Scout", "context_window", 10_000_000)
    assert not find(facts, "Llama 4 Maverick", "context_window")


def test_a_trailing_of_after_a_comparison_is_not_an_owner() -> None:
    text = "Llama 3 reads 8K tokens, fewer than the window of Llama 3.1"
    assert models_at(text, "8K") == ("Llama 3",)


def test_both_joining_two_things_is_not_a_reference_back() -> None:
    facts = facts_of(
        "Llama 4 Scout ships with 16 experts and Llama 4 Maverick with 128 experts.\n\n"
        "Llama 4 Maverick also has 17 billion active parameters. "
        "It can read both text and images at once."
    )
    assert find(facts, "Llama 4 Maverick", "modalities")
    assert not find(facts, "Llama 4 Scout", "modalities")


# --- FP2: sizes and build inside comparisons and example lists ---------------------------


def test_a_hypothetical_model_in_a_comparison_gives_no_architecture() -> None:
    facts = facts_of(
        "Llama 4 Scout answers at a cost nearer to a dense 17B model than to a dense 109B one."
    )
    assert not find(facts, "Llama 4 Scout", "architecture")


def test_an_example_list_after_a_kind_of_model_gives_no_architecture() -> None:
    facts = facts_of("Inside a dense model (Llama 3, GPT-4, Claude 3) each token uses all weights.")
    assert not find(facts, "Llama 3", "architecture")
    facts = facts_of("In a dense model such as Llama 2 or GPT-3 each token uses all weights.")
    assert not find(facts, "Llama 2", "architecture")


def test_a_size_before_a_between_comparison_is_not_the_later_models() -> None:
    text = (
        "With 123B parameters, the rival model sits between the mid-sized and large Llama 2 models"
    )
    assert models_at(text, "123B", measure=True) is None


def test_a_plain_statement_of_build_still_binds() -> None:
    facts = facts_of("The Llama 4 models are MoE models, while the Llama 3 series is dense.")
    assert find(facts, "Llama 3", "architecture", "dense")


# --- "X's successor": what follows is the successor's ------------------------------------


def test_values_after_a_predecessors_successor_are_not_the_predecessors() -> None:
    facts = facts_of(
        "Llama 1's successor brings 70B parameters, a 4K context and a commercial licence, "
        "turning a research artefact into an open model family."
    )
    assert not find(facts, "Llama 1", "params_total")
    assert not find(facts, "Llama 1", "openness")


def test_a_contrast_opening_leaves_the_focus_on_the_main_subject() -> None:
    facts = facts_of(
        "Unlike its forerunner, the first LLaMA (research-only weights), Llama 2 ships "
        "under a licence that allows commercial use. "
        "The release comes in three sizes: 7 billion, 13 billion and 70 billion parameters."
    )
    assert find(facts, "Llama 2", "params_total", 70_000_000_000)
    assert not find(facts, "Llama 1", "params_total")


def test_which_after_a_compared_model_is_not_the_subjects() -> None:
    facts = facts_of(
        "The Llama 2 family, sold as base and chat models, is the successor to the "
        "original LLaMA models, which were released in 2023 under a research licence."
    )
    assert not find(facts, "Llama 2", "release_date")
    assert not find(facts, "Llama 2", "openness", "research_only")


def test_which_right_after_a_name_is_that_names() -> None:
    facts = facts_of("Meta published Llama 3.1 405B, which has a 128K context window.")
    assert find(facts, "Llama 3.1", "context_window", 128_000)


def test_an_indefinite_model_is_a_kind_not_a_reference_back() -> None:
    facts = facts_of(
        "Llama 3 keeps every weight busy for every token.\n\n"
        "In an MoE model, each token visits only a few experts."
    )
    assert not find(facts, "Llama 3", "architecture", "moe")


def test_each_over_a_models_parts_is_not_a_reference_back() -> None:
    post = post_context(("Llama 4 Scout", "Llama 4 Maverick"))
    post.state.section_models = ["Llama 4 Scout", "Llama 4 Maverick"]
    text = "Here each token visits two experts"
    assert target_at(sentence_of(text), post, text.index("experts")) is None
    text = "Here each model uses 16 experts"
    target = target_at(sentence_of(text), post, text.index("experts"))
    assert target is not None and len(target.models) == 2


def test_the_model_a_new_one_succeeds_does_not_take_the_focus() -> None:
    facts = facts_of(
        "Meta dropped its newest model today. The successor to last year's Llama 2, "
        "the new model is getting attention.\n\n"
        "Size options\n\n"
        "Meta offers versions from a small 8 billion parameter one up to a 405 billion one."
    )
    assert not find(facts, "Llama 2", "params_total")


# --- companions and sizes fused to a name -------------------------------------------------


def test_a_companion_shares_the_release_and_nothing_else() -> None:
    facts = facts_of(
        "Llama 4 Behemoth is the flagship of the family. It was shown on April 5, 2025 "
        "next to its smaller siblings, alongside Llama 4 Scout and Llama 4 Maverick, and was "
        "pitched as a mixture-of-experts model of about 2 trillion parameters."
    )
    assert not find(facts, "Llama 4 Scout", "params_total")
    assert not find(facts, "Llama 4 Maverick", "architecture")


def test_it_after_a_sentence_with_companions_is_the_subject() -> None:
    facts = facts_of(
        "Llama 4 Behemoth is the biggest model of the herd, shown alongside Llama 4 Scout "
        "and Llama 4 Maverick. Meta describes it as a mixture-of-experts model with 288 billion "
        "active parameters."
    )
    assert find(facts, "Llama 4 Behemoth", "params_active", 288_000_000_000)
    assert not find(facts, "Llama 4 Scout", "params_active")


def test_a_size_written_before_a_name_is_that_names() -> None:
    facts = facts_of("Llama 3 grew in 2024 with the 405B-parameter Llama 3.1.")
    assert find(facts, "Llama 3.1", "params_total", 405_000_000_000)
    assert not find(facts, "Llama 3", "params_total")


def test_a_size_before_a_base_name_is_not_the_bases() -> None:
    facts = facts_of("Llama Guard 2 is an 8B parameter Llama 3-based safety classifier.")
    assert not find(facts, "Llama 3", "params_total")


# --- M2: counted and partial references to a generation's members ---------------------


HERD = (
    "Scout\n\nLlama 4 Scout has 109 billion parameters in total.\n\n"
    "Maverick\n\nLlama 4 Maverick has 400 billion parameters in total.\n\n"
    "Behemoth\n\nLlama 4 Behemoth is still in training.\n\n"
    "Inputs\n\nMeta spent a long time on the data.\n\nThe team also wrote a paper.\n\n"
    "Reviewers liked the paper.\n\nThe paper is long.\n\n"
)


def test_all_three_models_reach_every_member_named() -> None:
    facts = facts_of(HERD + "All three models take in text, images and video.")
    for model in ("Llama 4 Scout", "Llama 4 Maverick", "Llama 4 Behemoth"):
        assert find(facts, model, "modalities", ["image", "text", "video"])


def test_two_of_them_is_not_all_of_them() -> None:
    facts = facts_of(
        "Llama 4 comes as three models: Llama 4 Scout, Llama 4 Maverick and Llama 4 Behemoth. "
        "Two of them are available to download today."
    )
    assert not find(facts, "Llama 4 Behemoth", "status", "released")


def test_a_status_goes_to_the_models_set_beside_its_noun() -> None:
    facts = facts_of(
        "The Llama 4 family opens with two openly available models — Llama 4 Scout and "
        "Llama 4 Maverick — and a third, larger research model named Llama 4 Behemoth."
    )
    assert find(facts, "Llama 4 Scout", "status", "released")
    assert not find(facts, "Llama 4 Behemoth", "status", "released")


def test_a_generations_release_reaches_the_members_its_paragraph_names() -> None:
    facts = facts_of(
        "On April 5, 2025, Meta released its newest Llama 4 models in a weekend surprise. "
        "The launch presented Llama 4 Scout and Llama 4 Maverick as leaders in their classes."
    )
    assert find(facts, "Llama 4 Scout", "status", "released")
    assert find(facts, "Llama 4 Maverick", "release_date", "2025-04-05")


def test_a_generations_release_skips_members_named_only_elsewhere() -> None:
    facts = facts_of(
        "On April 5, 2025, Meta released its newest Llama 4 models in a weekend surprise.\n\n"
        "Llama 4 Scout and Llama 4 Maverick top their classes on several benchmarks."
    )
    assert not find(facts, "Llama 4 Scout", "status")
