"""Binding rules from a sixteenth round: recall on real pages without losing precision.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. Sentences are written for the tests.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of, find

CASES = [
    # A generation's release said paragraphs before the post names its members reaches
    # the members it names.
    RuleCase(
        "a-generation-release-reaches-members-named-paragraphs-later",
        "Llama 4 is the model line Meta put out on April 5, 2025.\n\n"
        "Some background on how the benchmarks were run comes first.\n\n"
        "The line includes Llama 4 Scout and Llama 4 Maverick.",
        "2025-05-02",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Scout", "release_date", "2025-04-05"),
            ("Llama 4 Maverick", "status", "released"),
            ("Llama 4 Maverick", "release_date", "2025-04-05"),
        ),
        (),
    ),
    RuleCase(
        "a-generation-release-reaches-members-named-later-japanese",
        "Llama 4 とは、Meta が2025年4月5日に公開したモデル群です。\n\n"
        "本稿ではその仕組みを紹介します。\n\n"
        "シリーズには「Llama 4 Scout」と「Llama 4 Maverick」があります。",
        "2025-05-02",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "release_date", "2025-04-05"),
        ),
        (),
    ),
    # negative: the member the post holds back does not take the generation's release
    RuleCase(
        "a-generation-release-skips-the-member-still-training",
        "Meta put out Llama 4 on April 5, 2025.\n\n"
        "The line includes Llama 4 Scout, Llama 4 Maverick and Llama 4 Behemoth.\n\n"
        "Llama 4 Behemoth is still in training.",
        "2025-05-02",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Behemoth", "status", "released"), ("Llama 4 Behemoth", "release_date", None)),
    ),
    # negative: the post says by name which members are out; the one it names without a
    # status does not take the generation's release
    RuleCase(
        "named-releases-say-which-members-are-out",
        "Llama 4 (April 2025) moved to native multimodality.\n\n"
        "Llama 4 Scout: a small model. Llama 4 Behemoth: a teacher model.\n\n"
        "The Llama 4 Scout version released in 2025 is still available as open weights.",
        "2025-06-10",
        (),
        (("Llama 4 Behemoth", "status", None), ("Llama 4 Behemoth", "release_date", None)),
    ),
    # A sentence that names no model, right after one naming the model in the same
    # paragraph, goes on about that model.
    RuleCase(
        "a-nameless-sentence-continues-the-model-before-french",
        "Le modèle Llama 4 Maverick compte 400B paramètres au total. "
        "La longueur du contexte atteint 1 million de jetons.",
        "2025-04-10",
        (("Llama 4 Maverick", "context_window", 1_000_000),),
        (),
    ),
    RuleCase(
        "a-nameless-sentence-continues-the-model-before-spanish",
        "Meta prepara Avocado, según fuentes citadas por un diario. "
        "Se trata de un modelo nuevo que esta vez será propietario.",
        "2025-12-11",
        (("Avocado", "openness", "closed"),),
        (),
    ),
    # A model named as what the subject is compared with does not take the focus.
    RuleCase(
        "a-compared-model-does-not-take-the-focus-french",
        "Le modèle Llama 4 Maverick compte 400B paramètres. "
        "Ce modèle fait mieux que le Llama 4 Scout en code. "
        "La longueur du contexte atteint 1 million de jetons.",
        "2025-04-10",
        (("Llama 4 Maverick", "context_window", 1_000_000),),
        (("Llama 4 Scout", "context_window", None),),
    ),
    RuleCase(
        "a-compared-model-does-not-take-the-focus-english",
        "Llama 4 Maverick has 400B parameters. It does better than Llama 4 Scout on code. "
        "It offers a context of 1 million tokens.",
        "2025-04-10",
        (("Llama 4 Maverick", "context_window", 1_000_000),),
        (("Llama 4 Scout", "context_window", None),),
    ),
    # negative: a question between the name and the nameless sentence breaks the thread
    RuleCase(
        "a-question-breaks-the-nameless-continuation",
        "Meta shipped Llama 4 Scout last week. What about Llama 4 Behemoth? Not yet. "
        "Still training, by most accounts.",
        "2025-04-10",
        (),
        (("Llama 4 Behemoth", "status", "upcoming"),),
    ),
    # negative: a rung said of something else in a nameless sentence
    RuleCase(
        "a-nameless-open-source-tools-sentence-is-no-rung",
        "Meta shipped Llama 4 Scout last week. Every developer can use open-source tools.",
        "2025-04-10",
        (),
        (("Llama 4 Scout", "openness", None),),
    ),
    # negative: names in brackets after a break ("plus variants (…)") do not take the
    # sizes listed before it
    RuleCase(
        "bracketed-names-after-a-break-do-not-take-the-sizes-before",
        "The line spans 8B, 70B and a 400B flagship, plus special variants "
        "(Code Llama and Llama Guard).",
        "2025-06-10",
        (),
        (("Code Llama", "params_total", None), ("Llama Guard", "params_total", None)),
    ),
    RuleCase(
        "bracketed-names-after-a-break-do-not-take-the-sizes-before-chinese",
        "这个家族有多种规模——8B、70B、以及 400B 级旗舰——加上专用版本(Code Llama、Llama Guard)。",
        "2025-06-10",
        (),
        (("Code Llama", "params_total", None), ("Llama Guard", "params_total", None)),
    ),
    # "They" after a sentence whose subject is the company is the company acting on the
    # model it named, not every model of the section.
    RuleCase(
        "they-after-the-company-as-subject-is-not-the-whole-section",
        "Meta shipped Llama 4 Scout and Llama 4 Maverick, but not the large Behemoth model. "
        "In May, reports said Meta was delaying Behemoth's release.\n\n"
        "Skip ahead to July, and matters worsened—Meta reportedly thought about dropping "
        "Behemoth entirely once training ended, citing weak internal results. They halted "
        "further testing and turned to a new closed model instead.",
        "2025-10-05",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (("Llama 4 Scout", "status", "shelved"), ("Llama 4 Maverick", "status", "shelved")),
    ),
    # negative: another lab's model in the nameless sentence keeps the value off
    RuleCase(
        "a-nameless-sentence-naming-a-rival-is-not-the-model-before",
        "Llama 4 Maverick has 400B parameters. Gemini offers a context of 1 million tokens.",
        "2025-04-10",
        (),
        (("Llama 4 Maverick", "context_window", None),),
    ),
    # negative: a date in the nameless sentence dates something else
    RuleCase(
        "a-nameless-sentence-date-is-not-the-release",
        "Reports say Meta is delaying Llama 4 Behemoth. "
        "That put the project off a plan drawn up in early 2025 to hit milestones.",
        "2025-10-05",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_a_title_that_lists_metas_model_after_other_labs_is_not_foreign() -> None:
    # "…, and Meta has Llama": Meta's model is one item of the title, and the post's
    body = "Meta has now put out Llama 3 as open weights. It has 70B parameters."
    title = "Google has Gemini, OpenAI has GPT-4o, and Meta has Llama"
    facts = facts_of(body, "2024-04-20", title=title)
    assert find(facts, "Llama 3", "openness", "open_weights")
    assert find(facts, "Llama 3", "params_total", 70_000_000_000)


def test_a_title_about_other_labs_only_stays_foreign() -> None:
    body = "Meta has now put out Llama 3 as open weights. It has 70B parameters."
    facts = facts_of(body, "2024-04-20", title="Google has Gemini and OpenAI has GPT-4o")
    assert not find(facts, "Llama 3", "params_total")
