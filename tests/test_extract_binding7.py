"""Binding rules from a seventh round on real pages (precision), each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. The rules decide which model a value belongs to and which
statements a post keeps, not how a value is read.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of, find

# (1) "a variant of Meta's Llama 3.1": the maker's possessive between a base cue and
# the name does not hide the cue; the name is the base, not the subject
POSSESSIVE_BASE_CASES = [
    RuleCase(
        "a-variant-of-metas-model-is-its-base",
        "Quokka 70B, a variant of Meta's Llama 3.1 open source model, was put out by "
        "Pebbleworks last week.",
        "2024-09-09",
        (),
        (
            ("Llama 3.1", "params_total", None),
            ("Llama 3.1", "openness", None),
            ("Llama 3.1", "status", None),
        ),
    ),
    RuleCase(
        "fine-tuned-from-metas-model-is-its-base",
        "Pebbleworks shipped Otterchat 8B, fine-tuned from Facebook's Llama 3 8B, under "
        "an open licence.",
        "2024-06-02",
        (),
        (
            ("Llama 3", "params_total", None),
            ("Llama 3", "openness", None),
            ("Llama 3", "status", None),
        ),
    ),
    # negatives: Meta's model as the subject keeps its values
    RuleCase(
        "metas-model-as-the-subject-keeps-its-values",
        "Meta's Llama 3.1 is an open-weights model with 405B parameters.",
        "2024-07-24",
        (("Llama 3.1", "params_total", 405_000_000_000), ("Llama 3.1", "openness", "open_weights")),
        (),
    ),
    RuleCase(
        "a-variant-named-after-metas-model-is-still-the-subject",
        "Meta's Llama 3.2 Vision, a variant with an image encoder, takes text and images.",
        "2024-09-26",
        (("Llama 3.2", "modalities", ["image", "text"]),),
        (),
    ),
]


@pytest.mark.parametrize("case", POSSESSIVE_BASE_CASES, ids=[c.id for c in POSSESSIVE_BASE_CASES])
def test_possessive_base_case(case: RuleCase) -> None:
    check_rule_case(case)


# (2) "faster than other models like Llama 2 70B": the compared thing is a kind of
# model and the name after "like" / "such as" / "including" one example of it
KIND_EXAMPLE_CASES = [
    RuleCase(
        "an-example-of-the-compared-models-is-a-baseline",
        "Otterchat is notably faster than other models like Llama 2 70B, with similar quality.",
        "2024-02-13",
        (),
        (("Llama 2", "params_total", None),),
    ),
    RuleCase(
        "an-example-of-the-beaten-rivals-is-a-baseline",
        "Otterchat beats open rivals such as Llama 3 70B on math, and ships under Apache 2.0.",
        "2024-06-13",
        (),
        (("Llama 3", "params_total", None), ("Llama 3", "license", None)),
    ),
    # negatives: an example of what Meta released, and a plain subject
    RuleCase(
        "an-example-of-what-meta-released-keeps-its-size",
        "Meta released several open models, such as Llama 2 70B, in July 2023.",
        "2023-07-20",
        (("Llama 2", "params_total", 70_000_000_000),),
        (),
    ),
    RuleCase(
        "a-model-named-like-the-subject-keeps-its-size",
        "Models like Llama 2 70B run on a single server with 70B parameters.",
        "2023-08-01",
        (("Llama 2", "params_total", 70_000_000_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", KIND_EXAMPLE_CASES, ids=[c.id for c in KIND_EXAMPLE_CASES])
def test_kind_example_case(case: RuleCase) -> None:
    check_rule_case(case)


# (3) a spec sheet whose fields say its model is another party's ("Company" /
# "Pebbleworks", "| Base Model | Llama-3.1 405B |"): its values are that model's, and
# the Meta model it names (a backbone, a base) gets none of them
SPEC_SHEET_CASES = [
    RuleCase(
        "a-distills-sheet-gives-its-backbone-nothing",
        "Gridnote\n\nPebbleworks Distill 70B\n\nA reasoning distill that runs on one node.\n\n"
        "Company\n\nPebbleworks\n\nRelease date\n\nMar 3, 2025\n\nArchitecture\n\n"
        "Dense decoder-only transformer\n\nContext window\n\n131,072\n\nTotal params\n\n70B\n\n"
        "Backbone\n\nThis checkpoint keeps the memory layout of Llama 3.3 70B Instruct.",
        "2025-03-04",
        (),
        (
            ("Llama 3.3", "status", None),
            ("Llama 3.3", "release_date", None),
            ("Llama 3.3", "context_window", None),
            ("Llama 3.3", "architecture", None),
        ),
    ),
    RuleCase(
        "a-fine-tunes-listing-with-a-base-model-row-gives-its-base-nothing",
        "Quillcat 2 405B\n\n| Property | Value |\n|---|---|\n| Model Name | Quillcat 2 405B |\n"
        "| Release Date | May 2, 2025 |\n| Base Model | Llama-3.1 405B (full finetune) |\n"
        "| Parameters | 405 Billion |\n| Context Window | 128,000 tokens |\n\n"
        "Quillcat 2 is a chat model with better tool use.",
        "2025-05-03",
        (),
        (
            ("Llama 3.1", "status", None),
            ("Llama 3.1", "params_total", None),
            ("Llama 3.1", "context_window", None),
        ),
    ),
    # negatives: Meta named as the maker, a Meta model's own base row, a byline, and a
    # heading that only starts with a field's word
    RuleCase(
        "a-sheet-naming-meta-as-the-company-keeps-its-values",
        "Gridnote\n\nLlama 3.3 70B\n\nMeta's multilingual text model.\n\nCompany\n\nMeta\n\n"
        "Release date\n\nDec 6, 2024\n\nContext window\n\n131,072\n\nTotal params\n\n70B",
        "2024-12-07",
        (("Llama 3.3", "context_window", 131_072), ("Llama 3.3", "release_date", "2024-12-06")),
        (),
    ),
    RuleCase(
        "a-meta-models-base-row-keeps-its-own-values",
        "Llama Guard 4 12B\n\n| Property | Value |\n|---|---|\n| Model Name | Llama Guard 4 12B |\n"
        "| Released | 2025-04-30 |\n| Base Model | Llama 4 Scout |\n"
        "| Input Modalities | image, text |\n\nLlama Guard 4 is Meta's safety classifier.",
        "2025-05-01",
        (("Llama Guard", "modalities", ["image", "text"]), ("Llama Guard", "status", "released")),
        (),
    ),
    RuleCase(
        "a-byline-author-is-no-developer-field",
        "Author: Hans\n\nMeta released Llama 3.2 1B and 3B on September 25, 2024, with a 128K "
        "context window.",
        "2024-09-26",
        (("Llama 3.2", "context_window", 128_000), ("Llama 3.2", "status", "released")),
        (),
    ),
    RuleCase(
        "a-heading-opening-on-developer-is-no-field",
        "Meta released Llama 4 Scout on April 5, 2025.\n\nDeveloper Perspective\n\n"
        "Llama 4 Scout accepts text and images as inputs.",
        "2025-04-06",
        (
            ("Llama 4 Scout", "modalities", ["image", "text"]),
            ("Llama 4 Scout", "status", "released"),
        ),
        (),
    ),
]


@pytest.mark.parametrize("case", SPEC_SHEET_CASES, ids=[c.id for c in SPEC_SHEET_CASES])
def test_spec_sheet_case(case: RuleCase) -> None:
    check_rule_case(case)


# (4) "Meta on Wednesday debuted Quill Crest, a homegrown AI model …": a day between
# Meta and its launch verb, and rival labs named only after the launched model, still
# introduce the name as Meta's model
LAUNCHED_NAME_CASES = [
    RuleCase(
        "a-model-debuted-on-a-weekday-against-named-rivals-is-metas",
        "Meta on Wednesday debuted Quill Crest, a homegrown AI model it says closes the gap "
        "with models from OpenAI and Google.",
        "2026-04-09",
        (("Quill Crest", "status", "released"), ("Quill Crest", "release_date", "2026-04-08")),
        (),
    ),
    RuleCase(
        "a-model-launched-this-week-to-take-on-a-rival-is-metas",
        "Meta this week launched Quill Crest, a reasoning model, to take on Anthropic.",
        "2026-04-09",
        (("Quill Crest", "status", "released"),),
        (),
    ),
    # negatives: a launched product, and another lab's launch
    RuleCase(
        "a-launched-feed-made-with-rivals-models-is-no-model",
        "Meta on Monday debuted Brightfeed, a feed of short videos made with models from OpenAI.",
        "2026-04-09",
        (),
        (("Brightfeed", "status", None),),
    ),
    RuleCase(
        "another-labs-weekday-debut-is-not-metas",
        "OpenAI on Tuesday debuted Quartz Max, a homegrown AI model, days after Meta's Llama "
        "event.",
        "2026-04-09",
        (),
        (("Quartz Max", "status", None),),
    ),
]


@pytest.mark.parametrize("case", LAUNCHED_NAME_CASES, ids=[c.id for c in LAUNCHED_NAME_CASES])
def test_launched_name_case(case: RuleCase) -> None:
    check_rule_case(case)


# (5) "Just like its predecessor, Guardpost 1, it …": inside an opening contrast, a name
# set off by two commas after "predecessor" is the compared model, not the subject
APPOSED_PREDECESSOR_CASES = [
    RuleCase(
        "a-predecessor-set-off-in-a-like-opening-is-a-baseline",
        "Code Llama 34B writes Python. Just like its predecessor, Llama 2 7B, it answers in "
        "plain English.",
        "2023-08-25",
        (("Code Llama", "params_total", 34_000_000_000),),
        (("Llama 2", "params_total", None),),
    ),
    RuleCase(
        "a-linked-predecessor-gives-its-hub-size-to-nobody",
        "Just like its predecessor, [Llama Guard 1](https://huggingface.co/meta-llama/"
        "LlamaGuard-7b), it can classify both prompts and responses.",
        "2024-05-13",
        (),
        (("Llama Guard", "params_total", None),),
    ),
    # negative: the name after "Like its predecessor," with no closing comma is the subject
    RuleCase(
        "the-name-after-a-like-its-predecessor-opening-is-the-subject",
        "Like its predecessor, Llama 3.1 ships with 8B parameters.",
        "2024-07-24",
        (("Llama 3.1", "params_total", 8_000_000_000),),
        (),
    ),
]


@pytest.mark.parametrize(
    "case", APPOSED_PREDECESSOR_CASES, ids=[c.id for c in APPOSED_PREDECESSOR_CASES]
)
def test_apposed_predecessor_case(case: RuleCase) -> None:
    check_rule_case(case)


# (6) "a direct descendant of Llama 2": the model a subject descends from is its base
LINEAGE_CASES = [
    RuleCase(
        "a-descendants-base-takes-nothing",
        "Quillcode is a direct descendant of Llama 2 with 34B parameters and a 100K window.",
        "2023-09-01",
        (),
        (("Llama 2", "params_total", None), ("Llama 2", "context_window", None)),
    ),
    RuleCase(
        "an-evolution-of-a-model-is-not-it",
        "Otter 3, an evolution of Llama 3, reads 32K tokens.",
        "2024-06-01",
        (),
        (("Llama 3", "context_window", None),),
    ),
    # negative: a Meta model that is itself called a descendant keeps its values
    RuleCase(
        "a-meta-model-called-a-descendant-keeps-its-values",
        "Code Llama, a descendant of Llama 2, reads 100,000 tokens.",
        "2023-09-01",
        (("Code Llama", "context_window", 100_000),),
        (("Llama 2", "context_window", None),),
    ),
]


@pytest.mark.parametrize("case", LINEAGE_CASES, ids=[c.id for c in LINEAGE_CASES])
def test_lineage_case(case: RuleCase) -> None:
    check_rule_case(case)


def _titled(case: RuleCase, title: str) -> list[str]:
    """Return the failures of a rule case whose post has a title (RuleCase has none)."""
    facts = facts_of(case.text, case.published, title)
    failures = [f"missing {m} {a}={v!r}" for m, a, v in case.expect if not find(facts, m, a, v)]
    failures += [f"unexpected {m} {a}={v!r}" for m, a, v in case.forbid if find(facts, m, a, v)]
    return failures


# (7) a headline that lists a member with the released ones ("releases Scout,
# Maverick, and Behemoth") gives it no release, date or licence when the body holds
# that member back where it names it ("a preview of Behemoth …, which is still training")
HELD_BACK_TITLE = "Meta releases Llama 4 Scout, Maverick, and Behemoth, claims top scores"
HELD_BACK_LIST_CASES = [
    RuleCase(
        "a-headline-list-does-not-release-a-member-the-body-holds-back",
        "Meta released Llama 4 on Saturday: Scout (16 experts), Maverick (128 experts), and "
        "a preview of Behemoth (2T total), which is still training. The Llama 4 license "
        "bars some large companies.",
        "2025-04-06",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "license", "llama-4-community"),
        ),
        (("Llama 4 Behemoth", "status", "released"), ("Llama 4 Behemoth", "license", None)),
    ),
    # negative: a body that holds nobody back keeps the headline's release for all three
    RuleCase(
        "a-headline-list-releases-every-member-the-body-does-not-hold-back",
        "Meta released Llama 4 on Saturday: Scout (16 experts), Maverick (128 experts), and "
        "Behemoth (2T total).",
        "2025-04-06",
        (("Llama 4 Behemoth", "status", "released"), ("Llama 4 Scout", "status", "released")),
        (),
    ),
]


@pytest.mark.parametrize("case", HELD_BACK_LIST_CASES, ids=[c.id for c in HELD_BACK_LIST_CASES])
def test_held_back_list_case(case: RuleCase) -> None:
    assert not _titled(case, HELD_BACK_TITLE)


def test_a_main_clause_still_training_keeps_the_expected_date() -> None:
    """ "Behemoth was still training" is a status of its own; the date expected later stays."""
    facts = facts_of(
        "Back in April, Meta said Behemoth was still training. Sources say the launch has "
        "slipped to the autumn.",
        "2025-06-20",
        "Llama 4 Behemoth: where things stand",
    )
    assert find(facts, "Llama 4 Behemoth", "release_date", "2025-Q4")


# (8) a technical value in a headline that lists several members ("releases Scout,
# Maverick, and Behemoth, claims 10M context") says no member has it: the body says which
WINDOW_TITLE = "Meta releases Llama 4 Scout, Maverick, and Behemoth, claims 10M context"


def test_a_headline_lists_window_goes_to_no_member() -> None:
    facts = facts_of(
        "Meta released Llama 4 Scout and Maverick on Saturday; Behemoth is still in training.",
        "2025-04-06",
        WINDOW_TITLE,
    )
    assert find(facts, "Llama 4 Scout", "status", "released")
    for model in ("Llama 4 Scout", "Llama 4 Maverick", "Llama 4 Behemoth"):
        assert not find(facts, model, "context_window")


def test_a_headline_naming_one_model_keeps_its_window() -> None:
    """Negative: one model in the headline has the window the headline gives."""
    facts = facts_of(
        "Meta released Llama 4 Scout on Saturday.",
        "2025-04-06",
        "Meta releases Llama 4 Scout, claims 10M context",
    )
    assert find(facts, "Llama 4 Scout", "context_window", 10_000_000)


# (9) "Quill Crest, a new homegrown AI model (code-named Pomelo)": the codename in
# brackets after the phrase saying what the name is ties the two; "The text-only model"
# next is the product name alone
CODENAME_AFTER_APPOSITIVE_CASES = [
    RuleCase(
        "a-codename-after-the-model-phrase-is-the-products",
        "Meta has launched Quill Crest, a new homegrown AI model (code-named Pomelo) built "
        "over nine months. The text-only model takes voice, text, and images as inputs.",
        "2026-04-09",
        (
            ("Quill Crest", "status", "released"),
            ("Quill Crest", "modalities", ["audio", "image", "text"]),
        ),
        (("Pomelo", "modalities", None), ("Pomelo", "status", None)),
    ),
    # negative: a bracketed codename after a person's role ties nothing
    RuleCase(
        "a-codename-after-a-persons-role-ties-nothing",
        "Meta has launched Quill Crest, its first model under a lab chief (code-named "
        "Pomelo). The model takes text and images as inputs.",
        "2026-04-09",
        (("Quill Crest", "status", "released"),),
        (("Pomelo", "status", None),),
    ),
]


@pytest.mark.parametrize(
    "case", CODENAME_AFTER_APPOSITIVE_CASES, ids=[c.id for c in CODENAME_AFTER_APPOSITIVE_CASES]
)
def test_codename_after_appositive_case(case: RuleCase) -> None:
    check_rule_case(case)


# (10) "LLaMA 2 Long", "Llama 3.1 Nemotron": a word naming a derived model after a
# space ends the name as a hyphen would; the base takes none of the derived model's values
DERIVED_WORD_CASES = [
    RuleCase(
        "a-long-context-derivative-gives-its-base-no-window",
        "Researchers describe LLaMA 2 Long, trained on longer sequences. LLaMA 2 Long reads "
        "up to 32,768 tokens.",
        "2023-10-01",
        (),
        (("Llama 2", "context_window", None),),
    ),
    RuleCase(
        "a-nemotron-tune-gives-its-base-no-size",
        "Llama 3.1 Nemotron has 70B parameters and tops the arena.",
        "2024-10-16",
        (),
        (("Llama 3.1", "params_total", None),),
    ),
    # negative: "Long Context" after the name is a phrase, not a derived model's name
    RuleCase(
        "long-context-after-a-name-is-no-derived-model",
        "Llama 3.1 Long Context support reaches 128K tokens, Meta said of Llama 3.1.",
        "2024-07-24",
        (("Llama 3.1", "context_window", 128_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", DERIVED_WORD_CASES, ids=[c.id for c in DERIVED_WORD_CASES])
def test_derived_word_case(case: RuleCase) -> None:
    check_rule_case(case)


# (11) "Das neue LLaMA", "the new LLaMA": the bare name called new in a post about a
# later version is that version, not the first model
NEW_BARE_NAME_CASES = [
    RuleCase(
        "the-new-bare-name-is-the-posts-version",
        "Meta released Llama 3.1 on Tuesday. The new LLaMA comes with 405B parameters.",
        "2024-07-28",
        (("Llama 3.1", "params_total", 405_000_000_000),),
        (("Llama 1", "params_total", None),),
    ),
    RuleCase(
        "the-new-bare-name-among-two-versions-is-nobodys",
        "Meta released Llama 3.1 and Llama 3.2 this year. The new LLaMA comes with 405B "
        "parameters.",
        "2024-10-28",
        (),
        (("Llama 1", "params_total", None),),
    ),
    # negative: a post naming no later version keeps the bare name as the first model
    RuleCase(
        "the-new-bare-name-in-a-first-model-post-stays-the-first-model",
        "Meta released the new LLaMA with 65B parameters for researchers.",
        "2023-03-01",
        (("Llama 1", "params_total", 65_000_000_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", NEW_BARE_NAME_CASES, ids=[c.id for c in NEW_BARE_NAME_CASES])
def test_new_bare_name_case(case: RuleCase) -> None:
    check_rule_case(case)


# (12) an active count as large as the model's total ("Active Parameters 400B" beside
# "400B total") is a swapped cell, never the active count
ACTIVE_NOT_ALL_CASES = [
    RuleCase(
        "an-active-count-equal-to-the-total-is-dropped",
        "Llama 4 Maverick\n\nActive Parameters\n\n400B\n\n"
        "Llama 4 Maverick has 400B total parameters and 128 experts.",
        "2025-04-06",
        (("Llama 4 Maverick", "params_total", 400_000_000_000),),
        (("Llama 4 Maverick", "params_active", None),),
    ),
    # negative: a smaller active count stays
    RuleCase(
        "a-smaller-active-count-stays",
        "Llama 4 Maverick\n\nActive Parameters\n\n17B\n\n"
        "Llama 4 Maverick has 400B total parameters and 128 experts.",
        "2025-04-06",
        (("Llama 4 Maverick", "params_active", 17_000_000_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", ACTIVE_NOT_ALL_CASES, ids=[c.id for c in ACTIVE_NOT_ALL_CASES])
def test_active_not_all_case(case: RuleCase) -> None:
    check_rule_case(case)
