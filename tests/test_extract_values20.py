"""Value rules from a twentieth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. The certainty cases check the grade of one fact as well.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, describe, facts_of, find

CASES = [
    # no plan to publish the weights is openness: the model itself may be out
    RuleCase(
        "en-no-plans-to-release-weights-not-shelved",
        "Meta launched Muse Spark on Wednesday through its apps. Muse Spark runs in the "
        "cloud with no plans to release weights.",
        "2026-04-10",
        (("Muse Spark", "status", "released"), ("Muse Spark", "openness", "closed")),
        (("Muse Spark", "status", "shelved"),),
    ),
    RuleCase(
        "en-no-immediate-plans-for-public-weights",
        "Muse Spark reaches users as a frontier system with no immediate plans for public "
        "weights, a first for the lab.",
        "2026-04-10",
        (("Muse Spark", "openness", "closed"),),
        (("Muse Spark", "status", "shelved"), ("Muse Spark", "openness", "open_weights")),
    ),
    # a when-clause in the past tense with its subject states the release
    RuleCase(
        "en-past-when-clause-released",
        "When Meta shipped Llama 3.1 in July 2024, the 405B checkpoint drew most of the "
        "attention from researchers.",
        "2025-02-01",
        (("Llama 3.1", "status", "released"), ("Llama 3.1", "release_date", "2024-07")),
        (),
    ),
    RuleCase(
        "en-past-passive-when-clause-released",
        "Llama 2 changed the field: when it was launched in July 2023, hobbyists ran it on "
        "their laptops within hours.",
        "2024-01-15",
        (("Llama 2", "status", "released"),),
        (),
    ),
    RuleCase(
        "en-present-passive-when-clause-not-released",
        "When Llama 4 Behemoth is released, developers will finally get the teacher model.",
        "2025-04-20",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # seasons in Chinese, Japanese and Korean, with a year named or reckoned: quarters
    RuleCase(
        "zh-next-spring",
        "据知情人士透露，Meta 的新模型 Avocado 预计明年春季推出，并将采用闭源形式。",
        "2025-12-11",
        (("Avocado", "release_date", "2026-Q2"),),
        (("Avocado", "release_date", "2026"),),
    ),
    RuleCase(
        "zh-year-autumn",
        "Meta 表示，Avocado 模型计划于 2026 年秋季发布。",
        "2026-01-20",
        (("Avocado", "release_date", "2026-Q4"),),
        (),
    ),
    RuleCase(
        "ja-next-spring",
        "関係者によると、Metaの新モデル「Avocado」は来年春に投入予定だという。",
        "2025-12-11",
        (("Avocado", "release_date", "2026-Q2"),),
        (),
    ),
    RuleCase(
        "ko-next-spring",
        "메타는 새 AI 모델 Avocado를 내년 봄 출시할 예정이다.",
        "2025-12-11",
        (("Avocado", "release_date", "2026-Q2"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


#: what the rules above must leave as it was (these held before them too): a when-clause
#: that names no model dates nothing, a plan denied for the model itself is still shelved, a
#: participle with no subject still looks ahead, a season with no year is still no date
GUARDS = [
    RuleCase(
        "en-past-when-clause-unnamed-object",
        "Meta is building Avocado in its new lab. When Meta released its first model in "
        "2023, few people expected a strategy to grow from it.",
        "2026-01-10",
        (),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "en-no-plans-to-release-the-model-still-shelved",
        "Meta now has no plans to release Llama 4 Behemoth at all, people said.",
        "2025-08-01",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (),
    ),
    RuleCase(
        "en-bare-participle-when-not-released",
        "When released, Llama 4 Behemoth should top several leaderboards.",
        "2025-04-20",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "zh-season-without-year-not-read",
        "Meta 在春季发布会上介绍了 Avocado 模型的研发进展，但没有给出发布时间。",
        "2026-01-20",
        (),
        (("Avocado", "release_date", None),),
    ),
]


@pytest.mark.parametrize("case", GUARDS, ids=[c.id for c in GUARDS])
def test_guard_case(case: RuleCase) -> None:
    check_rule_case(case)


#: a report named by its outlet in forms the first pattern missed: "per a new X report",
#: the paper's short name ("The Journal says"), "the Wall Street Journal noted"
REPORTED = [
    (
        "en-per-a-new-outlet-report",
        "Meta has delayed the public launch of Llama 4 Behemoth once more, per a new "
        "Bloomberg report.",
        "2025-05-16",
        "Llama 4 Behemoth",
        "status",
    ),
    (
        "en-the-journal-says",
        "The Journal says that Llama 4 Behemoth is now expected to ship in the fall.",
        "2025-05-16",
        "Llama 4 Behemoth",
        "release_date",
    ),
    (
        "en-outlet-noted",
        "Llama 4 Behemoth is now expected to ship in the autumn, the Wall Street Journal noted.",
        "2025-05-16",
        "Llama 4 Behemoth",
        "status",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "model", "attribute"),
    [r[1:] for r in REPORTED],
    ids=[r[0] for r in REPORTED],
)
def test_reported(text: str, published: str, model: str, attribute: str) -> None:
    facts = facts_of(text, published)
    found = find(facts, model, attribute)
    assert found, describe(facts)
    assert all(f.certainty == "reported" for f in found), describe(found)


def test_developer_report_stays_confirmed() -> None:
    facts = facts_of(
        "Llama 4 Behemoth holds 2 trillion parameters, per Meta's own report.", "2025-04-06"
    )
    found = find(facts, "Llama 4 Behemoth", "params_total")
    assert found and all(f.certainty == "confirmed" for f in found), describe(facts)
