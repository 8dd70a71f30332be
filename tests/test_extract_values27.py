"""Value rules from a twenty-seventh round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # "due to" before a noun gives a cause; only a verb of arriving makes it a plan
    RuleCase(
        "en-due-to-cause-not-plan",
        "Meta says the uneven answers seen are due to deployment issues by those testing "
        "Llama 4 Maverick.",
        "2025-04-12",
        (),
        (("Llama 4 Maverick", "status", "upcoming"),),
    ),
    RuleCase(
        "en-due-in-part-to-cause",
        "The slow start of Llama 4 Scout is due in part to configuration errors by cloud hosts.",
        "2025-04-12",
        (),
        (("Llama 4 Scout", "status", "upcoming"),),
    ),
    RuleCase(
        "en-due-to-launch-plan",
        "Meta's next model, Avocado, is due to be released in May.",
        "2026-03-20",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026-05")),
        (),
    ),
    # an indefinite noun phrase that names its model at once introduces that model
    RuleCase(
        "en-closed-model-then-name-in-commas",
        "In April the lab presented a new proprietary model, Muse Spark, inside its assistant app.",
        "2026-04-20",
        (("Muse Spark", "openness", "closed"),),
        (),
    ),
    RuleCase(
        "en-closed-model-called-name",
        "Meta's new lab is now training a closed-weights frontier model called Avocado for 2026.",
        "2025-12-12",
        (("Avocado", "openness", "closed"),),
        (),
    ),
    RuleCase(
        "en-closed-model-comma-codenamed",
        "The new lab plans to ship a closed AI model, codenamed Avocado, next spring.",
        "2025-12-12",
        (("Avocado", "openness", "closed"), ("Avocado", "status", "upcoming")),
        (),
    ),
    # without a name after it the noun phrase is still some other model
    RuleCase(
        "en-closed-model-instead-no-name",
        "Llama 3.1 shipped in July. Later, Meta weighed a closed model instead, insiders said.",
        "2025-09-01",
        (("Llama 3.1", "status", "released"),),
        (("Llama 3.1", "openness", "closed"),),
    ),
    # "From A to B": A is what was left behind, not what the model is
    RuleCase(
        "en-from-open-to-walled-headline",
        "Meta's Avocado Bet: From Open-Weights Champion to Walled Garden\n"
        "Avocado is slated for the first half of 2026.",
        "2025-12-12",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "openness", "open_weights"),),
    ),
    RuleCase(
        "en-went-from-open-to-api",
        "Meta went from open weights to a locked API with Avocado, which is slated for 2026.",
        "2025-12-12",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "openness", "open_weights"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
