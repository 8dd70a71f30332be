"""Benchmark the fetch stage against feeds served by a local HTTP server.

Serves N feeds × 20 entries (each with ETag and Last-Modified) from a small
keep-alive HTTP server in another process and measures:

1. a cold run (every feed downloaded and parsed) and an unchanged second run
   (every feed answers 304 Not Modified), for 200 feeds by default;
2. peak Python memory (tracemalloc) while fetching 100, 200 and 400 feeds in
   batches of 50 sources, as the ingest flow does (one task per batch): the
   peak should stay flat as the number of feeds grows.

All requests go to one host, so the per-host politeness delay is switched off
and the per-host limit raised; with real feeds spread over many hosts the
defaults apply per host. Run:  python benchmarks/fetch_bench.py [--feeds 200]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import hashlib
import re
import time
import tracemalloc
from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection

from llamawatch.config import HttpSettings
from llamawatch.records import Source
from llamawatch.sources.fetch import fetch_sources
from llamawatch.sources.health import SourceCache

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


class FeedServer:
    """A minimal HTTP/1.1 keep-alive server for the feeds, so the server is not the bottleneck.

    (werkzeug's development server behind pytest-httpserver opens one connection
    per request and tops out near 150 requests/s, which would measure it, not us.)
    """

    def __init__(self) -> None:
        self.feeds: dict[int, tuple[bytes, str]] = {}

    def feed(self, number: int) -> tuple[bytes, str]:
        if number not in self.feeds:
            body = feed_xml(number)
            self.feeds[number] = (body, '"' + hashlib.sha1(body).hexdigest()[:16] + '"')
        return self.feeds[number]

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                headers = {
                    k.strip().lower(): v.strip()
                    for k, _, v in (line.partition(":") for line in lines[1:] if line)
                }
                match = re.fullmatch(r"/feeds/(\d+)\.xml", path)
                if match is None:
                    writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                    continue
                body, etag = self.feed(int(match.group(1)))
                common = f"ETag: {etag}\r\nLast-Modified: Mon, 02 Mar 2026 12:00:00 GMT\r\n"
                if headers.get("if-none-match") == etag:
                    writer.write(f"HTTP/1.1 304 Not Modified\r\n{common}\r\n".encode())
                else:
                    writer.write(
                        f"HTTP/1.1 200 OK\r\n{common}Content-Type: application/rss+xml\r\n"
                        f"Content-Length: {len(body)}\r\n\r\n".encode()
                        + body
                    )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


def run_server(conn: Connection) -> None:
    """Serve the feeds from a separate process, so its memory and CPU are not measured."""

    async def serve() -> None:
        server = await asyncio.start_server(FeedServer().handle, "127.0.0.1", 0)
        conn.send(server.sockets[0].getsockname()[1])
        await asyncio.get_running_loop().run_in_executor(None, conn.recv)  # until told to stop
        server.close()

    asyncio.run(serve())


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
