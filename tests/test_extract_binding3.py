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
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
