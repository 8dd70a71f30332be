"""Binding rules from a twenty-seventh round: which model a value belongs to, each on
sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, catalog, check_rule_case, facts_of

from llamawatch.extractors.new_names import find_new_model_names

CASES = [
    # a known model's long name spelled out beside its short form is that model: not a
    # new model, and not words that carry the verb away from its date
    RuleCase(
        "en-long-name-before-short-form",
        "In its quarterly call the firm recalled that it had shipped a research model "
        "it named Large Language Model Meta AI (LLaMA) last February.",
        "2023-04-28",
        (("Llama 1", "status", "released"), ("Llama 1", "release_date", "2023-02")),
        (("Large Language", "status", None),),
    ),
    RuleCase(
        "de-long-name-after-short-form",
        "Im Februar hat Meta LLaMA (Large Language Model Meta AI) veröffentlicht. Das "
        "Sprachmodell dient der Forschung und wird nicht kommerziell genutzt.",
        "2023-03-10",
        (("Llama 1", "status", "released"), ("Llama 1", "release_date", "2023-02")),
        (),
    ),
    RuleCase(
        "en-long-name-after-versioned-name",
        "Meta has shipped Llama 2 (Large Language Model Meta AI) on July 18, free for "
        "commercial use.",
        "2023-07-20",
        (("Llama 2", "status", "released"), ("Llama 2", "release_date", "2023-07-18")),
        (("Llama 1", "status", None),),
    ),
    # not a long name: other words in brackets, another lab's model spelled out
    RuleCase(
        "en-bracketed-acronym-of-other-lab",
        "Meta released LLaMA in February; Google answered with PaLM (Pathways Language "
        "Model) weeks later.",
        "2023-03-20",
        (("Llama 1", "status", "released"),),
        (("Pathways Language", "status", None),),
    ),
    # the word for the earlier model set before its name after a comparison: the name is
    # what the subject is measured against, and does not take the focus
    RuleCase(
        "en-than-its-predecessor-apposed",
        "Meta put out Llama 2 on July 18, 2023. It is far more capable than its "
        "predecessor, Llama 1. It is available in sizes of 7B, 13B and 70B parameters.",
        "2023-07-25",
        (("Llama 2", "params_total", 70_000_000_000),),
        (("Llama 1", "params_total", None), ("Llama 1", "status", None)),
    ),
    RuleCase(
        "fr-par-rapport-a-la-version-precedente",
        "Meta a présenté Llama 2 le 18 juillet. Il lit plus de données, par rapport "
        "à la version précédente, Llama 1, avec une fenêtre de contexte doublée. Il existe "
        "en 7, 13 et 70 milliards de paramètres. Sa version de base a "
        "une longueur contextuelle de 4096 jetons.",
        "2023-07-25",
        (("Llama 2", "params_total", 70_000_000_000), ("Llama 2", "context_window", 4096)),
        (("Llama 1", "params_total", None), ("Llama 1", "context_window", None)),
    ),
    RuleCase(
        "de-im-vergleich-zu-seinem-vorgaenger",
        "Meta hat Llama 3 im April veröffentlicht und das Modell steht allen Entwicklern "
        "kostenlos zur Verfügung. Es ist im Vergleich zu seinem Vorgänger, Llama 2, "
        "schwerer anzupassen. Es gibt die Modelle mit 8 und 70 Milliarden Parametern.",
        "2024-05-02",
        (("Llama 3", "params_total", 70_000_000_000),),
        (("Llama 2", "params_total", None),),
    ),
    # the predecessor as a subject of its own keeps its facts
    RuleCase(
        "en-predecessor-as-subject",
        "Llama 3 is out. Its predecessor, Llama 2, was released in July 2023.",
        "2024-04-20",
        (("Llama 2", "status", "released"), ("Llama 2", "release_date", "2023-07")),
        (),
    ),
    RuleCase(
        "en-compared-with-predecessor-then-subject",
        "Compared with its predecessor, Llama 3 has a context window of 8K tokens.",
        "2024-04-20",
        (("Llama 3", "context_window", 8000),),
        (("Llama 2", "context_window", None),),
    ),
    # "this" and a word or two describing a model refers back to the model in focus, or
    # forward to the one the post is about
    RuleCase(
        "en-this-described-model-forward",
        "A powerful language model that Meta had kept behind closed doors has leaked. "
        "This particular model was until now only available to approved researchers for "
        "non-commercial use. Anyone can now fetch LLaMA through a torrent.",
        "2023-03-08",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "en-this-described-model-back",
        "Meta released Llama 2 today. This open-source model is free for research and "
        "commercial use.",
        "2023-07-18",
        (("Llama 2", "openness", "open_weights"),),
        (),
    ),
    # one model described after two were named: which one, the sentence does not say
    RuleCase(
        "en-this-described-model-after-two",
        "Llama 4 Scout and Llama 4 Maverick are out now. This particular model ships "
        "under an open-weight license.",
        "2025-04-10",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "openness", None), ("Llama 4 Maverick", "openness", None)),
    ),
    # a kind of model is no reference back
    RuleCase(
        "en-this-kind-of-model",
        "A language model that Meta kept behind closed doors has leaked. This kind of model "
        "was until now only available to approved researchers for non-commercial use. Anyone "
        "can now fetch LLaMA through a torrent.",
        "2023-03-20",
        (),
        (("Llama 1", "openness", "research_only"),),
    ),
    # another lab's model named only as a likeness, set off by a comma, leaves the
    # sentence about the model in focus
    RuleCase(
        "en-just-like-rival-after-value",
        "Over the weekend Meta shipped Llama 4 Scout and Llama 4 Maverick. This time the "
        "company went with a mixture-of-experts (MoE) design, just like DeepSeek V3.",
        "2025-04-10",
        (
            ("Llama 4 Scout", "architecture", "moe"),
            ("Llama 4 Maverick", "architecture", "moe"),
        ),
        (),
    ),
    RuleCase(
        "fr-tout-comme-rivals-after-value",
        "Meta a publié Llama 4 Scout et Llama 4 Maverick samedi. Pour la première fois, le "
        "groupe mise sur une architecture MoE, tout comme DeepSeek R1 "
        "et V3.",
        "2025-04-10",
        (
            ("Llama 4 Scout", "architecture", "moe"),
            ("Llama 4 Maverick", "architecture", "moe"),
        ),
        (),
    ),
    # not a likeness: a rival as an example of a kind, or as the subject
    RuleCase(
        "en-models-like-rival-kind",
        "Meta released Llama 2 in July. Models like Mixtral use a mixture-of-experts design.",
        "2023-12-20",
        (("Llama 2", "status", "released"),),
        (("Llama 2", "architecture", None),),
    ),
    RuleCase(
        "en-like-rival-then-rival-subject",
        "Meta released Llama 3 in April. Like GPT-4, Gemini stays closed-source.",
        "2024-05-10",
        (("Llama 3", "status", "released"),),
        (("Llama 3", "openness", None),),
    ),
    # Spanish, Portuguese and Italian leave the subject out: a clause opening on a verb
    # of the third person speaks of the models named before, across a paragraph too
    RuleCase(
        "es-dropped-subject-plural",
        "Meta presentó Llama 4 Scout y Llama 4 Maverick el sábado y explicó los detalles de "
        "los modelos para los desarrolladores que quieren usarlos.\n\nLo más importante es "
        "que los dos son nativamente multimodales y que la empresa los ofrece gratis. "
        "Además, utilizan una arquitectura MoE (Mixture of Experts).",
        "2025-04-10",
        (
            ("Llama 4 Scout", "architecture", "moe"),
            ("Llama 4 Maverick", "architecture", "moe"),
        ),
        (),
    ),
    RuleCase(
        "pt-dropped-subject-plural",
        "A Meta lançou o Llama 4 Scout e o Llama 4 Maverick no sábado e explicou os "
        "detalhes dos modelos para os desenvolvedores que querem usar os dois.\n\nO mais "
        "importante é que os dois são nativamente multimodais e que a empresa os oferece de "
        "graça. Além disso, usam uma arquitetura MoE (Mixture of Experts).",
        "2025-04-10",
        (
            ("Llama 4 Scout", "architecture", "moe"),
            ("Llama 4 Maverick", "architecture", "moe"),
        ),
        (),
    ),
    RuleCase(
        "it-dropped-subject-plural",
        "Meta ha presentato Llama 4 Scout e Llama 4 Maverick sabato e ha spiegato i "
        "dettagli dei modelli per gli sviluppatori che vogliono usarli.\n\nLa cosa più "
        "importante è che sono nativamente multimodali e che la società li offre gratis. "
        "Inoltre, utilizzano un'architettura MoE (Mixture of Experts).",
        "2025-04-10",
        (
            ("Llama 4 Scout", "architecture", "moe"),
            ("Llama 4 Maverick", "architecture", "moe"),
        ),
        (),
    ),
    # a clause with a subject of its own ("muchas empresas") is about that subject
    RuleCase(
        "es-clause-with-own-subject",
        "Meta presentó Llama 4 Scout y Llama 4 Maverick el sábado y explicó los detalles de "
        "los modelos para los desarrolladores.\n\nHay otra cosa que conviene saber sobre "
        "el sector y sobre las empresas. Es decir, muchas empresas utilizan una "
        "arquitectura MoE (Mixture of Experts) en sus modelos.",
        "2025-04-10",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "architecture", None), ("Llama 4 Maverick", "architecture", None)),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_binding27_rule(case: RuleCase) -> None:
    check_rule_case(case)


def test_long_name_is_no_new_model() -> None:
    text = "For researchers the firm has a model it named Large Language Model Meta AI (LLaMA)."
    assert find_new_model_names(text, catalog()) == []


def test_long_name_keeps_evidence() -> None:
    facts = facts_of(
        "Meta launched its model LLaMA (Large Language Model Meta AI) in February.", "2023-03-10"
    )
    assert any("Large Language Model Meta AI" in f.evidence for f in facts)
