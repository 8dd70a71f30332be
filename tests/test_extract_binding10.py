"""Binding rules from a tenth round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. The rules decide which model a value belongs to, not how a
value is read.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

# (1) a size written in another lab's model name ("Falcon-40B", "Mistral 7B",
# "Qwen2-72B") is that model's, even with a Llama in focus or named later
OTHER_NAME_SIZE_CASES = [
    RuleCase(
        "hyphenated-other-lab-size-is-not-the-focus-models",
        "Meta put Llama 2 out with three sizes. The Falcon-40B model from TII had pushed "
        "Llama 1 models off the leaderboard before that.",
        "2023-07-20",
        (),
        (("Llama 1", "params_total", None), ("Llama 2", "params_total", 40_000_000_000)),
    ),
    RuleCase(
        "spaced-other-lab-size-before-a-llama-is-not-the-llamas",
        "Llama 3 is Meta's new open model. Mistral 7B and Qwen2-72B were both beaten by "
        "it on coding tasks.",
        "2024-06-10",
        (),
        (
            ("Llama 3", "params_total", 7_000_000_000),
            ("Llama 3", "params_total", 72_000_000_000),
        ),
    ),
    # negative: a Llama's own size after another lab's name in a list stays the Llama's
    RuleCase(
        "a-llamas-own-size-after-another-name-is-kept",
        "Meta's new Llama 3 has 70B parameters, more than Gemma.",
        "2024-04-20",
        (("Llama 3", "params_total", 70_000_000_000),),
        (),
    ),
]

# (2) "matches or exceeds the 405B Llama 3.1", "exceeds Llama 2": joined comparison
# verbs make the name after them a baseline: its size is not stated as news, and a
# reference back in the next sentence stays with the subject
JOINED_COMPARISON_CASES = [
    RuleCase(
        "matches-or-exceeds-names-a-baseline",
        "Meta released Llama 3.3 70B this week. The new model matches or exceeds the 405B "
        "Llama 3.1 on several reasoning tests. It supports a 128K token context.",
        "2024-12-10",
        (("Llama 3.3", "context_window", 128_000),),
        (("Llama 3.1", "params_total", None), ("Llama 3.1", "context_window", None)),
    ),
    RuleCase(
        "rivals-and-even-beats-names-a-baseline",
        "Llama 4 Scout is out. The small model rivals and even beats Llama 3.3 70B on "
        "image tasks. It runs with a 10M-token window.",
        "2025-04-06",
        (("Llama 4 Scout", "context_window", 10_000_000),),
        (("Llama 3.3", "params_total", None), ("Llama 3.3", "context_window", None)),
    ),
    # negative: a single name as the subject keeps its size and window
    RuleCase(
        "a-subject-before-the-verbs-keeps-its-values",
        "The 405B Llama 3.1 matches or exceeds GPT-4o on many tests.",
        "2024-07-24",
        (("Llama 3.1", "params_total", 405_000_000_000),),
        (),
    ),
]

# (3) "gains over the previous generation (Llama 3.1 70B)": a name in brackets after the
# compared noun names the compared model
BRACKETED_COMPARED_CASES = [
    RuleCase(
        "bracketed-name-of-the-previous-generation-is-a-baseline",
        "Llama 3.3 70B is Meta's new instruction model. Gains over the last "
        "generation (Llama 3.1 70B) look big: +9 points on one math test.",
        "2024-12-10",
        (("Llama 3.3", "params_total", 70_000_000_000),),
        (("Llama 3.1", "params_total", None),),
    ),
    RuleCase(
        "bracketed-name-of-the-predecessor-is-a-baseline",
        "Llama 3 8B is out. The gains over its predecessor (Llama 2 7B) are wide in code.",
        "2024-04-19",
        (("Llama 3", "params_total", 8_000_000_000),),
        (("Llama 2", "params_total", None),),
    ),
    # negative: a bracketed name that is not after a comparison is the model named
    RuleCase(
        "bracketed-name-after-a-plain-noun-is-the-subject",
        "Meta's newest release (Llama 3.1 405B) has a 128K window.",
        "2024-07-24",
        (("Llama 3.1", "params_total", 405_000_000_000),),
        (),
    ),
]

# (4) "the first version of the Llama models", "the second generation of Meta's Llama
# series": an ordinal place in the line names that generation
ORDINAL_GENERATION_CASES = [
    RuleCase(
        "first-version-of-the-line-is-llama-1",
        "Back in February 2023 the first version of the Llama line was released to academics.",
        "2024-05-01",
        (("Llama 1", "status", "released"), ("Llama 1", "release_date", "2023-02")),
        (("Llama 3", "release_date", None),),
    ),
    RuleCase(
        "second-generation-apposition-refers-to-llama-2",
        "Llama 2 arrived in July 2023. As the second generation of Meta's Llama series, it "
        "was open-weight and free for most commercial use.",
        "2023-08-01",
        (("Llama 2", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "third-version-of-llama-is-llama-3",
        "Meta put out the third version of Llama in April 2024.",
        "2024-05-01",
        (("Llama 3", "status", "released"), ("Llama 3", "release_date", "2024-04")),
        (),
    ),
    # negative: "the first version of Llama to …" is the first of a kind, not Llama 1
    RuleCase(
        "first-version-of-llama-to-do-something-is-not-llama-1",
        "Llama 4 Scout, released in April 2025, is the first version of Llama to use a "
        "mixture of experts.",
        "2025-04-10",
        (),
        (("Llama 1", "status", None), ("Llama 1", "architecture", None)),
    ),
]

# (5) "built on their existing Llama 2 model", "taking the existing Llama 2 and training
# it further": an adjective between the base cue and the name keeps the name a base, so
# a reference back stays with the model built on it
EXISTING_BASE_CASES = [
    RuleCase(
        "built-on-their-existing-model-is-a-base",
        "Code Llama is a set of coding models built upon Meta's existing Llama 2 base. It "
        "first shipped in 2023, and a January 2024 update added a 70B size.",
        "2024-02-01",
        (("Code Llama", "params_total", 70_000_000_000),),
        (("Llama 2", "params_total", None), ("Llama 2", "release_date", None)),
    ),
    RuleCase(
        "taking-the-existing-model-is-a-base",
        "Code Llama is Meta's coding model. To make it, Meta took the existing Llama 2 and "
        "trained it more on code. The later 70B model was released in January 2024.",
        "2024-02-01",
        (("Code Llama", "params_total", 70_000_000_000),),
        (("Llama 2", "params_total", None), ("Llama 2", "status", None)),
    ),
    # negative: the name as the subject before "built on" keeps its values
    RuleCase(
        "a-subject-built-on-a-recipe-keeps-its-values",
        "Llama 3 70B, built on an improved recipe, was released in April 2024.",
        "2024-05-01",
        (("Llama 3", "params_total", 70_000_000_000), ("Llama 3", "status", "released")),
        (),
    ),
]

ALL_CASES = (
    OTHER_NAME_SIZE_CASES
    + JOINED_COMPARISON_CASES
    + BRACKETED_COMPARED_CASES
    + ORDINAL_GENERATION_CASES
    + EXISTING_BASE_CASES
)


@pytest.mark.parametrize("case", ALL_CASES, ids=[c.id for c in ALL_CASES])
def test_binding10_case(case: RuleCase) -> None:
    check_rule_case(case)
