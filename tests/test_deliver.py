"""Delivery against real servers on loopback: SMTP (aiosmtpd), webhooks and Apprise (HTTP)."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import hmac
import ipaddress
import json
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from helpers_render import digest_mail, event, sample_history
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from llamawatch.config import SmtpSettings
from llamawatch.delivery.channels.apprise import notify_apprise
from llamawatch.delivery.channels.smtp import send_email
from llamawatch.delivery.channels.webhook import (
    SIGNATURE_HEADER,
    post_webhook,
    sign_payload,
    verify_signature,
)
from llamawatch.errors import DeliveryError
from llamawatch.publishing.render import build_digest_context

NOW = dt.datetime(2025, 12, 15, 8, 0, tzinfo=dt.UTC)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Inbox:
    """An aiosmtpd handler that keeps every message it accepts."""

    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"

    def parsed(self, index: int = -1) -> email.message.EmailMessage:
        return email.message_from_bytes(  # type: ignore[return-value]
            self.messages[index][2], policy=email.policy.default
        )


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    """A plain SMTP server on loopback."""
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (cert file, key file)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def _server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    return context


def _client_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(certificate[0]))


def _authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        b"watcher",
        b"s3cret",
    )
    return AuthResult(success=ok)


def _digest_message(**kwargs: object) -> email.message.EmailMessage:
    history = sample_history(hostile=True)
    ctx = build_digest_context(
        "2025-W50",
        history.events,
        history.states,
        history.rumours,
        titles=history.titles,
        root="https://watch.example/",
        generated_at=NOW,
    )
    return digest_mail(ctx, **kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------- SMTP


def test_digest_arrives_with_both_parts_headers_and_links(smtp_server) -> None:  # type: ignore[no-untyped-def]
    inbox, port = smtp_server
    smtp = SmtpSettings(
        host="127.0.0.1",
        port=port,
        security="none",
        sender="bot@watch.example",
        recipients=["ops@example.org", "lead@example.org"],
    )
    msg = _digest_message(sender=smtp.sender, recipients=smtp.recipients)
    send_email(msg, smtp, environ={})
    ((mail_from, rcpt, _),) = inbox.messages
    assert mail_from == "bot@watch.example"
    assert rcpt == ["ops@example.org", "lead@example.org"]
    got = inbox.parsed()
    assert got["Subject"] == msg["Subject"]
    assert got["Subject"].startswith("[llamawatch] 2025-W50: ")
    assert got["Message-ID"] == msg["Message-ID"]
    assert got.get_content_type() == "multipart/alternative"
    text = got.get_body(("plain",)).get_content()
    html = got.get_body(("html",)).get_content()
    assert "Reports describe Avocado as a model Meta will keep closed." in text
    assert "https://press.example/ai/avocado" in text
    assert 'href="https://press.example/ai/avocado"' in html
    assert 'href="https://watch.example/models/avocado.html"' in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "style=" in html and "<style" not in html


def test_starttls_with_login(certificate) -> None:  # type: ignore[no-untyped-def]
    inbox, port = Inbox(), free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        tls_context=_server_context(certificate),
        require_starttls=True,
        authenticator=_authenticator,
        auth_require_tls=True,
    )
    controller.start()
    try:
        smtp = SmtpSettings(
            host="127.0.0.1",
            port=port,
            security="starttls",
            username="watcher",
            password_env="TEST_SMTP_PASSWORD",
            recipients=["ops@example.org"],
            timeout=3,
        )
        msg = _digest_message(recipients=smtp.recipients)
        context = _client_context(certificate)
        send_email(msg, smtp, environ={"TEST_SMTP_PASSWORD": "s3cret"}, ssl_context=context)
        assert len(inbox.messages) == 1
        assert inbox.parsed()["Subject"] == msg["Subject"]
        # smtplib falls back from PLAIN to LOGIN, which aiosmtpd answers slowly:
        # either way the login fails and nothing is sent
        with pytest.raises(DeliveryError, match="SMTP"):
            send_email(msg, smtp, environ={"TEST_SMTP_PASSWORD": "wrong"}, ssl_context=context)
        with pytest.raises(DeliveryError, match="TEST_SMTP_PASSWORD is empty"):
            send_email(msg, smtp, environ={}, ssl_context=context)
        # without our CA the server's certificate is not trusted
        with pytest.raises(DeliveryError):
            send_email(msg, smtp, environ={"TEST_SMTP_PASSWORD": "s3cret"})
        assert len(inbox.messages) == 1
    finally:
        controller.stop()


def test_implicit_tls(certificate) -> None:  # type: ignore[no-untyped-def]
    inbox, port = Inbox(), free_port()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, ssl_context=_server_context(certificate)
    )
    controller.start()
    try:
        smtp = SmtpSettings(
            host="127.0.0.1", port=port, security="tls", recipients=["ops@example.org"]
        )
        send_email(_digest_message(), smtp, environ={}, ssl_context=_client_context(certificate))
        assert len(inbox.messages) == 1
    finally:
        controller.stop()


def test_smtp_failures_are_delivery_errors() -> None:
    msg = _digest_message()
    closed = SmtpSettings(host="127.0.0.1", port=free_port(), security="none", timeout=2)
    with pytest.raises(DeliveryError, match="no email recipients"):
        send_email(msg, closed, environ={})
    with pytest.raises(DeliveryError, match=r"SMTP 127\.0\.0\.1"):
        send_email(msg, closed, recipients=["a@example.org"], environ={})
    with pytest.raises(DeliveryError, match="not configured"):
        send_email(msg, SmtpSettings(), recipients=["a@example.org"], environ={})


# ---------------------------------------------------------------- webhook


def test_webhook_is_signed_so_a_receiver_can_verify_it(httpserver: HTTPServer) -> None:
    received: list[Request] = []

    def handler(request: Request) -> Response:
        received.append(request)
        return Response("ok", status=202)

    httpserver.expect_request("/hook", method="POST").respond_with_handler(handler)
    payload = {
        "type": "llamawatch.alert",
        "events": [event(NOW.date(), "Ünï", "status", "shelved").to_json()],
    }
    status = post_webhook(httpserver.url_for("/hook"), "k3y", payload, idempotency_key="alert:abc")
    assert status == 202
    (request,) = received
    body = request.get_data()
    expected = "sha256=" + hmac.new(b"k3y", body, hashlib.sha256).hexdigest()
    assert request.headers[SIGNATURE_HEADER] == expected
    assert verify_signature(body, "k3y", request.headers[SIGNATURE_HEADER])
    assert not verify_signature(body, "other", request.headers[SIGNATURE_HEADER])
    assert not verify_signature(body + b" ", "k3y", request.headers[SIGNATURE_HEADER])
    assert request.headers["Idempotency-Key"] == "alert:abc"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(body) == payload
    assert sign_payload(body, "k3y") == expected


def test_webhook_failures(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/down").respond_with_data("no", status=500)
    with pytest.raises(DeliveryError, match="HTTP 500"):
        post_webhook(httpserver.url_for("/down"), "k", {"a": 1})
    with pytest.raises(DeliveryError, match="unsigned"):
        post_webhook(httpserver.url_for("/down"), "", {"a": 1})
    with pytest.raises(DeliveryError, match="ConnectError"):
        post_webhook(f"http://127.0.0.1:{free_port()}/x", "k", {"a": 1}, timeout=2)


# ---------------------------------------------------------------- Apprise


def test_apprise_json_notification_reaches_the_server(httpserver: HTTPServer) -> None:
    received: list[dict[str, object]] = []

    def handler(request: Request) -> Response:
        received.append(json.loads(request.get_data()))
        return Response("ok")

    httpserver.expect_request("/notify", method="POST").respond_with_handler(handler)
    url = f"json://127.0.0.1:{httpserver.port}/notify"
    notify_apprise([url], "[llamawatch] Avocado: openness closed", "Reports say so.")
    (body,) = received
    assert body["title"] == "[llamawatch] Avocado: openness closed"
    assert body["message"] == "Reports say so."


def test_apprise_failures(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/notify").respond_with_data("no", status=500)
    with pytest.raises(DeliveryError, match="Apprise delivery failed"):
        notify_apprise([f"json://127.0.0.1:{httpserver.port}/notify"], "t", "b")
    with pytest.raises(DeliveryError, match="not a valid Apprise URL: nosuchscheme://…"):
        notify_apprise(["nosuchscheme://token@host"], "t", "b")
