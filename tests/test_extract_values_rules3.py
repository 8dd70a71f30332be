"""Value rules from a third round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out
and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # (a) an adverb between "will" and the verb keeps the sentence in the future
    RuleCase(
        "will-still-be-released-is-a-plan",
        "Quillwort's maker says Llama 3 will still be released to everyone next year.",
        "2023-09-01",
        (("Llama 3", "status", "upcoming"),),
        (("Llama 3", "status", "released"),),
    ),
    RuleCase(
        "will-be-open-sourced-is-a-plan",
        "The company told staff that Llama 3 will be open-sourced like its predecessor.",
        "2023-09-01",
        (("Llama 3", "status", "upcoming"),),
        (("Llama 3", "status", "released"),),
    ),
    RuleCase(
        "was-open-sourced-is-a-release",
        "Llama 2 was open-sourced in the summer, and developers took to it quickly.",
        "2023-09-01",
        (("Llama 2", "status", "released"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
