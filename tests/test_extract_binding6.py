"""Binding rules from a sixth round on real pages (precision), each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. The rules decide which model a value belongs to and which
statements a post keeps, not how a value is read.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, describe, facts_of, find

CASES = [
    # (1) a word holding one list member back is said of that member alone; what the
    # list's verb says of the release is said of the others
    RuleCase(
        "in-training-member-in-a-list-keeps-the-others-date",
        "Meta released Llama 4 Scout, Maverick, and the in-training Behemoth in April 2025.",
        "2025-04-20",
        (
            ("Llama 4 Scout", "release_date", "2025-04"),
            ("Llama 4 Maverick", "release_date", "2025-04"),
            ("Llama 4 Scout", "status", "released"),
        ),
        (("Llama 4 Behemoth", "release_date", None), ("Llama 4 Behemoth", "status", "released")),
    ),
    RuleCase(
        "bracketed-still-in-training-is-the-last-members-alone",
        "This spring Meta put out Llama 4 Scout and Maverick, and Behemoth (still in "
        "training), in April 2025.",
        "2025-04-20",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
            ("Llama 4 Maverick", "release_date", "2025-04"),
        ),
        (
            ("Llama 4 Scout", "status", "upcoming"),
            ("Llama 4 Maverick", "status", "upcoming"),
            ("Llama 4 Behemoth", "status", "released"),
        ),
    ),
    RuleCase(
        "upcoming-member-named-in-a-release-list",
        "Meta released Llama 4 Scout, Maverick and the upcoming Behemoth on its blog.",
        "2025-04-20",
        (("Llama 4 Behemoth", "status", "upcoming"), ("Llama 4 Scout", "status", "released")),
        (("Llama 4 Behemoth", "status", "released"), ("Llama 4 Scout", "status", "upcoming")),
    ),
    # negative: a plain list shares its release
    RuleCase(
        "plain-list-still-shares-its-release",
        "Meta released Llama 4 Scout, Maverick, and Behemoth in April 2025.",
        "2025-04-20",
        (
            ("Llama 4 Behemoth", "status", "released"),
            ("Llama 4 Scout", "release_date", "2025-04"),
        ),
        (("Llama 4 Scout", "status", "upcoming"),),
    ),
    # (2) a launch whose object is a product (an API, a chatbot, a service) dates and
    # releases the product; the Meta model it runs gets neither
    RuleCase(
        "a-hosted-api-launch-gives-the-model-it-runs-no-status-or-date",
        "Quillchip launched a hosted API yesterday that runs Llama 3.1.",
        "2024-08-02",
        (),
        (("Llama 3.1", "status", None), ("Llama 3.1", "release_date", None)),
    ),
    RuleCase(
        "a-chatbot-rolled-out-on-a-date-does-not-date-its-base",
        "Pebbleworks rolled out a new chatbot on September 3, 2024, built on Llama 3.1.",
        "2024-09-05",
        (),
        (("Llama 3.1", "status", None), ("Llama 3.1", "release_date", None)),
    ),
    # negatives: a launch whose object is the model, and a model before the product
    RuleCase(
        "a-launch-whose-object-is-the-model-still-dates-it",
        "Meta launched Llama 3.1 yesterday, and Quillchip launched a hosted API for it.",
        "2024-07-24",
        (("Llama 3.1", "status", "released"), ("Llama 3.1", "release_date", "2024-07-23")),
        (),
    ),
    RuleCase(
        "weights-and-an-api-released-together-still-date-the-model",
        "Meta released the Llama 3.1 weights and a new API on July 23, 2024.",
        "2024-07-24",
        (("Llama 3.1", "status", "released"), ("Llama 3.1", "release_date", "2024-07-23")),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


# (3) a title setting several labs' models side by side with "vs", Meta's among them,
# is not another lab's page: what the body says of the Meta model by reference counts
def test_side_by_side_title_with_a_meta_model_is_not_another_labs_page() -> None:
    facts = facts_of(
        "Meta's open model, Llama 3.1, arrived in July 2024. It reads up to 128K tokens "
        "and its largest size has 405 billion parameters.",
        "2024-09-01",
        title="Orca-9 vs Claude 3.5 vs Llama 3.1: which one should you pick?",
    )
    assert find(facts, "Llama 3.1", "context_window", 128_000), describe(facts)
    assert find(facts, "Llama 3.1", "params_total", 405_000_000_000), describe(facts)


def test_another_labs_launch_title_naming_a_meta_model_as_beaten_stays_foreign() -> None:
    facts = facts_of(
        "Gemini 3 was released on Tuesday with a 1M-token window. It beats Llama 4 "
        "Maverick on most tests. It has 400 billion parameters.",
        "2025-11-20",
        title="Gemini 3 launches: Google's new model tops Llama 4 Maverick",
    )
    assert not find(facts, "Llama 4 Maverick"), describe(facts)


# (4) a spec sheet laid out as a label line then a value line: a licence named by its
# version ("Llama 3 Community") reads as that licence, as a labelled field does
LABEL_LINE_CASES = [
    RuleCase(
        "licence-label-line-then-version-line-is-the-licence",
        "Llama 3 8B\n\nParameters\n\n8B\n\nLicense\n\nLlama 3 Community\n\nContext Length\n\n8K",
        "2024-05-01",
        (("Llama 3", "license", "llama-3-community"), ("Llama 3", "context_window", 8_000)),
        (),
    ),
    RuleCase(
        "licence-label-line-then-spdx-line-stays-spdx",
        "Llama 3 8B\n\nParameters\n\n8B\n\nLicense\n\nApache 2.0",
        "2024-05-01",
        (),
        (("Llama 3", "license", "llama-3-community"),),
    ),
]


@pytest.mark.parametrize("case", LABEL_LINE_CASES, ids=[c.id for c in LABEL_LINE_CASES])
def test_label_line_case(case: RuleCase) -> None:
    check_rule_case(case)


# (5) quantized or distilled variants: their launch and their limits are theirs, not
# the model's they were made from
VARIANT_CASES = [
    RuleCase(
        "a-launch-of-quantized-versions-does-not-date-the-model",
        "Meta open-sourced Llama 3.2 in September, and released quantized versions of these "
        "models on November 12th for phones.",
        "2024-11-20",
        (("Llama 3.2", "release_date", "2024-09"),),
        (("Llama 3.2", "release_date", "2024-11-12"),),
    ),
    RuleCase(
        "quantized-named-variant-limit-is-not-the-models-window",
        "The quantized Llama 3.2 3B model only reads 4,096 tokens on a phone.",
        "2024-11-20",
        (),
        (("Llama 3.2", "context_window", None),),
    ),
    # negative: the model's own release with a date still counts
    RuleCase(
        "a-plain-release-still-dates-the-model",
        "Meta released Llama 3.2 on September 25, 2024. It reads up to 128K tokens.",
        "2024-10-01",
        (("Llama 3.2", "release_date", "2024-09-25"), ("Llama 3.2", "context_window", 128_000)),
        (),
    ),
]


@pytest.mark.parametrize("case", VARIANT_CASES, ids=[c.id for c in VARIANT_CASES])
def test_variant_case(case: RuleCase) -> None:
    check_rule_case(case)


# (6) a window said of a whole list in a headline, and of one member alone further on:
# the figure is that member's (members of a generation differ in their windows)
JOINT_CASES = [
    RuleCase(
        "headline-window-of-a-list-goes-to-the-member-given-it-alone",
        "Meta ships Llama 4 Scout and Maverick, touts 10-million-token context.\n\n"
        "The smaller Llama 4 Scout offers a 10M-token context window; Maverick has 400B "
        "total parameters.",
        "2025-04-07",
        (("Llama 4 Scout", "context_window", 10_000_000),),
        (("Llama 4 Maverick", "context_window", None),),
    ),
    # negative: "both" says it of each member
    RuleCase(
        "both-members-keep-a-window-said-of-each",
        "Llama 4 Scout and Maverick both read up to 1M tokens.\n\n"
        "Llama 4 Scout has a 1M-token context window.",
        "2025-04-07",
        (
            ("Llama 4 Scout", "context_window", 1_000_000),
            ("Llama 4 Maverick", "context_window", 1_000_000),
        ),
        (),
    ),
]


@pytest.mark.parametrize("case", JOINT_CASES, ids=[c.id for c in JOINT_CASES])
def test_joint_case(case: RuleCase) -> None:
    check_rule_case(case)


# (7) a value in a sentence's opening contrast ("Unlike earlier systems that …,") is
# the compared thing's, not the subject's named after the comma
CONTRAST_CASES = [
    RuleCase(
        "modalities-in-an-unlike-opening-are-the-compared-systems",
        "Meta released Llama 4 Scout on April 5, 2025. Scout drops the old pipeline design. "
        "Unlike older assistants that used separate encoders for text, images and audio, "
        "Llama 4 Scout is natively multimodal.",
        "2025-04-06",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "modalities", None),),
    ),
    # negatives: the subject's own value after the contrast, and a trailing contrast
    RuleCase(
        "the-subjects-value-after-an-unlike-opening-stays",
        "Unlike rivals stuck at 128K windows, Llama 4 Scout reads 10M tokens.",
        "2025-04-10",
        (("Llama 4 Scout", "context_window", 10_000_000),),
        (("Llama 4 Scout", "context_window", 128_000),),
    ),
    RuleCase(
        "a-trailing-unlike-leaves-the-subjects-value",
        "Llama 4 Scout takes text and images, unlike Llama 3 which was text-only.",
        "2025-04-10",
        (("Llama 4 Scout", "modalities", ["image", "text"]),),
        (),
    ),
]


@pytest.mark.parametrize("case", CONTRAST_CASES, ids=[c.id for c in CONTRAST_CASES])
def test_contrast_case(case: RuleCase) -> None:
    check_rule_case(case)
