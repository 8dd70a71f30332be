"""Binding rules from a twenty-second round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # a versioned name glued by a hyphen to the German noun it heads names the generation
    RuleCase(
        "de-hyphenated-generation-compound",
        "Meta stellt Llama 4 Scout und Llama 4 Maverick vor. Der Konzern plant damit "
        "Großes.\n\nDie Llama-4-Modelle setzen auf eine Mixture-of-Experts-Architektur.",
        "2025-04-07",
        (
            ("Llama 4 Scout", "architecture", "moe"),
            ("Llama 4 Maverick", "architecture", "moe"),
        ),
        (),
    ),
    RuleCase(
        "de-compound-with-space-before-hyphen",
        "Meta zeigt Llama 3 8B und Llama 3 70B. Die Llama 3-Familie steht unter einer "
        "offenen Lizenz zum Download bereit und ist quelloffen.",
        "2024-04-19",
        (("Llama 3", "openness", "open_weights"),),
        (),
    ),
    # a generation called new, in a post that holds a member back, is the members out
    RuleCase(
        "de-new-generation-skips-held-member",
        "Meta bringt Llama 4 Scout und Llama 4 Maverick heraus, Llama 4 Behemoth ist noch "
        "in der Entwicklung. Die neuen Llama-4-Modelle setzen auf eine "
        "Mixture-of-Experts-Architektur. Damit will Meta Kosten sparen.",
        "2025-04-07",
        (
            ("Llama 4 Scout", "architecture", "moe"),
            ("Llama 4 Maverick", "architecture", "moe"),
        ),
        (("Llama 4 Behemoth", "architecture", None),),
    ),
    RuleCase(
        "en-new-generation-skips-held-member",
        "Meta shipped Llama 4 Scout and Llama 4 Maverick this weekend; Llama 4 Behemoth is "
        "still in training. The new Llama 4 models take text and image inputs.",
        "2025-04-06",
        (
            ("Llama 4 Scout", "modalities", ["image", "text"]),
            ("Llama 4 Maverick", "modalities", ["image", "text"]),
        ),
        (("Llama 4 Behemoth", "modalities", None),),
    ),
    RuleCase(
        "en-new-generation-carried-to-next-sentence",
        "Meta shipped Llama 4 Scout and Llama 4 Maverick this weekend; Llama 4 Behemoth is "
        "still in training. The company calls the new Llama 4 models a big step. They run "
        "on a mixture-of-experts design.",
        "2025-04-06",
        (("Llama 4 Scout", "architecture", "moe"),),
        (("Llama 4 Behemoth", "architecture", None),),
    ),
    # guard: a generation not called new still stands for every member the post names
    RuleCase(
        "en-plain-generation-keeps-every-member",
        "Meta shipped Llama 4 Scout and Llama 4 Maverick this weekend; Llama 4 Behemoth is "
        "still in training. All Llama 4 models take text and image inputs.",
        "2025-04-06",
        (("Llama 4 Behemoth", "modalities", ["image", "text"]),),
        (),
    ),
    # a holding word before a list's first name is said of the whole list
    RuleCase(
        "en-holding-word-before-bracketed-list",
        "Analysts compared the upcoming models Avocado (text) and Mango (video) with "
        "what rivals ship.",
        "2026-01-10",
        (("Avocado", "status", "upcoming"), ("Mango", "status", "upcoming")),
        (),
    ),
    RuleCase(
        "en-holding-word-before-plain-list",
        "Analysts compared the unreleased Avocado and Mango with what rivals ship.",
        "2026-01-10",
        (("Avocado", "status", "upcoming"), ("Mango", "status", "upcoming")),
        (),
    ),
    # an "upcoming" predicate past a member's bracket is the list's, not the bracket's
    RuleCase(
        "en-upcoming-predicate-after-held-bracket",
        "Llama 4 Scout, Llama 4 Maverick and Llama 4 Behemoth (still in training) are the "
        "upcoming models on the roadmap.",
        "2025-03-01",
        (
            ("Llama 4 Scout", "status", "upcoming"),
            ("Llama 4 Maverick", "status", "upcoming"),
            ("Llama 4 Behemoth", "status", "upcoming"),
        ),
        (),
    ),
    # guards: the word before a later name stays that name's; a release skips it
    RuleCase(
        "en-holding-word-before-last-name-stays",
        "Meta weighed Llama 4 Scout, Llama 4 Maverick, and the unreleased Llama 4 Behemoth "
        "against rival systems.",
        "2025-04-10",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Scout", "status", None), ("Llama 4 Maverick", "status", None)),
    ),
    RuleCase(
        "en-release-skips-held-bracket-member",
        "Meta released Llama 4 Scout, Llama 4 Maverick and Llama 4 Behemoth (still in "
        "training) to partners.",
        "2025-04-10",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Behemoth", "status", "upcoming")),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # a bracket that dates a launch belongs to the name right before it, even a compared
    # one; the compared model's status is not what the sentence says
    RuleCase(
        "en-dating-bracket-after-compared-name",
        "Llama 3 takes over from Llama 2 (launched in July 2023) as the default choice for "
        "most teams.",
        "2024-05-02",
        (("Llama 2", "release_date", "2023-07"),),
        (("Llama 2", "status", None),),
    ),
    RuleCase(
        "en-announced-bracket-after-compared-name",
        "Llama 3.3 is a small refresh over Llama 3.1 (announced in July 2024) with better "
        "tool use.",
        "2024-12-09",
        (("Llama 3.1", "release_date", "2024-07"),),
        (("Llama 3.1", "status", None),),
    ),
    # guard: a bracket that dates something else (a test) gives the compared name nothing
    RuleCase(
        "en-test-bracket-after-compared-name",
        "Llama 3 takes over from Llama 2 (tested in March 2024) as the default choice.",
        "2024-05-02",
        (),
        (("Llama 2", "release_date", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_binding22(case: RuleCase) -> None:
    check_rule_case(case)
