"""Names that point at each other: codenames tied to the names models ship under."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers_extract import catalog, describe, facts_of, find

from llamawatch.extractors.names import extract_name_links, find_links
from llamawatch.records import ArticleText, NameLink


def _article(text: str, title: str = "") -> ArticleText:
    return ArticleText(url="urn:test", title=title, text=text, published=dt.date(2026, 4, 10))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meta rolls out Quill Lark (codename Avocado) to its apps.", ("Quill Lark", "Avocado")),
        ("Quill Lark, codenamed Avocado, reached users on Friday.", ("Quill Lark", "Avocado")),
        ("Avocado, referred to internally as Llama 5, keeps slipping.", ("Avocado", "Llama 5")),
        ("The system codenamed Avocado was launched as Quill Lark.", ("Quill Lark", "Avocado")),
        (
            "Quill Lark — internally called 'Avocado' — is a closed model.",
            ("Quill Lark", "Avocado"),
        ),
    ],
)
def test_link_forms(text: str, expected: tuple[str, str]) -> None:
    assert expected in find_links(text)


def test_links_need_models_on_both_sides() -> None:
    article = _article("Paris, known internally as Blue Hall, hosted the meeting of the board.")
    assert extract_name_links(article, catalog()) == []


def test_link_between_a_new_name_and_a_codename() -> None:
    article = _article(
        "Meta launched Quill Lark on Tuesday as a proprietary AI model for its apps. "
        "Quill Lark, codenamed Avocado, answers in text and images."
    )
    (link,) = extract_name_links(article, catalog())
    assert link == NameLink(name="Quill Lark", alias="Avocado", evidence=link.evidence)
    assert "codenamed Avocado" in link.evidence


def test_facts_stay_under_the_name_the_model_ships_under() -> None:
    facts = facts_of(
        "Meta launched Quill Lark on April 8, 2026 as a proprietary AI model.\n\n"
        "Quill Lark (codename Avocado) is closed: Avocado offers no downloadable weights.",
        "2026-04-10",
    )
    assert find(facts, "Quill Lark", "status", "released"), describe(facts)
    assert find(facts, "Quill Lark", "openness", "closed"), describe(facts)
    assert not find(facts, "Avocado"), describe(facts)


def test_without_a_link_the_codename_keeps_its_facts() -> None:
    facts = facts_of("Avocado, Meta's next frontier model, is due in June 2026.", "2026-04-10")
    assert find(facts, "Avocado", "status", "upcoming"), describe(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Meta rolled out its newest reasoning AI model, 'Quill Crest', to a few users.",
        "Meta has officially launched Quill Crest, the first model of its new lab.",
        "Quill Crest, launched on Monday, is the first model to come out of Meta's new lab.",
        "Meta released “Quill Crest”, its new model, at a press event.",
    ],
)
def test_a_new_meta_model_named_in_launch_language_is_found(text: str) -> None:
    facts = facts_of(text, "2031-03-04")
    assert find(facts, "Quill Crest", "status", "released"), describe(facts)


def test_a_person_before_a_codename_is_not_the_model() -> None:
    text = (
        "Meta launched Quill Crest today. It was built by the team under Dana Whitlock "
        "(code-named Fernleaf) over nine months."
    )
    article = ArticleText(
        url="https://example.org/q", title="", text=text, published=dt.date(2031, 3, 4)
    )
    links = extract_name_links(article, catalog())
    assert all(link.name != "Dana Whitlock" for link in links), links
    facts = facts_of(text, "2031-03-04")
    assert not find(facts, "Dana Whitlock", None, None), describe(facts)


def test_an_originally_codenamed_product_keeps_the_facts_said_of_it_later() -> None:
    text = (
        "Meta Quill Crest (originally codenamed Avocado) is the first model of Meta's new "
        "lab. It launched on May 8, 2031 on the Meta AI app."
    )
    facts = facts_of(text, "2031-06-01")
    assert find(facts, "Quill Crest", "status", "released"), describe(facts)
    assert find(facts, "Quill Crest", "release_date", "2031-05-08"), describe(facts)
    assert not find(facts, "Avocado", None, None), describe(facts)


def test_a_member_introduced_by_its_short_name_as_metas_model_is_that_member() -> None:
    # the post never names the generation, only "its flagship AI model, 'Behemoth'"
    text = (
        'Meta is delaying the release of its flagship AI model, "Behemoth", people said. '
        "Behemoth has been pushed to the fall."
    )
    facts = facts_of(text, "2025-05-16")
    assert find(facts, "Llama 4 Behemoth", "status", "upcoming"), describe(facts)


def test_a_short_name_as_a_common_word_is_no_member() -> None:
    text = "Meta's new data centre is a behemoth. The Maverick team won the cup."
    assert facts_of(text, "2025-05-16") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meta introduced Brightfeed, a feed of short videos made by its models.", []),
        ("Meta unveiled Lumen, its first glasses with a display, at the event.", []),
        (
            "Meta released Quill Crest, its new video generation model, to creators.",
            ["Quill Crest"],
        ),
        (
            "Meta launched Quill Crest, the company's most capable AI system so far.",
            ["Quill Crest"],
        ),
    ],
)
def test_a_launched_name_said_to_be_a_product_is_no_model(text: str, expected: list[str]) -> None:
    from llamawatch.extractors.new_names import find_new_model_names

    assert find_new_model_names(text, catalog()) == expected
