"""Backfill goes through the one HTTP client: guard, deadline, caps, closed folders.

Links found inside archives (sitemap-index children, RFC 5005 archive pages)
are content, not configuration: they must not reach a private address. The
"canary" is a second loopback server on another origin that must see no request.
"""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers_fetch import local_server
from pytest_httpserver import HTTPServer
from werkzeug import Response

from llamawatch.config import HttpSettings
from llamawatch.errors import LlamawatchError
from llamawatch.records import Source
from llamawatch.sources.archive import http_fetcher, iter_items, iter_posts
from llamawatch.sources.fetch import fetch_sources

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
ATOM = "http://www.w3.org/2005/Atom"


def settings(**changes: object) -> HttpSettings:
    values: dict[str, object] = {"retries": 0, "timeout": 2.0, "per_host_delay": 0.0}
    values.update(changes)
    return HttpSettings(**values)  # type: ignore[arg-type]


@pytest.fixture
def canary() -> Iterator[HTTPServer]:
    """A loopback server on another origin than the archive's (127.0.0.1, not localhost)."""
    with local_server() as server:
        server.expect_request("/sitemap-posts.xml").respond_with_data(
            f'<urlset xmlns="{SITEMAP}"><url><loc>https://news.example/p/1</loc></url></urlset>',
            content_type="application/xml",
        )
        server.expect_request("/archive-1.xml").respond_with_data(
            f'<feed xmlns="{ATOM}"><title>old</title><id>urn:old</id>'
            "<entry><id>urn:old:1</id><title>Older post</title>"
            "<updated>2024-01-01T00:00:00Z</updated><link href='https://news.example/old'/>"
            "<content>An older note about Llama 2.</content></entry></feed>",
            content_type="application/atom+xml",
        )
        yield server


def sitemap_index(child: str) -> str:
    return f'<sitemapindex xmlns="{SITEMAP}"><sitemap><loc>{child}</loc></sitemap></sitemapindex>'


def archived_feed(prev: str) -> str:
    return (
        f'<feed xmlns="{ATOM}"><title>now</title><id>urn:now</id>'
        f'<link rel="prev-archive" href="{prev}"/>'
        "<entry><id>urn:now:1</id><title>New post</title><updated>2025-06-01T00:00:00Z</updated>"
        "<link href='https://news.example/new'/><content>A note about Llama 4.</content></entry>"
        "</feed>"
    )


def test_a_sitemap_index_child_on_a_private_address_is_refused(
    httpserver: HTTPServer, canary: HTTPServer
) -> None:
    child = canary.url_for("/sitemap-posts.xml")
    httpserver.expect_request("/sitemap.xml").respond_with_data(
        sitemap_index(child), content_type="application/xml"
    )
    errors: list[str] = []
    with http_fetcher(settings()) as fetch:
        items = list(
            iter_items(
                [httpserver.url_for("/sitemap.xml")],
                fetch=fetch,
                on_error=lambda where, exc: errors.append(f"{where}: {exc}"),
            )
        )

    assert items == []
    assert canary.log == []
    assert any("refused" in line and "loopback" in line for line in errors), errors


def test_a_sitemap_index_child_is_read_when_its_host_is_allowed(
    httpserver: HTTPServer, canary: HTTPServer
) -> None:
    httpserver.expect_request("/sitemap.xml").respond_with_data(
        sitemap_index(canary.url_for("/sitemap-posts.xml")), content_type="application/xml"
    )
    with http_fetcher(settings(allow_private=["127.0.0.1"])) as fetch:
        items = list(iter_items([httpserver.url_for("/sitemap.xml")], fetch=fetch))

    assert [item.location for item in items] == ["https://news.example/p/1"]
    assert len(canary.log) == 1


def test_an_rfc5005_prev_archive_on_a_private_address_is_refused(
    httpserver: HTTPServer, canary: HTTPServer
) -> None:
    httpserver.expect_request("/feed").respond_with_data(
        archived_feed(canary.url_for("/archive-1.xml")), content_type="application/atom+xml"
    )
    errors: list[str] = []
    with http_fetcher(settings()) as fetch:
        posts = list(
            iter_posts(
                [httpserver.url_for("/feed")],
                fetch=fetch,
                on_error=lambda where, exc: errors.append(f"{where}: {exc}"),
            )
        )
    assert [p.title for p in posts] == ["New post"]
    assert canary.log == []
    assert any("refused" in line for line in errors), errors

    with http_fetcher(settings(allow_private=["127.0.0.1"])) as fetch:
        allowed = list(iter_posts([httpserver.url_for("/feed")], fetch=fetch))
    assert [p.title for p in allowed] == ["New post", "Older post"]


def test_a_one_byte_per_second_server_hits_the_overall_deadline() -> None:
    def trickle() -> Iterator[bytes]:
        for _ in range(30):
            yield b" "
            time.sleep(0.25)  # every read is quick: only an overall deadline stops it

    with local_server() as server:
        server.expect_request("/sitemap.xml").respond_with_handler(
            lambda _request: Response(trickle(), content_type="application/xml")
        )
        errors: list[str] = []
        started = time.monotonic()
        with http_fetcher(settings(timeout=1.0)) as fetch:
            items = list(
                iter_items(
                    [server.url_for("/sitemap.xml")],
                    fetch=fetch,
                    on_error=lambda where, exc: errors.append(str(exc)),
                )
            )
        elapsed = time.monotonic() - started

    assert items == []
    assert elapsed < 4.0
    assert any("timed out after 1s" in line for line in errors), errors


@pytest.mark.parametrize("as_encoding", [False, True])
def test_a_gzip_bomb_sitemap_is_capped(httpserver: HTTPServer, as_encoding: bool) -> None:
    # 40 MB of whitespace inside a urlset packs into ~40 KB.
    bomb = gzip.compress(f'<urlset xmlns="{SITEMAP}">'.encode() + b" " * 40_000_000)
    headers = {"Content-Encoding": "gzip"} if as_encoding else {}
    httpserver.expect_request("/sitemap.xml.gz").respond_with_data(
        bomb,
        content_type="application/xml" if as_encoding else "application/gzip",
        headers=headers,
    )
    errors: list[str] = []
    with http_fetcher(settings(max_bytes=1_000_000)) as fetch:
        items = list(
            iter_items(
                [httpserver.url_for("/sitemap.xml.gz")],
                fetch=fetch,
                on_error=lambda where, exc: errors.append(str(exc)),
            )
        )

    assert items == []
    assert any("1000000 bytes" in line for line in errors), errors


def test_a_symlink_out_of_an_archive_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("---\ntitle: Secret\n---\nPrivate notes.\n")
    archive = tmp_path / "archive"
    (archive / "posts").mkdir(parents=True)
    (archive / "posts" / "kept.md").write_text("---\ntitle: Kept\n---\nMeta released Llama 9.\n")
    (archive / "posts" / "leak.md").symlink_to(outside / "secret.md")
    (archive / "linked-dir").symlink_to(outside, target_is_directory=True)

    backfilled = list(iter_posts([str(archive)]))
    [fetched] = fetch_sources(
        [Source(name="archive", url=str(archive), kind="archive")], settings(), {}
    )

    assert [p.title for p in backfilled] == ["Kept"]
    assert [p.title for p in fetched.posts] == ["Kept"]


def test_the_fetcher_closes_its_client_and_refuses_use_after_close() -> None:
    fetch = http_fetcher(settings())
    thread = fetch._client._thread
    fetch.close()
    assert not thread.is_alive()
    with pytest.raises(RuntimeError):
        fetch("http://127.0.0.1:9/never")
    with pytest.raises(LlamawatchError), http_fetcher(settings(retries=0)) as other:
        other("http://127.0.0.1:9/closed-port", trusted=True)
