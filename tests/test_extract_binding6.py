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
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
