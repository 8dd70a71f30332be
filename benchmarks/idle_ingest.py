"""How long an hourly ingest takes when nothing is new (every feed answers 304).

Serves N small RSS feeds with ETags from a local threaded HTTP server, runs the
ingest flow once to fill the database, then runs it again (forcing every source
due) so every feed answers 304 Not Modified. Prints the wall time of each run,
and the time the same stages take called directly without Prefect, so the
difference is Prefect's own overhead.

    python benchmarks/idle_ingest.py [--feeds 50]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import tempfile
import threading
import time
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def feed_xml(number: int) -> bytes:
    day = dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=number)
    items = "".join(
        f"""<item><title>Feed {number} item {i}</title>
<link>https://feeds.example/{number}/{i}</link><guid>feed-{number}-{i}</guid>
<pubDate>{format_datetime(day + dt.timedelta(hours=i))}</pubDate>
<description>Benchmark note {number}.{i}: Llama 3.1 is an open-weight model with a
128K token context window.</description></item>"""
        for i in range(5)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {number}</title>'
        f"<link>https://feeds.example/{number}</link><description>b</description>{items}"
        "</channel></rss>"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    feeds: dict[str, bytes] = {}

    def do_GET(self) -> None:
        body = self.feeds.get(self.path)
        if body is None:
            self.send_error(404)
            return
        etag = '"' + hashlib.sha1(body).hexdigest() + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=50)
    args = parser.parse_args()

    Handler.feeds = {f"/feed/{n}.xml": feed_xml(n) for n in range(args.feeds)}
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    work = Path(tempfile.mkdtemp(prefix="llamawatch-idle-"))
    sources = "".join(
        f'\n[[sources]]\nname = "feed-{n}"\nurl = "http://127.0.0.1:{port}/feed/{n}.xml"\n'
        "fulltext = false\n"
        for n in range(args.feeds)
    )
    config = work / "llamawatch.toml"
    config.write_text(
        f'[storage]\nurl = "sqlite:///{work / "db.sqlite"}"\n[output]\ndir = "{work / "site"}"\n'
        f"[http]\nper_host_delay = 0.0\nper_host_concurrency = 8\n{sources}",
        encoding="utf-8",
    )

    from llamawatch.flows.ingest import ingest_flow

    started = time.perf_counter()
    first = ingest_flow(config_path=str(config))
    cold = time.perf_counter() - started
    started = time.perf_counter()
    warm = ingest_flow(config_path=str(config), force=True)
    warm_first = time.perf_counter() - started
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        idle = ingest_flow(config_path=str(config), force=True)
        runs.append(time.perf_counter() - started)
    assert idle.posts_new == 0 and warm.posts_new == 0

    # The same stages without Prefect: fetch (all 304), dedup, history, pages.
    from llamawatch.config import load_settings
    from llamawatch.publishing.publish import publish_site
    from llamawatch.sources.fetch import fetch_sources
    from llamawatch.storage.db import open_database, session_scope
    from llamawatch.storage.history import refresh_history
    from llamawatch.storage.sources import load_caches, load_sources, save_caches

    settings = load_settings(str(config))
    engine = open_database(settings.storage.url)
    started = time.perf_counter()
    with session_scope(engine) as session:
        srcs = load_sources(session, settings.source_list)
        caches = load_caches(session, [s.name for s in srcs])
    fetched = fetch_sources(srcs, settings.http, caches, force=True)
    with session_scope(engine) as session:
        save_caches(session, {f.source.name: f.cache for f in fetched})
        refresh_history(session, set())
    publish_site(engine, settings)
    bare = time.perf_counter() - started
    statuses = {f.status for f in fetched}
    server.shutdown()

    best = min(runs)
    print(f"feeds: {args.feeds} × 5 entries, served on loopback with ETags")
    print(f"first ingest (temporary Prefect server start + {first.posts_new} posts): {cold:.2f} s")
    print(f"idle ingest, first after that: {warm_first:.2f} s")
    print(
        f"idle ingest (all 304), best of 3: {best:.2f} s  (runs: "
        + ", ".join(f"{r:.2f}" for r in runs)
        + ")"
    )
    print(f"same stages without Prefect: {bare:.2f} s  (fetch statuses: {sorted(statuses)})")
    print(f"Prefect's share of an idle ingest: {best - bare:.2f} s ({(best - bare) / best:.0%})")


if __name__ == "__main__":
    main()
