"""Binding and naming rules from an eighth round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not; name cases check ``find_new_model_names`` directly.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, catalog, check_rule_case

from llamawatch.extractors.new_names import find_new_model_names

# (1) new Meta model names: the name after the model word that Meta launches, a name
# "the company" unveils with a model apposition, "X is the first model from …"
NEW_NAME_CASES = [
    ("Meta unveils new closed AI model Brightwing for its assistant", ["Brightwing"]),
    (
        "The company also released Brightwing, a new reasoning model built by Meta "
        "Superintelligence Labs.",
        ["Brightwing"],
    ),
    (
        "Brightwing is the first model shipped by the rebuilt Superintelligence Labs.",
        ["Brightwing"],
    ),
    # negatives: no tie to Meta, a product apposition, a launch of no model
    ("The company also released Brightwing, a new reasoning model for banks.", []),
    (
        "The company also unveiled Brightwing, a pair of smart glasses, next to its Llama models.",
        [],
    ),
    ("Meta launches new ad tools for Reels advertisers in Europe, its model said.", []),
]


@pytest.mark.parametrize("text,names", NEW_NAME_CASES, ids=[n[0][:40] for n in NEW_NAME_CASES])
def test_new_name_case(text: str, names: list[str]) -> None:
    assert find_new_model_names(text, catalog()) == names


NEW_NAME_FACT_CASES = [
    RuleCase(
        "a-name-launched-as-a-model-keeps-its-values",
        "Meta debuts its new closed AI model Brightwing. For now Brightwing stays "
        "closed-source, the company said.",
        "2026-03-02",
        (("Brightwing", "openness", "closed"),),
        (),
    ),
]


@pytest.mark.parametrize("case", NEW_NAME_FACT_CASES, ids=[c.id for c in NEW_NAME_FACT_CASES])
def test_new_name_fact_case(case: RuleCase) -> None:
    check_rule_case(case)


# (2) "X is the model that made Y obsolete": the name in the relative clause is its
# object; "it" next is X. A size right after a comparison verb is the compared model's.
RELATIVE_OBJECT_CASES = [
    RuleCase(
        "it-after-a-relative-clause-object-is-the-subject",
        "Llama 3.3 70B is the model that left Llama 3.1 405B without a purpose. Launched "
        "on December 6, 2024, it equals or beats the 405B on coding tests.",
        "2025-01-20",
        (("Llama 3.3", "release_date", "2024-12-06"), ("Llama 3.3", "params_total", 70e9)),
        (("Llama 3.3", "params_total", 405e9), ("Llama 3.1", "release_date", None)),
    ),
    RuleCase(
        "a-spec-bullet-after-a-comparison-bullet-stays-with-the-subject",
        "Llama 3.3 70B is the model that made Llama 3.1 405B hard to justify.\n"
        "- Matches Llama 3.1 405B on reasoning at a fifth of the cost\n"
        "- Open weights, a 128K context window and the Llama 3.3 Community License\n",
        "2025-01-20",
        (("Llama 3.3", "context_window", 128000),),
        (("Llama 3.1", "context_window", None), ("Llama 3.1", "license", None)),
    ),
    # negatives: a matched count is the subject's own; two subjects stay two
    RuleCase(
        "matching-a-count-keeps-the-value",
        "Llama 4 Scout has 17B active parameters. Llama 4 Maverick matches the 17B active "
        "parameter count but uses 128 experts.",
        "2025-04-10",
        (("Llama 4 Maverick", "params_active", 17e9),),
        (),
    ),
]


@pytest.mark.parametrize("case", RELATIVE_OBJECT_CASES, ids=[c.id for c in RELATIVE_OBJECT_CASES])
def test_relative_object_case(case: RuleCase) -> None:
    check_rule_case(case)


# (3) "the successor to the original Y models, which were released in 2022": a
# relative clause right after the compared name (and its noun) is that name's
RELATIVE_OF_BASELINE_CASES = [
    RuleCase(
        "which-right-after-the-compared-models-is-theirs",
        "Llama 2 is the successor to the first LLaMA models, which came out in February "
        "2023 under a research-only licence.",
        "2023-08-01",
        (("Llama 1", "release_date", "2023-02"), ("Llama 1", "openness", "research_only")),
        (("Llama 2", "release_date", None), ("Llama 2", "openness", None)),
    ),
    # negative: a "which" after other words in between stays unclear
    RuleCase(
        "which-after-other-words-is-nobodys",
        "Llama 2 is the successor to LLaMA in most benchmarks, which were published in "
        "February 2023.",
        "2023-08-01",
        (),
        (("Llama 1", "release_date", None), ("Llama 2", "release_date", None)),
    ),
]


@pytest.mark.parametrize(
    "case", RELATIVE_OF_BASELINE_CASES, ids=[c.id for c in RELATIVE_OF_BASELINE_CASES]
)
def test_relative_of_baseline_case(case: RuleCase) -> None:
    check_rule_case(case)


# (4) "It was shown alongside its siblings X and Y, and was positioned as a 2T model":
# the predicate after the companions goes on with the subject; "positioned as a …
# model" describes the subject, no hypothetical model
SHARED_SUBJECT_CASES = [
    RuleCase(
        "a-predicate-after-companions-is-the-subjects",
        "Llama 4 Behemoth never shipped. It was previewed in April 2025 next to its "
        "smaller siblings, alongside Llama 4 Scout and Maverick, and was billed as a "
        "two-trillion-parameter MoE system using 288B active parameters.",
        "2025-11-02",
        (
            ("Llama 4 Behemoth", "params_total", 2e12),
            ("Llama 4 Behemoth", "params_active", 288e9),
        ),
        (("Llama 4 Scout", "params_total", None), ("Llama 4 Maverick", "params_active", None)),
    ),
    # negative: a size in a comparison with an indefinite model stays hypothetical
    RuleCase(
        "a-size-compared-with-an-indefinite-model-stays-nobodys",
        "Llama 4 Scout runs about as fast as a 17B dense model on one GPU.",
        "2025-04-10",
        (),
        (("Llama 4 Scout", "params_total", None), ("Llama 4 Scout", "params_active", None)),
    ),
]


@pytest.mark.parametrize("case", SHARED_SUBJECT_CASES, ids=[c.id for c in SHARED_SUBJECT_CASES])
def test_shared_subject_case(case: RuleCase) -> None:
    check_rule_case(case)


# (5) "This paper presents Model Q, a fine-tune of Llama-3.1-8B": a page presenting its
# own tune gives the base nothing
DERIVATIVE_CASES = [
    RuleCase(
        "a-paper-presenting-its-tune-gives-the-base-nothing",
        "This paper presents Quillmind, a small fine-tune of the Llama-3.1-8B-Instruct "
        "checkpoint, trained on synthetic proofs.\n\nGiven 4096 tokens of context window, "
        "even an 8B model handles most of the tasks.",
        "2025-02-11",
        (),
        (("Llama 3.1", "params_total", None), ("Llama 3.1", "context_window", None)),
    ),
    # negative: Meta's own model named with a size keeps it
    RuleCase(
        "metas-model-with-a-size-keeps-it",
        "Meta released Llama 3.1 8B in July 2024 with a 128K context window.",
        "2024-08-01",
        (("Llama 3.1", "params_total", 8e9),),
        (),
    ),
]


@pytest.mark.parametrize("case", DERIVATIVE_CASES, ids=[c.id for c in DERIVATIVE_CASES])
def test_derivative_case(case: RuleCase) -> None:
    check_rule_case(case)


# (6) "Llama Guard, a Llama2-7b model tuned on …": the apposition names the base with a
# size, which is the subject's size
APPOSED_BASE_CASES = [
    RuleCase(
        "an-apposed-base-with-a-size-sizes-the-subject",
        "Llama Guard, a Llama 2 7B model tuned on our safety data, labels risky prompts.",
        "2023-12-08",
        (("Llama Guard", "params_total", 7e9),),
        (),
    ),
    # negative: a base named after "than" is no apposition
    RuleCase(
        "a-compared-model-with-a-size-gives-the-subject-nothing",
        "Llama Guard scores better than a Llama 2 7B model tuned on the same data.",
        "2023-12-08",
        (),
        (("Llama Guard", "params_total", None),),
    ),
]


@pytest.mark.parametrize("case", APPOSED_BASE_CASES, ids=[c.id for c in APPOSED_BASE_CASES])
def test_apposed_base_case(case: RuleCase) -> None:
    check_rule_case(case)


# (7) "X has won developers over, as the first open model to …": the "as" phrase
# describes the sentence's subject
AS_DESCRIPTION_CASES = [
    RuleCase(
        "an-as-phrase-after-the-subject-describes-it",
        "Llama 3.1 has won developers over in a week, as the earliest open model able to "
        "match the leading closed systems.",
        "2024-08-01",
        (("Llama 3.1", "openness", "open_weights"),),
        (),
    ),
    # negative: a compared model between the subject and the phrase leaves it unclear
    RuleCase(
        "an-as-phrase-after-a-compared-model-stays-unclear",
        "Llama 3.1 still trails Llama 3.3 on coding, as the first open model to get a fix for it.",
        "2025-01-10",
        (),
        (("Llama 3.1", "openness", None), ("Llama 3.3", "openness", None)),
    ),
]


@pytest.mark.parametrize("case", AS_DESCRIPTION_CASES, ids=[c.id for c in AS_DESCRIPTION_CASES])
def test_as_description_case(case: RuleCase) -> None:
    check_rule_case(case)


# (8) "Behemoth? Still in training.": a name posed alone as a question is what the
# subjectless answer after it is about
POSED_CASES = [
    RuleCase(
        "a-subjectless-answer-after-a-posed-name-is-its",
        "Meta shipped Llama 4 Scout and Llama 4 Maverick this weekend. Behemoth? Still "
        "being trained, Meta says.",
        "2025-04-07",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Scout", "status", "upcoming"), ("Llama 4 Maverick", "status", "upcoming")),
    ),
    # negative: an answer two sentences later, or a question that is more than a name
    RuleCase(
        "a-posed-name-reaches-only-the-next-sentence",
        "Meta shipped Llama 4 Scout this weekend. Behemoth? Nobody knows. Still in "
        "training, say some.",
        "2025-04-07",
        (),
        (("Llama 4 Behemoth", "status", "upcoming"),),
    ),
    RuleCase(
        "a-question-about-a-name-poses-nothing",
        "Meta shipped Llama 4 Scout this weekend. Where is Behemoth? Still in training.",
        "2025-04-07",
        (),
        (("Llama 4 Behemoth", "status", "upcoming"),),
    ),
]


@pytest.mark.parametrize("case", POSED_CASES, ids=[c.id for c in POSED_CASES])
def test_posed_case(case: RuleCase) -> None:
    check_rule_case(case)
