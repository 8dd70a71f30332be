"""Value rules from a nineteenth round (dates, licences, sizes, windows), on sentences
written for them.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # a weekend gone by: its month, when Saturday and Sunday fall in one
    RuleCase(
        "en-over-the-weekend-is-its-month",
        "Meta quietly shipped Llama 4 Scout over the weekend, to the surprise of many developers.",
        "2025-04-08",
        (("Llama 4 Scout", "release_date", "2025-04"),),
        (),
    ),
    RuleCase(
        "en-last-weekend-in-a-weekend-post",
        "The lab put out Llama 4 Maverick last weekend for anyone to download.",
        "2025-04-12",
        (("Llama 4 Maverick", "release_date", "2025-04"),),
        (("Llama 4 Maverick", "release_date", "2025-04-12"),),
    ),
    # a launch moved to a month: the month lies ahead of the move
    RuleCase(
        "en-pushed-the-launch-to-a-month",
        "Meta pushed the launch of Llama 5 to June, according to two employees.",
        "2025-05-16",
        (("Llama 5", "release_date", "2025-06"),),
        (("Llama 5", "release_date", "2024-06"),),
    ),
    # "…; the current plan is to introduce it later": the newest plan, not the move
    # before it
    RuleCase(
        "en-now-the-plan-is-to-introduce",
        "Llama 5 has slipped once more. Meta moved its release to July; the current plan is "
        "to introduce it in the autumn at the earliest.",
        "2025-05-16",
        (("Llama 5", "release_date", "2025-Q4"),),
        (("Llama 5", "release_date", "2025-07"), ("Llama 5", "release_date", "2024-07")),
    ),
    # Korean quarters: "내년 1분기" (the first quarter of next year), "2026년 2분기"
    RuleCase(
        "ko-next-year-first-quarter",
        "메타의 Avocado 출시는 내년 1분기로 연기됐다.",
        "2025-12-10",
        (("Avocado", "release_date", "2026-Q1"),),
        (("Avocado", "release_date", "2026"),),
    ),
    RuleCase(
        "ko-year-second-quarter",
        "메타는 Avocado를 2026년 2분기에 출시할 예정이다.",
        "2025-12-10",
        (("Avocado", "release_date", "2026-Q2"),),
        (("Avocado", "release_date", "2026"),),
    ),
    # Korean months without a day: "6월 이후로" ahead in a plan, "지난 7월" the latest July
    RuleCase(
        "ko-month-after-in-a-delay",
        "소식통에 따르면 Avocado의 공개 시점이 6월 이후로 늦춰졌다.",
        "2026-03-13",
        (("Avocado", "release_date", "2026-06"),),
        (("Avocado", "release_date", "2025-06"),),
    ),
    RuleCase(
        "ko-last-month-name",
        "메타는 지난 7월 Llama 3.1을 출시했다.",
        "2024-09-10",
        (("Llama 3.1", "release_date", "2024-07"),),
        (),
    ),
    # the family named without a version carries "a community license": no version's id
    RuleCase(
        "en-family-subject-unnamed-license",
        "Meta put out Llama 4 Scout alongside Llama 4 Maverick this week.\n\nA catch\n\nLlama "
        "is free to download, though it carries a community license that binds the largest "
        "firms.",
        "2025-04-07",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "license", None), ("Llama 4 Maverick", "license", None)),
    ),
    # sizes that a serving speed is measured on are not the model's sizes
    RuleCase(
        "en-size-after-a-speed-in-brackets",
        "Groq now serves Llama 3.1 at 750 tok/s (8B) and 330 tok/s (70B) for its users.",
        "2024-08-28",
        (),
        (("Llama 3.1", "params_total", None),),
    ),
    RuleCase(
        "en-named-size-after-a-speed",
        "The provider quotes 900 output tokens per second with Llama 3.1 8B and 410 output "
        "tokens per second on Llama 3.1 70B.",
        "2024-08-28",
        (),
        (("Llama 3.1", "params_total", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
