"""Value wordings of a twelfth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # "128 000 jetons": thousands grouped by a space, before the token word
    RuleCase(
        "a-space-grouped-token-count-is-a-window",
        "Meta a publié Llama 3.1, un modèle de 405 milliards de paramètres. "
        "Longueur de contexte : 128 000 jetons pour chaque requête, selon la fiche du modèle.",
        "2024-08-01",
        (("Llama 3.1", "context_window", 128_000),),
        (),
    ),
    RuleCase(
        "a-space-grouped-token-count-in-spanish",
        "Meta publicó Llama 3.1 con 405 mil millones de parámetros para los desarrolladores.\n\n"
        "Longitud de contexto: 128 000 tokens en cada ejecución del modelo.",
        "2024-08-01",
        (("Llama 3.1", "context_window", 128_000),),
        (),
    ),
    # negative: a space-grouped figure without the token word is no window
    RuleCase(
        "a-space-grouped-figure-without-tokens-is-not-a-window",
        "Meta a publié Llama 3.1, un modèle de 405 milliards de paramètres. "
        "Le contexte du lancement : 128 000 développeurs l'ont téléchargé la première semaine.",
        "2024-08-01",
        (),
        (("Llama 3.1", "context_window", None),),
    ),
    # "今年第一季" / "2026年第一季": a quarter written without 度, of a named or relative year
    RuleCase(
        "a-chinese-quarter-without-du-this-year",
        "多家媒體報導，Meta正在開發代號為Avocado的新模型，預計今年第一季發布。",
        "2026-01-20",
        (("Avocado", "release_date", "2026-Q1"),),
        (),
    ),
    RuleCase(
        "a-chinese-quarter-without-du-named-year",
        "據報導，Meta的新模型Avocado目標在2026年第二季推出，或以閉源形式提供。",
        "2025-12-20",
        (("Avocado", "release_date", "2026-Q2"),),
        (),
    ),
    # negative: 季節 is a season word, not a quarter
    RuleCase(
        "a-chinese-season-word-is-not-a-quarter",
        "Meta的新模型Avocado在2026年第一季節目中被提及，但發布時間仍未公布。",
        "2025-12-20",
        (),
        (("Avocado", "release_date", "2026-Q1"),),
    ),
    # "今年底": the end of this year is its fourth quarter
    RuleCase(
        "a-chinese-year-end-is-the-fourth-quarter",
        "知情人士稱，Meta正在研發代號為Avocado的新模型。該模型預計於今年底發布，或以閉源形式提供。",
        "2025-09-10",
        (("Avocado", "release_date", "2025-Q4"),),
        (),
    ),
    # "原先…今年底發布, 最新計畫則調整為…": the replaced plan gives way to the new target
    RuleCase(
        "a-chinese-replaced-plan-gives-way-to-the-new-target",
        "知情人士稱，原先預期Avocado模型於今年底發布，最新計畫則調整為明年第一季推出。",
        "2025-12-11",
        (("Avocado", "release_date", "2026-Q1"),),
        (("Avocado", "release_date", "2025-Q4"),),
    ),
    # negative: "最初於…發布" says when a thing began, not a replaced plan
    RuleCase(
        "a-chinese-first-release-is-not-a-replaced-plan",
        "Meta的Llama 3最初於2024年4月發布，有8B和70B兩種規模，並以開放權重形式提供給開發者。",
        "2024-09-10",
        (("Llama 3", "release_date", "2024-04"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


ACTIVE_CASES = [
    # "17B 激活参数": the field's compact size with another language's word for active,
    # also after a comma glued to a Chinese word ("109B 參數,17B 激活")
    RuleCase(
        "a-compact-size-with-a-chinese-active-word",
        "Meta发布了Llama 4 Scout模型。Scout 使用 16 个专家网络,实现了 109B 总参数但只有 "
        "17B 激活参数的设计,可以在单块显卡上运行。",
        "2025-04-08",
        (("Llama 4 Scout", "params_active", 17_000_000_000),),
        (("Llama 4 Scout", "params_total", 17_000_000_000),),
    ),
    RuleCase(
        "a-compact-active-size-after-a-glued-comma",
        "Meta发布了新一代模型系列。\n\nLlama 4 Scout:109B 參數,17B 激活,16 專家 MoE,可部署在單張 "
        "H100 上,適用于文檔分析與代碼任務。",
        "2025-04-08",
        (("Llama 4 Scout", "params_active", 17_000_000_000),),
        (),
    ),
    # negative: a label above the figure ("活跃参数 / 400B") is a table, not this wording
    RuleCase(
        "a-compact-size-without-an-active-word-after-is-not-active",
        "Meta发布了Llama 4 Maverick模型。Maverick 的总参数为 400B,上下文长度为 1M,"
        "采用混合专家架构。",
        "2025-04-08",
        (),
        (("Llama 4 Maverick", "params_active", None),),
    ),
]


@pytest.mark.parametrize("case", ACTIVE_CASES, ids=[c.id for c in ACTIVE_CASES])
def test_active_case(case: RuleCase) -> None:
    check_rule_case(case)
