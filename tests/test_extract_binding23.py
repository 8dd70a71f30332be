"""Binding rules from a twenty-third round, each on sentences written for it.

Which model a statement belongs to when the sentence does not name it: "the new models"
in other languages after a generation's members are named, a licence named after the
family alone under a model's entry, and a sentence that speaks of the model in focus by
its sizes, after which the topic carries on. Each case is a ``RuleCase``
(helpers_extract): a post, the facts that must come out and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

_LLAMA4_MOE = (
    ("Llama 4 Scout", "architecture", "moe"),
    ("Llama 4 Maverick", "architecture", "moe"),
)

CASES = [
    # "the new models" with the definite article, as English "the new models", refers
    # back to the members just named
    RuleCase(
        "pt-os-novos-modelos",
        "A Meta disponibilizou hoje a família Llama 4, com o Llama 4 Scout e o Llama 4 "
        "Maverick, que já podem ser descarregados a partir do site da empresa. A empresa "
        "quer responder aos rivais da China com uma oferta de pesos abertos para todos.\n"
        "Os novos modelos assentam numa arquitetura Mixture of Experts (MoE), que só "
        "ativa uma parte da rede para cada pedido do utilizador.",
        "2025-04-08",
        _LLAMA4_MOE,
        (),
    ),
    RuleCase(
        "es-los-nuevos-modelos",
        "La empresa de Menlo Park ha puesto a disposición de los desarrolladores Llama 4 "
        "Scout y Llama 4 Maverick, que se pueden descargar desde su web. La empresa "
        "quiere responder a sus rivales chinos.\nLos nuevos modelos se basan en una "
        "arquitectura Mixture of Experts (MoE) y solo activan una parte de la red para "
        "cada consulta que reciben.",
        "2025-04-08",
        _LLAMA4_MOE,
        (),
    ),
    RuleCase(
        "fr-les-nouveaux-modeles",
        "Le groupe de Menlo Park a mis en ligne Llama 4 Scout et Llama 4 Maverick, que "
        "les développeurs peuvent déjà télécharger sur son site. Le groupe veut répondre "
        "à ses rivaux chinois.\nLes nouveaux modèles "
        "reposent sur une architecture Mixture of Experts (MoE) et n'activent qu'une "
        "partie du réseau pour chaque requête qu'ils reçoivent.",
        "2025-04-08",
        _LLAMA4_MOE,
        (),
    ),
    RuleCase(
        "it-i-nuovi-modelli",
        "Il gruppo di Menlo Park ha messo a disposizione degli sviluppatori Llama 4 Scout "
        "e Llama 4 Maverick, che si possono già scaricare dal suo sito. Il gruppo vuole "
        "rispondere ai rivali cinesi.\nI nuovi modelli "
        "si basano su un'architettura Mixture of Experts (MoE) e attivano solo una parte "
        "della rete per ogni richiesta che ricevono.",
        "2025-04-08",
        _LLAMA4_MOE,
        (),
    ),
    # another lab's models in focus: "the new models" are theirs
    RuleCase(
        "pt-os-novos-modelos-of-another-lab",
        "A Google revelou hoje a família Gemma 3, que os programadores já podem "
        "descarregar a partir do site da empresa, com uma oferta de pesos abertos para "
        "todos. A empresa quer responder aos "
        "rivais chineses.\nOs novos modelos assentam numa arquitetura "
        "Mixture of Experts (MoE), que só ativa uma parte da rede para cada pedido. Mais "
        "tarde, a Meta deverá responder com o Llama 4 Scout.",
        "2025-04-08",
        (),
        (("Llama 4 Scout", "architecture", None),),
    ),
    # a licence named after the family alone, inside a model's timeline entry
    RuleCase(
        "en-family-licence-in-entry",
        "Timeline\n\nLlama 2 (summer 2023): sizes of 7B, 13B and 70B. Better chat "
        "tuning than before. Shipped under the Meta Llama Community License.\n",
        "2025-11-02",
        (("Llama 2", "license", "llama-2-community"),),
        (),
    ),
    RuleCase(
        "it-family-licence-in-entry",
        "Cronologia dei modelli\n\nLlama 2 (luglio 2023): tagli da 7B, 13B e 70B. Un "
        "netto progresso nelle conversazioni. Distribuito con la Llama Community License "
        "di Meta.\n",
        "2025-11-02",
        (("Llama 2", "license", "llama-2-community"),),
        (),
    ),
    # the licence as the subject of its own sentence speaks of the family's licence
    RuleCase(
        "en-family-licence-as-subject",
        "Llama 2 arrived in the summer of 2023. The Llama Community License is not an "
        "open-source licence in the OSI sense.",
        "2025-11-02",
        (),
        (("Llama 2", "license", None),),
    ),
    # sizes said of the model in focus keep the topic across the paragraph break
    RuleCase(
        "en-sizes-keep-the-topic",
        "Meta has put out Llama 3.1 405B, its largest open model so far.\n\n"
        "Meta says the flagship will power new kinds of research.\n\n"
        "Alongside it, the lab refreshed the 8B and 70B models. These now read 128K "
        "tokens of context and handle eight languages.\n",
        "2024-07-25",
        (("Llama 3.1", "context_window", 128000),),
        (),
    ),
    RuleCase(
        "es-sizes-keep-the-topic-pro-drop",
        "Meta ha lanzado Llama 3.1 405B, su modelo abierto más grande hasta la fecha.\n\n"
        "La compañía cree que el modelo abrirá nuevas líneas de investigación.\n\n"
        "Además, renovó los modelos 8B y 70B. Ahora leen una ventana de contexto de "
        "128K tokens y dominan ocho idiomas.\n",
        "2024-07-25",
        (("Llama 3.1", "context_window", 128000),),
        (),
    ),
    # sizes of another lab's models do not keep the topic
    RuleCase(
        "en-sizes-of-another-lab",
        "Meta has put out Llama 3.1 405B, its largest open model so far.\n\n"
        "Meta says the flagship will power new kinds of research.\n\n"
        "Mistral, for its part, refreshed its 7B and 22B models. These now read 32K "
        "tokens of context.\n",
        "2024-07-25",
        (),
        (("Llama 3.1", "context_window", None),),
    ),
    # "a 70B model" is some model of that size, not the one in focus
    RuleCase(
        "en-indefinite-size-is-a-kind",
        "Meta has put out Llama 3.1 405B, its largest open model so far.\n\n"
        "Meta says the flagship will power new kinds of research.\n\n"
        "Serving a 70B model at home takes two large GPUs. These setups often handle "
        "128K tokens of context.\n",
        "2024-07-25",
        (),
        (("Llama 3.1", "context_window", None),),
    ),
    # no sizes: a new paragraph after the model's own is not carried on
    RuleCase(
        "en-no-sizes-no-carry",
        "Meta has put out Llama 3.1 405B, its largest open model so far.\n\n"
        "Meta says the flagship will power new kinds of research.\n\n"
        "Elsewhere, the lab refreshed some tools. These now read 128K tokens of "
        "context.\n",
        "2024-07-25",
        (),
        (("Llama 3.1", "context_window", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
