"""Value rules from a twenty-eighth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # a wire story's dateline is the day the story was filed, never a release day
    RuleCase(
        "en-dateline-bare-day-colon",
        "June 3 : Meta has delayed the launch of its model known as Avocado to at least "
        "August, two people briefed on the plan said.",
        "2026-06-04",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026-08")),
        (("Avocado", "release_date", "2027-06-03"), ("Avocado", "release_date", "2026-06-03")),
    ),
    RuleCase(
        "en-dateline-city-and-agency",
        "LONDON, June 3 (Reuters) - Meta is holding back Llama 4 Behemoth, its largest model, "
        "while engineers keep working on it.",
        "2025-06-03",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    RuleCase(
        "en-dateline-city-agency-dash",
        "NEW YORK, Oct. 9 (AP) — Meta said its Avocado model will be released later this year.",
        "2025-10-09",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2025")),
        (("Avocado", "release_date", "2025-10-09"), ("Avocado", "release_date", "2026-10-09")),
    ),
    RuleCase(
        "en-dateline-slash-agency",
        "BERLIN, May 20. /dpa/. Meta has delayed Llama 4 Behemoth, according to insiders.",
        "2025-05-21",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    RuleCase(
        "en-dateline-day-glued-to-colon",
        "Oct. 9: Meta has released Llama 3.2 to a handful of cloud partners.",
        "2024-10-10",
        (("Llama 3.2", "status", "released"),),
        (("Llama 3.2", "release_date", None),),
    ),
    # a timeline row far from the post's own day keeps its date
    RuleCase(
        "en-timeline-row-without-year-keeps-its-day",
        "Sept. 25: Meta released Llama 3.2 with small text models for phones.",
        "2024-12-01",
        (("Llama 3.2", "release_date", "2024-09-25"),),
        (),
    ),
    RuleCase(
        "en-timeline-row-keeps-its-day",
        "July 18, 2023: Meta put out Llama 2 with weights anyone could download.",
        "2025-01-10",
        (("Llama 2", "release_date", "2023-07-18"),),
        (),
    ),
    # a source named after a comma closes the sentence; the day before it is the plan's
    RuleCase(
        "en-closing-report-keeps-the-target",
        "Meta has pushed the launch of its frontier model code-named Avocado back to at least "
        "August, the Financial Times reported on Friday, citing two insiders.",
        "2026-06-05",
        (("Avocado", "release_date", "2026-08"),),
        (),
    ),
    RuleCase(
        "en-closing-company-said",
        "Meta will release Llama 4 Behemoth in the autumn, the company said.",
        "2025-06-20",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (),
    ),
    RuleCase(
        "en-inverted-closing-report",
        "Meta is going to release Avocado in August, reported the Financial Times.",
        "2026-06-05",
        (("Avocado", "release_date", "2026-08"),),
        (),
    ),
    # a speech verb that opens the sentence still dates the statement
    RuleCase(
        "en-said-on-a-day-dates-the-statement",
        "On Friday Meta said it will ship Llama 4 Behemoth eventually.",
        "2025-06-20",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    # "from <day>" after a move is the day left, with or without a new one
    RuleCase(
        "en-delayed-from-a-month",
        "Meta has delayed Llama 4 Behemoth from June, people close to the project said.",
        "2025-07-02",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    RuleCase(
        "en-available-from-a-month-is-a-start",
        "Llama 4 Behemoth will be available from September.",
        "2025-07-02",
        (("Llama 4 Behemoth", "release_date", "2025-09"),),
        (),
    ),
    # "poised / set / expected to" make a plan only before a verb of arriving
    RuleCase(
        "en-poised-to-reshape-is-no-plan",
        "Llama 3.1 is poised to reshape how startups pick a base model.",
        "2024-08-02",
        (),
        (("Llama 3.1", "status", "upcoming"),),
    ),
    RuleCase(
        "en-set-to-become-standard-is-no-plan",
        "Llama 3 is set to become the default pick for hobbyists running models at home.",
        "2024-05-02",
        (),
        (("Llama 3", "status", "upcoming"),),
    ),
    RuleCase(
        "en-poised-to-lift-adoption-is-no-plan",
        "Llama 2 is poised to lift open-model adoption inside banks.",
        "2023-08-02",
        (),
        (("Llama 2", "status", "upcoming"),),
    ),
    # "expected to" of a model still speaks of one to come, whatever the verb
    RuleCase(
        "en-expected-to-rival-is-a-plan",
        "Llama 3 is expected to rival the best closed chatbots, two people briefed on it say.",
        "2023-09-12",
        (("Llama 3", "status", "upcoming"),),
        (),
    ),
    RuleCase(
        "en-planned-for-use-is-no-plan",
        "Llama Guard is planned for use in the new moderation pipeline of the app.",
        "2024-02-02",
        (),
        (("Llama Guard", "status", "upcoming"),),
    ),
    RuleCase(
        "en-slated-for-a-purpose-is-no-plan",
        "Llama 3.3 is slated for customer support work, the bank's engineers explained.",
        "2025-01-15",
        (),
        (("Llama 3.3", "status", "upcoming"),),
    ),
    RuleCase(
        "en-poised-to-launch-is-a-plan",
        "Llama 4 Behemoth is poised to launch this autumn.",
        "2025-06-02",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "release_date", "2025-Q4"),
        ),
        (),
    ),
    RuleCase(
        "en-set-to-be-made-available-is-a-plan",
        "Avocado is set to be made available to developers next spring.",
        "2026-01-10",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026-Q2")),
        (),
    ),
    RuleCase(
        "en-planned-for-a-release-is-a-plan",
        "Avocado is planned for a broad release in the second quarter of 2026.",
        "2026-01-10",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026-Q2")),
        (),
    ),
    RuleCase(
        "en-set-to-make-its-debut-is-a-plan",
        "Llama 4 Behemoth is set to make its debut at the autumn developer event.",
        "2025-06-02",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (),
    ),
    # a count of a part of the network, or of what a fine-tune adds, is no model size
    RuleCase(
        "en-parameters-per-matrix",
        "In Llama 3, one query projection is a 4096 by 4096 grid, so roughly 16.8 million "
        "parameters per matrix.",
        "2025-03-01",
        (),
        (("Llama 3", "params_total", None),),
    ),
    RuleCase(
        "en-parameters-per-expert",
        "Llama 4 Maverick spreads its weights over 128 experts of about 3 billion parameters "
        "per expert.",
        "2025-04-20",
        (),
        (("Llama 4 Maverick", "params_total", 3_000_000_000),),
    ),
    RuleCase(
        "en-trainable-parameters",
        "Fine-tuning Llama 2 with rank 8 leaves about 4.2 million trainable parameters.",
        "2024-03-01",
        (),
        (("Llama 2", "params_total", None),),
    ),
    RuleCase(
        "en-adapter-with-parameters",
        "For Llama 3.1 we attach LoRA adapters with only 6 million parameters.",
        "2024-09-01",
        (),
        (("Llama 3.1", "params_total", None),),
    ),
    RuleCase(
        "en-whole-model-size-still-read",
        "Llama 3.1 has 405 billion parameters, and each layer is a plain dense block.",
        "2024-09-01",
        (("Llama 3.1", "params_total", 405_000_000_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
