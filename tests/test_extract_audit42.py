"""Precision audit of the forty-second round: pages in other languages, on sentences
written for them.

Spanish and Portuguese set other models apart with "besides" ("además de", "além de"):
"besides the released models, Meta showed X, still in training" gives the release to
the others, and "Meta released X and Y, besides announcing a third model still in
development" gives the development to the third. Neither the release nor the
development reaches the model the other half of the sentence names. The word for
"besides" that opens a sentence on a verb ("Além disso", "Además de ser …") says nothing
of other models and changes nothing.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # Spanish: "besides the launched models" opens the sentence; the launch is theirs
    RuleCase(
        "es-besides-the-launched-models-leaves-the-named-one-in-training",
        "Además de los modelos lanzados este fin de semana, Meta dejó ver a Llama 4 Behemoth, "
        "que sigue en fase de entrenamiento.",
        "2025-04-07",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "es-aside-from-the-launched-models",
        "Aparte de los modelos lanzados en abril, la empresa enseñó Llama 4 Behemoth, todavía "
        "en desarrollo según sus ingenieros.",
        "2025-04-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # Spanish: after a comma, "besides showing a third model still in development"
    RuleCase(
        "es-besides-showing-a-third-model-keeps-the-listed-ones-out",
        "La novedad del sábado trajo dos opciones: Llama 4 Scout y Llama 4 Maverick, además de "
        "mostrar un tercer modelo que sigue en desarrollo.",
        "2025-04-07",
        (),
        (("Llama 4 Scout", "status", "upcoming"), ("Llama 4 Maverick", "status", "upcoming")),
    ),
    # Portuguese: the same two turns
    RuleCase(
        "pt-besides-revealing-a-third-model-keeps-the-listed-ones-out",
        "A estreia do fim de semana trouxe duas opções: Llama 4 Scout e Llama 4 Maverick, além "
        "de revelar um terceiro modelo que segue em desenvolvimento.",
        "2025-04-07",
        (),
        (("Llama 4 Scout", "status", "upcoming"), ("Llama 4 Maverick", "status", "upcoming")),
    ),
    RuleCase(
        "pt-besides-the-launched-models-opens-the-sentence",
        "Além dos modelos lançados nesta semana, a Meta mostrou o Llama 4 Behemoth, que ainda "
        "está em desenvolvimento.",
        "2025-04-09",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # the silent side: "Além disso" (furthermore) and "Además de ser …" (besides being) speak
    # of the sentence's own model; its release stays
    RuleCase(
        "pt-furthermore-is-no-besides",
        "Além disso, o Llama 3.1 foi lançado em julho com uma janela de 128 mil tokens.",
        "2024-08-02",
        (("Llama 3.1", "status", "released"), ("Llama 3.1", "release_date", "2024-07")),
        (),
    ),
    RuleCase(
        "es-besides-being-open-keeps-the-subjects-release",
        "Además de ser de código abierto, Llama 3 fue lanzado en abril por Meta.",
        "2024-05-03",
        (("Llama 3", "status", "released"), ("Llama 3", "release_date", "2024-04")),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
