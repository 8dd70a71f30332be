"""English value wording from the eleventh round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # "the next generation of its model" ranks the model; it is no time word, so a bare
    # month with a past verb is the month before the post
    RuleCase(
        "next-generation-is-no-future-word",
        "In March, Meta released Llama 3.5, the next generation of its open model family.",
        "2025-06-20",
        (("Llama 3.5", "release_date", "2025-03"),),
        (("Llama 3.5", "release_date", "2026-03"),),
    ),
    # negative: "next month" still looks forward
    RuleCase(
        "next-month-still-looks-forward",
        "Meta will release Llama 3.5 next month, the company said.",
        "2025-06-20",
        (("Llama 3.5", "release_date", "2025-07"),),
        (("Llama 3.5", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
