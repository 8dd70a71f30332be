"""Backfill inputs: directories, URL lists, sitemaps and RFC 5005 archives, dates, plans."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from llamawatch.config import HttpSettings
from llamawatch.errors import LlamawatchError
from llamawatch.identity import content_hash
from llamawatch.sources.archive import (
    ArchiveItem,
    DateRange,
    archive_links,
    chunk_done,
    http_fetcher,
    iter_items,
    iter_posts,
    load_chunk,
    pending,
    plan_chunks,
)

ATOM = "http://www.w3.org/2005/Atom"
ATOM_TYPE = "application/atom+xml"


def fetcher():
    return http_fetcher(HttpSettings(retries=0, timeout=5))


def markdown(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\npublished: {published}\n---\n{body}\n"


def atom(entries: list[tuple[str, str, str]], links: dict[str, str], base: str = "") -> str:
    """An Atom document with (id, title, updated) entries and feed-level links by rel."""
    link_tags = "".join(f'<link rel="{rel}" href="{href}"/>' for rel, href in links.items())
    entry_tags = "".join(
        f"<entry><id>{eid}</id><title>{title}</title><updated>{day}T09:00:00Z</updated>"
        f'<link href="{base}/posts/{eid.rsplit(":", 1)[-1]}"/>'
        f"<content type='html'>&lt;p&gt;{title}: the committee met and agreed on a plan for "
        f"the coming season, with details to follow.&lt;/p&gt;</content></entry>"
        for eid, title, day in entries
    )
    return (
        f'<?xml version="1.0"?><feed xmlns="{ATOM}"><title>Archive</title>'
        f"<id>urn:test:feed</id><updated>2025-01-01T00:00:00Z</updated>{link_tags}{entry_tags}</feed>"
    )


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    (root / "2024").mkdir(parents=True)
    (root / "2025").mkdir()
    (root / ".git").mkdir()
    (root / "2024" / "b-spring.md").write_text(
        markdown("Spring notes", "2024-04-02", "The spring notes list three new trails.")
    )
    (root / "2024" / "a-winter.txt").write_text("Winter notes\nSnow closed the pass twice.\n")
    (root / "2025" / "summer.html").write_text(
        "<html><head><title>Summer page</title>"
        '<meta property="article:published_time" content="2025-07-01"></head>'
        "<body><p>The summer page describes the festival.</p></body></html>"
    )
    (root / "2025" / "feed.xml").write_text(
        atom(
            [("urn:e:2", "Second entry", "2025-02-10"), ("urn:e:1", "First entry", "2024-12-01")],
            {},
            base="https://example.org",
        )
    )
    (root / "2025" / "photo.png").write_bytes(b"\x89PNG\r\n")
    (root / ".git" / "config.txt").write_text("not a post")
    return root


def test_a_directory_is_walked_recursively_in_sorted_order(archive_dir: Path) -> None:
    items = list(iter_items([str(archive_dir)]))
    names = [Path(i.location).name if i.kind == "file" else i.entry for i in items]
    assert names == ["a-winter.txt", "b-spring.md", "guid:urn:e:2", "guid:urn:e:1", "summer.html"]
    assert {i.kind for i in items} == {"file", "entry"}
    posts = list(iter_posts([str(archive_dir)]))
    assert [p.title for p in posts] == [
        "Winter notes",
        "Spring notes",
        "Second entry",
        "First entry",
        "Summer page",
    ]
    assert all(p.key for p in posts)
    assert all(p.source_name == str(archive_dir) for p in posts)


def test_since_and_until_filter_on_the_publication_date(archive_dir: Path) -> None:
    window = DateRange(since=dt.date(2024, 6, 1), until=dt.date(2025, 3, 1))
    titles = [p.title for p in iter_posts([str(archive_dir)], dates=window)]
    # The undated text file stays: nothing says it is out of range.
    assert titles == ["Winter notes", "Second entry", "First entry"]


def test_a_url_list_keeps_order_drops_comments_and_duplicates(tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(
        "# pages to backfill\n"
        "https://example.org/a\n\n"
        "https://example.org/b#section   # the second page\n"
        "https://example.org/a?utm_source=feed\n"
        "https://example.org/c\n"
        "ftp://example.org/d\n"
    )
    problems: list[str] = []
    items = list(iter_items([str(listing)], on_error=lambda where, exc: problems.append(where)))
    assert [i.location for i in items] == [
        "https://example.org/a",
        "https://example.org/b#section",
        "https://example.org/c",
    ]
    assert len(problems) == 1 and "ftp://example.org/d" in problems[0]
    posts = list(iter_posts([str(listing)], on_error=lambda *_: None))
    assert all(p.summary_only and not p.body for p in posts)
    assert [p.key for p in posts] == [
        "url:https://example.org/a",
        "url:https://example.org/b",
        "url:https://example.org/c",
    ]


def test_a_sitemap_index_is_followed_once_each_and_filtered_by_lastmod(
    httpserver: HTTPServer,
) -> None:
    base = httpserver.url_for("")
    index = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{base}sitemap-posts.xml.gz</loc></sitemap>"
        f"<sitemap><loc>{base}sitemap-pages.xml</loc></sitemap>"
        f"<sitemap><loc>{base}sitemap.xml</loc></sitemap>"  # a loop back to the index
        "</sitemapindex>"
    )
    posts_map = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"<url><loc>{base}2025/new-trail</loc><lastmod>2025-05-01</lastmod></url>"
        f"<url><loc>{base}2019/old-trail</loc><lastmod>2019-03-01T10:00:00Z</lastmod></url>"
        f"<url><loc>{base}2024/bridge</loc><news:news><news:publication_date>2024-09-09"
        "</news:publication_date></news:news></url>"
        "</urlset>"
    )
    pages_map = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>/about</loc></url><url><loc>{base}2025/new-trail</loc></url></urlset>"
    )
    httpserver.expect_request("/robots.txt").respond_with_data(
        f"User-agent: *\nSitemap: {base}sitemap.xml\n"
    )
    httpserver.expect_request("/sitemap.xml").respond_with_data(index)
    httpserver.expect_request("/sitemap-posts.xml.gz").respond_with_data(
        gzip.compress(posts_map.encode()), content_type="application/gzip"
    )
    httpserver.expect_request("/sitemap-pages.xml").respond_with_data(pages_map)
    httpserver.expect_request("/").respond_with_data(
        "<html><body>Home</body></html>", content_type="text/html"
    )

    window = DateRange(since=dt.date(2020, 1, 1))
    # Given the site's home page, the sitemaps are found through robots.txt.
    items = list(iter_items([base], dates=window, fetch=fetcher()))
    assert [i.location for i in items] == [
        f"{base}2025/new-trail",
        f"{base}2024/bridge",
        f"{base}about",
    ]
    assert items[1].published == dt.date(2024, 9, 9)
    assert sum(1 for req, _ in httpserver.log if req.path == "/sitemap.xml") == 1
    # Given the sitemap itself, the same pages come out.
    direct = list(iter_items([f"{base}sitemap.xml"], dates=window, fetch=fetcher()))
    assert [i.location for i in direct] == [i.location for i in items]


def test_rfc5005_archives_are_followed_back_in_time_without_loops(
    httpserver: HTTPServer,
) -> None:
    base = httpserver.url_for("").rstrip("/")
    current = atom(
        [("urn:e:5", "Fifth", "2025-03-01"), ("urn:e:4", "Fourth v2", "2025-02-20")],
        {"current": f"{base}/feed", "prev-archive": f"{base}/archive/2025-01"},
        base,
    )
    jan = atom(
        [("urn:e:4", "Fourth v1", "2025-01-20"), ("urn:e:3", "Third", "2025-01-05")],
        {"prev-archive": "/archive/2024-12", "next-archive": f"{base}/feed"},
        base,
    )
    dec = atom(
        [("urn:e:2", "Second", "2024-12-15")], {"prev-archive": f"{base}/archive/2024-11"}, base
    )
    nov = atom(
        [("urn:e:1", "First", "2024-11-01")],
        # a broken archive that points back to a newer page must not loop
        {"prev-archive": f"{base}/archive/2025-01"},
        base,
    )
    httpserver.expect_request("/feed").respond_with_data(current, content_type=ATOM_TYPE)
    httpserver.expect_request("/archive/2025-01").respond_with_data(jan, content_type=ATOM_TYPE)
    httpserver.expect_request("/archive/2024-12").respond_with_data(dec, content_type=ATOM_TYPE)
    httpserver.expect_request("/archive/2024-11").respond_with_data(nov, content_type=ATOM_TYPE)

    posts = list(iter_posts([f"{base}/feed"], fetch=fetcher()))
    # Entry 4 appears twice: the newest document's version wins.
    assert [p.title for p in posts] == ["Fifth", "Fourth v2", "Third", "Second", "First"]
    assert sum(1 for req, _ in httpserver.log if req.path == "/archive/2025-01") == 1

    httpserver.clear_log()
    recent = list(
        iter_posts([f"{base}/feed"], fetch=fetcher(), dates=DateRange(since=dt.date(2025, 1, 10)))
    )
    assert [p.title for p in recent] == ["Fifth", "Fourth v2"]
    # December predates --since entirely, so paging stops there: November is never read.
    assert [req.path for req, _ in httpserver.log] == [
        "/feed",
        "/archive/2025-01",
        "/archive/2024-12",
    ]


def test_archive_links_reads_rss_atom_links_and_relative_hrefs() -> None:
    rss = (
        b'<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
        b'<channel><title>t</title><atom:link rel="prev-archive" href="2024.xml"/></channel></rss>'
    )
    assert archive_links(rss, "https://example.org/feeds/now.xml") == {
        "prev-archive": "https://example.org/feeds/2024.xml"
    }


def test_local_archived_feed_files_follow_relative_links(tmp_path: Path) -> None:
    (tmp_path / "now.xml").write_text(
        atom([("urn:e:9", "Nine", "2025-05-05")], {"prev-archive": "old/2024.xml"})
    )
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "2024.xml").write_text(atom([("urn:e:8", "Eight", "2024-05-05")], {}))
    assert [p.title for p in iter_posts([str(tmp_path / "now.xml")])] == ["Nine", "Eight"]


def test_a_missing_source_is_reported_and_the_rest_continue(archive_dir: Path) -> None:
    problems: list[tuple[str, LlamawatchError]] = []
    posts = list(
        iter_posts(
            [str(archive_dir / "nope"), str(archive_dir / "2024")],
            on_error=lambda where, exc: problems.append((where, exc)),
        )
    )
    assert len(posts) == 2
    assert problems and "no such file" in str(problems[0][1])


def test_chunk_plans_are_deterministic_and_load_the_same_posts(archive_dir: Path) -> None:
    first = plan_chunks(iter_items([str(archive_dir)]), chunk_size=2)
    second = plan_chunks(iter_items([str(archive_dir)]), chunk_size=2)
    assert [c.id for c in first] == [c.id for c in second]
    assert [len(c.items) for c in first] == [2, 2, 1]
    assert len({c.id for c in first}) == 3
    loaded = [post for chunk in first for post in load_chunk(chunk)]
    assert loaded == list(iter_posts([str(archive_dir)]))
    # A different chunk size is a different plan.
    assert [c.id for c in plan_chunks(iter_items([str(archive_dir)]), 3)] != [c.id for c in first]


def test_checkpoints_compare_keys_and_content(archive_dir: Path) -> None:
    posts = list(iter_posts([str(archive_dir / "2024")]))
    assert pending(posts, {}) == posts
    known = {posts[0].key: content_hash(posts[0].body)}
    assert pending(posts, known) == posts[1:]
    assert not chunk_done(posts, known)
    known[posts[1].key] = "a hash of an older version"
    assert pending(posts, known) == posts[1:]
    known[posts[1].key] = content_hash(posts[1].body)
    assert chunk_done(posts, known)


def test_items_are_small_references() -> None:
    item = ArchiveItem("page", "https://example.org/a", source="urls.txt")
    assert item.ref == "page\thttps://example.org/a\t"


def test_data_files_in_a_folder_are_not_mistaken_for_feeds(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(markdown("Notes", "2025-01-02", "A short note."))
    (tmp_path / "labels.json").write_text('{"posts": []}')
    (tmp_path / "sitemap.xml").write_text(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://e.org/a'
        "</loc></url></urlset>"
    )
    (tmp_path / "feed.json").write_text(
        '{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [{"id": "j1", '
        '"url": "https://example.org/j1", "title": "Json entry", "content_text": "Some text.", '
        '"date_published": "2025-01-03T00:00:00Z"}]}'
    )
    problems: list[str] = []
    posts = list(iter_posts([str(tmp_path)], on_error=lambda where, exc: problems.append(where)))
    assert [p.title for p in posts] == ["Json entry", "Notes"]
    assert problems == []
