"""Rules from an eleventh round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # A site's footer menu ("Company" over "• About", "• Careers") is navigation: it is
    # not a spec sheet whose developer field names another maker
    RuleCase(
        "a-footer-menu-is-not-a-developer-field",
        "Quill Notes\n\nProducts\n\n- Reader\n- Archive\n\nCompany\n\n- About\n- Careers\n\n"
        "Meta has released Llama 3.1 in 8B, 70B and 405B sizes, with a 128K context.\n",
        "2024-07-24",
        (
            ("Llama 3.1", "status", "released"),
            ("Llama 3.1", "params_total", 405_000_000_000),
            ("Llama 3.1", "context_window", 128_000),
        ),
        (),
    ),
    # negative: a real spec line naming another maker still marks another lab's model
    RuleCase(
        "a-developer-field-naming-another-maker-still-counts",
        "Quokka-Llama-3.1-70B\n\nDeveloper: Quokka Labs\n\n"
        "Base model: Llama 3.1\n\nQuokka-Llama-3.1-70B has a 128K context and 70B parameters.\n",
        "2024-09-02",
        (),
        (("Llama 3.1", "context_window", None), ("Llama 3.1", "params_total", None)),
    ),
    # research-only words of other languages pass the openness reader's gate for them
    RuleCase(
        "research-only-words-of-another-language-give-the-rung",
        "Meta ha presentado LLaMA, su nuevo modelo de lenguaje. Según la empresa, "
        "LLaMA solo está disponible para investigadores que soliciten acceso.\n",
        "2023-02-27",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "research-and-commercial-use-is-no-restriction-in-another-language",
        "Meta ha publicado Llama 2, su nuevo modelo de lenguaje. Según la empresa, "
        "Llama 2 está disponible para investigación y uso comercial.\n",
        "2023-07-19",
        (),
        (("Llama 2", "openness", "research_only"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
