"""Pages that name no tracked model and no company that makes one skip fact reading."""

from __future__ import annotations

import pytest

from llamawatch.extractors.facts import extract_facts
from llamawatch.extractors.models import ModelCatalog
from llamawatch.extractors.pipeline import extract_post, may_state_facts
from llamawatch.records import ArticleText, Post

CATALOG = ModelCatalog.default()


def article(text: str, title: str = "Local news") -> ArticleText:
    return ArticleText(url="https://news.example/a", title=title, text=text)


@pytest.mark.parametrize(
    "text",
    [
        "The city launched a five-year programme in January to rename two streets.",
        "The app, once launched, shows the metadata of every photo in the gallery.",
        "Volunteers released a new map of the canal path under an open licence.",
    ],
)
def test_a_text_naming_no_model_or_maker_is_not_read_for_facts(text: str) -> None:
    assert not may_state_facts(article(text), CATALOG)
    post = Post(
        url="https://news.example/a", title="Local news", body=f"<p>{text}</p>", content_type="html"
    )
    extracted = extract_post(post, CATALOG)
    assert extracted.article is not None and text[:20] in extracted.article.text
    assert extracted.facts == ()


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("Meta released Llama 9 with 70B parameters.", "News", ("Llama 9", "status")),
        ("Meta's new model, called Avocado, is closed.", "News", ("Avocado", "openness")),
        ("It has 70B parameters and was released today.", "Llama 9 is out", ("Llama 9", "status")),
    ],
)
def test_a_text_naming_a_model_or_maker_is_read(
    text: str, title: str, expected: tuple[str, str]
) -> None:
    item = article(text, title)
    assert may_state_facts(item, CATALOG)
    facts = extract_facts(item, CATALOG)
    assert expected in {(f.model, f.attribute) for f in facts}


def test_the_gate_keeps_every_fact_of_the_fixture_corpus() -> None:
    from pathlib import Path

    from llamawatch.extractors.article import extract_text
    from llamawatch.extractors.local import POST_SUFFIXES, read_post_file

    root = Path(__file__).parent / "data"
    checked = 0
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in POST_SUFFIXES:
            continue
        try:
            text = extract_text(read_post_file(path))
        except Exception:  # unreadable fixtures are other tests' business
            continue
        if extract_facts(text, CATALOG):
            checked += 1
            assert may_state_facts(text, CATALOG), path
    assert checked > 20
