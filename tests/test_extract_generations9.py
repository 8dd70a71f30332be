"""Generation statements and release lists, ninth round: each rule on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. The rules decide which models a generation's release, a
timeline list or a compared name's date reach, not how a value is read.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

# (1) a generation statement reaches the members the post shows as released and never
# the member it holds back right where it names it
GENERATION_CASES = [
    RuleCase(
        "both-referring-back-takes-the-release-and-licence",
        "Llama 4 Maverick runs 17B active parameters out of 400B. Its smaller sibling, "
        "Scout, fits on one GPU. Both are released under the Llama 4 Community License.",
        "2025-05-02",
        (
            ("Llama 4 Maverick", "status", "released"),
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Scout", "license", "llama-4-community"),
        ),
        (),
    ),
    RuleCase(
        "a-generation-noun-before-brackets-dates-the-members",
        "The Llama 4 family (April 5, 2025) moved Meta to a mixture-of-experts design. "
        "Llama 4 Scout keeps 17B parameters active. Llama 4 Maverick has 400B in all.",
        "2025-09-01",
        (
            ("Llama 4 Scout", "release_date", "2025-04-05"),
            ("Llama 4 Maverick", "release_date", "2025-04-05"),
            ("Llama 4 Maverick", "status", "released"),
        ),
        (),
    ),
    RuleCase(
        "still-in-development-holds-the-member-back",
        "Meta has released its Llama 4 family of models. The range covers Llama 4 Scout "
        "and Llama 4 Maverick, plus a first look at Llama 4 Behemoth, still in development.",
        "2025-04-07",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
            ("Llama 4 Behemoth", "status", "upcoming"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "currently-in-training-after-the-name-holds-it-back",
        "Meta shipped the Llama 4 models on Saturday: Scout, Maverick and the Behemoth "
        "model currently in training.",
        "2025-04-06",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Behemoth", "status", "upcoming")),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "soon-to-be-released-is-not-a-release",
        "Meta unveiled Llama 4 Scout, Llama 4 Maverick and the soon-to-be-released Llama 4 "
        "Behemoth. Scout and Maverick can be downloaded today.",
        "2025-04-06",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Maverick", "status", "released")),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # negative: a product called by a capitalised name still takes no model's launch date
    RuleCase(
        "a-named-product-launch-is-not-the-models",
        "Quillbot Studio was launched on March 3, 2025, and runs Llama 3.1 70B.",
        "2025-03-10",
        (),
        (("Llama 3.1", "release_date", None), ("Llama 3.1", "status", None)),
    ),
]


@pytest.mark.parametrize("case", GENERATION_CASES, ids=[c.id for c in GENERATION_CASES])
def test_generation_case(case: RuleCase) -> None:
    check_rule_case(case)


# (2) timeline lists: a list's release reaches every item, each with its own date, and
# what an item's brackets say stays with that item
TIMELINE_CASES = [
    RuleCase(
        "gapped-clauses-each-with-a-date",
        "Llama 2 launched in July 2023 with a commercial licence, Llama 3 in April 2024 "
        "brought a bigger tokenizer, and Llama 3.1 (July 2024) and Llama 3.2 (September "
        "2024) added long context and vision.",
        "2025-01-15",
        (
            ("Llama 2", "status", "released"),
            ("Llama 3", "status", "released"),
            ("Llama 3", "release_date", "2024-04"),
            ("Llama 3.1", "status", "released"),
            ("Llama 3.1", "release_date", "2024-07"),
            ("Llama 3.2", "status", "released"),
            ("Llama 3.2", "release_date", "2024-09"),
        ),
        (),
    ),
    RuleCase(
        "object-list-with-asides",
        "Meta has since released Llama 3.1 (with a 405B flagship), Llama 3.2 (with vision), "
        "and Llama 3.3 (December 2024, a 70B refresh).",
        "2025-03-01",
        (
            ("Llama 3.1", "status", "released"),
            ("Llama 3.1", "params_total", 405_000_000_000),
            ("Llama 3.2", "status", "released"),
            ("Llama 3.3", "status", "released"),
        ),
        (("Llama 3.2", "params_total", 405_000_000_000),),
    ),
    # negatives: a clause with a verb of its own, or a date after the post, is no gapped item
    RuleCase(
        "a-clause-with-its-own-verb-keeps-its-status",
        "Llama 3 launched in April 2024, and Llama 4 is expected in 2025.",
        "2024-06-01",
        (("Llama 3", "status", "released"),),
        (("Llama 4", "status", "released"),),
    ),
    RuleCase(
        "a-gapped-item-dated-after-the-post-is-not-out",
        "Llama 4 Scout launched in April 2025, Llama 4 Behemoth in 2026.",
        "2025-06-01",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", TIMELINE_CASES, ids=[c.id for c in TIMELINE_CASES])
def test_timeline_case(case: RuleCase) -> None:
    check_rule_case(case)


# (3) a participle right after a compared name dates the compared model, not the subject
COMPARED_PARTICIPLE_CASES = [
    RuleCase(
        "date-after-a-compared-name-is-not-the-subjects",
        "Per the leaked card, Llama 3.1 goes further than Llama 3 released on April 18, "
        "2024, with a longer window.",
        "2024-07-22",
        (),
        (("Llama 3.1", "release_date", None), ("Llama 3.1", "status", "released")),
    ),
    # negative: the subject's own participle keeps its date
    RuleCase(
        "the-subjects-own-release-keeps-its-date",
        "Llama 3.1, released on July 23, 2024, goes further than Llama 3.",
        "2024-08-01",
        (("Llama 3.1", "release_date", "2024-07-23"),),
        (("Llama 3", "release_date", None),),
    ),
]


@pytest.mark.parametrize(
    "case", COMPARED_PARTICIPLE_CASES, ids=[c.id for c in COMPARED_PARTICIPLE_CASES]
)
def test_compared_participle_case(case: RuleCase) -> None:
    check_rule_case(case)


# (4) "Llama 4 (Scout + Maverick)": brackets after a generation's name that list members
# say which members the post means by the generation; a member named elsewhere and held
# back is not what a later "Llama 4 was …" is said of
DEFINED_GENERATION_CASES = [
    RuleCase(
        "bracketed-members-define-the-generation",
        "Meta shipped Llama 4 (Scout + Maverick).\n\n"
        "- Behemoth, the 2T-parameter sibling, was promised but not shipped.\n\n"
        "Llama 4 brought mixture-of-experts to open weights at scale.",
        "2025-05-01",
        (
            ("Llama 4 Scout", "architecture", "moe"),
            ("Llama 4 Maverick", "architecture", "moe"),
        ),
        (("Llama 4 Behemoth", "architecture", None), ("Llama 4 Behemoth", "status", "released")),
    ),
    # negative: without the brackets a generation statement on design reaches every member
    RuleCase(
        "without-brackets-design-reaches-every-member",
        "Meta shipped Llama 4 Scout and Llama 4 Maverick and previewed Llama 4 Behemoth. "
        "Llama 4 uses a mixture-of-experts design.",
        "2025-05-01",
        (("Llama 4 Behemoth", "architecture", "moe"), ("Llama 4 Scout", "architecture", "moe")),
        (),
    ),
]


@pytest.mark.parametrize(
    "case", DEFINED_GENERATION_CASES, ids=[c.id for c in DEFINED_GENERATION_CASES]
)
def test_defined_generation_case(case: RuleCase) -> None:
    check_rule_case(case)


# (5) a launch dated before its models are named: the next sentence of the paragraph
# that releases models by name says which models the date is of
UNNAMED_LAUNCH_CASES = [
    RuleCase(
        "launch-date-waits-for-the-named-release",
        "On Saturday, April 5, 2025, Meta launched its newest generation of AI models. It "
        "released two of them, Scout and Maverick, as the Llama 4 herd; Behemoth is still "
        "in training.",
        "2025-04-07",
        (
            ("Llama 4 Scout", "release_date", "2025-04-05"),
            ("Llama 4 Maverick", "release_date", "2025-04-05"),
        ),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    # negatives: another paragraph, or a date after the post, dates nothing
    RuleCase(
        "a-new-paragraph-does-not-take-the-date",
        "On April 5, 2025, Meta launched its newest generation of AI models.\n\n"
        "Meta released Llama 4 Scout and Llama 4 Maverick as open weights.",
        "2025-04-07",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "release_date", None),),
    ),
    RuleCase(
        "a-date-after-the-post-is-not-a-done-launch",
        "Meta launched its next generation of AI models on May 9, 2025. It released Llama "
        "4 Scout and Llama 4 Maverick.",
        "2025-04-07",
        (),
        (("Llama 4 Scout", "release_date", None),),
    ),
]


@pytest.mark.parametrize("case", UNNAMED_LAUNCH_CASES, ids=[c.id for c in UNNAMED_LAUNCH_CASES])
def test_unnamed_launch_case(case: RuleCase) -> None:
    check_rule_case(case)
