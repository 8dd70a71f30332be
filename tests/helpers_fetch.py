"""Shared pieces for the fetch tests: fast HTTP settings, a threaded local server, feeds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

from llamawatch.config import HttpSettings

FEEDS = Path(__file__).parent / "data" / "feeds"
NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


def fast_http(**changes: Any) -> HttpSettings:
    """Return HTTP settings with tiny timeouts and backoff, so failure tests run fast."""
    values: dict[str, Any] = {
        "timeout": 2.0,
        "retries": 2,
        "backoff": 0.01,
        "max_retry_after": 1.0,
        "per_host_delay": 0.0,
        "per_host_concurrency": 4,
        "trust_env": False,
    }
    values.update(changes)
    return HttpSettings(**values)


@contextmanager
def local_server() -> Iterator[HTTPServer]:
    """Run a threaded pytest-httpserver on 127.0.0.1 (threaded: slow handlers block nobody)."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        yield server
    finally:
        server.clear()
        if server.is_running():
            server.stop()


def rss(items: list[dict[str, str]], *, title: str = "Test feed", extra: str = "") -> str:
    """Return a small RSS 2.0 document with the given items (title, link, guid, body...)."""
    parts = []
    for item in items:
        fields = "".join(
            f"<{tag}>{item[key]}</{tag}>"
            for key, tag in (
                ("title", "title"),
                ("link", "link"),
                ("guid", "guid"),
                ("date", "pubDate"),
                ("summary", "description"),
            )
            if key in item
        )
        if "content" in item:
            fields += f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>"
        if "guid" in item:
            fields = fields.replace("<guid>", '<guid isPermaLink="false">')
        parts.append(f"<item>{fields}</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{title}</title><link>https://feeds.example.org/</link>{extra}"
        f"{''.join(parts)}</channel></rss>"
    )
