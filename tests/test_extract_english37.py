"""English status and release-date rules from the thirty-seventh round, on sentences
written for them.

English tells a release in ways the verb readers missed: as a noun phrase owned by a day
or by the maker ("Yesterday's release of X", "Meta's weekend drop of two models — X and
Y"), as a showing verb in an aside after the name ("X, revealed Friday, …"), as a month
labelling a line under a year's heading ("2023:" … "July: Meta released X"), as a date
the maker's verb governs in a clause that also tells of a tease, and with the maker
written with its ticker ("Meta $META shipped X"). A member of a list may be held back by
the words right at its name ("the still-training Z", "Z (not yet available)"). Each has
its silent side: a look ahead, a fall in a ranking, a hold-back, a showing with no
release, a week that straddles two months. Two false alerts are closed: a business
being built is no model in development, and a release by the community is not the
maker's.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # (1) a release noun owned by a day gone by
    RuleCase(
        "a-days-release-of-a-model-is-done",
        "Yesterday's release of Llama 3.3 handed hobbyists a strong 70B model to tinker with.",
        "2024-12-07",
        (("Llama 3.3", "status", "released"), ("Llama 3.3", "release_date", "2024-12-06")),
        (),
    ),
    RuleCase(
        "a-days-launch-ahead-is-no-release",
        "Partners were briefed well ahead of Friday's launch of Llama 3.1 to the public.",
        "2024-07-20",
        (),
        (("Llama 3.1", "status", "released"),),
    ),
    RuleCase(
        "a-days-release-in-a-sentence-that-looks-ahead-says-nothing",
        "Today's release of Llama 5 is expected to shake up the open model scene.",
        "2026-05-02",
        (),
        (("Llama 5", "status", "released"),),
    ),
    # (2) "drop" as a release noun, of a counted list set off by a dash
    RuleCase(
        "the-makers-weekend-drop-of-a-list",
        "Meta's weekend drop of two new Llama models — Scout and Maverick — set off a flurry "
        "of benchmarks.",
        "2025-04-09",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Maverick", "status", "released")),
        (),
    ),
    RuleCase(
        "a-drop-in-a-ranking-is-no-release",
        "Observers noted the drop of Llama 4 Maverick to 32nd place on the arena board.",
        "2025-04-20",
        (),
        (("Llama 4 Maverick", "status", None),),
    ),
    # (3) a member of the list held back by the words at its name
    RuleCase(
        "the-still-training-member-is-upcoming",
        "The company shipped three Llama 4 models: Scout, Maverick, and the still-training "
        "Behemoth.",
        "2025-04-10",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
            ("Llama 4 Behemoth", "status", "upcoming"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "a-member-not-yet-available-in-brackets",
        "On Saturday Meta released Llama 4 Scout, Llama 4 Maverick and Llama 4 Behemoth "
        "(not yet available).",
        "2025-04-07",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Behemoth", "status", "upcoming")),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # (4) a showing verb with a day, set off after the name
    RuleCase(
        "revealed-with-a-day-in-an-aside-is-a-release",
        "Llama 3, revealed Thursday, tops several rival chatbots on reasoning tests.",
        "2024-04-20",
        (("Llama 3", "status", "released"), ("Llama 3", "release_date", "2024-04-18")),
        (),
    ),
    RuleCase(
        "unveiled-in-an-aside-of-a-model-still-training-is-none",
        "Llama 4 Behemoth, unveiled on Saturday, is still being trained by the lab.",
        "2025-04-08",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "announced-in-an-aside-of-a-plan-is-none",
        "Avocado, announced last month, will ship to developers in the spring.",
        "2026-01-20",
        (),
        (("Avocado", "status", "released"),),
    ),
    # (5) a line labelled with a month under a year's heading
    RuleCase(
        "a-month-label-under-a-year-heading-takes-its-year",
        "2023:\n\nWhat happened with open models\n\n- February: Meta put out LLaMA for "
        "researchers.\n- July: Meta released Llama 2 with a commercial licence.",
        "2025-01-05",
        (("Llama 2", "status", "released"), ("Llama 2", "release_date", "2023-07")),
        (("Llama 2", "release_date", "2024-07"),),
    ),
    # (6) a date the maker's release verb governs, in a clause that also tells of a tease
    RuleCase(
        "a-fronted-date-of-the-makers-verb-after-a-tease",
        "Zuckerberg teased the herd in a winter post, and by April 2025, Meta rolled out Llama "
        "4 Scout and Llama 4 Maverick.",
        "2025-09-01",
        (
            ("Llama 4 Scout", "release_date", "2025-04"),
            ("Llama 4 Maverick", "release_date", "2025-04"),
        ),
        (),
    ),
    RuleCase(
        "a-teased-day-alone-dates-nothing",
        "Meta teased Llama 4 Behemoth on April 5, 2025, calling it a teacher model.",
        "2025-09-01",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    # (7) the maker written with its ticker, and "this week" looked back on
    RuleCase(
        "a-ticker-after-the-maker-is-prose",
        "Meta $META shipped Muse Spark this week, its first model from the new lab.",
        "2026-04-09",
        (("Muse Spark", "status", "released"), ("Muse Spark", "release_date", "2026-04")),
        (),
    ),
    RuleCase(
        "this-week-across-two-months-dates-nothing",
        "Meta launched Muse Spark this week, its first model from the new lab.",
        "2026-04-01",
        (("Muse Spark", "status", "released"),),
        (("Muse Spark", "release_date", None),),
    ),
    RuleCase(
        "a-shell-variable-is-still-code",
        "torchrun --nproc_per_node=$NGPUS chat.py --ckpt Llama-4-Scout-17B-16E --seq 8192",
        "2025-05-01",
        (),
        (("Llama 4 Scout", "context_window", None), ("Llama 4 Scout", "status", None)),
    ),
    # (8) false alerts closed: a business built, a release by the community
    RuleCase(
        "building-services-is-no-model-in-development",
        "Meta released Llama 3.1 on Tuesday. For years, Zuckerberg says, the company has been "
        "building its services inside rivals' app stores.",
        "2024-07-24",
        (("Llama 3.1", "status", "released"),),
        (("Llama 3.1", "status", "upcoming"),),
    ),
    RuleCase(
        "the-community-releasing-builds-is-not-the-makers-release",
        "The community has already released quantized builds of Llama 3 for laptops.",
        "2024-04-25",
        (),
        (("Llama 3", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
