"""Language rules from a seventeenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

_OPENINGS = {
    "it": "Il gruppo ha presentato ieri tre modelli: Llama 4 Scout e Llama 4 Maverick si possono "
    "già scaricare, mentre Llama 4 Behemoth ha 2 trilioni di parametri. ",
    "pt": "A empresa mostrou hoje uma família de modelos, com o Llama 4 Scout e o Llama 4 "
    "Maverick que já estão disponíveis para quem desenvolve. O Llama 4 Behemoth tem 2 "
    "trilhões de parâmetros. ",
    "es": "El grupo presentó ayer tres modelos: Llama 4 Scout y Llama 4 Maverick ya se pueden "
    "descargar, y Llama 4 Behemoth tiene 2 billones de parámetros. ",
}

_SUBJUNCTIVE = [
    ("it", "Benché non sia ancora stato rilasciato, il gruppo afferma che Behemoth vince."),
    ("it", "Sebbene non sia ancora disponibile, il gruppo dice che Behemoth vince."),
    ("pt", "Embora ainda não tenha sido lançado, o grupo garante que o Behemoth vence."),
    ("pt", "Embora ainda não esteja disponível, o grupo garante que o Behemoth vence."),
    ("it", "Pur non essendo ancora ufficialmente rilasciato, il gruppo dice che Behemoth vince."),
    ("it", "Il gruppo è ancora impegnato nell'addestramento di Llama 4 Behemoth."),
    ("es", "Aunque todavía no se haya lanzado, el grupo asegura que Behemoth gana."),
    ("es", "Aunque aún no esté disponible, el grupo asegura que Behemoth gana."),
]

CASES = [
    # "although it has not yet been released" in the subjunctive, with the subject dropped:
    # the clause before the comma is said of the model the sentence goes on to name
    *(
        RuleCase(
            f"{code}-subjunctive-not-yet-{i}",
            _OPENINGS[code] + tail,
            "2025-04-06",
            (("Llama 4 Behemoth", "status", "upcoming"),),
            (("Llama 4 Behemoth", "status", "released"),),
        )
        for i, (code, tail) in enumerate(_SUBJUNCTIVE)
    ),
    # French keeps its subject ("bien qu'il ne soit pas encore publié"): the same reading
    RuleCase(
        "fr-subjunctive-not-yet",
        "La société a présenté aujourd'hui Llama 4 Scout et Llama 4 Maverick, déjà "
        "disponibles pour les entreprises. Llama 4 Behemoth est le plus gros des trois. Bien "
        "qu'il ne soit pas encore publié, la société dit que Behemoth gagne.",
        "2025-04-06",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # English words inside a Turkish post: "10 Milyon Token Context Window" is the window
    RuleCase(
        "tr-english-context-window",
        "Meta bu hafta yeni Llama 4 ailesini bir blog yazısı ile kullanıma sundu ve iki model "
        "için ağırlıkları indirilebilir olarak paylaştı. Bu yazıda modelleri daha yakından "
        "inceliyoruz.\n- Llama 4 Scout: Tek bir GPU üzerinde çalışabilen küçük bir model. En "
        "önemli yanı, sunduğu 10 Milyon Token Context Window (Bağlam Penceresi); bu da "
        "çok uzun belgeler için ideal.\n- Llama 4 Maverick: Daha büyük olan ve sohbet için "
        "tasarlanan model.",
        "2025-04-06",
        (("Llama 4 Scout", "context_window", 10_000_000),),
        (("Llama 4 Maverick", "context_window", 10_000_000),),
    ),
    # a leading clause that names something of its own keeps its cut: the "not yet" there
    # is said of what it names, never of the model after the comma
    RuleCase(
        "it-named-lead-keeps-its-cut",
        _OPENINGS["it"]
        + "Sebbene la versione 5 non sia ancora disponibile, il gruppo dice che Behemoth vince.",
        "2025-04-06",
        (),
        (("Llama 4 Behemoth", "status", "upcoming"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: RuleCase) -> None:
    check_rule_case(case)
