"""Value rules from a second audit of real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out
and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, describe, facts_of, find

CASES = [
    # (a) a bare million figure beside window words is a context length, never a size
    RuleCase(
        "million-beside-tokens-not-params",
        "Llama 4 Maverick gets 1M, Scout gets 10M tokens of context; each has 17B active "
        "parameters.",
        "2025-04-10",
        (("Llama 4 Scout", "context_window", 10_000_000),),
        (("Llama 4 Maverick", "params_total", None), ("Llama 4 Scout", "params_total", None)),
    ),
    RuleCase(
        "million-window-sentence-not-params",
        "Llama 4 Maverick ships with 1M in its window, across model sizes.",
        "2025-04-10",
        (),
        (("Llama 4 Maverick", "params_total", None),),
    ),
    RuleCase(
        "billion-beside-tokens-still-params",
        "Llama 4 Scout has 109B total parameters and a 10M token window.",
        "2025-04-10",
        (
            ("Llama 4 Scout", "params_total", 109_000_000_000),
            ("Llama 4 Scout", "context_window", 10_000_000),
        ),
        (),
    ),
    # (b) a negation scopes over a release verb to the openness rung
    RuleCase(
        "not-yet-released-as-open-weights",
        "Llama 4 Behemoth has not yet been publicly released as open weights.",
        "2025-05-01",
        (),
        (("Llama 4 Behemoth", "openness", None),),
    ),
    RuleCase(
        "never-made-available-as-open-source",
        "Llama 4 Behemoth has never been made available as an open-source model.",
        "2025-05-01",
        (),
        (("Llama 4 Behemoth", "openness", None),),
    ),
    RuleCase(
        "released-as-open-weights-still-read",
        "Meta has released Llama 4 Scout as open weights on its site.",
        "2025-05-01",
        (("Llama 4 Scout", "openness", "open_weights"),),
        (),
    ),
    # (c) a label the writer disputes gives no rung
    RuleCase(
        "trying-to-say-open-source",
        "Plenty of commentators keep trying to say Llama 2 is open source.",
        "2024-03-01",
        (),
        (("Llama 2", "openness", None),),
    ),
    RuleCase(
        "calls-it-open-but-it-is-not",
        "Meta calls Llama 3 open source, but it is not by any usual definition.",
        "2024-05-01",
        (),
        (("Llama 3", "openness", None),),
    ),
    RuleCase(
        "so-called-open",
        "The so-called open model Llama 3.1 comes with many strings attached.",
        "2024-08-01",
        (),
        (("Llama 3.1", "openness", None),),
    ),
    RuleCase(
        "calls-open-no-dispute-kept",
        "Llama 3.1 is openly available for anyone to build on.",
        "2024-08-01",
        (("Llama 3.1", "openness", "open_weights"),),
        (),
    ),
    # (d) dense said of a model; the two designs set side by side as a topic give nothing
    RuleCase(
        "dense-model-family-copular",
        "Llama 3 was a dense model family from top to bottom.",
        "2025-04-10",
        (("Llama 3", "architecture", "dense"),),
        (),
    ),
    RuleCase(
        "dense-models-copular",
        "Llama 3 models are dense models that use every weight for each token.",
        "2025-04-10",
        (("Llama 3", "architecture", "dense"),),
        (),
    ),
    RuleCase(
        "dense-vs-moe-heading-topic",
        "Llama 4 Scout: Dense models vs. Mixture of Experts",
        "2025-04-10",
        (),
        (("Llama 4 Scout", "architecture", None),),
    ),
    RuleCase(
        "moe-or-dense-question-topic",
        "MoE or dense? A look at what Llama 4 Maverick gets right",
        "2025-04-10",
        (),
        (("Llama 4 Maverick", "architecture", None),),
    ),
    RuleCase(
        "moe-and-dense-layers-still-moe",
        "Llama 4 Maverick is an MoE model that alternates MoE and dense layers.",
        "2025-04-10",
        (("Llama 4 Maverick", "architecture", "moe"),),
        (("Llama 4 Maverick", "architecture", "dense"),),
    ),
    # (f) relative days that need no binding
    RuleCase(
        "past-verb-on-a-weekday",
        "Meta released Llama 4 Scout on a Saturday, to general surprise.",
        "2025-04-07",
        (("Llama 4 Scout", "release_date", "2025-04-05"),),
        (),
    ),
    RuleCase(
        "habit-on-a-weekday-no-date",
        "Meta usually puts out Llama 3.1 updates on a Tuesday, and Llama 3.1 was released.",
        "2024-08-08",
        (),
        (("Llama 3.1", "release_date", None),),
    ),
    RuleCase(
        "future-on-a-weekday-no-date",
        "Meta will release Llama 4 Behemoth on a Friday.",
        "2025-04-07",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    RuleCase(
        "last-week-month-only",
        "Meta launched Llama 4 Maverick last week.",
        "2025-04-16",
        (("Llama 4 Maverick", "release_date", "2025-04"),),
        (("Llama 4 Maverick", "release_date", "2025-04-07"),),
    ),
    RuleCase(
        "last-week-in-previous-month",
        "Meta launched Llama 4 Maverick last week.",
        "2025-04-03",
        (("Llama 4 Maverick", "release_date", "2025-03"),),
        (("Llama 4 Maverick", "release_date", "2025-04"),),
    ),
    RuleCase(
        "last-week-straddling-month-nothing",
        "Meta launched Llama 4 Maverick last week.",
        "2025-03-05",
        (),
        (("Llama 4 Maverick", "release_date", None),),
    ),
    RuleCase(
        "last-week-someone-else-released",
        "Last week a university released Koala, a chat model tuned from Meta's LLaMA.",
        "2026-04-10",
        (),
        (("Llama 1", "release_date", None),),
    ),
    # (e) a preview or training said of the model is upcoming; a preview on a platform is not
    RuleCase(
        "remains-in-preview-upcoming",
        "Llama 4 Behemoth remains in preview while the smaller models ship.",
        "2025-04-10",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "still-in-training-upcoming",
        "Llama 4 Behemoth is still in training, Meta said in its post.",
        "2025-04-10",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (),
    ),
    RuleCase(
        "preview-on-platform-not-upcoming",
        "Llama 4 Maverick is in preview on a cloud platform for enterprise customers.",
        "2025-04-10",
        (),
        (("Llama 4 Maverick", "status", "upcoming"),),
    ),
    RuleCase(
        "benchmark-preview-not-status",
        "A preview of the Llama 4 Maverick benchmark tables appeared on Friday.",
        "2025-04-10",
        (),
        (("Llama 4 Maverick", "status", None),),
    ),
    # (g) present or past availability on a download platform is a release; future is not
    RuleCase(
        "available-across-platforms-released",
        "Llama 4 Scout is available across platforms like Hugging Face and llama.com.",
        "2025-04-10",
        (("Llama 4 Scout", "status", "released"),),
        (),
    ),
    RuleCase(
        "can-be-downloaded-from-released",
        "Llama 4 Maverick can be downloaded from Hugging Face right now.",
        "2025-04-10",
        (("Llama 4 Maverick", "status", "released"),),
        (),
    ),
    RuleCase(
        "will-soon-be-downloadable-not-released",
        "Llama 4 Behemoth will soon be available to download from llama.com.",
        "2025-04-10",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # parameters used per token are the active count; "all … per token" is no active count
    RuleCase(
        "activate-n-parameters",
        "Llama 4 Scout will activate only 17 billion parameters on each request.",
        "2025-04-10",
        (("Llama 4 Scout", "params_active", 17_000_000_000),),
        (("Llama 4 Scout", "params_total", 17_000_000_000),),
    ),
    RuleCase(
        "parameters-per-token-active",
        "Llama 4 Maverick uses 17B parameters per token out of 400B in total.",
        "2025-04-10",
        (
            ("Llama 4 Maverick", "params_active", 17_000_000_000),
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
        ),
        (),
    ),
    RuleCase(
        "all-parameters-per-token-not-active",
        "Llama 3.1 uses all 405 billion parameters for every token.",
        "2024-08-01",
        (),
        (("Llama 3.1", "params_active", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_value_rule(case: RuleCase) -> None:
    check_rule_case(case)


def test_bare_context_line_in_a_spec_box_is_the_window_of_the_model_in_focus() -> None:
    text = "Llama 3.3 70B Instruct\n\nContext Window 128K tokens\n\nSome 400K downloads so far."
    facts = facts_of(text, "2025-01-10", title="Llama 3.3 70B Instruct")
    assert find(facts, "Llama 3.3", "context_window", 128_000), describe(facts)


def test_bare_context_line_without_a_model_in_focus_gives_nothing() -> None:
    text = "Model comparison notes\n\nContext Window 128K tokens\n\nMore rows follow below."
    facts = facts_of(text, "2025-01-10", title="Model comparison notes")
    assert not [f for f in facts if f.attribute == "context_window"], describe(facts)


def test_context_line_with_words_after_the_number_is_not_a_spec_field() -> None:
    text = "Llama 3.3 70B Instruct\n\nContext Window 128K tokens is what rivals claim for theirs."
    facts = facts_of(text, "2025-01-10", title="Llama 3.3 70B Instruct")
    assert not find(facts, "Llama 3.3", "context_window", None), describe(facts)
