"""Value wordings of a sixteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # a Korean year, with the half of the year after it ("first half" is the year)
    RuleCase(
        "korean-year-with-first-half",
        "메타가 새 언어 모델 'Avocado(코드명)'를 준비하고 있다고 한 신문이 전했다. 이 모델은 "
        "2026년 상반기 출시될 예정이다.",
        "2025-12-10",
        (("Avocado", "release_date", "2026"),),
        (),
    ),
    RuleCase(
        "korean-year-with-second-half",
        "메타는 차세대 모델 Llama 5를 개발 중이다. Llama 5는 2027년 하반기 출시될 예정이다.",
        "2026-05-10",
        (("Llama 5", "release_date", "2027"),),
        (),
    ),
    # negative: "2020년대" is a decade, no year
    RuleCase(
        "korean-decade-is-no-year",
        "메타는 차세대 모델 Llama 5를 개발 중이다. Llama 5는 2020년대 후반 출시될 예정이다.",
        "2026-05-10",
        (),
        (("Llama 5", "release_date", "2020"),),
    ),
    # negative: French "a été" is "has been", not the summer
    RuleCase(
        "french-a-ete-is-no-summer",
        "Le groupe a dévoilé Llama 3.1 cette semaine. Llama 3.1 a été entraîné sur des milliers "
        "de GPU et a été publié en open source.",
        "2024-07-25",
        (),
        (("Llama 3.1", "release_date", "2024-Q3"),),
    ),
    RuleCase(
        "french-en-ete-is-still-the-summer",
        "Le groupe travaille sur Llama 5. Llama 5 sortira en été 2026, selon le groupe.",
        "2026-02-10",
        (("Llama 5", "release_date", "2026-Q3"),),
        (),
    ),
    # Latin tokens glued to Japanese and Chinese text
    RuleCase(
        "moe-glued-to-katakana",
        "MetaはLlama 4を公開した。Llama 4 ScoutにはMoEアーキテクチャが採用されている。",
        "2025-04-08",
        (("Llama 4 Scout", "architecture", "moe"),),
        (),
    ),
    RuleCase(
        "moe-glued-to-han",
        "Meta发布了Llama 4。Llama 4 Maverick采用了MoE架构。",
        "2025-04-08",
        (("Llama 4 Maverick", "architecture", "moe"),),
        (),
    ),
    RuleCase(
        "open-source-glued-to-kana",
        "MetaはLlama 3を公開した。Llama 3はopen-sourceモデルとして提供されている。",
        "2024-04-20",
        (("Llama 3", "openness", "open_weights"),),
        (),
    ),
    # a leak in one ";" entry says nothing of the next entry's openness
    RuleCase(
        "leak-stays-in-its-entry",
        "Some history: Llama 1 was meant for scientists but its weights leaked within days; "
        "Llama 2 shipped as open weights for commercial use.",
        "2025-06-01",
        (("Llama 2", "openness", "open_weights"),),
        (),
    ),
    # negative: a leak in the same entry still blocks
    RuleCase(
        "leak-in-the-same-entry-blocks",
        "Llama 1 weights leaked on a forum, and the open-source crowd grabbed the model at once.",
        "2023-03-10",
        (),
        (("Llama 1", "openness", "open_weights"),),
    ),
    # more members to follow: the hedge is not about the named sizes
    RuleCase(
        "german-more-to-follow-keeps-the-sizes",
        "Meta hat das neue Modell Llama 3 vorgestellt. Zum Start gibt es zwei Größen, "
        "nämlich Llama 3 70B und Llama 3 8B; weitere Modelle sollen bald folgen.",
        "2024-04-22",
        (("Llama 3", "params_total", 70_000_000_000),),
        (),
    ),
    RuleCase(
        "english-more-expected-to-follow-keeps-the-sizes",
        "Meta unveiled Llama 3 on Thursday. The line holds two models so far, Llama 3 8B and "
        "Llama 3 70B, and more models are expected to follow this year.",
        "2024-04-22",
        (("Llama 3", "params_total", 70_000_000_000),),
        (),
    ),
    # an aim is no input list
    RuleCase(
        "planned-advances-in-modalities-are-no-inputs",
        "Meta shipped Llama 4 Scout in April. Early on, the roadmap had several launches planned "
        "to drive progress in multimodal skills (such as handling text and images together).",
        "2025-09-01",
        (),
        (("Llama 4 Scout", "modalities", ("image", "text")),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
