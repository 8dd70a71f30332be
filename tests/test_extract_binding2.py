"""Binding and scope, second round: post-level guards and stronger ties for risky values."""

from __future__ import annotations

import pytest
from helpers_extract import describe, facts_of, find

from llamawatch.extractors.scope import other_lab_as_rival

# --- a title that names another lab only as the Meta model's rival -----------------------


@pytest.mark.parametrize(
    "title",
    [
        "A GPT-4 rival: Meta ships Llama 2 at no cost",
        "Anthropic and Google face a new open model as Meta unveils Llama 3",
        "Meta's answer to Qwen: Llama 4 Scout and Maverick arrive",
        "Gemini challenger Llama 4 is out",
        "Microsoft and Meta release Llama 2",
        "After the DeepSeek scare, Meta launches Llama 4",
        "Llama 3 takes on OpenAI, Google and Anthropic",
    ],
)
def test_another_lab_named_only_as_a_rival_leaves_the_title_to_meta(title: str) -> None:
    assert other_lab_as_rival(title)


@pytest.mark.parametrize(
    "title",
    [
        "Google's Gemma takes on Llama 3",
        "Claude 3 vs Llama 3: a side-by-side test",
        "Mistral ships Mixtral, an open model that beats Llama 2 70B",
        "Alibaba's Qwen outperforms Llama 3",
        "A new lab's chatbot, trained on LLaMA",
    ],
)
def test_another_lab_as_the_subject_keeps_the_title_foreign(title: str) -> None:
    assert not other_lab_as_rival(title)


def test_a_rival_headline_over_a_meta_release_gives_its_facts() -> None:
    facts = facts_of(
        "Meta released Llama 2 on Tuesday. The model is free for research and commercial use.",
        title="A ChatGPT rival: Meta releases Llama 2 for free",
    )
    assert find(facts, "Llama 2", "status", "released"), describe(facts)
    assert find(facts, "Llama 2", "openness", "open_weights"), describe(facts)


def test_a_generation_named_beside_a_rival_is_the_titles_subject() -> None:
    facts = facts_of(
        "Meta released Llama 4 Scout on Saturday. The model has 109B total parameters.",
        title="Qwen rival Llama 4 is here",
    )
    assert find(facts, "Llama 4 Scout", "params_total", 109_000_000_000), describe(facts)


def test_another_labs_launch_headline_still_says_nothing_of_meta_by_reference() -> None:
    facts = facts_of(
        "Google released Gemma on Wednesday. The model comes in 2B and 7B sizes and is "
        "open-weight.",
        title="Google's Gemma takes on Llama 3",
    )
    assert not find(facts, "Llama 3"), describe(facts)


# --- openness tied to the model in focus only through a word pointing back at it ---------


def test_openness_of_a_kind_of_model_is_not_the_focused_models() -> None:
    facts = facts_of(
        "Llama 2 arrived this week with 70B parameters. For several reasons, plenty of "
        "firms decide against making their language models open-source."
    )
    assert not find(facts, "Llama 2", "openness"), describe(facts)


def test_openness_of_a_future_generation_is_not_the_focused_models() -> None:
    facts = facts_of(
        "Llama 3 shipped in April. Zuckerberg said the next generation of their open-source "
        "LLM is now training on a far larger cluster."
    )
    assert not find(facts, "Llama 3", "openness"), describe(facts)


@pytest.mark.parametrize(
    "second",
    [
        "It is released as open weights for anyone to download.",
        "The new model is open-source and free to modify.",
        "This is open weights under a community license.",
    ],
)
def test_openness_with_a_word_pointing_back_still_reaches_the_model(second: str) -> None:
    facts = facts_of(f"Meta released Llama 3.1 on Tuesday. {second}")
    assert find(facts, "Llama 3.1", "openness", "open_weights"), describe(facts)


# --- a relative clause right after a name is about that name ------------------------------


def test_a_which_after_a_compared_name_gives_the_value_to_that_name() -> None:
    facts = facts_of(
        "Businesses may build on Llama 2 freely, in contrast to LLaMA, which was handed "
        "out under a noncommercial license for research use only."
    )
    assert find(facts, "Llama 1", "openness", "research_only"), describe(facts)
    assert not find(facts, "Llama 2", "openness", "research_only"), describe(facts)


def test_a_which_after_a_plain_noun_gives_the_value_to_no_name() -> None:
    facts = facts_of(
        "Llama 2 replaces the earlier research checkpoints, which were kept under a "
        "noncommercial license for research use only."
    )
    assert not find(facts, "Llama 2", "openness", "research_only"), describe(facts)


def test_a_which_after_an_apposition_still_reaches_the_name() -> None:
    facts = facts_of(
        "Llama 3.1, the newest Meta model, which comes under a noncommercial license for "
        "research use only, was shown today."
    )
    assert find(facts, "Llama 3.1", "openness", "research_only"), describe(facts)


# --- a release said of several models at once skips the one the post calls unreleased ----


def test_a_shared_release_does_not_reach_a_model_named_as_unreleased() -> None:
    facts = facts_of(
        "Llama 4 Behemoth is still being trained and has not been released. "
        "Llama 4 Scout, Llama 4 Maverick and Llama 4 Behemoth all use a mixture-of-experts "
        "design. They were released on April 5, 2025."
    )
    assert not find(facts, "Llama 4 Behemoth", "status", "released"), describe(facts)
    assert find(facts, "Llama 4 Behemoth", "status", "upcoming"), describe(facts)
    assert find(facts, "Llama 4 Scout", "status", "released"), describe(facts)
    assert find(facts, "Llama 4 Maverick", "status", "released"), describe(facts)


def test_a_shared_release_reaches_every_model_when_none_is_called_unreleased() -> None:
    facts = facts_of(
        "Llama 4 Scout, Llama 4 Maverick and Llama 4 Behemoth all use a mixture-of-experts "
        "design. They were released on April 5, 2025."
    )
    assert find(facts, "Llama 4 Behemoth", "status", "released"), describe(facts)


def test_meta_as_the_titles_launching_subject_makes_it_metas_post() -> None:
    facts = facts_of(
        "Meta released Llama 4 Scout on Saturday. The model has 109B total parameters.",
        title="After the Qwen surprise, Meta unveils new open models",
    )
    assert find(facts, "Llama 4 Scout", "params_total", 109_000_000_000), describe(facts)


def test_another_lab_launching_in_the_title_keeps_the_post_foreign() -> None:
    facts = facts_of(
        "Anthropic released Claude 4 on Thursday. The model has a 200K-token window and "
        "beats Llama 4 Scout on coding.",
        title="Anthropic ships Claude 4 as Meta unveils little",
    )
    assert not find(facts, "Llama 4 Scout"), describe(facts)


def test_weights_as_the_clauses_subject_point_back_at_the_model() -> None:
    facts = facts_of(
        "Meta released Llama 3.2 on Wednesday. Weights are downloadable from Hugging Face "
        "under the Llama 3.2 Community License."
    )
    assert find(facts, "Llama 3.2", "openness", "open_weights"), describe(facts)
