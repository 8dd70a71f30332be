"""Kill an ingest with SIGKILL at every step boundary: the next run loses no post.

Each case runs the flow's own step sequence in a subprocess against a local
feed with an ETag, kills it at one boundary (``LLAMAWATCH_CRASH_AT``), runs it
again normally, and compares the database with that of a run never killed.
The feed answers 304 to a matching If-None-Match, so a validator stored before
its posts would hide them for good.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import select
from werkzeug import Request, Response

from llamawatch.storage.db import open_database, session_scope
from llamawatch.storage.schema import EventRow, FactRow, ModelStateRow, PostRow, SourceRow

HELPER = Path(__file__).parent / "helpers_crash.py"
ETAG = '"feed-v1"'

#: what the entries say: five posts, three batches of two at most
ENTRIES = [
    ("llama-9-announced", "2026-01-05", "Meta announced Llama 9, a model with 70B parameters."),
    ("llama-9-weights", "2026-01-09", "Llama 9 weights are openly downloadable under a licence."),
    ("llama-9-context", "2026-01-12", "Llama 9 has a context window of 128K tokens."),
    ("llama-9-delay", "2026-01-20", "Meta said Llama 9 Large is delayed until the summer."),
    ("llama-9-summary", "2026-01-25", None),  # summary only: its article is fetched
]

ARTICLE = (
    "<html><head><title>Llama 9 Small</title></head><body><article><p>"
    "Meta released Llama 9 Small, a model with 8B parameters, on January 25, 2026."
    "</p></article></body></html>"
)

BOUNDARIES = [
    "run-started",
    "sources-fetched",
    "articles-fetched",
    "batch-1-extracted",
    "batch-1-saved",
    "batch-2-saved",
    "batch-3-saved",
    "caches-saved",
    "history-refreshed",
    "run-finished",
]


def feed_xml(base: str) -> str:
    items = []
    for slug, date, text in ENTRIES:
        body = f"<content:encoded><![CDATA[<p>{text}</p>]]></content:encoded>" if text else ""
        items.append(
            f"<item><title>{slug}</title><link>{base}/posts/{slug}</link>"
            f'<guid isPermaLink="false">{slug}</guid><pubDate>{date}T10:00:00Z</pubDate>'
            f"<description>Short note on {slug}.</description>{body}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Crash feed</title><link>{base}/</link>{''.join(items)}</channel></rss>"
    )


@pytest.fixture(scope="module")
def feed_server() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    base = server.url_for("").rstrip("/")

    def feed(request: Request) -> Response:
        if request.headers.get("If-None-Match") == ETAG:
            return Response(status=304, headers={"ETag": ETAG})
        return Response(feed_xml(base), content_type="application/rss+xml", headers={"ETag": ETAG})

    server.expect_request("/feed.xml").respond_with_handler(feed)
    server.expect_request("/posts/llama-9-summary").respond_with_data(
        ARTICLE, content_type="text/html"
    )
    yield server
    server.clear()
    server.stop()


def write_config(folder: Path, server: HTTPServer) -> Path:
    folder.mkdir(parents=True)
    config = folder / "llamawatch.toml"
    config.write_text(
        f"""
[storage]
url = "sqlite:///{folder / "watch.db"}"

[http]
retries = 0
timeout = 5.0
per_host_delay = 0.0
trust_env = false
allow_private = ["127.0.0.1"]

[[sources]]
name = "crash-feed"
url = "{server.url_for("/feed.xml")}"
""",
        encoding="utf-8",
    )
    return config


def run_ingest(config: Path, crash_at: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LLAMAWATCH_CRASH_AT"}
    if crash_at:
        env["LLAMAWATCH_CRASH_AT"] = crash_at
    return subprocess.run(
        [sys.executable, str(HELPER), str(config)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def snapshot(config: Path) -> dict[str, Any]:
    """Everything a run decides, without ids and clock times."""
    engine = open_database(f"sqlite:///{config.parent / 'watch.db'}")
    with session_scope(engine) as session:
        keys = dict(session.execute(select(PostRow.id, PostRow.post_key)).all())
        result = {
            "posts": sorted(
                session.execute(
                    select(
                        PostRow.post_key,
                        PostRow.version,
                        PostRow.is_current,
                        PostRow.content_hash,
                        PostRow.error,
                    )
                ).all()
            ),
            "facts": sorted(
                (keys[r.post_id], r.model, r.attribute, repr(r.value))
                for r in session.scalars(select(FactRow))
            ),
            "state": sorted(
                (r.model, r.attribute, repr(r.value), r.since)
                for r in session.scalars(select(ModelStateRow))
            ),
            "events": sorted(
                (r.model, r.attribute, repr(r.old), repr(r.new), r.date, r.superseded_at is None)
                for r in session.scalars(select(EventRow))
            ),
            "validators": sorted(session.execute(select(SourceRow.name, SourceRow.etag)).all()),
        }
    engine.dispose()
    return result


@pytest.fixture(scope="module")
def clean(feed_server: HTTPServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    config = write_config(tmp_path_factory.mktemp("clean") / "run", feed_server)
    done = run_ingest(config)
    assert done.returncode == 0, done.stderr
    return snapshot(config)


def test_a_clean_run_stores_every_post_and_the_validator(clean: dict[str, Any]) -> None:
    assert len(clean["posts"]) == len(ENTRIES)
    assert all(error is None for *_, error in clean["posts"])
    assert clean["validators"] == [("crash-feed", ETAG)]
    assert clean["facts"], "the fixture posts must give facts, else the test proves little"


@pytest.mark.parametrize("boundary", BOUNDARIES)
def test_killed_at_a_step_boundary_the_next_run_ends_like_a_clean_run(
    boundary: str, feed_server: HTTPServer, clean: dict[str, Any], tmp_path: Path
) -> None:
    config = write_config(tmp_path / "run", feed_server)
    killed = run_ingest(config, crash_at=boundary)
    assert killed.returncode == -signal.SIGKILL, (boundary, killed.stdout, killed.stderr)

    resumed = run_ingest(config)

    assert resumed.returncode == 0, resumed.stderr
    assert snapshot(config) == clean
