"""Value rules from a fourth round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out
and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of, find

CASES = [
    # a timestamp ("2026-02-07T11:40:09Z") stamps the page: no date, and "07T" is no size
    RuleCase(
        "timestamp-is-no-date-or-size",
        '{"title":"Meta delays Llama 5","updated":"2026-02-07T11:40:09Z","body":"Meta has '
        'delayed the public rollout of Llama 5 after internal tests fell short."}',
        "2026-02-07",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "release_date", None), ("Llama 5", "params_total", None)),
    ),
    RuleCase(
        "plain-iso-day-still-dates",
        "Meta released Llama 3.3 on 2024-12-06, a text-only update to the 70B model.",
        "2024-12-20",
        (("Llama 3.3", "release_date", "2024-12-06"),),
        (),
    ),
    # a page stored as JSON: its paragraph strings are sentences of their own
    RuleCase(
        "json-paragraph-strings-are-sentences",
        '{"paragraphs":["Meta has delayed the rollout of Llama 5 after weak internal tests.",'
        '"Capital spending for 2026 is expected to climb, and the money will go to more '
        'training runs."]}',
        "2026-03-02",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "release_date", None),),
    ),
    # a figure between a name and "Context" in a headline is the window, not a size
    RuleCase(
        "name-figure-context-label-is-no-size",
        "Llama 4 Scout 10M Context Test: Where the Long Window Holds Up",
        "2026-02-07",
        (),
        (("Llama 4 Scout", "params_total", None),),
    ),
    RuleCase(
        "name-size-still-reads",
        "Llama 3.1 405B Review: Still the Biggest Open Model Meta Made",
        "2024-09-07",
        (("Llama 3.1", "params_total", 405_000_000_000),),
        (),
    ),
    # a post dated only to a month reads as its last day: "on Sunday", "yesterday" give
    # the month
    RuleCase(
        "weekday-against-month-only-date-is-the-month",
        "Meta released Llama 4 Scout on Sunday, and developers have tested it all week.",
        "2026-03-31",
        (("Llama 4 Scout", "release_date", "2026-03"),),
        (("Llama 4 Scout", "release_date", "2026-03-29"),),
    ),
    RuleCase(
        "yesterday-against-month-only-date-is-the-month",
        "Llama 4 Maverick launched yesterday with a one-million-token window.",
        "2026-03-31",
        (("Llama 4 Maverick", "release_date", "2026-03"),),
        (("Llama 4 Maverick", "release_date", "2026-03-30"),),
    ),
    RuleCase(
        "weekday-against-a-full-date-is-the-day",
        "Meta released Llama 4 Scout on Sunday, and developers have tested it all week.",
        "2026-03-12",
        (("Llama 4 Scout", "release_date", "2026-03-08"),),
        (),
    ),
    # "not only text but also images": text stays in the list
    RuleCase(
        "not-only-but-also-keeps-the-first-modality",
        "Llama 4 Scout is built to handle not only text but also images and video in one model.",
        "2025-04-08",
        (("Llama 4 Scout", "modalities", ["image", "text", "video"]),),
        (("Llama 4 Scout", "modalities", ["image", "video"]),),
    ),
    RuleCase(
        "not-just-text-but-also-images",
        "Llama 4 Maverick understands not just text, but also images.",
        "2025-04-08",
        (("Llama 4 Maverick", "modalities", ["image", "text"]),),
        (),
    ),
    RuleCase(
        "generates-text-but-also-images-is-no-input",
        "Mango, Meta's next model, will generate not only images but also video clips.",
        "2026-01-08",
        (),
        (("Mango", "modalities", None),),
    ),
    # the open word of what the subject replaces or stands apart from is not the subject's
    RuleCase(
        "separate-from-the-open-family-is-no-openness",
        "Meta launched Ember Forge, the first model from its Superintelligence Labs, on April 8."
        " Ember Forge starts a new series, completely separate from the open-source Llama family.",
        "2026-04-10",
        (("Ember Forge", "status", "released"),),
        (("Ember Forge", "openness", "open_weights"),),
    ),
    RuleCase(
        "replacing-the-open-suite-is-no-openness",
        "Meta launched Ember Forge, the first model from its Superintelligence Labs, on April 8."
        " Replacing its open-weight Llama line, the company offers Ember Forge in its own apps.",
        "2026-04-10",
        (("Ember Forge", "status", "released"),),
        (("Ember Forge", "openness", "open_weights"),),
    ),
    RuleCase(
        "replaces-then-is-open-still-reads",
        "Llama 3.1 replaces the older chat model and is open-weight like it.",
        "2024-08-10",
        (("Llama 3.1", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "unlike-x-which-were-open-is-no-openness",
        "Meta launched Ember Forge, the first model from its Superintelligence Labs, on April 8."
        " Unlike the earlier Llama models, which came out as open weights for anyone, Ember "
        "Forge is a proprietary model.",
        "2026-04-10",
        (("Ember Forge", "openness", "closed"),),
        (("Ember Forge", "openness", "open_weights"),),
    ),
    # "a closed commercial model": an adjective between "closed" and "model"
    RuleCase(
        "closed-commercial-model-is-closed",
        "Meta launched Ember Forge, the first model from its Superintelligence Labs, on April 8."
        " The company offers Ember Forge as a closed commercial model.",
        "2026-04-10",
        (("Ember Forge", "openness", "closed"),),
        (),
    ),
    RuleCase(
        "competes-with-closed-frontier-models-is-no-openness",
        "Meta launched Ember Forge, the first model from its Superintelligence Labs, on April 8."
        " Ember Forge competes with closed frontier models from other labs.",
        "2026-04-10",
        (),
        (("Ember Forge", "openness", None),),
    ),
    # an open verb whose object is models still to come: a plan for them, not this model
    RuleCase(
        "open-source-versions-of-next-models-is-no-openness",
        "Meta launched Ember Forge, the first model from its Superintelligence Labs, on April 8."
        " The company has also hinted it will open-source versions of its next models.",
        "2026-04-10",
        (("Ember Forge", "status", "released"),),
        (("Ember Forge", "openness", None),),
    ),
    RuleCase(
        "open-weights-next-week-still-reads",
        "Meta released Llama 3.1 as open weights next week, a spokesperson said.",
        "2024-08-10",
        (("Llama 3.1", "openness", "open_weights"),),
        (),
    ),
    # "delays X to late 2025", "pushes X to next spring": put off to a time, which is dated
    RuleCase(
        "delays-model-to-late-year-is-upcoming-fourth-quarter",
        "Meta delays its flagship Llama 4 Behemoth model to late 2025, citing weak results.",
        "2025-05-15",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "release_date", "2025-Q4"),
        ),
        (),
    ),
    RuleCase(
        "pushes-model-to-next-spring",
        "Meta pushes Llama 5 to next spring after weak internal tests.",
        "2025-05-15",
        (("Llama 5", "status", "upcoming"), ("Llama 5", "release_date", "2026-Q2")),
        (),
    ),
    RuleCase(
        "delays-hiring-to-late-year-is-no-release-date",
        "Meta delays hiring for its lab to late 2025 while Llama 4 Behemoth keeps training.",
        "2025-05-15",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    # an appositive between the launch verb and "on April 8" leaves the day with the verb
    RuleCase(
        "appositive-between-verb-and-day-keeps-the-day",
        "Meta debuted Ember Forge, its first major model from the newly formed Superintelligence "
        "Labs under its chief AI officer, on April 8, faring better than earlier models.",
        "2026-04-14",
        (("Ember Forge", "release_date", "2026-04-08"),),
        (),
    ),
    RuleCase(
        "relative-clause-event-keeps-its-own-day",
        "Meta shipped Llama 3.3 to developers, a move that rivals such as the French lab "
        "Quillwort answered with price cuts of their own, in January.",
        "2025-03-14",
        (("Llama 3.3", "status", "released"),),
        (("Llama 3.3", "release_date", None),),
    ),
    RuleCase(
        "compact-size-still-reads",
        "Llama 4 Behemoth is a 2T model that Meta still has in training.",
        "2025-04-20",
        (("Llama 4 Behemoth", "params_total", 2_000_000_000_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


#: "suggest", "appears to", "points to": an inference, so the value is speculative
CERTAINTY_CASES = [
    ("Early benchmark traces suggest Llama 5 uses a mixture-of-experts design.", "speculative"),
    ("Leaked configs point to a mixture-of-experts design for Llama 5.", "speculative"),
    ("Llama 5 appears to use a mixture-of-experts design, judging by its speed.", "speculative"),
    ("Llama 5 uses a mixture-of-experts design with 64 experts.", "confirmed"),
]


@pytest.mark.parametrize(("text", "certainty"), CERTAINTY_CASES)
def test_inference_words_make_a_value_speculative(text: str, certainty: str) -> None:
    (fact,) = find(facts_of(text, "2026-05-10"), "Llama 5", "architecture", "moe")
    assert fact.certainty == certainty
