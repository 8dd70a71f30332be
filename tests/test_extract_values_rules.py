"""Value rules from an audit of real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out
and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # Training quantities are not model facts.
    RuleCase(
        "tokens-instead-of-not-params",
        "Llama 2 was trained for 3T tokens instead of 1.2T, and it doubles the context.",
        "2024-08-01",
        (),
        (("Llama 2", "params_total", None),),
    ),
    RuleCase(
        "tokens-plus-not-params",
        "Llama 3 was pretrained on 12T+ tokens with a late cutoff.",
        "2024-08-01",
        (),
        (("Llama 3", "params_total", None),),
    ),
    RuleCase(
        "params-after-training-tokens-kept",
        "Llama 2 was trained for 1 epoch on 2 trillion tokens and has 70B parameters.",
        "2024-08-01",
        (("Llama 2", "params_total", 70_000_000_000),),
        (),
    ),
    RuleCase(
        "training-modalities-not-inputs",
        "Llama 4 Scout was trained on huge piles of text, images and videos so it "
        "understands the world.",
        "2025-05-01",
        (),
        (("Llama 4 Scout", "modalities", None),),
    ),
    RuleCase(
        "training-data-modalities-not-inputs",
        "Llama 4 Maverick is fed training data of text, images and video to interpret scenes.",
        "2025-05-01",
        (),
        (("Llama 4 Maverick", "modalities", None),),
    ),
    RuleCase(
        "input-modalities-kept",
        "Llama 4 Maverick accepts text and images as input.",
        "2025-05-01",
        (("Llama 4 Maverick", "modalities", ["image", "text"]),),
        (),
    ),
    # Dates.
    RuleCase(
        "press-release-noun-and-preview-no-date",
        "In a press release on April 5, Meta previewed Llama 4 Behemoth, calling it one of "
        "the strongest models it has built.",
        "2025-05-16",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    RuleCase(
        "teased-no-date",
        "Meta teased Llama 4 Behemoth on April 5 as a teacher model.",
        "2025-05-16",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    RuleCase(
        "past-verb-month-day-resolves-back",
        "Llama 4 Maverick, which anyone can download, was released on April 5.",
        "2025-05-16",
        (("Llama 4 Maverick", "release_date", "2025-04-05"),),
        (("Llama 4 Maverick", "release_date", "2026-04-05"),),
    ),
    RuleCase(
        # an upcoming model's release date is the expected one: a past showing is not it
        "upcoming-model-past-unveiling-is-no-release-date",
        "Llama 4 Behemoth, which is still in training, was unveiled on April 5.",
        "2025-05-16",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    RuleCase(
        "future-verb-month-day-resolves-forward",
        "Llama 4 Behemoth is still in training and will be released on March 3.",
        "2025-05-16",
        (("Llama 4 Behemoth", "release_date", "2026-03-03"),),
        (),
    ),
    RuleCase(
        "offset-from-another-event-no-date",
        "Only a day after Meta released Llama 3.1, on Wednesday, July 24, a rival lab "
        "unveiled its answer.",
        "2024-07-25",
        (("Llama 3.1", "status", "released"),),
        (("Llama 3.1", "release_date", None),),
    ),
    RuleCase(
        "plain-month-day-release-kept",
        "Meta released Llama 4 Scout on April 5.",
        "2025-05-16",
        (("Llama 4 Scout", "release_date", "2025-04-05"),),
        (),
    ),
    # Leaks and licences of code.
    RuleCase(
        "leak-sets-no-openness",
        "Llama 1 (Feb 2023) got leaked online and kicked off the open model boom.",
        "2024-01-10",
        (),
        (("Llama 1", "openness", None),),
    ),
    RuleCase(
        "code-licence-not-the-models",
        "The code used to train Llama 1 was released publicly under the GPL 3 license.",
        "2024-01-10",
        (),
        (("Llama 1", "license", None),),
    ),
    RuleCase(
        "inference-code-open-source-licence-no-openness",
        "Llama 1 came out in February. The inference code for running it was published under "
        "an open-source GPLv3 license.",
        "2024-01-10",
        (),
        (("Llama 1", "license", None), ("Llama 1", "openness", None)),
    ),
    RuleCase(
        "weights-and-code-licence-kept",
        "Llama 2's weights and code are released under the Llama 2 Community License.",
        "2024-01-10",
        (("Llama 2", "license", "llama-2-community"),),
        (),
    ),
    RuleCase(
        "code-llama-is-a-model",
        "Code Llama is released under the Llama 2 community license.",
        "2024-01-10",
        (("Code Llama", "license", "llama-2-community"),),
        (),
    ),
    RuleCase(
        "their-license-no-id",
        "Llama 2 is popular. Keep in mind that their license is not fully free for commercial use.",
        "2024-01-10",
        (),
        (("Llama 2", "license", None),),
    ),
    # Recall: openness phrases.
    RuleCase(
        "superlative-openly-available",
        "Meta called Llama 3.1 the world's largest and most capable openly available "
        "foundation model.",
        "2024-07-24",
        (("Llama 3.1", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "most-open-models-still-generic",
        "Most openly available models trail Llama 3.1 on reasoning.",
        "2024-07-24",
        (),
        (("Llama 3.1", "openness", None),),
    ),
    # Recall: vague future dates.
    RuleCase(
        "delayed-until-season-year",
        "Llama 4 Behemoth's launch slipped to June and is now delayed until fall 2025 or later.",
        "2025-05-20",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (),
    ),
    RuleCase(
        "not-until-at-least-season",
        "People familiar with the plans say Llama 4 Behemoth will not be released until at "
        "least fall.",
        "2025-05-20",
        (
            ("Llama 4 Behemoth", "release_date", "2025-Q4"),
            ("Llama 4 Behemoth", "status", "upcoming"),
        ),
        (("Llama 4 Behemoth", "status", "shelved"),),
    ),
    RuleCase(
        "available-until-is-no-release-date",
        "Llama 2 stays available on the old site until March.",
        "2025-01-20",
        (),
        (("Llama 2", "release_date", None),),
    ),
    # Recall: key-value header lines.
    RuleCase(
        "dot-separated-fields",
        "# Llama 3.1 405B review\n\n"
        "License: Llama 3.1 Community License · Status: active · First released: 2024-07-23\n\n"
        "We spent a month with the big model.",
        "2025-03-01",
        (
            ("Llama 3.1", "license", "llama-3.1-community"),
            ("Llama 3.1", "release_date", "2024-07-23"),
        ),
        (),
    ),
    # Recall: a release to a group of people.
    RuleCase(
        "offered-to-researchers",
        "On February 24, Meta offered Llama 1 to researchers who asked for access.",
        "2023-03-10",
        (("Llama 1", "status", "released"), ("Llama 1", "release_date", "2023-02-24")),
        (),
    ),
    RuleCase(
        "would-offer-to-researchers-no-release",
        "Meta said it would offer Llama 5 to researchers first.",
        "2026-03-10",
        (),
        (("Llama 5", "status", "released"),),
    ),
    # Recall: inputs with a determiner inside the list.
    RuleCase(
        "accepts-text-and-a-single-image",
        "Llama 3.2 90B Vision accepts text and a single image as input and returns text.",
        "2024-10-01",
        (("Llama 3.2", "modalities", ["image", "text"]),),
        (),
    ),
    # Recall: a parenthesis that leads with a date, then other items.
    RuleCase(
        "paren-leading-date-then-size",
        "Llama 3 (April 2024, up to 405B) reached the level of the best closed models.",
        "2025-06-01",
        (("Llama 3", "release_date", "2024-04"), ("Llama 3", "status", "released")),
        (),
    ),
    RuleCase(
        "paren-tokens-through-year-no-date",
        "Llama 3.3 (15T tokens through 2023) is a text model.",
        "2025-06-01",
        (),
        (("Llama 3.3", "release_date", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_value_rule(case: RuleCase) -> None:
    check_rule_case(case)
