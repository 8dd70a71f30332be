"""Scope gates for extraction: a value goes to a model only where the text ties it there.

Each case is written in our own words after a kind of language seen on real pages about
Meta's models (reviews, hosting guides, news of delays): (id, title, text, expect, forbid),
with (model, attribute, value) triples; None matches any value.
"""

from __future__ import annotations

import pytest
from helpers_extract import describe, facts_of, find

CASES: list[tuple[str, str, str, list[tuple], list[tuple]]] = [
    (
        "due-to-gives-a-cause",
        "",
        "Our lab picked Llama 2 7B for the study due to its small memory footprint.",
        [],
        [("Llama 2", "status", None)],
    ),
    (
        "due-to-launch-is-a-plan",
        "",
        "Llama 4 Behemoth is due to arrive later this year, the company says.",
        [("Llama 4 Behemoth", "status", "upcoming")],
        [],
    ),
    (
        "companions-of-a-delay",
        "",
        "The giant Behemoth model, first meant to ship in April together with Llama 4 Scout "
        "and Llama 4 Maverick, has been pushed back again.",
        [("Llama 4 Behemoth", "status", "upcoming")],
        [("Llama 4 Scout", "status", "upcoming"), ("Llama 4 Maverick", "status", "upcoming")],
    ),
    (
        "value-before-a-name-in-an-object",
        "",
        "Llama 4 Scout and Llama 4 Maverick are out; Llama 4 Behemoth is not.\n\n"
        "The model was meant to hold two trillion parameters, far more than its siblings, "
        "with Maverick at 400 billion parameters.",
        [("Llama 4 Maverick", "params_total", 400_000_000_000)],
        [("Llama 4 Maverick", "params_total", 2_000_000_000_000)],
    ),
    (
        "no-forward-reference-once-models-were-named",
        "",
        "Meta shipped Llama 2 in July 2023 with a friendlier licence.\n\n"
        "The Llama family itself goes back to early 2023. The first drop came in 7B, 13B, 33B "
        "and 65B sizes for vetted researchers.",
        [("Llama 2", "status", "released")],
        [("Llama 2", "params_total", None)],
    ),
    (
        "headline-generation-spec-is-not-each-members",
        "Llama 4 lands: two MoE models and a 10M-token window",
        "Llama 4 Scout reads ten million tokens of context. Llama 4 Maverick stops at a "
        "one million token context window.",
        [("Llama 4 Maverick", "context_window", 1_000_000)],
        [("Llama 4 Maverick", "context_window", 10_000_000)],
    ),
    (
        "plural-skips-a-model-named-as-a-contrast",
        "",
        "Llama 4 Scout and Llama 4 Maverick break with the dense design of Llama 3.\n\n"
        "Scout is the small one. Maverick is the big one.\n\n"
        "They take text and image inputs.",
        [("Llama 4 Scout", "modalities", ("image", "text"))],
        [("Llama 3", "modalities", None)],
    ),
    (
        "architecture-of-the-comparison",
        "",
        "Llama 4 Scout runs on cards where a similarly capable dense model would never fit.",
        [],
        [("Llama 4 Scout", "architecture", "dense")],
    ),
    (
        "architecture-broken-from",
        "",
        "Llama 4 Maverick moves away from the dense layout of earlier generations.",
        [],
        [("Llama 4 Maverick", "architecture", "dense")],
    ),
    (
        "superseded-target-is-not-a-date",
        "",
        "Llama 4 Behemoth has slipped again, this time to the autumn, following an earlier "
        "delay to June.",
        [("Llama 4 Behemoth", "status", "upcoming")],
        [("Llama 4 Behemoth", "release_date", "2025-06")],
    ),
    (
        "expected-then-slipped-is-not-a-date",
        "",
        "Staff were expecting Llama 4 Behemoth to ship before the end of the year.",
        [],
        [("Llama 4 Behemoth", "release_date", None)],
    ),
    (
        "one-member-of-a-generation",
        "",
        "Meta released Llama 4 Scout and Llama 4 Maverick in April.\n\n"
        "Meta has now postponed its largest Llama 4 model, known as Behemoth.",
        [("Llama 4 Scout", "status", "released")],
        [("Llama 4 Scout", "status", "upcoming"), ("Llama 4 Maverick", "status", "upcoming")],
    ),
    (
        "list-run-into-one-line",
        "",
        "Two of them are out: - **Llama 4 Scout** — 109B total / 17B active / 10M token "
        "context - **Llama 4 Maverick** — 400B total / 17B active / 1M token context",
        [
            ("Llama 4 Scout", "params_total", 109_000_000_000),
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
            ("Llama 4 Maverick", "context_window", 1_000_000),
        ],
        [
            ("Llama 4 Maverick", "params_total", 109_000_000_000),
            ("Llama 4 Maverick", "context_window", 10_000_000),
        ],
    ),
    (
        "name-dash-specs",
        "",
        "The line-up:\n\n- Llama 4 Scout — 109B total, 17B active\n"
        "- Llama 4 Maverick — 400B total, 17B active",
        [
            ("Llama 4 Scout", "params_total", 109_000_000_000),
            ("Llama 4 Maverick", "params_active", 17_000_000_000),
        ],
        [("Llama 4 Scout", "params_total", 400_000_000_000)],
    ),
    (
        "never-publicly-released",
        "",
        "Llama 4 Behemoth was shown off in April but never publicly released.",
        [("Llama 4 Behemoth", "status", "shelved")],
        [("Llama 4 Behemoth", "status", "upcoming")],
    ),
    (
        "building-on-names-the-base",
        "",
        "Meta put out a set of compact open models building on Llama 3.1, each with 3B "
        "parameters and a 128K context.",
        [],
        [
            ("Llama 3.1", "params_total", None),
            ("Llama 3.1", "context_window", None),
            ("Llama 3.1", "status", None),
        ],
    ),
    (
        "last-item-of-a-size-list",
        "",
        "Code Llama shipped in August 2023.\n\n"
        "The family now spans four sizes: 7B, 13B, 34B, and 70B.",
        [("Code Llama", "params_total", 70_000_000_000)],
        [("Code Llama", "params_total", 34_000_000_000)],
    ),
    (
        "size-of-the-thing-compared",
        "",
        "Llama 3.3 came out in December.\n\n"
        "Better post-training let a 70B model come close to the scores of Llama 3.1 405B.",
        [],
        [("Llama 3.1", "params_total", 70_000_000_000)],
    ),
    (
        "much-larger-model-is-a-comparison",
        "",
        "Here is a compact 70B model that matches the much larger Llama 3.1 405B on many tests.",
        [],
        [("Llama 3.1", "params_total", None)],
    ),
    (
        "size-before-a-possessive-name-stays",
        "",
        "The 70 billion parameters of Llama 3.3 put it close to far bigger models.",
        [("Llama 3.3", "params_total", 70_000_000_000)],
        [],
    ),
    (
        "openness-of-what-the-subject-leaves",
        "",
        "Meta's Avocado would mark a clear break from the company's earlier work on the "
        "open-source Llama line.",
        [],
        [("Avocado", "openness", "open_weights")],
    ),
    (
        "openness-after-the-contrast-is-the-subjects",
        "",
        "Unlike the open Llama line, Avocado is a proprietary model.",
        [("Avocado", "openness", "closed")],
        [("Avocado", "openness", "open_weights")],
    ),
    (
        "paper-abstract-we-release",
        "",
        "We release Code Llama, a set of code models derived from Llama 2 for programming.",
        [("Code Llama", "status", "released")],
        [("Llama 2", "status", None)],
    ),
    (
        "released-code-is-not-a-model",
        "",
        "Llama 2 arrives in the autumn; the lab released code for its evaluation harness.",
        [],
        [("Llama 2", "status", "released")],
    ),
    (
        "inputs-with-up-to-n-tokens",
        "",
        "Code Llama models see 16k-token training sequences yet do well on inputs of up to "
        "100k tokens.",
        [("Code Llama", "context_window", 100_000)],
        [("Code Llama", "context_window", 16_000)],
    ),
    # A page whose subject is another party's model built on Llama: its specs are its own.
    (
        "derivative-extends-its-base",
        "Llama 3 8B Longform 2M",
        "This model stretches the window of Llama 3 8B from 8k to 2M tokens, trained by a "
        "small startup. This model extends Llama 3 8B with a new RoPE schedule.\n\n"
        "**Input** Text only.",
        [],
        [
            ("Llama 3", "context_window", None),
            ("Llama 3", "params_total", None),
            ("Llama 3", "modalities", None),
        ],
    ),
    (
        "derivative-customized-by-another-lab",
        "",
        "Llama-3.1-Acme-70B-Chat is a chat model customized by Acme to give shorter "
        "answers.\n\nBy using it you accept the Llama 3.1 terms and conditions.\n\n"
        "**Input Type(s):** Text\n\n**Context length:** 128k",
        [],
        [("Llama 3.1", "modalities", None), ("Llama 3.1", "context_window", None)],
    ),
    (
        "derivative-named-model-based-on-its-base",
        "Llama-3-Kiwi-8B",
        "Llama-3-Kiwi-8B model is a continued pretrained model based on Llama 3 8B, taught "
        "Maori with 9B tokens.\n\nWith the Llama 3 tokenizer the run saw 9.5B tokens.\n\n"
        "**Input** Models input text only.\n\n| Model | Params | Context length |\n"
        "|---|---|---|\n| Kiwi | 8B | 8k |",
        [],
        [
            ("Llama 3", "params_total", None),
            ("Llama 3", "context_window", None),
            ("Llama 3", "modalities", None),
        ],
    ),
    (
        "generation-wide-window-goes-to-no-member",
        "",
        "Llama 4 Scout and Llama 4 Maverick are both out this week.\n\n"
        "Against rival families, Llama 4 answers with a 10-million-token context window.",
        [],
        [("Llama 4 Maverick", "context_window", None)],
    ),
    (
        "paper-title-with-open-is-a-name",
        "Notes on a paper",
        "The authors describe Code Llama: Open Foundation Models for Programming, a family "
        "of code models.",
        [],
        [("Code Llama", "openness", None)],
    ),
    (
        "first-of-two-sized-mentions-is-read",
        "",
        "The first LLaMa came in four sizes; LLaMa 65B and LLaMa 33B saw the most data.",
        [("Llama 1", "params_total", 65_000_000_000)],
        [("Llama 1", "params_total", 33_000_000_000)],
    ),
    (
        "openness-of-what-a-successor-follows",
        "",
        "Zuckerberg said the successor to their open-source Llama 3 family is already "
        "training on a huge cluster.",
        [],
        [("Llama 3", "openness", None)],
    ),
    (
        "open-source-as-an-idea-is-no-openness",
        "",
        "Meta pitches the Llama 3.1 launch as proof that open source will help the whole field.",
        [],
        [("Llama 3.1", "openness", None)],
    ),
    (
        "a-new-version-of-an-open-line-is-open",
        "",
        "Meta released Llama 3.1, the latest version of its open-source model.",
        [("Llama 3.1", "openness", "open_weights")],
        [],
    ),
    (
        "open-source-said-of-the-model-stays",
        "",
        "Llama 3.1 is open source and free to download.",
        [("Llama 3.1", "openness", "open_weights")],
        [],
    ),
    (
        "they-after-an-item-naming-two-models",
        "",
        "Llama 4 family notes:\n\n- Both Llama 4 Scout and Llama 4 Maverick use 17B active "
        "parameters.\n- They take text and image input and return text.\n\n"
        "Llama 4 Behemoth:\n\n- 288B active parameters, still in training.",
        [("Llama 4 Scout", "modalities", None), ("Llama 4 Maverick", "modalities", None)],
        [("Llama 4 Behemoth", "modalities", None)],
    ),
    (
        "open-source-llms-as-a-page-topic",
        "Open-weight LLM roundup",
        "Free models caught up with paid ones in 2026: Llama 3 from Meta, Mistral, Qwen and "
        "Gemma all do well.",
        [],
        [("Llama 3", "openness", None)],
    ),
    (
        "active-parameters-cell-is-active-not-total",
        "Llama 4 Maverick spec sheet",
        "| Spec | Value |\n|---|---|\n| Active Parameters | 17B |",
        [("Llama 4 Maverick", "params_active", 17_000_000_000)],
        [("Llama 4 Maverick", "params_total", 17_000_000_000)],
    ),
    (
        "label-line-then-value-line",
        "Llama 3.3 70B",
        "Parameters\n\n70B\n\nContext Length\n\n128K\n\nArchitecture\n\nDense\n\n"
        "Release Date\n\n6 Dec 2024\n\nA text model for chat and code.",
        [
            ("Llama 3.3", "context_window", 128_000),
            ("Llama 3.3", "architecture", "dense"),
            ("Llama 3.3", "release_date", "2024-12-06"),
        ],
        [],
    ),
    (
        "a-short-heading-before-prose-is-no-label",
        "Llama 3.3 70B",
        "Context Length\n\nLong inputs are where the model is weakest, reviewers found after "
        "weeks of tests on legal files.",
        [],
        [("Llama 3.3", "context_window", None)],
    ),
    (
        "meta-card-naming-its-base-is-not-a-derivative",
        "Llama 3.1 8B Instruct",
        "Developed by: Meta. Llama 3.1 8B Instruct has a context window of 128K tokens. "
        "Finetuned from: the pretrained Llama 3.1 8B.",
        [("Llama 3.1", "context_window", 128_000)],
        [],
    ),
    (
        "rule-about-any-derived-model-is-not-a-derivative",
        "Thoughts on the Llama 3 license",
        "Meta Llama 3 is licensed under the Meta Llama 3 Community License. Any model "
        "derived from Llama 3 must keep that license, the text says.",
        [("Llama 3", "license", "llama-3-community")],
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_scope(case: tuple[str, str, str, list[tuple], list[tuple]]) -> None:
    _, title, text, expect, forbid = case
    facts = facts_of(text, "2025-05-20", title)
    for model, attribute, value in expect:
        assert find(facts, model, attribute, value), (
            f"missing {(model, attribute, value)} in:\n{describe(facts)}"
        )
    for model, attribute, value in forbid:
        assert not find(facts, model, attribute, value), (
            f"unexpected {(model, attribute, value)} in:\n{describe(facts)}"
        )
