"""Value wording from round 11 (second helper), each rule on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # the maker's presenting verb dates the release it names: "In late September, Meta
    # introduced X" gives the month, as "released" would
    RuleCase(
        "the-makers-introduced-dates-the-release",
        "Late in September, Meta introduced Llama 3.2 with small text models for phones.",
        "2024-10-15",
        (("Llama 3.2", "status", "released"), ("Llama 3.2", "release_date", "2024-09")),
        (),
    ),
    # the passive with the maker as agent is the same event
    RuleCase(
        "introduced-by-meta-is-a-release",
        "Code Llama, introduced by Meta in August 2023, writes and explains code.",
        "2024-02-01",
        (("Code Llama", "status", "released"), ("Code Llama", "release_date", "2023-08")),
        (),
    ),
    # negative: a paper's authors as the agent are no maker's release
    RuleCase(
        "introduced-by-the-authors-is-a-citation",
        "Llama 2, introduced by Touvron and colleagues (2023), is the base we fine-tune.",
        "2024-02-01",
        (),
        (("Llama 2", "release_date", None),),
    ),
    # a sentence glued to the one before it without a space dates its own model, not
    # the first name of the run
    RuleCase(
        "a-glued-sentence-does-not-date-the-first-name",
        "LLaMA is a family of compact language models for research use.In 2024, Meta "
        "introduced Llama 3 with a larger tokenizer.",
        "2025-01-15",
        (),
        (("Llama 1", "release_date", None),),
    ),
    # negative: the same sentences with their space are read one by one
    RuleCase(
        "spaced-sentences-date-their-own-model",
        "LLaMA is a family of compact language models for research use. In 2024, Meta "
        "introduced Llama 3 with a larger tokenizer.",
        "2025-01-15",
        (("Llama 3", "release_date", "2024"),),
        (("Llama 1", "release_date", None),),
    ),
    # a release denied its open rung is a closed model, and no shelving
    RuleCase(
        "not-released-as-open-weights-is-closed",
        "Muse Spark is live in the Meta AI app. Muse Spark is not being released as open "
        "weights, and it will not ship with open weights later either.",
        "2026-04-10",
        (("Muse Spark", "openness", "closed"),),
        (("Muse Spark", "status", "shelved"),),
    ),
    # negative: a model never made available at all has no rung
    RuleCase(
        "never-made-available-as-open-is-no-rung",
        "Llama 4 Behemoth has never been released as open weights to anyone.",
        "2025-09-01",
        (),
        (("Llama 4 Behemoth", "openness", None),),
    ),
    # negative: a plain denial of release is still a shelving
    RuleCase(
        "will-not-be-released-is-still-shelved",
        "Meta said Llama 4 Behemoth will not be released after weak internal tests.",
        "2025-08-01",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (("Llama 4 Behemoth", "openness", None),),
    ),
    # a model that drops a policy is not dropped itself
    RuleCase(
        "abandoning-a-playbook-is-no-shelving",
        "Muse Spark abandons that long-standing playbook entirely and ships only in Meta AI.",
        "2026-04-10",
        (),
        (("Muse Spark", "status", "shelved"),),
    ),
    # negative: a model as the object of the same verb is shelved
    RuleCase(
        "abandoning-the-model-is-a-shelving",
        "Meta abandons Llama 4 Behemoth after months of delays.",
        "2025-09-01",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (),
    ),
    # "open source for proprietary": the open side is the one given up
    RuleCase(
        "open-source-traded-for-proprietary-is-not-open",
        "Meta trades Llama's open source for proprietary Muse Spark.",
        "2026-04-10",
        (),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    # negative: "open source to developers" keeps the open rung
    RuleCase(
        "open-source-to-developers-stays-open",
        "Meta made Llama 3 open source to developers everywhere.",
        "2024-05-01",
        (("Llama 3", "openness", "open_weights"),),
        (),
    ),
    # work on the model halted, its object said after "of" or left to the sentence's model
    RuleCase(
        "testing-of-the-model-halted-is-shelved",
        "Llama 4 Behemoth was delayed twice, and testing of the model was halted in July.",
        "2025-08-01",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (),
    ),
    RuleCase(
        "halting-further-development-is-shelved",
        "Meta delayed Llama 4 Behemoth and halted further development since the lab opened.",
        "2025-08-01",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (),
    ),
    # negative: training that stopped at a date is where the data ends, no shelving
    RuleCase(
        "training-that-stopped-at-a-date-is-no-shelving",
        "Llama 3.1 is out now; its pretraining data stopped in December 2023.",
        "2024-08-01",
        (("Llama 3.1", "status", "released"),),
        (("Llama 3.1", "status", "shelved"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
