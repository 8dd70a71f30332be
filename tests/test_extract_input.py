"""Reading posts: local files, HTML text and dates, and bad input that must not crash."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from helpers_extract import catalog

from llamawatch.errors import ExtractError, ParseError
from llamawatch.extractors.article import extract_text
from llamawatch.extractors.local import POST_SUFFIXES, read_post_file
from llamawatch.extractors.pipeline import extract_post, extract_posts
from llamawatch.records import Post

CORPUS = Path(__file__).parent / "data/extract/corpus/posts"


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: A note\nurl: https://example.org/note\npublished: 2025-04-06\nguid: n-1\n---\n"
        "Llama 4 Scout is out.\n",
        encoding="utf-8",
    )
    post = read_post_file(path)
    assert (post.title, post.url, post.published, post.guid) == (
        "A note",
        "https://example.org/note",
        dt.date(2025, 4, 6),
        "n-1",
    )
    assert post.content_type == "markdown" and post.body.strip() == "Llama 4 Scout is out."


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2025-04", dt.date(2025, 4, 30)),
        ("April 2025", dt.date(2025, 4, 30)),
        ("Feb 2024", dt.date(2024, 2, 29)),
        ("2024", dt.date(2024, 12, 31)),
    ],
)
def test_a_month_or_year_only_date_is_the_period_end_whatever_the_day(
    tmp_path: Path, written: str, expected: dt.date
) -> None:
    # the post was out by the period's end at the latest; and dateutil fills a missing
    # day from today, so the same file must date the same every day
    path = tmp_path / "month.md"
    path.write_text(f"---\ntitle: t\npublished: '{written}'\n---\nLlama 4 Scout is out.\n")
    assert read_post_file(path).published == expected


def test_markdown_without_front_matter_uses_path_and_heading(tmp_path: Path) -> None:
    path = tmp_path / "bare.markdown"
    path.write_text("# Llama news\n\nLlama 3 is out.\n", encoding="utf-8")
    post = read_post_file(path)
    assert post.url == str(path) and post.title == "Llama news" and post.published is None


def test_text_file_first_line_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text("\nMeta ships Llama 3.3\nThe model is out.\n", encoding="utf-8")
    post = read_post_file(path)
    assert post.title == "Meta ships Llama 3.3" and post.content_type == "text"


def test_html_metadata_title_date_and_canonical_url() -> None:
    post = read_post_file(CORPUS / "press-llama-2.html")
    assert post.title == "Meta opens Llama 2 to businesses"
    assert post.published == dt.date(2023, 7, 19)
    assert post.url == "https://news.example.org/2023/07/llama-2-business"
    article = extract_text(post)
    assert "Meta yesterday released Llama 2" in article.text
    assert "window.analytics" not in article.text and "Copyright" not in article.text


def test_html_date_falls_back_to_htmldate() -> None:
    page = (
        "<html><head><title>t</title></head><body><article><p>Posted on 2024-12-06.</p>"
        "<p>Meta released Llama 3.3 with 70 billion parameters to developers around the world "
        "today, and the weights can be downloaded from the usual model hubs.</p></article>"
        "</body></html>"
    )
    article = extract_text(Post(url="u", title="t", body=page, content_type="html"))
    assert article.published == dt.date(2024, 12, 6)


def test_feed_date_wins_over_page_metadata() -> None:
    page = (CORPUS / "press-llama-2.html").read_text(encoding="utf-8")
    post = Post(url="u", title="t", body=page, content_type="html", published=dt.date(2023, 7, 20))
    assert extract_text(post).published == dt.date(2023, 7, 20)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.md", b"   \n", "empty"),
        ("binary.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("notes.pdf", b"%PDF-1.4", "unsupported"),
        ("front-only.md", b"---\ntitle: x\n---\n", "no text"),
    ],
)
def test_unreadable_files_raise_parse_error(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ParseError, match=reason):
        read_post_file(path)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("latin1.md", "Llama 2 est publi\xe9 en juillet".encode("latin-1"), "publié en juillet"),
        (
            "saved.html",
            "<html><head><title>R\xe9sum\xe9</title></head><body><p>Caf\xe9 “news”</p>"
            "</body></html>".encode("cp1252"),
            "Café “news”",
        ),
        (
            "declared.html",
            '<meta charset="ISO-8859-1"><title>x</title><p>na\xefve d\xe9j\xe0 vu'.encode(
                "latin-1"
            ),
            "naïve déjà vu",
        ),
    ],
)
def test_files_in_windows_1252_or_latin_1_are_read_not_refused(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert expected in read_post_file(path).body


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="date" content>',
        "<meta name=\"date\" content=''>",
        '<meta property="og:title" content><meta name="description" content=>',
        '<meta content><meta name><meta property="article:published_time" content="0001-01-01">',
    ],
)
def test_meta_tags_without_a_content_value_do_not_crash(tmp_path: Path, head: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head>{head}<title>Llama news</title></head>"
        "<body><p>Meta released Llama 9 today.</p></body></html>",
        encoding="utf-8",
    )
    post = read_post_file(path)
    assert post.title == "Llama news"
    assert post.published is None
    assert "Llama 9" in extract_text(post).text


def test_missing_and_huge_files(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="not found"):
        read_post_file(tmp_path / "nope.md")
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"Llama 3 is out. " * 400_000)  # 6.4 MB
    with pytest.raises(ParseError, match="too large"):
        read_post_file(huge)
    assert {".md", ".txt", ".html"} <= POST_SUFFIXES


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        ("", "markdown", "empty"),
        ("Llama 3 is out. " * 350_000, "text", "too large"),
        ("\x00\x01\x02 binary \x03\x04" * 50, "text", "binary"),
        ("Llama \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd bytes" * 20, "text", "UTF-8"),
        ("<html><script>var x = 1;</script><style>p{}</style></html>", "html", "script"),
        ("<script>alert(1)</script>", "markdown", "script"),
    ],
)
def test_bad_posts_yield_no_facts_and_one_logged_reason(
    body: str, content_type: str, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    post = Post(url="urn:bad", title="", body=body, content_type=content_type)  # type: ignore[arg-type]
    with caplog.at_level(logging.WARNING):
        result = extract_post(post, catalog())
    assert result.facts == () and result.error is not None
    assert reason.lower() in result.error.lower()
    messages = [r.getMessage() for r in caplog.records if "urn:bad" in r.getMessage()]
    assert len(messages) == 1 and reason.lower() in messages[0].lower()


def test_a_bad_post_does_not_stop_the_batch() -> None:
    good = Post(
        url="urn:good",
        title="",
        body="Llama 3.3 was released today.",
        content_type="text",
        published=dt.date(2024, 12, 6),
    )
    bad = Post(url="urn:bad", title="", body="\x00" * 10, content_type="text")
    results = extract_posts([bad, good, bad], catalog())
    assert [r.error is None for r in results] == [False, True, False]
    assert any(f.attribute == "status" for f in results[1].facts)


def test_html_without_text_is_an_extract_error() -> None:
    with pytest.raises(ExtractError):
        extract_text(
            Post(url="u", title="", body="<html><body></body></html>", content_type="html")
        )
