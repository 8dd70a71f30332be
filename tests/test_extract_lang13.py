"""Language and structure rules from a thirteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # A few words set off by a pair of dashes are an aside: the clause runs on across
    # them, so what follows the second dash is said of the name before the first one.
    RuleCase(
        "dash-aside-keeps-the-sizes-with-the-name",
        "Meta put two Llama 4 models online today and showed a third. Llama 4 Behemoth – "
        "the heavyweight of the family – has 288 billion active parameters out of nearly "
        "two trillion.",
        "2025-04-06",
        (
            ("Llama 4 Behemoth", "params_active", 288_000_000_000),
            ("Llama 4 Behemoth", "params_total", 2_000_000_000_000),
        ),
        (),
    ),
    RuleCase(
        "de-dash-aside-holds-the-member-back",
        "Meta präsentierte die neue Generation Llama 4 als Trio aus Scout, Maverick und "
        "Behemoth. Zunächst wurden nur Llama 4 Scout und Maverick für Entwickler zugänglich "
        "gemacht, während Behemoth – der mit Abstand größte Bruder – noch hinter "
        "verschlossenen Türen bleibt.",
        "2025-04-08",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Behemoth", "status", "upcoming"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "vi-dash-aside-keeps-the-sizes-with-the-name",
        "Meta vừa công bố thế hệ Llama 4 của hãng với ba mô hình. Llama 4 Scout và Llama 4 "
        "Maverick đã có thể tải về từ các nền tảng. Llama 4 Behemoth – mô hình lớn nhất của "
        "Meta – có 288 tỷ tham số hoạt động và tổng cộng 2.000 tỷ tham số.",
        "2025-04-07",
        (
            ("Llama 4 Behemoth", "params_active", 288_000_000_000),
            ("Llama 4 Behemoth", "params_total", 2_000_000_000_000),
        ),
        (),
    ),
    # negative: a long stretch between two dashes is a clause of its own, not an aside;
    # what follows it is left unread rather than guessed
    RuleCase(
        "dash-long-stretch-is-not-an-aside",
        "Meta opened its new model family to developers this week. Llama 4 Scout – like "
        "every Llama before it, the company notes, a model that anyone can download and run "
        "– has 109 billion parameters in total.",
        "2025-04-07",
        (),
        (("Llama 4 Scout", "params_total", None),),
    ),
    # Vietnamese joins a list with "và" (and), after a comma or not: the verb of the
    # sentence is every listed name's
    RuleCase(
        "vi-va-joins-a-list-of-names",
        "Hãng Meta của Mỹ vừa giới thiệu thế hệ Llama 4 với các mô hình mới. Hiện các nhà "
        "phát triển đã có thể tải về Llama 4 Scout và Llama 4 Maverick từ trang web của hãng.",
        "2025-04-07",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
        ),
        (),
    ),
    # "vẫn đang được huấn luyện" (still being trained), "đang tiếp tục huấn luyện" (goes on
    # training): the passive marker or "continue" between "đang" and the verb
    RuleCase(
        "vi-being-trained-is-upcoming",
        "Meta đã ra mắt Llama 4 Scout và Llama 4 Maverick cho các nhà phát triển. Trong khi "
        "đó, mô hình Llama 4 Behemoth vẫn đang được huấn luyện và chưa có ngày phát hành.",
        "2025-04-07",
        (
            ("Llama 4 Maverick", "status", "released"),
            ("Llama 4 Behemoth", "status", "upcoming"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "vi-goes-on-training-is-upcoming",
        "Theo Meta, các kỹ sư của hãng vẫn đang tiếp tục huấn luyện Llama 4 Behemoth, mô hình "
        "lớn nhất của dòng Llama 4. Đây là mô hình được hãng gọi là người thầy cho những mô "
        "hình nhỏ hơn.",
        "2025-04-07",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (),
    ),
    # negative: "và" between two words that are not names joins nothing ("Meta và
    # Microsoft"); the verb stays with the one name the sentence gives it
    RuleCase(
        "vi-va-between-companies-joins-no-model",
        "Meta và Microsoft hợp tác từ lâu. Llama 4 Scout đã có thể tải về, còn Llama 4 "
        "Behemoth vẫn đang được huấn luyện trên các cụm máy của hãng.",
        "2025-04-07",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Behemoth", "status", "upcoming"),
        ),
        (("Llama 4 Behemoth", "status", "released"), ("Llama 4 Scout", "status", "upcoming")),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
