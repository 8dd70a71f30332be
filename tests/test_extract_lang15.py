"""Language rules from a fifteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # Turkish is read as the other languages are: release verbs with their endings
    # ("piyasaya sürülen", "sürdü"), sizes in "milyar"/"trilyon" with the word for
    # parameters glued to its ending, months, the context window, "still in training".
    RuleCase(
        "tr-release-date-and-size",
        "Meta, bu hafta Llama 3.3 modelini 6 Aralık 2024 tarihinde yayınladı. Bu model 70 "
        "milyar parametreye sahip ve yeni bir sürüm olarak geliyor.",
        "2024-12-20",
        (
            ("Llama 3.3", "status", "released"),
            ("Llama 3.3", "release_date", "2024-12-06"),
            ("Llama 3.3", "params_total", 70_000_000_000),
        ),
        (),
    ),
    RuleCase(
        "tr-members-released-one-still-training",
        'Yazımızda yeni aileyi ve modellerini bir tablo ile ele alıyoruz. Özellikle "Scout" ve '
        '"Maverick" gibi adlarla piyasaya sürülen bu modeller çok ilgi gördü.\n'
        "- Llama 4 Maverick: 400 milyar parametreli büyük bir model.\n"
        "- Llama 4 Behemoth: 2 trilyon parametreli, henüz eğitimi devam eden dev model.",
        "2025-06-10",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "params_total", 2_000_000_000_000),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "tr-active-total-and-window",
        "Meta bu hafta yeni bir aile ile geldi ve modeller için bir tablo paylaştı. Llama 4 "
        "Maverick: toplam 400 milyar parametre, 17 milyar aktif parametre ve 1 milyon token "
        "bağlam penceresi.",
        "2025-04-10",
        (
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
            ("Llama 4 Maverick", "params_active", 17_000_000_000),
            ("Llama 4 Maverick", "context_window", 1_000_000),
        ),
        (),
    ),
    RuleCase(
        "tr-month-and-year-of-a-release",
        "Meta, Nisan 2025'te Llama 4 Scout ve Llama 4 Maverick modellerini piyasaya sürdü. "
        "Bu iki model için daha fazla bilgi yakında gelecek.",
        "2025-05-02",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Scout", "release_date", "2025-04"),
            ("Llama 4 Maverick", "release_date", "2025-04"),
        ),
        (),
    ),
    # "open source?" asked as a question, and the closed models of other labs, set no rung
    RuleCase(
        "tr-open-source-questioned-no-rung",
        'Bu yazıda Llama 3 için bir soru soruyoruz: bu model gerçekten "açık kaynak" mı? '
        "Büyük şirketlerin kapalı kaynaklı LLM'leri ile bir karşılaştırma da yapacağız.",
        "2025-06-10",
        (),
        (("Llama 3", "openness", "open_weights"), ("Llama 3", "openness", "closed")),
    ),
    # Chinese: given only to researchers at first, as "仅供研究" (for research only) says
    RuleCase(
        "zh-only-for-researchers",
        "Llama 1(2023 年 2 月)最初只给研究人员使用;Llama 2(2023 年 7 月)随后对外发布。",
        "2025-06-10",
        (("Llama 1", "openness", "research_only"),),
        (("Llama 1", "openness", "open_weights"), ("Llama 2", "openness", "research_only")),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: RuleCase) -> None:
    check_rule_case(case)
