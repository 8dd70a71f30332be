"""Fetch stage against a real local HTTP server: every failure is a value, never a crash."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import threading
import time
from collections.abc import Iterator

import pytest
from helpers_fetch import FEEDS, NOW, fast_http, local_server, rss
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from llamawatch.records import Post, Source
from llamawatch.sources.fetch import SourceFetch, fetch_articles, fetch_sources
from llamawatch.sources.health import SourceCache

ITEMS = [
    {
        "title": "Llama 3 is out",
        "link": "https://blog.example.org/llama-3",
        "guid": "post-3",
        "content": "<p>Meta released Llama 3 in April 2024 in two sizes.</p>",
    },
    {
        "title": "Llama 2 goes commercial",
        "link": "https://blog.example.org/llama-2",
        "guid": "post-2",
        "summary": "A teaser only.",
    },
]


@pytest.fixture(scope="module")
def running_server() -> Iterator[HTTPServer]:
    with local_server() as running:
        yield running


@pytest.fixture
def server(running_server: HTTPServer) -> Iterator[HTTPServer]:
    """The module's server with no handlers and an empty log (stopping one costs 0.5 s)."""
    running_server.clear()
    yield running_server
    running_server.clear()


def fetch_one(
    source: Source, cache: SourceCache | None = None, *, now: dt.datetime = NOW, **http: object
) -> SourceFetch:
    caches = {source.name: cache} if cache else {}
    [result] = fetch_sources([source], fast_http(**http), caches, now=now)
    return result


def feed_source(server: HTTPServer, path: str = "/feed.xml", **changes: object) -> Source:
    return dataclasses.replace(Source(name="test", url=server.url_for(path)), **changes)


def test_200_parses_posts_and_stores_validators(server: HTTPServer) -> None:
    server.expect_request("/feed.xml").respond_with_data(
        rss(ITEMS),
        content_type="application/rss+xml",
        headers={"ETag": '"v1"', "Last-Modified": "Mon, 02 Mar 2026 10:00:00 GMT"},
    )
    result = fetch_one(feed_source(server))
    assert result.status == "ok", result.error
    assert [p.title for p in result.posts] == ["Llama 3 is out", "Llama 2 goes commercial"]
    assert [p.summary_only for p in result.posts] == [False, True]
    assert [p.key for p in result.posts] == ["guid:post-3", "guid:post-2"]
    assert all(p.source_name == "test" for p in result.posts)
    assert result.cache.etag == '"v1"'
    assert result.cache.last_modified == "Mon, 02 Mar 2026 10:00:00 GMT"
    assert result.cache.consecutive_failures == 0
    assert result.cache.last_success_at == NOW
    assert result.cache.next_fetch_at == NOW + dt.timedelta(minutes=60)


def test_user_agent_is_sent(server: HTTPServer) -> None:
    server.expect_request(
        "/feed.xml", headers={"User-Agent": "llamawatch-test/1.0"}
    ).respond_with_data(rss(ITEMS), content_type="application/rss+xml")
    result = fetch_one(feed_source(server), user_agent="llamawatch-test/1.0")
    assert result.status == "ok", result.error


def test_304_costs_nothing_and_keeps_validators(server: HTTPServer) -> None:
    seen: list[dict[str, str]] = []

    def conditional(request: Request) -> Response:
        seen.append(dict(request.headers))
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"'})
        return Response(rss(ITEMS), content_type="application/rss+xml", headers={"ETag": '"v1"'})

    server.expect_request("/feed.xml").respond_with_handler(conditional)
    first = fetch_one(feed_source(server))
    later = NOW + dt.timedelta(hours=2)
    second = fetch_one(feed_source(server), first.cache, now=later)
    assert first.status == "ok" and len(first.posts) == 2
    assert second.status == "not_modified"
    assert second.posts == []
    assert second.cache.etag == '"v1"'
    assert second.cache.last_success_at == later
    assert seen[1].get("If-None-Match") == '"v1"'


def test_source_not_due_is_skipped_unless_forced(server: HTTPServer) -> None:
    server.expect_request("/feed.xml").respond_with_data(rss(ITEMS), content_type="text/xml")
    cache = SourceCache(next_fetch_at=NOW + dt.timedelta(minutes=30))
    skipped = fetch_one(feed_source(server), cache)
    assert skipped.status == "skipped"
    assert "not due" in (skipped.skipped_reason or "")
    assert len(server.log) == 0
    [forced] = fetch_sources(
        [feed_source(server)], fast_http(), {"test": cache}, now=NOW, force=True
    )
    assert forced.status == "ok"


def test_permanent_redirect_chain_is_remembered(server: HTTPServer) -> None:
    server.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": server.url_for("/older")}
    )
    server.expect_request("/older").respond_with_data(
        "", status=308, headers={"Location": "/feed.xml"}
    )
    server.expect_request("/feed.xml").respond_with_data(rss(ITEMS), content_type="text/xml")
    result = fetch_one(feed_source(server, "/old"))
    assert result.status == "ok", result.error
    assert result.cache.permanent_url == server.url_for("/feed.xml")
    assert result.notice and "moved permanently" in result.notice
    # The next run goes straight to the new URL.
    server.clear_log()
    again = fetch_one(feed_source(server, "/old"), result.cache, now=NOW + dt.timedelta(hours=2))
    assert again.status == "ok"
    assert [entry[0].path for entry in server.log] == ["/feed.xml"]


def test_temporary_redirect_is_not_remembered(server: HTTPServer) -> None:
    server.expect_request("/moving").respond_with_data(
        "", status=302, headers={"Location": "/feed.xml"}
    )
    server.expect_request("/feed.xml").respond_with_data(rss(ITEMS), content_type="text/xml")
    result = fetch_one(feed_source(server, "/moving"))
    assert result.status == "ok"
    assert result.cache.permanent_url is None


def test_redirect_loop_fails_with_reason(server: HTTPServer) -> None:
    server.expect_request("/a").respond_with_data("", status=301, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    result = fetch_one(feed_source(server, "/a"))
    assert result.status == "failed"
    assert "redirect loop" in (result.error or "")
    assert result.cache.consecutive_failures == 1


def test_redirect_limit(server: HTTPServer) -> None:
    for hop in range(4):
        server.expect_request(f"/r{hop}").respond_with_data(
            "", status=302, headers={"Location": f"/r{hop + 1}"}
        )
    server.expect_request("/r4").respond_with_data(rss(ITEMS), content_type="text/xml")
    result = fetch_one(feed_source(server, "/r0"), max_redirects=2)
    assert result.status == "failed"
    assert "more than 2 redirects" in (result.error or "")
    assert fetch_one(feed_source(server, "/r0"), max_redirects=4).status == "ok"


def test_404_fails_alone_and_notice_only_after_n_failures(server: HTTPServer) -> None:
    server.expect_request("/missing").respond_with_data("nope", status=404)
    server.expect_request("/feed.xml").respond_with_data(rss(ITEMS), content_type="text/xml")
    broken = Source(name="broken", url=server.url_for("/missing"))
    good = Source(name="good", url=server.url_for("/feed.xml"))
    caches: dict[str, SourceCache] = {}
    notices = []
    now = NOW
    for _run in range(4):
        results = fetch_sources([broken, good], fast_http(), caches, now=now, force=True)
        assert results[1].status == "ok"
        assert results[0].status == "failed"
        assert results[0].error == "HTTP 404 Not Found"
        assert results[0].posts == []
        caches = {r.source.name: r.cache for r in results}
        notices.append(results[0].notice)
        now += dt.timedelta(hours=1)
    assert notices[0] is None and notices[1] is None
    assert notices[2] is not None and "failed 3 times" in notices[2]
    assert notices[3] is None  # heard once, not every run
    assert caches["broken"].consecutive_failures == 4
    assert caches["broken"].last_error == "HTTP 404 Not Found"


def test_failing_source_is_backed_off(server: HTTPServer) -> None:
    server.expect_request("/down").respond_with_data("down", status=404)
    source = feed_source(server, "/down")
    delays = []
    cache = SourceCache()
    now = NOW
    for _ in range(4):
        result = fetch_one(source, cache, now=now)
        assert result.cache.next_fetch_at is not None
        delays.append(result.cache.next_fetch_at - now)
        cache = result.cache
        now = result.cache.next_fetch_at
    assert delays == [dt.timedelta(minutes=60 * 2**n) for n in range(4)]


def test_410_disables_the_source(server: HTTPServer) -> None:
    server.expect_request("/gone").respond_with_data("gone", status=410)
    result = fetch_one(feed_source(server, "/gone"))
    assert result.status == "failed"
    assert result.cache.disabled_reason and "410" in result.cache.disabled_reason
    assert result.notice and "disabled" in result.notice
    later = fetch_one(feed_source(server, "/gone"), result.cache, now=NOW + dt.timedelta(days=3))
    assert later.status == "skipped"
    [forced] = fetch_sources(
        [feed_source(server, "/gone")], fast_http(), {"test": result.cache}, now=NOW, force=True
    )
    assert forced.status == "skipped"
    assert len(server.log) == 1


def test_429_with_retry_after_is_honoured(server: HTTPServer) -> None:
    server.expect_ordered_request("/feed.xml").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "0"}
    )
    server.expect_ordered_request("/feed.xml").respond_with_data(
        rss(ITEMS), content_type="text/xml"
    )
    result = fetch_one(feed_source(server))
    assert result.status == "ok", result.error
    assert len(server.log) == 2


def test_429_asking_too_long_a_wait_gives_up_and_schedules_later(server: HTTPServer) -> None:
    server.expect_request("/feed.xml").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "7200"}
    )
    result = fetch_one(feed_source(server))
    assert result.status == "failed"
    assert "429" in (result.error or "") and "7200" in (result.error or "")
    assert len(server.log) == 1  # no retry hammering
    assert result.cache.next_fetch_at == NOW + dt.timedelta(seconds=7200)


def test_500_then_200_is_retried(server: HTTPServer) -> None:
    server.expect_ordered_request("/feed.xml").respond_with_data("oops", status=500)
    server.expect_ordered_request("/feed.xml").respond_with_data("oops", status=503)
    server.expect_ordered_request("/feed.xml").respond_with_data(
        rss(ITEMS), content_type="text/xml"
    )
    result = fetch_one(feed_source(server))
    assert result.status == "ok", result.error
    assert len(result.posts) == 2


def test_500_every_time_fails_after_retries(server: HTTPServer) -> None:
    server.expect_request("/feed.xml").respond_with_data("oops", status=500)
    result = fetch_one(feed_source(server), retries=2)
    assert result.status == "failed"
    assert result.error == "HTTP 500 Internal Server Error (after 3 attempts)"
    assert len(server.log) == 3


def test_slow_response_times_out(server: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(1.0)
        return Response(rss(ITEMS), content_type="text/xml")

    server.expect_request("/slow").respond_with_handler(slow)
    result = fetch_one(feed_source(server, "/slow"), timeout=0.2, retries=0)
    assert result.status == "failed"
    assert result.error == "timed out after 0.2s"


def test_response_over_size_cap_declared(server: HTTPServer) -> None:
    server.expect_request("/big").respond_with_data("x" * 5000, content_type="text/xml")
    result = fetch_one(feed_source(server, "/big"), max_bytes=1000)
    assert result.status == "failed"
    assert "larger than 1000 bytes" in (result.error or "")


def test_response_over_size_cap_streamed(server: HTTPServer) -> None:
    def endless(request: Request) -> Response:
        return Response((b"<rss>" + b"y" * 500 for _ in range(100)), content_type="text/xml")

    server.expect_request("/stream").respond_with_handler(endless)
    result = fetch_one(feed_source(server, "/stream"), max_bytes=2000)
    assert result.status == "failed"
    assert "larger than 2000 bytes" in (result.error or "")


def test_truncated_body_fails(server: HTTPServer) -> None:
    body = rss(ITEMS).encode()

    def truncated(request: Request) -> Response:
        return Response(
            iter([body[:100]]),
            headers={"Content-Length": str(len(body)), "Content-Type": "text/xml"},
        )

    server.expect_request("/cut").respond_with_handler(truncated)
    result = fetch_one(feed_source(server, "/cut"), retries=1)
    assert result.status == "failed"
    assert "connection failed" in (result.error or "")
    assert len(server.log) == 2  # retried once


def test_latin1_served_as_utf8_still_reads(server: HTTPServer) -> None:
    body = rss([{"title": "Llama 2 désormais ouvert", "link": "https://x.example.org/a"}])
    latin1 = body.replace('encoding="utf-8"', 'encoding="utf-8"').encode("latin-1")
    server.expect_request("/feed.xml").respond_with_data(
        latin1, content_type="application/rss+xml; charset=utf-8"
    )
    result = fetch_one(feed_source(server))
    assert result.status == "ok", result.error
    assert result.posts[0].title == "Llama 2 désormais ouvert"


def test_missing_charset_reads_utf8(server: HTTPServer) -> None:
    body = rss([{"title": "Llama 4 « Maverick »", "link": "https://x.example.org/b"}])
    body = body.replace('<?xml version="1.0" encoding="utf-8"?>', "")
    server.expect_request("/feed.xml").respond_with_data(
        body.encode("utf-8"), content_type="application/xml"
    )
    result = fetch_one(feed_source(server))
    assert result.status == "ok", result.error
    assert result.posts[0].title == "Llama 4 « Maverick »"


def test_gzip_body_is_decoded(server: HTTPServer) -> None:
    def zipped(request: Request) -> Response:
        assert "gzip" in request.headers.get("Accept-Encoding", "")
        return Response(
            gzip.compress(rss(ITEMS).encode()),
            headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"},
        )

    server.expect_request("/feed.xml").respond_with_handler(zipped)
    result = fetch_one(feed_source(server))
    assert result.status == "ok", result.error
    assert len(result.posts) == 2


def test_malformed_xml_keeps_salvaged_entries(server: HTTPServer) -> None:
    server.expect_request("/feed.xml").respond_with_data(
        (FEEDS / "malformed.xml").read_bytes(), content_type="application/rss+xml"
    )
    result = fetch_one(feed_source(server))
    assert result.status == "ok", result.error
    assert [p.title for p in result.posts] == ["First salvaged item", "Second salvaged item"]
    assert any("malformed feed" in problem for problem in result.problems)


def test_html_page_served_as_feed_fails_and_keeps_no_validators(server: HTTPServer) -> None:
    server.expect_request("/feed.xml").respond_with_data(
        (FEEDS / "not-a-feed.html").read_bytes(),
        content_type="text/html",
        headers={"ETag": '"html"'},
    )
    result = fetch_one(feed_source(server))
    assert result.status == "failed"
    assert result.error == "not a feed: the server sent an HTML page"
    assert result.cache.etag is None


def test_cache_control_and_ttl_push_next_fetch_later(server: HTTPServer) -> None:
    server.expect_request("/cc.xml").respond_with_data(
        rss(ITEMS), content_type="text/xml", headers={"Cache-Control": "public, max-age=10800"}
    )
    server.expect_request("/ttl.xml").respond_with_data(
        rss(ITEMS, extra="<ttl>240</ttl>"), content_type="text/xml"
    )
    server.expect_request("/huge.xml").respond_with_data(
        rss(ITEMS), content_type="text/xml", headers={"Cache-Control": "max-age=99999999"}
    )
    assert fetch_one(feed_source(server, "/cc.xml")).cache.next_fetch_at == NOW + dt.timedelta(
        hours=3
    )
    assert fetch_one(feed_source(server, "/ttl.xml")).cache.next_fetch_at == NOW + dt.timedelta(
        hours=4
    )
    capped = fetch_one(feed_source(server, "/huge.xml"), max_interval_hours=12)
    assert capped.cache.next_fetch_at == NOW + dt.timedelta(hours=12)


def test_duplicate_entries_across_feeds_are_one_post(server: HTTPServer) -> None:
    long_text = "<p>" + " ".join(f"word{i}" for i in range(60)) + "</p>"
    first = [{"title": "Same story", "link": "https://a.example.org/s", "content": long_text}]
    # The second feed links the same article with tracking parameters and a fragment,
    # and carries a third entry that is the same text under another URL.
    second = [
        {"title": "Same story", "link": "https://a.example.org/s?utm_source=x#top"},
        {"title": "Mirror", "link": "https://mirror.example.net/copy", "content": long_text},
        {"title": "Other", "link": "https://a.example.org/other", "content": "<p>other</p>"},
    ]
    server.expect_request("/one.xml").respond_with_data(rss(first), content_type="text/xml")
    server.expect_request("/two.xml").respond_with_data(rss(second), content_type="text/xml")
    sources = [
        Source(name="one", url=server.url_for("/one.xml"), identity="link"),
        Source(name="two", url=server.url_for("/two.xml"), identity="link"),
    ]
    results = fetch_sources(sources, fast_http(), {}, now=NOW)
    assert [p.title for p in results[0].posts] == ["Same story"]
    assert [p.title for p in results[1].posts] == ["Other"]
    assert any("2 duplicate" in problem for problem in results[1].problems)


def test_per_host_concurrency_is_respected(server: HTTPServer) -> None:
    lock = threading.Lock()
    state = {"now": 0, "peak": 0}

    def counted(request: Request) -> Response:
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        time.sleep(0.05)
        with lock:
            state["now"] -= 1
        return Response(rss(ITEMS), content_type="text/xml")

    server.expect_request("/feed.xml").respond_with_handler(counted)
    sources = [Source(name=f"s{i}", url=server.url_for("/feed.xml")) for i in range(6)]
    results = fetch_sources(sources, fast_http(per_host_concurrency=2), {}, now=NOW)
    assert all(r.status == "ok" for r in results)
    assert state["peak"] == 2


# --- article pages ---------------------------------------------------------------------


def summary_post(url: str) -> Post:
    return Post(url=url, title="t", body="teaser", content_type="html", summary_only=True)


def test_article_page_replaces_the_summary(server: HTTPServer) -> None:
    page = "<html><head><title>Guard</title></head><body><p>Llama Guard café</p></body></html>"
    server.expect_request("/article").respond_with_data(
        page.encode("latin-1"), content_type="text/html; charset=utf-8"
    )
    full = Post(url="https://x.example.org/full", title="f", body="full", content_type="html")
    posts = [summary_post(server.url_for("/article")), full]
    fetched = fetch_articles(posts, fast_http(allow_private=["127.0.0.1"]))
    assert fetched[1] is full
    assert fetched[0].summary_only is False
    assert fetched[0].error is None
    assert "Llama Guard café" in fetched[0].body


def test_article_failures_stay_on_the_post(server: HTTPServer) -> None:
    server.expect_request("/gone").respond_with_data("no", status=404)
    server.expect_request("/pdf").respond_with_data(b"%PDF-1.7", content_type="application/pdf")
    posts = [summary_post(server.url_for("/gone")), summary_post(server.url_for("/pdf"))]
    fetched = fetch_articles(posts, fast_http(allow_private=["127.0.0.1"]))
    assert fetched[0].summary_only and fetched[0].body == "teaser"
    assert fetched[0].error and "HTTP 404" in fetched[0].error
    assert fetched[1].error and "not a web page (application/pdf)" in fetched[1].error


def test_feed_links_to_private_addresses_are_refused(server: HTTPServer) -> None:
    server.expect_request("/page").respond_with_data("<p>internal</p>", content_type="text/html")
    items = [
        {"title": "metadata", "link": "http://169.254.169.254/latest/meta-data/", "summary": "s"},
        {"title": "loopback", "link": server.url_for("/page"), "summary": "s"},
        {"title": "file", "link": "file:///etc/passwd", "summary": "s"},
    ]
    server.expect_request("/feed.xml").respond_with_data(rss(items), content_type="text/xml")
    [result] = fetch_sources([feed_source(server)], fast_http(), {}, now=NOW)
    assert result.status == "ok"  # the operator's own source on 127.0.0.1 is trusted
    default = fetch_articles(result.posts, fast_http())
    assert [p.summary_only for p in default] == [True, True, True]
    assert "169.254.169.254" in (default[0].error or "")
    assert "private" in (default[1].error or "")
    assert "not http(s)" in (default[2].error or "")
    allowed = fetch_articles(result.posts, fast_http(allow_private=["127.0.0.1"]))
    assert allowed[1].summary_only is False and "internal" in allowed[1].body
    assert allowed[0].error  # the allow-list re-opens only what it names
    assert [entry[0].path for entry in server.log].count("/page") == 1


def test_redirect_from_article_to_private_address_is_refused(server: HTTPServer) -> None:
    server.expect_request("/hop").respond_with_data(
        "", status=302, headers={"Location": "http://169.254.169.254/secret"}
    )
    [post] = fetch_articles(
        [summary_post(server.url_for("/hop"))], fast_http(allow_private=["127.0.0.1"])
    )
    assert post.error and "refused http://169.254.169.254/secret" in post.error


def test_source_without_fulltext_wants_no_article(server: HTTPServer) -> None:
    server.expect_request("/feed.xml").respond_with_data(rss(ITEMS), content_type="text/xml")
    result = fetch_one(feed_source(server, fulltext=False))
    assert [p.summary_only for p in result.posts] == [False, False]


def test_called_from_inside_an_event_loop(server: HTTPServer) -> None:
    import asyncio

    server.expect_request("/feed.xml").respond_with_data(rss(ITEMS), content_type="text/xml")

    async def inside() -> list[SourceFetch]:
        return fetch_sources([feed_source(server)], fast_http(), {}, now=NOW)

    [result] = asyncio.run(inside())
    assert result.status == "ok"


def test_article_fetch_keeps_the_entry_fingerprint(server: HTTPServer) -> None:
    server.expect_request("/feed.xml").respond_with_data(
        rss([{"title": "Teaser", "link": server.url_for("/page"), "summary": "short"}]),
        content_type="text/xml",
    )
    server.expect_request("/page").respond_with_data(
        "<html><body><p>The whole article.</p></body></html>", content_type="text/html"
    )
    [result] = fetch_sources([feed_source(server)], fast_http(), {}, now=NOW)
    [teaser] = result.posts
    assert teaser.fingerprint
    [full] = fetch_articles([teaser], fast_http(allow_private=["127.0.0.1"]))
    assert "The whole article." in full.body
    # What the feed said did not change, so neither does the fingerprint.
    assert full.fingerprint == teaser.fingerprint and full.key == teaser.key


def test_retry_wait_holds_no_slot(server: HTTPServer) -> None:
    server.expect_ordered_request("/busy.xml").respond_with_data(
        "busy", status=503, headers={"Retry-After": "1"}
    )
    server.expect_ordered_request("/calm.xml").respond_with_data(
        rss(ITEMS), content_type="text/xml"
    )
    server.expect_ordered_request("/busy.xml").respond_with_data(
        rss(ITEMS[:1]), content_type="text/xml"
    )
    sources = [feed_source(server, "/busy.xml"), feed_source(server, "/calm.xml", name="calm")]
    # One request at a time to this host: the calm feed is served while the busy
    # one sleeps out its Retry-After, not after it.
    results = fetch_sources(sources, fast_http(per_host_concurrency=1), {}, now=NOW)
    assert [r.status for r in results] == ["ok", "ok"], [r.error for r in results]
    # (the shared server may still log a request an earlier test's client gave up on)
    ours = [e[0].path for e in server.log if e[0].path in ("/busy.xml", "/calm.xml")]
    assert ours == ["/busy.xml", "/calm.xml", "/busy.xml"]


def test_page_source_is_one_post_and_uses_conditional_get(server: HTTPServer) -> None:
    page = "<html><head><title>Llama models</title></head><body><p>Llama 3.2 has vision.</p>"
    server.expect_request("/models", headers={"If-None-Match": '"p1"'}).respond_with_data(
        "", status=304
    )
    server.expect_request("/models").respond_with_data(
        page, content_type="text/html", headers={"ETag": '"p1"'}
    )
    source = feed_source(server, "/models", kind="page")
    first = fetch_one(source)
    assert first.status == "ok", first.error
    [post] = first.posts
    assert post.title == "Llama models" and "vision" in post.body
    assert post.key == f"url:{server.url_for('/models')}"
    second = fetch_one(source, first.cache, now=NOW + dt.timedelta(hours=2))
    assert second.status == "not_modified"


def test_summary_counts_a_mixed_run(server: HTTPServer) -> None:
    from llamawatch.sources.fetch import summarize_fetches

    server.expect_request("/feed.xml").respond_with_data(rss(ITEMS), content_type="text/xml")
    server.expect_request("/broken").respond_with_data("", status=500)
    sources = [
        feed_source(server),
        feed_source(server, "/broken", name="broken"),
        feed_source(server, name="later"),
        feed_source(server, name="off", enabled=False),
    ]
    caches = {"later": SourceCache(next_fetch_at=NOW + dt.timedelta(hours=3))}
    summary = summarize_fetches(fetch_sources(sources, fast_http(retries=0), caches, now=NOW))
    assert (summary.ok, summary.failed, summary.skipped, summary.posts) == (1, 1, 2, 2)
    assert summary.failures == ("broken: HTTP 500 Internal Server Error",)
    assert summary.line() == "sources: 1 ok, 0 unchanged, 1 failed, 2 not due; 2 posts"


def test_identity_policy_handles_changed_and_reused_guids(server: HTTPServer) -> None:
    monday = [
        {"title": "A", "link": "https://pub.example.org/a", "guid": "x-1", "summary": "a"},
        {"title": "B", "link": "https://pub.example.org/b", "guid": "x-1", "summary": "b"},
    ]
    # The publisher regenerates every GUID on Tuesday.
    tuesday = [dict(item, guid=f"y-{i}") for i, item in enumerate(monday)]
    server.expect_ordered_request("/feed.xml").respond_with_data(
        rss(monday), content_type="text/xml"
    )
    server.expect_ordered_request("/feed.xml").respond_with_data(
        rss(tuesday), content_type="text/xml"
    )
    source = feed_source(server, identity="link")
    first = fetch_one(source)
    second = fetch_one(source, first.cache, now=NOW + dt.timedelta(days=1))
    assert [p.title for p in first.posts] == ["A", "B"]  # a reused GUID merges nothing
    assert [p.key for p in first.posts] == [p.key for p in second.posts]
    assert [p.key for p in first.posts] == [
        "url:https://pub.example.org/a",
        "url:https://pub.example.org/b",
    ]
