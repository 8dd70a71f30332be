"""Language rules from a sixteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

_OPENINGS = {
    "it": "La società ha mostrato oggi una famiglia di modelli, con Llama 4 Scout e Llama 4 "
    "Maverick che sono già disponibili per chi sviluppa e per le imprese. ",
    "pt": "A empresa mostrou hoje uma família de modelos, com o Llama 4 Scout e o Llama 4 "
    "Maverick que já estão disponíveis para quem desenvolve e para as empresas. ",
    "es": "La empresa mostró hoy una familia de modelos, con Llama 4 Scout y Llama 4 Maverick "
    "que ya están disponibles para quien desarrolla y para las empresas. ",
    "fr": "La société a présenté aujourd'hui une famille de modèles, avec Llama 4 Scout et Llama "
    "4 Maverick, déjà disponibles pour les équipes et pour les entreprises. ",
}

_NOT_YET = [
    ("it", "Quanto a Llama 4 Behemoth, il modello non è ancora disponibile."),
    ("it", "Llama 4 Behemoth, il più grande: non ancora rilasciato, ma in arrivo."),
    ("pt", "Quanto ao Llama 4 Behemoth, o modelo ainda não está disponível."),
    ("pt", "O Llama 4 Behemoth, o maior de todos, ainda não foi disponibilizado."),
    ("es", "En cuanto a Llama 4 Behemoth, el modelo todavía no está disponible."),
    ("es", "Llama 4 Behemoth, el mayor de todos, aún no están disponibles sus pesos."),
    ("fr", "Quant à Llama 4 Behemoth, le modèle n'a pas encore été publié."),
    ("fr", "Llama 4 Behemoth, le plus grand, n'est pas encore déployé."),
    # "still in its training phase / process"
    ("fr", "Le modèle Llama 4 Behemoth, encore en phase d’entraînement, est le plus grand."),
    ("pt", "A empresa diz que o Llama 4 Behemoth segue em processo de treinamento."),
]

CASES = [
    # "not yet available / released" in Italian, Portuguese, Spanish and French: the member
    # named with it is coming, never released with its siblings
    *(
        RuleCase(
            f"{code}-not-yet-out-{i}",
            _OPENINGS[code] + tail,
            "2025-04-10",
            (
                ("Llama 4 Scout", "status", "released"),
                ("Llama 4 Behemoth", "status", "upcoming"),
            ),
            (("Llama 4 Behemoth", "status", "released"),),
        )
        for i, (code, tail) in enumerate(_NOT_YET)
    ),
    # French "hier soir" / "hier matin" (last night, yesterday morning) date a launch to
    # the day before the post; "hier" alone is German "here" and dates nothing
    RuleCase(
        "fr-hier-soir-dates-the-launch",
        "La société a lancé hier soir le modèle Llama 3.1 405B, qui est disponible pour les "
        "équipes dans le monde entier avec une fenêtre de contexte de 128 000 jetons.",
        "2024-07-24",
        (
            ("Llama 3.1", "status", "released"),
            ("Llama 3.1", "release_date", "2024-07-23"),
        ),
        (),
    ),
    RuleCase(
        "fr-hier-matin-dates-the-launch",
        "Le groupe a dévoilé hier matin le modèle Llama 3.3 70B, qui est disponible pour les "
        "équipes et pour les entreprises.",
        "2024-12-07",
        (("Llama 3.3", "release_date", "2024-12-06"),),
        (),
    ),
    RuleCase(
        "de-hier-is-here-not-yesterday",
        "Der Konzern hat Llama 3.3 veröffentlicht, und hier ist das Modell für alle und mit "
        "einer Lizenz verfügbar, die auch die kommerzielle Nutzung erlaubt.",
        "2024-12-07",
        (("Llama 3.3", "status", "released"),),
        (("Llama 3.3", "release_date", "2024-12-06"),),
    ),
    # Spanish "no" before a verb denies it; Portuguese "no" ("in the") denies nothing
    RuleCase(
        "es-no-before-a-verb-denies",
        "La empresa presentó hoy Llama 4 Scout para los equipos y las empresas. La compañía no "
        "ha lanzado Llama 4 Behemoth, que es el mayor de la serie.",
        "2025-04-10",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "pt-no-is-in-the",
        "A empresa lançou hoje o Llama 4 Scout para os programadores e para as empresas. No "
        "site da empresa, o modelo Llama 4 Scout tem pesos abertos para todos.",
        "2025-04-10",
        (("Llama 4 Scout", "openness", "open_weights"),),
        (),
    ),
    # the rarer Japanese spelling "コンテクスト" of the context window
    RuleCase(
        "ja-kontekusuto-context-window",
        "同社はLlama 4 Scoutを公開した。このモデルのコンテクスト長は1000万トークンで、"
        "単一のGPUで動作する。",
        "2025-04-10",
        (("Llama 4 Scout", "context_window", 10_000_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
