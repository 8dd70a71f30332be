"""Language rules of a seventeenth round's second pass, each on sentences written for it.

Japanese and Korean comparison markers after a name, spec fields of Chinese and Japanese
sheets, and a Thai record. Each case is a ``RuleCase`` (helpers_extract): a post, the
facts that must come out and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # a comparison marker follows the compared name in Japanese and Korean: the name is
    # the baseline, and "this model" after a fronted comparison is the model in focus
    RuleCase(
        "ja-compared-after-name",
        "Metaは新しいLlama 4 Maverickを公開した。Llama 3.3と比べて、このモデルは170億の"
        "アクティブパラメータで動く。",
        "2025-04-07",
        (("Llama 4 Maverick", "params_active", 17_000_000_000),),
        (("Llama 3.3", "params_active", None),),
    ),
    RuleCase(
        "ja-like-the-sibling",
        "Llama 4 Maverickの仕様\n\n- 構成: Llama 4 Scoutと同様に、このモデルも170億の"
        "アクティブ・パラメータで推論を行う。",
        "2025-05-02",
        (("Llama 4 Maverick", "params_active", 17_000_000_000),),
        (("Llama 4 Scout", "params_active", None),),
    ),
    RuleCase(
        "ko-compared-after-name",
        "메타가 라마 4 매버릭을 새로 선보였다. 라마 3.3에 비해 이 모델은 170억 개의 활성 "
        "파라미터만 쓴다.",
        "2025-04-08",
        (("Llama 4 Maverick", "params_active", 17_000_000_000),),
        (("Llama 3.3", "params_active", None),),
    ),
    RuleCase(
        "ko-same-as-the-sibling",
        "메타가 라마 4 매버릭을 새로 선보였다. 라마 4 스카우트와 마찬가지로, 이 모델은 170억 "
        "개의 활성 파라미터를 갖췄다.",
        "2025-04-08",
        (("Llama 4 Maverick", "params_active", 17_000_000_000),),
        (("Llama 4 Scout", "params_active", None),),
    ),
    # "sixteen times the Llama 3 model's": the older model is what the window is set against
    RuleCase(
        "ja-multiple-from-older-model",
        "Meta Llama 3.1 (70B)\n\n主な仕様\n\n- コンテキスト長: 128,000個のトークン(Meta Llama "
        "3モデルから16倍に拡大)。",
        "2025-03-01",
        (("Llama 3.1", "context_window", 128_000),),
        (("Llama 3", "context_window", None),),
    ),
    # a spec sheet laid out as a label line and a value line, in Chinese
    RuleCase(
        "zh-sheet-architecture-and-modality",
        "Llama 3.3 70B\n\n参数\n\n70B\n\n架构\n\nDense\n\n模态\n\nText\n",
        "2025-01-15",
        (
            ("Llama 3.3", "architecture", "dense"),
            ("Llama 3.3", "modalities", ["text"]),
        ),
        (),
    ),
    # a line of prose under a heading that happens to be the word for architecture is not
    # the field's value
    RuleCase(
        "zh-architecture-heading-over-prose",
        "Meta 发布了 Llama 3.1 405B。\n\n架构\n\n对比来看，DeepSeek-V3 用的是 MoE 设计。\n",
        "2024-07-25",
        (),
        (("Llama 3.1", "architecture", "moe"),),
    ),
    # "label: value" fields in a script without capitals
    RuleCase(
        "ja-colon-fields",
        "Meta Llama 3.1 (70B)\n\n主な仕様\n\n- モデル・サイズ: 700億のパラメータ\n"
        "- コンテキスト長: 128,000トークン\n- アーキテクチャ: Dense\n",
        "2025-03-01",
        (
            ("Llama 3.1", "params_total", 70_000_000_000),
            ("Llama 3.1", "context_window", 128_000),
            ("Llama 3.1", "architecture", "dense"),
        ),
        (),
    ),
    # a blog's "公開日:" dates the article, not the model
    RuleCase(
        "ja-colon-publication-date-is-not-a-release",
        "Llama 3.2の解説記事\n\n公開日: 2025年1月10日\n\nMetaのLlama 3.2は軽量な言語モデルだ。",
        "2025-01-10",
        (),
        (("Llama 3.2", "release_date", None),),
    ),
    # the loanword for image in a list of inputs
    RuleCase(
        "ja-image-loanword",
        "Llama 4 Maverickの特長\n\n- テキストとイメージを入力として受け付け、テキストを返す。",
        "2025-05-02",
        (("Llama 4 Maverick", "modalities", ["image", "text"]),),
        (),
    ),
    # Thai: a launch and the context window; a launch not yet made; a training model
    RuleCase(
        "th-launch-and-context",
        "Meta เปิดตัว Llama 3.1 รุ่นใหม่ล่าสุด โดยขยายความยาวบริบทเป็น 128K โทเค็น ให้นักพัฒนานำไปใช้งานได้ทันที",
        "2024-07-25",
        (
            ("Llama 3.1", "status", "released"),
            ("Llama 3.1", "context_window", 128_000),
        ),
        (),
    ),
    RuleCase(
        "th-not-yet-launched",
        "Meta ปล่อยออกมาแล้วสองรุ่นคือ Llama 4 Scout และ Llama 4 Maverick ส่วน Llama 4 "
        "Behemoth นั้นยังอยู่ระหว่างการฝึกและยังไม่ได้เปิดตัวต่อสาธารณะ",
        "2025-04-10",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Behemoth", "status", "upcoming"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # a wiki infobox's "stable release" row names the model and its day
    RuleCase(
        "th-infobox-stable-release",
        "นักพัฒนา | Meta AI |\n---|---|\nปล่อยตัวเสถียร | Llama 3.3 / 6 ธันวาคม 2024 |\n"
        "Llama เป็นตระกูลโมเดลภาษาของ Meta ที่ได้รับความนิยมในหมู่นักพัฒนาทั่วโลก",
        "2025-01-20",
        (
            ("Llama 3.3", "status", "released"),
            ("Llama 3.3", "release_date", "2024-12-06"),
        ),
        (),
    ),
    # "a developing country" is no model in development
    RuleCase(
        "th-developing-country-is-not-development",
        "หน่วยงานในประเทศกำลังพัฒนาหลายแห่งเลือกใช้ Llama 3 เพื่อสร้างบริการภาษาท้องถิ่น",
        "2024-09-01",
        (),
        (("Llama 3", "status", "upcoming"),),
    ),
    # Chinese "开源" naming a camp or a race, not the model's weights
    RuleCase(
        "zh-open-source-camp-is-no-openness",
        "Avocado 是 Meta 正在打造的新模型，业内人士认为它将影响开源阵营接下来的走向。",
        "2026-01-05",
        (),
        (("Avocado", "openness", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
