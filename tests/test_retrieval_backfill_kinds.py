"""Sitemaps, RFC 5005 feed archives and URL lists are kinds of the retrieval registry.

Backfill asks the registry what a SOURCE is (``kind_for(..., backfill=True)``, and
``kind_for_document`` for what a URL holds); ``run`` never sees these kinds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from llamawatch.records import FetchResult, Source
from llamawatch.sources import archive, retrieval

SITEMAP = b"""<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://news.example/a</loc></url>
  <url><loc>https://news.example/b</loc></url>
</urlset>"""
INDEX = b"""<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example/more.xml</loc></sitemap>
</sitemapindex>"""
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>One</title><link>https://news.example/one</link><guid>g1</guid></item>
</channel></rss>"""


def _result(content: bytes, url: str = "https://news.example/sitemap.xml") -> FetchResult:
    return FetchResult(
        source=Source(name="archive", url=url, kind="archive"), url=url, status=200, content=content
    )


def test_the_backfill_kinds_are_registry_entries() -> None:
    names = [kind.name for kind in retrieval.kinds(backfill=True)]
    assert {"feed-archive", "sitemap", "url-list"} <= set(names)
    # run's view of the registry is unchanged
    assert not {"feed-archive", "sitemap", "url-list"} & {k.name for k in retrieval.kinds()}
    with pytest.raises(ValueError, match="built-in"):
        retrieval.register("sitemap", claims=bool, retrieve=archive._retrieve_document, parse=list)


def test_local_files_are_claimed_by_what_they_are(tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("# pages\nhttps://news.example/a\nhttps://news.example/b\n", "utf-8")
    feed = tmp_path / "feed.xml"
    feed.write_bytes(FEED)
    post = tmp_path / "post.txt"
    post.write_text("A title\n\nSome words of a post.\n", "utf-8")
    assert retrieval.kind_for(str(urls), backfill=True) is archive.URL_LIST
    assert retrieval.kind_for(str(feed), backfill=True) is archive.FEED_ARCHIVE
    assert retrieval.kind_for(str(post), backfill=True).name == "local-file"
    # without backfill a URL list is just a local file (run reads it as a post)
    assert retrieval.kind_for(str(urls)).name == "local-file"


def test_a_url_is_classified_by_the_document_it_holds() -> None:
    assert retrieval.kind_for("https://news.example/sitemap.xml", backfill=True).name == "http"
    assert retrieval.kind_for_document(SITEMAP) is archive.SITEMAP
    assert retrieval.kind_for_document(INDEX) is archive.SITEMAP
    assert retrieval.kind_for_document(FEED) is archive.FEED_ARCHIVE
    assert retrieval.kind_for_document(b"<html><body>home</body></html>") is None


def test_each_backfill_kind_parses_one_document_into_posts() -> None:
    pages = archive.SITEMAP.parse(_result(SITEMAP))
    assert [p.url for p in pages] == ["https://news.example/a", "https://news.example/b"]
    assert all(p.summary_only and not p.body and p.key for p in pages)
    assert archive.SITEMAP.parse(_result(INDEX)) == []  # nested sitemaps are the walk's job
    listed = archive.URL_LIST.parse(_result(b"https://news.example/a # first\nnot a url\n"))
    assert [p.url for p in listed] == ["https://news.example/a"]
    entries = archive.FEED_ARCHIVE.parse(_result(FEED, "https://news.example/feed.xml"))
    assert [p.title for p in entries] == ["One"]
    assert entries[0].source_name == "archive"
