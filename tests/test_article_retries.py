"""A failed article page is a failure: counted, shown in status, retried with backoff.

Runs the flow's own step sequence in-process (``PLAIN_STEPS``) against a feed
that answers 304 once it has been read, so a retry can only come from the
stored failure, not from the feed listing the entry again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from sqlalchemy import select, update
from werkzeug import Request, Response

from llamawatch.cli import cli
from llamawatch.config import load_settings
from llamawatch.flows.ingest import PLAIN_STEPS, ingest_posts
from llamawatch.sources.health import retry_due
from llamawatch.storage.db import open_database, session_scope
from llamawatch.storage.schema import PostRow
from llamawatch.summary import RunSummary

ETAG = '"v1"'


def serve_feed(server: HTTPServer) -> None:
    base = server.url_for("").rstrip("/")
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<link>{base}/</link><item><title>Llama 9 Mini</title><link>{base}/posts/mini</link>"
        '<guid isPermaLink="false">mini</guid><pubDate>Mon, 05 Jan 2026 10:00:00 GMT</pubDate>'
        "<description>Teaser only.</description></item></channel></rss>"
    )

    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == ETAG:
            return Response(status=304, headers={"ETag": ETAG})
        return Response(feed, content_type="application/rss+xml", headers={"ETag": ETAG})

    server.expect_request("/feed.xml").respond_with_handler(handler)


def serve_article(server: HTTPServer, *replies: tuple[int, str]) -> None:
    """Answer the article URL with each reply in turn (the last one repeats)."""
    queue = list(replies)

    def handler(_request: Request) -> Response:
        status, body = queue.pop(0) if len(queue) > 1 else queue[0]
        return Response(body, status=status, content_type="text/html")

    server.expect_request("/posts/mini").respond_with_handler(handler)


def article_requests(server: HTTPServer) -> int:
    return sum(request.path == "/posts/mini" for request, _ in server.log)


def write_config(tmp_path: Path, server: HTTPServer) -> Path:
    config = tmp_path / "llamawatch.toml"
    config.write_text(
        f"""
[storage]
url = "sqlite:///{tmp_path / "watch.db"}"

[http]
retries = 0
timeout = 5.0
per_host_delay = 0.0
trust_env = false
allow_private = ["127.0.0.1", "localhost"]

[[sources]]
name = "teasers"
url = "{server.url_for("/feed.xml")}"
""",
        encoding="utf-8",
    )
    return config


def run(config: Path) -> RunSummary:
    settings = load_settings(config)
    engine = open_database(settings.storage.url)
    summary = RunSummary(flow="ingest", mode="baseline")
    ingest_posts(engine, settings, summary, steps=PLAIN_STEPS, force=True)
    engine.dispose()
    return summary


def current_post(config: Path) -> PostRow:
    engine = open_database(load_settings(config).storage.url)
    with session_scope(engine) as session:
        row = session.scalars(select(PostRow).where(PostRow.is_current.is_(True))).one()
        session.expunge(row)
    engine.dispose()
    return row


def age_last_attempt(config: Path, hours: float) -> None:
    """Pretend the last attempt was ``hours`` ago (the backoff is measured from it)."""
    engine = open_database(load_settings(config).storage.url)
    when = dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours)
    with session_scope(engine) as session:
        session.execute(update(PostRow).values(last_attempt_at=when))
    engine.dispose()


def test_a_404_article_is_counted_backed_off_then_retried_until_read(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    serve_feed(httpserver)
    config = write_config(tmp_path, httpserver)
    serve_article(
        httpserver,
        (404, "gone"),
        (404, "gone"),
        (
            200,
            "<html><body><article><p>Meta released Llama 9 Mini with 3B parameters.</p>"
            "</article></body></html>",
        ),
    )

    first = run(config)
    assert first.posts_failed == 1
    assert any("HTTP 404" in line for line in first.failures)
    failed = current_post(config)
    assert "HTTP 404" in (failed.error or "")
    assert failed.attempts == 1

    # Backed off: the next run (the feed says 304) leaves the page alone.
    run(config)
    assert article_requests(httpserver) == 1

    age_last_attempt(config, hours=1.5)
    second = run(config)
    assert article_requests(httpserver) == 2
    assert second.posts_failed == 1
    assert current_post(config).attempts == 2
    # Twice failed: the wait doubled, so 1.5 hours is not enough any more.
    age_last_attempt(config, hours=1.5)
    run(config)
    assert article_requests(httpserver) == 2

    age_last_attempt(config, hours=2.5)
    third = run(config)
    assert article_requests(httpserver) == 3
    assert third.posts_failed == 0
    read = current_post(config)
    assert read.error is None
    assert "3B parameters" in (read.text or "")
    assert read.version == 2


def test_status_shows_failed_posts_and_refetch_forces_a_new_fetch(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    serve_feed(httpserver)
    config = write_config(tmp_path, httpserver)
    serve_article(
        httpserver,
        (404, "nope"),
        (200, "<html><body><p>Meta released Llama 9 Mini.</p></body></html>"),
        (200, "<html><body><p>Meta released Llama 9 Mini with 3B parameters.</p></body></html>"),
    )
    runner = CliRunner()
    run(config)

    status = runner.invoke(cli, ["--config", str(config), "status"])
    assert status.exit_code == 0, status.output
    assert "1 failed posts" in status.output
    assert "HTTP 404" in status.output

    url = current_post(config).url
    asked = runner.invoke(cli, ["--config", str(config), "refetch", url])
    assert asked.exit_code == 0, asked.output
    assert "1 post will be fetched again" in asked.output
    run(config)
    assert current_post(config).error is None
    assert article_requests(httpserver) == 2

    # A post stored fine is fetched again too when asked for, by source.
    by_source = runner.invoke(cli, ["--config", str(config), "refetch", "--source", "teasers"])
    assert by_source.exit_code == 0, by_source.output
    run(config)
    assert article_requests(httpserver) == 3
    assert "3B parameters" in (current_post(config).text or "")

    unknown = runner.invoke(cli, ["--config", str(config), "refetch", "https://nowhere.example/x"])
    assert unknown.exit_code == 1
    assert "no stored post" in unknown.output


def test_retry_backoff_doubles_up_to_the_cap() -> None:
    now = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
    assert retry_due(1, None, now)
    assert not retry_due(1, now - dt.timedelta(minutes=59), now)
    assert retry_due(1, now - dt.timedelta(minutes=61), now)
    assert not retry_due(3, now - dt.timedelta(hours=3), now)
    assert retry_due(3, now - dt.timedelta(hours=4, minutes=1), now)
    assert retry_due(30, now - dt.timedelta(hours=24, minutes=1), now, max_hours=24)
