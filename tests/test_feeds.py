"""Feed parsing from self-describing fixtures, and local archive sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers_fetch import FEEDS, NOW, fast_http

from llamawatch.config import demo_archive_path
from llamawatch.extractors.feeds import decode_html, local_target, parse_feed
from llamawatch.records import FetchResult, Source
from llamawatch.sources.fetch import fetch_sources

FIXTURES = sorted(
    p for p in FEEDS.iterdir() if p.is_file() and not p.name.endswith(".expected.json")
)


def parse_fixture(path: Path) -> tuple[dict, object]:
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text())
    result = FetchResult(
        source=Source(name="fixture", url="https://fixtures.example.org/" + path.name),
        url="https://fixtures.example.org/" + path.name,
        status=200,
        content=path.read_bytes(),
    )
    return expected, parse_feed(result)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_feed_fixture(path: Path) -> None:
    expected, parsed = parse_fixture(path)
    if "error" in expected:
        assert parsed.error and expected["error"] in parsed.error
        assert parsed.posts == ()
        return
    assert parsed.error is None
    assert parsed.version == expected["version"]
    assert [p.title for p in parsed.posts] == expected["titles"]
    assert [p.url for p in parsed.posts] == expected["urls"]
    assert [p.summary_only for p in parsed.posts] == expected["summary_only"]
    published = [p.published.isoformat() if p.published else None for p in parsed.posts]
    assert published == expected["published"]
    assert parsed.ttl_minutes == expected["ttl_minutes"]
    assert (parsed.problem is not None) == expected["problem"]
    if "content_types" in expected:
        assert [p.content_type for p in parsed.posts] == expected["content_types"]
    assert all(p.key and p.source_name == "fixture" for p in parsed.posts)


def test_bytes_naming_a_file_are_never_opened() -> None:
    # feedparser opens a str/bytes argument as a path; parse_feed must not let it.
    secret = FEEDS / "rss20.xml"
    result = FetchResult(
        source=Source(name="s", url="https://x.example.org/"),
        url="https://x.example.org/",
        status=200,
        content=str(secret).encode(),
    )
    parsed = parse_feed(result)
    assert parsed.posts == ()
    assert parsed.error


def test_decode_html_falls_back_when_declared_charset_lies() -> None:
    body = "<p>déjà vu</p>".encode("latin-1")
    assert decode_html(body, {"Content-Type": "text/html; charset=utf-8"}) == "<p>déjà vu</p>"
    assert decode_html("<p>naïve</p>".encode(), {}) == "<p>naïve</p>"
    meta = '<meta charset="iso-8859-1"><p>façade</p>'.encode("latin-1")
    assert "façade" in decode_html(meta, {})


def test_local_target_maps_links_under_the_base() -> None:
    bases = ("https://demo.llamawatch.invalid/",)
    assert local_target("https://demo.llamawatch.invalid/posts/a.html", bases) == "posts/a.html"
    assert local_target("https://elsewhere.example.org/posts/a.html", bases) is None


def write_archive(folder: Path) -> None:
    (folder / "posts").mkdir(parents=True)
    (folder / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://arch.llamawatch.invalid/">'
        "<title>Archive</title><id>urn:arch</id><updated>2025-01-01T00:00:00Z</updated>"
        "<entry><title>Mapped</title><id>urn:arch:1</id>"
        '<link href="posts/one.html"/><updated>2025-01-01T00:00:00Z</updated>'
        "<summary>teaser</summary></entry>"
        "<entry><title>Missing file</title><id>urn:arch:2</id>"
        '<link href="posts/nothing.html"/><updated>2025-01-02T00:00:00Z</updated>'
        "<summary>teaser two</summary></entry>"
        "</feed>",
        encoding="utf-8",
    )
    (folder / "posts" / "one.html").write_text(
        "<html><head><title>One</title></head><body><p>Llama 3 was released.</p></body></html>",
        encoding="utf-8",
    )
    (folder / "loose.md").write_text(
        "---\ntitle: Loose note\nurl: https://notes.example.org/loose\n---\nCode Llama is out.\n",
        encoding="utf-8",
    )
    (folder / "data.json").write_text('{"not": "a feed"}', encoding="utf-8")


def test_archive_folder_reads_feed_files_and_loose_posts(tmp_path: Path) -> None:
    write_archive(tmp_path)
    [result] = fetch_sources(
        [Source(name="arch", url=str(tmp_path), kind="archive")], fast_http(), {}, now=NOW
    )
    assert result.status == "ok", result.error
    by_title = {p.title: p for p in result.posts}
    assert set(by_title) == {"Mapped", "Missing file", "Loose note"}
    assert "Llama 3 was released" in by_title["Mapped"].body
    assert by_title["Mapped"].url == "https://arch.llamawatch.invalid/posts/one.html"
    # An archive link is never fetched over HTTP, even without a matching file.
    assert not any(p.summary_only for p in result.posts)
    assert any("nothing.html" in problem for problem in result.problems)
    assert by_title["Loose note"].url == "https://notes.example.org/loose"


def test_local_feed_file_and_file_url(tmp_path: Path) -> None:
    write_archive(tmp_path)
    feed = tmp_path / "feed.xml"
    sources = [
        Source(name="path", url=str(feed)),
        Source(name="fileurl", url=feed.as_uri()),
        Source(name="page", url=str(tmp_path / "posts" / "one.html"), kind="page"),
        Source(name="nowhere", url=str(tmp_path / "absent.xml")),
    ]
    results = fetch_sources(sources, fast_http(), {}, now=NOW)
    assert [r.status for r in results] == ["ok", "ok", "ok", "failed"]
    assert len(results[0].posts) == 2
    # The same feed twice in one batch: the second copy's entries are duplicates.
    assert results[1].posts == [] and "2 duplicate entries skipped" in results[1].problems
    [alone] = fetch_sources(sources[1:2], fast_http(), {}, now=NOW)
    assert len(alone.posts) == 2
    assert results[2].posts[0].title == "One"
    assert "no such file" in (results[3].error or "")


def test_unreadable_post_file_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Llama Guard\nA safety classifier.\n", encoding="utf-8")
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    [result] = fetch_sources(
        [Source(name="dir", url=str(tmp_path), kind="archive")], fast_http(), {}, now=NOW
    )
    assert result.status == "ok"
    assert [p.title for p in result.posts] == ["Llama Guard"]
    assert len(result.problems) == 1


@pytest.mark.skipif(
    not (demo_archive_path() / "feed.xml").exists(), reason="demo archive not bundled yet"
)
def test_demo_archive_reads_without_network() -> None:
    [result] = fetch_sources(
        [Source(name="demo", url="demo", kind="archive")], fast_http(), {}, now=NOW
    )
    assert result.status == "ok", result.error
    assert result.posts
    assert all(".invalid/" in p.url for p in result.posts)
    assert not any(p.summary_only for p in result.posts)
    assert all(len(p.body) > 200 for p in result.posts)
    assert result.notice is None  # an archive is never reported as silent
