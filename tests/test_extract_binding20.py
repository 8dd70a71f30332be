"""Binding rules from a twentieth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # a value inside a condition or an open question is imagined or asked, not stated
    RuleCase(
        "en-if-leading-openness",
        "Meta is training a new model codenamed Quokka in its lab. "
        "If Quokka carries on the old line as an "
        "open-weight download, hobbyists will gain a strong tool.",
        "2026-03-02",
        (("Quokka", "status", "upcoming"),),
        (("Quokka", "openness", None),),
    ),
    RuleCase(
        "en-if-inner-openness",
        "Meta is training a new model codenamed Quokka in its lab. "
        "Hobbyists will gain a strong tool if "
        "Quokka ends up as an open-weight download.",
        "2026-03-02",
        (("Quokka", "status", "upcoming"),),
        (("Quokka", "openness", None),),
    ),
    RuleCase(
        "en-whether-open-question",
        "Meta is training a new model codenamed Quokka in its lab. "
        "Nobody at the firm would say whether "
        "Quokka will be open-source.",
        "2026-03-02",
        (("Quokka", "status", "upcoming"),),
        (("Quokka", "openness", None),),
    ),
    RuleCase(
        "en-whether-subject-clause",
        "Meta says two new models codenamed Quokka and Wombat are due in 2026. Whether they "
        "ship with open weights or only through a paid API is the big question.",
        "2026-03-02",
        (("Quokka", "release_date", "2026"),),
        (("Quokka", "openness", None),),
    ),
    RuleCase(
        "en-were-inverted-condition",
        "Meta is training a new model codenamed Quokka in its lab. "
        "Were Quokka released under a permissive "
        "licence, rivals would feel it.",
        "2026-03-02",
        (("Quokka", "status", "upcoming"),),
        (("Quokka", "status", "released"),),
    ),
    RuleCase(
        "en-should-inverted-condition",
        "Meta is training a new model codenamed Quokka in its lab. "
        "Should Quokka come with open weights, "
        "the market would shift.",
        "2026-03-02",
        (("Quokka", "status", "upcoming"),),
        (("Quokka", "openness", None),),
    ),
    # the main clause after the condition still states what it says
    RuleCase(
        "en-if-main-clause-kept",
        "If you need a free model for a laptop, Llama 3 is open-source and came out in April 2024.",
        "2024-06-01",
        (("Llama 3", "openness", "open_weights"), ("Llama 3", "release_date", "2024-04")),
        (),
    ),
    # "if not the best" grants what it names: not a condition
    RuleCase(
        "en-if-not-grants",
        "Llama 3 came out in April 2024 as one of the strongest, if not the strongest, "
        "open releases, with an 8K context window.",
        "2024-06-01",
        (("Llama 3", "context_window", 8000),),
        (),
    ),
    RuleCase(
        "de-wenn-condition",
        "Meta arbeitet weiter an dem neuen Modell Avocado. Die Firma sagt, dass das Modell "
        "noch nicht fertig ist. Wenn Avocado als Open-Source-Modell erscheint, wäre das ein "
        "Gewinn für die Entwickler und die Forscher.",
        "2026-03-02",
        (),
        (("Avocado", "openness", None),),
    ),
    RuleCase(
        "zh-ruguo-condition",
        "Meta 的新模型 Avocado 正在训练。如果 Avocado 开源,开发者会很高兴。",
        "2026-03-02",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "openness", None),),
    ),
    RuleCase(
        "zh-shifou-open-question",
        "Meta 的新模型 Avocado 正在训练,公司尚未决定 Avocado 是否开源,也没有公布时间表。",
        "2026-03-02",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "openness", None),),
    ),
    # "Both" + its verb refers back to the two members just named, as "Both models" does
    RuleCase(
        "en-both-verb-after-generation",
        "Meta put out Llama 4 in two versions: Llama 4 Maverick and Llama 4 Scout. "
        "Both run on a mixture-of-experts design with a 1 million token context window.",
        "2025-04-06",
        (
            ("Llama 4 Scout", "context_window", 1_000_000),
            ("Llama 4 Maverick", "context_window", 1_000_000),
        ),
        (),
    ),
    # a bare noun phrase after a dash names something of the clause before it
    RuleCase(
        "en-dash-noun-phrase-continues-clause",
        "Meta put out Llama 4 in two versions: Llama 4 Maverick and Llama 4 Scout. "
        "Both come with open weights and with one feature no rival matches — a 10 million "
        "token context window.",
        "2025-04-06",
        (
            ("Llama 4 Scout", "context_window", 10_000_000),
            ("Llama 4 Maverick", "context_window", 10_000_000),
        ),
        (),
    ),
    # "Both labs" is no count of the models; a dash clause with its own verb is its own
    RuleCase(
        "en-both-noun-not-models",
        "Meta put out Llama 4 in two versions: Llama 4 Maverick and Llama 4 Scout. "
        "Both labs now chase long windows — Gemma 3 offers a 128K context window.",
        "2025-04-06",
        (),
        (("Llama 4 Scout", "context_window", None), ("Llama 4 Maverick", "context_window", None)),
    ),
    # a short bracket after a name does not end the list it stands in
    RuleCase(
        "en-bracket-list-before-value",
        "Meta's new research head vouched for open builds of models Avocado "
        "(text) and Mango (image and video), both still in development.",
        "2026-04-07",
        (("Avocado", "status", "upcoming"), ("Mango", "status", "upcoming")),
        (),
    ),
    RuleCase(
        "en-bracket-list-after-value",
        "Meta put out Llama 4 on Saturday. Llama 4 Scout (109B total) and Llama 4 Maverick "
        "(400B total) run on a mixture-of-experts design.",
        "2025-04-06",
        (
            ("Llama 4 Scout", "architecture", "moe"),
            ("Llama 4 Maverick", "architecture", "moe"),
            ("Llama 4 Scout", "params_total", 109_000_000_000),
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
        ),
        # a size in one member's bracket stays that member's
        (("Llama 4 Scout", "params_total", 400_000_000_000),),
    ),
    RuleCase(
        "zh-bracket-list-download",
        "Meta 发布了新一代模型。已有两款新模型可从 Hugging Face 下载,分别是 Llama 4 "
        "Scout(侦察兵)、Llama 4 Maverick(独行侠)。",
        "2025-04-06",
        (
            ("Llama 4 Scout", "openness", "open_weights"),
            ("Llama 4 Maverick", "openness", "open_weights"),
        ),
        (),
    ),
    # a "who" clause speaks of people: an open word in it is not the model's rung
    RuleCase(
        "en-who-clause-people",
        "Meta released Muse Spark on Wednesday. Muse Spark scored 81 percent on a hard chart "
        "test. To see why this upsets developer circles, one must look closely at what this "
        "model stands for, how it reshapes the field, and what it means for builders who "
        "have set whole stacks on open-weight foundations.",
        "2026-04-09",
        (("Muse Spark", "status", "released"),),
        (("Muse Spark", "openness", None),),
    ),
    # a model named inside the "who" clause is still what the clause says it of
    RuleCase(
        "en-who-clause-names-model",
        "Zuckerberg, who put out Llama 3 as an open-weight model, spoke on Thursday.",
        "2024-06-01",
        (("Llama 3", "openness", "open_weights"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
