"""The Apprise channel: a notification to any service Apprise knows (Slack, ntfy, Matrix, …)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from llamawatch.config import DeliverySettings
from llamawatch.delivery.channels.base import Destination, Rendered, require, short_hash
from llamawatch.errors import DeliveryError

KIND = "apprise"


def notify_apprise(urls: Sequence[str], title: str, body: str) -> None:
    """Send a notification to Apprise URLs (Slack, Discord, Matrix, ntfy, json://, …).

    Raises DeliveryError when a URL is not one Apprise understands or when any
    service did not accept the notification.
    """
    # apprise loads its ~100 service plugins on import (~0.3 s): only when a message goes
    # why: apprise ~125 ms to import; only deliveries to Apprise URLs need it
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


class AppriseChannel:
    """One destination per ``delivery.apprise_urls`` entry; the URL may hold tokens."""

    kind = KIND

    def destinations(self, delivery: DeliverySettings) -> list[Destination]:
        """One destination per URL, its id a hash of the URL (plus the scheme, for people)."""
        found = []
        for url in delivery.apprise_urls:
            scheme = url.partition("://")[0] or "url"
            found.append(Destination(f"{KIND}:{scheme}:{short_hash(url)}", KIND, url))
        return found

    def configured(self, delivery: DeliverySettings) -> bool:
        """Always: a row whose URL was removed fails with "no longer configured"."""
        return True

    def render(self, message: Rendered) -> dict[str, Any]:
        """A title and a plain-text body."""
        return {"title": message.subject, "body": message.text}

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
        """Notify the destination's URL."""
        target = require(destination, destination_id)
        notify_apprise([target.target], str(payload["title"]), str(payload["body"]))


CHANNEL = AppriseChannel()
