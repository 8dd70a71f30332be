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
        "What you can pull today: Llama 3.2 (1B/3B/11B/90B), then Llama 3.3 70B, and "
        "Llama 3.1 405B.",
        "2025-02-01",
        (
            ("Llama 3.3", "params_total", 70_000_000_000),
            ("Llama 3.1", "params_total", 405_000_000_000),
        ),
        (("Llama 3.3", "params_total", 90_000_000_000),),
    ),
    RuleCase(
        "en-list-size-bracket-after-member",
        "You can fetch Llama 3.3 70B as well as Llama 3.2 (11B/90B) from the hub.",
        "2025-02-01",
        (("Llama 3.3", "params_total", 70_000_000_000),),
        (("Llama 3.3", "params_total", 90_000_000_000),),
    ),
    # a size adjective before the compared name keeps it a comparison: the focus stays
    RuleCase(
        "en-rival-sized-previous-model",
        "Meta has shipped Llama 3.3 70B. Small as it is, our tests found it can rival an "
        "older 405-billion-parameter Llama 3.1 405B. We rank it among the best open-source "
        "models one can download right now.",
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
        "Llama 4 Maverick is here. Routing tokens through experts (MoE), the new line marks "
        "a shift away from the dense Llama 3 family.",
        "2025-04-10",
        (),
        (("Llama 3", "architecture", "moe"),),
    ),
    RuleCase(
        "en-departure-from-earlier-line",
        "Llama 4 Scout is out now. Built as a mixture of experts (MoE), these models are a "
        "clean departure from the dense Llama 3 models.",
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
        "Downloadable Llamas\n\nIn this group: Llama 3.1 405B and Llama 3.3 70B\n"
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
