"""The webhook channel: the events as JSON, POSTed with an HMAC-SHA256 signature.

The signature covers the exact body bytes; the key comes from the environment
variable the webhook's settings name (``secret_env``), never from the settings.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import httpx

from llamawatch.config import DeliverySettings
from llamawatch.delivery.channels.base import Destination, Rendered, batch_key, require, short_hash
from llamawatch.errors import DeliveryError
from llamawatch.records import ChangeEvent

KIND = "webhook"
SIGNATURE_HEADER = "X-Llamawatch-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"
USER_AGENT = "llamawatch-webhook/0.1"


def webhook_payload(
    kind: str,
    keys: Sequence[str],
    events: Sequence[ChangeEvent],
    *,
    subject: str,
    text: str,
    notes: Sequence[str] = (),
) -> dict[str, Any]:
    """The JSON a webhook receiver gets: the events in the export shape, plus a summary.

    ``idempotency_keys`` holds one key per event (model, attribute, transition,
    destination), so a receiver can drop news it has already seen even when
    alerts arrive batched differently. An event the alert policy passed carries
    its note under ``"review"`` ("reviewed", "unreviewed, 1 source").
    """
    items = []
    for index, event in enumerate(events):
        item = event.to_json()
        if index < len(notes) and notes[index]:
            item["review"] = notes[index]
        items.append(item)
    return {
        "type": f"llamawatch.{kind}",
        "idempotency_key": batch_key(keys),
        "idempotency_keys": sorted(keys),
        "subject": subject,
        "text": text,
        "events": items,
    }


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


class WebhookChannel:
    """One destination per ``[[delivery.webhooks]]`` entry with a URL."""

    kind = KIND

    def destinations(self, delivery: DeliverySettings) -> list[Destination]:
        """One destination per webhook, its id a hash of the URL (plus the host, for people)."""
        found = []
        for hook in delivery.webhooks:
            if hook.url:
                host = urlsplit(hook.url).hostname or "webhook"
                found.append(
                    Destination(
                        id=f"{KIND}:{host}:{short_hash(hook.url)}",
                        channel=KIND,
                        target=hook.url,
                        secret_env=hook.secret_env,
                    )
                )
        return found

    def configured(self, delivery: DeliverySettings) -> bool:
        """Always: a row whose webhook was removed fails with "no longer configured"."""
        return True

    def render(self, message: Rendered) -> dict[str, Any]:
        """The events in the export shape plus a summary, under ``body``."""
        body = webhook_payload(
            message.kind,
            message.keys,
            message.events,
            subject=message.subject,
            text=message.text,
            notes=message.notes,
        )
        return {"body": body}

    def send(
        self,
        payload: Mapping[str, Any],
        *,
        destination_id: str,
        key: str,
        destination: Destination | None,
        delivery: DeliverySettings,
        environ: Mapping[str, str],
    ) -> None:
        """POST the body, signed with the key in the destination's environment variable."""
        target = require(destination, destination_id)
        secret = environ.get(target.secret_env, "")
        if not secret:
            raise DeliveryError(f"webhook secret ${target.secret_env} is not set")
        post_webhook(target.target, secret, payload["body"], idempotency_key=key)


CHANNEL = WebhookChannel()
