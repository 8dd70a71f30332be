"""Value wordings of a fourteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # "last night" is the day before the post, as "yesterday" is
    RuleCase(
        "last-night-is-the-day-before",
        "Meta shipped Llama 3.1 last night, with weights for everyone to download.",
        "2024-07-24",
        (("Llama 3.1", "release_date", "2024-07-23"), ("Llama 3.1", "status", "released")),
        (("Llama 3.1", "release_date", "2024-07-24"),),
    ),
    RuleCase(
        "announced-the-open-source-release-last-night",
        "Late last night, the company announced the open-source release of Llama 3.1 405B.",
        "2024-07-24",
        (("Llama 3.1", "release_date", "2024-07-23"), ("Llama 3.1", "status", "released")),
        (),
    ),
    # negative: a night spent on something else dates no release
    RuleCase(
        "a-night-of-testing-dates-nothing",
        "Our editors spent last night running benchmarks on Llama 3.",
        "2024-07-24",
        (),
        (("Llama 3", "release_date", None),),
    ),
    # verbs between "available" and "for research purposes" change nothing
    RuleCase(
        "available-to-download-and-use-for-research",
        "For now LLaMA can be had by those who ask: it is available to download and use for "
        "research purposes.",
        "2023-03-05",
        (("Llama 1", "openness", "research_only"),),
        (("Llama 1", "openness", "open_weights"),),
    ),
    # negative: research and commercial use is no restriction
    RuleCase(
        "available-to-download-for-research-and-commercial-use",
        "Llama 2 is available to download and use for research and commercial purposes.",
        "2023-07-20",
        (("Llama 2", "openness", "open_weights"),),
        (("Llama 2", "openness", "research_only"),),
    ),
    # "actively used" / "actively engaged" is the active share
    RuleCase(
        "billion-actively-used",
        "Llama 4 Maverick packs 128 experts and 400 billion parameters, with just 17 billion "
        "actively used.",
        "2025-04-08",
        (("Llama 4 Maverick", "params_active", 17_000_000_000),),
        (("Llama 4 Maverick", "params_total", 17_000_000_000),),
    ),
    RuleCase(
        "parameters-actively-engaged-per-token",
        "Llama 4 Scout holds 109 billion parameters in all, with 17 billion parameters actively "
        "engaged on each token.",
        "2025-04-08",
        (
            ("Llama 4 Scout", "params_active", 17_000_000_000),
            ("Llama 4 Scout", "params_total", 109_000_000_000),
        ),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
