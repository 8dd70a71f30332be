"""The sentence readers run from one table: adding an attribute's reader is one row there."""

from __future__ import annotations

import pytest
from helpers_extract import facts_of, find

from llamawatch.attributes import SPECS
from llamawatch.extractors import readers
from llamawatch.extractors.readers import SENTENCE_READERS, Add, SentenceReader

POST = "Meta released Llama 3.1, a dense Transformer with a 128K context window."


def test_every_table_row_names_a_known_attribute_once() -> None:
    names = [reader.attribute for reader in SENTENCE_READERS]
    assert len(names) == len(set(names))
    assert set(names) <= set(SPECS)
    assert all(
        reader.keys and all(k == k.lower() for k in reader.keys) for reader in SENTENCE_READERS
    )


def test_the_extractor_runs_what_the_table_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    assert find(facts_of(POST), "Llama 3.1", "context_window", 128_000)
    without = tuple(r for r in SENTENCE_READERS if r.attribute != "context_window")
    monkeypatch.setattr(readers, "SENTENCE_READERS", without)
    facts = facts_of(POST)
    assert not find(facts, "Llama 3.1", "context_window")
    assert find(facts, "Llama 3.1", "architecture", "dense")


def test_a_new_row_is_read_only_where_its_key_words_appear(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []

    def read_marker(text: str, add: Add) -> None:
        seen.append(text)

    row = SentenceReader("context_window", ("zebra",), read_marker)
    monkeypatch.setattr(readers, "SENTENCE_READERS", (*SENTENCE_READERS, row))
    facts_of("Meta released Llama 3.1 today. A zebra crossed the road near Llama 3.1's team.")
    assert seen and all("zebra" in text.lower() for text in seen)
