"""Value rules from a twenty-second round, each on sentences written for it.

The round's theme is a plan that did not hold: a release date the post names as missed
("its planned launch in March slipped", Korean "…예정이었으나", Japanese "…予定だった")
is not the model's release date; a new target named after it still is. Each case is a
``RuleCase`` (helpers_extract): a post, the facts that must come out and the ones that
must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # a plan named by its noun, then said to have slipped: its date is the missed one
    RuleCase(
        "en-planned-release-in-month-slipped",
        "Avocado's planned release in March slipped as the lab kept tuning the model.",
        "2026-03-20",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "release_date", None),),
    ),
    RuleCase(  # guard: no date came out before either
        "en-scheduled-month-launch-was-delayed",
        "The scheduled April launch of Avocado was delayed after weak test scores.",
        "2026-03-02",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "release_date", None),),
    ),
    RuleCase(
        "en-planned-release-slipped-now-expected",
        "Avocado's planned launch in March has slipped, and the model is now expected in May.",
        "2026-03-20",
        (("Avocado", "release_date", "2026-05"),),
        (("Avocado", "release_date", "2026-03"),),
    ),
    # guards: a plan that holds is still a date (these pass before the rule too)
    RuleCase(
        "en-planned-release-in-month-holds",
        "Avocado's planned release in March remains on track, a spokesperson said.",
        "2026-02-10",
        (("Avocado", "release_date", "2026-03"),),
        (),
    ),
    # Korean and Japanese tell the plan in the past after its date
    RuleCase(
        "ko-was-due-but-moved",
        "메타의 새 모델 Avocado는 3월에 출시될 예정이었으나 5월로 연기됐다.",
        "2026-03-10",
        (("Avocado", "release_date", "2026-05"),),
        (("Avocado", "release_date", "2026-03"),),
    ),
    RuleCase(
        "ko-had-been-due-alone",
        "Avocado는 당초 3월 출시 예정이었던 모델이다.",
        "2026-03-10",
        (),
        (("Avocado", "release_date", None),),
    ),
    RuleCase(  # guard
        "ko-plan-still-due",
        "Avocado는 3월에 출시될 예정이다.",
        "2026-01-10",
        (("Avocado", "release_date", "2026-03"),),
        (),
    ),
    RuleCase(
        "ja-was-to-be-released",
        "Llama 4 Behemothは2025年4月にリリースされる予定だった。",
        "2025-03-16",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_values22_rule(case: RuleCase) -> None:
    check_rule_case(case)
