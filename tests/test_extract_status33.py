"""Status and release-date rules from a thirty-third round, on sentences written for them.

English says a named model is out without any release word in four ways these cases
cover: what came after something ("X was succeeded in April 2025 by Y"), where a line of
models began ("the family began with LLaMA in February 2023"), a model that came in its
turn ("Y followed in July 2023", "when Y dropped"), and where a model can be had ("Y is
live on Hugging Face", "Bedrock offers Y", "you can download Y from llama.com", "since
July, Meta has offered Y"). Each has its silent side: a plan, a ranking, a preview, a
platform that took the model up later. Smaller rules sit beside them: a launch pushed to a
month is still to come, the day a launch was moved on is not its day, and a lab that
launched is not a model that did.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # (1) a passive of succession: the successor after "by" is out, with the time next to it
    RuleCase(
        "succeeded-by-names-the-successor",
        "Four months on, the 70B refresh was succeeded by Llama 4 Scout and Llama 4 Maverick "
        "in April 2025.",
        "2025-10-01",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Scout", "release_date", "2025-04"),
            ("Llama 4 Maverick", "status", "released"),
            ("Llama 4 Maverick", "release_date", "2025-04"),
        ),
        (),
    ),
    RuleCase(
        "succeeded-with-the-time-before-by",
        "That spring the 8B model was succeeded in May 2024 by Llama Guard 2.",
        "2024-11-01",
        (("Llama Guard", "status", "released"), ("Llama Guard", "release_date", "2024-05")),
        (),
    ),
    RuleCase(
        "superseded-by-with-the-time-after-the-name",
        "Llama 2 served most fine-tuners well until it was superseded by Llama 3 in April 2024.",
        "2025-02-11",
        (("Llama 3", "status", "released"), ("Llama 3", "release_date", "2024-04")),
        (("Llama 2", "release_date", "2024-04"),),
    ),
    RuleCase(
        "superseded-by-as-a-bullet-participle",
        "Weak points of the big dense model:\n\n- Largely superseded by Llama 3.3 for cheap "
        "serving",
        "2025-06-01",
        (("Llama 3.3", "status", "released"),),
        (),
    ),
    RuleCase(
        "followed-by-in-a-ranking-says-nothing",
        "On the coding board Claude leads, followed by Llama 3.1.",
        "2025-06-01",
        (),
        (("Llama 3.1", "status", None),),
    ),
    RuleCase(
        "succeeded-by-in-a-plan-says-nothing",
        "Llama 4 Maverick will be succeeded by Llama 5 next year, people familiar said.",
        "2025-06-01",
        (),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "succeeded-by-before-a-dash-leaves-the-subject-undated",
        "Llama 3.2 was succeeded in December 2024 by Llama 3.3 — a text-only refresh.",
        "2025-10-01",
        (),
        (("Llama 3.2", "release_date", "2024-12"),),
    ),
    # (2) where a line of models began: the first model is out
    RuleCase(
        "family-began-with-the-first-model",
        "Meta's family of open models began with LLaMA in February 2023 and grew fast.",
        "2025-01-15",
        (("Llama 1", "status", "released"), ("Llama 1", "release_date", "2023-02")),
        (),
    ),
    RuleCase(
        "a-lineup-that-starts-with-a-planned-model-says-nothing",
        "The new family starts with Avocado, due in the spring.",
        "2025-12-12",
        (),
        (("Avocado", "status", "released"),),
    ),
    # (3) a model that came in its turn, with no object
    RuleCase(
        "followed-in-a-month-is-a-release",
        "LLaMA arrived first; Llama 2 followed in July 2023 with a commercial licence.",
        "2025-01-15",
        (("Llama 2", "status", "released"), ("Llama 2", "release_date", "2023-07")),
        (),
    ),
    RuleCase(
        "appeared-in-a-month-is-a-release",
        "Llama 1 appeared in February 2023 for researchers only.",
        "2025-01-15",
        (("Llama 1", "status", "released"), ("Llama 1", "release_date", "2023-02")),
        (),
    ),
    RuleCase(
        "appeared-as-a-preview-is-no-release",
        "Llama 4 Behemoth appeared in April 2025 only as a preview.",
        "2025-06-01",
        (),
        (("Llama 4 Behemoth", "status", "released"), ("Llama 4 Behemoth", "release_date", None)),
    ),
    RuleCase(
        "dropped-with-nothing-after-is-a-release",
        "Fine-tuners got busy the week Llama 3.3 dropped.",
        "2025-01-15",
        (("Llama 3.3", "status", "released"),),
        (),
    ),
    RuleCase(
        "dropped-to-a-place-is-no-release",
        "Llama 3.1 dropped to fourth place on the leaderboard.",
        "2025-01-15",
        (),
        (("Llama 3.1", "status", None),),
    ),
    # (4) where a model can be had
    RuleCase(
        "live-on-a-platform-is-released",
        "Meta's Llama 4 herd has three members. Scout and Maverick are already live on "
        "Hugging Face, while Behemoth keeps training.",
        "2025-04-07",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Maverick", "status", "released")),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "missing-from-a-platform-says-nothing",
        "Llama 5 is missing from Hugging Face.",
        "2026-02-01",
        (),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "a-provider-offers-the-named-models",
        "Amazon Bedrock offers two Meta models: Llama 3.1 and Llama 3.2.",
        "2024-12-01",
        (("Llama 3.1", "status", "released"), ("Llama 3.2", "status", "released")),
        (),
    ),
    RuleCase(
        "a-provider-gives-access-to-the-model",
        "Together AI provides serverless access to Llama 3.3 at a low price.",
        "2025-01-20",
        (("Llama 3.3", "status", "released"),),
        (),
    ),
    RuleCase(
        "early-access-is-no-release",
        "Meta offers early access to Llama 5 for a few partners.",
        "2026-02-01",
        (),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "a-host-to-come-is-no-release",
        "Groq will host Avocado once it ships.",
        "2026-02-01",
        (),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "you-can-download-it-is-released",
        "You can download Llama 3.2 from llama.com after accepting the licence.",
        "2024-10-10",
        (("Llama 3.2", "status", "released"),),
        (),
    ),
    RuleCase(
        "you-can-download-it-once-out-is-no-release",
        "Once it is out, you can download Llama 5 from Hugging Face.",
        "2026-02-01",
        (),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "the-maker-has-offered-it-since-a-month",
        "Since August, the company has offered Llama 3.1 405B to research labs.",
        "2024-11-01",
        (("Llama 3.1", "status", "released"), ("Llama 3.1", "release_date", "2024-08")),
        (),
    ),
    RuleCase(
        "a-host-since-a-month-gives-no-release-day",
        "Since October, AWS has hosted Llama 3.1 on Bedrock for its customers.",
        "2024-11-01",
        (("Llama 3.1", "status", "released"),),
        (("Llama 3.1", "release_date", "2024-10"),),
    ),
    RuleCase(
        "available-since-a-month-is-the-release-day",
        "Llama 3.2 has been available since September.",
        "2024-12-01",
        (("Llama 3.2", "status", "released"), ("Llama 3.2", "release_date", "2024-09")),
        (),
    ),
    RuleCase(
        "available-on-a-platform-since-a-month-gives-no-release-day",
        "Llama 3.2 has been available on Bedrock since November.",
        "2024-12-01",
        (("Llama 3.2", "status", "released"),),
        (("Llama 3.2", "release_date", "2024-11"),),
    ),
    # (5) a past move of a launch to a time: still to come when the move was made; a lab
    # that launched is no model that did
    RuleCase(
        "pushed-the-launch-to-a-month-is-upcoming",
        "In May the company pushed the Llama 4 Behemoth launch to June.",
        "2025-05-20",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "release_date", "2025-06"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "the-day-a-launch-was-moved-is-not-its-day",
        "In May, Meta delayed Llama 4 Behemoth to the fall.",
        "2025-05-20",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "release_date", "2025-Q4"),
        ),
        (("Llama 4 Behemoth", "release_date", "2025-05"),),
    ),
    RuleCase(
        "a-release-day-before-another-models-move-stays",
        "On April 5 Meta shipped Llama 4 Maverick and pushed the Behemoth launch to June.",
        "2025-04-20",
        (("Llama 4 Maverick", "status", "released"),),
        (("Llama 4 Maverick", "release_date", "2025-06"),),
    ),
    RuleCase(
        "a-named-lab-that-launched-is-no-release",
        "Once the new Frontier Research Lab launched, work on Llama 4 Behemoth was paused.",
        "2025-09-01",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # (6) a release noun said to go on: it has begun
    RuleCase(
        "a-continued-release-is-under-way",
        "Llama 4 Maverick's continued open-weight release keeps rivals busy.",
        "2025-08-01",
        (("Llama 4 Maverick", "status", "released"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
