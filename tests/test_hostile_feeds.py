"""Hostile feeds: every bad entry fails or is trimmed alone, and the ingest completes.

The cycle runs in-process through the flow's own step sequence
(``PLAIN_STEPS``), against feeds served on loopback and a real SQLite file.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from helpers_config import write_test_config
from pytest_httpserver import HTTPServer
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from werkzeug import Request, Response

from llamawatch.config import load_settings
from llamawatch.flows.ingest import PLAIN_STEPS, ingest_posts
from llamawatch.publishing.publish import publish_site
from llamawatch.storage.db import open_database, session_scope
from llamawatch.storage.schema import EventRow, FactRow, ModelStateRow, PostRow
from llamawatch.summary import RunSummary


def item(slug: str, base: str, *, date: str = "Mon, 05 Jan 2026 10:00:00 GMT", **kw: str) -> str:
    title = kw.get("title", slug)
    guid = kw.get("guid", slug)
    text = kw.get("text", f"Meta shared a note about Llama 9 ({slug}).")
    content = "" if kw.get("summary_only") else f"<content:encoded><![CDATA[<p>{text}</p>]]>"
    content += "</content:encoded>" if content else ""
    return (
        f"<item><title>{title}</title><link>{base}/posts/{slug}</link>"
        f'<guid isPermaLink="false">{guid}</guid><pubDate>{date}</pubDate>'
        f"<description>{kw.get('summary', 'A short note.')}</description>{content}</item>"
    )


def rss(items: list[str], encoding: str = "utf-8") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Hostile</title><link>https://hostile.example/</link>"
        f"{''.join(items)}</channel></rss>"
    )


def run_cycle(
    tmp_path: Path, sources: dict[str, str], *, force: bool = False
) -> tuple[RunSummary, Engine]:
    """Write a config naming the sources, run one ingest cycle, return its summary."""
    blocks = "".join(f'\n[[sources]]\nname = "{n}"\nurl = "{u}"\n' for n, u in sources.items())
    config = write_test_config(
        tmp_path,
        blocks,
        http_extra='trust_env = false\nallow_private = ["127.0.0.1", "localhost"]',
    )
    settings = load_settings(config)
    engine = open_database(settings.storage.url)
    summary = RunSummary(flow="ingest", mode="baseline")
    ingest_posts(engine, settings, summary, steps=PLAIN_STEPS, force=force)
    return summary, engine


def stored(engine: Engine) -> dict[str, Any]:
    with session_scope(engine) as session:
        posts = {row.url.rsplit("/", 1)[-1]: row for row in session.scalars(select(PostRow))}
        newest_fact = session.scalar(select(func.max(FactRow.published)))
        newest_state = session.scalar(select(func.max(ModelStateRow.since)))
        newest_event = session.scalar(select(func.max(EventRow.date)))
        session.expunge_all()
    return {"posts": posts, "dates": [newest_fact, newest_state, newest_event]}


def test_placeholder_and_future_dates_are_missing_and_never_pin_the_state(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(
            [
                item("year-one", base, date="Mon, 01 Jan 0001 00:00:00 GMT"),
                item("year-9999", base, date="Fri, 31 Dec 9999 23:59:59 GMT"),
                item(
                    "year-2100",
                    base,
                    date="Fri, 01 Jan 2100 00:00:00 GMT",
                    text="Meta released Llama 9, a model with 900B parameters.",
                ),
                item("dated", base, text="Meta released Llama 9 with 70B parameters."),
            ]
        ),
        content_type="application/rss+xml",
    )

    summary, engine = run_cycle(tmp_path, {"dates": httpserver.url_for("/feed.xml")})

    found = stored(engine)
    assert set(found["posts"]) == {"year-one", "year-9999", "year-2100", "dated"}
    for slug in ("year-one", "year-9999", "year-2100"):
        assert found["posts"][slug].published is None
    assert found["posts"]["dated"].published == dt.date(2026, 1, 5)
    tomorrow = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)
    assert all(day is None or day <= tomorrow for day in found["dates"])
    assert sum("implausible date" in line for line in summary.problems) == 3
    assert summary.sources_ok == 1


def test_a_reused_guid_keeps_both_entries_and_says_so(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    base = httpserver.url_for("").rstrip("/")
    old = item("old-post", base, guid="42", date="Mon, 05 Jan 2025 10:00:00 GMT")
    new = item(
        "new-post",
        base,
        guid="42",
        text="Meta said Llama 9 has a context window of 1M tokens.",
    )
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(
        rss([old]), content_type="application/rss+xml"
    )
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(
        rss([new, old]), content_type="application/rss+xml"
    )
    run_cycle(tmp_path, {"reuse": httpserver.url_for("/feed.xml")})

    summary, engine = run_cycle(tmp_path, {"reuse": httpserver.url_for("/feed.xml")}, force=True)

    posts = stored(engine)["posts"]
    assert set(posts) == {"old-post", "new-post"}
    assert all(p.is_current and p.version == 1 for p in posts.values())
    assert summary.posts_new == 1
    assert any("GUID reused" in line for line in summary.problems)


def test_a_windows_1252_feed_long_names_and_bare_meta_content_all_go_through(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    base = httpserver.url_for("").rstrip("/")
    codename = "Zephyrion" * 40  # a 360-character "model name"
    entries = [
        item("long-title", base, title="Llama " + "very " * 80 + "long title"),
        item("long-codename", base, text=f"Meta released {codename}, a new Llama model."),
        item("curly", base, text="Meta’s “Llama 9” is out — café edition."),
        item("bare-meta", base, summary_only="1"),
        item("missing-article", base, summary_only="1"),
    ]
    # Declared windows-1252 and encoded so: typographic quotes are single bytes.
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(entries, encoding="windows-1252").encode("cp1252"),
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/posts/bare-meta").respond_with_data(
        '<html><head><meta name="date" content><meta property="og:title" content=\'\'>'
        "<title>Bare</title></head><body><article><p>Meta released Llama 9 Mini, "
        "a model with 3B parameters.</p></article></body></html>",
        content_type="text/html",
    )
    httpserver.expect_request("/posts/missing-article").respond_with_data("gone", status=404)

    summary, engine = run_cycle(tmp_path, {"hostile": httpserver.url_for("/feed.xml")})

    posts = stored(engine)["posts"]
    assert set(posts) == {"long-title", "long-codename", "curly", "bare-meta", "missing-article"}
    assert "“Llama 9”" in posts["curly"].body
    assert "3B parameters" in (posts["bare-meta"].text or "")
    assert posts["bare-meta"].error is None
    # The 404 fails that post alone: counted, named, stored with its reason.
    assert "HTTP 404" in (posts["missing-article"].error or "")
    assert summary.posts_failed == 1
    assert any("missing-article" in line and "404" in line for line in summary.failures)
    assert summary.sources_ok == 1


def test_a_feed_of_ten_thousand_entries_is_read_whole(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    base = httpserver.url_for("").rstrip("/")
    entries = [
        item(f"entry-{n}", base, text=f"Update {n}: Meta said Llama {n % 9 + 1} is open.")
        for n in range(10_000)
    ]
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(entries), content_type="application/rss+xml"
    )

    summary, engine = run_cycle(tmp_path, {"huge": httpserver.url_for("/feed.xml")})

    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(PostRow)) == 10_000
    assert summary.posts_new == 10_000
    assert summary.posts_failed == 0


def test_a_guid_reused_after_the_old_entry_left_the_feed_is_recorded(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(
        rss([item("first-post", base, guid="7")]), content_type="application/rss+xml"
    )
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(
        rss([item("other-post", base, guid="7", text="Meta said Llama 9 is delayed.")]),
        content_type="application/rss+xml",
    )
    run_cycle(tmp_path, {"recycler": httpserver.url_for("/feed.xml")})

    summary, engine = run_cycle(tmp_path, {"recycler": httpserver.url_for("/feed.xml")}, force=True)

    assert summary.posts_updated == 1
    assert any(
        "other-post" in line and "first-post" in line and "new version" in line
        for line in summary.problems
    ), summary.problems
    with session_scope(engine) as session:
        versions = session.scalars(select(PostRow).order_by(PostRow.version)).all()
        assert [v.url.rsplit("/", 1)[-1] for v in versions] == ["first-post", "other-post"]


_HREF = re.compile(r"""href=["']([^"'#?]+)""")


def built_site(engine: Engine, tmp_path: Path) -> list[Path]:
    """Build the whole site; check every page exists, is bounded, and links resolve."""
    settings = load_settings(tmp_path / "llamawatch.toml")
    written = publish_site(engine, settings)
    site = tmp_path / "site"
    pages = [p for p in written if p.suffix == ".html"]
    assert pages and (site / "index.html") in written
    for page in written:
        assert page.is_file() and page.stat().st_size > 0, page
        assert len(page.name.encode("utf-8")) <= 255, page.name
    for page in pages:
        for href in _HREF.findall(page.read_text(encoding="utf-8")):
            if href.endswith(".html") and "://" not in href and not href.startswith("/"):
                assert (page.parent / href).resolve().is_file(), f"{page.name} -> {href}"
    return written


def test_the_site_builds_after_every_hostile_feed_and_again_after_a_second_run(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    base = httpserver.url_for("").rstrip("/")
    codename = "Quillbrook" * 30  # 300 characters
    first = [
        item("long-codename", base, text=f"Meta released {codename}, a new Llama model."),
        item("year-one", base, date="Mon, 01 Jan 0001 00:00:00 GMT"),
        item(
            "year-9999",
            base,
            date="Fri, 31 Dec 9999 23:59:59 GMT",
            text="Meta released Llama 9, a model with 900B parameters.",
        ),
        item("curly", base, text="Meta’s “Llama 9” has a context window of 128K tokens."),
        item("reused-1", base, guid="99", date="Mon, 05 Jan 2025 10:00:00 GMT"),
        item("bare-meta", base, summary_only="1"),
    ]
    second = [
        item("reused-2", base, guid="99", text="Meta said Llama 9 Mini has 3B parameters."),
        *first,
    ]
    feeds = [rss(e, encoding="windows-1252").encode("cp1252") for e in (first, second)]
    served: list[bytes] = []

    def feed(_request: Request) -> Response:
        served.append(feeds[min(len(served), 1)])
        return Response(served[-1], content_type="application/rss+xml")

    httpserver.expect_request("/feed.xml").respond_with_handler(feed)
    httpserver.expect_request("/posts/bare-meta").respond_with_data(
        '<html><head><meta name="date" content><meta property="og:title" content>'
        "<title>Bare</title></head><body><article><p>Meta released Llama 9 Mini, "
        "a model with 3B parameters.</p></article></body></html>",
        content_type="text/html",
    )
    url = httpserver.url_for("/feed.xml")

    summary, engine = run_cycle(tmp_path, {"hostile": url})
    assert summary.sources_ok == 1 and summary.posts_new == len(first)
    assert summary.posts_failed == 0, summary.failures
    first_site = built_site(engine, tmp_path)

    summary, engine = run_cycle(tmp_path, {"hostile": url}, force=True)
    assert summary.sources_ok == 1 and summary.posts_new == 1
    assert any("GUID reused" in line for line in summary.problems)
    second_site = built_site(engine, tmp_path)
    assert {p.name for p in first_site} <= {p.name for p in second_site}
    assert set(stored(engine)["posts"]) == {e for e in ("reused-1", "reused-2")} | {
        "long-codename",
        "year-one",
        "year-9999",
        "curly",
        "bare-meta",
    }
