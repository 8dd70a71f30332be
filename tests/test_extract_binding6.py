"""Binding rules from a sixth round on real pages (precision), each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. The rules decide which model a value belongs to and which
statements a post keeps, not how a value is read.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

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
