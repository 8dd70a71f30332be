"""Binding rules from a fifth round on real pages (precision), each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract) or a ``TitledCase``: a post, the facts that
must come out and the ones that must not. The rules decide which model a value belongs
to and which statements a post keeps, not how a value is read.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest
from helpers_extract import RuleCase, check_rule_case, describe, facts_of, find


class TitledCase(NamedTuple):
    """A ``RuleCase`` whose post has a title (the title is read apart from the text)."""

    id: str
    title: str
    text: str
    published: str
    expect: tuple[tuple[str, str, Any], ...]
    forbid: tuple[tuple[str, str, Any], ...]


_ANY_LLAMA_3_3 = tuple(
    ("Llama 3.3", attribute, None)
    for attribute in ("params_total", "modalities", "license", "status", "context_window")
)

CASES = [
    # (1) a derivative's card: "leverages <base> as the foundation" makes the page the
    # derivative's, and its spec rows and licence rows give the base nothing
    RuleCase(
        "derivative-card-leveraging-a-base-as-the-foundation-gives-the-base-nothing",
        "Quokka-70B-Pick is a reward model that leverages Meta-Llama-3.3-70B-Instruct as the "
        "foundation and is tuned to pick the best of several answers. This model is ready for "
        "commercial use. Input Type(s): Text. Additional Information: Llama 3.3 Community "
        "License Agreement. This model contains 70 billion parameters and reads up to 128K "
        "tokens.",
        "2025-03-18",
        (),
        _ANY_LLAMA_3_3,
    ),
    RuleCase(
        "derivative-card-using-a-base-as-its-foundation-gives-the-base-nothing",
        "Model Overview. Bandicoot-Rank is a ranking model from Acme. We developed this "
        "model using Llama-3.3-70B-Instruct as its foundation. This model contains 70 billion "
        "parameters.",
        "2025-03-18",
        (),
        _ANY_LLAMA_3_3,
    ),
    RuleCase(
        "meta-card-naming-its-hub-id-still-gives-the-model-its-facts",
        "Meta-Llama-3.3-70B-Instruct is a multilingual model developed by Meta. It has 70 "
        "billion parameters and a context window of 128K tokens.",
        "2024-12-10",
        (("Llama 3.3", "params_total", 70_000_000_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


_ANY_LLAMA_2 = tuple(
    ("Llama 2", attribute, None) for attribute in ("status", "release_date", "params_total")
)

TITLED = [
    # (1) "<Derivative>-Llama-3.1-405B": a name glued to the base by a hyphen is the
    # derivative's name, and "a full parameter finetune of <base>" makes the page its own
    TitledCase(
        "derivative-name-embedding-the-base-and-finetune-of-give-the-base-nothing",
        "AcmeLabs/Wombat-4-Llama-3.1-405B",
        "Wombat 4 - Llama-3.1 405B. Wombat 4 405B is a frontier level, full parameter "
        "finetune of the Llama-3.1 405B foundation model. It supports a 128K context window.",
        "2024-08-13",
        (),
        (("Llama 3.1", "params_total", None), ("Llama 3.1", "context_window", None)),
    ),
    # (1) "Briefly, Kiwi-2 is a fine-tuned version of LLaMA-2": the background sentences
    # on the base that follow belong to a page about the tune
    TitledCase(
        "fine-tuned-version-of-a-base-makes-the-base-background",
        "Contoso Stirs Interest with Small, Fine-Tuned Kiwi-2 LLM",
        "What is Kiwi-2? Briefly, Kiwi-2 is a fine-tuned version of the LLaMA-2 LLM. LLaMA-2 "
        "is a family of models from Meta. LLaMA-2 models range in size from 7 billion to 70 "
        "billion parameters. LLaMA-2 was released in mid-July 2023.",
        "2023-12-01",
        (),
        _ANY_LLAMA_2,
    ),
    TitledCase(
        "a-meta-model-fine-tuned-from-another-stays-meta-s",
        "Meta releases Code Llama",
        "Code Llama is a fine-tuned version of Llama 2. Llama 2 was released in July 2023 "
        "with 70 billion parameters.",
        "2023-08-24",
        (("Llama 2", "release_date", "2023-07"), ("Code Llama", "status", "released")),
        (),
    ),
    TitledCase(
        "a-derivative-named-in-passing-on-a-meta-page-leaves-the-page-meta-s",
        "Meta releases Llama 3.1",
        "Meta released Llama 3.1 on July 23, 2024. Wombat 3 is a full parameter finetune of "
        "Llama 3.1. Llama 3.1 has 405 billion parameters.",
        "2024-07-24",
        (("Llama 3.1", "params_total", 405_000_000_000), ("Llama 3.1", "status", "released")),
        (),
    ),
]


@pytest.mark.parametrize("case", TITLED, ids=[c.id for c in TITLED])
def test_titled_case(case: TitledCase) -> None:
    facts = facts_of(case.text, case.published, title=case.title)
    for model, attribute, value in case.expect:
        assert find(facts, model, attribute, value), (
            f"missing {model} {attribute}={value!r} in:\n{describe(facts)}"
        )
    for model, attribute, value in case.forbid:
        found = find(facts, model, attribute, value)
        assert not found, f"unexpected:\n{describe(found)}"


UNRELEASED = [
    # (2) a generation's release, date and openness go to the members it released, never
    # to the one the post holds back where it names it
    RuleCase(
        "in-training-llama-member-gets-no-release-values",
        "Meta's Llama 4, released in April 2025, comes in three variants: Scout, Maverick, "
        "and the in-training Behemoth. Meta says these models bring open-weight efficiency.",
        "2025-07-01",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "release_date", "2025-04"),
            ("Llama 4 Scout", "openness", "open_weights"),
        ),
        (
            ("Llama 4 Behemoth", "status", "released"),
            ("Llama 4 Behemoth", "release_date", None),
            ("Llama 4 Behemoth", "openness", None),
        ),
    ),
    RuleCase(
        "promised-but-not-shipped-member-gets-no-release-said-of-the-models-in-focus",
        "Meta's Llama 4 family arrived in April 2025 with Scout and Maverick. Behemoth (the "
        "giant sibling) was promised but not shipped. The models shipped with downloadable "
        "weights.",
        "2025-07-01",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Behemoth", "status", "released"), ("Llama 4 Behemoth", "release_date", None)),
    ),
    RuleCase(
        "in-training-words-about-something-else-hold-back-no-model",
        "Meta released Llama 3 in April 2024. The in-training data of Llama 3 was seven times "
        "larger than before, and Llama 3 is available with open weights.",
        "2024-05-01",
        (("Llama 3", "status", "released"), ("Llama 3", "release_date", "2024-04")),
        (),
    ),
]


@pytest.mark.parametrize("case", UNRELEASED, ids=[c.id for c in UNRELEASED])
def test_unreleased_member(case: RuleCase) -> None:
    check_rule_case(case)


BASELINES = [
    # (3) a second name continuing a comparison ("… on all benchmarks and Llama 1 34B on
    # many") is a baseline like the first; its size labels the checkpoint compared
    RuleCase(
        "second-name-continuing-a-comparison-is-a-baseline",
        "Bobcat 7B: This model outperforms Llama 2 13B on all benchmarks and Llama 1 34B on "
        "many benchmarks.",
        "2024-01-01",
        (),
        (("Llama 1", "params_total", None), ("Llama 2", "params_total", None)),
    ),
    RuleCase(
        "a-new-clause-after-a-comparison-is-not-a-baseline",
        "Bobcat 7B beats Llama 2 13B on every test, and Llama 3 was released in April 2024 "
        "with 70 billion parameters.",
        "2024-05-01",
        (("Llama 3", "params_total", 70_000_000_000), ("Llama 3", "status", "released")),
        (),
    ),
]


@pytest.mark.parametrize("case", BASELINES, ids=[c.id for c in BASELINES])
def test_baseline(case: RuleCase) -> None:
    check_rule_case(case)


OTHER_LAUNCH = [
    # (4) "When it was first launched in August, <Product> …": the leading clause's "it"
    # is the product named after the comma, so its launch dates no Llama model
    RuleCase(
        "leading-launch-clause-of-a-product-dates-no-llama-model",
        "When it was first launched in August, Acme Inference was said to be 20 times faster "
        "than cloud GPUs on Llama 3.1 8B and Llama 3.1 70B.",
        "2024-11-20",
        (),
        (("Llama 3.1", "release_date", None), ("Llama 3.1", "status", None)),
    ),
    RuleCase(
        "leading-launch-clause-of-the-model-itself-still-dates-it",
        "When it was first launched in April 2024, Llama 3 came in 8B and 70B sizes.",
        "2024-11-20",
        (("Llama 3", "release_date", "2024-04"), ("Llama 3", "status", "released")),
        (),
    ),
]


@pytest.mark.parametrize("case", OTHER_LAUNCH, ids=[c.id for c in OTHER_LAUNCH])
def test_other_launch(case: RuleCase) -> None:
    check_rule_case(case)


OTHER_RELEASE = [
    # (5) "the latest Gemini release": the release word's owner is another lab's model
    RuleCase(
        "another-lab-s-latest-release-is-not-the-subject-s-release",
        "Meta's upcoming model, code-named Bramble, has reportedly underperformed. While "
        "Bramble beat Meta's earlier AI systems, it reportedly did not match the capabilities "
        "of the latest Gemini release.",
        "2026-03-01",
        (("Bramble", "status", "upcoming"),),
        (("Bramble", "status", "released"),),
    ),
    RuleCase(
        "the-latest-meta-release-is-still-the-subject-s",
        "Llama 3 is the latest Meta release, out since April 2024.",
        "2024-05-01",
        (("Llama 3", "status", "released"),),
        (),
    ),
]


@pytest.mark.parametrize("case", OTHER_RELEASE, ids=[c.id for c in OTHER_RELEASE])
def test_other_release(case: RuleCase) -> None:
    check_rule_case(case)
