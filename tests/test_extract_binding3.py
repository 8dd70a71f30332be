"""Binding rules from a third round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out
and the ones that must not. The rules decide which model a value belongs to and which
statements a post keeps, not how a value is read.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # (1) a generation statement goes to the members its own sentence names
    RuleCase(
        "generation-launch-names-its-members",
        "Meta has shipped the Llama 4 lineup, which includes Llama 4 Scout and Llama 4 "
        "Maverick. Llama 4 Behemoth has 2 trillion parameters.",
        "2025-04-07",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Maverick", "status", "released")),
        (("Llama 4 Behemoth", "status", None),),
    ),
    RuleCase(
        "preview-of-member-is-not-released",
        "The Llama 4 lineup comprises two nimble models, Llama 4 Scout and Llama 4 Maverick, "
        "launched today with a preview of the giant Llama 4 Behemoth.",
        "2025-04-07",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Maverick", "status", "released")),
        (("Llama 4 Behemoth", "status", "released"), ("Llama 4 Behemoth", "release_date", None)),
    ),
    RuleCase(
        "generation-launch-without-members-reaches-those-named-nearby",
        "Meta released its Llama 4 models on Saturday. The announcement touted Llama 4 Scout "
        "and Llama 4 Maverick.",
        "2025-04-07",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Maverick", "status", "released")),
        (),
    ),
    # (2) a statement about the family or a line gives its members nothing
    RuleCase(
        "llama-series-is-the-family-not-llama-1",
        "Llama 2 came out in July 2023. As the second chapter of Meta's LLaMA series, it "
        "made strong base models freely available to anyone.",
        "2023-09-01",
        (("Llama 2", "release_date", "2023-07"),),
        (("Llama 1", "openness", None), ("Llama 1", "status", None)),
    ),
    RuleCase(
        "open-weight-line-is-said-of-the-line",
        "Meta's open-weight model line started with the original LLaMA and grew through "
        "Llama 2 and Llama 3.",
        "2024-09-01",
        (),
        (("Llama 1", "openness", None), ("Llama 2", "openness", None)),
    ),
    RuleCase(
        "family-as-subject-gives-a-member-nothing",
        "Llama 3.3 shipped in December 2024. The Llama family is open-weight, and Llama Guard "
        "belongs to it.",
        "2025-01-10",
        (("Llama 3.3", "status", "released"),),
        (("Llama Guard", "openness", None),),
    ),
    RuleCase(
        "family-named-later-in-the-clause-keeps-the-model-s-values",
        "Meta built its Llama family of models and released the Llama 1 weights to researchers "
        "in February 2023.",
        "2023-06-01",
        (("Llama 1", "status", "released"),),
        (),
    ),
    # (3) a past release date for a model the post calls unreleased dates a showing
    RuleCase(
        "shelved-model-keeps-no-past-date",
        "Llama 4 Behemoth was shown but never publicly released. It was unveiled on April 5, "
        "2025 with much fanfare.",
        "2026-02-01",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    RuleCase(
        "upcoming-model-keeps-its-future-date",
        "Llama 4 Behemoth is still training and is now expected in the fourth quarter of 2025.",
        "2025-06-01",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (),
    ),
    RuleCase(
        "released-model-keeps-its-past-date",
        "Llama 4 Scout was released on April 5, 2025, and anyone can download it.",
        "2025-06-01",
        (("Llama 4 Scout", "release_date", "2025-04-05"),),
        (),
    ),
    # (4) a model named as a comparison or predecessor takes nothing from the clause
    RuleCase(
        "where-clause-after-a-compared-model",
        "Llama 3 uses grouped-query attention at every size, a departure from Llama 2, where "
        "only the 34B and 70B variants used it.",
        "2024-05-01",
        (),
        (("Llama 2", "params_total", None), ("Llama 3", "params_total", None)),
    ),
    RuleCase(
        "brackets-after-a-predecessor-are-the-predecessor-s",
        "Llama 3.1 is a modest update to Llama 3 (unveiled in April 2024) with a longer window.",
        "2024-08-01",
        # (binding22: the dating bracket dates the compared name, as labelled pages do)
        (("Llama 3", "release_date", "2024-04"),),
        (
            ("Llama 3", "status", None),
            ("Llama 3.1", "release_date", None),
        ),
    ),
    RuleCase(
        "vocabulary-of-the-predecessor-is-a-comparison",
        "Llama 3 8B and 70B arrived together. Both models use a tokenizer that doubled the "
        "vocabulary of Llama 2, support an 8,192-token context window, and saw 15T tokens.",
        "2024-05-01",
        (),
        (("Llama 2", "context_window", None),),
    ),
    RuleCase(
        "limit-in-the-predecessor-is-a-comparison",
        "Llama 3.1 reads 128,000 tokens at once, extended from the 8,192-token limit in Llama 3.",
        "2024-08-01",
        (("Llama 3.1", "context_window", 128000),),
        (("Llama 3", "context_window", None),),
    ),
    RuleCase(
        "next-stop-after-a-model-is-not-its-release",
        "He called Llama 4 the next stop after Llama 3, and in April 2025 Meta rolled out "
        "Llama 4 Scout and Llama 4 Maverick.",
        "2025-05-01",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 3", "status", None),),
    ),
    RuleCase(
        "the-window-of-a-model-as-subject-is-its-own",
        "The context window of Llama 2 grows to 4,096 tokens, and the vocabulary of Llama 2 "
        "stays at 32K.",
        "2023-08-01",
        (("Llama 2", "context_window", 4096),),
        (),
    ),
    RuleCase(
        "foundation-of-the-predecessor-is-a-base",
        "Llama 3.1 builds on the foundation of Llama 3 with two upgrades: a 128,000-token "
        "context window and tool calling.",
        "2024-08-01",
        (("Llama 3.1", "context_window", 128000),),
        (("Llama 3", "context_window", None),),
    ),
    RuleCase(
        "on-top-of-existing-backbones-is-a-base",
        "The vision models put an image adapter on top of the existing Llama 3.1 text models "
        "(8B under the small one and 70B under the 90B one).",
        "2024-10-01",
        (),
        (("Llama 3.1", "params_total", None),),
    ),
    # (5) the model in focus is not what a sentence about another thing describes
    RuleCase(
        "versions-of-another-thing-are-not-the-model-in-focus",
        "Llama 2 changed how labs share models. Decades ago, the big vendors each built "
        "their own closed source versions of Unix.",
        "2024-08-01",
        (),
        (("Llama 2", "openness", None),),
    ),
    RuleCase(
        "versions-of-a-named-model-are-the-model-s",
        "Meta shipped open-weight versions of Llama 3.1 in three sizes.",
        "2024-08-01",
        (("Llama 3.1", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "a-launch-called-an-available-family-is-no-member-s-openness",
        "Llama 2 arrived in 2023 and Llama 3 in April 2024. Meta pitched the launch as the "
        "most capable openly available LLM family of its day.",
        "2024-05-01",
        (),
        (("Llama 3", "openness", None), ("Llama 2", "openness", None)),
    ),
    # (6) a name in brackets after another name is an aside: "It" is the outer name
    RuleCase(
        "it-after-a-bracketed-codename-is-not-the-codename",
        "Meta Quill Nova (first codenamed Avocado) is the lab's debut model. It launched on "
        "March 3, 2026 inside the Meta AI app.",
        "2026-03-05",
        (),
        (("Avocado", "status", None), ("Avocado", "release_date", None)),
    ),
    RuleCase(
        "it-after-a-bracketed-name-under-a-plain-noun-is-that-model",
        "The flagship (Llama 3.1 405B) is enormous. It was released in July.",
        "2024-08-01",
        (("Llama 3.1", "status", "released"),),
        (),
    ),
    # (7) "Meta's first Llama model" is Llama 1; "the first Llama model to …" is not
    RuleCase(
        "meta-s-first-llama-model-is-llama-1",
        "Since Meta's first Llama model came out in February 2023, the lab has lost most of "
        "its founding team. Meta's first Llama model was released to researchers only.",
        "2025-06-01",
        (("Llama 1", "status", "released"),),
        (),
    ),
    RuleCase(
        "first-llama-model-to-do-something-is-not-llama-1",
        "Llama 4 Scout is Meta's first Llama model to use a mixture of experts, released in "
        "April 2025.",
        "2025-06-01",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 1", "status", None), ("Llama 1", "architecture", None)),
    ),
    RuleCase(
        "since-the-original-llama-release-is-a-moment",
        "Meta just shipped Llama 3, the biggest moment for open weights since the original "
        "Llama release. The 8B and 70B models are live today.",
        "2024-04-18",
        (),
        (("Llama 1", "status", None), ("Llama 1", "params_total", None)),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
