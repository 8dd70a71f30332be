"""Spec layouts from a ninth round on real pages, each on a table or card written for it.

(1) transposed comparison tables: the header row names a model per column and each
body row is an attribute; (2) spec cards scraped without their cell breaks, a known
label glued to its value ("Context window128K"); (3) outline trees ("├── Key: value"),
also when pasted with a code listing's line numbers.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

# (1) "| | Llama 4 Maverick | Rival X |": each cell is its column's model's
TRANSPOSED_CASES = [
    RuleCase(
        "column-of-metas-model-gives-its-cells",
        "Here is how the three open models line up.\n\n"
        "| Spec | Falconet 9 | Llama 4 Maverick | Orca-Max |\n"
        "|---|---|---|---|\n"
        "| Total parameters | 900B | 400B | 250B |\n"
        "| Active parameters | 40B | 17B | 22B |\n"
        "| Architecture | Dense | Mixture of experts | MoE |\n",
        "2025-08-01",
        (
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
            ("Llama 4 Maverick", "params_active", 17_000_000_000),
            ("Llama 4 Maverick", "architecture", "moe"),
        ),
        (
            ("Llama 4 Maverick", "params_total", 900_000_000_000),
            ("Llama 4 Maverick", "params_total", 250_000_000_000),
            ("Llama 4 Maverick", "architecture", "dense"),
        ),
    ),
    RuleCase(
        "a-cell-with-one-value-per-named-model-is-split",
        "We compared long-context support across vendors.\n\n"
        "| | Orca-Max | Llama 4 Maverick |\n"
        "|---|---|---|\n"
        "| Context window | 200K | 1M (Maverick) / 10M (Scout) |\n",
        "2025-08-01",
        (
            ("Llama 4 Maverick", "context_window", 1_000_000),
            ("Llama 4 Scout", "context_window", 10_000_000),
        ),
        (
            ("Llama 4 Maverick", "context_window", 10_000_000),
            ("Llama 4 Maverick", "context_window", 200_000),
        ),
    ),
    RuleCase(
        "older-meta-column-is-the-comparison",
        "# Llama 2 paper notes\n\nLlama 2 doubles the training data of its predecessor.\n\n"
        "| Aspect | LLaMA 1 | Llama 2 |\n"
        "|---|---|---|\n"
        "| Context window | 2048 | 4096 |\n"
        "| Licence | Research only | Commercial use allowed |\n",
        "2023-07-20",
        (("Llama 2", "context_window", 4096),),
        (("Llama 1", "context_window", None), ("Llama 1", "openness", None)),
    ),
    RuleCase(
        "table-without-outer-pipes",
        "Two mid-size models compared.\n\n"
        "Spec | Orca-Max | Llama 3.1 70B\n"
        "---|---|---\n"
        "Context window | 32K | 128K\n"
        "Licence | Apache 2.0 | Llama 3.1 Community\n",
        "2024-09-01",
        (("Llama 3.1", "context_window", 128_000),),
        (("Llama 3.1", "context_window", 32_000),),
    ),
    RuleCase(
        "a-blank-line-ends-a-table",
        "Two tables follow.\n\n"
        "| Spec | Llama 3.1 70B |\n|---|---|\n| Context window | 128K |\n\n"
        "| Spec | Orca-Max |\n|---|---|\n| Context window | 32K |\n",
        "2024-09-01",
        (("Llama 3.1", "context_window", 128_000),),
        (("Llama 3.1", "context_window", 32_000),),
    ),
    # negatives: rows that are no attribute, and a table of other labs' models only
    RuleCase(
        "benchmark-rows-give-nothing",
        "Meta's Llama 4 Maverick is out with 400B parameters.\n\n"
        "| Benchmark | Llama 4 Maverick | Orca-Max |\n"
        "|---|---|---|\n"
        "| Reasoning suite | 80.5 | 84.1 |\n",
        "2025-08-01",
        (("Llama 4 Maverick", "params_total", 400_000_000_000),),
        (("Llama 4 Maverick", "context_window", None),),
    ),
    RuleCase(
        "other-labs-columns-give-nothing",
        "Llama 4 Scout has a 10M-token context window.\n\n"
        "| Spec | Falconet 9 | Orca-Max |\n"
        "|---|---|---|\n"
        "| Context window | 128K | 200K |\n"
        "| Total parameters | 900B | 250B |\n",
        "2025-08-01",
        (("Llama 4 Scout", "context_window", 10_000_000),),
        (("Llama 4 Scout", "context_window", 128_000), ("Llama 4 Scout", "params_total", None)),
    ),
]


@pytest.mark.parametrize("case", TRANSPOSED_CASES, ids=[c.id for c in TRANSPOSED_CASES])
def test_transposed_table_case(case: RuleCase) -> None:
    check_rule_case(case)


# (1b) "Open source | Yes": a yes/no field says the weights are open; "No" says nothing
OPEN_FIELD_CASES = [
    RuleCase(
        "open-source-column-answered-yes",
        "Which models can you download?\n\n"
        "| Model | Open source | Context |\n|---|---|---|\n"
        "| Llama 3.1 405B | Yes | 128K |\n| Orca-Max | No | 200K |\n",
        "2024-09-01",
        (("Llama 3.1", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "open-source-answered-no-says-nothing",
        "Llama 3.1 70B is served by a vendor.\n\nOpen source: No\n",
        "2024-09-01",
        (),
        (("Llama 3.1", "openness", None),),
    ),
]


@pytest.mark.parametrize("case", OPEN_FIELD_CASES, ids=[c.id for c in OPEN_FIELD_CASES])
def test_open_field_case(case: RuleCase) -> None:
    check_rule_case(case)


# (2) "Release dateJuly 23rd 2024The day the model came out.": a label glued to its value
GLUED_CARD_CASES = [
    RuleCase(
        "glued-card-fields-read-with-their-labels",
        "# Llama 3.1 70B\n\nLlama 3.1 70B is a text model from Meta.\n\n"
        "Release dateJuly 23rd 2024The day this model became available.\n"
        "Context window128kHow many tokens a single request may hold.\n"
        "Open sourceYesWhether the weights can be downloaded.\n",
        "2024-10-01",
        (
            ("Llama 3.1", "release_date", "2024-07-23"),
            ("Llama 3.1", "context_window", 128_000),
            ("Llama 3.1", "openness", "open_weights"),
        ),
        (),
    ),
    RuleCase(
        "glued-bullet-without-description",
        "# Llama 4 Scout at a glance\n\n- Total Params109B\n- Context Window10M tokens\n",
        "2025-05-01",
        (
            ("Llama 4 Scout", "params_total", 109_000_000_000),
            ("Llama 4 Scout", "context_window", 10_000_000),
        ),
        (),
    ),
    # negatives: a comparison table whose cells ran together, and a label in prose
    RuleCase(
        "run-together-table-cells-give-nothing",
        "# Llama 4 Maverick against its rivals\n\n"
        "Llama 4 MaverickOrca-MaxFalconet 9\n"
        "Context window1M tokens200K tokens128K tokens\n"
        "Total params400B250B900B\n"
        "LicenseLlama 4 CommunityApache 2.0MIT\n",
        "2025-08-01",
        (),
        (
            ("Llama 4 Maverick", "context_window", None),
            ("Llama 4 Maverick", "params_total", None),
            ("Llama 4 Maverick", "license", None),
        ),
    ),
    RuleCase(
        "a-label-word-opening-prose-is-no-field",
        "# Llama 3 notes\n\nLlama 3 is a dense model.\n\nArchitecture matters less than data.\n",
        "2024-05-01",
        (("Llama 3", "architecture", "dense"),),
        (("Llama 3", "architecture", "moe"),),
    ),
]


@pytest.mark.parametrize("case", GLUED_CARD_CASES, ids=[c.id for c in GLUED_CARD_CASES])
def test_glued_card_case(case: RuleCase) -> None:
    check_rule_case(case)


# (3) "│   ├── Context: 8K": an outline tree's branches read as "Key: value" lines
TREE_CASES = [
    RuleCase(
        "tree-branches-read-as-fields",
        "Meta shipped Llama 3 this spring.\n\n"
        "Llama 3 at a glance:\n"
        "├── Architecture: Dense decoder-only transformer\n"
        "│   ├── Grouped query attention\n"
        "└── Context: 8,192 tokens\n",
        "2024-05-01",
        (("Llama 3", "architecture", "dense"), ("Llama 3", "context_window", 8192)),
        (),
    ),
    RuleCase(
        "numbered-listing-of-a-tree",
        "Meta shipped Llama 3 this spring.\n\n"
        "1Llama 3 setup:\n"
        "2├── Hardware: 16,000 accelerators from a chip vendor\n"
        "3│   └── Two clusters\n"
        "4├── Architecture: Dense transformer\n",
        "2024-05-01",
        (("Llama 3", "architecture", "dense"),),
        (),
    ),
    # negative: a training run's sequence length is not the served window
    RuleCase(
        "training-sequence-length-is-no-window",
        "Meta shipped Llama 3 this spring.\n\n"
        "Llama 3 training run:\n"
        "├── Tokens: 15T\n"
        "└── Sequence Length: 8,192 tokens\n",
        "2024-05-01",
        (),
        (("Llama 3", "context_window", None),),
    ),
]


@pytest.mark.parametrize("case", TREE_CASES, ids=[c.id for c in TREE_CASES])
def test_tree_case(case: RuleCase) -> None:
    check_rule_case(case)
