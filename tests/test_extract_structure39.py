"""Structure rules from a thirty-ninth round: facts carried by a page's layout, not prose.

A wiki infobox kept as its source ("{{Infobox software", "| released = …", "}}"), read
as a record of the model its name field names; a card whose name line carries a version
("Llama 3.2 (…)") over lines of sizes; a provider's spec lines without a colon ("Context
Window 8,192 Tokens", "License Proprietary"); and what stays silent: a caption put as an
indirect question, a variant's expert tag ("17B-16E"), a hub id in a command. Each
``RuleCase`` (helpers_extract) holds a post, the facts that must come out and the ones
that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

from llamawatch.extractors.numbers import find_quantities
from llamawatch.extractors.sentences import infobox_fields

CASES = [
    # an infobox's source: each field said of the model the name field names; a licence
    # of several parts gives each part to the model its bracket names
    RuleCase(
        "infobox-source-record",
        "A stub about the first Llama release\n\n"
        "{{Infobox software\n"
        "| name = LLaMA\n"
        "| developer = [[Meta AI]]\n"
        "| released = {{Start date and age|2023|2|24|df=yes}}\n"
        "| latest release date = {{Start date|2025|04|05}}\n"
        "| license = Llama 3 Community License (Llama 3); Llama 2 Community License "
        "(Llama 2)\n"
        "}}\n\n"
        "The article body would go on from here.\n",
        "2026-01-10",
        (
            ("Llama 1", "release_date", "2023-02-24"),
            ("Llama 2", "license", "llama-2-community"),
            ("Llama 3", "license", "llama-3-community"),
        ),
        (
            ("Llama 1", "release_date", "2025-04-05"),
            ("Llama 1", "license", None),
        ),
    ),
    # the same source escaped inside a feed's summary ("&lt;br /&gt;" after each field)
    RuleCase(
        "infobox-source-escaped",
        "Revision feed of a wiki page\n\n"
        "&lt;span&gt;{{Infobox software&lt;br /&gt;\n"
        "| name = Llama 2&lt;br /&gt;\n"
        "| released = {{Start date|2023|07|18}}&lt;br /&gt;\n"
        "| type = [[Large language model]]&lt;br /&gt;\n"
        "}}&lt;br /&gt;\n",
        "2026-01-10",
        (("Llama 2", "release_date", "2023-07-18"),),
        (("Llama 2", "architecture", None),),
    ),
    # a box of the family as a whole, or a template's blank fields, names no one model
    RuleCase(
        "infobox-family-silent",
        "What the family page says\n\n"
        "{{Infobox software\n"
        "| name = Llama\n"
        "| released = {{Start date|2023|02|24}}\n"
        "| license = Llama 4 Community License\n"
        "}}\n\n"
        "{{Infobox software\n"
        "| name = <!-- the program's name -->\n"
        "| released = <!-- {{Start date|YYYY|MM|DD}} -->\n"
        "}}\n",
        "2026-01-10",
        (),
        (
            ("Llama 1", "release_date", None),
            ("Llama 4 Scout", "license", None),
            ("Llama 4 Maverick", "license", None),
        ),
    ),
    # a card whose name carries a version's point, over lines of sizes (one with a
    # variant's note in brackets): the largest is the model's size
    RuleCase(
        "card-versioned-name-sizes",
        "How big each release is\n\n"
        "The sizes, release by release:\n\n"
        "Llama 3.2 (autumn 2024)\n"
        "1B parameters\n"
        "3B parameters\n"
        "11B parameters (sees images)\n"
        "90B parameters (sees images)\n"
        "Llama 3.3 (end of 2024)\n"
        "70B parameters\n\n"
        "That is all for the sizes.\n",
        "2025-02-01",
        (
            ("Llama 3.2", "params_total", 90_000_000_000),
            ("Llama 3.3", "params_total", 70_000_000_000),
        ),
        (("Llama 3.3", "params_total", 90_000_000_000),),
    ),
    # a provider's spec list: "Key Value" lines with no colon, the unit in Title Case
    RuleCase(
        "provider-spec-lines",
        "Llama Guard 3 on our cloud\n\n"
        "Llama Guard 3 is a classifier for content safety that we host for you.\n\n"
        "Hosted Region Europe\n"
        "Context Window 8,192 Tokens\n"
        "Endpoint https://example.org/v1\n",
        "2025-03-01",
        (("Llama Guard", "context_window", 8192),),
        (),
    ),
    # a model page's licence line with no colon names the licence of the page's model
    RuleCase(
        "licence-line-proprietary",
        "Muse Spark\n\n"
        "Meta Superintelligence Labs built Muse Spark, a reasoning model for its apps.\n\n"
        "License Proprietary\n\n"
        "More details follow in the sections below.\n",
        "2026-04-12",
        (("Muse Spark", "license", "proprietary"),),
        (),
    ),
    # a chart's caption as an indirect question says nothing of the model in focus
    RuleCase(
        "wh-caption-silent",
        "Llama 4 Maverick against a rival lab's model\n\n"
        "Llama 4 Maverick has the higher score on two of the tests shown.\n\n"
        "Release Timeline\n\n"
        "When each model was launched\n",
        "2026-05-01",
        (),
        (("Llama 4 Maverick", "status", None),),
    ),
    # a variant's tag counts the active parameters, and a hub id in a command names a
    # checkpoint in use: neither gives a size
    RuleCase(
        "expert-tag-and-command-silent",
        "Serving the new herd\n\n"
        "Our server now runs the two new ones, Scout (17B-16E) and Maverick (17B-128E).\n\n"
        "To start it on one node:\n\n"
        "vllm serve meta-llama/Llama-3.1-70B-Instruct \\\n"
        "  --max-model-len 100000\n",
        "2025-04-08",
        (),
        (
            ("Llama 4 Scout", "params_total", 17_000_000_000),
            ("Llama 4 Maverick", "params_total", 17_000_000_000),
            ("Llama 3.1", "params_total", None),
        ),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_structure_rule(case: RuleCase) -> None:
    check_rule_case(case)


def test_infobox_fields_plain_values() -> None:
    block = (
        "{{Infobox software\n"
        "| name = [[Example|Ex]]<ref>a note</ref>\n"
        "| released = {{start date and age|2024|7|23}}\n"
        "| Latest_Release_Date = {{Start date|2025|4}}\n"
        "| website = {{URL|example.org}}"
    )
    assert infobox_fields(block) == (
        ("name", "Ex"),
        ("released", "2024-07-23"),
        ("latest release date", "2025-04"),
        ("website", ""),
    )


def test_expert_tag_is_no_quantity() -> None:
    assert [q.value for q in find_quantities("Scout (17B-16E), 109B total")] == [109 * 10**9]
    assert [q.value for q in find_quantities("a 17B model with 16 experts")] == [17 * 10**9]
