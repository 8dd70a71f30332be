"""Binding, forty-fourth round: which model a value goes to, each rule on sentences
written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. The rules read whose a predicate joined by "and" is, a name set
against the subject by a relation noun ("a predecessor to X"), a head-final modifier
that ends on another lab's model, a generation listed in full with no member's status
said, and a comparing title that names the family's bare word beside other labs.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of, find

from llamawatch.extractors.scope import bare_family_compared

# (1) a predicate joined to the first with "and" and no subject of its own (or with "it")
# is the clause's opening subject's, not the name the first predicate took as object;
# a clause joined with "we" is the writer's, and its release is of its own object
JOINED_CASES = [
    RuleCase(
        "same-licence-as-then-and-can",
        "Llama Guard 3 comes under the very licence used for Llama 3.1 and can be "
        "fetched from the hub today.",
        "2024-07-24",
        (("Llama Guard", "status", "released"),),
        (("Llama 3.1", "status", None), ("Llama 3.1", "release_date", None)),
    ),
    RuleCase(
        "same-window-as-then-and-was",
        "Llama 3.3 keeps an identical 128K window to Llama 3.1 and was shipped in December 2024.",
        "2025-01-15",
        (("Llama 3.3", "status", "released"), ("Llama 3.3", "release_date", "2024-12")),
        (("Llama 3.1", "status", None), ("Llama 3.1", "release_date", None)),
    ),
    RuleCase(
        "licence-of-then-and-is",
        "Code Llama takes over the licence of Llama 2 and is out for everyone today.",
        "2023-08-24",
        (("Code Llama", "status", "released"),),
        (("Llama 2", "status", None), ("Llama 2", "release_date", None)),
    ),
    RuleCase(
        "and-it-is-the-subjects",
        "Llama Guard 3 was tuned on a hazard list to back Llama 3.1 deployments, and it is "
        "released under an open licence.",
        "2024-07-24",
        (("Llama Guard", "status", "released"),),
        (("Llama 3.1", "status", None),),
    ),
    # negative: two names listed as the subject are no subject and object
    RuleCase(
        "a-listed-subject-keeps-both",
        "Llama 3.1 and Llama 3.2 are both downloadable from the hub now.",
        "2024-10-01",
        (("Llama 3.1", "status", "released"), ("Llama 3.2", "status", "released")),
        (),
    ),
    RuleCase(
        "we-release-an-integration",
        "Code Llama is a set of versions of Llama 2 tuned for code, and we are happy to "
        "release an integration for it today.",
        "2023-08-25",
        (),
        (("Llama 2", "status", None), ("Llama 2", "release_date", None)),
    ),
]

# (2) a value before a name that a relation noun sets against the subject ("a
# predecessor to X", "an answer to X") is not that name's; with "it" as the clause's
# subject it is the model in focus's
RELATION_CASES = [
    RuleCase(
        "predecessor-to-a-later-name",
        "Llama 3.2 11B Vision is a compact multimodal model. Thanks to 11 billion "
        "parameters and a 128K-token window, it became a predecessor for Llama 4 Scout.",
        "2025-01-10",
        (
            ("Llama 3.2", "params_total", 11_000_000_000),
            ("Llama 3.2", "context_window", 128_000),
        ),
        (("Llama 4 Scout", "params_total", None), ("Llama 4 Scout", "context_window", None)),
    ),
    # negative: no word refers back, and the name is only what something is set against
    RuleCase(
        "answer-to-without-a-pronoun",
        "At 70 billion parameters, the best rival to Llama 3.1 is yet to come.",
        "2025-01-10",
        (),
        (("Llama 3.1", "params_total", 70_000_000_000),),
    ),
]

# (3) a head-final modifier holding a release or a date that ends on another lab's
# model, or on a kind of model, says it of that model
HEAD_FINAL_CASES = [
    RuleCase(
        "korean-released-gpt4",
        "Llama 4 Behemoth는 매개변수가 2조 개다. "
        "이 수치는 2023년 3월 출시된 오픈AI의 GPT 4 추정치를 웃돈다.",
        "2025-05-01",
        (("Llama 4 Behemoth", "params_total", 2_000_000_000_000),),
        (("Llama 4 Behemoth", "status", None), ("Llama 4 Behemoth", "release_date", None)),
    ),
    RuleCase(
        "japanese-published-gpt4",
        "Llama 3は8Bのパラメータを持つ。このモデルは2023年3月に公開されたGPT-4に迫る。",
        "2024-04-19",
        (("Llama 3", "params_total", 8_000_000_000),),
        (("Llama 3", "status", None), ("Llama 3", "release_date", None)),
    ),
    RuleCase(
        "chinese-published-gpt4",
        "Llama 3 有 80 亿参数,接近 2023 年 3 月发布的 GPT-4。",
        "2024-04-19",
        (("Llama 3", "params_total", 8_000_000_000),),
        (("Llama 3", "release_date", None),),
    ),
    RuleCase(
        "korean-most-open-models",
        "Llama 3는 80억 개 매개변수 모델이다. 이 모델은 지난해 출시된 대부분의 공개 모델보다 낫다.",
        "2024-04-19",
        (("Llama 3", "params_total", 8_000_000_000),),
        (("Llama 3", "status", None), ("Llama 3", "release_date", None)),
    ),
    # negative: a Meta name right after the other lab ("OpenAI's rival Llama 4 Scout") is
    # the head the modifier describes
    RuleCase(
        "korean-rival-of-openai-is-ours",
        "메타가 2025년 4월 5일 공개한 오픈AI 대항마 Llama 4 Scout가 화제다.",
        "2025-04-08",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Scout", "release_date", "2025-04-05"),
        ),
        (),
    ),
]

# (4) a generation's release reaches the members a listing names; a member held back
# keeps its own status (a listing with no member's status said still reaches them all:
# labels of real pages read "Meta has introduced Llama 4 …" as the members' release)
GENERATION_CASES = [
    # negative: once one member is held back, the release reaches the others
    RuleCase(
        "whole-listing-with-one-held-back",
        "Meta has introduced Llama 4, its new family of generative models.\n\n"
        "The family is made up of three distinct models: Llama 4 Scout, Llama 4 Maverick "
        "and Llama 4 Behemoth.\n\nLlama 4 Behemoth is still in training.",
        "2025-04-10",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
            ("Llama 4 Behemoth", "status", "upcoming"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # negative: listing only some members says which ones the post means
    RuleCase(
        "partial-listing-keeps-the-release",
        "Meta has introduced Llama 4, its new family of generative models.\n\n"
        "The family is made up of two models for now: Llama 4 Scout and Llama 4 Maverick.",
        "2025-04-10",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Maverick", "status", "released")),
        (),
    ),
]


@pytest.mark.parametrize(
    "case",
    JOINED_CASES + RELATION_CASES + HEAD_FINAL_CASES + GENERATION_CASES,
    ids=lambda c: c.id,
)
def test_binding44_rule(case: RuleCase) -> None:
    check_rule_case(case)


# (5) a comparing title that sets the family's bare word beside other labs' models is no
# other lab's page: the records and rows it lists for a Meta model are read
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Open Models Side by Side: Comparing Llama, Mistral and Others", True),
        ("Falcon vs Llama vs Gemma for local use", True),
        ("Llama, Qwen and Mistral Compared", True),
        # the other lab's model is the subject, the family only what it beats
        ("Mistral 7B outperforms Llama and Falcon", False),
        # a numbered Meta model is read by compared_side_by_side, not this
        ("Comparing Mistral and Llama 2", False),
    ],
)
def test_bare_family_compared(title: str, expected: bool) -> None:
    assert bare_family_compared(title) is expected


def test_bare_family_title_reads_a_record() -> None:
    text = (
        "Open weights spread fast this year.\n\n"
        "models = [\n"
        "    Entry(\n"
        '        name="Llama-2-13B-Chat",\n'
        '        parameters="13B",\n'
        "        context_length=4096,\n"
        "    ),\n"
        "]\n"
    )
    facts = facts_of(text, "2023-11-01", title="Comparing Llama, Mistral, and More")
    assert find(facts, "Llama 2", "context_window", 4096)
