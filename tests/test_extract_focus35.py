"""Focus rules from a thirty-fifth round: which model a sentence that names none refers
back to, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

from llamawatch.extractors import languages
from llamawatch.extractors.focus import ReadingState, all_models_opening, update_focus
from llamawatch.extractors.mentions import Focus

CASES = [
    # "all the models" as the clause's subject in Chinese and Japanese: the models in focus;
    # the tools named after the value are what they are deployed with, not its owner
    RuleCase(
        "zh-all-models-before-named-tools",
        "Meta 推出 Llama 3.2,共有 1B、3B、11B 与 90B 四种规格。全部版本都支持 128K "
        "的上下文长度,可搭配 Llama Guard 和 Prompt Guard 部署。",
        "2024-09-30",
        (("Llama 3.2", "context_window", 128_000), ("Llama 3.2", "params_total", 90_000_000_000)),
        (("Llama Guard", "context_window", None), ("Prompt Guard", "context_window", None)),
    ),
    RuleCase(
        "zh-all-models-jun-before-named-tools",
        "Meta 今天发布 Llama 3.2 系列,包含轻量文本模型与视觉模型。所有模型均支持 128K "
        "token 上下文,并提供 Llama Guard 作为安全组件。",
        "2024-09-30",
        (("Llama 3.2", "context_window", 128_000),),
        (("Llama Guard", "context_window", None),),
    ),
    RuleCase(
        "ja-all-models-before-named-tool",
        "MetaはLlama 3.2を公開した。1B、3B、11B、90Bの4種類が用意されている。"
        "すべてのモデルが128Kトークンのコンテキストに対応し、Llama Guardと組み合わせて"
        "安全に運用できる。",
        "2024-09-30",
        (("Llama 3.2", "context_window", 128_000),),
        (("Llama Guard", "context_window", None),),
    ),
    # the model a release is derived from, named in its predicate, is no new subject:
    # "its" or "均" next is the release alone
    RuleCase(
        "en-refresh-of-older-model",
        "Llama 3.3, which Meta shipped last week, is a quiet refresh of Llama 3.1. Its "
        "context window holds 128K tokens.",
        "2024-12-16",
        (("Llama 3.3", "context_window", 128_000),),
        (("Llama 3.1", "context_window", None),),
    ),
    RuleCase(
        "en-point-update-of-older-model",
        "Llama 3.1 is a point update of Llama 3 and comes in three sizes. Its context "
        "window is 128K tokens.",
        "2024-07-30",
        (("Llama 3.1", "context_window", 128_000),),
        (("Llama 3", "context_window", None),),
    ),
    RuleCase(
        "en-outcome-of-further-training",
        "Llama 3.1 is the outcome of further training of Llama 3, offered in three sizes. "
        "The context length is 128K for all of them.",
        "2024-07-30",
        (("Llama 3.1", "context_window", 128_000),),
        (("Llama 3", "context_window", None),),
    ),
    RuleCase(
        "zh-continued-training-result",
        "Llama 3.1 系列是对 Llama 3 系列模型继续训练得到的结果,共有三个规模。上下文长度均为 128K。",
        "2024-07-30",
        (("Llama 3.1", "context_window", 128_000),),
        (("Llama 3", "context_window", None),),
    ),
    # not a reference back: a quantifier over the models a benchmark compared, whose
    # figure is another lab's
    RuleCase(
        "zh-all-models-of-a-benchmark",
        "Meta 发布了 Llama 4 Scout。评测里所有模型均与 GPT-4o 对比,GPT-4o 的上下文为 128K。",
        "2025-04-20",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "context_window", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_focus_rule(case: RuleCase) -> None:
    check_rule_case(case)


def test_all_models_opening_only_in_another_language() -> None:
    text = "所有模型均支持 128K 上下文"
    assert all_models_opening(text) is None  # an English post never reads it
    with languages.reading("这是一篇关于 Llama 3.2 模型的中文文章,介绍所有模型的规格。"):
        assert all_models_opening(text) is not None
        assert all_models_opening("评测里所有模型均与 GPT-4o 对比") is None


def test_derived_from_model_does_not_take_the_focus() -> None:
    from helpers_extract import catalog

    from llamawatch.extractors.mentions import find_groups

    text = "Llama 3.3 is a quiet refresh of Llama 3.1."
    groups = [
        g
        for g in find_groups(text, catalog().find_mentions(text), catalog(), frozenset())
        if not g.baseline
    ]
    state = ReadingState()
    update_focus(state, text, groups, [])
    assert state.focus == Focus(("Llama 3.3",), False)
