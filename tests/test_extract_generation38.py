"""Generation and group statements, thirty-eighth round: each rule on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. The rules decide which members a statement about a generation
or a group reaches, which model an unnamed "third model" leaves out, and which
codenames a post introduces as models still to come.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

from llamawatch.extractors.new_names import awaited_codenames, codename_list_names

# (1) a generation's release reaches the members the post shows as released once the
# member it holds back is read, even where that clause compares it with a kind of model
GENERATION_CASES = [
    RuleCase(
        "kind-compared-after-the-value-keeps-the-hold-back",
        "Meta has just put out Llama 4, a new family of models.\n"
        "Llama 4 Scout: the small one, 109B parameters in all.\n"
        "Llama 4 Maverick: the middle one, 400B parameters in all.\n"
        "Llama 4 Behemoth: the giant. This is the heavy hitter – not out yet but "
        "competitive with the most capable models around.",
        "2025-04-08",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # negative: a kind of model as the clause's subject still takes nothing
    RuleCase(
        "kind-as-subject-stays-silent",
        "Llama 4 Scout is available today. Most open models are still in training for "
        "longer contexts.",
        "2025-04-08",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "status", "upcoming"),),
    ),
    # a count of models fewer than the members: the ones the post called released
    RuleCase(
        "two-models-of-a-three-member-generation",
        "On Saturday Meta shipped Llama 4 Scout as well as Llama 4 Maverick; Llama 4 "
        "Behemoth is still training. The Llama 4 launch brought two models built as a mixture of "
        "experts.",
        "2025-04-08",
        (
            ("Llama 4 Scout", "architecture", "moe"),
            ("Llama 4 Maverick", "architecture", "moe"),
        ),
        (("Llama 4 Behemoth", "architecture", None),),
    ),
    # negative: which two is unclear when the post has called none released
    RuleCase(
        "two-models-with-none-released-says-nothing",
        "The Llama 4 release brought two models with MoE. Llama 4 Scout, Llama 4 Maverick "
        "and Llama 4 Behemoth were named.",
        "2025-04-08",
        (),
        (
            ("Llama 4 Behemoth", "architecture", None),
            ("Llama 4 Behemoth", "status", None),
            ("Llama 4 Scout", "status", None),
        ),
    ),
    # a generation none of whose members the post names, as the subject: "it" next is
    # that generation, not the model named before it
    RuleCase(
        "memberless-generation-takes-the-focus-away",
        "Llama 3 was a dependable open model. Llama 4 goes further. It reads text, images "
        "and audio natively.",
        "2025-04-08",
        (),
        (("Llama 3", "modalities", None),),
    ),
    # a size before the name: one size of the model is still training, not the model
    RuleCase(
        "sized-models-in-training-are-not-the-model",
        "Llama 3 comes in 8B and 70B sizes. Bigger, 400-billion-parameter Llama 3 models "
        "are still being trained.",
        "2024-04-20",
        (("Llama 3", "params_total", 400_000_000_000),),
        (("Llama 3", "status", "upcoming"),),
    ),
]

# (2) a model the sentence brings in without a name takes what is said of it
UNNAMED_CASES = [
    RuleCase(
        "a-third-unnamed-model-in-training",
        "Meta put out Llama 4 Scout plus Llama 4 Maverick this weekend, and teased a "
        "third, far larger model still in training.",
        "2025-04-08",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Maverick", "status", "released")),
        (("Llama 4 Maverick", "status", "upcoming"), ("Llama 4 Scout", "status", "upcoming")),
    ),
    RuleCase(
        "portuguese-rumoured-model-is-not-the-one-in-focus",
        "No sábado a Meta disponibilizou o Llama 4 Scout junto com o Llama 4 Maverick. "
        "A Meta também "
        "confirmou que trabalha no Llama 4 Behemoth, com 2 trilhões de parâmetros. "
        "Circulam ainda boatos sobre um modelo de raciocínio que deve ser lançado em breve.",
        "2025-04-08",
        (("Llama 4 Behemoth", "params_total", 2_000_000_000_000),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # negative: a phrase that names the model, or describes a name, keeps its value
    RuleCase(
        "a-third-model-called-by-name-keeps-it",
        "Meta put out Llama 4 Scout and Llama 4 Maverick, and a third, much bigger model "
        "called Behemoth, which is still in training.",
        "2025-04-08",
        (("Llama 4 Behemoth", "status", "upcoming"), ("Llama 4 Scout", "status", "released")),
        (),
    ),
    RuleCase(
        "a-model-as-predicate-keeps-it",
        "Llama 4 Behemoth is a model still in training.",
        "2025-04-08",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (),
    ),
    RuleCase(
        "a-name-after-a-colon-is-the-phrase",
        "Meta released a new open model on Saturday: Llama 4 Scout.",
        "2025-04-08",
        (("Llama 4 Scout", "release_date", "2025-04-05"), ("Llama 4 Scout", "status", "released")),
        (),
    ),
]

# (3) a plural reference back opening the value's clause reaches every member named
# before it, in English, Chinese and through a count word
GROUP_CASES = [
    RuleCase(
        "both-after-two-names-takes-the-licence",
        "Scout fits on one GPU while Maverick needs a full host, and both are released "
        "under the Llama 4 Community License.",
        "2025-04-08",
        (
            ("Llama 4 Scout", "license", "llama-4-community"),
            ("Llama 4 Maverick", "license", "llama-4-community"),
        ),
        (),
    ),
    RuleCase(
        "zh-these-models-after-two-names-takes-the-licence",
        "Meta 推出了 Llama 4 Scout 和 Llama 4 Maverick。Llama 4 Scout 可在单卡上运行，"
        "而 Maverick 提供 FP8 权重，这些模型均按照 Llama 4 社区许可协议发布。",
        "2025-04-08",
        (
            ("Llama 4 Scout", "license", "llama-4-community"),
            ("Llama 4 Maverick", "license", "llama-4-community"),
        ),
        (),
    ),
    RuleCase(
        "zh-both-models-after-a-list-reach-both",
        "Meta 推出了 Llama 4 Maverick 和 Llama 4 Scout。\n- Llama 4 Maverick 拥有 128 个专家\n"
        "- Llama 4 Scout 拥有 16 个专家\n两款模型都可以直接处理文本和图像输入。",
        "2025-04-08",
        (
            ("Llama 4 Scout", "modalities", ["image", "text"]),
            ("Llama 4 Maverick", "modalities", ["image", "text"]),
        ),
        (),
    ),
    # the model referred back to keeps the focus through a comparison with rivals
    RuleCase(
        "it-compared-with-rivals-keeps-the-focus",
        "Llama 4 Maverick is the mid-sized member. It does better than GPT-4o on coding "
        "tasks. It relies on a mixture-of-experts design.",
        "2025-04-08",
        (("Llama 4 Maverick", "architecture", "moe"),),
        (),
    ),
    # negative: a rival as the subject still takes the focus away
    RuleCase(
        "a-rival-as-subject-still-clears-the-focus",
        "Llama 4 Maverick is out. Gemini 2.0 Flash is Google's answer. It has a 1M-token window.",
        "2025-04-08",
        (("Llama 4 Maverick", "status", "released"),),
        (("Llama 4 Maverick", "context_window", None),),
    ),
]

# (4) codenames introduced as models still to come
CODENAME_CASES = [
    RuleCase(
        "codenames-listed-after-planning",
        'Meta is also planning two successor models under the codenames "Papaya" and "Guava".',
        "2026-05-02",
        (("Papaya", "status", "upcoming"), ("Guava", "status", "upcoming")),
        (),
    ),
    RuleCase(
        "codename-of-meta-model-before-a-rival",
        "Meta's upcoming flagship model — codenamed Papaya, still being trained — "
        "reportedly rivals OpenAI's GPT-5 on internal tests.",
        "2026-05-02",
        (("Papaya", "status", "upcoming"),),
        (),
    ),
    # negative: a codename the same sentence says shipped is not waited for
    RuleCase(
        "codename-released-under-its-name-is-not-upcoming",
        "Meta's next model, codenamed Papaya, was finally released as Muse Spark.",
        "2026-05-02",
        (("Muse Spark", "status", "released"),),
        (("Papaya", "status", "upcoming"), ("Muse Spark", "status", "upcoming")),
    ),
]

ALL_CASES = GENERATION_CASES + UNNAMED_CASES + GROUP_CASES + CODENAME_CASES


@pytest.mark.parametrize("case", ALL_CASES, ids=[c.id for c in ALL_CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_codename_list_gives_every_name() -> None:
    text = 'It works on two models under the code names "Papaya", "Guava" and "Kiwi".'
    assert [name for name, _ in codename_list_names(text)] == ["Papaya", "Guava", "Kiwi"]


def test_awaited_codenames_need_a_model_still_to_come() -> None:
    planned = "Meta is preparing a new model, codenamed Papaya, for next year."
    assert [planned[p : p + 6] for p in awaited_codenames(planned)] == ["Papaya"]
    # a team or a data centre with a codename is no model; a shipped one is not awaited
    assert awaited_codenames("Meta is building a data centre codenamed Hyperion.") == []
    assert awaited_codenames("Meta's next model, codenamed Papaya, launched today.") == []
