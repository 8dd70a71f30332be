"""Binding rules from a fourth round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out
and the ones that must not. The rules decide which model a value belongs to and which
statements a post keeps, not how a value is read.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest
from helpers_extract import RuleCase, check_rule_case, describe, facts_of, find


class TitledCase(NamedTuple):
    """A ``RuleCase`` whose post has a title (the title is read apart from the text)."""

    id: str
    title: str
    text: str
    published: str
    expect: tuple[tuple[str, str, Any], ...]
    forbid: tuple[tuple[str, str, Any], ...]


CASES = [
    # (1) "The model, known internally as Llama 6": an alias of the model just named
    RuleCase(
        "alias-of-the-model-just-named-is-not-a-second-model",
        "Meta's next flagship model, codenamed Bramble, has slipped again. The model, widely "
        "referred to internally as Llama 6, finished pre-training in March and is now "
        "expected in the autumn.",
        "2026-05-01",
        (("Bramble", "status", "upcoming"),),
        (("Llama 6", "status", None), ("Llama 6", "release_date", None)),
    ),
    RuleCase(
        "alias-after-two-models-ties-neither",
        "Meta compared Llama 4 Scout with Llama 4 Maverick last week. The model, known "
        "internally as Llama 6, is due in the autumn.",
        "2026-05-01",
        (),
        (("Llama 4 Scout", "status", "upcoming"), ("Llama 4 Maverick", "status", "upcoming")),
    ),
    # (3) "Meta unveiled its Llama 4 model, which came in two variants: Scout and
    # Maverick. The model …": the generation is the subject, its named members share it
    RuleCase(
        "the-model-after-a-generation-with-its-variants-is-the-generation",
        "Last spring Meta presented its Llama 4 model, which shipped in two flavours: Scout "
        "and Maverick. The model relies on a mixture-of-experts design.",
        "2025-09-01",
        (("Llama 4 Scout", "architecture", "moe"), ("Llama 4 Maverick", "architecture", "moe")),
        (),
    ),
    RuleCase(
        "the-model-after-two-members-named-alone-is-unclear",
        "Llama 4 Scout and Llama 4 Maverick came out in April. The model uses a "
        "mixture-of-experts design.",
        "2025-06-01",
        (),
        (("Llama 4 Scout", "architecture", None), ("Llama 4 Maverick", "architecture", None)),
    ),
    RuleCase(
        "generation-window-said-by-reference-goes-to-no-member",
        "Meta unveiled its Llama 4 model, which came in two variants: Scout and Maverick. "
        "The model features a context window of 10 million tokens.",
        "2025-06-01",
        (),
        (("Llama 4 Scout", "context_window", None), ("Llama 4 Maverick", "context_window", None)),
    ),
    # (4) "up to 400 billion" of a generation is its largest member's size: which one,
    # the sentence does not say
    RuleCase(
        "up-to-size-of-a-generation-goes-to-no-member",
        "Meta unveiled Llama 4, which came in two variants: Llama 4 Scout and Llama 4 "
        "Maverick. Llama 4 has up to 400 billion parameters.",
        "2025-06-01",
        (),
        (("Llama 4 Scout", "params_total", None), ("Llama 4 Maverick", "params_total", None)),
    ),
    RuleCase(
        "up-to-size-of-one-model-is-its-size",
        "Meta released Llama 4 Maverick in April. It has up to 400 billion parameters.",
        "2025-06-01",
        (("Llama 4 Maverick", "params_total", 400000000000),),
        (),
    ),
    # (5) words inside a web address state nothing about a model
    RuleCase(
        "status-words-in-a-web-address-say-nothing",
        "Llama 4 Scout came out in April (source: "
        "https://example.com/news/meta-scraps-llama-4-scout-plans/).",
        "2025-06-01",
        (),
        (("Llama 4 Scout", "status", "shelved"),),
    ),
    RuleCase(
        "date-in-a-web-address-says-nothing",
        "Llama 4 Scout has 17 billion active parameters, see "
        "https://example.com/llama-4-scout-released-2025-04-05",
        "2025-06-01",
        (("Llama 4 Scout", "params_active", 17000000000),),
        (("Llama 4 Scout", "status", None), ("Llama 4 Scout", "release_date", None)),
    ),
    # (6) new names: a name set off after a model of Meta's, a quoted name Meta ships
    RuleCase(
        "name-after-a-dash-and-the-company-s-latest-model",
        "Meta's Quill Crest - the company's latest flagship model - scored 48 on a reasoning "
        "index. It was released on May 2, 2026.",
        "2026-05-10",
        (("Quill Crest", "release_date", "2026-05-02"),),
        (),
    ),
    RuleCase(
        "unquoted-name-set-off-after-its-model",
        "Critics doubt the benchmark results of Meta's flagship AI model, Quill Crest, "
        "which launched on May 2, 2026.",
        "2026-05-10",
        (("Quill Crest", "release_date", "2026-05-02"),),
        (),
    ),
    RuleCase(
        "quoted-name-meta-is-shipping",
        "Meta has left open-weight frontier releases behind, shipping the proprietary "
        "closed-weight 'Quill Crest' (May 2026) instead.",
        "2026-06-10",
        (("Quill Crest", "release_date", "2026-05"),),
        (),
    ),
    RuleCase(
        "quoted-feed-meta-is-shipping-is-not-a-model",
        "Meta is shipping the redesigned 'Vibes' feed to more countries in May 2026.",
        "2026-06-10",
        (),
        (("Vibes", None, None),),
    ),
    RuleCase(
        "another-lab-s-flagship-model-is-not-meta-s",
        "The report compares Meta's models with OpenAI's flagship model, Orion, which "
        "launched on May 2, 2026.",
        "2026-06-10",
        (),
        (("Orion", None, None),),
    ),
    RuleCase(
        "name-after-meta-s-lab-is-not-a-model",
        "Meta's research chief praised its flagship lab, Prometheus, which opened on May 2, 2026.",
        "2026-06-10",
        (),
        (("Prometheus", None, None),),
    ),
    # (7) "The company" after a sentence that names Meta is Meta
    RuleCase(
        "the-company-after-meta-ties-a-new-name-to-meta",
        "Meta is moving away from its open-weight Llama line. The company is now focusing "
        "on a new proprietary model named Quill Crest, which launched on April 28.",
        "2026-05-01",
        (("Quill Crest", "release_date", "2026-04-28"),),
        (),
    ),
    RuleCase(
        "the-company-after-meta-and-another-lab-is-unclear",
        "Meta signed a cloud deal with Google. The company is now focusing on a new model "
        "named Orion, which launched on April 28.",
        "2026-05-01",
        (),
        (("Orion", None, None),),
    ),
    RuleCase(
        "the-company-in-the-next-paragraph-is-not-tied",
        "Meta is moving away from its open-weight Llama line.\n\nThe company is now "
        "focusing on a new model named Quill Crest, which launched on April 28.",
        "2026-05-01",
        (),
        (("Quill Crest", None, None),),
    ),
    # (8) "Quill Shield was launched on …": a launch whose named subject is not a model
    # dates that thing, not the model the sentence names later
    RuleCase(
        "launch-date-of-a-named-non-model-is-not-the-model-s",
        "Quill Shield was launched on December 7, 2023, four months after Meta released "
        "Llama 2 in July 2023.",
        "2024-01-10",
        (("Llama 2", "status", "released"),),
        (("Llama 2", "release_date", "2023-12-07"),),
    ),
    RuleCase(
        "launch-date-of-the-model-itself-stays",
        "Llama 2 was launched on July 18, 2023. The model was released to researchers and "
        "companies alike.",
        "2024-01-10",
        (("Llama 2", "release_date", "2023-07-18"), ("Llama 2", "status", "released")),
        (),
    ),
    # (9) "the largest Llama 2 model released": a participle after a name describes it
    RuleCase(
        "participle-after-a-compared-model-is-the-comparison-s",
        "The small Llama 3 model is almost as strong as the biggest Llama 2 model released.",
        "2024-05-01",
        (),
        (("Llama 3", "status", None),),
    ),
    RuleCase(
        "participle-after-the-subject-model-is-its-status",
        "Meta now has Llama 3 models released under a community license.",
        "2024-05-01",
        (("Llama 3", "status", "released"),),
        (),
    ),
    # (10) "Llama 3 405B is still training": one size not out yet leaves the model's
    # status unsaid; its size is still the model's largest
    RuleCase(
        "a-size-variant-in-training-does-not-make-the-model-upcoming",
        "Llama 3 405B is still in training and is expected to lead benchmarks once it ships.",
        "2024-04-20",
        (("Llama 3", "params_total", 405000000000),),
        (("Llama 3", "status", "upcoming"),),
    ),
    RuleCase(
        "a-size-variant-released-is-the-model-released",
        "Llama 3 405B was released today.",
        "2024-07-23",
        (("Llama 3", "status", "released"),),
        (),
    ),
    RuleCase(
        "the-model-named-without-a-size-stays-upcoming",
        "Llama 3 is still in training and is expected in April.",
        "2024-03-01",
        (("Llama 3", "status", "upcoming"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


TITLED = [
    # (1) the alias the headline uses carries no facts of its own
    TitledCase(
        "alias-in-the-headline-goes-to-the-model",
        "Bramble Slips: Inside the Llama 6 Closed-Weights Turn",
        "Meta's next flagship model, codenamed Bramble, is now expected in the summer. "
        "It is known internally as Llama 6.",
        "2026-05-01",
        (("Bramble", "status", "upcoming"),),
        (("Llama 6", "openness", None), ("Llama 6", "status", None)),
    ),
    # (2) a title whose part about the Meta model has Meta as its subject is Meta's,
    # whatever label stands before it
    TitledCase(
        "other-lab-label-before-a-meta-clause-keeps-the-post-meta-s",
        "Claude Watch, May 3: Meta weighs a partnership after Bramble delay",
        "Claude is in focus after reports that Meta's next model, codenamed Bramble, "
        "trailed it in testing. Sources say Meta pushed back Bramble by about two months.",
        "2026-05-03",
        (("Bramble", "status", "upcoming"),),
        (),
    ),
    TitledCase(
        "other-lab-label-before-a-meta-model-subject-stays-another-lab-s",
        "Gemini 4 arrives: Meta's Llama 4 Maverick falls behind",
        "The model has a 2M-token context window and was released on May 2.",
        "2026-05-03",
        (),
        (("Llama 4 Maverick", "context_window", None), ("Llama 4 Maverick", "status", None)),
    ),
]


@pytest.mark.parametrize("case", TITLED, ids=[c.id for c in TITLED])
def test_titled_case(case: TitledCase) -> None:
    facts = facts_of(case.text, case.published, title=case.title)
    for model, attribute, value in case.expect:
        assert find(facts, model, attribute, value), (
            f"missing {model} {attribute}={value!r} in:\n{describe(facts)}"
        )
    for model, attribute, value in case.forbid:
        found = find(facts, model, attribute, value)
        assert not found, f"unexpected:\n{describe(found)}"
