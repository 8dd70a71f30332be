"""Value rules from a twenty-fourth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # "pushed the timeline to May": the plan's noun between the move and its new target
    RuleCase(
        "en-pushed-timeline-to-may",
        "The lab is building Avocado, its next model. The team first meant to ship the "
        "new model in the spring, yet it has now pushed the timeline back to May or later.",
        "2026-03-13",
        (("Avocado", "release_date", "2026-05"),),
        (("Avocado", "release_date", "2026-03"),),
    ),
    RuleCase(
        "en-pushed-expected-launch-timeline",
        "Avocado is the lab's next model. The lab had initially planned to ship Avocado "
        "this quarter, but is now pushing the expected launch timeline to June.",
        "2026-03-13",
        (("Avocado", "release_date", "2026-06"),),
        (),
    ),
    # the timeline of something else moved: no new target for the model
    RuleCase(
        "en-pushed-timeline-of-other-thing",
        "Avocado is the lab's next model. The lab had initially planned to ship Avocado "
        "this quarter, but has now pushed the timeline of its app store to May.",
        "2026-03-13",
        (),
        (("Avocado", "release_date", None),),
    ),
    # Indonesian weekdays; a bracketed "(d/m/yyyy)" after the weekday is the full date
    RuleCase(
        "id-weekday-alone",
        "Meta merilis Llama 3 pada Kamis. Model ini tersedia untuk diunduh.",
        "2024-04-20",
        (("Llama 3", "release_date", "2024-04-18"),),
        (),
    ),
    RuleCase(
        "id-weekday-bracket-date",
        "Meta merilis Llama 3 pada Kamis (18/4/2024). Model ini tersedia untuk diunduh.",
        "2024-05-03",
        (("Llama 3", "release_date", "2024-04-18"),),
        (("Llama 3", "release_date", "2024-05-02"),),
    ),
    # "Minggu" is also 'week': no Sunday from it
    RuleCase(
        "id-minggu-is-not-sunday",
        "Meta merilis Llama 3 minggu ini. Model ini tersedia untuk diunduh.",
        "2024-04-20",
        (),
        (("Llama 3", "release_date", "2024-04-14"),),
    ),
    # a counted or definite plural ("the two MoE models") names the models, not the kind
    RuleCase(
        "en-the-two-moe-models",
        "Today Meta shipped Llama 4 Maverick and Llama 4 Scout. The two MoE models are "
        "cheap to serve on a single host.",
        "2025-04-06",
        (("Llama 4 Scout", "architecture", "moe"), ("Llama 4 Maverick", "architecture", "moe")),
        (),
    ),
    RuleCase(
        "en-three-new-moe-models-including",
        "Llama 4 Scout is out. Meta ships three new MoE models this weekend, among them "
        "a long-context Llama 4 Scout.",
        "2025-04-06",
        (("Llama 4 Scout", "architecture", "moe"),),
        (),
    ),
    # a generic plural stays the kind of design
    RuleCase(
        "en-generic-moe-models",
        "Meta put out Llama 4 Scout today. Many MoE models are cheaper to serve, and "
        "unlike dense and MoE models of old, Llama 4 Scout needs one host.",
        "2025-04-06",
        (),
        (("Llama 4 Scout", "architecture", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
