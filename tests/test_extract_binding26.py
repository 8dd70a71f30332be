"""Binding rules from a twenty-sixth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # a size glued to one member of a list, or in a bracket of sizes after it, is that
    # member's alone
    RuleCase(
        "en-list-size-glued-to-member",
        "Meta's current lineup: Llama 3.3 70B, Llama 3.1 405B, Llama 3.2 (1B/3B/11B/90B).",
        "2025-02-01",
        (
            ("Llama 3.3", "params_total", 70_000_000_000),
            ("Llama 3.1", "params_total", 405_000_000_000),
        ),
        (("Llama 3.3", "params_total", 90_000_000_000),),
    ),
    RuleCase(
        "en-list-size-bracket-after-member",
        "Meta now offers Llama 3.3 70B and Llama 3.2 (11B/90B) for download.",
        "2025-02-01",
        (("Llama 3.3", "params_total", 70_000_000_000),),
        (("Llama 3.3", "params_total", 90_000_000_000),),
    ),
    # a size adjective before the compared name keeps it a comparison: the focus stays
    RuleCase(
        "en-rival-sized-previous-model",
        "Meta has shipped Llama 3.3 70B. At a fraction of the size, the new model aims to "
        "rival the previous 405-billion-parameter Llama 3.1 405B. In our runs it looked like "
        "one of the strongest open-source models around today.",
        "2024-12-20",
        (("Llama 3.3", "params_total", 70_000_000_000),),
        (
            ("Llama 3.1", "params_total", 405_000_000_000),
            ("Llama 3.1", "openness", None),
            ("Llama 3.1", "status", None),
        ),
    ),
    # the name after "a shift from" is what the subject leaves behind
    RuleCase(
        "en-shift-from-dense-family",
        "Llama 4 Maverick is here. Meta's first MoE (Mixture of Experts) models represent a "
        "real architecture shift from the dense Llama 3 family.",
        "2025-04-10",
        (),
        (("Llama 3", "architecture", "moe"),),
    ),
    RuleCase(
        "en-departure-from-earlier-line",
        "Llama 4 Scout is out now. The first MoE (Mixture of Experts) models from Meta are a "
        "clean architecture departure from the dense Llama 3 models.",
        "2025-04-10",
        (),
        (("Llama 3", "architecture", "moe"),),
    ),
    # a clause that refers back to the model keeps its value
    RuleCase(
        "en-own-design-shift-from-family",
        "Llama 4 Maverick is here. Its MoE (Mixture of Experts) design is a clear shift from "
        "the dense Llama 3 family.",
        "2025-04-10",
        (("Llama 4 Maverick", "architecture", "moe"),),
        (("Llama 3", "architecture", "moe"),),
    ),
    # "up to" a window under a list of members: the largest one's, which is unsaid
    RuleCase(
        "en-up-to-window-under-member-list",
        "Meta's open family\n\nModels: Llama 3.3 70B, Llama 3.1 405B\n"
        "Context Window: Up to 128K tokens\n",
        "2025-02-01",
        (("Llama 3.1", "params_total", 405_000_000_000),),
        (
            ("Llama 3.1", "context_window", None),
            ("Llama 3.3", "context_window", None),
        ),
    ),
    # a window said plainly of one named model still binds
    RuleCase(
        "en-window-of-one-named-model",
        "Llama 3.1 405B ships with a context window of 128K tokens.",
        "2024-07-30",
        (("Llama 3.1", "context_window", 128_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_binding26_rule(case: RuleCase) -> None:
    check_rule_case(case)
