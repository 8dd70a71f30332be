"""Value-reading rules from an eighteenth round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # (1) access that researchers must ask for: gated, research only
    RuleCase(
        "researchers-request-access-is-research-only",
        "The first LLaMA carried a narrow licence and required academic researchers to "
        "request access.",
        "2024-03-11",
        (("Llama 1", "openness", "research_only"),),
        (("Llama 1", "openness", "open_weights"),),
    ),
    RuleCase(
        "community-can-apply-for-access-is-research-only",
        "The company offered LLaMA as a package that anyone in the research community "
        "can apply for access to.",
        "2023-03-20",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "developers-and-researchers-request-access-is-not-research-only",
        "Developers and researchers can request access to Llama 2 through a short form.",
        "2023-07-20",
        (),
        (("Llama 2", "openness", "research_only"),),
    ),
    # (2) "two weeks ago" spelt out, no digit in the sentence: the month it was then
    RuleCase(
        "weeks-ago-in-words-dates-the-release",
        "Three weeks ago, Meta released Llama 3 to the public.",
        "2024-05-08",
        (("Llama 3", "release_date", "2024-04"),),
        (),
    ),
    RuleCase(
        "days-ago-in-words-dates-the-release",
        "Two days ago, Meta released Llama 3 to the public.",
        "2024-04-20",
        (("Llama 3", "release_date", "2024-04-18"),),
        (),
    ),
    # (3) a window said in spelt-out units with no word "context": "a 2 million token window"
    RuleCase(
        "million-token-window-is-context",
        "Llama 4 Maverick ships with a 2 million token window and native image input.",
        "2025-04-07",
        (("Llama 4 Maverick", "context_window", 2000000),),
        (),
    ),
    RuleCase(
        "thousand-token-window-is-context",
        "Code Llama handles a 100 thousand token window for long files.",
        "2023-08-30",
        (("Code Llama", "context_window", 100000),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
