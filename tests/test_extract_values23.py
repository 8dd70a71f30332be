"""Value rules from a twenty-third round, each on sentences written for it.

Weights said to be held back ("the weights for X remain restricted", "its weights stay
private", "keeps the X weights in-house", "developers cannot download weights") read
closed, never open; a contrast with an open family lends the family's openness to no one.
Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # weights held back: closed
    RuleCase(
        "en-weights-for-remain-restricted",
        "The weights for Muse Spark remain restricted, and Meta has said little more.",
        "2026-04-12",
        (("Muse Spark", "openness", "closed"),),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    RuleCase(
        "en-weights-not-publicly-available",
        "Muse Spark's weights are not publicly available at this point.",
        "2026-04-12",
        (("Muse Spark", "openness", "closed"),),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    RuleCase(
        "en-keeps-named-weights-in-house",
        "Meta keeps the Muse Spark weights in-house and serves the model from its own apps.",
        "2026-04-12",
        (("Muse Spark", "openness", "closed"),),
        (),
    ),
    RuleCase(
        "en-weights-stay-private",
        "For now the Muse Spark weights stay private.",
        "2026-04-12",
        (("Muse Spark", "openness", "closed"),),
        (),
    ),
    RuleCase(  # the known wrong reading: "download weights" after "cannot" was open
        "en-cannot-download-weights",
        "Muse Spark sits behind a hosted endpoint, so builders cannot download weights "
        "or run it on their own machines.",
        "2026-04-12",
        (("Muse Spark", "openness", "closed"),),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    # a contrast with an open family: the family's openness goes to no one
    RuleCase(
        "en-unlike-open-family-weights-restricted",
        "Unlike Meta's open-weight Llama family, the Muse Spark weights remain restricted to Meta.",
        "2026-04-12",
        (("Muse Spark", "openness", "closed"),),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    RuleCase(
        "en-unlike-line-released-openly",
        "Unlike the Llama line, which Meta put out openly, Muse Spark's weights remain restricted.",
        "2026-04-12",
        (("Muse Spark", "openness", "closed"),),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    # guards: a licence's terms, the research rung, a delay and a denied ability
    RuleCase(
        "en-weights-restricted-by-licence",
        "Llama 2's weights are restricted by a custom licence with a user cap.",
        "2023-07-20",
        (),
        (("Llama 2", "openness", "closed"),),
    ),
    RuleCase(
        "en-weights-restricted-to-researchers",
        "The Llama 1 weights were restricted to approved researchers.",
        "2023-03-01",
        (("Llama 1", "openness", "research_only"),),
        (("Llama 1", "openness", "closed"),),
    ),
    RuleCase(
        "en-weights-not-available-yet",
        "Muse Spark's weights are not available yet; Meta says they will follow.",
        "2026-04-12",
        (),
        (("Muse Spark", "openness", None),),
    ),
    # a plan replaced by a new one after "now": the new target wins
    RuleCase(
        "en-originally-slated-now-looks-set",
        "Avocado was originally slated for March but now looks set for May.",
        "2026-03-20",
        (("Avocado", "release_date", "2026-05"),),
        (("Avocado", "release_date", "2026-03"),),
    ),
    RuleCase(
        "en-originally-due-now-appears-set",
        "Meta's Avocado, originally due in March, now appears set for a May release.",
        "2026-03-20",
        (("Avocado", "release_date", "2026-05"),),
        (("Avocado", "release_date", "2026-03"),),
    ),
    RuleCase(
        "en-originally-due-now-seems-likely",
        "Avocado was originally due in March and now seems likely to arrive in June.",
        "2026-03-20",
        (("Avocado", "release_date", "2026-06"),),
        (("Avocado", "release_date", "2026-03"),),
    ),
    RuleCase(  # a month after "slated for" is the plan's month
        "en-slated-for-month",
        "Avocado is slated for May, two people close to the project said.",
        "2026-03-20",
        (("Avocado", "release_date", "2026-05"),),
        (),
    ),
    RuleCase(  # guard: a replaced plan with no new target gives no date
        "en-originally-slated-now-uncertain",
        "Avocado was originally slated for March but now looks uncertain.",
        "2026-03-20",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "release_date", None),),
    ),
    # Japanese seasons fused to their year word, or bare before 以降 / 頃, as quarters
    RuleCase(
        "ja-this-autumn-or-later",
        "メタはLlama 4 Behemothのリリースを今秋以降に延期した。",
        "2025-05-16",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (),
    ),
    RuleCase(
        "ja-next-spring",
        "Llama 4 Behemothは来春リリースされる予定だ。",
        "2025-11-20",
        (("Llama 4 Behemoth", "release_date", "2026-Q2"),),
        (),
    ),
    RuleCase(  # a bare season is the next one from the post's day
        "ja-spring-or-later-next-year",
        "Llama 4 Behemothのリリースは春以降に延期された。",
        "2025-11-20",
        (("Llama 4 Behemoth", "release_date", "2026-Q2"),),
        (("Llama 4 Behemoth", "release_date", "2025-Q2"),),
    ),
    # Hindi: the month before its postposition
    RuleCase(
        "hi-month-before-tak",
        "मेटा का नया मॉडल Avocado अब मई तक रिलीज हो सकता है, रिपोर्ट के मुताबिक इसकी लॉन्चिंग में देरी हुई है।",
        "2026-03-13",
        (("Avocado", "release_date", "2026-05"),),
        (),
    ),
    RuleCase(
        "hi-not-in-march-but-in-may",
        "मेटा का Avocado मॉडल मार्च में नहीं बल्कि जून में लॉन्च करने जा रही है।",
        "2026-03-13",
        (("Avocado", "release_date", "2026-06"),),
        (("Avocado", "release_date", "2026-03"),),
    ),
    # Indonesian: the bracketed day/month/year after the weekday
    RuleCase(
        "id-bracketed-day-month-year",
        "Meta resmi merilis Llama 4 Maverick dan Llama 4 Scout pada Sabtu (5/4/2025).",
        "2025-04-07",
        (
            ("Llama 4 Scout", "release_date", "2025-04-05"),
            ("Llama 4 Maverick", "release_date", "2025-04-05"),
        ),
        (("Llama 4 Scout", "release_date", "2025-05-04"),),
    ),
    # "went live", a release verb for the status, dates the release too
    RuleCase(
        "en-on-date-went-live",
        "On April 8, 2026, Muse Spark went live, the first model out of Meta's new lab.",
        "2026-04-10",
        (("Muse Spark", "release_date", "2026-04-08"),),
        (),
    ),
    RuleCase(  # a page about the model going live is not the model
        "en-leaderboard-went-live",
        "The Llama 4 Scout leaderboard went live on April 9, 2025.",
        "2025-04-12",
        (),
        (("Llama 4 Scout", "release_date", None), ("Llama 4 Scout", "status", None)),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_values23_rule(case: RuleCase) -> None:
    check_rule_case(case)
