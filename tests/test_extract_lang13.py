"""Language and structure rules from a thirteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, describe, facts_of, find

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
        "Meta – có 288 tỷ tham số hoạt động, với tổng cộng 2.000 tỷ tham số.",
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
    # a table header or field label of another language names the attribute as the
    # English one does: "发布时间" (release time), "参数规模" (sizes), "上下文长度",
    # "Kontextfenster" (context window)
    RuleCase(
        "zh-table-release-time-column",
        "下面的表格整理了这个系列的几个版本,以及它们的发布时间和参数规模。\n"
        "| 版本 | 发布时间 | 参数规模 | 说明 |\n"
        "|---|---|---|---|\n"
        "| Llama 2 | 2023.07 | 7B/13B/70B | 可以商用 |\n"
        "| Llama 3 | 2024.04 | 8B/70B | 训练数据更多 |\n",
        "2025-01-10",
        (
            ("Llama 2", "release_date", "2023-07"),
            ("Llama 3", "release_date", "2024-04"),
            ("Llama 3", "status", "released"),
        ),
        (),
    ),
    RuleCase(
        "zh-transposed-table-context-row",
        "这篇文章比较了 Llama 3.1 系列的三个版本,它们都是 Meta 发布的开源模型。\n"
        "| 规格 | Llama-3.1-8B | Llama-3.1-70B | Llama-3.1-405B |\n"
        "|---|---|---|---|\n"
        "| 上下文窗口 | 128K tokens | 128K tokens | 128K tokens |\n",
        "2025-01-10",
        (("Llama 3.1", "context_window", 128_000),),
        (),
    ),
    RuleCase(
        "de-context-window-field",
        "Meta hat das neue Modell Llama 3.1 vorgestellt, und die wichtigsten Daten sind "
        "schnell zusammengefasst.\n- Kontextfenster: 128K Token\n- Parameter: 8B, 70B und 405B\n",
        "2024-07-25",
        (("Llama 3.1", "context_window", 128_000),),
        (),
    ),
    # negative: the header names the window, but each row is its own model's; another
    # lab's row gives Llama nothing
    RuleCase(
        "zh-context-column-other-labs-row",
        "我们把几款常见的开源模型放在一起比较,看看它们各自支持多长的上下文。\n"
        "| 模型 | 厂商 | 上下文长度 |\n"
        "|---|---|---|\n"
        "| Qwen2-72B | 阿里云 | 128K |\n"
        "| Llama 3 70B | Meta | 8K |\n",
        "2025-01-10",
        (("Llama 3", "context_window", 8_000),),
        (("Llama 3", "context_window", 128_000),),
    ),
    # a Chinese comparison framed around the name ("与 X 相当", "与 X 不同", "是 X 的 7 倍",
    # "超越 Meta 的 X"): X is what another model is measured against, and the values of
    # the sentence are not X's
    RuleCase(
        "zh-on-a-par-with-frame",
        "阿里巴巴今天发布了新的大模型,在多项测试中与 Meta 的 Llama 3.1 405B 表现相当,"
        "而且这款模型完全开源。",
        "2025-05-01",
        (),
        (("Llama 3.1", "params_total", None), ("Llama 3.1", "openness", None)),
    ),
    RuleCase(
        "zh-unlike-frame",
        "与Llama 2的稠密结构不同,这个国产模型采用混合专家架构,总参数为670亿,已经在网上开源。",
        "2025-05-01",
        (),
        (("Llama 2", "params_total", None), ("Llama 2", "openness", None)),
    ),
    RuleCase(
        "zh-times-frame-and-maker-possessive",
        "Llama 3 于2024年4月发布,训练数据是Llama 2的7倍,被称为开源模型的新标杆。"
        "另一款国产模型在多项基准测试中超越Meta的Llama2-70B,成为首个开源的同级别模型。",
        "2025-05-01",
        (("Llama 3", "openness", "open_weights"), ("Llama 3", "release_date", "2024-04")),
        (("Llama 2", "openness", None), ("Llama 2", "params_total", None)),
    ),
    # negative: the name after a closed frame ("与GPT-4o相比,") is the subject again
    RuleCase(
        "zh-subject-after-the-frame",
        "Meta 今天发布了新的模型。与GPT-4o相比,Llama 4 Maverick的上下文窗口达到100万 token,"
        "而且是开源的。",
        "2025-05-01",
        (
            ("Llama 4 Maverick", "context_window", 1_000_000),
            ("Llama 4 Maverick", "openness", "open_weights"),
        ),
        (),
    ),
    # the German genitive of the maker between the comparison word and the name
    # ("größer als Metas Llama 3.1") is "than Meta's Llama 3.1": the name is the yardstick
    RuleCase(
        "de-maker-genitive-after-comparison",
        "Ein chinesisches Labor hat ein neues offenes Modell veröffentlicht. Mit 520 Milliarden "
        "Parametern übertrifft es klar Metas Llama 3.1, das von den Entwicklern oft "
        "zum Vergleich genommen wird.",
        "2025-01-05",
        (),
        (("Llama 3.1", "params_total", None),),
    ),
    # a base marker after the name in Korean, Japanese or Chinese ("Llama 3를 기반으로",
    # "「Llama-2」にならって", "Llama 3シリーズをベースに"): the name is what another model is
    # built on, and the sentence's values are not its own
    RuleCase(
        "ko-built-on-the-name",
        "Meta는 Llama 3를 기반으로 한 새 서비스를 내놨다. 이 모델은 700억 개의 파라미터를 가진다.",
        "2025-01-05",
        (),
        (("Llama 3", "status", None), ("Llama 3", "params_total", None)),
    ),
    # negative: the name with its own verb, no base marker, keeps its facts
    RuleCase(
        "ko-name-with-its-own-verb",
        "Meta는 오늘 Llama 3를 공개했다. 이 모델은 700억 개의 파라미터를 가진다.",
        "2024-04-19",
        (("Llama 3", "status", "released"),),
        (),
    ),
    # the first generation's alias with a word for series or family glued on in Chinese,
    # Japanese or Korean ("LLaMA系列", "LLaMA生态", "LLaMAシリーズ") is the family, as
    # "LLaMA series" is, and not the first model
    RuleCase(
        "zh-llama-series-is-the-family",
        "LLaMA系列是Meta开源的大模型家族,开发者可以免费下载,已经被下载超过十亿次。",
        "2025-06-01",
        (),
        (("Llama 1", "openness", None),),
    ),
    # negative: the alias alone, with its own date, is still the first model
    RuleCase(
        "zh-bare-llama-alias-is-the-first-model",
        "Meta于2023年2月发布了LLaMA,这是一个面向研究人员的大语言模型,参数最多650亿。",
        "2025-06-01",
        (("Llama 1", "release_date", "2023-02"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_first_line_title_is_not_read_twice() -> None:
    """A post without a headline takes its first line as title (``local.py``): that line,
    its sentences glued without a space after the stop, is the text's opening, and is
    not read again unsplit as a heading (where a verb of one sentence reached the name
    of the one before)."""
    text = (
        "The original LLaMA is a family of research models from Meta's research group.In "
        "2024, Meta introduced Llama 3, a new generation of open models.The dataset grew "
        "sevenfold."
    )
    facts = facts_of(text, "2025-02-01", title=text.splitlines()[0][:300])
    assert find(facts, "Llama 3", "status", "released"), describe(facts)
    assert not find(facts, "Llama 1", "status"), describe(facts)
