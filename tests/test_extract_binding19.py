"""Binding rules from a nineteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, describe, facts_of, find

CASES = [
    # a card for a head, adapter or fine-tune built on a Meta model: the values on the
    # page are the derivative's, not the base's
    RuleCase(
        "derivative-head-of-metas-model-other-maker",
        "Model Overview\n\nThe IBM Llama-3.1-8B Medusa model is the Medusa head of Meta's "
        "Llama-3.1-8B model, a dense transformer with 8 billion parameters.\n\n"
        "This model is ready for commercial use.\n\nInput Type(s): Text",
        "2025-11-02",
        (),
        (
            ("Llama 3.1", "params_total", None),
            ("Llama 3.1", "status", None),
            ("Llama 3.1", "modalities", None),
        ),
    ),
    RuleCase(
        "derivative-card-opens-on-a-draft-head",
        "Draft head for Llama-3.2-3B-Instruct\n\nA small speculative draft head for "
        "meta-llama/Llama-3.2-3B-Instruct, trained with a two-layer recipe on one node.\n\n"
        "Serving meta-llama/Llama-3.2-3B-Instruct means accepting Meta's Llama 3.2 Community "
        "License first.",
        "2025-11-02",
        (),
        (("Llama 3.2", "params_total", None), ("Llama 3.2", "license", None)),
    ),
    RuleCase(
        "derivative-fine-tuned-on-metas-possessive-base",
        "Quokka 3 Llama 3.1 70B\n\nContext Window 64K tokens\n\nAbout\n\n"
        "Quokka-3-Llama-3.1-70B is a 70 billion parameter chat model from Acme Labs, "
        "fine-tuned on Meta's Llama-3.1-70B. It came out in August 2024 under the Llama 3.1 "
        "Community License as the middle size of the Quokka 3 line (8B, 70B, 405B).",
        "2025-11-02",
        (),
        (
            ("Llama 3.1", "context_window", None),
            ("Llama 3.1", "release_date", None),
            ("Llama 3.1", "status", None),
            ("Llama 3.1", "params_total", None),
        ),
    ),
    # "the new models" in a post that holds a member back ("an unreleased … model named
    # Llama 4 Behemoth") are the members that came out
    RuleCase(
        "new-models-leave-out-the-unreleased-member",
        "Over the weekend Meta shipped Llama 4 Maverick and Llama 4 Scout. Anyone who "
        "accepts the terms can fetch the two smaller Llama 4 models. The company calls "
        "the new models natively multimodal, able to take text and images. Both were "
        "taught by a far bigger unreleased 'teacher' model named Llama 4 Behemoth.",
        "2025-04-08",
        (("Llama 4 Scout", "modalities", ["image", "text"]),),
        (("Llama 4 Behemoth", "modalities", None),),
    ),
    # "it is the final open-weight Llama": an ordinal before the family's name makes
    # it one member, the subject's rung
    RuleCase(
        "last-open-weight-llama-is-the-subjects-rung",
        "Meta put out Llama 4 Maverick in April 2025. A year on, Llama 4 Maverick still "
        "holds up. It is the final big open-weight Llama, so plan around that.",
        "2026-05-01",
        (("Llama 4 Maverick", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "open-llama-family-word-stays-the-familys",
        "Meta put out Llama 4 Maverick in April 2025. Since then the firm has frozen its "
        "open-weight Llama line in favour of a closed model.",
        "2026-05-01",
        (),
        (("Llama 4 Maverick", "openness", "open_weights"),),
    ),
    # a size glued to a name the catalog does not know is that name's size
    RuleCase(
        "size-glued-to-another-name",
        "In the paper, LLaMA-13B beats GPT-3 on most tests, while LLaMA-65B keeps pace "
        "with Gopher-280B and Chinchilla-70B.",
        "2023-03-01",
        (),
        (("Llama 1", "params_total", 280_000_000_000), ("Llama 1", "params_total", 70e9)),
    ),
    # "With its size of N, <other lab's model> …": the fronted phrase is the other model's
    RuleCase(
        "fronted-phrase-before-another-labs-model",
        "Meta shipped Llama 2 in July with sizes up to 70 billion parameters.\n\n"
        "With its hefty count of 180 billion parameters and 3.5 trillion training tokens, "
        "Falcon 180B now leads the open board.",
        "2023-09-20",
        (("Llama 2", "params_total", 70_000_000_000),),
        (("Llama 2", "params_total", 180_000_000_000),),
    ),
    # Chinese: a name with a possessive in an earlier name's predicate owns the object
    RuleCase(
        "zh-from-predecessors-window-to-the-subjects",
        "Meta 发布了 LLaMA 2。LLaMA 2 把上下文窗口从 LLaMA 1 的 2K token 提高到 4K token。",
        "2023-07-20",
        (("Llama 2", "context_window", 4000),),
        (("Llama 1", "context_window", 4000),),
    ),
    RuleCase(
        "zh-keeps-predecessors-architecture",
        "Meta 发布了 LLaMA 2。LLaMA 2 沿用了 LLaMA 1 的结构,并在 70B 版本里加入了 GQA。",
        "2023-07-20",
        (("Llama 2", "params_total", 70_000_000_000),),
        (("Llama 1", "params_total", None),),
    ),
    # "X is the successor to Y, the first … model released in …": the apposition after
    # the compared name describes it
    RuleCase(
        "apposition-after-predecessor-is-the-predecessors",
        "Llama 2 came out this week. Llama 2 is the successor to LLaMA, the first "
        "open-source language model that Meta put out in 2022.",
        "2023-07-21",
        (("Llama 1", "release_date", "2022"), ("Llama 1", "openness", "open_weights")),
        (("Llama 2", "release_date", "2022"),),
    ),
    RuleCase(
        "es-bare-family-name-after-successor-is-the-first-model",
        "Llama 2 es el sucesor de Llama, el primer modelo de lenguaje de código abierto "
        "lanzado por Meta en 2022.",
        "2023-07-21",
        (("Llama 1", "release_date", "2022"), ("Llama 1", "status", "released")),
        (("Llama 2", "release_date", None), ("Llama 2", "status", None)),
    ),
    RuleCase(
        "apposition-ends-where-a-clause-joins-on",
        "Llama 2 is the successor to LLaMA, the first model of the line, and it offers a "
        "context window of 4,096 tokens.",
        "2023-07-21",
        (("Llama 2", "context_window", 4096),),
        (("Llama 1", "context_window", None),),
    ),
    # a list's opening sentence gives its release values to the models its items name
    RuleCase(
        "colon-list-opening-gives-its-date-to-the-items",
        "What came out\n\nOn April 5, 2025, the company put out two fresh models:\n\n"
        "- Llama 4 Scout: 109B total, 17B active, a very long window.\n"
        "- Llama 4 Maverick: about 400B total, 17B active.\n\n"
        "A third one stays in training.",
        "2025-04-22",
        (
            ("Llama 4 Scout", "release_date", "2025-04-05"),
            ("Llama 4 Maverick", "release_date", "2025-04-05"),
        ),
        (),
    ),
    RuleCase(
        "colon-opening-without-items-gives-nothing",
        "Llama 4 Scout is a small model.\n\nOn April 5, 2025, the company put out two "
        "fresh models:\n\nThe first is quick, the second is large. Llama 4 Scout runs "
        "on one GPU.",
        "2025-04-22",
        (),
        (("Llama 4 Scout", "release_date", None),),
    ),
    # "「Llama 3」の10倍": a multiple of what the name has, a comparison
    RuleCase(
        "ja-multiple-of-a-name-is-a-comparison",
        "Metaは「Llama 4 Scout」を公開した。学習データは「Llama 3」の10倍以上のトークンで、"
        "オープンソースのコミュニティの取り組みを後押しするという。",
        "2025-04-07",
        (),
        (("Llama 3", "openness", None),),
    ),
    # a status whose object is a version of one size is that size's, not the model's
    RuleCase(
        "status-of-a-sized-version-is-not-the-models",
        "Llama 3 arrives in two sizes, 8B and 70B. Its makers are still training a "
        "400-billion-parameter version of the model.",
        "2024-04-19",
        (),
        (("Llama 3", "status", "upcoming"),),
    ),
    RuleCase(
        "fr-status-of-a-sized-version-is-not-the-models",
        "Llama 3 arrive en deux tailles, 8B et 70B. Ses équipes sont en cours "
        "d'entraînement d'une variante plus grosse, forte de 400 milliards de paramètres.",
        "2024-04-19",
        (),
        (("Llama 3", "status", "upcoming"),),
    ),
    # a name before "backbone" or "base architecture" is what another model is built on
    RuleCase(
        "backbone-name-is-a-base",
        "Llama 3.2 arrived in late September. Its 11B and 90B vision models reuse the "
        "Llama 3.1 8B and 70B text backbones with a new image adapter on top.",
        "2024-10-01",
        (),
        (("Llama 3.1", "params_total", None),),
    ),
    RuleCase(
        "base-architecture-name-is-a-base",
        "The Quokka-R1 distilled variant moves the reasoning skills of a far larger "
        "teacher onto a Llama-3.3-70B-Instruct base architecture.",
        "2025-03-01",
        (),
        (("Llama 3.3", "params_total", None),),
    ),
    # "Llama is …, but …: it carries a community license": "it" is the family the
    # sentence opens on, not the member in focus
    RuleCase(
        "it-after-a-family-opening-is-the-family",
        "Llama 4 Scout runs on one GPU and reads ten million tokens.\n\n"
        "Llama is open to download, though not open source in the strict sense: it carries "
        "a community license with limits for the largest firms.",
        "2025-06-01",
        (),
        (("Llama 4 Scout", "license", None),),
    ),
    # Meta's own derivative names its base: still Meta's page
    RuleCase(
        "meta-derivative-naming-metas-base-keeps-its-facts",
        "Llama Guard 3 is a safety classifier from Meta, fine-tuned on Meta's Llama 3.1 8B. "
        "Llama Guard 3 has a context window of 128K tokens.",
        "2025-11-02",
        (("Llama Guard", "context_window", 128_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


#: cases whose page title matters (a page without a headline takes its opening as the
#: title): (id, title, text, published, expect, forbid)
TITLED_CASES = [
    # "X is a <base> … model, fine-tuned for …": the base named in X's predicate, and
    # named again beside X, is only X's base; the page's spec rows are X's
    (
        "predicate-base-spec-rows-go-to-the-derivative",
        "Llama Guard 3 is a compact Llama 3.1 pretrained model, tuned to label prompts.",
        "Llama Guard 3 is a compact Llama 3.1 pretrained model, tuned to label prompts. "
        "Llama Guard 3 was built to sit beside Llama 3.1 deployments in eight "
        "languages.\n\nContext\n\n128K\n\nParameters\n\n8B",
        "2025-11-02",
        (("Llama Guard", "params_total", 8_000_000_000),),
        (("Llama 3.1", "params_total", None), ("Llama 3.1", "context_window", None)),
    ),
    # a page titled by the generation: its "Llama 4 shipped on …" reaches the members it
    # names anywhere
    (
        "generation-titled-page-release-reaches-named-members",
        "Llama 4, revisited",
        "Llama 4 Scout still offers a ten-million-token window on a single GPU.\n\n"
        "Llama 4 shipped on April 5, 2025. Meta later called Llama 4 Maverick its previous "
        "model.",
        "2026-05-01",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Scout", "release_date", "2025-04-05"),
            ("Llama 4 Maverick", "release_date", "2025-04-05"),
        ),
        (),
    ),
]


@pytest.mark.parametrize("case", TITLED_CASES, ids=[c[0] for c in TITLED_CASES])
def test_titled_case(case: tuple) -> None:
    _, title, text, published, expect, forbid = case
    facts = facts_of(text, published, title)
    for model, attribute, value in expect:
        assert find(facts, model, attribute, value), (
            f"missing {model} {attribute}={value!r} in:\n{describe(facts)}"
        )
    for model, attribute, value in forbid:
        found = find(facts, model, attribute, value)
        assert not found, f"unexpected:\n{describe(found)}"
