"""Readers 43: value readers, general kinds of English (and what other languages share).

False facts closed:

(1) a rung named as the yardstick of a comparison ("will be comparable to proprietary
    models", "as good as closed models", "matches the proprietary GPT-4"): the class or
    rival measured against is closed or open, not the model measured;
(2) access granted to hand-picked partners ("available only to select partners in a
    preview"): a gate, not a release (and "available only" is not "available on");
(3) a design the model gives up or leaves to its forerunners ("abandons the dense design
    of its predecessors", "after three generations of dense transformers"): not its own;
(4) a label reported, then denied in the next clause without "but" ("the press calls it
    open-source, it's not"), or denied by "non-" ("makes it non-open source"); "is not
    closed" read as closed; the second "no" of "no open weights, no downloadable files"
    lost to the first one's comma, so the files were read as downloadable.

Missed facts now read:

(5) a counted set of models said to be put out ("Eight open-weight models … are on the
    Hub", "the release introduces six new open models"): the set in hand, not the kind;
    the "Open LLM Leaderboard" is a page, no rung;
(6) a scare-quoted rung that the maker's release verb governs ("shipped both models as
    “open,” with strings attached"): the quotes doubt the word, the weights are out;
(7) the newest member of the maker's open kind ("unveiled a new wave of its open AI
    models, X and Y"), and "openly-available" after a quoted superlative;
(8) an input list stretched by "even" ("text, images, even video") or set after "work
    across formats"; a list put off by "and soon" stays unread.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

FALSE_FACT_CASES = [
    # (1) the yardstick's rung
    RuleCase(
        "comparable-to-a-closed-class",
        "Meta put out Llama 3 on Thursday. Its bigger Llama 3 models will be comparable to "
        "proprietary models when they ship.",
        "2024-04-20",
        (("Llama 3", "status", "released"),),
        (("Llama 3", "openness", "closed"),),
    ),
    RuleCase(
        "as-good-as-a-closed-class",
        "Llama 3.3 landed in December. Llama 3.3 is as good as closed models on coding.",
        "2025-01-10",
        (),
        (("Llama 3.3", "openness", "closed"),),
    ),
    RuleCase(
        "matching-a-closed-rival",
        "Llama 3.1 is the newest Llama. On the maths suite it matches the proprietary "
        "GPT-4o almost point for point.",
        "2024-08-01",
        (),
        (("Llama 3.1", "openness", "closed"),),
    ),
    RuleCase(
        "as-capable-as-an-open-class",
        "Muse Spark is out. Meta says Muse Spark is as capable as open-weight models twice "
        "its size.",
        "2026-04-20",
        (("Muse Spark", "status", "released"),),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    # kept: the model's own rung, whatever it is then measured against
    RuleCase(
        "own-rung-before-a-comparison-kept",
        "Llama 3.3 is an open-weight model that rivals GPT-4o on reasoning.",
        "2025-01-10",
        (("Llama 3.3", "openness", "open_weights"),),
        (),
    ),
    # (2) hand-picked partners are a gate
    RuleCase(
        "select-partners-preview-is-no-release",
        "Muse Spark is Meta's first closed model, available only to select partners in a "
        "preview for now.",
        "2026-04-12",
        (("Muse Spark", "openness", "closed"),),
        (("Muse Spark", "status", "released"),),
    ),
    RuleCase(
        "available-in-an-app-is-a-release",
        "Muse Spark is now available in the Meta AI app for everyone in the US.",
        "2026-04-12",
        (("Muse Spark", "status", "released"),),
        (),
    ),
    # (3) the design left behind
    RuleCase(
        "abandoned-dense-design-is-not-the-model's",
        "Meta shipped Llama 4 Scout on Saturday. Scout abandons the dense transformer "
        "layout of every earlier Llama.",
        "2025-04-07",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "architecture", "dense"),),
    ),
    RuleCase(
        "dense-design-of-the-predecessors-is-theirs",
        "Llama 4 Maverick shipped on Saturday. Maverick drops the dense architecture of "
        "earlier Llama models.",
        "2025-04-07",
        (("Llama 4 Maverick", "status", "released"),),
        (("Llama 4 Maverick", "architecture", "dense"),),
    ),
    RuleCase(
        "dense-model-kept",
        "Llama 3.1 came out in July. Llama 3.1 405B is a dense transformer, like the "
        "smaller sizes.",
        "2024-08-01",
        (("Llama 3.1", "architecture", "dense"),),
        (),
    ),
    # (4) a label denied
    RuleCase(
        "label-reported-then-denied-without-but",
        "Llama 2 arrived in July. Even though the papers call it open-source, it isn't.",
        "2023-08-01",
        (),
        (("Llama 2", "openness", None),),
    ),
    RuleCase(
        "non-open-source-denies-the-rung",
        "Llama 2 arrived in July. Its licence terms render it non-open source in the strict sense.",
        "2023-08-01",
        (),
        (("Llama 2", "openness", None),),
    ),
]

DENIAL_CASES = [
    # each "no" of a list of denials governs its own item
    RuleCase(
        "second-no-of-a-list-denies-its-item",
        "Muse Spark arrived on Wednesday. Meta keeps it proprietary: no open weights, no "
        "downloadable files of any size.",
        "2026-04-10",
        (("Muse Spark", "openness", "closed"),),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    # "is not closed" denies the rung, it does not state it
    RuleCase(
        "not-closed-is-no-closed-rung",
        "Llama 2 came out in July. Llama 2 is not closed, whatever critics say of its terms.",
        "2023-08-01",
        (),
        (("Llama 2", "openness", "closed"),),
    ),
]

MISSED_FACT_CASES = [
    # (5) a counted set put out
    RuleCase(
        "counted-set-introduced-is-open",
        "Llama 3.1 is here. The Llama 3.1 drop brings six new open models in three sizes.",
        "2024-07-23",
        (("Llama 3.1", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "counted-set-of-another-maker-is-not",
        "Llama 3.1 is here. Two open models from Mistral are available this week as well.",
        "2024-07-23",
        (),
        (("Llama 3.1", "openness", None),),
    ),
    RuleCase(
        "leaderboard-is-no-rung",
        "Llama 2 ranks high on the Open LLM Leaderboard run by Hugging Face.",
        "2023-09-01",
        (),
        (("Llama 2", "openness", None),),
    ),
    # (6) a quoted rung the maker's release governs
    RuleCase(
        "released-as-quoted-open",
        "On Saturday Meta shipped Llama 4 Scout as well as Llama 4 Maverick. Meta shipped both "
        "models as “open,” with strings attached for big firms.",
        "2025-04-08",
        (
            ("Llama 4 Scout", "openness", "open_weights"),
            ("Llama 4 Maverick", "openness", "open_weights"),
        ),
        (),
    ),
    RuleCase(
        "advertised-as-quoted-open-stays-a-label",
        "Llama 2 arrived in July. Meta advertised Llama 2 as “open,” to the anger of "
        "licence purists.",
        "2023-08-01",
        (),
        (("Llama 2", "openness", None),),
    ),
    # (7) the newest member of the maker's open kind
    RuleCase(
        "next-generation-of-its-open-ai-models",
        "Meta unveiled a new wave of its open AI models, Llama 4 Maverick and Llama 4 Scout.",
        "2025-04-08",
        (
            ("Llama 4 Scout", "openness", "open_weights"),
            ("Llama 4 Maverick", "openness", "open_weights"),
        ),
        (),
    ),
    RuleCase(
        "openly-available-after-a-quoted-superlative",
        'Llama 3 went live on Thursday. Meta sells the new pair as the "strongest" '
        "openly-available models so far.",
        "2024-04-20",
        (("Llama 3", "openness", "open_weights"),),
        (),
    ),
    # (8) input lists
    RuleCase(
        "even-stretches-an-input-list",
        "Meta shipped Llama 4 Scout on Saturday. Scout can work across formats: text, "
        "pictures, even video clips.",
        "2025-04-08",
        (("Llama 4 Scout", "modalities", ["image", "text", "video"]),),
        (),
    ),
    RuleCase(
        "and-soon-puts-a-list-off",
        "Meta shipped Llama 4 Scout on Saturday. Scout reads text, studies images, and "
        "soon, even copes with audio and video.",
        "2025-04-08",
        (),
        (("Llama 4 Scout", "modalities", ["audio", "video"]),),
    ),
]


@pytest.mark.parametrize("case", FALSE_FACT_CASES, ids=[c.id for c in FALSE_FACT_CASES])
def test_false_fact_case(case: RuleCase) -> None:
    check_rule_case(case)


@pytest.mark.parametrize("case", DENIAL_CASES, ids=[c.id for c in DENIAL_CASES])
def test_denial_case(case: RuleCase) -> None:
    check_rule_case(case)


@pytest.mark.parametrize("case", MISSED_FACT_CASES, ids=[c.id for c in MISSED_FACT_CASES])
def test_missed_fact_case(case: RuleCase) -> None:
    check_rule_case(case)
