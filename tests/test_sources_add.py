"""`sources add` checks and previews a source; OPML import passes the same guard."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from llamawatch.cli import cli
from llamawatch.sources.discovery import feed_links


def rss(title: str, n: int) -> str:
    items = "".join(
        f"<item><title>Entry {i}</title><link>https://news.example/{i}</link></item>"
        for i in range(1, n + 1)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://news.example/</link>{items}</channel></rss>"
    )


@pytest.fixture
def invoke(tmp_path: Path):  # type: ignore[no-untyped-def]
    config = tmp_path / "llamawatch.toml"
    config.write_text(
        f'[storage]\nurl = "sqlite:///{tmp_path / "w.db"}"\n'
        "[http]\nretries = 0\ntimeout = 5.0\nper_host_delay = 0.0\ntrust_env = false\n",
        encoding="utf-8",
    )
    runner = CliRunner()

    def run(*args: str) -> tuple[int, str]:
        result = runner.invoke(cli, ["--config", str(config), *args], env={"COLUMNS": "200"})
        return result.exit_code, result.output

    return run


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "not http(s)"),
        ("javascript:alert(1)", "not http(s)"),
        ("/var/lib/feeds", "not http(s)"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[fe80::1]/feed", "link-local"),
    ],
)
def test_add_refuses_what_is_not_a_web_source(invoke, url: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    code, out = invoke("sources", "add", "bad", url)
    assert code == 1
    assert reason in out
    assert "Traceback" not in out
    code, out = invoke("sources", "list")
    assert "bad" not in out


def test_local_paths_need_local_and_must_exist(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "archive"
    folder.mkdir()
    code, out = invoke("sources", "add", "mine", str(folder), "--local", "--kind", "archive")
    assert code == 0, out
    code, out = invoke("sources", "add", "gone", str(tmp_path / "nope"), "--local")
    assert code == 1 and "no such file" in out
    code, out = invoke("sources", "add", "web", "https://news.example/feed", "--local")
    assert code == 1 and "--local takes a path" in out


def test_add_previews_the_feed(invoke, httpserver: HTTPServer) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss("Model notes", 5), content_type="application/rss+xml"
    )
    code, out = invoke("sources", "add", "notes", httpserver.url_for("/feed.xml"))
    assert code == 0, out
    assert "Model notes: 5 entries" in out
    assert "Entry 1" in out and "Entry 3" in out and "Entry 4" not in out


def test_add_finds_the_feed_a_site_announces(invoke, httpserver: HTTPServer) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/").respond_with_data(
        "<html><head><title>Blog</title>"
        '<link rel="alternate" type="application/rss+xml" href="/feeds/all.xml">'
        "</head><body>Welcome</body></html>",
        content_type="text/html",
    )
    httpserver.expect_request("/feeds/all.xml").respond_with_data(
        rss("Blog feed", 2), content_type="application/rss+xml"
    )
    code, out = invoke("sources", "add", "blog", httpserver.url_for("/"))
    assert code == 0, out
    assert "found the feed" in out and "Blog feed: 2 entries" in out
    code, out = invoke("sources", "list")
    assert httpserver.url_for("/feeds/all.xml") in out


def test_add_refuses_a_page_with_no_feed_and_an_unreachable_url(  # type: ignore[no-untyped-def]
    invoke, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/about").respond_with_data(
        "<html><head><title>About</title></head><body>Hi</body></html>", content_type="text/html"
    )
    httpserver.expect_request("/missing").respond_with_data("no", status=404)
    code, out = invoke("sources", "add", "about", httpserver.url_for("/about"))
    assert code == 1 and "announces no feed" in out
    code, out = invoke("sources", "add", "missing", httpserver.url_for("/missing"))
    assert code == 1 and "404" in out


def test_opml_import_refuses_file_javascript_and_link_local(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        '<outline text="good" xmlUrl="https://news.example/feed.xml"/>'
        '<outline text="disk" xmlUrl="file:///etc/passwd"/>'
        '<outline text="script" xmlUrl="javascript:alert(1)"/>'
        '<outline text="metadata" xmlUrl="http://169.254.169.254/latest"/>'
        '<outline text="loop" xmlUrl="http://127.0.0.1:8080/admin"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    code, out = invoke("sources", "import-opml", str(opml))
    assert code == 0, out
    assert "imported 1 sources" in out
    for name in ("disk", "script", "metadata", "loop"):
        assert f"skipped {name}:" in out
    code, out = invoke("sources", "list")
    assert "news.example" in out and "passwd" not in out


def test_feed_links_reads_alternate_links_only() -> None:
    page = (
        '<html><head><link rel="stylesheet" href="/s.css">'
        '<link rel="alternate" type="application/atom+xml" href="atom.xml">'
        '<link rel="alternate" type="text/html" href="/fr/">'
        '<link rel="alternate" type="application/rss+xml" href="javascript:x">'
        "</head></html>"
    )
    assert feed_links(page, "https://blog.example/posts/") == [
        "https://blog.example/posts/atom.xml"
    ]
