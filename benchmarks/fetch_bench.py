"""Benchmark the fetch stage against feeds served by a local HTTP server.

Serves N feeds × 20 entries (each with ETag and Last-Modified) from a threaded
local server and measures:

1. a cold run (every feed downloaded and parsed) and an unchanged second run
   (every feed answers 304 Not Modified), for 200 feeds;
2. peak Python memory (tracemalloc) while fetching 100, 200 and 400 feeds in
   batches of 50 sources, as the ingest flow does (one task per batch): the
   peak should stay flat as the number of feeds grows.

All requests go to one host, so the per-host politeness delay is switched off
and the per-host limit raised; with real feeds spread over many hosts the
defaults apply per host. Run:  python benchmarks/fetch_bench.py [--feeds 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import logging
import re
import time
import tracemalloc
from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from llamawatch.config import HttpSettings
from llamawatch.fetch import fetch_sources
from llamawatch.records import Source
from llamawatch.sources_health import SourceCache

ENTRIES = 20
BATCH = 50
PARAGRAPH = (
    "<p>Entry {n} of feed {feed}: a benchmark paragraph about open-weight models, "
    "context windows, licences and release dates, repeated to give the body some weight. "
    "It says nothing true about any model and exists only to be parsed.</p>"
)


def feed_xml(feed: int) -> bytes:
    """Return an RSS 2.0 feed with ENTRIES full-content entries, all distinct."""
    items = []
    for n in range(ENTRIES):
        body = PARAGRAPH.format(n=n, feed=feed) * 6
        items.append(
            f"<item><title>Feed {feed} entry {n}</title>"
            f"<link>https://bench{feed}.example.org/posts/{n}</link>"
            f'<guid isPermaLink="false">bench-{feed}-{n}</guid>'
            f"<pubDate>Mon, 02 Mar 2026 {n % 24:02d}:00:00 GMT</pubDate>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Bench {feed}</title><link>https://bench{feed}.example.org/</link>"
        f"{''.join(items)}</channel></rss>"
    ).encode()


def serve(server: HTTPServer) -> None:
    cache: dict[int, tuple[bytes, str]] = {}

    def handler(request: Request) -> Response:
        feed = int(request.path.rsplit("/", 1)[1].split(".")[0])
        if feed not in cache:
            body = feed_xml(feed)
            cache[feed] = (body, '"' + hashlib.sha1(body).hexdigest()[:16] + '"')
        body, etag = cache[feed]
        headers = {"ETag": etag, "Last-Modified": "Mon, 02 Mar 2026 12:00:00 GMT"}
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers=headers)
        return Response(body, content_type="application/rss+xml", headers=headers)

    server.expect_request(re.compile(r"^/feeds/\d+\.xml$")).respond_with_handler(handler)


def run_server(conn: Connection) -> None:
    """Serve the feeds from a separate process, so its memory and CPU are not measured."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    serve(server)
    conn.send(server.port)
    conn.recv()  # until told to stop
    server.clear()
    server.stop()


def sources_for(port: int, count: int) -> list[Source]:
    base = f"http://127.0.0.1:{port}/feeds"
    return [Source(name=f"feed-{i}", url=f"{base}/{i}.xml") for i in range(count)]


def batched_run(
    sources: list[Source], http: HttpSettings, caches: dict[str, SourceCache], now: dt.datetime
) -> tuple[int, int, dict[str, SourceCache]]:
    """Fetch in batches of BATCH, keeping only counts and caches (as a flow would save them)."""
    posts = not_modified = 0
    new_caches: dict[str, SourceCache] = {}
    for start in range(0, len(sources), BATCH):
        results = fetch_sources(sources[start : start + BATCH], http, caches, now=now, force=True)
        for result in results:
            assert result.ok, result.error
            posts += len(result.posts)
            not_modified += result.status == "not_modified"
            new_caches[result.source.name] = result.cache
        del results
    return posts, not_modified, new_caches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    args = parser.parse_args()
    http = HttpSettings(per_host_delay=0.0, per_host_concurrency=16, trust_env=False)
    now = dt.datetime(2026, 3, 2, 12, tzinfo=dt.UTC)
    parent, child = Pipe()
    server = Process(target=run_server, args=(child,), daemon=True)
    server.start()
    port = parent.recv()
    try:
        sources = sources_for(port, args.feeds)
        batched_run(sources_for(port, 400), http, {}, now)  # the server builds its feeds once
        started = time.perf_counter()
        posts, _, caches = batched_run(sources, http, {}, now)
        cold = time.perf_counter() - started
        started = time.perf_counter()
        again, unchanged, _ = batched_run(sources, http, caches, now + dt.timedelta(hours=2))
        warm = time.perf_counter() - started
        print(f"{args.feeds} feeds x {ENTRIES} entries, batches of {BATCH}")
        print(f"cold run:      {cold:6.2f} s  ({posts} posts, {args.feeds / cold:.0f} feeds/s)")
        print(
            f"unchanged run: {warm:6.2f} s  ({unchanged} x 304, {again} posts)"
            f"  = {warm / cold:.1%} of cold"
        )
        print("peak traced memory, fetching in batches of 50:")
        for count in (100, 200, 400):
            many = sources_for(port, count)
            gc.collect()
            tracemalloc.start()
            batched_run(many, http, {}, now)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"  {count:4d} feeds: {peak / 1e6:6.1f} MB")
    finally:
        parent.send("stop")
        server.join(timeout=10)


if __name__ == "__main__":
    main()
