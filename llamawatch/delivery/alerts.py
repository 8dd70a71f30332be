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
from typing import Any

from llamawatch.delivery.channels import CHANNELS, Destination, Rendered
from llamawatch.delivery.channels import destinations as destinations  # the outbox's list of places
from llamawatch.delivery.channels.base import batch_key
from llamawatch.publishing.render import message_id_for, render_alert
from llamawatch.records import ChangeEvent, OutboxMessage, value_to_json

#: a post dated this far in the future still counts as fresh (time zones, clock skew)
FUTURE_TOLERANCE = dt.timedelta(days=1)


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


def render_message(
    keys: Sequence[str],
    events: Sequence[ChangeEvent],
    *,
    site_title: str,
    root: str | None,
    sender: str,
    titles: Mapping[str, str] | None = None,
    notes: Sequence[str] = (),
) -> Rendered:
    """Render the alert about ``events`` once, for any channel to take its part."""
    subject, text, html = render_alert(
        events, site_title=site_title, root=root, titles=titles, notes=notes
    )
    message_id = message_id_for(batch_key(keys))
    return Rendered("alert", keys, events, subject, text, html, sender, message_id, notes)


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
    rendered = render_message(
        keys, events, site_title=site_title, root=root, sender=sender, titles=titles, notes=notes
    )
    return CHANNELS[channel].render(rendered)


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
            rendered = render_message(
                [key],
                [event],
                site_title=site_title,
                root=root,
                sender=sender,
                titles=source_title,
                notes=[note],
            )
            payload = CHANNELS[target.channel].render(rendered)
            payload["event"] = event.to_json()
            if note:
                payload["review"] = note
            payload["render"] = {
                "site_title": site_title,
                "root": root,
                "sender": sender,
                "titles": source_title,
            }
            messages.append(
                OutboxMessage(
                    idempotency_key=key,
                    kind="alert",
                    destination=target.id,
                    subject=rendered.subject,
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
            mail_html = f"<p>{html.escape(notice)}</p>"
            rendered = Rendered(
                "notice", [key], [], subject, text, mail_html, sender, message_id_for(key)
            )
            payload = CHANNELS[target.channel].render(rendered)
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
