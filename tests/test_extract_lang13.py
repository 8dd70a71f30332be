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
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
