"""Alerts: which change events are news right now, and the messages that say so.

Pure functions. ``select_alerts`` decides (no floods: only a live ingest's
fresh, high-severity events); ``destinations`` reads where messages go from the
settings; ``alert_messages`` renders one outbox message per event and
destination, keyed so that the same news never reaches the same place twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

from llamawatch.config import DeliverySettings
from llamawatch.records import ChangeEvent, OutboxMessage, value_to_json
from llamawatch.render import build_email, message_id_for, render_alert

#: events of these modes never raise an immediate alert (they only build history)
QUIET_MODES = frozenset({"baseline", "reprocess"})
#: a post dated this far in the future still counts as fresh (time zones, clock skew)
FUTURE_TOLERANCE = dt.timedelta(days=1)

Channel = Literal["mailto", "apprise", "webhook"]


def select_alerts(
    events: Sequence[ChangeEvent],
    mode: str,
    now: dt.datetime | dt.date,
    window_days: int,
) -> list[ChangeEvent]:
    """Return the events to alert on at once: live mode, severity alert, post date in the window.

    A first run against a new database and every backfill are "baseline": their
    events go into history and the digest, never into immediate alerts. A live
    ingest that reads an old post (a feed's archive page) does not alert either:
    only posts published within ``window_days`` of ``now`` do.
    """
    if mode != "live":
        return []
    today = now.date() if isinstance(now, dt.datetime) else now
    earliest = today - dt.timedelta(days=window_days)
    latest = today + FUTURE_TOLERANCE
    return [e for e in events if e.severity == "alert" and earliest <= e.date <= latest]


def filter_alerts(
    events: Sequence[ChangeEvent],
    models: Sequence[str] = (),
    attributes: Sequence[str] = (),
    min_support: int = 1,
) -> list[ChangeEvent]:
    """Keep the alerts a reader asked for: these models, these attributes, this much support.

    Empty lists mean "all". Support is the number of sources behind a change
    when the events carry it (``support``); an event without it counts as one.
    """
    wanted_models = {m.casefold() for m in models}
    wanted_attributes = set(attributes)
    return [
        e
        for e in events
        if (not wanted_models or e.model.casefold() in wanted_models)
        and (not wanted_attributes or e.attribute in wanted_attributes)
        and int(getattr(e, "support", 1) or 1) >= min_support
    ]


@dataclass(frozen=True, slots=True)
class Destination:
    """One place a message goes: an email address, an Apprise URL, or a webhook."""

    id: str  #: stored in the outbox; never contains a secret token
    channel: Channel
    target: str  #: the address or URL (may hold tokens: never stored, never logged)
    secret_env: str = ""  #: webhooks: environment variable with the HMAC key


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def destinations(delivery: DeliverySettings, *, email: bool = True) -> list[Destination]:
    """List every configured destination of alerts (email recipients, Apprise URLs, webhooks).

    Apprise and webhook URLs often carry tokens, so their outbox id is a hash
    of the URL (plus the scheme or host, for people reading the table).
    """
    found: list[Destination] = []
    if email and delivery.smtp.host:
        found += [
            Destination(id=f"mailto:{addr}", channel="mailto", target=addr)
            for addr in delivery.smtp.recipients
        ]
    for url in delivery.apprise_urls:
        scheme = url.partition("://")[0] or "url"
        found.append(
            Destination(id=f"apprise:{scheme}:{_short_hash(url)}", channel="apprise", target=url)
        )
    for hook in delivery.webhooks:
        if hook.url:
            host = urlsplit(hook.url).hostname or "webhook"
            found.append(
                Destination(
                    id=f"webhook:{host}:{_short_hash(hook.url)}",
                    channel="webhook",
                    target=hook.url,
                    secret_env=hook.secret_env,
                )
            )
    return found


def alert_key(event: ChangeEvent, destination_id: str) -> str:
    """One key per model, attribute, transition and destination: the same news goes once.

    The old value is part of the key so that a flip back (A → B → A) alerts the
    return to A as the real transition it is, rather than as a repeat of null → A.
    """
    identity = json.dumps(
        [
            event.model,
            event.attribute,
            value_to_json(event.old),
            value_to_json(event.new),
            destination_id,
        ],
        ensure_ascii=False,
    )
    return "alert:" + hashlib.sha256(identity.encode("utf-8")).hexdigest()


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


def batch_key(keys: Sequence[str]) -> str:
    """Return the key of a message that carries several alerts (the key itself for one)."""
    if len(keys) == 1:
        return keys[0]
    joined = "\n".join(sorted(keys)).encode("utf-8")
    return "alerts:" + hashlib.sha256(joined).hexdigest()


def channel_payload(
    channel: str,
    keys: Sequence[str],
    events: Sequence[ChangeEvent],
    *,
    site_title: str,
    root: str | None,
    sender: str,
    titles: Mapping[str, str] | None = None,
    notes: Sequence[str] = (),
) -> dict[str, Any]:
    """Render the alert about ``events`` in the form one channel sends.

    ``notes`` are the alert policy's notes, one per event ("" for none); every
    channel shows them: mail text and HTML, the Apprise body, the webhook JSON.
    """
    subject, text, html = render_alert(
        events, site_title=site_title, root=root, titles=titles, notes=notes
    )
    if channel == "mailto":
        return {
            "subject": subject,
            "text": text,
            "html": html,
            "sender": sender,
            "message_id": message_id_for(batch_key(keys)),
        }
    if channel == "apprise":
        return {"title": subject, "body": text}
    return {"body": webhook_payload("alert", keys, events, subject=subject, text=text, notes=notes)}


def alert_messages(
    events: Sequence[ChangeEvent],
    targets: Sequence[Destination],
    *,
    site_title: str = "llamawatch",
    root: str | None = None,
    sender: str = "llamawatch@localhost",
    titles: Mapping[str, str] | None = None,
    notes: Mapping[ChangeEvent, str] | None = None,
) -> list[OutboxMessage]:
    """Render one outbox message per (event, destination), with what each channel needs.

    The payload carries the rendered message, so a retry sends exactly what the
    first attempt would have, even if templates or settings changed meanwhile.
    It also carries the event and how to render it, so that the alerts one run
    finds for one destination can go out as one message (``combine_payloads``).
    ``notes`` maps an event to its alert-policy note, shown in every channel and
    kept as ``payload["review"]`` so a combined message shows it too.
    """
    messages: list[OutboxMessage] = []
    for event in events:
        note = (notes or {}).get(event, "")
        source_title = (
            {event.source: titles[event.source]} if titles and event.source in titles else {}
        )
        for target in targets:
            key = alert_key(event, target.id)
            payload = channel_payload(
                target.channel,
                [key],
                [event],
                site_title=site_title,
                root=root,
                sender=sender,
                titles=source_title,
                notes=[note],
            )
            payload["event"] = event.to_json()
            if note:
                payload["review"] = note
            payload["render"] = {
                "site_title": site_title,
                "root": root,
                "sender": sender,
                "titles": source_title,
            }
            subject = str(payload.get("subject") or payload.get("title") or "")
            if not subject:
                subject = str(payload["body"]["subject"])
            messages.append(
                OutboxMessage(
                    idempotency_key=key,
                    kind="alert",
                    destination=target.id,
                    subject=subject,
                    payload=payload,
                )
            )
    return messages


def notice_messages(
    notices: Sequence[str],
    targets: Sequence[Destination],
    *,
    day: dt.date,
    site_title: str = "llamawatch",
    sender: str = "llamawatch@localhost",
) -> list[OutboxMessage]:
    """One message per source notice and destination ("feed X failed 3 times in a row").

    Fetch raises a notice once, at the moment it applies (the Nth failure, the
    first silent day), so the key includes the day: the same notice on the same
    day is one message even if a run is repeated.
    """
    messages: list[OutboxMessage] = []
    for notice in notices:
        subject = f"[{site_title}] source: {_one_line(notice)[:120]}"
        text = f"{notice}\n\nRun `llamawatch status` for the health of every source.\n"
        for target in targets:
            identity = json.dumps([notice, day.isoformat(), target.id], ensure_ascii=False)
            key = "notice:" + hashlib.sha256(identity.encode("utf-8")).hexdigest()
            payload: dict[str, Any]
            if target.channel == "mailto":
                payload = {
                    "subject": subject,
                    "text": text,
                    "html": f"<p>{html.escape(notice)}</p>",
                    "sender": sender,
                    "message_id": message_id_for(key),
                }
            elif target.channel == "apprise":
                payload = {"title": subject, "body": text}
            else:
                payload = {"body": webhook_payload("notice", [key], [], subject=subject, text=text)}
            messages.append(
                OutboxMessage(
                    idempotency_key=key,
                    kind="notice",
                    destination=target.id,
                    subject=subject,
                    payload=payload,
                )
            )
    return messages


def _one_line(text: str) -> str:
    return " ".join(text.split())


def can_combine(kind: str, payload: Mapping[str, Any]) -> bool:
    """True for alert messages that carry their event, so several can become one message."""
    return kind == "alert" and "event" in payload and "render" in payload


def combine_payloads(
    channel: str, keys: Sequence[str], payloads: Sequence[Mapping[str, Any]]
) -> dict[str, Any]:
    """Render one message for several queued alerts to the same destination."""
    if len(payloads) == 1:
        return dict(payloads[0])
    render = payloads[0]["render"]
    titles: dict[str, str] = {}
    for payload in payloads:
        titles.update(payload["render"].get("titles") or {})
    events = [ChangeEvent.from_json(p["event"]) for p in payloads]
    return channel_payload(
        channel,
        keys,
        events,
        site_title=render["site_title"],
        root=render["root"],
        sender=render["sender"],
        titles=titles,
        notes=[str(p.get("review") or "") for p in payloads],
    )


def email_from_payload(payload: Mapping[str, object], recipient: str):  # type: ignore[no-untyped-def]
    """Rebuild the EmailMessage stored in an outbox payload, addressed to one recipient."""
    return build_email(
        str(payload["subject"]),
        str(payload["text"]),
        str(payload["html"]),
        sender=str(payload.get("sender") or "llamawatch@localhost"),
        recipients=[recipient],
        message_id=str(payload["message_id"]),
        headers=payload.get("headers") or None,  # type: ignore[arg-type]
    )
