"""Chinese, Japanese and Korean read as whole vocabularies, on posts written for them.

Dates: a month of a year told by its distance from the post's ("去年 7 月", "昨年4月18日"),
"last week" glued to its verb ("上周发布", "先週、", "지난주에"), a part of this year
("年内", "今年下半年", "올해 말", "연내"), the Korean press's quarter ("1·4분기"), a month
after "于" or before "に". Status: the plan and forecast forms of the launch verbs
("将在 … 推出", "有望 … 问世", "リリースする計画", "선보일 예정"), a release given up
("取消了 … 的发布", "リリースを断念", "무기한 연기"), Korean "선보였다" and "학습 중".
Openness: API only and weights withheld ("只通过 API 提供", "API経由でのみ", "API로만",
"가중치 공개를 보류"). Numbers: "12万8000" and "12만 8000" as one figure, the counter
before "パラメータ", Korean "총 파라미터 수는". Each case is a ``RuleCase`` (helpers_extract):
a post, the facts that must come out and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

DATE_CASES = [
    RuleCase(
        "zh-month-of-last-year",
        "Meta 在去年 7 月推出了 Llama 3.1，开发者可以下载全部三个尺寸。",
        "2025-03-02",
        (("Llama 3.1", "status", "released"), ("Llama 3.1", "release_date", "2024-07")),
        (("Llama 3.1", "release_date", "2024"),),
    ),
    RuleCase(
        "ja-day-of-last-year",
        "Metaは昨年4月18日にLlama 3を公開した。誰でも無料で試せる。",
        "2025-01-15",
        (("Llama 3", "release_date", "2024-04-18"),),
        (("Llama 3", "release_date", "2024"),),
    ),
    RuleCase(
        "zh-this-year-month-with-spaces",
        "Meta 在今年 4 月发布了 Llama 4 Scout，这款模型可以在单张显卡上运行。",
        "2025-06-10",
        (("Llama 4 Scout", "release_date", "2025-04"),),
        (),
    ),
    RuleCase(
        "zh-last-week-glued-to-the-verb",
        "Meta 上周发布了 Llama 4 Scout，社区的反响很热烈。",
        "2025-04-16",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Scout", "release_date", "2025-04")),
        (),
    ),
    RuleCase(
        "ja-last-week-before-a-comma",
        "Metaは先週、Llama 4 Maverickを公開した。開発者の評価はまだ分かれている。",
        "2025-04-16",
        (("Llama 4 Maverick", "release_date", "2025-04"),),
        (),
    ),
    RuleCase(
        "ko-last-week-with-its-particle",
        "메타는 지난주에 Llama 4 Scout를 출시했다고 발표했다.",
        "2025-04-16",
        (("Llama 4 Scout", "release_date", "2025-04"),),
        (),
    ),
    RuleCase(
        "ja-within-the-year",
        "関係者によると、MetaはAvocadoを年内に投入する見込みだという。",
        "2025-09-01",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2025")),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "zh-within-three-years-is-no-date",
        "Meta 计划在三年内推出 Avocado 的后续版本。",
        "2025-09-01",
        (),
        (("Avocado", "release_date", None),),
    ),
    RuleCase(
        "ko-end-of-this-year",
        "메타는 Avocado를 올해 말 선보일 예정이다.",
        "2025-09-01",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2025-Q4")),
        (),
    ),
    RuleCase(
        "ko-within-the-year-word",
        "메타는 Avocado를 연내 공개할 방침이라고 밝혔다.",
        "2025-09-01",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2025")),
        (),
    ),
    RuleCase(
        "ko-press-quarter-of-four",
        "메타는 Avocado를 내년 1·4분기에 출시할 계획이라고 밝혔다.",
        "2025-11-20",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026-Q1")),
        # (not the fourth quarter: "1·4" is the first of four)
        (("Avocado", "release_date", "2026-Q4"),),
    ),
    RuleCase(
        "zh-second-half-of-this-year",
        "Meta 计划在今年下半年推出 Avocado，目前训练仍在进行。",
        "2025-05-01",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2025")),
        (),
    ),
    RuleCase(
        "zh-month-after-its-preposition",
        "Llama 4 Scout 已于 4 月发布，用户可以在官网下载。",
        "2025-06-10",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Scout", "release_date", "2025-04")),
        (),
    ),
    RuleCase(
        "ja-month-before-its-particle",
        "Metaは4月にLlama 4 Scoutを先行公開している。",
        "2025-06-10",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Scout", "release_date", "2025-04")),
        (),
    ),
]

STATUS_CASES = [
    RuleCase(
        "zh-will-at-a-time-then-launch",
        "Meta 将在明年推出 Avocado，这是超级智能实验室的第一款模型。",
        "2025-12-01",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026")),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "zh-expected-to-come-into-the-world",
        "分析人士认为，Avocado 有望于明年春季问世。",
        "2025-12-01",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026-Q2")),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "zh-plan-to-launch-called-off",
        "Meta 推出 Avocado 的计划已经取消。",
        "2026-02-01",
        (("Avocado", "status", "shelved"),),
        (("Avocado", "status", "released"), ("Avocado", "status", "upcoming")),
    ),
    RuleCase(
        "zh-release-cancelled-reported",
        "据报道，Meta 取消了 Llama 4 Behemoth 的发布。",
        "2025-09-01",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "zh-launch-event-is-no-release",
        "Meta 会在发布会上介绍 Llama 4 Scout 的新功能。",
        "2025-06-10",
        (),
        (("Llama 4 Scout", "status", None),),
    ),
    RuleCase(
        "zh-launch-event-called-off-model-still-out",
        "Meta 取消了 Llama 4 Scout 的发布会，不过模型已经上线。",
        "2025-06-10",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "status", "shelved"),),
    ),
    RuleCase(
        "ja-release-plan",
        "MetaはAvocadoを来年前半にリリースする計画だ。",
        "2025-12-01",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026")),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "ja-release-given-up",
        "Metaは「Llama 4 Behemoth」のリリースを断念した。",
        "2025-09-01",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (),
    ),
    RuleCase(
        "ja-held-back-from-one-region-is-not-shelved",
        "MetaはEUでの「Llama 4 Scout」の公開を見送った。",
        "2025-06-10",
        (),
        (("Llama 4 Scout", "status", "shelved"),),
    ),
    RuleCase(
        "ko-plan-to-introduce",
        "메타는 Avocado를 내년 상반기에 선보일 계획이다.",
        "2025-12-01",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026")),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "ko-put-off-without-a-day",
        "메타가 Llama 4 Behemoth 출시를 무기한 연기했다.",
        "2025-09-01",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (("Llama 4 Behemoth", "status", "upcoming"),),
    ),
    RuleCase(
        "ko-no-plan-is-no-plan",
        "메타는 Llama 4 Scout의 후속 출시 계획이 없다고 밝혔다.",
        "2025-09-01",
        (),
        (("Llama 4 Scout", "status", "upcoming"),),
    ),
    RuleCase(
        "ko-introduced-two-members",
        "메타는 지난 4월 5일 Llama 4 Scout와 Llama 4 Maverick을 선보였다.",
        "2025-04-08",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Scout", "release_date", "2025-04-05"),
            ("Llama 4 Maverick", "status", "released"),
        ),
        (),
    ),
    RuleCase(
        "ko-still-learning",
        "Llama 4 Behemoth는 아직 학습 중이어서 일반에 공개되지 않았다.",
        "2025-04-08",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
]

OPENNESS_CASES = [
    RuleCase(
        "zh-api-only-weights-withheld",
        "Avocado 只通过 API 提供，Meta 不会公开模型权重。",
        "2025-12-11",
        (("Avocado", "openness", "closed"),),
        (("Avocado", "openness", "open_weights"),),
    ),
    RuleCase(
        "zh-weights-not-yet-public-say-nothing",
        "Llama 4 Behemoth 的权重尚未公开。",
        "2025-06-10",
        (),
        (("Llama 4 Behemoth", "openness", None),),
    ),
    RuleCase(
        "ja-api-only",
        "AvocadoはAPI経由でのみ提供される見込みだ。",
        "2025-12-11",
        (("Avocado", "openness", "closed"),),
        (("Avocado", "openness", "open_weights"),),
    ),
    RuleCase(
        "ja-not-only-api-is-no-closed",
        "Llama 4 ScoutはAPIのみならず、重みのダウンロードでも利用できる。",
        "2025-06-10",
        (),
        (("Llama 4 Scout", "openness", "closed"),),
    ),
    RuleCase(
        "ko-api-only-weights-withheld",
        "Avocado는 API로만 제공되며 가중치는 공개하지 않는다.",
        "2025-12-11",
        (("Avocado", "openness", "closed"),),
        (("Avocado", "openness", "open_weights"),),
    ),
    RuleCase(
        "ko-weights-release-held-back",
        "메타는 Llama 4 Behemoth의 가중치 공개를 보류했다.",
        "2025-09-01",
        (("Llama 4 Behemoth", "openness", "closed"),),
        (
            ("Llama 4 Behemoth", "openness", "open_weights"),
            ("Llama 4 Behemoth", "status", "shelved"),
        ),
    ),
    RuleCase(
        "ko-non-commercial-licence",
        "메타는 LLaMA를 비상업적 라이선스로 연구자에게 제공했다.",
        "2023-03-01",
        (("Llama 1", "openness", "research_only"),),
        (("Llama 1", "openness", "open_weights"),),
    ),
]

NUMBER_CASES = [
    RuleCase(
        "ja-ten-thousands-and-the-rest",
        "Llama 3.1のコンテキスト長は12万8000トークンに広がった。",
        "2024-07-24",
        (("Llama 3.1", "context_window", 128000),),
        (("Llama 3.1", "context_window", 120000),),
    ),
    RuleCase(
        "ko-ten-thousands-and-the-rest-spaced",
        "라마 3.1의 컨텍스트 길이는 12만 8000 토큰이다.",
        "2024-07-24",
        (("Llama 3.1", "context_window", 128000),),
        (("Llama 3.1", "context_window", 8000),),
    ),
    RuleCase(
        "ja-counter-before-parameters",
        "Llama 4 Behemothは、およそ2兆個のパラメータで構成される。",
        "2025-05-20",
        (("Llama 4 Behemoth", "params_total", 2000000000000),),
        (),
    ),
    RuleCase(
        "ko-counter-with-subject-particle-active",
        "Llama 4 Maverick은 토큰마다 170억 개가 활성화된다.",
        "2025-04-08",
        (("Llama 4 Maverick", "params_active", 17000000000),),
        (("Llama 4 Maverick", "params_total", 17000000000),),
    ),
    RuleCase(
        "ko-total-parameter-count-topic",
        "Llama 4 Scout의 총 파라미터 수는 1090억 개다.",
        "2025-04-08",
        (("Llama 4 Scout", "params_total", 109000000000),),
        (),
    ),
    RuleCase(
        "ja-predecessor-named-for-comparison",
        "Llama 4 Scoutのコンテキスト長は1000万トークンで、"
        "先代の「Llama 3.1」が扱える12万8000トークンを大きく上回る。",
        "2025-04-06",
        (("Llama 4 Scout", "context_window", 10000000),),
        (("Llama 3.1", "context_window", None),),
    ),
]


@pytest.mark.parametrize(
    "case", DATE_CASES + STATUS_CASES + OPENNESS_CASES + NUMBER_CASES, ids=lambda c: c.id
)
def test_cjk_vocabulary_case(case: RuleCase) -> None:
    check_rule_case(case)
