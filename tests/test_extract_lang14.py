"""Language rules from a fourteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # Russian is read as the other languages are: release verbs in the past and the
    # passive, dates with the month in the genitive, sizes in "млрд"/"миллиардов", the
    # context window in tokens, open weights.
    RuleCase(
        "ru-release-date-sizes-and-window",
        "Компания Meta выпустила модель Llama 3.3 18 ноября 2024 года. Llama 3.3 имеет "
        "70 миллиардов параметров и поддерживает длину контекста 128 000 токенов.",
        "2024-12-20",
        (
            ("Llama 3.3", "status", "released"),
            ("Llama 3.3", "release_date", "2024-11-18"),
            ("Llama 3.3", "params_total", 70_000_000_000),
            ("Llama 3.3", "context_window", 128_000),
        ),
        (),
    ),
    RuleCase(
        "ru-active-and-total-in-a-member-line",
        "На этой неделе Meta представила семейство Llama 4, и в нём есть модели с открытыми "
        "весами для разработчиков. Llama 4 Maverick – модель на 400 млрд параметров в общей "
        "сложности, из них 17 млрд активных параметров.",
        "2025-04-09",
        (
            ("Llama 4 Maverick", "params_active", 17_000_000_000),
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
        ),
        (("Llama 4 Maverick", "params_total", 17_000_000_000),),
    ),
    RuleCase(
        "ru-open-source-and-release",
        "Вчера Meta выпустила Llama 3, новую языковую модель с открытым исходным кодом.",
        "2024-04-19",
        (
            ("Llama 3", "status", "released"),
            ("Llama 3", "openness", "open_weights"),
        ),
        (),
    ),
    # A report or a paper is what came out, not the model
    RuleCase(
        "ru-a-report-released-is-not-the-model",
        "Недавно Meta выпустила подробный отчёт об обучении моделей Llama 3.1.",
        "2024-08-10",
        (),
        (("Llama 3.1", "status", None),),
    ),
    RuleCase(
        "ru-still-training-is-upcoming",
        "Llama 4 Behemoth всё ещё обучается и будет представлена позже, сообщает Meta.",
        "2025-04-09",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # a Russian list joined by "и" shares its verb; a member held back has its own
    RuleCase(
        "ru-list-with-i-shares-the-verb",
        "На выходных Meta выпустила Llama 4 Scout и Llama 4 Maverick, а Llama 4 Behemoth "
        "пока не выпущена и всё ещё обучается.",
        "2025-04-07",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
            ("Llama 4 Behemoth", "status", "upcoming"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # a relative clause speaks of the name before it, not of the sentence's subject
    RuleCase(
        "ru-relative-clause-is-not-the-subject",
        "По тестам Llama 3 обходит Llama 2, которую компания выпустила в июле 2023 года.",
        "2024-04-25",
        (),
        (("Llama 3", "status", None), ("Llama 3", "release_date", None)),
    ),
    RuleCase(
        "ru-will-come-out-is-upcoming",
        "Ожидается, что Avocado выйдет в первом квартале 2026 года.",
        "2025-12-10",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026-Q1")),
        (("Avocado", "status", "released"),),
    ),
    # the noun first, as a licence field's value: research only
    RuleCase(
        "fr-licence-field-research-only",
        "Voici le guide de la famille de modèles de Meta, avec les tailles et la licence de "
        "chaque version pour que les équipes puissent comparer.\n\nLlama 1\n\n- Tailles : "
        "7B, 13B, 33B, 65B\n- Licence : Recherche uniquement (usage non commercial)\n",
        "2024-05-02",
        (("Llama 1", "openness", "research_only"),),
        (("Llama 1", "openness", "open_weights"),),
    ),
    RuleCase(
        "es-licence-field-research-only",
        "Esta es la guía de la familia de modelos de Meta, con los tamaños y la licencia de "
        "cada versión para que los equipos puedan comparar.\n\nLlama 1\n\n- Tamaños: 7B, "
        "13B, 33B y 65B\n- Licencia: investigación únicamente\n",
        "2024-05-02",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    # "Llama 3.x" is the line of point releases, not Llama 3 itself
    RuleCase(
        "point-x-line-is-not-the-generation",
        "Critics say the Llama 3.x Community License still limits who may use the weights.",
        "2025-01-10",
        (),
        (("Llama 3", "license", None),),
    ),
    RuleCase(
        "capital-x-line-is-not-the-generation",
        "A newsletter about Llama 4.X said the next models will be released under a new "
        "license later this year.",
        "2025-08-30",
        (),
        (("Llama 4", "status", None), ("Llama 4", "license", None)),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
