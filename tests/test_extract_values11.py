"""English value wording from the eleventh round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of, find

CASES = [
    # "the next generation of its model" ranks the model; it is no time word, so a bare
    # month with a past verb is the month before the post
    RuleCase(
        "next-generation-is-no-future-word",
        "In March, Meta released Llama 3.5, the next generation of its open model family.",
        "2025-06-20",
        (("Llama 3.5", "release_date", "2025-03"),),
        (("Llama 3.5", "release_date", "2026-03"),),
    ),
    # negative: "next month" still looks forward
    RuleCase(
        "next-month-still-looks-forward",
        "Meta will release Llama 3.5 next month, the company said.",
        "2025-06-20",
        (("Llama 3.5", "release_date", "2025-07"),),
        (("Llama 3.5", "status", "released"),),
    ),
    # "The memo, dated March 3, was released by …": a memo is out, not the model
    RuleCase(
        "a-memo-with-an-aside-is-released-not-the-model",
        "The Llama 5 memo, dated March 3, was released to staff by a product lead.",
        "2026-03-10",
        (),
        (("Llama 5", "status", "released"), ("Llama 5", "release_date", None)),
    ),
    # negative: an aside after a model name still leaves the model released
    RuleCase(
        "a-model-with-an-aside-is-released",
        "Llama 3.3, tuned for chat, was released on Friday.",
        "2024-12-09",
        (("Llama 3.3", "status", "released"),),
        (),
    ),
]

#: (id, text, published, model, attribute, certainty)
CERTAINTY_CASES = [
    # the memo (any determiner or number) is the source of what it states
    (
        "the-memo-states",
        "The memo states that Llama 5 has finished pre-training on the new cluster.",
        "2026-02-01",
        "Llama 5",
        "status",
        "reported",
    ),
    (
        "internal-memos-seen-by-a-paper-reveal",
        "Internal memos seen by Axios reveal that Llama 5 has finished pre-training.",
        "2026-02-01",
        "Llama 5",
        "status",
        "reported",
    ),
    # negative: a model card's "this document describes" names no source
    (
        "a-document-describing-a-model-is-no-source",
        "This document describes Llama 3.1 405B, which was released in July 2024.",
        "2024-08-01",
        "Llama 3.1",
        "status",
        "confirmed",
    ),
    # "Meta told staff X, according to a memo seen by Y. The model …": the report goes on
    (
        "a-company-statement-carried-by-a-source-is-reported",
        "Meta told staff that Llama 5 finished pre-training, according to a memo seen by "
        "Axios. The model has not started post-training yet.",
        "2026-02-01",
        "Llama 5",
        "status",
        "reported",
    ),
    # negative: the company's own word is confirmed, and so is the next sentence
    (
        "a-company-statement-is-confirmed",
        "Meta said that Llama 5 finished pre-training. The model has not started "
        "post-training yet.",
        "2026-02-01",
        "Llama 5",
        "status",
        "confirmed",
    ),
]


@pytest.mark.parametrize("case", CERTAINTY_CASES, ids=[c[0] for c in CERTAINTY_CASES])
def test_certainty_case(case: tuple[str, str, str, str, str, str]) -> None:
    _, text, published, model, attribute, certainty = case
    found = find(facts_of(text, published), model, attribute)
    assert found, f"no {model} {attribute}"
    assert {f.certainty for f in found} == {certainty}, [f.certainty for f in found]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
