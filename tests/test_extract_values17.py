"""Value-reading rules from a seventeenth round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # (1) another language's "last year" / "next year": the year before or after the post's
    RuleCase(
        "es-el-ano-pasado-is-the-year-before",
        "La empresa prepara ya su siguiente modelo de lenguaje. Meta publicó Llama 2 el año "
        "pasado y desde entonces lo han descargado millones de desarrolladores.",
        "2024-03-05",
        (("Llama 2", "release_date", "2023"),),
        (("Llama 2", "release_date", "2024"),),
    ),
    RuleCase(
        "zh-qunian-is-the-year-before",
        "开源模型在开发者中很受欢迎。Meta去年发布了Llama 2，至今已有数百万开发者下载。",
        "2024-03-05",
        (("Llama 2", "release_date", "2023"),),
        (),
    ),
    RuleCase(
        "de-naechstes-jahr-is-the-year-after",
        "Meta plant ein neues Modell. Das Unternehmen will Avocado nächstes Jahr "
        "veröffentlichen, berichten mehrere Medien unter Berufung auf Insider. Das Modell "
        "soll nicht mehr offen sein.",
        "2025-12-11",
        (("Avocado", "release_date", "2026"),),
        (("Avocado", "release_date", "2025"),),
    ),
    # a day said in the same sentence is the model's own; "last year" there is another's
    RuleCase(
        "ko-last-year-of-the-family-leaves-the-day",
        "메타가 지난해 선보인 오픈소스 모델 '라마'의 후속작인 '라마3'를 18일 공개했다. "
        "라마3는 누구나 내려받을 수 있다.",
        "2024-04-18",
        (("Llama 3", "release_date", "2024-04-18"),),
        (("Llama 3", "release_date", "2023"),),
    ),
    # (2) Portuguese "no" is "in the": "no formato de pesos abertos" is no denial
    RuleCase(
        "pt-no-formato-is-not-a-denial",
        "Os modelos de linguagem da empresa estão entre os mais usados por desenvolvedores. "
        "Os dois modelos, o Llama 4 Scout e o Llama 4 Maverick, foram disponibilizados no "
        "formato de pesos abertos para desenvolvedores e empresas.",
        "2025-04-08",
        (("Llama 4 Scout", "openness", "open_weights"),),
        (),
    ),
    # while Spanish "no" before a verb still denies
    RuleCase(
        "es-no-before-a-verb-still-denies",
        "Meta prepara un nuevo modelo llamado Avocado, según varios medios. Fuentes del "
        "sector apuntan a que será propietario y que los programadores no podrían bajar sus "
        "pesos abiertos.",
        "2025-12-10",
        (),
        (("Avocado", "openness", "open_weights"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
