"""Binding rules from a seventeenth round: recall on real pages without losing precision.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. Sentences are written for the tests.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # The held-back words of a European language hold back only the member they follow.
    RuleCase(
        "held-back-words-italian-only-the-member-they-follow",
        "La società ha mostrato Llama 4 Scout, Llama 4 Maverick e Llama 4 Behemoth, "
        "tuttora in fase di addestramento. I modelli sono stati pubblicati ieri.",
        "2025-04-08",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
        ),
        (("Llama 4 Scout", "status", "upcoming"), ("Llama 4 Behemoth", "status", "released")),
    ),
    RuleCase(
        "held-back-words-german-capitalised-noun",
        "Das Unternehmen zeigte Llama 4 Scout, Llama 4 Maverick und Llama 4 Behemoth, "
        "das sich noch im Training befindet. Die Modelle wurden am Montag veröffentlicht.",
        "2025-04-08",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Maverick", "status", "released"),
        ),
        (("Llama 4 Maverick", "status", "upcoming"),),
    ),
    RuleCase(
        "held-back-words-french",
        "L'entreprise a dévoilé Llama 4 Scout, Llama 4 Maverick et Llama 4 Behemoth, "
        "toujours en phase d'entraînement. Les modèles sont disponibles depuis lundi.",
        "2025-04-08",
        (("Llama 4 Behemoth", "status", "upcoming"), ("Llama 4 Scout", "status", "released")),
        (("Llama 4 Behemoth", "status", "released"), ("Llama 4 Scout", "status", "upcoming")),
    ),
    # Korean: a clause ending in the adnominal 은 modifies the name right after it.
    RuleCase(
        "korean-adnominal-eun-holds-back-the-name-after-it",
        "회사는 라마 4 스카우트와 라마 4 매버릭을 내놓았다.\n\n"
        "두 모델은 회사가 아직 외부에 정식 공개하지 않은 '라마 4 비히모스'를 바탕으로 만들어졌다.",
        "2025-04-08",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Scout", "status", "released"),
        ),
        (("Llama 4 Scout", "status", "upcoming"), ("Llama 4 Behemoth", "status", "released")),
    ),
    # "The latter …" right after a list speaks of the list's last model alone.
    RuleCase(
        "the-latter-italian-is-the-last-model-listed",
        "La società ha pubblicato Llama 4 lunedì. I modelli Llama 4 sono tre: Scout, Maverick "
        "e Behemoth. Quest'ultimo (tuttora in addestramento) conta 2.000 miliardi di parametri.",
        "2025-04-08",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "params_total", 2_000_000_000_000),
        ),
        (
            ("Llama 4 Scout", "params_total", None),
            ("Llama 4 Maverick", "params_total", None),
            ("Llama 4 Behemoth", "status", "released"),
        ),
    ),
    RuleCase(
        "the-latter-follows-the-order-of-the-list",
        "La società ha pubblicato Llama 4 lunedì. I modelli Llama 4 sono Behemoth, Maverick "
        "e Scout. Quest'ultimo ha 109 miliardi di parametri.",
        "2025-04-08",
        (("Llama 4 Scout", "params_total", 109_000_000_000),),
        (("Llama 4 Behemoth", "params_total", None), ("Llama 4 Maverick", "params_total", None)),
    ),
    # A stray month-only page stamp ("date 2025-04") glued to the first sentence dates the
    # page, not the release the sentence tells of, as a full-day stamp already did not.
    RuleCase(
        "a-month-only-page-stamp-dates-no-release",
        "date 2025-04 After a long wait the company has put out Llama 4 Scout and Llama 4 "
        "Maverick with open weights.",
        "2025-04-30",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "release_date", None), ("Llama 4 Maverick", "release_date", None)),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
