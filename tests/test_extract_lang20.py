"""Language rules from a twentieth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. The certainty cases check the grade a value gets.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, describe, facts_of, find

CASES = [
    # Chinese: "X而非Y" (X rather than Y) denies Y: the open word after "而非" is no rung
    RuleCase(
        "zh-erfei-denies-the-open-word",
        "据路透社获悉，Meta 正在研发新模型 Avocado，它或将按调用量收费的商业方式而非开源方式交付。",
        "2025-12-12",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "openness", "open_weights"),),
    ),
    # "并非开放权重" (is not open weights): a denial, never open_weights
    RuleCase(
        "zh-bingfei-open-weights",
        "Meta 昨天推出了 Muse Spark。与以往不同，这款模型并非开放权重，开发者只能通过接口调用。",
        "2026-04-09",
        (("Muse Spark", "status", "released"),),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    # "正在研发/开发/打造": a model still being built is to come; "真正开发" (truly build)
    # is no such verb
    RuleCase(
        "zh-zhengzai-yanfa",
        "消息称，Meta 目前正在研发代号为 Mango 的图像与视频模型，内部团队规模约百人。",
        "2025-12-19",
        (("Mango", "status", "upcoming"),),
        (("Mango", "status", "released"),),
    ),
    RuleCase(
        "zh-zhenzheng-kaifa-is-no-development",
        "Meta 上周开源了 Llama 3.1。不少团队借助 Llama 3.1 真正开发出了自己的应用。\n\n"
        "另据报道，Meta 正在开发一款名为 Mango 的视频模型。",
        "2024-07-30",
        (("Llama 3.1", "status", "released"), ("Mango", "status", "upcoming")),
        (("Llama 3.1", "status", "upcoming"),),
    ),
    # Japanese: an open word followed by a denial ("ではなく", "とは呼べない") gives no rung
    RuleCase(
        "ja-dewanaku-denies-the-open-word",
        "報道によると、Metaの次期モデル「Avocado」はオープンソースではなく、企業向けの"
        "クローズドモデルとして提供される。",
        "2025-12-12",
        (("Avocado", "openness", "closed"),),
        (("Avocado", "openness", "open_weights"),),
    ),
    RuleCase(
        "ja-yobenai-denies-the-open-word",
        "Metaは7月18日、新しい言語モデル「Llama 2」を公開した。利用規約に大企業向けの制限が"
        "あるため、厳密にはLlama 2をオープンソースとは呼べないという指摘もある。",
        "2023-07-20",
        (("Llama 2", "status", "released"),),
        (("Llama 2", "openness", "open_weights"),),
    ),
    # Japanese closed words: proprietary, a closed kind of model, a non-public form
    RuleCase(
        "ja-proprietary",
        "関係者によると、Metaが準備する「Avocado」はプロプライエタリなモデルとして販売される。",
        "2025-12-12",
        (("Avocado", "openness", "closed"),),
        (("Avocado", "openness", "open_weights"),),
    ),
    RuleCase(
        "ja-heisagata-and-hikoukai",
        "Metaの新モデル「Avocado」は閉鎖型のモデルとなり、重みは非公開形式で扱われる。",
        "2025-12-12",
        (("Avocado", "openness", "closed"),),
        (),
    ),
    # Japanese: a release planned or aimed at is upcoming ("リリースを目指し", "リリースされる
    # 予定"), not released
    RuleCase(
        "ja-release-aimed-at",
        "Metaは画像と動画のモデル「Mango」について、来年前半のリリースを目指している。",
        "2025-12-20",
        (("Mango", "status", "upcoming"),),
        (("Mango", "status", "released"),),
    ),
    RuleCase(
        "ja-release-scheduled-passive",
        "Metaの次世代モデル「Avocado」は、来年の春にAPI経由でリリースされる予定だ。",
        "2025-12-12",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "status", "released"),),
    ),
    # a headline that closes on "を公開" or "として公開" reports a release; "を公開へ" (to
    # release) does not
    RuleCase(
        "ja-headline-wo-koukai",
        "Meta、最新の大規模言語モデル「Llama 3」をオープンソースとして公開\n\n"
        "8Bと70Bの二つのサイズが用意された。",
        "2024-04-19",
        (("Llama 3", "status", "released"),),
        (),
    ),
    RuleCase(
        "ja-headline-koukai-he-is-a-plan",
        "Meta、新モデル「Llama 4」の上位版「Behemoth」を公開へ\n\n"
        "同社はBehemothについて、年内のリリースを目指しているという。",
        "2025-04-10",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # Korean: an open word a few words before "…가 아니라", "…이 아닌" or "…와 달리" is denied
    # or describes what the subject is set against
    RuleCase(
        "ko-anira-denies-the-open-word",
        "메타가 새 모델 Avocado를 개발 중이다. 업계에 따르면 Avocado는 가중치를 공개하는 "
        "오픈웨이트 방식이 아니라 폐쇄형으로 개발되고 있다.",
        "2025-12-12",
        (("Avocado", "openness", "closed"),),
        (("Avocado", "openness", "open_weights"),),
    ),
    RuleCase(
        "ko-dalli-sets-the-open-line-against",
        "메타가 새 모델 Avocado를 개발 중이다. Avocado는 오픈소스로 나왔던 라마 시리즈와 "
        "달리 외부에 가중치를 내놓지 않는 폐쇄형 모델이다.",
        "2025-12-12",
        (("Avocado", "openness", "closed"),),
        (("Avocado", "openness", "open_weights"),),
    ),
    # Hindi: a launch halted ("लॉन्चिंग पर रोक") is a model still to come; "लॉन्च किया"
    # (launched) is out; "लॉन्च किया जाएगा" (will be launched) is not
    RuleCase(
        "hi-launch-halted",
        "Meta ने नए AI मॉडल Avocado की लॉन्चिंग पर रोक लगाई\n\n"
        "कंपनी के अंदरूनी परीक्षणों में यह मॉडल अपने प्रतिद्वंद्वियों से पीछे रहा.",
        "2026-03-13",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "hi-launched",
        "Meta ने मंगलवार को अपना नया मॉडल Muse Spark लॉन्च किया. यह मॉडल फिलहाल Meta AI ऐप में उपलब्ध है.",
        "2026-04-09",
        (("Muse Spark", "status", "released"),),
        (("Muse Spark", "status", "upcoming"),),
    ),
    RuleCase(
        "hi-about-to-launch",
        "Meta जल्द ही अपना अगला बड़ा मॉडल Avocado लॉन्च करने जा रही है. इसे अगले साल के शुरू में "
        "लॉन्च किया जाएगा.",
        "2025-12-12",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


#: (id, text, published, model, attribute, value, certainty)
CERTAINTY_CASES = [
    # Chinese "据…获悉" (as a source learned) attributes what follows
    (
        "zh-ju-huoxi-is-reported",
        "据彭博社获悉，Meta 正在研发新一代模型 Avocado。",
        "2025-12-12",
        "Avocado",
        "status",
        "upcoming",
        "reported",
    ),
    # Japanese "商用利用が可能な" (usable commercially) is no hedge
    (
        "ja-kanou-na-is-no-hedge",
        "Metaは7月18日、商用利用が可能な新しい言語モデル「Llama 2」を公開した。",
        "2023-07-20",
        "Llama 2",
        "status",
        "released",
        "confirmed",
    ),
    # Japanese "予定" (scheduled) is a plan stated plainly, as English "scheduled"
    (
        "ja-yotei-is-a-plain-plan",
        "AvocadoはMetaが2026年第1四半期に投入予定の新しい基盤モデルだ。",
        "2025-12-12",
        "Avocado",
        "status",
        "upcoming",
        "confirmed",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "model", "attribute", "value", "certainty"),
    [c[1:] for c in CERTAINTY_CASES],
    ids=[c[0] for c in CERTAINTY_CASES],
)
def test_certainty_case(
    text: str, published: str, model: str, attribute: str, value: str, certainty: str
) -> None:
    facts = facts_of(text, published)
    found = find(facts, model, attribute, value)
    assert found, f"missing {model} {attribute}={value!r} in:\n{describe(facts)}"
    assert {f.certainty for f in found} == {certainty}, describe(found)
