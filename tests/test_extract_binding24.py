"""Binding rules from a twenty-fourth round, each on sentences written for it.

Which model a statement belongs to on model cards and in the news about them: a merge
tool's card names Meta's models only as its sources, a card's metadata licence is its
titled model's (and its tag list names no model), a noun phrase set off by a dash with a
possessive describes the name before the dash, members listed after a plural model noun
are the ones "the models" means, and a model Meta introduces by its full name with the
short form in brackets is a Meta model. Each case is a ``RuleCase`` (helpers_extract): a
post, the facts that must come out and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, describe, facts_of, find

CASES = [
    # a merge tool's card: the Meta checkpoint is one of the merge's sources, and the
    # merge's own size in its name is not Meta's either
    RuleCase(
        "mergekit-card-sources",
        "--- library_name: transformers tags: - merge --- # quokka-11.5B This is a merge "
        "of two pretrained checkpoints, made with mergekit.\n"
        "## Merge Details The layers of meta-llama/Meta-Llama-3-8B-Instruct were stacked "
        "twice with the passthrough method.",
        "2024-06-02",
        (),
        (("Llama 3", "params_total", None),),
    ),
    # "merge" said of something else leaves the page's values where they were
    RuleCase(
        "merge-of-teams-not-a-card",
        "Meta has not said whether it will merge the two research teams.\n"
        "Llama 3 comes in 8B and 70B sizes and was released this week.",
        "2024-04-20",
        (("Llama 3", "params_total", 70_000_000_000),),
        (),
    ),
    # without a title the card's metadata licence has no owner, and the tag just before
    # it ("- llama-3") is not the name of a licence
    RuleCase(
        "card-licence-field-untitled",
        "language:\n- en\ntags:\n- meta\n- llama-3\nlicense: llama3.1\n"
        "pipeline_tag: text-generation",
        "2024-08-01",
        (),
        (("Llama 3", "license", None), ("Llama 3.1", "license", "llama-3-community")),
    ),
    # a noun phrase after a dash, opened by a possessive, describes the name before it
    RuleCase(
        "dash-its-first-proprietary",
        "On Tuesday the company shipped Muse Spark — its first proprietary reasoning "
        "model, trained by the new lab in under a year.",
        "2026-04-09",
        (("Muse Spark", "openness", "closed"),),
        (),
    ),
    RuleCase(
        "dash-the-companys",
        "Reviewers have had a week with Muse Spark — the company's first closed model.",
        "2026-04-15",
        (("Muse Spark", "openness", "closed"),),
        (),
    ),
    # another lab's possessive after the dash: the phrase is not about the name
    RuleCase(
        "dash-other-labs-possessive",
        "Meta released Llama 3.1 405B — OpenAI's proprietary flagship still leads on a few "
        "coding tests.",
        "2024-07-24",
        (),
        (("Llama 3.1", "openness", "closed"),),
    ),
    # a generation with its kind noun before the dash, and members listed after "the new
    # models," in the next paragraph: the generation's openness goes to those members
    RuleCase(
        "herd-dash-meta-suite-then-listed",
        "Reviewers spent the week with the Llama 4 herd — Meta's newest line of "
        "open-weight, mixture-of-experts models.\n\n"
        "The new models, Llama 4 Maverick and Llama 4 Scout, each fit on one host.",
        "2025-04-12",
        (
            ("Llama 4 Scout", "openness", "open_weights"),
            ("Llama 4 Maverick", "openness", "open_weights"),
        ),
        (("Llama 4 Behemoth", "openness", None),),
    ),
    # the generation's openness in one paragraph, its members after "the two new
    # models," in the next: those are the models the post means
    RuleCase(
        "two-new-models-comma-list",
        "A new chapter began this week with the Llama 4 herd, Meta's set of open-weight, "
        "image-capable models.\n\n"
        "The two new models, Llama 4 Maverick plus Llama 4 Scout, need one server.",
        "2025-04-10",
        (
            ("Llama 4 Scout", "openness", "open_weights"),
            ("Llama 4 Maverick", "openness", "open_weights"),
        ),
        (("Llama 4 Behemoth", "openness", None),),
    ),
    # a count of models and the list after its colon; a member held back keeps nothing
    RuleCase(
        "models-in-total-colon-list",
        "Meta calls Llama 4 its first open-weight family built on mixture-of-experts.\n\n"
        "There are three models in total: Llama 4 Scout, Llama 4 Maverick and Llama 4 "
        "Behemoth, and the last of them is still in training.",
        "2025-04-07",
        (
            ("Llama 4 Scout", "openness", "open_weights"),
            ("Llama 4 Maverick", "openness", "open_weights"),
        ),
        (("Llama 4 Behemoth", "openness", None),),
    ),
    # Meta's full name with the short one in brackets introduces the model
    RuleCase(
        "full-name-with-short-form",
        "In this paper we present Meta Protein Folding Language Model (PFLM), a family "
        "of openly released models in 3B and 15B sizes.",
        "2025-02-03",
        (("PFLM", "params_total", 15_000_000_000),),
        (),
    ),
    # a lab's name with its initials is no model, however many models the sentence names
    RuleCase(
        "lab-initials-not-a-model",
        "Meta Superintelligence Labs (MSL) is training a new frontier model with 2T parameters.",
        "2025-11-03",
        (),
        (("MSL", "params_total", None), ("MSL", "status", None)),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_card_licence_field_goes_to_titled_model() -> None:
    # the card of a Meta tool built on Llama 3.1 ships under the Llama 3.1 licence; the
    # tag list before the field names no model
    facts = facts_of(
        "language:\n- en\ntags:\n- meta\n- llama-3\nlicense: llama3.1\n"
        "pipeline_tag: text-classification",
        "2024-08-01",
        title="Llama-Guard-3-8B / README.md",
    )
    assert find(facts, "Llama Guard", "license", "llama-3.1-community"), describe(facts)
    assert not find(facts, "Llama 3", "license"), describe(facts)
