"""Binding rules from a twelfth round: which model a status or openness word governs.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. Sentences are written for the tests.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of, find

CASES = [
    # "Meta scraps Llama for …": the verb's object is the family as a whole; the model
    # named in the "for …" complement is what replaces it and is not shelved
    RuleCase(
        "a-shelving-verb-on-the-bare-family-spares-the-replacement",
        "Meta scraps Llama for its proprietary Muse Spark, the lab's new flagship.",
        "2026-04-12",
        (("Muse Spark", "openness", "closed"),),
        (("Muse Spark", "status", "shelved"),),
    ),
    RuleCase(
        "an-abandoning-verb-on-the-open-family-spares-the-replacement",
        "This spring Meta abandoned the open-source Llama line in favour of Muse Spark.",
        "2026-04-12",
        (),
        (("Muse Spark", "status", "shelved"),),
    ),
    # negative: a named member after the verb is shelved itself
    RuleCase(
        "a-shelving-verb-on-a-named-member-shelves-it",
        "Meta scraps Llama 4 Behemoth to focus on Muse Spark.",
        "2026-04-12",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (("Muse Spark", "status", "shelved"),),
    ),
    # "the proprietary Muse Spark": the openness word describes the name right after it,
    # not the subject shelved earlier in the sentence
    RuleCase(
        "a-closed-word-before-a-name-is-that-names",
        "Meta shelved Llama 4 Behemoth for the proprietary Muse Spark.",
        "2026-04-12",
        (("Muse Spark", "openness", "closed"), ("Llama 4 Behemoth", "status", "shelved")),
        (("Llama 4 Behemoth", "openness", None),),
    ),
    # negative: a closed word with no name after it stays with the sentence's model
    RuleCase(
        "a-closed-word-before-a-common-noun-stays-with-the-subject",
        "Muse Spark launched on Wednesday as a proprietary model for Meta's apps.",
        "2026-04-09",
        (("Muse Spark", "openness", "closed"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_binding12_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_a_title_verb_on_the_bare_family_spares_the_replacement() -> None:
    body = "The lab launched Muse Spark this week as a closed model."
    facts = facts_of(body, "2026-04-12", title="Meta Shelves Llama For Closed Muse Spark")
    assert not find(facts, "Muse Spark", "status", "shelved")
    assert find(facts, "Muse Spark", "openness", "closed")
