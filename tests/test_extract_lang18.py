"""Language rules from an eighteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # "…, but only N are active": the tail goes on with the same subject's figures
    RuleCase(
        "fr-mais-seulement-active",
        "Le groupe a publié cette semaine Llama 4 Scout pour les développeurs. Le modèle "
        "Llama 4 Scout compte 109B paramètres répartis sur 16 experts, mais seulement "
        "17B paramètres restent actifs pour chaque jeton.",
        "2025-04-06",
        (("Llama 4 Scout", "params_active", 17_000_000_000),),
        (),
    ),
    RuleCase(
        "en-but-only-active",
        "The lab shipped Llama 4 Scout this week. Llama 4 Scout holds 109B total parameters "
        "across 16 experts, but only activates about 17B for each token.",
        "2025-04-06",
        (("Llama 4 Scout", "params_active", 17_000_000_000),),
        (),
    ),
    RuleCase(
        "es-pero-solo-active",
        "La empresa lanzó esta semana Llama 4 Scout. Llama 4 Scout reúne 109B parámetros, "
        "pero solo 17B parámetros están activos por token.",
        "2025-04-06",
        (("Llama 4 Scout", "params_active", 17_000_000_000),),
        (),
    ),
    # a dash before the sizes ("— each with", "— jeweils mit", "— 1B and 3B") goes on with
    # the subject's figures
    RuleCase(
        "de-dash-jeweils-mit-sizes",
        "Der Konzern hat heute Llama 2 veröffentlicht. Llama 2 ist ab sofort in sechs "
        "Größen erhältlich – jeweils mit 13 oder 70 Milliarden Parametern, dazu kommt "
        "jeweils eine Chat-Version.",
        "2023-07-20",
        (("Llama 2", "params_total", 70_000_000_000),),
        (),
    ),
    RuleCase(
        "en-dash-sizes-list",
        "The company released Llama 3.2 today. Llama 3.2 brings two small models — "
        "1B and 3B, both light enough to run on a phone.",
        "2024-09-25",
        (("Llama 3.2", "params_total", 3_000_000_000),),
        (),
    ),
    RuleCase(
        "en-dash-each-with",
        "The company released Llama 3.2 today for developers — each with 1 or 3 billion "
        "parameters.",
        "2024-09-25",
        (("Llama 3.2", "params_total", 3_000_000_000),),
        (),
    ),
    # a dash before a money figure is not a size tail
    RuleCase(
        "en-dash-money-not-sizes",
        "The company released Llama 3.2 today. Spending will reach $40 billion this year "
        "— the estimate is up $2 billion.",
        "2024-09-25",
        (),
        (("Llama 3.2", "params_total", 2_000_000_000),),
    ),
    # Korean number words: a thousand or a hundred before 만 or 억 multiplies it
    RuleCase(
        "ko-cheonman-tokens",
        "메타가 오늘 Llama 4 Scout를 공개했습니다. Llama 4 Scout는 최대 1천만 토큰의 긴 "
        "컨텍스트 윈도우를 지원합니다.",
        "2025-04-06",
        (("Llama 4 Scout", "context_window", 10_000_000),),
        (("Llama 4 Scout", "context_window", 10_000),),
    ),
    RuleCase(
        "ko-baengman-tokens",
        "메타가 오늘 Llama 4 Maverick을 공개했습니다. Llama 4 Maverick은 최대 2백만 토큰의 "
        "컨텍스트 윈도우를 지원합니다.",
        "2025-04-06",
        (("Llama 4 Maverick", "context_window", 2_000_000),),
        (),
    ),
    RuleCase(
        "ko-cheoneok-params",
        "메타가 오늘 Llama 4 Maverick을 공개했습니다. Llama 4 Maverick은 총 4천억 개의 "
        "파라미터를 갖췄습니다.",
        "2025-04-06",
        (("Llama 4 Maverick", "params_total", 400_000_000_000),),
        (),
    ),
    # "but only" without a figure still starts a clause of its own
    RuleCase(
        "en-but-only-no-figure",
        "The lab shipped Llama 4 Scout this week under its community license, but only "
        "Llama 4 Maverick is open weights.",
        "2025-04-06",
        (),
        (("Llama 4 Scout", "openness", "open_weights"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
