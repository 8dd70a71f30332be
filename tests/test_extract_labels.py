"""Labels and table rows: what is read in a unit, and the model a row or label names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from helpers_extract import catalog

from llamawatch.extractors.labels import readable_texts, row_target
from llamawatch.extractors.mentions import TOPIC, Focus, Group, Target, find_groups
from llamawatch.extractors.sentences import Unit, split_units

IN_FOCUS = Focus(("Llama 3",), False)


def groups_of(text: str) -> Sequence[Group]:
    return find_groups(text, catalog().find_mentions(text), catalog(), frozenset())


def texts(unit: Unit, focus: Focus = IN_FOCUS) -> list[tuple[str, Target | None]]:
    return readable_texts(unit, focus, dt.date(2031, 1, 1), groups_of)


def test_a_row_value_that_names_a_model_is_said_of_it() -> None:
    assert row_target("Llama 2 only", IN_FOCUS, groups_of) == Target(("Llama 2",), False)
    assert row_target("8K tokens", IN_FOCUS, groups_of) == Target(("Llama 3",), False)
    assert row_target("8K tokens", IN_FOCUS, groups_of, use_focus=False) is None


def test_a_short_labelled_line_reads_with_its_cue() -> None:
    unit = split_units("Context window: 8K tokens")[0]
    assert texts(unit) == [("context length of 8K tokens", Target(("Llama 3",), False))]


def test_a_labelled_sentence_is_about_the_topic() -> None:
    unit = split_units("Context window: it will read far more than any earlier release did")[0]
    assert texts(unit) == [
        ("it will read far more than any earlier release did (context length of)", TOPIC)
    ]


def test_a_spec_line_reads_each_pair() -> None:
    unit = split_units("License: llama3 Context: 8K")[0]
    assert [text for text, _ in texts(unit)] == ["license: Llama 3 license", "context length of 8K"]


def test_a_table_row_is_said_of_the_model_in_its_first_cell() -> None:
    rows = [
        u for u in split_units("| Model | Context |\n| --- | --- |\n| Llama 2 | 4K |") if u.table
    ]
    read = [t for u in rows for t in texts(u)]
    assert read == [("context length of 4K", Target(("Llama 2",), False))]


def test_a_plain_sentence_is_read_as_it_is() -> None:
    unit = split_units("The weights are out today.")[0]
    assert texts(unit, Focus()) == [("The weights are out today.", None)]
