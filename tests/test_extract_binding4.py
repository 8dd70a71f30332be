"""Binding rules from a fourth round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out
and the ones that must not. The rules decide which model a value belongs to and which
statements a post keeps, not how a value is read.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # (1) "The model, known internally as Llama 6": an alias of the model just named
    RuleCase(
        "alias-of-the-model-just-named-is-not-a-second-model",
        "Meta's next flagship model, codenamed Bramble, has slipped again. The model, widely "
        "referred to internally as Llama 6, finished pre-training in March and is now "
        "expected in the autumn.",
        "2026-05-01",
        (("Bramble", "status", "upcoming"),),
        (("Llama 6", "status", None), ("Llama 6", "release_date", None)),
    ),
    RuleCase(
        "alias-in-the-headline-goes-to-the-model",
        "Bramble Slips: Inside the Llama 6 Closed-Weights Turn\n\n"
        "Meta's next flagship model, codenamed Bramble, is now expected in the summer. "
        "It is known internally as Llama 6.",
        "2026-05-01",
        (("Bramble", "status", "upcoming"),),
        (("Llama 6", "openness", None), ("Llama 6", "status", None)),
    ),
    RuleCase(
        "alias-after-two-models-ties-neither",
        "Meta compared Llama 4 Scout with Llama 4 Maverick last week. The model, known "
        "internally as Llama 6, is due in the autumn.",
        "2026-05-01",
        (),
        (("Llama 4 Scout", "status", "upcoming"), ("Llama 4 Maverick", "status", "upcoming")),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
