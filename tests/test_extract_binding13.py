"""Binding rules from a thirteenth round: whose focus a sentence without a name inherits.

Pages that name many models (explainers that sort models into kinds, comparisons that
list Meta's model among other labs' peers) tie generic sentences to the one Meta model
they happen to name. Each case is a ``RuleCase`` (helpers_extract): a post, the facts
that must come out and the ones that must not. Sentences are written for the tests.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # A heading hands the focus back to the post's first model only once the post has
    # named it: before that, "it" and "these models" speak of kinds of model.
    RuleCase(
        "a-heading-before-the-model-is-named-gives-no-focus",
        "# A Field Guide to Chatbot Brains\n\n"
        "Each large model is sorted by how it is released and licensed:\n\n"
        "- Hosted-Only Closed-Source\n\n"
        "These models answer only through a paid API.\n\n"
        "## Downloadable\n\n"
        "Picks for tinkerers include Llama 3.3 70B.",
        "2025-02-03",
        (("Llama 3.3", "params_total", 70_000_000_000),),
        (("Llama 3.3", "status", None), ("Llama 3.3", "openness", "closed")),
    ),
    # negative: once the model is named, a later heading still leaves it in focus
    RuleCase(
        "a-heading-after-the-model-is-named-keeps-its-focus",
        "Meta put out Llama 3.3 in December.\n\n"
        "## Long inputs\n\n"
        "The model reads up to 128K tokens at once.",
        "2025-02-03",
        (("Llama 3.3", "context_window", 128_000),),
        (),
    ),
    # A Meta model listed as one item among other labs' models: what follows speaks of
    # the list or of a kind of model, not of the Meta model alone.
    RuleCase(
        "a-meta-model-listed-among-rivals-leaves-no-focus",
        "## Open-weight picks\n\n"
        "- Samples: Llama 3.3 70B, Gemma 2 27B, Mistral Large\n\n"
        "## Fully open\n\n"
        "Model weights and training code are released under the Apache 2.0 licence.",
        "2025-02-03",
        (("Llama 3.3", "params_total", 70_000_000_000),),
        (("Llama 3.3", "license", None), ("Llama 3.3", "status", None)),
    ),
    RuleCase(
        "a-counted-pair-after-a-meta-model-and-a-rival-is-not-bound",
        "Meta released Llama 3.1 on Tuesday.\n\n"
        "The duel between Mistral Large 2 and Llama 3.1 shows how close the labs are.\n\n"
        "Both models are now freely available for research purposes only.",
        "2024-07-30",
        (("Llama 3.1", "status", "released"),),
        (("Llama 3.1", "openness", None),),
    ),
    RuleCase(
        "a-list-ending-on-the-meta-model-leaves-no-focus",
        "Qwen 2.5 72B (Alibaba's pick), DeepSeek V3, and Llama 3.3 70B all score well. "
        "The weights are released under the MIT license.",
        "2025-02-03",
        (),
        (("Llama 3.3", "license", "mit"),),
    ),
    # negative: a rival as the object of a verb is no list; the focus stays on Llama
    RuleCase(
        "a-rival-as-an-object-keeps-the-meta-model-in-focus",
        "Llama 3.3 70B beats Gemma 2 27B on most coding tasks. "
        "The model supports a 128K context window.",
        "2025-02-03",
        (("Llama 3.3", "context_window", 128_000),),
        (),
    ),
    # Headlines under "Related stories:" are other articles' titles, not this post's
    # statements; the first full sentence after them is read again.
    RuleCase(
        "headlines-under-a-related-block-give-no-facts",
        "Meta said little about its next model this week.\n\n"
        "Related stories:\n\n"
        "Llama 3.3: Meta's open-weight model explained\n\n"
        "Why chip makers cheer for open models",
        "2025-02-03",
        (),
        (("Llama 3.3", "openness", None),),
    ),
    RuleCase(
        "a-sentence-after-the-related-block-is-read",
        "Chip makers cheered the news.\n\n"
        "Read more:\n\n"
        "Five things to know about GPUs\n\n"
        "Llama 3.3 is an open-weight model that Meta released in December.",
        "2025-02-03",
        (("Llama 3.3", "openness", "open_weights"), ("Llama 3.3", "status", "released")),
        (),
    ),
    # What a relative clause says of a special build ("a tuned version of the model,
    # one that …") is the build's, not the released model's.
    RuleCase(
        "an-unreleased-special-build-does-not-hold-the-model-back",
        "Llama 4 Maverick topped the chart on Sunday.\n\n"
        "Critics say Meta entered a tuned version of the model, one that has not been "
        "released to the public yet.",
        "2025-04-10",
        (),
        (("Llama 4 Maverick", "status", "upcoming"),),
    ),
    RuleCase(
        "a-custom-variant-in-a-which-clause-does-not-hold-the-model-back",
        "Llama 4 Maverick topped the chart on Sunday.\n\n"
        "The firm had entered a custom variant of the model, which is not yet released, "
        "in the ranking.",
        "2025-04-10",
        (),
        (("Llama 4 Maverick", "status", "upcoming"),),
    ),
    # negative: the model itself said to be unreleased stays held back
    RuleCase(
        "the-model-itself-unreleased-is-still-upcoming",
        "Llama 4 Behemoth topped the chart on Sunday.\n\n"
        "The model has not been released to developers yet.",
        "2025-04-10",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (),
    ),
    # A name given to a team, a site or a device is not a model's name, even in a
    # sentence about Meta's models.
    RuleCase(
        "a-team-named-in-a-model-sentence-is-no-model",
        "Due in 2026, the closed model is being built by a small team named 'Kestrel' "
        "inside Meta Superintelligence Labs.",
        "2025-12-12",
        (),
        (("Kestrel", "status", None), ("Kestrel", "openness", None)),
    ),
    # negative: a model given a codename is still introduced
    RuleCase(
        "a-model-codenamed-is-still-a-new-name",
        "Meta Superintelligence Labs is training a closed model codenamed 'Kestrel', due in 2026.",
        "2025-12-12",
        (("Kestrel", "status", "upcoming"),),
        (),
    ),
    # A model named as what the subject is set against ("a predecessor to X", "a rival
    # to X") does not take the focus: a spec line next is still the page's model's.
    RuleCase(
        "a-model-named-after-a-relation-noun-does-not-take-the-focus",
        "# Llama 3.2 90B Vision\n\n"
        "Large multimodal forerunner and predecessor to Llama 4 Maverick.\n\n"
        "Context: 128K · Released Sep 26, 2024 · License: Llama Community License",
        "2026-06-01",
        (("Llama 3.2", "release_date", "2024-09-26"),),
        (("Llama 4 Maverick", "release_date", None),),
    ),
    # negative: a model named as the subject still takes the focus
    RuleCase(
        "a-model-named-as-the-subject-takes-the-focus",
        "# Llama 3.2 90B Vision\n\n"
        "Llama 3.3 later replaced the text side of this model.\n\n"
        "It was released in December 2024.",
        "2026-06-01",
        (("Llama 3.3", "release_date", "2024-12"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_binding13_case(case: RuleCase) -> None:
    check_rule_case(case)
