"""Binding rules from a fourteenth round: recall on real pages without losing precision.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. Sentences are written for the tests.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # A line that is only a model's name and a colon heads the fragment lines below it,
    # whether they are list items or plain lines.
    RuleCase(
        "a-model-label-line-heads-the-plain-lines-below",
        "Meta's new herd at a glance\n"
        "The family comes in two sizes, Scout and Maverick.\n"
        "Scout:\n"
        "Context window of up to 10 million tokens\n"
        "Multimodal from the start (images and text)\n"
        "Maverick:\n"
        "400 billion in total and 17 billion active parameters, 128 experts\n"
        "What This Means For Developers\n"
        "A window of 2 million tokens was the record before.",
        "2025-05-02",
        (
            ("Llama 4 Scout", "context_window", 10_000_000),
            ("Llama 4 Scout", "modalities", ["image", "text"]),
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
            ("Llama 4 Maverick", "params_active", 17_000_000_000),
        ),
        (
            ("Llama 4 Maverick", "context_window", None),
            ("Llama 4 Maverick", "modalities", None),
            ("Llama 4 Scout", "params_total", None),
        ),
    ),
    # negative: a label that is not a model's ("Extras:") ends the model's list
    RuleCase(
        "another-label-ends-the-model-label-list",
        "Llama 4 Maverick:\n"
        "- 1M-token context window\n"
        "Extras:\n"
        "- Native multimodality: one encoder for text and images\n",
        "2025-05-02",
        (("Llama 4 Maverick", "context_window", 1_000_000),),
        (("Llama 4 Maverick", "modalities", None),),
    ),
    # negative: a paragraph of sentences after the label is not its spec list
    RuleCase(
        "a-paragraph-after-a-model-label-is-not-its-list",
        "Llama 4 Behemoth:\n"
        "Rivals now ship bigger windows. One rival offers 2 million tokens of context.",
        "2025-05-02",
        (),
        (("Llama 4 Behemoth", "context_window", None),),
    ),
    # A noun phrase set off by a dash right after names describes them, as one set off
    # by a comma does.
    RuleCase(
        "a-dash-apposition-after-names-describes-them",
        "Meta put out Llama 3.3 late in 2024.\n\n"
        "Its successors, out in spring, were Llama 4 Scout and Maverick \u2014 the first "
        "models of the line to use a Mixture-of-Experts architecture.",
        "2025-09-01",
        (
            ("Llama 4 Scout", "architecture", "moe"),
            ("Llama 4 Maverick", "architecture", "moe"),
        ),
        (("Llama 3.3", "architecture", None),),
    ),
    # negative: a clause after the dash about another lab's model says nothing of them
    RuleCase(
        "a-dash-clause-about-another-labs-model-is-not-an-apposition",
        "Meta put out Llama 4 Scout in April \u2014 a model from Google has a window "
        "of 2 million tokens.",
        "2025-09-01",
        (),
        (("Llama 4 Scout", "context_window", None),),
    ),
    # A name that qualifies a document or a technique is not the sentence's subject,
    # and does not take the focus.
    RuleCase(
        "a-name-qualifying-a-report-or-technique-is-not-the-subject",
        "Meta shipped Llama 3.1 405B in July 2024.\n\n"
        "The released Llama 3 technical report runs to ninety pages. "
        "The 405B model was trained on 15T tokens.\n\n"
        "Positions are rotary (Llama 3 scaling), and the window is 131,072 tokens.\n\n"
        "Stretching the window to 128K relies on the llama3 rope_type with factor 8.",
        "2025-09-01",
        (("Llama 3.1", "params_total", 405_000_000_000),),
        (
            ("Llama 3", "status", None),
            ("Llama 3", "params_total", None),
            ("Llama 3", "context_window", None),
        ),
    ),
    # A model named after "superseded by" / "succeeded by" replaced the subject: it does
    # not take the focus, so a line next stays with the page's model.
    RuleCase(
        "a-model-named-as-the-replacement-does-not-take-the-focus",
        "# Llama 3.1 405B\n\n"
        "Meta's largest dense release, out in July 2024.\n\n"
        "Drawbacks\n\n"
        "- Mostly superseded by Llama 3.3 70B for everyday serving\n"
        "- Same Community License terms as its siblings\n",
        "2025-09-01",
        (("Llama 3.1", "license", "llama-3.1-community"),),
        (("Llama 3.3", "license", None),),
    ),
    # "It <verb>s X": the sentence is about the model in focus; X, named after the
    # verb, is an object and does not take the focus.
    RuleCase(
        "a-model-named-after-the-verb-of-it-does-not-take-the-focus",
        "Llama 3.2 is a set of small multilingual models (1B and 3B) that Meta put out "
        "on September 25, 2024. It adapts Llama 3.1 to phones and laptops.\n\n"
        "The 3B model leads its class on several tests. Both models read a 128k "
        "token context window.",
        "2025-09-01",
        (
            ("Llama 3.2", "context_window", 128_000),
            ("Llama 3.2", "params_total", 3_000_000_000),
        ),
        (("Llama 3.1", "params_total", None), ("Llama 3.1", "context_window", None)),
    ),
    # negative: "It includes X and Y" names the members it is about
    RuleCase(
        "it-includes-names-the-members-in-focus",
        "Meta put out Llama 4 in April 2025. It includes two models, Llama 4 Scout and "
        "Llama 4 Maverick.\n\n"
        "Both models read 17 billion active parameters per token.",
        "2025-09-01",
        (
            ("Llama 4 Scout", "params_active", 17_000_000_000),
            ("Llama 4 Maverick", "params_active", 17_000_000_000),
        ),
        (),
    ),
    # negative: a sentence on its own line under a heading that is a model's name is
    # not a spec line of that model
    RuleCase(
        "a-sentence-under-a-model-heading-is-not-its-spec-line",
        "## Llama 3.1\n\nRival labs shipped 1M-token windows the year before.\n",
        "2025-05-02",
        (),
        (("Llama 3.1", "context_window", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_binding14_case(case: RuleCase) -> None:
    check_rule_case(case)
