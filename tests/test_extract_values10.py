"""Value-reading rules from a tenth round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. The rules decide how a value is read (status wording, the design
named, a plan's date, how sure a clause is), not which model it belongs to.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of, find

# (1) "its highly anticipated X": an attributive adjective describes a model the sentence
# states as out; it is no hedge. "is anticipated to" still is one.
ANTICIPATED_CASES = [
    ("launched-its-long-awaited-model", "Meta formally launched its much-anticipated Llama 4 "
     "Scout model on April 5, 2025, for all developers.", "confirmed"),
    ("released-the-hotly-anticipated-model", "On Tuesday Meta released the hotly anticipated "
     "Llama 3.1 model to the public.", "confirmed"),
    # negative: the verb form still hedges
    ("anticipated-to-launch-still-hedges", "Llama 5 is anticipated to launch in the spring "
     "of 2026.", "speculative"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "certainty"),
    [(t, c) for _, t, c in ANTICIPATED_CASES],
    ids=[i for i, _, _ in ANTICIPATED_CASES],
)
def test_anticipated_as_adjective_is_no_hedge(text: str, certainty: str) -> None:
    facts = [f for f in facts_of(text, "2025-04-08") if f.attribute == "status"]
    assert facts, "no status read"
    assert {f.certainty for f in facts} == {certainty}


# (2) "is rolling out X", "…, rolling out new tools like X": a release under way now;
# a time ahead after it keeps it a plan
ROLLING_OUT_CASES = [
    RuleCase(
        "is-rolling-out-a-model-now",
        "Meta is rolling out Llama Guard 3 to every developer who builds with its models.",
        "2024-07-24",
        (("Llama Guard", "status", "released"),),
        (),
    ),
    RuleCase(
        "participle-rolling-out-tools-like-a-model",
        "The company keeps its focus on safety, rolling out new guard tools such as Llama "
        "Guard 3 for moderating chats.",
        "2024-07-24",
        (("Llama Guard", "status", "released"),),
        (),
    ),
    # negatives: a rollout set for later is no release yet
    RuleCase(
        "rolling-out-next-month-is-a-plan",
        "Meta is rolling out Llama 5 next month to its partners.",
        "2026-02-02",
        (),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "will-begin-rolling-out-is-a-plan",
        "Meta will begin rolling out Llama 5 to developers after the summer.",
        "2026-02-02",
        (),
        (("Llama 5", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", ROLLING_OUT_CASES, ids=[c.id for c in ROLLING_OUT_CASES])
def test_rolling_out_case(case: RuleCase) -> None:
    check_rule_case(case)


# (3) a model card's "This model is ready for commercial use": the model is out
READY_CASES = [
    RuleCase(
        "card-says-ready-for-commercial-use",
        "Llama Guard 4 is a safety classifier from Meta that screens prompts and replies. "
        "This model is ready for commercial/non-commercial use.",
        "2025-05-02",
        (("Llama Guard", "status", "released"),),
        (),
    ),
    # negative: "ready" for something else is not a release
    RuleCase(
        "ready-for-testing-is-no-release",
        "Llama 5 is a large model from Meta. The model is ready for internal testing.",
        "2026-02-02",
        (),
        (("Llama 5", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", READY_CASES, ids=[c.id for c in READY_CASES])
def test_ready_for_use_case(case: RuleCase) -> None:
    check_rule_case(case)


# (4) "a dense 12B multimodal safety model": up to three words may stand between the
# design and the noun; "dense retrieval" names a method, not the design
DENSE_CASES = [
    RuleCase(
        "dense-before-three-modifiers",
        "Meta put out Llama Guard 4, a dense 12B multimodal safety classifier.",
        "2025-04-30",
        (("Llama Guard", "architecture", "dense"),),
        (),
    ),
    RuleCase(
        "dense-retrieval-is-a-method",
        "Llama 3.1 is paired with a dense retrieval search model in the demo.",
        "2024-08-01",
        (),
        (("Llama 3.1", "architecture", None),),
    ),
]


@pytest.mark.parametrize("case", DENSE_CASES, ids=[c.id for c in DENSE_CASES])
def test_dense_case(case: RuleCase) -> None:
    check_rule_case(case)


# (5) "plans to ship X in the first half of 2026": the bare verb after "to" dates the plan
SHIP_CASES = [
    RuleCase(
        "plans-to-ship-in-a-half-year",
        "Meta intends to ship Llama 5 in the first half of 2026, a memo shows.",
        "2025-11-02",
        (("Llama 5", "release_date", "2026"),),
        (),
    ),
    # negative: a ship that is no verb dates nothing
    RuleCase(
        "a-ship-is-no-release",
        "Llama 3 ran on a cargo ship's server in March 2025 during a trial.",
        "2025-06-02",
        (),
        (("Llama 3", "release_date", None),),
    ),
]


@pytest.mark.parametrize("case", SHIP_CASES, ids=[c.id for c in SHIP_CASES])
def test_ship_plan_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_find_is_used() -> None:
    # keeps the helper import honest for a value check without a RuleCase
    assert not find([], "Llama 3", "status", None)
