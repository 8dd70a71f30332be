"""The interface every alert channel implements, and the records it passes around."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from llamawatch.config import DeliverySettings
from llamawatch.errors import DeliveryError
from llamawatch.records import ChangeEvent


@dataclass(frozen=True, slots=True)
class Destination:
    """One place a message goes: an email address, an Apprise URL, a webhook."""

    id: str  #: stored in the outbox; never contains a secret token
    channel: str  #: the kind of the channel that sends it
    target: str  #: the address or URL (may hold tokens: never stored, never logged)
    secret_env: str = ""  #: environment variable with the channel's secret (webhook HMAC key)


@dataclass(frozen=True, slots=True)
class Rendered:
    """One message rendered once, for every channel to take the part it sends."""

    kind: str  #: "alert" or "notice"
    keys: Sequence[str]  #: idempotency keys of the alerts it carries
    events: Sequence[ChangeEvent]
    subject: str
    text: str
    html: str
    sender: str  #: the mail sender address
    message_id: str  #: Message-ID derived from the key, so a duplicate is recognisable
    notes: Sequence[str] = ()  #: the alert policy's note per event ("" for none)


class Channel(Protocol):
    """What one channel does: list its destinations, render a payload, send it."""

    #: prefix of its destination ids, and its key in :data:`CHANNELS`
    kind: str

    def destinations(self, delivery: DeliverySettings) -> list[Destination]:
        """Return the destinations the settings configure for this channel."""
        ...

    def configured(self, delivery: DeliverySettings) -> bool:
        """Return whether the channel can send at all (else its rows wait, failing)."""
        ...

    def render(self, message: Rendered) -> dict[str, Any]:
        """Return the JSON payload stored in the outbox and later sent."""
        ...

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
        """Put one payload on the wire, or raise DeliveryError with a one-line reason."""
        ...


def short_hash(text: str) -> str:
    """Return a short stable hash of a URL, so an outbox id never holds its tokens."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def require(destination: Destination | None, destination_id: str) -> Destination:
    """Return the configured destination of a row, or fail it with a clear reason."""
    if destination is None:
        raise DeliveryError(f"{destination_id} is no longer configured")
    return destination


def batch_key(keys: Sequence[str]) -> str:
    """Return the key of a message that carries several alerts (the key itself for one)."""
    if len(keys) == 1:
        return keys[0]
    joined = "\n".join(sorted(keys)).encode("utf-8")
    return "alerts:" + hashlib.sha256(joined).hexdigest()
