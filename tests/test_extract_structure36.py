"""Structure rules from a thirty-sixth round: facts carried by a page's layout, not prose.

An HTML table kept as tags in the text (a model card's source, cells spanning rows); a
model registry written as code, one record per model; a comparison page's cards, a line
with the model's name and a line per value. Each ``RuleCase`` (helpers_extract) holds a
post, the facts that must come out and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

from llamawatch.extractors.clauses import code_pairs
from llamawatch.extractors.sentences import html_tables_as_pipes

CASES = [
    # a card's table on one line, tags and all: each row's cells under its header's cue
    RuleCase(
        "html-table-one-line",
        "Llama 4 card\n\n"
        "The two first members of the fourth Llama generation are described below.\n"
        "<table> <tr> <th>Model</th> <th>Corpus</th> <th>Params</th> "
        "<th>Input modalities</th> <th>Context length</th> </tr> <tr> "
        '<td>Llama 4 Scout</td> <td rowspan="2">Licensed and public web pages'
        "</td> <td>109B (Total), 17B (Activated)</td> <td>Image and text</td> "
        "<td>10M</td> </tr> <tr> <td>Llama 4 Maverick</td> "
        "<td>400B (Total), 17B (Activated)</td> <td>Image and text</td> <td>1M</td> "
        "</tr> </table>Languages: twelve of them.",
        "2025-04-06",
        (
            ("Llama 4 Scout", "params_total", 109_000_000_000),
            ("Llama 4 Scout", "params_active", 17_000_000_000),
            ("Llama 4 Scout", "context_window", 10_000_000),
            ("Llama 4 Scout", "modalities", ["image", "text"]),
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
            ("Llama 4 Maverick", "params_active", 17_000_000_000),
            ("Llama 4 Maverick", "context_window", 1_000_000),
        ),
        (
            ("Llama 4 Scout", "context_window", 1_000_000),
            ("Llama 4 Maverick", "context_window", 10_000_000),
            ("Llama 4 Maverick", "params_total", 109_000_000_000),
        ),
    ),
    # tags over many lines, the name cell spanning three rows: each row is that model's
    RuleCase(
        "html-table-rowspan-name",
        "# Llama 3.1 sizes\n\n"
        "<table>\n  <tr>\n   <td></td>\n   <td><strong>Params</strong></td>\n"
        "   <td><strong>Context length</strong></td>\n  </tr>\n  <tr>\n"
        '   <td rowspan="3" >Llama 3.1 (text only)\n   </td>\n   <td>8B\n   </td>\n'
        "   <td>128k\n   </td>\n  </tr>\n  <tr>\n   <td>70B</td>\n   <td>128k</td>\n"
        "  </tr>\n  <tr>\n   <td>405B</td>\n   <td>128k</td>\n  </tr>\n</table>\n",
        "2024-07-24",
        (
            ("Llama 3.1", "params_total", 405_000_000_000),
            ("Llama 3.1", "context_window", 128_000),
        ),
        (),
    ),
    # a benchmark table of tags: its columns name models, its rows name no attribute
    RuleCase(
        "html-benchmark-table-silent",
        "# How Llama 3.1 scores\n\n"
        "<table><tr><td>Category</td><td>Test</td><td>Llama 3 70B</td>"
        '<td>Llama 3.1 70B</td></tr><tr><td rowspan="2">General</td><td>MMLU</td>'
        "<td>79.5</td><td>83.6</td></tr><tr><td>ARC</td><td>93.0</td><td>94.8</td></tr>"
        "</table>",
        "2024-07-24",
        (),
        (("Llama 3.1", "context_window", None), ("Llama 3", "context_window", None)),
    ),
    # a row of another lab's model in a card's table gives our model nothing
    RuleCase(
        "html-table-other-lab-row",
        "# Small models compared\n\n"
        "<table><tr><th>Model</th><th>Context window</th><th>License</th></tr>"
        "<tr><td>Llama 3.2 3B</td><td>128K</td><td>Llama 3.2 Community License</td></tr>"
        "<tr><td>Qwen2.5 3B</td><td>32K</td><td>Apache 2.0</td></tr></table>",
        "2024-10-02",
        (
            ("Llama 3.2", "context_window", 128_000),
            ("Llama 3.2", "license", "llama-3.2-community"),
        ),
        (("Llama 3.2", "context_window", 32_000), ("Llama 3.2", "license", "apache-2.0")),
    ),
    # a registry written as code: each record's fields are the model its name field names
    RuleCase(
        "code-records-by-name",
        "# Which Llama should our service call?\n\n"
        "We keep the candidates in a small registry:\n\n"
        "    CANDIDATES = [\n"
        "        Spec(\n"
        '            name="Llama-3.1-405B-Instruct",\n'
        '            parameters="405B",\n'
        "            context_window=131072,\n"
        '            license="Llama 3.1 Community",\n'
        '            release_date="2024-07-23",\n'
        "        ),\n"
        "        Spec(\n"
        '            name="Qwen2-72B-Instruct",\n'
        '            parameters="72B",\n'
        "            context_window=32768,\n"
        '            license="Apache 2.0",\n'
        "        ),\n"
        "    ]\n",
        "2024-09-01",
        (
            ("Llama 3.1", "params_total", 405_000_000_000),
            ("Llama 3.1", "context_window", 131_072),
            ("Llama 3.1", "license", "llama-3.1-community"),
            ("Llama 3.1", "release_date", "2024-07-23"),
        ),
        (("Llama 3.1", "context_window", 32_768), ("Llama 3.1", "license", "apache-2.0")),
    ),
    # a record that names no model (its name field was cut off) is nobody's, not the focus's
    RuleCase(
        "code-record-without-name",
        "# Llama 3 in our stack\n\n"
        "Llama 3 came out in April 2024 with a context window of 8K tokens.\n\n"
        '    context_length=32768, license="Apache 2.0", benchmark_mmlu=70.6,\n',
        "2024-05-01",
        (("Llama 3", "context_window", 8_000),),
        (("Llama 3", "context_window", 32_768), ("Llama 3", "license", None)),
    ),
    # a comparison page's cards: a name line, then a line per value
    RuleCase(
        "name-cards-compared",
        "Model Comparison\n\n"
        "Size\n\n"
        "Meta\nLlama 4 Scout\n109.0Bparameters\nAlibaba\nQwen3 235B\n235.0Bparameters\n\n"
        "Inputs\n\n"
        "Llama 4 Scout\n\nText\n\nImages\n\nQwen3 235B\n\nText\n\nAudio\n\n"
        "Terms\n\n"
        "Llama 4 Scout\n\nLlama 4 Community License Agreement\n\nOpen weights\n\n"
        "Qwen3 235B\n\nApache 2.0\n\nOpen weights\n",
        "2025-06-01",
        (
            ("Llama 4 Scout", "params_total", 109_000_000_000),
            ("Llama 4 Scout", "modalities", ["image", "text"]),
            ("Llama 4 Scout", "license", "llama-4-community"),
            ("Llama 4 Scout", "openness", "open_weights"),
        ),
        (
            ("Llama 4 Scout", "params_total", 235_000_000_000),
            ("Llama 4 Scout", "modalities", ["audio", "text"]),
            ("Llama 4 Scout", "license", "apache-2.0"),
        ),
    ),
    # a catalogue's card: the name line keeps its own sizes, the licence line under it is its
    RuleCase(
        "catalogue-card-name-line-sizes",
        "Browse models\n\n"
        "Llama 4 Scout (109B/17B active)\n\n"
        "Llama 4 Community License\n\n"
        "Runs on one large GPU once quantised to four bits.\n",
        "2025-05-01",
        (
            ("Llama 4 Scout", "params_total", 109_000_000_000),
            ("Llama 4 Scout", "params_active", 17_000_000_000),
            ("Llama 4 Scout", "license", "llama-4-community"),
        ),
        (),
    ),
    # a field's label on its own line ("License") is no card's name: the value under it
    # still reads as that field of the sheet's model
    RuleCase(
        "label-line-is-no-card-name",
        "Llama 3.1 70B\n\n"
        "Context Length\n\n128K\n\n"
        "License\n\nLlama 3.1 Community License Agreement\n",
        "2024-08-01",
        (
            ("Llama 3.1", "context_window", 128_000),
            ("Llama 3.1", "license", "llama-3.1-community"),
        ),
        (),
    ),
    # a chart's labels: a bare figure, then a name; the figure after a name is not its card
    RuleCase(
        "chart-labels-no-card",
        "Llama 4 Scout next to a larger rival\n\n"
        "Parameter count\n\n"
        "109.0B\nLlama 4 Scout\n235.0B\nQwen3 235B\n",
        "2025-06-01",
        (),
        (("Llama 4 Scout", "params_total", 235_000_000_000),),
    ),
    # one input kind on its own line under a name says nothing of the model's inputs
    RuleCase(
        "lone-input-kind-no-card",
        "Llama 4 Maverick\n\nText\n\nMore on the release follows below.\n",
        "2025-04-07",
        (),
        (("Llama 4 Maverick", "modalities", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_structure_rule(case: RuleCase) -> None:
    check_rule_case(case)


def test_html_rowspan_fills_the_rows_below() -> None:
    text = (
        "<table><tr><th>A</th><th>B</th><th>C</th></tr>"
        '<tr><td rowspan="2">x</td><td>1</td><td>2</td></tr>'
        "<tr><td>3</td><td>4</td></tr></table>"
    )
    lines = [line for line in html_tables_as_pipes(text).splitlines() if line]
    assert lines == ["| A | B | C |", "| x | 1 | 2 |", "| x | 3 | 4 |"]


def test_html_colspan_and_entities() -> None:
    text = '<table><tr><td colspan="2">R&amp;D</td><td>z</td></tr></table>'
    lines = [line for line in html_tables_as_pipes(text).splitlines() if line]
    assert lines == ["| R&D | R&D | z |"]


def test_code_pairs_need_three_literal_fields() -> None:
    assert code_pairs('run(model="x", seed=3)') == []
    pairs = code_pairs('Spec(name="m", family=Family.X, parameters="7B", context_length=4096)')
    assert pairs == [("name", "m"), ("parameters", "7B"), ("context_length", "4096")]
    assert code_pairs('{"name": "m", "license": "MIT", "context_window": 8192}') == [
        ("name", "m"),
        ("license", "MIT"),
        ("context_window", "8192"),
    ]
