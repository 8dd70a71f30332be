"""Each extraction rule on sentences written for it (tests/data/extract/rules.json).

A case lists the facts that must come out (``expect``: model, attribute, value and,
when it matters, certainty) and the ones that must not (``forbid``: a model, an
attribute or a value left empty means "any").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers_extract import describe, facts_of, find

RULES = json.loads((Path(__file__).parent / "data/extract/rules.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", RULES, ids=[c["id"] for c in RULES])
def test_rule(case: dict[str, Any]) -> None:
    facts = facts_of(case["text"], case["published"], case.get("title", ""))
    for expected in case["expect"]:
        model, attribute, value = expected[:3]
        found = find(facts, model, attribute, value)
        assert found, f"missing {expected} in:\n{describe(facts)}"
        if len(expected) > 3:
            assert found[0].certainty == expected[3], describe(found)
    for forbidden in case["forbid"]:
        model, attribute, value = forbidden
        assert not find(facts, model, attribute, value), (
            f"unexpected {forbidden}:\n{describe(facts)}"
        )


def test_every_fact_carries_its_evidence_and_source() -> None:
    text = "Meta released Llama 3.3 today. The model has 70 billion parameters."
    facts = facts_of(text, "2024-12-06")
    assert facts
    for fact in facts:
        assert fact.evidence and fact.evidence in text
        assert fact.source == "urn:test"
        assert str(fact.published) == "2024-12-06"


def test_extraction_is_deterministic() -> None:
    text = RULES[0]["text"] + "\n\n" + RULES[1]["text"]
    assert facts_of(text) == facts_of(text)


#: Kinds of language real posts use, each in our own words: (id, title, text, expect, forbid).
#: ``expect``/``forbid`` hold (model, attribute, value) triples; None matches anything.
REAL_LANGUAGE: list[tuple[str, str, str, list[tuple], list[tuple]]] = [
    (
        "generic-open-models-after-among",
        "",
        "Llama 2 was trained on two trillion tokens and ranks first among open models.",
        [],
        [("Llama 2", "openness", None)],
    ),
    (
        "quantified-subject-is-generic",
        "",
        "Llama 2 shipped last summer. Some firms keep their language models closed-source, "
        "and a few language models are open-source.",
        [],
        [("Llama 2", "openness", None)],
    ),
    (
        "scare-quotes-report-a-label",
        "",
        "LLaMA was released only to approved researchers, though Meta called it 'open source'.",
        [("Llama 1", "openness", "research_only")],
        [("Llama 1", "openness", "open_weights")],
    ),
    (
        "stance-nouns-after-open-source",
        "",
        "Llama 3 arrived amid doubts about Meta's open-source strategy and its open-weight era.",
        [],
        [("Llama 3", "openness", None)],
    ),
    (
        "open-sourced-something-else",
        "",
        "Llama 3 is here. Meta has open sourced a great deal of datacenter hardware design.",
        [],
        [("Llama 3", "openness", None)],
    ),
    (
        "open-source-product-kept",
        "",
        "Llama 2 reached cloud customers as an open-source product from Meta.",
        [("Llama 2", "openness", "open_weights")],
        [],
    ),
    (
        "appositive-closed-model",
        "",
        "Meta has released Quill Lark, a closed model that ships without weights.",
        [("Quill Lark", "openness", "closed"), ("Quill Lark", "status", "released")],
        [],
    ),
    (
        "meta-launched-new-name",
        "",
        "Meta launched Quill Lark this week, calling it a proprietary AI model for its apps.",
        [("Quill Lark", "status", "released")],
        [],
    ),
]

REAL_LANGUAGE += [
    (
        "open-source-left-behind",
        "",
        "Meta drops open source with Muse Spark, its first proprietary AI model.",
        [],
        [("Muse Spark", "openness", "open_weights")],
    ),
    (
        "denial-after-colon",
        "",
        "Llama Guard drew notice for one thing it is not: open source.",
        [],
        [("Llama Guard", "openness", "open_weights")],
    ),
    (
        "openness-plan-is-not-a-fact",
        "",
        "Avocado is Meta's next frontier model. Open-weight editions promised later.",
        [],
        [("Avocado", "openness", "open_weights")],
    ),
    (
        "base-model-clause-is-about-another-model",
        "Notes on LLaMA",
        "LLaMA shipped to researchers early in 2023. This week a university lab released "
        "Quokka, a chat model fine-tuned from Meta's LLaMA.",
        [],
        [("Llama 1", "release_date", "2026-04-10"), ("Llama 1", "release_date", "2026-04")],
    ),
    (
        "other-lab-subject-ends-the-focus",
        "",
        "Llama 3 is the model to beat. Gemma 2 comes in two sizes. The models are available "
        "on Kaggle from today.",
        [],
        [("Llama 3", "status", "released")],
    ),
    (
        "memberless-generation-is-a-subject",
        "",
        "Riding on Llama 2's success, Llama 4 is expected to improve on its weak spots.",
        [],
        [("Llama 2", "status", "upcoming")],
    ),
    (
        "conditions-are-not-events",
        "",
        "Llama 3 ships with a licence. If you build a model with it that is made available to "
        "others, you must credit Llama 3.",
        [],
        [("Llama 3", "status", "released")],
    ),
    (
        "upcoming-describes-no-model",
        "",
        "Llama 2 got a longer context. The upcoming challenge for builders is even longer inputs.",
        [],
        [("Llama 2", "status", "upcoming")],
    ),
    (
        "abandoned-policy-is-not-a-shelved-model",
        "",
        "Meta abandons open source with Muse Spark, its first proprietary AI model.",
        [],
        [("Muse Spark", "status", "shelved")],
    ),
    (
        "halted-testing-shelves",
        "",
        "Behemoth was meant to crown the Llama 4 line. After the reshuffle, Meta halted all "
        "testing on Behemoth.",
        [("Llama 4 Behemoth", "status", "shelved")],
        [],
    ),
    (
        "page-date-stamp-is-no-release-date",
        "",
        "date 2024-03-13 Summary Llama 3 could arrive soon, with more context.",
        [],
        [("Llama 3", "release_date", "2024-03-13")],
    ),
    (
        "post-about-another-labs-model",
        "Gemma 2 lands to take on Llama 3",
        "The models are downloadable from Kaggle today. Both beat Llama 3 70B on two tests. "
        "Llama 3 came out in April 2024.",
        [("Llama 3", "release_date", "2024-04")],
        [("Llama 3", "release_date", "2026-04-10"), ("Llama 3", "params_total", None)],
    ),
    (
        "size-in-a-match-up-is-a-label",
        "",
        "On maths it was Llama 3.1 70B vs a 72B rival, and the race was close.",
        [],
        [("Llama 3.1", "params_total", None)],
    ),
    (
        "moe-as-a-kind-of-design",
        "",
        "Llama 5 is Meta's next model. Mixture-of-experts architectures can serve big models "
        "cheaply.",
        [],
        [("Llama 5", "architecture", None)],
    ),
    (
        "paper-licence-is-not-the-model-licence",
        "",
        "Code Llama: models for code. License: CC BY 4.0 arXiv:2401.00001v2 [cs.CL]",
        [],
        [("Code Llama", "license", None)],
    ),
    (
        "wished-licence-is-not-a-licence",
        "",
        "Llama 2 arrived today. I was hoping Meta would ship it under Apache 2.0 instead.",
        [],
        [("Llama 2", "license", "apache-2.0")],
    ),
    (
        "status-as-of-dates-the-report",
        "",
        "The picture in May 2026 is this: Meta has released Llama 4 Scout.",
        [("Llama 4 Scout", "status", "released")],
        [("Llama 4 Scout", "release_date", "2026-05")],
    ),
    (
        "delayed-from-one-month-to-another",
        "",
        "Meta is pushing the Avocado release from March to June, people familiar said.",
        [],
        [("Avocado", "release_date", "2026-03")],
    ),
    (
        "released-artefacts-are-not-models",
        "",
        "Behemoth is the largest Llama 4 model. Early benchmark numbers were released, "
        "weights come later.",
        [],
        [("Llama 4 Behemoth", "status", "released")],
    ),
    (
        "building-infrastructure-is-not-building-the-model",
        "",
        "Llama 3 is done. Meta is also building huge data centres for whatever comes next.",
        [],
        [("Llama 3", "status", "upcoming")],
    ),
    (
        "worked-out-is-no-release",
        "",
        "Llama 2 changed Meta's plans. By March the team had worked out its priorities.",
        [],
        [("Llama 2", "release_date", "2026-03")],
    ),
    (
        "verb-object-names-the-model",
        "",
        "Meta put LLaMA out in early 2023 and later open sourced the Llama 2 weights for everyone.",
        [("Llama 2", "openness", "open_weights")],
        [("Llama 1", "openness", "open_weights")],
    ),
    (
        "prenominal-status-names-the-model",
        "",
        "The Llama 4 line has Scout (17B active), Maverick (17B active) and the unreleased "
        "Behemoth.",
        [("Llama 4 Behemoth", "status", "upcoming")],
        [("Llama 4 Maverick", "status", "upcoming")],
    ),
    (
        "released-something-else",
        "Notes on LLaMA",
        "LLaMA reached researchers in 2023. A year on, a campus lab released Quokka to the public.",
        [],
        [("Llama 1", "status", "released"), ("Llama 1", "release_date", "2024")],
    ),
    (
        "value-of-another-labs-model",
        "",
        "Llama 3 keeps a short window, unlike the 32K window of GPT-4.",
        [],
        [("Llama 3", "context_window", 32000)],
    ),
    (
        "member-parenthesis-status-beats-the-list-verb",
        "",
        "Three sizes are out now in the Llama 4 line: Scout (small), Maverick (mid-size) and "
        "Behemoth (still in training).",
        [("Llama 4 Behemoth", "status", "upcoming"), ("Llama 4 Scout", "status", "released")],
        [("Llama 4 Behemoth", "status", "released")],
    ),
    (
        "citation-date-is-the-papers",
        "",
        "In the paper, Llama 2 (Smith et al., July 2023) gets more training data.",
        [],
        [("Llama 2", "release_date", "2023-07")],
    ),
    (
        "shell-commands-are-code",
        "",
        "mytool get --model Llama-4-Scout-17B-16E-Instruct --dest ./w --quiet",
        [],
        [("Llama 4 Scout", "params_active", None)],
    ),
    (
        "version-digit-is-not-a-day",
        "",
        "The past cadence of releases (Llama 3.2 Sep 2024, Llama 3.3 Dec 2024) was steady.",
        [("Llama 3.2", "release_date", "2024-09")],
        [("Llama 3.2", "release_date", "2024-09-02")],
    ),
    (
        "title-about-another-labs-release",
        "A campus lab releases Quokka, a small chat model",
        "Quokka was tuned from Meta's LLaMA. The weights are not yet released.",
        [],
        [("Llama 1", "status", "upcoming")],
    ),
    (
        "started-training-is-upcoming",
        "",
        "Meta has now started training Llama 3 on its new cluster.",
        [("Llama 3", "status", "upcoming")],
        [("Llama 3", "status", "released")],
    ),
    (
        "made-the-model-available",
        "",
        "Meta made its Llama 2 model available to outside developers that summer.",
        [("Llama 2", "status", "released")],
        [],
    ),
    (
        "paused-testing-shelves",
        "",
        "Insiders say Meta reportedly paused all testing on Llama 4 Behemoth last month.",
        [("Llama 4 Behemoth", "status", "shelved", "reported")],
        [],
    ),
    (
        "months-ago-against-the-post-date",
        "",
        "Two months ago Meta released Llama 2 to the public.",
        [("Llama 2", "release_date", "2026-02")],
        [],
    ),
    (
        "handles-million-input-tokens",
        "",
        "Llama 4 Scout fits on one GPU and can handle up to 10 million input tokens.",
        [("Llama 4 Scout", "context_window", 10000000)],
        [],
    ),
    (
        "released-a-model-called",
        "",
        "Back then Meta released a research model called LLaMA.",
        [("Llama 1", "status", "released")],
        [],
    ),
    (
        "as-of-date-in-a-members-parenthesis",
        "",
        "The Llama 4 line: Scout (small), Maverick (mid) and Behemoth (biggest, still in "
        "training as of March 2026).",
        [("Llama 4 Behemoth", "status", "upcoming")],
        [("Llama 4 Behemoth", "status", "released"), ("Llama 4 Behemoth", "release_date", None)],
    ),
    (
        "environment-lines-are-code",
        "",
        "MODEL_DIR=~/.cache/weights/Llama-4-Scout-17B-16E-Instruct",
        [],
        [("Llama 4 Scout", None, None)],
    ),
    (
        "size-with-expert-count-is-unclear",
        "",
        "Sizes in the Llama 4 line-up: Scout (17B, 16 experts), then Maverick (17B, 128 experts).",
        [],
        [("Llama 4 Scout", "params_total", None), ("Llama 4 Scout", "params_active", None)],
    ),
    (
        "it-after-a-generation-is-the-generation",
        "",
        "Scout and Maverick are out. Llama 4 is Meta's new model family. It marks the first Llama "
        "generation built on mixture-of-experts.",
        [("Llama 4 Scout", "architecture", "moe"), ("Llama 4 Maverick", "architecture", "moe")],
        [],
    ),
    (
        "offers-n-tokens",
        "",
        "Llama 4 has long context; Maverick offers 1M tokens and 17B active parameters.",
        [("Llama 4 Maverick", "context_window", 1000000)],
        [],
    ),
    (
        "kind-as-subject-is-generic",
        "",
        "Closed models hold their weights back, while open ones can be fetched by anyone. "
        "Llama 3 shipped this month.",
        [("Llama 3", "status", "released")],
        [("Llama 3", "openness", None)],
    ),
    (
        "assistant-availability-is-not-the-models",
        "",
        "The Meta AI assistant, now available inside Messenger, is powered by Llama 3.",
        [],
        [("Llama 3", "status", "released")],
    ),
    (
        "launching-tomorrow-is-upcoming",
        "",
        "Meta is launching Llama 3.3 tomorrow, a company spokesperson said.",
        [("Llama 3.3", "status", "upcoming"), ("Llama 3.3", "release_date", "2026-04-11")],
        [("Llama 3.3", "status", "released")],
    ),
    (
        "weeks-ago-gives-the-month",
        "",
        "Three weeks ago Meta released Llama 3.3 to developers.",
        [("Llama 3.3", "release_date", "2026-03")],
        [],
    ),
    (
        "free-for-research-and-commercial-use",
        "",
        "Labs and firms alike may use Llama 2: it is free for research and commercial use.",
        [("Llama 2", "openness", "open_weights")],
        [],
    ),
    (
        "spec-line-pairs",
        "",
        "Llama 2 13B\n\nLicense:llama2 Ctx Length:4k Params: 13B",
        [
            ("Llama 2", "license", "llama-2-community"),
            ("Llama 2", "context_window", 4000),
            ("Llama 2", "params_total", 13000000000),
        ],
        [],
    ),
    (
        "prose-with-colons-is-not-a-spec-line",
        "",
        "Llama 2 note: the team said this: wait for it.",
        [],
        [("Llama 2", "license", None)],
    ),
    (
        "bare-weekday-after-a-release-verb",
        "",
        "Meta's Llama 3.1 405B was released Tuesday to developers.",
        [("Llama 3.1", "release_date", "2026-04-07")],
        [],
    ),
    (
        "will-delay-is-upcoming",
        "",
        "People familiar with the plans say Meta will delay Avocado again.",
        [("Avocado", "status", "upcoming", "reported")],
        [],
    ),
    (
        "attribution-covers-its-paragraph",
        "",
        "According to a newswire, Meta is readying Avocado for a June launch. The model will "
        "stay closed.\n\nMeta did not comment. Avocado has a 1M-token context "
        "window.",
        [
            ("Avocado", "status", "upcoming", "reported"),
            ("Avocado", "release_date", "2026-06", "reported"),
            ("Avocado", "openness", "closed", "reported"),
            ("Avocado", "context_window", 1000000, "confirmed"),
        ],
        [],
    ),
    (
        "weekday-before-a-full-date",
        "",
        "Meta unveiled Llama 3.2 at its conference on Wednesday, September 25, 2024.",
        [("Llama 3.2", "release_date", "2024-09-25")],
        [("Llama 3.2", "release_date", "2026-04-08")],
    ),
    (
        "contrastive-opening-names-a-comparison",
        "",
        "Quill Lark is Meta's new proprietary AI model. Unlike the Llama 2 line, it has no "
        "public weights. It reads both text and images.",
        [],
        [("Llama 2", "modalities", None), ("Llama 2", "openness", None)],
    ),
    (
        "quoted-name-after-open-sourced",
        "",
        "Meta is building Avocado as the heir to the open-sourced 'Llama' line.",
        [],
        [("Avocado", "openness", "open_weights")],
    ),
    (
        "kind-of-model-in-the-clause",
        "",
        "Llama 2 has a 4K context window. The next step for open models is a context of 32K-128K.",
        [("Llama 2", "context_window", 4000)],
        [("Llama 2", "context_window", 128000)],
    ),
    (
        "both-x-and-y-is-no-anaphor",
        "",
        "The rollout is slow. It also handles both text and images. Later we look at Llama 3.",
        [],
        [("Llama 3", "modalities", None)],
    ),
    (
        "model-card-row-activated-and-total",
        "",
        "| Model | Params | Context |\n| --- | --- | --- |\n"
        "| Llama 4 Scout | 17B (Activated) 109B (Total) | 10M |",
        [
            ("Llama 4 Scout", "params_active", 17000000000),
            ("Llama 4 Scout", "params_total", 109000000000),
        ],
        [("Llama 4 Scout", "params_total", 17000000000)],
    ),
    (
        "available-in-a-cloud-is-released",
        "",
        "Llama 3.1 405B is now available in Amazon Bedrock.",
        [("Llama 3.1", "status", "released")],
        [],
    ),
    (
        "names-set-off-after-the-object",
        "",
        "Meta has new Llama 4 models. The company released two new models—Scout and "
        "Maverick—on Saturday.",
        [("Llama 4 Scout", "status", "released"), ("Llama 4 Maverick", "status", "released")],
        [],
    ),
    (
        "shelving-ends-the-wait",
        "",
        "Llama 4 Behemoth is still unreleased.\n\nLater, Meta reportedly paused testing on "
        "Llama 4 Behemoth.",
        [("Llama 4 Behemoth", "status", "shelved")],
        [("Llama 4 Behemoth", "status", "upcoming")],
    ),
    (
        "a-month-gave-us-the-model",
        "",
        "In July Meta gave us Llama 3.1, with 405B at the top of the range.",
        [("Llama 3.1", "status", "released"), ("Llama 3.1", "release_date", "2025-07")],
        [],
    ),
    (
        "byline-release-field",
        "Llama 3.1: the dense workhorse",
        "Llama 3.1 is the dense workhorse.\n\nby Meta · Released July 2024 · 9 min read",
        [("Llama 3.1", "status", "released"), ("Llama 3.1", "release_date", "2024-07")],
        [],
    ),
    (
        "we-release-another-model",
        "Getting ready for long inputs",
        "Today, we're releasing Quokka-7B-64K, a long-context model from our lab. Fine-tune "
        "the model on 64K context. We extend LLaMA-2-7B to 64K context with a recipe.",
        [],
        [("Llama 2", None, None), ("Llama 1", None, None)],
    ),
    (
        "meta-releases-its-own",
        "",
        "Today, we are releasing Llama 3.3, a 70B model, to everyone.",
        [("Llama 3.3", "status", "released")],
        [],
    ),
    (
        "months-since-the-release",
        "",
        "It has been two months since Meta released Llama 3.3 to developers.",
        [("Llama 3.3", "release_date", "2026-02")],
        [],
    ),
    (
        "missed-target-is-not-the-date",
        "",
        "Avocado, Meta's next frontier model, missed its March target and is now expected in "
        "May, people close to the project said.",
        [("Avocado", "release_date", "2026-05", "reported")],
        [("Avocado", "release_date", "2026-03"), ("Avocado", "release_date", "2027-03")],
    ),
    (
        "delay-of-a-model-to-a-month",
        "",
        "Meta's delay of Avocado to May worries investors.",
        [("Avocado", "status", "upcoming", "confirmed"), ("Avocado", "release_date", "2026-05")],
        [],
    ),
    (
        "there-are-reports-of-a-delay",
        "",
        "There are reports Meta keeps delaying the Avocado release, moving it from March to June.",
        [("Avocado", "status", "upcoming", "reported"), ("Avocado", "release_date", "2026-06")],
        [("Avocado", "release_date", "2026-03")],
    ),
    (
        "as-of-late-month-dates-a-status",
        "",
        "Still no Llama 4 Behemoth as of late May 2026, and the delay goes on.",
        [],
        [("Llama 4 Behemoth", "release_date", None)],
    ),
    (
        "text-only-variants-beside-vision-variants",
        "",
        "Llama 3.2 has small text-only models (1B and 3B) and vision models (11B and 90B).",
        [("Llama 3.2", "params_total", 90000000000)],
        [("Llama 3.2", "modalities", ["text"])],
    ),
    (
        "begun-rolling-out",
        "",
        "Meta has begun rolling out Llama 3.3 to developers on its own site.",
        [("Llama 3.3", "status", "released")],
        [],
    ),
    (
        "comparison-table-on-another-labs-page",
        "Gemma 2 against Llama 3.1: a comparison",
        "| Model | Params | Context |\n| --- | --- | --- |\n| Gemma 2 9B | 9B | 8K |\n"
        "| Llama 3.1 8B | 8B | 128K |",
        [],
        [("Llama 3.1", None, None)],
    ),
    (
        "infobox-initial-release",
        "Code Llama - wiki",
        "Code Llama\n\nDeveloper: Meta AI\nInitial release: August 24, 2023\n"
        "Type: Large language model",
        [("Code Llama", "release_date", "2023-08-24"), ("Code Llama", "status", "released")],
        [],
    ),
    (
        "at-least-a-month-and-a-superseded-expectation",
        "",
        "Meta has pushed back the launch of Avocado to at least May, insiders say. The model had "
        "been expected in March.",
        [("Avocado", "release_date", "2026-05", "reported")],
        [("Avocado", "release_date", "2026-03")],
    ),
    (
        "predictions-heading-makes-will-a-guess",
        "",
        "# My predictions for next year\n\n1. Meta will release Llama 5 with about 2T parameters.",
        [("Llama 5", "status", "upcoming", "speculative")],
        [],
    ),
    (
        "serving-a-checkpoint-is-no-spec",
        "",
        "Our engine serves Llama 3.1 70B at 2,400 tokens per second on eight GPUs.",
        [],
        [("Llama 3.1", "params_total", None), ("Llama 3.1", "context_window", None)],
    ),
    (
        "reports-that",
        "",
        "Meta shares slipped after reports that Llama 4 Behemoth was delayed.",
        [("Llama 4 Behemoth", "status", "upcoming", "reported")],
        [],
    ),
    (
        "open-source-ai-model-is-a-model",
        "",
        "Meta calls Llama 3.1 405B an open source AI model of frontier class.",
        [("Llama 3.1", "openness", "open_weights")],
        [],
    ),
    (
        "open-source-ai-is-a-movement",
        "",
        "Llama 3 arrives amid a fierce debate over open source AI.",
        [],
        [("Llama 3", "openness", None)],
    ),
    (
        "hardware-vendor-is-no-rival",
        "",
        "Llama 4 Scout runs on one NVIDIA H100 GPU and accepts up to 10 million input tokens.",
        [("Llama 4 Scout", "context_window", 10000000)],
        [],
    ),
    (
        "cloud-vendor-blocks-a-status",
        "",
        "Llama 2 fans got news: Alibaba Cloud has launched a tuning service for it.",
        [],
        [("Llama 2", "status", "released")],
    ),
    (
        "opensource-in-one-word",
        "",
        "Next year Llama 3 should arrive as an opensource model from Meta.",
        [("Llama 3", "openness", "open_weights")],
        [],
    ),
    (
        "released-as-a-research-model",
        "",
        "Meta put out LLaMA as a research model in February 2023.",
        [("Llama 1", "openness", "research_only")],
        [],
    ),
    (
        "made-to-help-researchers-is-research-only",
        "",
        "Today the lab is opening up LLaMA, a compact foundation model designed to help "
        "researchers study how such systems behave.",
        [("Llama 1", "openness", "research_only")],
        [("Llama 1", "openness", "open_weights")],
    ),
    (
        "plans-to-switch-to-a-closed-model-is-the-model-s-plan",
        "",
        "Reporters say Meta is building its next frontier model under the code name Avocado "
        "and plans to switch to a closed model for it.",
        [("Avocado", "openness", "closed")],
        [],
    ),
    (
        "others-shifting-to-a-closed-model-is-not-this-one",
        "",
        "Llama 3 stays with Meta, while rival labs shift to a closed model.",
        [],
        [("Llama 3", "openness", "closed")],
    ),
    (
        "researchers-among-other-audiences-is-no-rung",
        "",
        "Llama 2 is built to help researchers and businesses alike.",
        [],
        [("Llama 2", "openness", "research_only")],
    ),
    (
        "labelled-context-with-a-comment",
        "Llama 4 Scout review",
        "Llama 4 Scout is small.\n\nContext window: 10 million tokens, more than any rival offers",
        [("Llama 4 Scout", "context_window", 10000000)],
        [],
    ),
    (
        "any-released-model-is-a-class",
        "",
        "Llama 5 would have the longest window of any released model.",
        [],
        [("Llama 5", "status", "released")],
    ),
    (
        "contrast-with-the-family-keeps-the-focus",
        "",
        "Meta launched Quill Lark on May 2, 2026, its first proprietary AI model. Unlike every "
        "Llama model before it, there are no public weights. The model reads text and images.",
        [("Quill Lark", "modalities", ["image", "text"])],
        [],
    ),
    (
        "dated-items-in-a-list-of-releases",
        "",
        "Past releases came every few months (Llama 3.1 Jul 2024, Llama 3.3 Dec 2024, Llama 4 "
        "due later).",
        [
            ("Llama 3.1", "status", "released"),
            ("Llama 3.1", "release_date", "2024-07"),
            ("Llama 3.3", "release_date", "2024-12"),
        ],
        [],
    ),
    (
        "mixed-experts-is-moe",
        "",
        "Reviewers call Llama 4 Behemoth a mixed expert AI system of rare size.",
        [("Llama 4 Behemoth", "architecture", "moe")],
        [],
    ),
]


@pytest.mark.parametrize("case", REAL_LANGUAGE, ids=[c[0] for c in REAL_LANGUAGE])
def test_real_language(case: tuple[str, str, str, list[tuple], list[tuple]]) -> None:
    _, title, text, expect, forbid = case
    facts = facts_of(text, "2026-04-10", title)
    for model, attribute, value, *certainty in expect:
        found = find(facts, model, attribute, value)
        assert found, f"missing {(model, attribute, value)} in:\n{describe(facts)}"
        if certainty:
            assert found[0].certainty == certainty[0], describe(found)
    for model, attribute, value in forbid:
        assert not find(facts, model, attribute, value), (
            f"unexpected {(model, attribute, value)} in:\n{describe(facts)}"
        )
