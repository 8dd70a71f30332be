"""Binding rules from a twenty-first round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # a codename in Hangul, katakana or Chinese characters introduced with a marker or
    # glossed by its Latin name: its later bare mentions are the model's
    RuleCase(
        "ko-bare-codename-after-gloss",
        "메타가 새 AI 모델 '아보카도(Avocado)'를 만들고 있다. 회사 측은 일정이 바뀌었다고 "
        "했다. 아보카도는 내년 2분기 출시로 연기됐다.",
        "2025-11-01",
        (("Avocado", "release_date", "2026-Q2"),),
        (),
    ),
    RuleCase(
        "ja-bare-codename-after-gloss",
        "メタは次世代AIモデル「Avocado(アボカド)」を開発している。担当チームは小さい。"
        "アボカドは2026年第2四半期にリリースされる予定だ。",
        "2025-11-01",
        (("Avocado", "release_date", "2026-Q2"),),
        (),
    ),
    RuleCase(
        "zh-quoted-codename-after-gloss",
        "Meta 正在研发一款代号为“牛油果”(Avocado)的新模型。谷歌的 Gemini 3 表现强劲。\n\n"
        "“牛油果”已推迟至2026年第二季度发布。",
        "2025-11-01",
        (("Avocado", "release_date", "2026-Q2"),),
        (),
    ),
    # a member's name in quotes after a model word makes its generation the topic, and
    # a spelling the catalog lacks, glossed by the Latin name, names the member after
    RuleCase(
        "ja-quoted-member-after-model-word",
        "メタは自社の人工知能(AI)モデル「Behemoth(ベヒモス)」の公開を再び延期すると発表した。",
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (),
    ),
    RuleCase(
        "ko-member-spelling-glossed",
        "메타가 대형 AI 모델 '베헤모스(Behemoth)'의 공개를 미뤘다. 내부 평가는 좋지 "
        "않았다.\n\n베헤모스는 2조 개의 파라미터를 갖췄다.",
        "2025-05-20",
        (("Llama 4 Behemoth", "params_total", 2_000_000_000_000),),
        (),
    ),
    RuleCase(
        "en-code-named-member-makes-topic",
        "Engineers keep working on the model, code-named “Behemoth.” The launch was pushed "
        "to June; now the plan is to ship it in the fall.",
        "2025-05-16",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (),
    ),
    # Chinese words in brackets after a member's name explain it: no alias, no change
    RuleCase(
        "zh-bracket-explains-member",
        "Meta 推出兩款新模型,Llama 4 Scout(意為偵察者)、Llama 4 Maverick(意為獨行者),"
        "已開放權重,可從 Hugging Face 下載。",
        "2025-04-06",
        (("Llama 4 Maverick", "openness", "open_weights"),),
        (),
    ),
    # a second name with a noun phrase of its own that calls it a model is still a member
    # of the list the value is said of
    RuleCase(
        "en-two-described-codenames",
        'Meta is building a coding model codenamed "Quokka" and a video '
        'model called "Wombat" for next year.',
        "2025-12-19",
        (("Quokka", "status", "upcoming"), ("Wombat", "status", "upcoming")),
        (),
    ),
    RuleCase(
        "en-for-phrase-described-codename",
        "Meta is developing a model called Wombat for short clips and a reasoning "
        "model named Quokka.",
        "2025-12-19",
        (("Quokka", "status", "upcoming"), ("Wombat", "status", "upcoming")),
        (),
    ),
    RuleCase(
        "ko-two-described-codenames",
        "메타가 영상 생성용 AI 모델 '망고'와 코딩에 강한 차세대 AI 모델 '아보카도'를 개발 중이다.",
        "2025-12-19",
        (("Mango", "status", "upcoming"), ("Avocado", "status", "upcoming")),
        (),
    ),
    # a value inside the first member's own clause stays that member's
    RuleCase(
        "en-described-list-value-inside",
        'Meta released a coding model called "Quokka", which ships with open weights, '
        'and is testing a video model called "Wombat".',
        "2025-12-19",
        (("Quokka", "openness", "open_weights"),),
        (("Wombat", "openness", None), ("Wombat", "status", "released")),
    ),
    # an openness word right before a name describes that name, not the clause's subject
    RuleCase(
        "en-prenominal-open-word-after-which",
        "Meta put out Muse Spark on Wednesday, which takes over from the open-weight "
        "Llama 4 Maverick inside its assistant.",
        "2026-04-10",
        (("Llama 4 Maverick", "openness", "open_weights"),),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    RuleCase(
        "en-prenominal-closed-word-after-it",
        "Llama 4 Behemoth was shown a year ago. It is still unreleased, and Meta now sells "
        "the proprietary 'Muse Spark' in its place.",
        "2026-06-01",
        (("Muse Spark", "openness", "closed"),),
        (("Llama 4 Behemoth", "openness", None),),
    ),
    # without the page's own marked introduction the bare word is the fruit
    RuleCase(
        "ko-bare-fruit-word-alone",
        "메타는 라마 4를 공개했다. 아보카도는 내년 2분기 출시로 연기됐다.",
        "2025-11-01",
        (),
        (("Avocado", "release_date", None), ("Avocado", "status", None)),
    ),
    # an open word before a policy noun is the company's stance, not the model's rung
    RuleCase(
        "ko-open-policy-noun",
        "메타가 AI 모델 '아보카도(Avocado)'를 만들고 있다. 아보카도는 오픈소스 전략과 "
        "결별한 첫 모델이다.",
        "2025-11-01",
        (),
        (("Avocado", "openness", "open_weights"), ("Avocado", "openness", "open_source")),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
