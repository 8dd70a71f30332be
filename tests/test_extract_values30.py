"""Value rules from a thirtieth round: putting a model off is a wait, not a cancellation.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # the maker as subject of a bare "postponed" / "delayed" with the model as object
    RuleCase(
        "en-maker-postponed-the-model",
        "After weak internal scores, Meta postponed Avocado.",
        "2026-03-20",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "status", "shelved"),),
    ),
    RuleCase(
        "en-maker-delayed-the-model-again",
        "Engineers asked for more time, so Meta delayed Llama 4 Behemoth again.",
        "2025-06-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "shelved"),),
    ),
    # "won't ship before", like "won't ship until", puts the release off to a later day
    RuleCase(
        "en-wont-ship-before-is-a-wait",
        "People close to the team say Avocado won't ship before the summer.",
        "2026-03-20",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "status", "shelved"),),
    ),
    RuleCase(
        "en-will-not-be-released-before-is-a-wait",
        "Meta said Llama 4 Behemoth will not be released before its evaluations are done.",
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "shelved"),),
    ),
    # a plain refusal still shelves
    RuleCase(
        "en-wont-ship-alone-still-shelves",
        "Meta has decided that Llama 4 Behemoth won't ship.",
        "2025-09-01",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (),
    ),
    # "delayed" as an adjective, or with something else as its object, puts off no model
    RuleCase(
        "en-delayed-as-an-adjective-is-no-status",
        "Llama 4 Scout and Maverick sell well, though a delayed larger sibling gets the headlines.",
        "2025-06-10",
        (),
        (("Llama 4 Scout", "status", "upcoming"), ("Llama 4 Maverick", "status", "upcoming")),
    ),
    # a hedged arrival is a speculative wait ("could", "may", "might" before the verb)
    RuleCase(
        "en-could-arrive-is-a-speculative-wait",
        "Insiders think Llama 4 Behemoth could arrive early next year.",
        "2025-08-01",
        (("Llama 4 Behemoth", "status", "upcoming"), ("Llama 4 Behemoth", "release_date", "2026")),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "en-may-launch-is-a-speculative-wait",
        "Avocado may launch in the spring, a person briefed on it said.",
        "2025-12-10",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "status", "released"),),
    ),
    # weights held back say nothing of whether the model itself is out
    RuleCase(
        "en-weights-not-released-is-no-status",
        "Meta confirmed on Tuesday that Muse Spark's weights have not been released.",
        "2026-04-20",
        (),
        (("Muse Spark", "status", "upcoming"),),
    ),
    RuleCase(
        "en-weights-of-a-model-not-released-is-no-status",
        "The weights of Muse Spark have not been released.",
        "2026-04-20",
        (),
        (("Muse Spark", "status", None),),
    ),
    RuleCase(
        "en-delayed-an-event-is-no-status",
        "Meta delayed the LlamaCon keynote by an hour; Llama 4 Scout is already available.",
        "2025-04-29",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "status", "upcoming"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_values30(case: RuleCase) -> None:
    check_rule_case(case)
