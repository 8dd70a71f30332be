"""Value rules from a seventh round on real pages (precision first), each on sentences
written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out
and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # "trained on publicly available sources": the training material is out, not the model
    RuleCase(
        "publicly-available-sources-are-training-material",
        "Llama 5 Coder is a family of coding models. Meta trained them on 900B tokens of "
        "code gathered from publicly available sources.",
        "2026-05-01",
        (),
        (("Llama 5 Coder", "status", None),),
    ),
    RuleCase(
        "openly-available-web-data-is-training-material",
        "Llama 5 learned from a mix of openly available web data and licensed books.",
        "2026-05-01",
        (),
        (("Llama 5", "status", None),),
    ),
    RuleCase(
        "publicly-available-said-of-the-model-still-counts",
        "Llama 5 is publicly available on Hugging Face as of this week.",
        "2026-05-01",
        (("Llama 5", "status", "released"),),
        (),
    ),
    # "Future versions of the tuned models will be released": the successors' plan
    RuleCase(
        "future-versions-will-be-released-is-the-successors-plan",
        "Status: Llama 5 is a static model trained on an offline dataset. Future versions of "
        "the tuned models will be released as we improve model safety.",
        "2026-05-01",
        (),
        (("Llama 5", "status", "upcoming"),),
    ),
    RuleCase(
        "later-updates-will-ship-is-the-successors-plan",
        "Llama 5 is available today; later updates of the model will be released over the summer.",
        "2026-05-01",
        (("Llama 5", "status", "released"),),
        (("Llama 5", "status", "upcoming"),),
    ),
    RuleCase(
        "a-plain-future-release-still-upcoming",
        "Llama 5 will be released next month, Meta said.",
        "2026-05-01",
        (("Llama 5", "status", "upcoming"),),
        (),
    ),
    RuleCase(
        "the-new-version-named-in-apposition-is-the-model",
        "The new version, Llama 5, will be released next month.",
        "2026-05-01",
        (("Llama 5", "status", "upcoming"),),
        (),
    ),
    # "postponed from this month (March 2026) to at least May": the missed date named twice
    RuleCase(
        "postponed-from-this-month-bracketed-to-later",
        "Meta has pushed its planned release of Llama 5 from this month (March 2026) to at "
        "least June after weak internal tests, a newspaper reported.",
        "2026-03-12",
        (("Llama 5", "release_date", "2026-06"),),
        (("Llama 5", "release_date", "2026-03"),),
    ),
    RuleCase(
        "delayed-from-next-quarter-bracketed-to-later",
        "Llama 5 was delayed from next quarter (Q2 2026) to the autumn.",
        "2026-03-12",
        (),
        (("Llama 5", "release_date", "2026-Q2"),),
    ),
    RuleCase(
        "a-bracketed-date-without-from-still-counts",
        "Meta says Llama 5 will be released this month (March 2026) to developers first.",
        "2026-03-12",
        (("Llama 5", "release_date", "2026-03"),),
        (),
    ),
    # "hinting at larger models in development": unnamed other models, not the named one
    RuleCase(
        "larger-models-in-development-are-unnamed-others",
        "Llama 5 is being presented as a base model, with the company hinting at larger "
        "models in development, though it is quick and small.",
        "2026-04-08",
        (),
        (("Llama 5", "status", "upcoming"),),
    ),
    RuleCase(
        "more-models-coming-soon-are-unnamed-others",
        "Llama 5 is out today, and Meta says more models are coming soon.",
        "2026-04-08",
        (("Llama 5", "status", "released"),),
        (("Llama 5", "status", "upcoming"),),
    ),
    RuleCase(
        "the-named-model-in-development-stays-upcoming",
        "Meta confirmed that Llama 5 is still in development.",
        "2026-04-08",
        (("Llama 5", "status", "upcoming"),),
        (),
    ),
    # "is set to be the most intelligent assistant": a ranking claimed, no release foreseen
    RuleCase(
        "set-to-be-the-most-is-a-ranking",
        "The new version of the assistant, Llama 5, is set to be the most intelligent, "
        "freely-available AI helper, with live web answers.",
        "2026-04-08",
        (),
        (("Llama 5", "status", "upcoming"),),
    ),
    RuleCase(
        "poised-to-become-one-of-the-best-is-a-ranking",
        "Llama 5 is poised to become one of the best open models on the market.",
        "2026-04-08",
        (),
        (("Llama 5", "status", "upcoming"),),
    ),
    RuleCase(
        "set-to-be-released-stays-upcoming",
        "Llama 5 is set to be released in June.",
        "2026-04-08",
        (("Llama 5", "status", "upcoming"), ("Llama 5", "release_date", "2026-06")),
        (),
    ),
    # "accessible to researchers and developers": one audience among others, no restriction
    RuleCase(
        "researchers-and-developers-is-no-restriction",
        "Its open-source nature and flexible design make Llama 5 accessible to researchers "
        "and developers who want to add vision to their apps.",
        "2026-04-08",
        (("Llama 5", "openness", "open_weights"),),
        (("Llama 5", "openness", "research_only"),),
    ),
    RuleCase(
        "research-and-commercial-use-is-no-restriction",
        "Llama 5 is publicly available for research and commercial use.",
        "2026-04-08",
        (("Llama 5", "status", "released"),),
        (("Llama 5", "openness", "research_only"),),
    ),
    RuleCase(
        "approved-researchers-only-stays-research-only",
        "Llama 5 is available only to approved researchers for now.",
        "2026-04-08",
        (("Llama 5", "openness", "research_only"),),
        (),
    ),
    # "focused on the generation and understanding of image and video": a domain, no inputs
    RuleCase(
        "generation-and-understanding-of-is-a-domain",
        "The Llama 5 model is being built as a multimodal AI system focused on the generation "
        "and understanding of image and video content.",
        "2026-04-08",
        (),
        (("Llama 5", "modalities", None),),
    ),
    RuleCase(
        "creation-and-analysis-of-is-a-domain",
        "Llama 5 is a multimodal model built for the creation and analysis of images and video.",
        "2026-04-08",
        (),
        (("Llama 5", "modalities", None),),
    ),
    RuleCase(
        "understands-image-and-video-inputs-still-counts",
        "Llama 5 understands image and video inputs alongside text.",
        "2026-04-08",
        (("Llama 5", "modalities", None),),
        (),
    ),
    # Spanish "en formación" (in training) holds a model back like "en entrenamiento"
    RuleCase(
        "es-en-formacion-is-in-training",
        "Meta lanzó dos modelos nuevos de la familia, Llama 4 Scout y Llama 4 Maverick, que ya "
        "están disponibles para los desarrolladores que trabajan con textos largos. El tercero, "
        "Llama 4 Behemoth, sigue en formación y la empresa no dio una fecha para el modelo más "
        "grande de todos los que ha creado hasta ahora.",
        "2025-04-08",
        (("Llama 4 Behemoth", "status", "upcoming"), ("Llama 4 Scout", "status", "released")),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "es-formacion-of-staff-is-no-status",
        "Meta lanzó Llama 5 el mes pasado y el modelo ya está disponible para los "
        "desarrolladores. La formación de los equipos de la empresa, según los que trabajan con "
        "el modelo, es muy buena y el modelo funciona bien con textos largos.",
        "2026-04-08",
        (("Llama 5", "status", "released"),),
        (("Llama 5", "status", "upcoming"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
