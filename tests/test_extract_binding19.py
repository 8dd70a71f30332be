"""Binding rules from a nineteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, describe, facts_of, find

CASES = [
    # a card for a head, adapter or fine-tune built on a Meta model: the values on the
    # page are the derivative's, not the base's
    RuleCase(
        "derivative-head-of-metas-model-other-maker",
        "Model Overview\n\nThe IBM Llama-3.1-8B Medusa model is the Medusa head of Meta's "
        "Llama-3.1-8B model, a dense transformer with 8 billion parameters.\n\n"
        "This model is ready for commercial use.\n\nInput Type(s): Text",
        "2025-11-02",
        (),
        (
            ("Llama 3.1", "params_total", None),
            ("Llama 3.1", "status", None),
            ("Llama 3.1", "modalities", None),
        ),
    ),
    RuleCase(
        "derivative-card-opens-on-a-draft-head",
        "Draft head for Llama-3.2-3B-Instruct\n\nA small speculative draft head for "
        "meta-llama/Llama-3.2-3B-Instruct, trained with a two-layer recipe on one node.\n\n"
        "Serving meta-llama/Llama-3.2-3B-Instruct means accepting Meta's Llama 3.2 Community "
        "License first.",
        "2025-11-02",
        (),
        (("Llama 3.2", "params_total", None), ("Llama 3.2", "license", None)),
    ),
    RuleCase(
        "derivative-fine-tuned-on-metas-possessive-base",
        "Quokka 3 Llama 3.1 70B\n\nContext Window 64K tokens\n\nAbout\n\n"
        "Quokka-3-Llama-3.1-70B is a 70 billion parameter chat model from Acme Labs, "
        "fine-tuned on Meta's Llama-3.1-70B. It came out in August 2024 under the Llama 3.1 "
        "Community License as the middle size of the Quokka 3 line (8B, 70B, 405B).",
        "2025-11-02",
        (),
        (
            ("Llama 3.1", "context_window", None),
            ("Llama 3.1", "release_date", None),
            ("Llama 3.1", "status", None),
            ("Llama 3.1", "params_total", None),
        ),
    ),
    # Meta's own derivative names its base: still Meta's page
    RuleCase(
        "meta-derivative-naming-metas-base-keeps-its-facts",
        "Llama Guard 3 is a safety classifier from Meta, fine-tuned on Meta's Llama 3.1 8B. "
        "Llama Guard 3 has a context window of 128K tokens.",
        "2025-11-02",
        (("Llama Guard", "context_window", 128_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


#: cases whose page title matters (a page without a headline takes its opening as the
#: title): (id, title, text, published, expect, forbid)
TITLED_CASES = [
    # "X is a <base> … model, fine-tuned for …": the base named in X's predicate, and
    # named again beside X, is only X's base; the page's spec rows are X's
    (
        "predicate-base-spec-rows-go-to-the-derivative",
        "Llama Guard 3 is a Llama-3.1-8B base model, tuned to label prompts as safe or unsafe.",
        "Llama Guard 3 is a Llama-3.1-8B base model, tuned to label prompts as safe or "
        "unsafe. Llama Guard 3 was built to sit beside Llama 3.1 deployments in eight "
        "languages.\n\nContext\n\n128K\n\nParameters\n\n8B",
        "2025-11-02",
        (("Llama Guard", "params_total", 8_000_000_000),),
        (("Llama 3.1", "params_total", None), ("Llama 3.1", "context_window", None)),
    ),
]


@pytest.mark.parametrize("case", TITLED_CASES, ids=[c[0] for c in TITLED_CASES])
def test_titled_case(case: tuple) -> None:
    _, title, text, published, expect, forbid = case
    facts = facts_of(text, published, title)
    for model, attribute, value in expect:
        assert find(facts, model, attribute, value), (
            f"missing {model} {attribute}={value!r} in:\n{describe(facts)}"
        )
    for model, attribute, value in forbid:
        found = find(facts, model, attribute, value)
        assert not found, f"unexpected:\n{describe(found)}"
