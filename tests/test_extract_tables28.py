"""Table rules from a twenty-eighth round: spec grids, comparison tables and timelines.

A table's header names the attribute of every cell under it, in short words ("Active",
"Total", "Released"), in other languages ("激活参数", "许可证", "リリース日") or with a unit
("Params (B)"); the row's model is named in the column headed "Model" (or "模型"), not
always the first. Tables come as Markdown, as pipes without a rule, as tab-separated or
space-aligned lines, and as rows with no header at all.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

G = 10**9

CASES = [
    # --- short English headers ----------------------------------------------------------
    RuleCase(
        "md-short-headers-active-total",
        "The new herd at a glance.\n\n"
        "| Model | Active | Total | Context |\n"
        "|---|---|---|---|\n"
        "| Llama 4 Scout | 17B | 109B | 10M |\n"
        "| Llama 4 Maverick | 17B | 400B | 1M |\n",
        "2025-06-01",
        (
            ("Llama 4 Scout", "params_active", 17 * G),
            ("Llama 4 Scout", "params_total", 109 * G),
            ("Llama 4 Scout", "context_window", 10_000_000),
            ("Llama 4 Maverick", "params_active", 17 * G),
            ("Llama 4 Maverick", "params_total", 400 * G),
        ),
        (("Llama 4 Scout", "params_total", 17 * G),),
    ),
    RuleCase(
        "md-activated-and-released-short",
        "Two sparse models shipped this spring.\n\n"
        "| Name | Activated | Released | Licence |\n"
        "|---|---|---|---|\n"
        "| Llama 4 Maverick | 17B | Apr 5, 2025 | Llama 4 Community |\n",
        "2025-06-01",
        (
            ("Llama 4 Maverick", "params_active", 17 * G),
            ("Llama 4 Maverick", "release_date", "2025-04-05"),
            ("Llama 4 Maverick", "license", "llama-4-community"),
        ),
        (),
    ),
    # a bare "Total" over scores is no count of parameters
    RuleCase(
        "md-total-column-of-scores-not-a-size",
        "How the open models scored on our two tests.\n\n"
        "| Model | Math | Code | Total |\n"
        "|---|---|---|---|\n"
        "| Llama 3.1 70B | 71.2 | 80.4 | 151.6 |\n",
        "2025-06-01",
        (),
        (("Llama 3.1", "params_total", 151.6 * G), ("Llama 3.1", "params_active", None)),
    ),
    # an unknown header ("Experts", "Download") is read as nothing, whatever its cell
    RuleCase(
        "md-unknown-header-cells-not-read",
        "Download sizes for the two checkpoints.\n\n"
        "| Model | Experts | Download |\n"
        "|---|---|---|\n"
        "| Llama 4 Scout | 16 | 210B |\n",
        "2025-06-01",
        (),
        (("Llama 4 Scout", "params_total", None), ("Llama 4 Scout", "params_active", None)),
    ),
    # a unit in the header goes with each bare figure under it
    RuleCase(
        "md-units-in-header",
        "Sizes of the summer release.\n\n"
        "| Model | Params (B) | Context (K) |\n"
        "|---|---|---|\n"
        "| Llama 3.1 | 8, 70, 405 | 128 |\n",
        "2025-06-01",
        (("Llama 3.1", "params_total", 405 * G), ("Llama 3.1", "context_window", 128_000)),
        (),
    ),
    # a transposed grid's short row label; the other lab's column is nobody's
    RuleCase(
        "md-transposed-short-row-other-lab-column",
        "Sparse designs compared.\n\n"
        "| | Llama 4 Maverick | DeepSeek V3 |\n"
        "|---|---|---|\n"
        "| Active | 17B | 37B |\n"
        "| Total | 400B | 671B |\n",
        "2025-06-01",
        (
            ("Llama 4 Maverick", "params_active", 17 * G),
            ("Llama 4 Maverick", "params_total", 400 * G),
        ),
        (
            ("Llama 4 Maverick", "params_active", 37 * G),
            ("Llama 4 Maverick", "params_total", 671 * G),
        ),
    ),
    # --- tables of delimited lines ---------------------------------------------------------
    RuleCase(
        "pipes-without-rule-or-outer-pipes",
        "Here is how the two compare.\n\n"
        "Model | Active parameters | Total parameters | Context window\n"
        "Llama 4 Scout | 17B | 109B | 10M\n"
        "Llama 4 Maverick | 17B | 400B | 1M\n",
        "2025-06-01",
        (
            ("Llama 4 Scout", "params_active", 17 * G),
            ("Llama 4 Scout", "params_total", 109 * G),
            ("Llama 4 Maverick", "params_active", 17 * G),
            ("Llama 4 Maverick", "context_window", 1_000_000),
        ),
        (),
    ),
    RuleCase(
        "tab-separated-table",
        "Pasted from our sheet:\n\n"
        "Model\tActive parameters\tTotal parameters\tContext window\n"
        "Llama 4 Scout\t17B\t109B\t10M tokens\n"
        "Llama 4 Maverick\t17B\t400B\t1M tokens\n",
        "2025-06-01",
        (
            ("Llama 4 Scout", "params_active", 17 * G),
            ("Llama 4 Scout", "params_total", 109 * G),
            ("Llama 4 Scout", "context_window", 10_000_000),
            ("Llama 4 Maverick", "params_total", 400 * G),
        ),
        (("Llama 4 Scout", "params_total", 17 * G), ("Llama 4 Maverick", "params_total", 17 * G)),
    ),
    RuleCase(
        "space-aligned-table",
        "Output of our model listing:\n\n"
        "Model              Active   Total   Context\n"
        "Llama 4 Scout      17B      109B    10M\n"
        "Llama 4 Maverick   17B      400B    1M\n",
        "2025-06-01",
        (
            ("Llama 4 Scout", "params_active", 17 * G),
            ("Llama 4 Scout", "params_total", 109 * G),
            ("Llama 4 Maverick", "params_total", 400 * G),
        ),
        (("Llama 4 Scout", "params_total", 17 * G),),
    ),
    # two spaces after full stops are no columns: prose stays prose
    RuleCase(
        "double-spaced-prose-is-no-table",
        "Llama 3 came out in April.  It has 8B and 70B sizes.  Context is 8K.\n"
        "Its license is the Llama 3 Community License.  More sizes may follow.  We wait.\n",
        "2025-06-01",
        (("Llama 3", "params_total", 70 * G),),
        (("Llama 3", "params_active", None),),
    ),
    # rows with no header: a column of dates, of sizes, and the names beside them
    RuleCase(
        "headerless-pipe-timeline-rows",
        "Llama 模型时间线\n\n"
        "2023年2月 | LLaMA | 7B–65B | 仅供研究\n"
        "2023年7月 | Llama 2 | 7B–70B | 可商用\n"
        "2024年4月 | Llama 3 | 8B、70B | 社区许可\n",
        "2025-06-01",
        (
            ("Llama 2", "release_date", "2023-07"),
            ("Llama 2", "params_total", 70 * G),
            ("Llama 3", "release_date", "2024-04"),
            ("Llama 3", "params_total", 70 * G),
        ),
        (),
    ),
    # --- other languages ---------------------------------------------------------------
    RuleCase(
        "zh-date-first-model-second-with-licence",
        "下表整理了 Meta 各代 Llama 的基本信息。\n\n"
        "| 发布时间 | 模型 | 参数量 | 上下文长度 | 许可证 |\n"
        "|---|---|---|---|---|\n"
        "| 2023年2月 | LLaMA | 7B–65B | 2K | 研究许可 |\n"
        "| 2023年7月 | Llama 2 | 7B、13B、70B | 4K | Llama 2 社区许可 |\n"
        "| 2024年4月 | Llama 3 | 8B、70B | 8K | Llama 3 社区许可协议 |\n",
        "2025-06-01",
        (
            ("Llama 1", "release_date", "2023-02"),
            ("Llama 1", "license", "llama-1-research"),
            ("Llama 2", "release_date", "2023-07"),
            ("Llama 2", "params_total", 70 * G),
            ("Llama 2", "context_window", 4000),
            ("Llama 2", "license", "llama-2-community"),
            ("Llama 3", "license", "llama-3-community"),
        ),
        (),
    ),
    # a row of the "模型" column that names another lab's model is nobody's
    RuleCase(
        "zh-other-lab-row-is-nobodys",
        "Llama 3 发布后，几款开源模型的对比如下。\n\n"
        "| 时间 | 模型 | 参数量 |\n"
        "|---|---|---|\n"
        "| 2024年4月 | Llama 3 | 70B |\n"
        "| 2024年9月 | Qwen2.5 | 72B |\n",
        "2025-06-01",
        (("Llama 3", "params_total", 70 * G), ("Llama 3", "release_date", "2024-04")),
        (("Llama 3", "params_total", 72 * G), ("Llama 3", "release_date", "2024-09")),
    ),
    RuleCase(
        "zh-active-total-open-yes",
        "Llama 4 两款模型参数如下。\n\n"
        "| 模型 | 激活参数 | 总参数 | 上下文 | 开源 |\n"
        "|---|---|---|---|---|\n"
        "| Llama 4 Scout | 17B | 109B | 10M | 是 |\n"
        "| Llama 4 Maverick | 17B | 400B | 1M | 是 |\n",
        "2025-06-01",
        (
            ("Llama 4 Scout", "params_active", 17 * G),
            ("Llama 4 Scout", "params_total", 109 * G),
            ("Llama 4 Scout", "context_window", 10_000_000),
            ("Llama 4 Scout", "openness", "open_weights"),
            ("Llama 4 Maverick", "params_total", 400 * G),
        ),
        (),
    ),
    # "否" under "开源" says too little to read as closed
    RuleCase(
        "zh-open-no-says-nothing",
        "Meta 新模型一览。\n\n| 模型 | 总参数 | 开源 |\n|---|---|---|\n"
        "| Llama 4 Behemoth | 2T | 否 |\n",
        "2025-06-01",
        (("Llama 4 Behemoth", "params_total", 2000 * G),),
        (("Llama 4 Behemoth", "openness", None),),
    ),
    RuleCase(
        "ja-table-release-licence",
        "Llamaシリーズの主なモデルをまとめました。\n\n"
        "| モデル | リリース日 | パラメータ数 | コンテキスト長 | ライセンス |\n"
        "|---|---|---|---|---|\n"
        "| Llama 3.1 | 2024年7月23日 | 8B/70B/405B | 128K | Llama 3.1 コミュニティライセンス |\n",
        "2025-06-01",
        (
            ("Llama 3.1", "release_date", "2024-07-23"),
            ("Llama 3.1", "params_total", 405 * G),
            ("Llama 3.1", "context_window", 128_000),
            ("Llama 3.1", "license", "llama-3.1-community"),
        ),
        (),
    ),
    # a spec card in Chinese, each field's name on a line above its value
    RuleCase(
        "zh-spec-card-label-lines",
        "Llama 4 Scout\n\n这是 Meta 发布的轻量多模态模型，单卡即可部署运行。\n\n激活参数\n\n17B\n\n"
        "许可证\n\nLlama 4 Community License Agreement\n\n发布日期\n\n2025年4月5日\n",
        "2025-06-01",
        (
            ("Llama 4 Scout", "params_active", 17 * G),
            ("Llama 4 Scout", "license", "llama-4-community"),
            ("Llama 4 Scout", "release_date", "2025-04-05"),
        ),
        (),
    ),
    # the article's own licence at the foot of a blog is not the model's
    RuleCase(
        "zh-article-licence-footer-not-model",
        "Llama 3 已经可以下载，参数规模为 8B 和 70B。\n\n许可协议：CC BY-SA 4.0\n",
        "2025-06-01",
        (),
        (("Llama 3", "license", None),),
    ),
    # --- timelines -----------------------------------------------------------------------
    # a list of names and dates under another heading says nothing of releases
    RuleCase(
        "en-name-date-list-knowledge-cutoff",
        "Knowledge cutoff dates:\n\n- Llama 3: December 2023\n- Llama 3.1: December 2023\n",
        "2025-06-01",
        (),
        (("Llama 3", "release_date", None), ("Llama 3.1", "release_date", None)),
    ),
    # a date column's row dated after the post is the release planned
    RuleCase(
        "md-future-row-is-planned",
        "Our guess at the calendar.\n\n"
        "| Model | Release date |\n|---|---|\n| Llama 3 | April 2024 |\n| Llama 5 | June 2026 |\n",
        "2025-06-01",
        (
            ("Llama 3", "status", "released"),
            ("Llama 5", "status", "upcoming"),
            ("Llama 5", "release_date", "2026-06"),
        ),
        (("Llama 5", "status", "released"),),
    ),
    # a row of an event (a leak) under the model column dates that event, not a release
    RuleCase(
        "zh-event-row-date-not-release",
        "LLaMA 早期大事记：\n\n| 日期 | 模型 | 参数量 |\n|---|---|---|\n"
        "| 2023年3月 | LLaMA 权重泄露 | 65B |\n",
        "2025-06-01",
        (),
        (("Llama 1", "release_date", "2023-03"),),
    ),
    # a header of two names reads by its first ("Released / maintainer")
    RuleCase(
        "tab-header-of-two-names",
        "At a glance\n\n"
        "Model\tReleased / maintainer\tArchitecture\tLicense\n"
        "Llama 3.3\tDecember 2024, Meta\tDense\tLlama 3.3 Community License\n",
        "2025-06-01",
        (
            ("Llama 3.3", "release_date", "2024-12"),
            ("Llama 3.3", "architecture", "dense"),
            ("Llama 3.3", "license", "llama-3.3-community"),
        ),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_table_rules(case: RuleCase) -> None:
    check_rule_case(case)
