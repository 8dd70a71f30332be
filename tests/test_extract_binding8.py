"""Binding and naming rules from an eighth round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not; name cases check ``find_new_model_names`` directly.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, catalog, check_rule_case

from llamawatch.extractors.new_names import find_new_model_names

# (1) new Meta model names: the name after the model word that Meta launches, a name
# "the company" unveils with a model apposition, "X is the first model from …"
NEW_NAME_CASES = [
    ("Meta unveils new closed AI model Brightwing for its assistant", ["Brightwing"]),
    (
        "The company also released Brightwing, a new reasoning model built by Meta "
        "Superintelligence Labs.",
        ["Brightwing"],
    ),
    (
        "Brightwing is the first model shipped by the rebuilt Superintelligence Labs.",
        ["Brightwing"],
    ),
    # negatives: no tie to Meta, a product apposition, a launch of no model
    ("The company also released Brightwing, a new reasoning model for banks.", []),
    (
        "The company also unveiled Brightwing, a pair of smart glasses, next to its Llama models.",
        [],
    ),
    ("Meta launches new ad tools for Reels advertisers in Europe, its model said.", []),
]


@pytest.mark.parametrize("text,names", NEW_NAME_CASES, ids=[n[0][:40] for n in NEW_NAME_CASES])
def test_new_name_case(text: str, names: list[str]) -> None:
    assert find_new_model_names(text, catalog()) == names


NEW_NAME_FACT_CASES = [
    RuleCase(
        "a-name-launched-as-a-model-keeps-its-values",
        "Meta launches new proprietary AI model Brightwing. Meta is keeping Brightwing "
        "closed-source for now.",
        "2026-03-02",
        (("Brightwing", "openness", "closed"),),
        (),
    ),
]


@pytest.mark.parametrize("case", NEW_NAME_FACT_CASES, ids=[c.id for c in NEW_NAME_FACT_CASES])
def test_new_name_fact_case(case: RuleCase) -> None:
    check_rule_case(case)
