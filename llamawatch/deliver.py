"""Delivery: put one rendered message on the wire (SMTP, Apprise, signed webhook).

Side effects only, no decisions: what to send and whether it was already sent
is the outbox's business (``llamawatch.outbox_delivery``). Every function here
either returns normally (the message left) or raises ``DeliveryError`` with a
one-line reason, chained to the original error, so the outbox can record it
and retry on the next run. Secrets (SMTP password, webhook key) are read from
the environment variables the settings name, never from the settings.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import smtplib
import ssl
from collections.abc import Mapping, Sequence
from email.message import EmailMessage
from typing import Any

import httpx

from llamawatch.config import SmtpSettings
from llamawatch.errors import DeliveryError

SIGNATURE_HEADER = "X-Llamawatch-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"
USER_AGENT = "llamawatch-webhook/0.1"


def send_email(
    msg: EmailMessage,
    smtp: SmtpSettings,
    *,
    recipients: Sequence[str] | None = None,
    environ: Mapping[str, str] | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> None:
    """Send one message over SMTP (STARTTLS, TLS or plain), logging in when a user is set.

    The password comes from the environment variable ``smtp.password_env``.
    Raises DeliveryError when the server is unreachable, refuses the login, or
    refuses any recipient.
    """
    if not smtp.host:
        raise DeliveryError("SMTP is not configured (delivery.smtp.host is empty)")
    to = list(recipients if recipients is not None else smtp.recipients)
    if not to:
        raise DeliveryError("no email recipients configured (delivery.smtp.recipients)")
    environ = os.environ if environ is None else environ
    context = ssl_context or ssl.create_default_context()
    password = environ.get(smtp.password_env, "")
    if smtp.username and not password:
        raise DeliveryError(f"SMTP user {smtp.username!r} is set but ${smtp.password_env} is empty")
    try:
        client: smtplib.SMTP
        if smtp.security == "tls":
            client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout, context=context)
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        with client:
            client.ehlo()
            if smtp.security == "starttls":
                client.starttls(context=context)
                client.ehlo()
            if smtp.username:
                client.login(smtp.username, password)
            refused = client.send_message(msg, from_addr=smtp.sender, to_addrs=to)
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(f"SMTP login as {smtp.username!r} refused: {exc.smtp_code}") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise DeliveryError(f"SMTP refused every recipient: {', '.join(exc.recipients)}") from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"SMTP {smtp.host}:{smtp.port}: {exc}") from exc
    if refused:
        raise DeliveryError(f"SMTP refused recipients: {', '.join(sorted(refused))}")


def notify_apprise(urls: Sequence[str], title: str, body: str) -> None:
    """Send a notification to Apprise URLs (Slack, Discord, Matrix, ntfy, json://, …).

    Raises DeliveryError when a URL is not one Apprise understands or when any
    service did not accept the notification.
    """
    import apprise

    notifier = apprise.Apprise()
    for url in urls:
        if not notifier.add(url):
            raise DeliveryError(f"not a valid Apprise URL: {_redact(url)}")
    with apprise.LogCapture(level=apprise.logging.WARNING) as log:
        ok = notifier.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT)
        detail = " ".join(log.getvalue().split())[:300]
    if not ok:
        raise DeliveryError(f"Apprise delivery failed: {detail or 'service refused it'}")


def _redact(url: str) -> str:
    """Show a notification URL without its tokens (they are secrets)."""
    scheme, _, rest = url.partition("://")
    return f"{scheme}://…" if rest else "…"


def encode_payload(payload: Mapping[str, Any]) -> bytes:
    """Serialise a webhook payload to the exact bytes that get signed and sent."""
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


def sign_payload(body: bytes, secret: str) -> str:
    """Return the signature header value for a body: ``sha256=<hex HMAC-SHA256>``."""
    mac = hmac.new(secret.encode("utf-8"), body, hashlib.sha256)
    return f"sha256={mac.hexdigest()}"


def verify_signature(body: bytes, secret: str, header: str) -> bool:
    """Check a received signature header against the raw body (what a receiver does)."""
    return hmac.compare_digest(sign_payload(body, secret), header.strip())


def post_webhook(
    url: str,
    secret: str,
    payload: Mapping[str, Any],
    *,
    timeout: float = 15.0,
    idempotency_key: str | None = None,
    client: httpx.Client | None = None,
) -> int:
    """POST a JSON payload signed with HMAC-SHA256; return the HTTP status.

    The signature covers the exact body bytes (header ``X-Llamawatch-Signature:
    sha256=<hex>``); ``Idempotency-Key`` lets a receiver drop a repeat. Any
    status other than 2xx raises DeliveryError.
    """
    if not secret:
        raise DeliveryError("webhook secret is empty; refusing to send an unsigned webhook")
    body = encode_payload(payload)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        SIGNATURE_HEADER: sign_payload(body, secret),
    }
    if idempotency_key:
        headers[IDEMPOTENCY_HEADER] = idempotency_key
    try:
        if client is None:
            with httpx.Client(timeout=timeout, follow_redirects=False) as own:
                response = own.post(url, content=body, headers=headers)
        else:
            response = client.post(url, content=body, headers=headers)
    except httpx.HTTPError as exc:
        raise DeliveryError(f"webhook {_host(url)}: {type(exc).__name__}: {exc}") from exc
    if not 200 <= response.status_code < 300:
        raise DeliveryError(f"webhook {_host(url)} answered HTTP {response.status_code}")
    return response.status_code


def _host(url: str) -> str:
    return httpx.URL(url).host or url
