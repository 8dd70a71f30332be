"""Model mentions: names and aliases from configuration, in the forms press and hubs use."""

from __future__ import annotations

import pytest
from helpers_extract import catalog, facts_of, find

from llamawatch.config import load_settings
from llamawatch.extractors.models import ModelCatalog
from llamawatch.extractors.new_names import find_new_model_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LLaMA was a research release", [("Llama 1", None)]),
        ("the leaked LLaMa-65B weights", [("Llama 1", 65_000_000_000)]),
        ("Llama-3.1-405B-Instruct", [("Llama 3.1", 405_000_000_000)]),
        ("Meta-Llama-3-70B", [("Llama 3", 70_000_000_000)]),
        ("Llama 4's Maverick", [("Llama 4 Maverick", None)]),
        ("llama3.2 and Llama3.3", [("Llama 3.2", None), ("Llama 3.3", None)]),
        ("Llama Guard 3 1B", [("Llama Guard", 1_000_000_000)]),
        ("CodeLlama-34b-Instruct-hf", [("Code Llama", 34_000_000_000)]),
        ("Llama 3 & 3.1", [("Llama 3", None), ("Llama 3.1", None)]),
        ("Llama 3.1 is not Llama 3", [("Llama 3.1", None), ("Llama 3", None)]),
        ("Llama-33B", []),
    ],
)
def test_mention_forms(text: str, expected: list[tuple[str, int | None]]) -> None:
    mentions = [m for m in catalog().find_mentions(text) if m.kind == "model"]
    assert [(m.name, m.size) for m in mentions] == expected


def test_active_size_from_hub_expert_count() -> None:
    (mention,) = catalog().find_mentions("Llama-4-Scout-17B-16E-Instruct")
    assert mention.name == "Llama 4 Scout" and mention.size == 17_000_000_000
    assert mention.size_is_active


def test_short_names_only_when_allowed() -> None:
    text = "Scout and Maverick"
    assert catalog().find_mentions(text, short_names=False) == []
    names = [m.name for m in catalog().find_mentions(text, short_names={"Llama 4"})]
    assert names == ["Llama 4 Scout", "Llama 4 Maverick"]


def test_generation_family_and_unknown_versions() -> None:
    kinds = [
        (m.kind, m.name) for m in catalog().find_mentions("Llama 4, the Llama family, Llama 5")
    ]
    assert kinds == [("generation", "Llama 4"), ("family", "Llama"), ("new", "Llama 5")]


def test_configuration_adds_names() -> None:
    settings = load_settings(
        environ={},
        overrides={"models": [{"name": "Orca Prime", "aliases": ["OrcaP"], "generation": None}]},
    )
    custom = ModelCatalog.from_settings(settings)
    assert [m.name for m in custom.find_mentions("We tried OrcaP-7B today")] == ["Orca Prime"]
    assert custom.entry("orca-prime").name == "Orca Prime"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Meta's next frontier model, codenamed Avocado, is due in 2026.", []),  # configured
        ("Meta is building a model codenamed Papaya.", ["Papaya"]),
        ('New models, including the "Tiny Llama," an 8 billion parameter model', ["Tiny Llama"]),
        ("Meta released two new models: Llama Guard 3 and Safety Sentinel.", ["Safety Sentinel"]),
        ("Google is training a new model called Nimbus.", []),
        ("a new model called GPT-6", []),
    ],
)
def test_new_model_names(text: str, names: list[str]) -> None:
    assert find_new_model_names(text, catalog()) == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A digit-less alias of a numbered model takes no version.
        ("the 70B weights of LLaMA 3.3 run on one node", ["Llama 3.3"]),
        ("LLaMA 65B and LLaMA-13B were the first sizes", ["Llama 1", "Llama 1"]),
        # A hub id that goes on into another name part is someone else's derived model.
        ("a lab published Llama-3.1-Orcabrain-70B-Instruct", []),
        ("the startup put out LLaMA-2-7B-64K for long inputs", []),
        ("we served llama-3.1-orcabrain-70b-instruct", []),
        ("Meta-Llama-3.1-405B-Instruct-FP8 is served", ["Llama 3.1"]),
        ("Llama-2-based chat bots", ["Llama 2"]),
    ],
)
def test_derived_and_versioned_names(text: str, expected: list[str]) -> None:
    mentions = [m for m in catalog().find_mentions(text) if m.kind == "model"]
    assert [m.name for m in mentions] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The city council has named the square after a poet; the model of the plaza is old.",
        "The observatory, also known as Skyeye, is a model of engineering.",
        "Researchers found ransomware dubbed Lockbit in a model kit for phones.",
        "Meta's data centres, one of them called Hyperion, will be huge.",
        "We read Meta's Hugging Face model card for this.",
    ],
)
def test_new_model_names_need_meta_and_model_context(text: str) -> None:
    assert find_new_model_names(text, catalog()) == []


def test_new_model_name_tied_to_meta_is_found() -> None:
    text = "Meta is training a new frontier model codenamed Papaya for next year."
    assert find_new_model_names(text, catalog()) == ["Papaya"]


def test_generation_with_a_variant_word_is_its_own_model() -> None:
    mentions = catalog().find_mentions("Meta says Llama 4 Reasoning comes next.")
    assert [(m.name, m.kind) for m in mentions] == [("Llama 4 Reasoning", "new")]
    plain = catalog().find_mentions("Meta says Llama 4 comes next.")
    assert [(m.name, m.kind) for m in plain] == [("Llama 4", "generation")]


def test_names_typed_with_no_break_hyphens_and_spaces() -> None:
    # Word processors and CMSes put U+2011 and U+202F inside names to keep them on one line.
    facts = facts_of("Meta released Llama\u20113.1 with a 128K context window on\u202fTuesday.")
    assert find(facts, "Llama 3.1", "context_window", 128_000)


def test_a_name_inside_unspaced_chinese_or_japanese_text_is_found() -> None:
    # Chinese and Japanese run words together: the characters around the name end it.
    found = ModelCatalog.default().find_mentions("据报道，Meta本周推出了Llama 3模型。")
    assert [m.name for m in found] == ["Llama 3"]
    found = ModelCatalog.default().find_mentions("MetaのLlama 4 Scoutが公開された")
    assert [m.name for m in found] == ["Llama 4 Scout"]
    # Latin letters still join: "xLlama 3" is another name
    assert ModelCatalog.default().find_mentions("the xLlama 3 project") == []
