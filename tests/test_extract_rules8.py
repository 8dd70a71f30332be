"""Rules from an eighth round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of, find

CASES = [
    # "a Llama 2-based guard model": the hyphenated base is what the subject is built
    # on; it takes no size and does not become the model later lines speak of
    RuleCase(
        "a-hyphenated-base-is-not-the-subject",
        "Llama Guard is a 7B parameter Llama 2-based classifier for prompts.\n\n"
        "Model size: 7B params\n",
        "2024-01-20",
        (("Llama Guard", "params_total", 7_000_000_000),),
        (("Llama 2", "params_total", None),),
    ),
    RuleCase(
        "a-powered-assistant-gives-its-base-nothing",
        "Quillbot Pro is a Llama 3.1-powered writing tool with 70B parameters.",
        "2024-10-02",
        (),
        (("Llama 3.1", "params_total", None),),
    ),
    # negative: a name followed by a plain verb stays the subject
    RuleCase(
        "a-name-then-a-verb-stays-the-subject",
        "Llama 3.1 powers the assistant and has 405B parameters.",
        "2024-07-30",
        (("Llama 3.1", "params_total", 405_000_000_000),),
        (),
    ),
    # "License: llama2" on a card names the licence, not the model: it goes to the
    # model the card is about
    RuleCase(
        "a-licence-field-names-the-licence-not-the-model",
        "Llama Guard is a safeguard model from Meta with 7B parameters.\n\nLicense: llama2\n",
        "2024-01-20",
        (("Llama Guard", "license", "llama-2-community"),),
        (("Llama 2", "license", None),),
    ),
    RuleCase(
        "a-licence-in-a-spec-line-names-the-licence-not-the-model",
        "Llama Guard is a safeguard model from Meta with 7B parameters.\n\n"
        "License: llama2 Context: 4k tokens\n",
        "2024-01-20",
        (("Llama Guard", "license", "llama-2-community"),),
        (("Llama 2", "license", None), ("Llama 2", "context_window", None)),
    ),
]


CASES += [
    # "its biggest upcoming model, Behemoth": a model word before a member's short name
    # names the member, in a post that never names its generation
    RuleCase(
        "a-model-word-before-a-short-name-names-the-member",
        "Meta is rethinking its plans. People close to the company say it may drop its "
        "biggest upcoming model, Behemoth, and keep it closed.",
        "2025-07-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (),
    ),
    # negative: the word on its own, with no model word beside it, names nothing
    RuleCase(
        "a-short-name-alone-names-nothing",
        "Meta is a behemoth of the ad market. Behemoth budgets are common there, and "
        "the company may keep its next product closed.",
        "2025-07-20",
        (),
        (("Llama 4 Behemoth", None, None),),
    ),
    # "stopped testing X after the lab launched": an organisation's start is no release
    RuleCase(
        "a-lab-that-launched-releases-no-model",
        "Some engineers stopped evaluating Llama 4 Behemoth after the new lab launched, "
        "according to insiders.",
        "2025-07-20",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "the-company-that-launched-a-model-still-releases-it",
        "Meta said the company launched Llama 3 to developers this week.",
        "2024-04-20",
        (("Llama 3", "status", "released"),),
        (),
    ),
    # hashtags are tags for search, not statements: "#OpenSource #Behemoth" opens nothing
    RuleCase(
        "hashtags-state-nothing",
        "Llama 4 Behemoth is still in training, insiders say.\n\n"
        "#Meta #AI #OpenSource #Behemoth #Llama",
        "2025-07-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "openness", None),),
    ),
]


CASES += [
    # a date with a clock time after it is a page's timestamp, not the model's day
    RuleCase(
        "a-date-with-a-clock-time-is-a-timestamp",
        "Llama 4 Scout is available now.\n\nReleased: 2025-04-09 01:01",
        "2025-04-09",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "release_date", None),),
    ),
    RuleCase(
        "a-date-alone-in-a-release-field-is-the-release-day",
        "Llama 4 Scout is available now.\n\nReleased: 2025-04-09",
        "2025-04-10",
        (("Llama 4 Scout", "release_date", "2025-04-09"),),
        (),
    ),
    # Muse Spark is a configured model: named in passing, it is still Meta's
    RuleCase(
        "a-configured-codename-named-in-passing",
        "Muse Spark is fast, and it is not open weights.",
        "2026-04-12",
        (("Muse Spark", "openness", "closed"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


# a host's name before Meta's model in a title ("IBM Llama 4 Scout") does not make the
# page another lab's when its body names no other lab's model
def test_a_host_named_in_the_title_keeps_metas_page() -> None:
    body = (
        "Llama 4 Scout is the newest model from Meta on this catalogue.\n\n"
        "It uses a mixture-of-experts architecture and reads 10M tokens of context."
    )
    facts = facts_of(body, "2025-05-02", title="IBM Llama 4 Scout")
    assert find(facts, "Llama 4 Scout", "architecture", "moe")
    assert find(facts, "Llama 4 Scout", "context_window", 10_000_000)


def test_another_labs_model_in_the_body_keeps_the_page_theirs() -> None:
    body = (
        "Llama 4 Scout is the newest model from Meta on this catalogue, beside Gemma 3.\n\n"
        "It uses a mixture-of-experts architecture and reads 10M tokens of context."
    )
    facts = facts_of(body, "2025-05-02", title="IBM Llama 4 Scout")
    assert not find(facts, "Llama 4 Scout", "architecture")
    assert not find(facts, "Llama 4 Scout", "context_window")


# one passing comparison does not hand the page to the other lab when the body keeps
# naming Meta's model as its subject, at least twice as often as it names the other
def test_a_body_mostly_about_metas_model_keeps_the_page_despite_one_comparison() -> None:
    body = (
        "Llama 4 Scout is the newest model from Meta on this catalogue.\n\n"
        "We host Llama 4 Scout in every region, and Llama 4 Scout answers in any of them.\n\n"
        "The catalogue lists Llama 4 Scout beside Gemma 3.\n\n"
        "It uses a mixture-of-experts architecture."
    )
    facts = facts_of(body, "2025-05-02", title="IBM Llama 4 Scout")
    assert find(facts, "Llama 4 Scout", "architecture", "moe")


def test_a_body_that_names_other_labs_models_as_often_stays_theirs() -> None:
    body = (
        "Llama 4 Scout sits beside Gemma 3 on this catalogue.\n\n"
        "We host Llama 4 Scout beside Qwen 3 as well.\n\n"
        "Llama 4 Scout is also listed next to Gemma 3 again.\n\n"
        "It uses a mixture-of-experts architecture."
    )
    facts = facts_of(body, "2025-05-02", title="IBM Llama 4 Scout")
    assert not find(facts, "Llama 4 Scout", "architecture")
