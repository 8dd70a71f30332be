"""Language rules of a nineteenth round (second file): a delayed launch and its new day.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. A launch put off is a plan: its new day lies ahead of the post.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # Chinese: a month alone after a delay verb and "至/到" is the new target, ahead of the
    # post; the month it was moved from ("二月") is no date at all
    RuleCase(
        "zh-month-alone-delay-target",
        "知情人士透露,Meta 的下一代模型 Avocado 已推迟发布,由原定的二月推至最早六月,"
        "公司暂未回应此事。",
        "2026-01-20",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026-06")),
        (("Avocado", "release_date", "2026-02"), ("Avocado", "release_date", "2025-06")),
    ),
    RuleCase(
        "zh-digit-month-delay-target",
        "据外媒消息,Meta 已将 Avocado 的上线时间延后到 9 月,内部测试仍在进行。",
        "2026-04-02",
        (("Avocado", "release_date", "2026-09"),),
        (("Avocado", "status", "released"),),
    ),
    # Vietnamese: "hoãn … sang … vào mùa thu" (put off to the fall) names a fall to come
    RuleCase(
        "vi-hoan-sang-mua-thu",
        "Theo các nguồn tin, Meta đã hoãn việc ra mắt Llama 4 Behemoth, dời kế hoạch từ cuối "
        "xuân sang một thời điểm khác vào mùa thu. Công ty hiện vẫn chưa đưa ra bình luận nào "
        "về thông tin này với báo chí. Mô hình này vẫn đang được huấn luyện.",
        "2025-05-20",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (("Llama 4 Behemoth", "release_date", "2024-Q4"),),
    ),
    # French and Portuguese: a launch pushed back to the autumn looks ahead; read as a past
    # season it would fall in the year before the post
    RuleCase(
        "fr-repousse-automne",
        "Selon des sources internes, la sortie de Llama 4 Behemoth est repoussée à l’automne. "
        "Meta n’a pas souhaité commenter cette information.",
        "2025-05-20",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (("Llama 4 Behemoth", "release_date", "2024-Q4"),),
    ),
    RuleCase(
        "pt-adiado-outono",
        "Segundo fontes do setor, o lançamento do Llama 4 Behemoth foi adiado para o outono. "
        "A Meta não quis comentar a informação divulgada pelo jornal. O modelo ainda está em "
        "fase de treino.",
        "2025-05-20",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (("Llama 4 Behemoth", "release_date", "2024-Q4"),),
    ),
    # European Portuguese counts on the long scale: "biliões" are million millions
    RuleCase(
        "pt-pt-bilioes-long-scale",
        "A Meta confirmou que o Llama 4 Behemoth ainda está em treino. O modelo terá cerca de "
        "2 biliões de parâmetros no total, segundo a empresa, e servirá de professor aos "
        "restantes modelos da família.",
        "2025-04-06",
        (("Llama 4 Behemoth", "params_total", 2_000_000_000_000),),
        (("Llama 4 Behemoth", "params_total", 2_000_000_000),),
    ),
    # Hindi: "अरब" after a figure is a thousand million
    RuleCase(
        "hi-arab-billion",
        "मेटा ने बताया कि Llama 4 Behemoth अभी ट्रेनिंग में है। कंपनी के अनुसार इस मॉडल में "
        "कुल 288 अरब पैरामीटर्स होंगे और यह बाकी मॉडलों को सिखाने का काम करेगा।",
        "2025-04-06",
        (("Llama 4 Behemoth", "params_total", 288_000_000_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
