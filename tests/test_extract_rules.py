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


#: Kinds of language real posts use, each in our own words: (id, title, text, expect, forbid).
#: ``expect``/``forbid`` hold (model, attribute, value) triples; None matches anything.
REAL_LANGUAGE: list[tuple[str, str, str, list[tuple], list[tuple]]] = [
    (
        "generic-open-models-after-among",
        "",
        "Llama 2 was trained on two trillion tokens and ranks first among open models.",
        [],
        [("Llama 2", "openness", None)],
    ),
    (
        "quantified-subject-is-generic",
        "",
        "Llama 2 shipped last summer. Some firms keep their language models closed-source, "
        "while some language models are open-source.",
        [],
        [("Llama 2", "openness", None)],
    ),
    (
        "scare-quotes-report-a-label",
        "",
        "LLaMA was released only to approved researchers, though Meta called it 'open source'.",
        [("Llama 1", "openness", "research_only")],
        [("Llama 1", "openness", "open_weights")],
    ),
    (
        "stance-nouns-after-open-source",
        "",
        "Llama 3 arrived amid doubts about Meta's open-source strategy and its open-weight era.",
        [],
        [("Llama 3", "openness", None)],
    ),
    (
        "open-sourced-something-else",
        "",
        "Llama 3 is here. Meta has open sourced a great deal of datacenter hardware design.",
        [],
        [("Llama 3", "openness", None)],
    ),
    (
        "open-source-product-kept",
        "",
        "Meta first put out Llama 2 as an open-source product for cloud customers.",
        [("Llama 2", "openness", "open_weights")],
        [],
    ),
    (
        "appositive-closed-model",
        "",
        "Meta has released Muse Spark, a closed model with no downloadable weights.",
        [("Muse Spark", "openness", "closed"), ("Muse Spark", "status", "released")],
        [],
    ),
    (
        "meta-launched-new-name",
        "",
        "Meta launched Quill Lark on March 3, 2026, its first proprietary AI model.",
        [("Quill Lark", "status", "released")],
        [],
    ),
]

REAL_LANGUAGE += [
    (
        "open-source-left-behind",
        "",
        "Meta drops open source with Muse Spark, its first proprietary AI model.",
        [],
        [("Muse Spark", "openness", "open_weights")],
    ),
    (
        "denial-after-colon",
        "",
        "Llama Guard drew notice for one thing it is not: open source.",
        [],
        [("Llama Guard", "openness", "open_weights")],
    ),
    (
        "openness-plan-is-not-a-fact",
        "",
        "Avocado is Meta's next frontier model. Open-weight editions promised later.",
        [],
        [("Avocado", "openness", "open_weights")],
    ),
]


@pytest.mark.parametrize("case", REAL_LANGUAGE, ids=[c[0] for c in REAL_LANGUAGE])
def test_real_language(case: tuple[str, str, str, list[tuple], list[tuple]]) -> None:
    _, title, text, expect, forbid = case
    facts = facts_of(text, "2026-04-10", title)
    for model, attribute, value in expect:
        assert find(facts, model, attribute, value), (
            f"missing {(model, attribute, value)} in:\n{describe(facts)}"
        )
    for model, attribute, value in forbid:
        assert not find(facts, model, attribute, value), (
            f"unexpected {(model, attribute, value)} in:\n{describe(facts)}"
        )
