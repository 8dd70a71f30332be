"""Value rules from a twenty-sixth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # a part of the weights and their whole: the whole is the total, never the active count
    RuleCase(
        "en-part-of-its-whole-per-token",
        "Llama 4 Maverick is out. On every token it fires 17 billion of its 400 billion "
        "parameters per token, which keeps serving cheap.",
        "2025-04-20",
        (
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
            ("Llama 4 Maverick", "params_active", 17_000_000_000),
        ),
        (("Llama 4 Maverick", "params_active", 400_000_000_000),),
    ),
    RuleCase(
        "en-part-out-of-whole-are-active",
        "Meta has shipped Llama 4 Behemoth to partners. For each token, 288B out of 2T are "
        "active in Llama 4 Behemoth.",
        "2025-09-01",
        (
            ("Llama 4 Behemoth", "params_total", 2_000_000_000_000),
            ("Llama 4 Behemoth", "params_active", 288_000_000_000),
        ),
        (("Llama 4 Behemoth", "params_total", 288_000_000_000),),
    ),
    RuleCase(
        "en-part-from-a-pool-of",
        "Llama 4 Scout routes each token through 17 billion parameters drawn from a pool of "
        "roughly 109 billion.",
        "2025-04-20",
        (
            ("Llama 4 Scout", "params_total", 109_000_000_000),
            ("Llama 4 Scout", "params_active", 17_000_000_000),
        ),
        (),
    ),
    # money and training tokens are no weights, whatever the share
    RuleCase(
        "en-part-of-budget-is-money",
        "Llama 3.1 is a 405B model. The lab spent $2 billion of its $9 billion budget on "
        "the cluster behind Llama 3.1.",
        "2024-08-01",
        (("Llama 3.1", "params_total", 405_000_000_000),),
        (
            ("Llama 3.1", "params_total", 9_000_000_000),
            ("Llama 3.1", "params_active", None),
        ),
    ),
    # a device or a chip as the subject of a status word: the hardware ships, not the model
    RuleCase(
        "en-phones-with-chip-available",
        "A chipmaker will tune its next processor for Llama 2. It says handsets using "
        "that processor will be available in December.",
        "2023-08-25",
        (),
        (("Llama 2", "status", None), ("Llama 2", "release_date", None)),
    ),
    RuleCase(
        "en-soc-coming-soon-to-run-model",
        "The vendor also showed a new flagship SoC coming soon, built with a software "
        "stack to run Llama 2 on the handset itself.",
        "2023-08-25",
        (),
        (("Llama 2", "status", None),),
    ),
    RuleCase(
        "en-upcoming-processor-released",
        "The firm will run Llama 2 on its own silicon. It adds that its upcoming flagship "
        "processor will be released at the end of the year.",
        "2023-08-25",
        (),
        (("Llama 2", "status", None), ("Llama 2", "release_date", None)),
    ),
    RuleCase(
        "en-year-possessive-phones",
        "Another vendor says Llama 2 helpers are coming to 2024's premium handsets.",
        "2023-08-25",
        (),
        (("Llama 2", "release_date", None),),
    ),
    # the model as the subject keeps its status, even beside a device as an object
    RuleCase(
        "en-model-available-on-phones",
        "Llama 3.2 1B and 3B, light enough to run on phones, are available for download today.",
        "2024-09-25",
        (("Llama 3.2", "status", "released"), ("Llama 3.2", "release_date", "2024-09-25")),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
