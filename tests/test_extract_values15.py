"""Value wordings of a fifteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of, find

CASES = [
    # a denial in another language over a longer verb phrase, curly apostrophes included
    RuleCase(
        "french-denial-over-a-long-verb-phrase",
        "Pour le moment, le groupe a présenté les deux versions de Llama 3. En revanche, le "
        "groupe n’a pas retenu l’architecture Sparse Mixture of Experts pour Llama 3 70B.",
        "2024-04-20",
        (),
        (("Llama 3", "architecture", "moe"),),
    ),
    RuleCase(
        "spanish-no-before-a-long-verb-phrase",
        "La empresa presentó los nuevos modelos de la familia y los puso a disposición de "
        "todos. La empresa no eligió una arquitectura de mezcla de expertos (MoE) para Llama 3 "
        "70B.",
        "2024-04-20",
        (),
        (("Llama 3", "architecture", "moe"),),
    ),
    # negative: "not only" is no denial
    RuleCase(
        "spanish-not-only-is-no-denial",
        "La empresa presentó los nuevos modelos de la familia y los puso a disposición de "
        "todos. Llama 4 Scout no solo usa una arquitectura de mezcla de expertos (MoE), sino "
        "también un contexto largo.",
        "2025-04-20",
        (("Llama 4 Scout", "architecture", "moe"),),
        (),
    ),
    # negative: Portuguese "no" is "in the", no denial
    RuleCase(
        "portuguese-no-is-in-the",
        "A empresa apresentou os novos modelos da família para todos. O Llama 4 Scout chega no "
        "formato de mistura de especialistas (MoE), com 109 bilhões de parâmetros.",
        "2025-04-20",
        (("Llama 4 Scout", "architecture", "moe"),),
        (),
    ),
    # a stated closed present beats a guess at an open future
    RuleCase(
        "closed-now-beats-a-hedged-open-later",
        "Muse Spark is proprietary today. The company might open-source Muse Spark some day.",
        "2026-04-12",
        (("Muse Spark", "openness", "closed"),),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    # negative: a stated open and a stated closed still give nothing
    RuleCase(
        "closed-and-open-both-stated-give-nothing",
        "Muse Spark is proprietary. Muse Spark is also open source, the company says.",
        "2026-04-12",
        (),
        (("Muse Spark", "openness", "closed"),),
    ),
    # leaving open source behind ("betrays", "turns its back on") is no open rung
    RuleCase(
        "betrays-open-source-is-no-open-rung",
        "Muse Spark: how Meta betrays open source\n\nMeta launched Muse Spark this week.",
        "2026-04-12",
        (),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    RuleCase(
        "turns-its-back-on-open-source",
        "With Muse Spark, Meta turns its back on open source and sells API access only.",
        "2026-04-12",
        (),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    # Korean dates: a day alone is a day of the post's month; the full form too
    RuleCase(
        "korean-day-alone-is-of-the-posts-month",
        "메타는 새로운 오픈소스 모델 Llama 3를 18일 공개했다. 이 모델은 누구나 내려받을 수 있다.",
        "2024-04-20",
        (("Llama 3", "release_date", "2024-04-18"), ("Llama 3", "status", "released")),
        (),
    ),
    RuleCase(
        "korean-year-month-day",
        "메타는 새로운 오픈소스 모델 Llama 3를 2024년 4월 18일 공개했다. 이 모델은 누구나 "
        "내려받을 수 있다.",
        "2024-04-22",
        (("Llama 3", "release_date", "2024-04-18"),),
        (),
    ),
    # negative: a day after the post's is no past release; a span of days is no date
    RuleCase(
        "korean-day-after-the-post-dates-no-release",
        "메타는 새로운 오픈소스 모델 Llama 3를 25일 공개했다. 이 모델은 누구나 내려받을 수 있다.",
        "2024-04-20",
        (),
        (("Llama 3", "release_date", None),),
    ),
    RuleCase(
        "korean-span-of-days-is-no-date",
        "메타는 Llama 3를 12일 동안 시험한 뒤 공개했다. 이 모델은 누구나 내려받을 수 있다.",
        "2024-04-20",
        (),
        (("Llama 3", "release_date", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


#: (id, post, published, model, attribute, value, certainty)
CERTAINTY_CASES = [
    # an outlet's report named with "from"/"by" before its verb: reported, whatever hedge
    # follows (reported wins over a hedge)
    (
        "reports-from-outlets-suggest-a-hedged-value",
        "Reports from outlets such as Reuters and Axios suggest that Avocado could be a "
        "proprietary model.",
        "2025-12-12",
        "Avocado",
        "openness",
        "closed",
        "reported",
    ),
    # a memo with its maker's name and date before the verb is the source, and the
    # paragraph goes on in its voice
    (
        "a-company-memo-with-its-date-is-the-source",
        "An internal company memo dated March 3 identifies Avocado as its strongest base model "
        "so far. The model has finished its first pre-training run.",
        "2026-03-10",
        "Avocado",
        "status",
        "upcoming",
        "reported",
    ),
    (
        "a-memo-from-a-manager-called",
        "The March 3 memo from a product lead at the lab called Avocado its best base model. "
        "Avocado has completed its first pre-training run.",
        "2026-03-10",
        "Avocado",
        "status",
        "upcoming",
        "reported",
    ),
    # negative: the writer turning to the reader speaks in the writer's own voice
    (
        "reader-addressed-after-a-report-is-the-writer",
        "One report from a trade blog cites the memo comparing Avocado with Llama 4 Behemoth. "
        "That sounds good until you recall that Behemoth was shelved and never shipped.",
        "2026-02-10",
        "Llama 4 Behemoth",
        "status",
        "shelved",
        "confirmed",
    ),
    # negative: the developer's own report is its word
    (
        "the-developers-report-by-meta-is-confirmed",
        "The technical report by Meta says Llama 3.1 405B was trained on 15 trillion tokens "
        "and is available for download.",
        "2024-07-25",
        "Llama 3.1",
        "status",
        "released",
        "confirmed",
    ),
    (
        "the-report-from-the-llama-team-is-confirmed",
        "A technical report from the Llama team says Llama 3.1 405B is available for download "
        "today.",
        "2024-07-23",
        "Llama 3.1",
        "status",
        "released",
        "confirmed",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "model", "attribute", "value", "certainty"),
    [c[1:] for c in CERTAINTY_CASES],
    ids=[c[0] for c in CERTAINTY_CASES],
)
def test_certainty(
    text: str, published: str, model: str, attribute: str, value: str, certainty: str
) -> None:
    found = find(facts_of(text, published), model, attribute, value)
    assert found, text
    assert {f.certainty for f in found} == {certainty}, text
