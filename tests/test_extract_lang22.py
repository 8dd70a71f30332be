"""Language rules from a twenty-second round, each on sentences written for it.

A Chinese release noun followed by its delay ("的发布已推迟至") and the Japanese delay words
"後ろ倒し" and "先送り" are a plan put off, not a release; the family's bare name as the
subject of a line's history ("LLaMA has since released four models") is not Llama 1; a
subjectless "but is now set for …" after a replaced plan stays in its subject's clause.
Each ``RuleCase`` (helpers_extract) holds a post, the facts that must come out and the ones
that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # Chinese: the release noun, then "已推迟至": put off, never released
    RuleCase(
        "zh-release-noun-postponed",
        "消息人士透露，Meta 旗下 Llama 4 Behemoth 的发布已推迟至今年秋季。",
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # "发布时间被延后到": the release time pushed later, with its new target
    RuleCase(
        "zh-release-time-pushed-later",
        "据报道，Llama 4 Behemoth 的发布时间被延后到今年秋天，团队仍在改进。",
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # "推出将延期": the launch will be delayed
    RuleCase(
        "zh-launch-will-be-delayed",
        "Meta 表示 Llama 5 的推出将延期，具体时间另行通知。",
        "2025-10-02",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "status", "released"),),
    ),
    # guard: a plain release in Chinese stays released, a latency word is no delay
    RuleCase(
        "zh-release-and-latency-stay-released",
        "Meta 今天发布了 Llama 3.1，并推出低延迟的推理服务。",
        "2024-07-24",
        (("Llama 3.1", "status", "released"),),
        (("Llama 3.1", "status", "upcoming"),),
    ),
    # Japanese: "後ろ倒し", moved later in time
    RuleCase(
        "ja-ushirodaoshi",
        "メタの大型モデル「Llama 4 Behemoth」のリリースは秋以降に後ろ倒しされる見通しだ。",
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # "先送り" after a release noun: the release put off
    RuleCase(
        "ja-sakiokuri-after-release-noun",
        "メタは Llama 5 の公開を来年まで先送りしたと伝えられている。",
        "2025-10-02",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "status", "released"),),
    ),
    # guard: a decision put off says nothing of the model's release
    RuleCase(
        "ja-sakiokuri-decision-only",
        "メタは Llama 4 Maverick についての判断を先送りした。",
        "2025-05-20",
        (),
        (("Llama 4 Maverick", "status", "upcoming"),),
    ),
    # the family's bare name releasing a count of models is the line, not Llama 1
    RuleCase(
        "en-bare-name-releases-models",
        "Meta keeps its next model private for now. LLaMa has since released five models "
        "as an open-source system, and Meta opened a Llama API preview to developers.",
        "2026-03-20",
        (),
        (("Llama 1", "status", None), ("Llama 1", "openness", None)),
    ),
    RuleCase(
        "en-bare-name-undergone-iterations",
        "Since its debut, LLaMA has undergone four major architectural iterations, each one "
        "released with open weights.",
        "2025-06-10",
        (),
        (("Llama 1", "openness", None), ("Llama 1", "status", None)),
    ),
    # guard: the bare name in the passive is still the 2023 model
    RuleCase(
        "en-bare-name-passive-stays-llama1",
        "LLaMA was released in February 2023 to a small group of researchers.",
        "2025-06-10",
        (("Llama 1", "status", "released"), ("Llama 1", "release_date", "2023-02")),
        (),
    ),
    # a replaced plan: "but is now set for May" keeps the subject, so the new month comes out
    RuleCase(
        "en-but-is-now-set-for",
        "Avocado had been slated for March but is now set for May, people familiar said.",
        "2026-03-20",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026-05")),
        (("Avocado", "release_date", "2026-03"),),
    ),
    RuleCase(
        "en-comma-but-now-looks-set",
        "Meta's Avocado was first due in March, but now looks set for a June debut.",
        "2026-03-20",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026-06")),
        (("Avocado", "release_date", "2026-03"),),
    ),
    # guard: "but" with a subject of its own still starts a clause of its own
    RuleCase(
        "en-but-with-new-subject-still-splits",
        "Llama 4 Scout shipped in April, but Behemoth is now expected in the autumn.",
        "2025-05-20",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Scout", "release_date", "2025-04")),
        (("Llama 4 Scout", "status", "upcoming"),),
    ),
    # Korean: a size in 조 with the genitive before the name it describes
    RuleCase(
        "ko-genitive-size-before-name",
        "메타는 Llama 4 Scout와 Maverick을 내놓았고, 아직 훈련 중인 2조 파라미터의 Behemoth "
        "모델도 함께 소개했다.",
        "2025-04-07",
        (("Llama 4 Behemoth", "params_total", 2_000_000_000_000),),
        (("Llama 4 Maverick", "params_total", 2_000_000_000_000),),
    ),
    # … and in 억, with the counter 개
    RuleCase(
        "ko-genitive-eok-size-before-name",
        "라마 4 스카우트가 공개됐다. 메타는 4000억 개 파라미터의 Llama 4 Maverick도 함께 선보였다.",
        "2025-04-07",
        (("Llama 4 Maverick", "params_total", 400_000_000_000),),
        (),
    ),
    # German: the singular "Million" and the article as its count
    RuleCase(
        "de-einer-million-token",
        "Meta hat die neuen Modelle der Llama-4-Reihe vorgestellt, und die Daten sind stark. "
        "Mit einer Kontextlänge von einer Million Token tritt Llama 4 Maverick gegen die "
        "Konkurrenz an, und das Modell ist sofort verfügbar.",
        "2025-04-07",
        (("Llama 4 Maverick", "context_window", 1_000_000),),
        (),
    ),
    RuleCase(
        "de-eins-million-token-digits",
        "Die neuen Modelle der Llama-4-Reihe sind da, und die Daten sind stark. Im "
        "Kontextfenster von Llama 4 Maverick haben bis zu 1 Million Token Platz, und das "
        "reicht für ganze Bücher.",
        "2025-04-07",
        (("Llama 4 Maverick", "context_window", 1_000_000),),
        (),
    ),
    # guard: an article with no multiplier after it is no number
    RuleCase(
        "de-article-without-unit",
        "Die neuen Modelle der Llama-4-Reihe sind da, und die Daten sind stark. Llama 4 "
        "Maverick hat eine Kontextlänge, die für ganze Bücher reicht, und einen Token-Preis, "
        "der niedrig ist.",
        "2025-04-07",
        (),
        (("Llama 4 Maverick", "context_window", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
