"""Audit 41: English pages of 2023–2026 about Meta's models, false facts removed.

Two kinds of language gave false alerts on pages the extractor had never seen:

(1) a verb of giving up whose object is no model: the model itself is the one acting
    ("Muse Spark abandons that posture"), or the company drops a team or a habit; the
    object names no model, project, release, rank or time, so nothing is shelved;
(2) an open word that modifies a distance between kinds or a way of doing business
    ("when the open-weights gap is small", "its open-weights distribution model", "the
    gap between open-weight 70B models and closed systems"), or a side in a debate
    ("the open-source faction", "Meta's open posture"): no rung for the model nearby.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

SHELVING_CASES = [
    # (1) the model acts: what it abandons is a way of working
    RuleCase(
        "model-abandoning-a-habit-is-not-shelved",
        "Muse Spark went live for everyone on Tuesday. Muse Spark abandons the sharing "
        "habit of earlier Llama releases almost completely.",
        "2026-04-16",
        (("Muse Spark", "status", "released"),),
        (("Muse Spark", "status", "shelved"),),
    ),
    RuleCase(
        "model-abandoning-a-stance-is-not-shelved",
        "Muse Spark is the first system out of the new lab. Muse Spark abandons that "
        "stance almost entirely.",
        "2026-04-16",
        (),
        (("Muse Spark", "status", "shelved"),),
    ),
    # (1) the company drops a group of people, not the model it built
    RuleCase(
        "scrapping-a-team-shelves-no-model",
        "Llama 4 Behemoth was meant to teach the smaller models. Meta has scrapped the "
        "research group that trained it.",
        "2025-09-01",
        (),
        (("Llama 4 Behemoth", "status", "shelved"),),
    ),
    # kept: the object is the model, a rank among models, or the verb is passive
    RuleCase(
        "scrapping-the-model-still-shelves-it",
        "Llama 4 Behemoth was meant to teach the smaller models. This summer Meta "
        "scrapped the model entirely.",
        "2025-09-01",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (),
    ),
    RuleCase(
        "shelving-the-largest-still-shelves-it",
        "Llama 4 Behemoth was the biggest of the herd. In August Meta shelved the "
        "largest of the three.",
        "2025-09-01",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (),
    ),
    RuleCase(
        "passive-shelving-with-a-time-still-shelves",
        "Llama 4 Behemoth was meant to teach the smaller models. It was shelved the "
        "following spring.",
        "2026-01-10",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (),
    ),
]

OPEN_WORD_CASES = [
    # (2) a distance between kinds
    RuleCase(
        "open-weights-gap-gives-no-rung",
        "Llama 4 Scout shipped in April. When the open-weights gap is small, teams host "
        "models themselves.",
        "2025-06-01",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "openness", None),),
    ),
    RuleCase(
        "gap-between-open-and-closed-kinds-gives-no-rung",
        "Llama 3.3 70B narrowed the gap between open-weight 70B and closed frontier "
        "systems for daily chores.",
        "2025-01-15",
        (("Llama 3.3", "params_total", 70_000_000_000),),
        (("Llama 3.3", "openness", None),),
    ),
    # (2) a way of doing business that the company ended
    RuleCase(
        "open-weights-distribution-model-is-no-model",
        "Meta ended its open-weights distribution model by launching Muse Spark as a "
        "proprietary system.",
        "2026-04-20",
        (("Muse Spark", "openness", "closed"),),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    # (2) a side in the debate
    RuleCase(
        "open-source-faction-is-a-side",
        "Llama 3 held firm for the open-source faction through the spring.",
        "2024-09-01",
        (),
        (("Llama 3", "openness", None),),
    ),
    RuleCase(
        "open-posture-is-a-stance",
        "Llama 3.1 arrived in July. Meta's open posture made it a favourite of startups.",
        "2024-09-01",
        (("Llama 3.1", "status", "released"),),
        (("Llama 3.1", "openness", None),),
    ),
    # kept: the open word said of the model itself, whatever gap follows
    RuleCase(
        "open-weight-model-closing-a-gap-is-open",
        "Llama 3.3 is an open-weight model that closes much of the gap with GPT-4o.",
        "2025-01-15",
        (("Llama 3.3", "openness", "open_weights"),),
        (),
    ),
]


@pytest.mark.parametrize("case", SHELVING_CASES, ids=[c.id for c in SHELVING_CASES])
def test_shelving_case(case: RuleCase) -> None:
    check_rule_case(case)


@pytest.mark.parametrize("case", OPEN_WORD_CASES, ids=[c.id for c in OPEN_WORD_CASES])
def test_open_word_case(case: RuleCase) -> None:
    check_rule_case(case)
