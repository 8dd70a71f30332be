"""Each extraction rule on sentences written for it (tests/data/extract/rules.json).

A case lists the facts that must come out (``expect``: model, attribute, value and,
when it matters, certainty) and the ones that must not (``forbid``: a model, an
attribute or a value left empty means "any").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers_extract import describe, facts_of, find

RULES = json.loads((Path(__file__).parent / "data/extract/rules.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", RULES, ids=[c["id"] for c in RULES])
def test_rule(case: dict[str, Any]) -> None:
    facts = facts_of(case["text"], case["published"], case.get("title", ""))
    for expected in case["expect"]:
        model, attribute, value = expected[:3]
        found = find(facts, model, attribute, value)
        assert found, f"missing {expected} in:\n{describe(facts)}"
        if len(expected) > 3:
            assert found[0].certainty == expected[3], describe(found)
    for forbidden in case["forbid"]:
        model, attribute, value = forbidden
        assert not find(facts, model, attribute, value), (
            f"unexpected {forbidden}:\n{describe(facts)}"
        )


def test_every_fact_carries_its_evidence_and_source() -> None:
    text = "Meta released Llama 3.3 today. The model has 70 billion parameters."
    facts = facts_of(text, "2024-12-06")
    assert facts
    for fact in facts:
        assert fact.evidence and fact.evidence in text
        assert fact.source == "urn:test"
        assert str(fact.published) == "2024-12-06"


def test_extraction_is_deterministic() -> None:
    text = RULES[0]["text"] + "\n\n" + RULES[1]["text"]
    assert facts_of(text) == facts_of(text)
