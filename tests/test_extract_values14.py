"""Value wordings of a fourteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # "last night" is the day before the post, as "yesterday" is
    RuleCase(
        "last-night-is-the-day-before",
        "Meta shipped Llama 3.1 last night, with weights for everyone to download.",
        "2024-07-24",
        (("Llama 3.1", "release_date", "2024-07-23"), ("Llama 3.1", "status", "released")),
        (("Llama 3.1", "release_date", "2024-07-24"),),
    ),
    RuleCase(
        "announced-the-open-source-release-last-night",
        "Late last night, the company announced the open-source release of Llama 3.1 405B.",
        "2024-07-24",
        (("Llama 3.1", "release_date", "2024-07-23"), ("Llama 3.1", "status", "released")),
        (),
    ),
    # negative: a night spent on something else dates no release
    RuleCase(
        "a-night-of-testing-dates-nothing",
        "Our editors spent last night running benchmarks on Llama 3.",
        "2024-07-24",
        (),
        (("Llama 3", "release_date", None),),
    ),
    # verbs between "available" and "for research purposes" change nothing
    RuleCase(
        "available-to-download-and-use-for-research",
        "For now LLaMA goes to those who ask: it is offered to download and run for "
        "research purposes.",
        "2023-03-05",
        (("Llama 1", "openness", "research_only"),),
        (("Llama 1", "openness", "open_weights"),),
    ),
    # negative: research and commercial use is no restriction
    RuleCase(
        "available-to-download-for-research-and-commercial-use",
        "Llama 2 is available to download and use for research and commercial purposes.",
        "2023-07-20",
        (("Llama 2", "openness", "open_weights"),),
        (("Llama 2", "openness", "research_only"),),
    ),
    # "actively used" / "actively engaged" is the active share
    RuleCase(
        "billion-actively-used",
        "Llama 4 Maverick packs 128 experts and 400 billion parameters, with just 17 billion "
        "actively used.",
        "2025-04-08",
        (("Llama 4 Maverick", "params_active", 17_000_000_000),),
        (("Llama 4 Maverick", "params_total", 17_000_000_000),),
    ),
    RuleCase(
        "parameters-actively-engaged-per-token",
        "Llama 4 Scout holds 109 billion parameters in all, with 17 billion parameters actively "
        "engaged on each token.",
        "2025-04-08",
        (
            ("Llama 4 Scout", "params_active", 17_000_000_000),
            ("Llama 4 Scout", "params_total", 109_000_000_000),
        ),
        (),
    ),
    # the maker announcing a named model, or the model "announced in/on" a day: its release
    RuleCase(
        "maker-announced-the-named-model-on-a-day",
        "On Wednesday, June 4, 2025, Meta announced Llama 3.3, its newest text model.",
        "2025-06-10",
        (("Llama 3.3", "release_date", "2025-06-04"),),
        (),
    ),
    RuleCase(
        "model-was-announced-in-a-month",
        "Code Llama was announced in August 2023 and quickly drew fine-tuners.",
        "2024-02-01",
        (("Code Llama", "release_date", "2023-08"),),
        (),
    ),
    RuleCase(
        "parenthetical-announced-in-a-month",
        "Llama 2 (announced in July 2023) opened the door to commercial use.",
        "2024-02-01",
        (("Llama 2", "release_date", "2023-07"),),
        (),
    ),
    # negative: an announced model said to be still in training has no release day
    RuleCase(
        "announced-but-still-training-has-no-release-day",
        "Meta announced Llama 4 Behemoth in April 2025, though it is still in training.",
        "2025-05-01",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
    # negative: another thing announced on a day dates no model
    RuleCase(
        "an-announced-deal-dates-no-model",
        "The cloud deal was announced in July 2024, a week after Meta talked up Llama 3.",
        "2024-08-01",
        (),
        (("Llama 3", "release_date", None),),
    ),
    # a model that "is here" arrived on the day of the post, as one that "is out"
    RuleCase(
        "model-is-here-on-the-post-s-day",
        "Muse Spark is finally here, and it ships closed.",
        "2026-04-09",
        (("Muse Spark", "release_date", "2026-04-09"), ("Muse Spark", "status", "released")),
        (),
    ),
    # negative: "here to stay", a question and a future are no arrival
    RuleCase(
        "here-to-stay-dates-nothing",
        "Muse Spark is here to stay, its makers insist.",
        "2026-05-20",
        (),
        (("Muse Spark", "release_date", None),),
    ),
    RuleCase(
        "will-soon-be-here-dates-nothing",
        "Llama 5 will soon be here, the company hinted.",
        "2026-05-20",
        (),
        (("Llama 5", "release_date", "2026-05-20"),),
    ),
    # a short bracketed acronym between the verb and the day does not carry the day away
    RuleCase(
        "bracketed-acronym-does-not-lengthen-the-clause",
        "The company is said to be pushing back the launch of its next flagship artificial "
        "intelligence (AI) system, Avocado, to the second quarter of 2026.",
        "2025-12-20",
        (("Avocado", "release_date", "2026-Q2"),),
        (),
    ),
    # negative: without the acronym a far day still stays away from the verb
    RuleCase(
        "a-long-aside-still-keeps-a-far-day-away",
        "Meta released Llama 3.1, a herd of multilingual models trained with far more data "
        "and compute than any earlier generation of the family, and its researchers spoke at a "
        "conference in December 2024.",
        "2025-01-10",
        (),
        (("Llama 3.1", "release_date", "2024-12"),),
    ),
    # a participle of the move after a replaced plan ("before slipping to ..."), and a first
    # move named before the latest one
    RuleCase(
        "slipping-first-then-now-after-a-replaced-plan",
        "Avocado was originally due in February before slipping first to April and now into "
        "the autumn.",
        "2026-03-30",
        (("Avocado", "release_date", "2026-Q4"),),
        (("Avocado", "release_date", "2026-02"),),
    ),
    RuleCase(
        "before-being-delayed-to-a-new-target",
        "Llama 4 Behemoth was initially slated for a spring debut before being delayed to "
        "late 2025.",
        "2025-06-20",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (("Llama 4 Behemoth", "release_date", "2025-Q2"),),
    ),
    # a model taken past text-only is no text-only model
    RuleCase(
        "beyond-text-only-is-not-text-only",
        "With this release Meta is taking Llama 3 beyond text-only use, toward pictures.",
        "2024-07-01",
        (),
        (("Llama 3", "modalities", ["text"]),),
    ),
    RuleCase(
        "plain-text-only-still-counts",
        "Llama 3.3 is a text-only model with a long context.",
        "2024-12-10",
        (("Llama 3.3", "modalities", ["text"]),),
        (),
    ),
    # "released by any lab" sets up a comparison class; it says no model is out
    RuleCase(
        "released-by-any-lab-is-a-comparison",
        "The Llama 4 write-up is the most thorough training account released by any big lab.",
        "2025-05-01",
        (),
        (("Llama 4 Scout", "status", "released"), ("Llama 4", "status", "released")),
    ),
    # a label's colon right after its word: "Total parameters: 109 billion"
    RuleCase(
        "total-parameters-label-with-its-colon",
        "Llama 4 Scout at a glance\n\nTotal parameters: 109 billion; active: 17 billion.",
        "2025-04-10",
        (
            ("Llama 4 Scout", "params_total", 109_000_000_000),
            ("Llama 4 Scout", "params_active", 17_000_000_000),
        ),
        (),
    ),
    # negative: a training-set size after a colon is no parameter count
    RuleCase(
        "training-tokens-after-a-size-label-are-no-parameters",
        "Llama 3 was pretrained on a corpus of size: 15 trillion tokens.",
        "2024-05-01",
        (),
        (("Llama 3", "params_total", None),),
    ),
    # "recently released" is before the post: the main clause's "today" is not its day
    RuleCase(
        "recently-released-is-not-today",
        "Today our reading group turns to Code Llama, which Meta has recently released.",
        "2023-09-02",
        (("Code Llama", "status", "released"),),
        (("Code Llama", "release_date", "2023-09-02"),),
    ),
    RuleCase(
        "released-today-is-today",
        "Meta released Code Llama today for researchers and companies alike.",
        "2023-08-24",
        (("Code Llama", "release_date", "2023-08-24"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
