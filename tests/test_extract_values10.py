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


# (6) "Meta's September 2024 release of Llama 3.2": a dated release named as a past event;
# a planned one ("its planned 2026 release", "… will") is no release
DATED_RELEASE_CASES = [
    RuleCase(
        "possessive-dated-release-of-a-model",
        "The firm's October 2024 release of Llama 3.2 put vision into its open line-up.",
        "2025-03-02",
        (("Llama 3.2", "status", "released"),),
        (),
    ),
    RuleCase(
        "a-planned-dated-release-is-no-release",
        "Its 2026 release of Llama 5 will come with a new licence, staff were told.",
        "2025-11-02",
        (),
        (("Llama 5", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", DATED_RELEASE_CASES, ids=[c.id for c in DATED_RELEASE_CASES])
def test_dated_release_case(case: RuleCase) -> None:
    check_rule_case(case)


# (7) "X, to follow later", "with X to follow this year": named now, out later; a common
# noun before it ("steps to follow soon") names no model
TO_FOLLOW_CASES = [
    RuleCase(
        "appositive-to-follow-later",
        "Meta also showed a reasoning model, Llama 4 Reasoning, to follow later.",
        "2025-04-07",
        (("Llama 4 Reasoning", "status", "upcoming"),),
        (),
    ),
    RuleCase(
        "with-a-member-to-follow-this-year",
        "Meta put out Llama 4 Scout on Saturday, with Llama 4 Behemoth to follow this year.",
        "2025-04-07",
        (("Llama 4 Behemoth", "status", "upcoming"), ("Llama 4 Scout", "status", "released")),
        (),
    ),
    RuleCase(
        "rules-to-follow-name-no-model",
        "Builders can use Llama 3.1 today, with a few steps to follow soon after they sign up.",
        "2024-08-01",
        (),
        (("Llama 3.1", "status", "upcoming"),),
    ),
]


@pytest.mark.parametrize("case", TO_FOLLOW_CASES, ids=[c.id for c in TO_FOLLOW_CASES])
def test_to_follow_case(case: RuleCase) -> None:
    check_rule_case(case)


# (8) "at the April 2025 launch it was not yet releasing X": the event's day, and the model
# named is held back, so no release date for it; the same launch with a release keeps it
HELD_BACK_AT_LAUNCH_CASES = [
    RuleCase(
        "not-yet-releasing-at-a-dated-launch",
        "At its April 2025 launch Meta said it was not yet releasing Llama 4 Behemoth, "
        "which is still training.",
        "2025-04-07",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    RuleCase(
        "released-at-a-dated-launch-keeps-the-date",
        "At its April 2025 launch Meta released Llama 4 Scout to every developer.",
        "2025-04-07",
        (("Llama 4 Scout", "release_date", "2025-04"),),
        (),
    ),
    RuleCase(
        "not-released-until-keeps-the-target",
        "Llama 5 will not be released until June 2026, Meta said at its April 2026 event.",
        "2026-04-10",
        (("Llama 5", "release_date", "2026-06"),),
        (),
    ),
]


@pytest.mark.parametrize(
    "case", HELD_BACK_AT_LAUNCH_CASES, ids=[c.id for c in HELD_BACK_AT_LAUNCH_CASES]
)
def test_held_back_at_launch_case(case: RuleCase) -> None:
    check_rule_case(case)


# (9) "Llama 3.2, a new family of open-source models", "the Llama 3 family of open-weight
# models": the plural names the family's members, so the family is open; a family of
# someone else's models, or one left behind, says nothing of the model
FAMILY_OF_CASES = [
    RuleCase(
        "appositive-family-of-open-models",
        "Meta unveiled Llama 3.2, a new family of open-source AI models, on Wednesday.",
        "2024-09-27",
        (("Llama 3.2", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "numbered-family-of-open-weight-models",
        "Meta widened access to the Llama 3 family of open-weight models across Europe.",
        "2024-10-02",
        (("Llama 3", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "a-rivals-family-says-nothing",
        "Llama 3.2 competes with a family of open-weight models from rival labs.",
        "2024-10-02",
        (),
        (("Llama 3.2", "openness", None),),
    ),
]


@pytest.mark.parametrize("case", FAMILY_OF_CASES, ids=[c.id for c in FAMILY_OF_CASES])
def test_family_of_open_models_case(case: RuleCase) -> None:
    check_rule_case(case)
