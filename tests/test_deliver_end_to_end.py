"""From stored history to the reader: alerts, the digest mail and the pages, with real parts.

The database is filled through the storage API (posts with facts, then
``refresh_history``); mail goes to aiosmtpd on loopback and webhooks to a local
HTTP server; the CLI commands run as a user would call them.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from werkzeug import Request, Response

from llamawatch.cli import cli
from llamawatch.config import load_settings
from llamawatch.delivery.channels.webhook import SIGNATURE_HEADER, verify_signature
from llamawatch.delivery.outbox import queue_and_deliver_alerts
from llamawatch.records import ArticleText, ExtractedPost, Fact, Post
from llamawatch.storage.db import session_scope
from llamawatch.storage.history import load_events, refresh_history
from llamawatch.storage.posts import save_extracted
from llamawatch.storage.schema import OutboxRow

D = dt.date


class Inbox:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.messages.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)  # type: ignore[arg-type]
        )
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture
def hook(httpserver: HTTPServer) -> list[Request]:
    received: list[Request] = []

    def handler(request: Request) -> Response:
        received.append(request)
        return Response("ok")

    httpserver.expect_request("/hook", method="POST").respond_with_handler(handler)
    return received


def _post(
    url: str, title: str, day: dt.date, facts: list[tuple[str, str, object, str, str]]
) -> ExtractedPost:
    post = Post(url=url, title=title, body=title, content_type="text", published=day)
    article = ArticleText(url=url, title=title, text=title, published=day)
    return ExtractedPost(
        post=post,
        article=article,
        facts=tuple(
            Fact(model, attribute, value, certainty, evidence, url, day)  # type: ignore[arg-type]
            for model, attribute, value, certainty, evidence in facts
        ),
    )


def ingest(engine: Engine, items: list[ExtractedPost], mode: str, at: dt.datetime):  # type: ignore[no-untyped-def]
    """Save posts and refresh history, as the ingest flow does; return the history diff."""
    with session_scope(engine) as session:
        result = save_extracted(session, items, source_name=None, extractor_version="test")
        return refresh_history(session, result.touched, mode=mode, detected_at=at)  # type: ignore[arg-type]


OLD = [
    _post(
        "https://meta.example/llama-2",
        "Llama 2 is out",
        D(2023, 7, 18),
        [
            ("Llama 2", "status", "released", "confirmed", "Llama 2 can be downloaded today."),
            (
                "Llama 2",
                "openness",
                "open_weights",
                "confirmed",
                "Its weights are free to download.",
            ),
        ],
    ),
]
FRESH = [
    _post(
        "https://press.example/avocado",
        "<script>alert(1)</script> Avocado",
        D(2026, 4, 8),
        [
            (
                "Avocado",
                "openness",
                "closed",
                "reported",
                "Reports say Avocado stays closed <img src=x onerror=alert(2)>.",
            ),
        ],
    ),
    _post(
        "https://meta.example/llama-2-update",
        "Llama 2 licence note",
        D(2026, 4, 9),
        [
            ("Llama 2", "context_window", 4096, "confirmed", "Llama 2 reads 4096 tokens at once."),
        ],
    ),
]


def settings_for(tmp_path: Path, smtp_port: int, hook_url: str, **delivery: object):  # type: ignore[no-untyped-def]
    return load_settings(
        environ={},
        overrides={
            "output": {"dir": str(tmp_path / "site"), "base_url": "https://watch.example/"},
            "delivery": {
                "smtp": {
                    "host": "127.0.0.1",
                    "port": smtp_port,
                    "security": "none",
                    "recipients": ["ops@example.org", "lead@example.org"],
                    "sender": "bot@watch.example",
                },
                "webhooks": [{"url": hook_url, "secret_env": "TEST_HOOK_SECRET"}],
                **delivery,
            },
        },
    )


def test_baseline_then_live_alerts_once_per_destination(
    sqlite_engine: Engine,
    smtp,
    hook,
    httpserver: HTTPServer,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    inbox, port = smtp
    settings = settings_for(tmp_path, port, httpserver.url_for("/hook"))
    environ = {"TEST_HOOK_SECRET": "k3y"}
    now = dt.datetime(2026, 4, 10, 9, 0, tzinfo=dt.UTC)

    baseline = ingest(sqlite_engine, OLD, "baseline", now)
    assert baseline.added
    counts = queue_and_deliver_alerts(
        sqlite_engine, settings, list(baseline.added), mode="baseline", now=now, environ=environ
    )
    assert counts == (0, 0, 0) and inbox.messages == [] and hook == []

    live = ingest(sqlite_engine, FRESH, "live", now)
    queued, sent, failed = queue_and_deliver_alerts(
        sqlite_engine, settings, list(live.added), mode="live", now=now, environ=environ
    )
    # one alert (Avocado's openness; the context window is digest-only) times 3 destinations
    assert (queued, sent, failed) == (3, 3, 0)
    assert sorted(m["To"] for m in inbox.messages) == ["lead@example.org", "ops@example.org"]
    mail = inbox.messages[0]
    assert mail["Subject"] == "[llamawatch] Avocado: openness closed"
    text = mail.get_body(("plain",)).get_content()
    assert "Reports say Avocado stays closed" in text
    assert "https://press.example/avocado" in text
    html = mail.get_body(("html",)).get_content()
    assert "<img" not in html and "&lt;img" in html
    (request,) = hook
    assert verify_signature(request.get_data(), "k3y", request.headers[SIGNATURE_HEADER])
    payload = json.loads(request.get_data())
    assert [e["model"] for e in payload["events"]] == ["Avocado"]

    # the same news found again (a re-run): nothing is sent twice
    again = queue_and_deliver_alerts(
        sqlite_engine, settings, list(live.added), mode="live", now=now, environ=environ
    )
    assert again == (0, 0, 0) and len(inbox.messages) == 2 and len(hook) == 1


def test_alert_filter_keeps_only_the_models_a_reader_follows(
    sqlite_engine: Engine,
    smtp,
    hook,
    httpserver: HTTPServer,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    inbox, port = smtp
    environ = {"TEST_HOOK_SECRET": "k3y"}
    now = dt.datetime(2026, 4, 10, 9, 0, tzinfo=dt.UTC)
    ingest(sqlite_engine, OLD, "baseline", now)
    live = ingest(sqlite_engine, FRESH + NEW_MODEL, "live", now)
    follows_mango = settings_for(
        tmp_path, port, httpserver.url_for("/hook"), alert_models=["mango"]
    )
    queued, sent, _ = queue_and_deliver_alerts(
        sqlite_engine, follows_mango, list(live.added), mode="live", now=now, environ=environ
    )
    assert queued == sent > 0
    subjects = {str(m["Subject"]) for m in inbox.messages}
    assert subjects and all("Mango" in s and "Avocado" not in s for s in subjects)
    # a filter on attributes and on support (one source each here) lets nothing through
    strict = settings_for(
        tmp_path,
        port,
        httpserver.url_for("/hook"),
        alert_attributes=["license"],
        alert_min_support=2,
    )
    assert queue_and_deliver_alerts(
        sqlite_engine, strict, list(live.added), mode="live", now=now, environ=environ
    ) == (0, 0, 0)


def test_failed_webhook_is_retried_on_the_next_run(
    sqlite_engine: Engine,
    smtp,
    hook,
    httpserver: HTTPServer,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    inbox, port = smtp
    settings = settings_for(tmp_path, port, httpserver.url_for("/hook"))
    now = dt.datetime(2026, 4, 10, 9, 0, tzinfo=dt.UTC)
    ingest(sqlite_engine, OLD, "baseline", now)
    live = ingest(sqlite_engine, FRESH, "live", now)
    # the secret is missing: mail goes, the webhook fails and stays queued
    first = queue_and_deliver_alerts(
        sqlite_engine, settings, list(live.added), mode="live", now=now, environ={}
    )
    assert first == (3, 2, 1) and hook == []
    second = queue_and_deliver_alerts(
        sqlite_engine, settings, [], mode="live", now=now, environ={"TEST_HOOK_SECRET": "k3y"}
    )
    assert second == (0, 1, 0) and len(hook) == 1 and len(inbox.messages) == 2


def test_digest_and_site_commands(
    sqlite_engine: Engine,
    sqlite_url: str,
    smtp,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    inbox, port = smtp
    now = dt.datetime(2026, 4, 10, 9, 0, tzinfo=dt.UTC)
    ingest(sqlite_engine, OLD, "baseline", now)
    ingest(sqlite_engine, FRESH, "live", now)
    with session_scope(sqlite_engine) as session:
        assert len(load_events(session)) == 4
    config = tmp_path / "llamawatch.toml"
    config.write_text(
        f"""
[output]
dir = "{tmp_path / "site"}"
base_url = "https://watch.example/"

[delivery.smtp]
host = "127.0.0.1"
port = {port}
security = "none"
recipients = ["ops@example.org"]
""",
        encoding="utf-8",
    )
    runner = CliRunner()
    args = ["--config", str(config), "--db", sqlite_url]
    result = runner.invoke(cli, [*args, "digest", "--week", "2026-W15", "--send"])
    assert result.exit_code == 0, result.output
    assert f"{Path('digests') / '2026-W15.html'}" in result.output
    assert "delivered to 1 recipient" in result.output
    (mail,) = inbox.messages
    # a multipart/alternative message: text first, then HTML with inlined CSS
    assert mail.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in mail.iter_parts()] == ["text/plain", "text/html"]
    assert mail["List-Id"] == "llamawatch digest <digest.llamawatch.invalid>"
    assert mail["List-Unsubscribe"] == "<mailto:llamawatch@localhost?subject=unsubscribe>"
    # a subject folded onto its own line comes back from Python's parser with a
    # leading space (other readers drop it); compare the words
    assert mail["Subject"].strip().startswith("[llamawatch] 2026-W15: new model Avocado")
    html = mail.get_body(("html",)).get_content()
    assert 'href="https://watch.example/models/avocado.html"' in html
    assert "<style" not in html and 'style="' in html  # css-inline moved the rules inline
    assert "Llama 2 reads 4096 tokens at once." in html
    page = (tmp_path / "site" / "digests" / "2026-W15.html").read_bytes()
    text = (tmp_path / "site" / "digests" / "2026-W15.txt").read_text(encoding="utf-8")
    assert text.count("Avocado") >= 2
    assert not list((tmp_path / "site").glob("digest-*"))  # no unlinked copy at the root
    # sending the same week again mails nobody twice, and says when it went
    result = runner.invoke(cli, [*args, "digest", "--week", "2026-W15", "--send"])
    assert result.exit_code == 0, result.output
    assert len(inbox.messages) == 1
    assert "already sent on 20" in result.output and "delivered" not in result.output
    # an empty week is not mailed by default
    result = runner.invoke(cli, [*args, "digest", "--week", "2026-W10", "--send"])
    assert result.exit_code == 0, result.output
    assert "nothing changed" in result.output and len(inbox.messages) == 1
    with session_scope(sqlite_engine) as session:
        assert session.scalar(select(func.count()).select_from(OutboxRow)) == 1

    result = runner.invoke(cli, [*args, "digest", "--week", "2026-W99"])
    assert result.exit_code != 0 and "week" in result.output.lower()

    # unless the reader asked to hear that nothing happened
    config.write_text(
        config.read_text(encoding="utf-8") + "\n[digest]\nsend_empty = true\n", encoding="utf-8"
    )
    result = runner.invoke(cli, [*args, "digest", "--week", "2026-W10", "--send"])
    assert result.exit_code == 0, result.output
    assert len(inbox.messages) == 2 and "no changes" in str(inbox.messages[1]["Subject"])

    result = runner.invoke(cli, [*args, "site"])
    assert result.exit_code == 0, result.output
    site = tmp_path / "site"
    # the site rebuilds the week's page exactly as `digest --week` wrote it
    assert (site / "digests" / "2026-W15.html").read_bytes() == page
    assert (site / "models" / "avocado.html").is_file()
    assert (site / "digests" / "2026-W15.html").is_file()
    page = (site / "models" / "avocado.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Avocado" in page  # the post title, as text
    feed = (site / "feed.atom").read_text(encoding="utf-8")
    assert "https://press.example/avocado" in feed
    assert "History: https://watch.example/models/avocado.html" in feed


NEW_MODEL = [
    _post(
        "https://press.example/mango",
        "Mango sighted",
        D(2026, 4, 9),
        [
            ("Mango", "status", "upcoming", "reported", "Mango is said to be in training."),
            ("Mango", "openness", "closed", "reported", "Mango would stay behind an API."),
            ("Mango", "params_total", 400_000_000_000, "reported", "Mango has 400B parameters."),
        ],
    ),
]


def test_one_message_per_destination_for_a_new_models_alerts(
    sqlite_engine: Engine,
    smtp,
    hook,
    httpserver: HTTPServer,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    inbox, port = smtp
    settings = settings_for(tmp_path, port, httpserver.url_for("/hook"))
    environ = {"TEST_HOOK_SECRET": "k3y"}
    now = dt.datetime(2026, 4, 10, 9, 0, tzinfo=dt.UTC)
    ingest(sqlite_engine, OLD, "baseline", now)
    live = ingest(sqlite_engine, NEW_MODEL, "live", now)
    assert {e.severity for e in live.added} == {"alert"}
    counts = queue_and_deliver_alerts(
        sqlite_engine, settings, list(live.added), mode="live", now=now, environ=environ
    )
    assert counts == (9, 9, 0)  # three alerts, three destinations, every row delivered
    assert len(inbox.messages) == 2  # but one mail per recipient
    mail = inbox.messages[0]
    subject = mail["Subject"].strip()
    assert subject.startswith("[llamawatch] Mango: ") and "(+2 more)" in subject
    text = mail.get_body(("plain",)).get_content()
    for sentence in ("in training", "behind an API", "400B parameters"):
        assert sentence in text
    (request,) = hook
    body = json.loads(request.get_data())
    assert len(body["events"]) == 3 and len(body["idempotency_keys"]) == 3
    assert request.headers["Idempotency-Key"] == body["idempotency_key"]
    with session_scope(sqlite_engine) as session:
        assert (
            session.scalar(
                select(func.count()).select_from(OutboxRow).where(OutboxRow.sent_at.is_(None))
            )
            == 0
        )


def test_source_notices_reach_the_operator_once_a_day(
    tmp_path: Path,
    engine: Engine,
    smtp: tuple[Inbox, int],
    hook: list[Request],
    httpserver: HTTPServer,
) -> None:
    inbox, port = smtp
    settings = settings_for(tmp_path, port, httpserver.url_for("/hook"))
    notice = "source lab-feed failed 3 times in a row: HTTP 503 Service Unavailable"
    now = dt.datetime(2026, 4, 14, 9, 0, tzinfo=dt.UTC)

    queued, sent, failed = queue_and_deliver_alerts(
        engine,
        settings,
        [],
        mode="live",
        notices=[notice],
        now=now,
        environ={"TEST_HOOK_SECRET": "s3cret"},
    )
    # two mail recipients and one webhook
    assert (queued, sent, failed) == (3, 3, 0)
    assert len(inbox.messages) == 2
    mail = inbox.messages[0]
    assert "lab-feed failed 3 times" in mail["Subject"]
    assert notice in mail.get_body(("plain",)).get_content()
    assert json.loads(hook[0].get_data())["type"] == "llamawatch.notice"

    again = queue_and_deliver_alerts(
        engine,
        settings,
        [],
        mode="live",
        notices=[notice],
        now=now,
        environ={"TEST_HOOK_SECRET": "s3cret"},
    )
    assert again == (0, 0, 0)
    assert len(inbox.messages) == 2 and len(hook) == 1
