"""Value rules from a twenty-first round, each on sentences written for it.

The round's theme is a release told with a noun ("the release of X", "X's launch", "the
X rollout"): the phrase carries no tense of its own, so the words around it decide, and
when nothing does the phrase says nothing. Each case is a ``RuleCase`` (helpers_extract):
a post, the facts that must come out and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, describe, facts_of, find

CASES = [
    # a word before the noun puts the event behind
    RuleCase(
        "en-earlier-release-of",
        "That move came on top of the earlier release of Llama 3, whose smallest size fits "
        "on a laptop.",
        "2024-09-02",
        (("Llama 3", "status", "released"),),
        (),
    ),
    RuleCase(
        "en-sudden-proprietary-launch-of-quoted-name",
        'Investors reacted to the sudden, proprietary launch of the "Muse Spark" model from '
        "the new lab.",
        "2026-04-12",
        (("Muse Spark", "status", "released"), ("Muse Spark", "openness", "closed")),
        (),
    ),
    # a preposition or a verb of sequence before it
    RuleCase(
        "en-since-the-debut-of-dated",
        "Since the debut of Llama 3.1 in July 2024, hobbyists have tuned thousands of "
        "variants on home GPUs.",
        "2025-03-01",
        (("Llama 3.1", "status", "released"), ("Llama 3.1", "release_date", "2024-07")),
        (),
    ),
    RuleCase(
        "en-coincided-with-launch-of-apposed-name",
        "The spike in downloads coincided with the launch of its new AI model, Muse Spark, "
        "which now runs the assistant.",
        "2026-04-15",
        (("Muse Spark", "status", "released"),),
        (),
    ),
    # the phrase as the subject of a past verb, or of a perfect
    RuleCase(
        "en-launch-of-as-subject-of-past-verb",
        "The launch of Llama 4 Maverick drew sharp criticism over its leaderboard numbers.",
        "2025-05-20",
        (("Llama 4 Maverick", "status", "released"),),
        (),
    ),
    RuleCase(
        "en-release-of-has-been-credited",
        "The release of Llama 2 has been credited with starting the open-weights boom among "
        "startups.",
        "2024-11-11",
        (("Llama 2", "status", "released"),),
        (),
    ),
    RuleCase(
        "en-platforms-possessive-launch-has-lifted",
        "Meta Platforms' launch of Muse Spark has lifted its assistant app into the top five "
        "of the store.",
        "2026-04-11",
        (("Muse Spark", "status", "released"),),
        (),
    ),
    RuleCase(
        "en-name-as-modifier-rollout",
        "The Llama 3.2 rollout brought small vision models to phones and laptops alike.",
        "2025-01-20",
        (("Llama 3.2", "status", "released"),),
        (),
    ),
    # a date the phrase carries, before the post: behind; after it, with its year: ahead
    RuleCase(
        "en-possessive-launch-dated-before-post",
        "Llama 3.3's launch in December 2024 is still a reference point for small labs.",
        "2025-05-01",
        (("Llama 3.3", "status", "released"), ("Llama 3.3", "release_date", "2024-12")),
        (),
    ),
    RuleCase(
        "en-possessive-launch-dated-after-post",
        "Avocado's launch in June 2026 could decide the fate of the whole lab.",
        "2026-03-02",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "status", "released"),),
    ),
    # words that put it ahead
    RuleCase(
        "en-ahead-of-the-launch-of",
        "Ahead of the launch of Llama 4 Behemoth, the lab added another cluster of GPUs.",
        "2025-05-02",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "en-planned-release-of",
        "Traders are watching the planned release of Avocado closely this quarter.",
        "2026-01-20",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "status", "released"),),
    ),
    # a release noun in a sentence that looks ahead is not a release that happened
    RuleCase(
        "en-after-the-release-of-future-main-clause",
        "After the release of Llama 5, the team will turn its attention to agents.",
        "2025-08-01",
        (),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "en-first-release-of-future",
        "The first release of Avocado will keep its weights in house, insiders expect.",
        "2025-12-15",
        (),
        (("Avocado", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


#: what the rules above must leave alone (these held before them too): a noun with nothing
#: to time it, another lab's release, a document's release, a plan that never came, the
#: noun heading another noun, a look back at a plan, a member still training next to one out
GUARDS = [
    RuleCase(
        "en-release-of-present-unclear",
        "The release of Llama 2 sits at the center of a wider policy debate.",
        "2024-05-05",
        (),
        (("Llama 2", "status", None),),
    ),
    RuleCase(
        "en-release-of-other-lab-model",
        "The release of ChatGPT drew attention away from Llama 2 for a while.",
        "2024-05-05",
        (),
        (("Llama 2", "status", "released"),),
    ),
    RuleCase(
        "en-release-of-the-paper",
        "The release of the Llama 2 paper drew praise from safety researchers.",
        "2024-05-05",
        (),
        (("Llama 2", "status", "released"),),
    ),
    RuleCase(
        "en-planned-release-never-happened",
        "The planned release of Llama 4 Behemoth never happened, the lab later admitted.",
        "2026-02-01",
        (),
        (("Llama 4 Behemoth", "status", "upcoming"), ("Llama 4 Behemoth", "status", "released")),
    ),
    RuleCase(
        "en-release-notes",
        "Muse Spark's release notes list three fixes to the tool-calling format.",
        "2026-05-01",
        (),
        (("Muse Spark", "status", None),),
    ),
    RuleCase(
        "en-ahead-of-launch-looked-back",
        "The lab added another GPU cluster ahead of the launch of Llama 3 in April 2024.",
        "2025-06-01",
        (),
        (("Llama 3", "status", "upcoming"),),
    ),
    RuleCase(
        "en-still-training-after-debut-of-other",
        "Llama 4 Behemoth is still in training, a year after the debut of Llama 4 Scout.",
        "2026-04-10",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", GUARDS, ids=[c.id for c in GUARDS])
def test_guard_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_video_summary_is_reported() -> None:
    """A page summing up a video relays the video's claim ("the video argues")."""
    facts = facts_of(
        "Avocado's eventual public launch matters a great deal, and any new scandal, the "
        "video argues, could sink the lab's standing.",
        "2026-02-09",
    )
    found = find(facts, "Avocado", "status", "upcoming")
    assert found and all(f.certainty == "reported" for f in found), describe(facts)
