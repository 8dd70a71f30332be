"""Binding rules from a twenty-fifth round, each on sentences written for it.

Whose fact a statement is on pages about another model: a page whose own model is built
on a Meta model (a fine-tune, a quantized copy, a national-language tune, in any of the
languages read) gives the base only what a sentence says of it by name; a licence named
for a Meta model is the page's own model's licence; a sentence opening on another
model's name is not about the Meta model named before it; and "the first Llama
generation to …" refers back to the model in focus. Each case is a ``RuleCase``
(helpers_extract): a post, the facts that must come out and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, describe, facts_of, find

_NOTHING_FOR = (
    "params_total",
    "context_window",
    "license",
    "status",
)


def _nothing(model: str) -> tuple[tuple[str, str, None], ...]:
    return tuple((model, attribute, None) for attribute in _NOTHING_FOR)


BASE_CASES = [
    # the writers fine-tuned the Meta model; "the resulting model" is theirs
    RuleCase(
        "we-fine-tuned-then-the-resulting-model",
        "We fine-tuned Llama 2 13B on a corpus of Breton news for a week. The resulting "
        "model, Morlenn, ships under the Llama 2 Community License and reads 4K tokens.",
        "2024-03-02",
        (),
        _nothing("Llama 2"),
    ),
    # "This model is based on Meta AI's …": the maker's possessive does not make Meta
    # the one speaking
    RuleCase(
        "this-model-based-on-meta-ais-base",
        "This model is based on Meta AI's Llama 3.1 70B and tuned for Finnish legal text. "
        "This model is subject to the Llama 3.1 Community License Agreement and keeps a "
        "128K window.",
        "2024-09-12",
        (),
        _nothing("Llama 3.1"),
    ),
    # a quantized copy: the sizes and windows on its page are the copy's
    RuleCase(
        "quantized-copy-and-original-model-field",
        "Quantizations of Meta-Llama-3.1-8B-Instruct, made with an importance matrix.\n\n"
        "Source model: meta-llama/Llama-3.1-8B\n\n"
        "Context length: 128K.",
        "2024-08-20",
        (),
        _nothing("Llama 3.1"),
    ),
    # a copy's name with the format after a dash
    RuleCase(
        "quantized-copy-name-with-format",
        "Llama 2 13B Chat - GGUF\n\nThese files run on a laptop CPU with llama.cpp.",
        "2023-10-01",
        (),
        (("Llama 2", "params_total", None),),
    ),
    # the page's own model in the languages read: German, French, Japanese, Chinese
    RuleCase(
        "german-model-based-on",
        "Das Modell Wanderfalke basiert auf Llama 3 mit 70 Milliarden Parametern. Es steht "
        "unter der Llama 3 Community License.",
        "2024-07-01",
        (),
        _nothing("Llama 3"),
    ),
    RuleCase(
        "french-name-is-a-model-based-on",
        "Grisette est un modèle basé sur Llama 3.1 70B de Meta. Il offre une fenêtre de "
        "contexte de 128 000 tokens et il est publié sous la Llama 3.1 Community License.",
        "2024-10-03",
        (),
        _nothing("Llama 3.1"),
    ),
    RuleCase(
        "japanese-own-model-base",
        "本モデルは Llama 3.1 70B をベースにしています。ライセンスは Llama 3.1 Community "
        "License です。",
        "2024-11-05",
        (),
        _nothing("Llama 3.1"),
    ),
    RuleCase(
        "chinese-name-is-based-on",
        "Qingniao 是一个基于 Llama 3 8B 的模型,采用 Llama 3 Community License 许可。",
        "2024-06-18",
        (),
        _nothing("Llama 3"),
    ),
    # what a sentence says of the base by name still counts
    RuleCase(
        "base-named-in-its-own-sentence-keeps-it",
        "Petrel 2 is built on top of Llama 3.1 70B. Llama 3.1 came out of Meta in July 2024 "
        "and reaches 405 billion parameters in its largest size.",
        "2024-12-01",
        (("Llama 3.1", "params_total", 405_000_000_000),),
        (),
    ),
    # a post that names the Meta model as its subject first is about it
    RuleCase(
        "meta-model-first-then-a-tune-in-passing",
        "Meta put Llama 3 out this morning. It comes in 8B and 70B sizes. By noon a shop "
        "had already shipped Petrel, a fine-tune of Llama 3 8B.",
        "2024-04-18",
        (("Llama 3", "params_total", 70_000_000_000),),
        (),
    ),
    # Meta's own model built on another Meta model keeps its facts
    RuleCase(
        "metas-classifier-built-on-metas-model",
        "Llama Guard 3 is based on Llama 3.1 8B. It handles a 128K context window and is released "
        "under the Llama 3.1 Community License.",
        "2024-08-01",
        (("Llama Guard", "context_window", 128_000),),
        (("Llama 3.1", "context_window", None),),
    ),
]


@pytest.mark.parametrize("case", BASE_CASES, ids=[c.id for c in BASE_CASES])
def test_base_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_headline_naming_the_base() -> None:
    # a headline announcing a model built on a Meta model: the licence the body names is
    # the new model's
    facts = facts_of(
        "ライセンスは Llama 2 Community License に準拠し、商用利用も可能です。",
        "2023-12-20",
        title="「Llama 2」をベースとした医療向けLLM「Kusuri-Llama-2-13b」を公開しました",
    )
    assert not find(facts, "Llama 2"), describe(facts)


def test_licence_heading_on_another_models_card() -> None:
    # the card of another Meta model reprints the agreement it ships under; the heading
    # gives the agreement's own model nothing
    facts = facts_of(
        "LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\n\n"
        '"Agreement" means the terms set out below for the use of the materials.',
        "2024-07-30",
        title="Prompt-Guard-86M / README.md",
    )
    assert not find(facts, "Llama 3.1", "license"), describe(facts)


def test_licence_field_on_a_hub_id_card() -> None:
    # a hub id that is not Meta's names the card's model: its licence field is that model's
    facts = facts_of(
        "Korean continued pretraining on two hundred billion tokens.\n\n"
        "License: Llama 3 Community License",
        "2024-05-10",
        title="acme-ai/Ko-Llama3-Gaon-8B",
    )
    assert not find(facts, "Llama 3", "license"), describe(facts)


def test_licence_field_on_the_models_own_page() -> None:
    # negative: the page titled by the model gives it the licence its field names
    facts = facts_of(
        "Running the 405B model on eight GPUs.\n\nLicense: Llama 3.1 Community License",
        "2024-08-10",
        title="Serving Llama 3.1 405B on a single node",
    )
    assert find(facts, "Llama 3.1", "license", "llama-3.1-community"), describe(facts)


OTHER_NAME_CASES = [
    # the sentence opens on a name the post writes as a name elsewhere: it is about that
    RuleCase(
        "named-other-model-opens-the-next-sentence",
        "A Lithuanian leaderboard placed Vilkas above Llama 3.1 8B this month. Vilkas has "
        "just 12B parameters and a 32K context window.",
        "2026-01-08",
        (),
        (("Llama 3.1", "params_total", 12_000_000_000), ("Llama 3.1", "context_window", None)),
    ),
    RuleCase(
        "name-with-a-digit-opens-the-next-sentence",
        "Llama 3.1 8B scored 61 on the reading test. Kestrel-2 has 24B parameters and "
        "scored higher.",
        "2025-02-11",
        (),
        (("Llama 3.1", "params_total", 24_000_000_000),),
    ),
    # negative: a sentence opening on an ordinary word goes on about the model
    RuleCase(
        "ordinary-opening-goes-on-about-the-model",
        "Llama 3.1 8B scored 61 on the reading test. Context reaches 128K tokens.",
        "2025-02-11",
        (("Llama 3.1", "context_window", 128_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", OTHER_NAME_CASES, ids=[c.id for c in OTHER_NAME_CASES])
def test_other_name_case(case: RuleCase) -> None:
    check_rule_case(case)


FIRST_IN_FAMILY_CASES = [
    RuleCase(
        "japanese-first-in-the-series",
        "Meta は Llama 4 Scout と Llama 4 Maverick を公開した。"
        "Llamaシリーズで初めて、Mixture of Experts(MoE)アーキテクチャを採用した。",
        "2025-04-06",
        (("Llama 4 Scout", "architecture", "moe"), ("Llama 4 Maverick", "architecture", "moe")),
        (),
    ),
    # negative: "the first version of Llama" names the original model, not the subject
    RuleCase(
        "japanese-first-version-names-the-original",
        "Llama 2 は 2023年7月に公開された。Llamaの最初のバージョンの重みは研究者だけに"
        "非商用ライセンスで提供された。",
        "2024-01-10",
        (),
        (("Llama 2", "openness", "research_only"),),
    ),
]


@pytest.mark.parametrize("case", FIRST_IN_FAMILY_CASES, ids=[c.id for c in FIRST_IN_FAMILY_CASES])
def test_first_in_family_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_subjectless_first_generation_line_on_a_titled_page() -> None:
    # a wiki line without a subject under the generation's title: "First Llama generation
    # to …" is said of the members the page names
    facts = facts_of(
        "Meta's spring 2025 open-weights line. First Llama generation built on a "
        "mixture-of-experts design. Two members can be downloaded (Scout and Maverick).",
        "2025-06-01",
        title="Llama 4",
    )
    assert find(facts, "Llama 4 Scout", "architecture", "moe"), describe(facts)
    assert find(facts, "Llama 4 Maverick", "architecture", "moe"), describe(facts)
