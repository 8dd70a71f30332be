"""Alert channels: where a message can go (mail, Apprise, signed webhook) behind one interface.

Each channel is one module (``smtp``, ``apprise``, ``webhook``) that lists its
destinations, renders a message into the payload it sends and puts that payload
on the wire (the :class:`~llamawatch.delivery.channels.base.Channel` protocol).
:data:`CHANNELS` registers them by kind, the prefix of every outbox destination
id ("mailto:ops@example.org"). The alert code and the outbox read this table and
name no channel themselves: adding a channel is one module plus one line here.
"""

from __future__ import annotations

from llamawatch.config import DeliverySettings
from llamawatch.delivery.channels import apprise, smtp, webhook
from llamawatch.delivery.channels.base import Channel, Destination, Rendered

__all__ = ["CHANNELS", "Channel", "Destination", "Rendered", "destinations", "kind_of"]

#: every channel by kind, in the order destinations are listed
CHANNELS: dict[str, Channel] = {
    channel.kind: channel for channel in (smtp.CHANNEL, apprise.CHANNEL, webhook.CHANNEL)
}


def kind_of(destination_id: str) -> str:
    """Return the channel part of a destination id ("mailto:a@b" → "mailto")."""
    return destination_id.partition(":")[0]


def destinations(delivery: DeliverySettings) -> list[Destination]:
    """List every configured destination of every channel, in the order of :data:`CHANNELS`."""
    return [d for channel in CHANNELS.values() for d in channel.destinations(delivery)]
