"""Value rules from an audit of real pages, each on sentences written for it.

A case gives a post (text, publication date) with the facts that must come out
(``expect``: model, attribute, value) and the ones that must not (``forbid``: a
value of None means "any value of that attribute").
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest
from helpers_extract import describe, facts_of, find


class Case(NamedTuple):
    id: str
    text: str
    published: str
    expect: tuple[tuple[str, str, Any], ...]
    forbid: tuple[tuple[str, str, Any], ...]


CASES = [
    # Training quantities are not model facts.
    Case(
        "tokens-instead-of-not-params",
        "Llama 2 was trained for 3T tokens instead of 1.2T, and it doubles the context.",
        "2024-08-01",
        (),
        (("Llama 2", "params_total", None),),
    ),
    Case(
        "tokens-plus-not-params",
        "Llama 3 was pretrained on 12T+ tokens with a late cutoff.",
        "2024-08-01",
        (),
        (("Llama 3", "params_total", None),),
    ),
    Case(
        "params-after-training-tokens-kept",
        "Llama 2 was trained for 1 epoch on 2 trillion tokens and has 70B parameters.",
        "2024-08-01",
        (("Llama 2", "params_total", 70_000_000_000),),
        (),
    ),
    Case(
        "training-modalities-not-inputs",
        "Llama 4 Scout was trained on huge piles of text, images and videos so it "
        "understands the world.",
        "2025-05-01",
        (),
        (("Llama 4 Scout", "modalities", None),),
    ),
    Case(
        "training-data-modalities-not-inputs",
        "Llama 4 Maverick is fed training data of text, images and video to interpret scenes.",
        "2025-05-01",
        (),
        (("Llama 4 Maverick", "modalities", None),),
    ),
    Case(
        "input-modalities-kept",
        "Llama 4 Maverick accepts text and images as input.",
        "2025-05-01",
        (("Llama 4 Maverick", "modalities", ["image", "text"]),),
        (),
    ),
    # Dates.
    Case(
        "press-release-noun-and-preview-no-date",
        "In a press release on April 5, Meta previewed Llama 4 Behemoth, calling it one of "
        "the strongest models it has built.",
        "2025-05-16",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    Case(
        "teased-no-date",
        "Meta teased Llama 4 Behemoth on April 5 as a teacher model.",
        "2025-05-16",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    Case(
        "past-verb-month-day-resolves-back",
        "Llama 4 Behemoth, which is still in training, was unveiled on April 5.",
        "2025-05-16",
        (("Llama 4 Behemoth", "release_date", "2025-04-05"),),
        (("Llama 4 Behemoth", "release_date", "2026-04-05"),),
    ),
    Case(
        "future-verb-month-day-resolves-forward",
        "Llama 4 Behemoth is still in training and will be released on March 3.",
        "2025-05-16",
        (("Llama 4 Behemoth", "release_date", "2026-03-03"),),
        (),
    ),
    Case(
        "offset-from-another-event-no-date",
        "Only a day after Meta released Llama 3.1, on Wednesday, July 24, a rival lab "
        "unveiled its answer.",
        "2024-07-25",
        (("Llama 3.1", "status", "released"),),
        (("Llama 3.1", "release_date", None),),
    ),
    Case(
        "plain-month-day-release-kept",
        "Meta released Llama 4 Scout on April 5.",
        "2025-05-16",
        (("Llama 4 Scout", "release_date", "2025-04-05"),),
        (),
    ),
    # Leaks and licences of code.
    Case(
        "leak-sets-no-openness",
        "Llama 1 (Feb 2023) got leaked online and kicked off the open model boom.",
        "2024-01-10",
        (),
        (("Llama 1", "openness", None),),
    ),
    Case(
        "code-licence-not-the-models",
        "The code used to train Llama 1 was released publicly under the GPL 3 license.",
        "2024-01-10",
        (),
        (("Llama 1", "license", None),),
    ),
    Case(
        "inference-code-open-source-licence-no-openness",
        "Llama 1 came out in February. The inference code for running it was published under "
        "an open-source GPLv3 license.",
        "2024-01-10",
        (),
        (("Llama 1", "license", None), ("Llama 1", "openness", None)),
    ),
    Case(
        "weights-and-code-licence-kept",
        "Llama 2's weights and code are released under the Llama 2 Community License.",
        "2024-01-10",
        (("Llama 2", "license", "llama-2-community"),),
        (),
    ),
    Case(
        "code-llama-is-a-model",
        "Code Llama is released under the Llama 2 community license.",
        "2024-01-10",
        (("Code Llama", "license", "llama-2-community"),),
        (),
    ),
    Case(
        "their-license-no-id",
        "Llama 2 is popular. Keep in mind that their license is not fully free for commercial use.",
        "2024-01-10",
        (),
        (("Llama 2", "license", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_value_rule(case: Case) -> None:
    facts = facts_of(case.text, case.published)
    for model, attribute, value in case.expect:
        assert find(facts, model, attribute, value), (
            f"missing {model} {attribute}={value!r} in:\n{describe(facts)}"
        )
    for model, attribute, value in case.forbid:
        found = find(facts, model, attribute, value)
        assert not found, f"unexpected:\n{describe(found)}"
