"""Alert selection (no floods) and the messages alerts become (one key per news and place)."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers_render import event

from llamawatch.config import DeliverySettings, SmtpSettings, WebhookSettings
from llamawatch.delivery.alerts import (
    alert_key,
    alert_messages,
    combine_payloads,
    destinations,
    select_alerts,
)
from llamawatch.delivery.channels.smtp import email_from_payload

NOW = dt.datetime(2026, 4, 10, 12, 0, tzinfo=dt.UTC)
D = dt.date

FRESH_OPENNESS = event(D(2026, 4, 9), "Avocado", "openness", "closed", "open_weights")
FRESH_CONTEXT = event(D(2026, 4, 9), "Avocado", "context_window", 1_000_000)
OLD_STATUS = event(D(2026, 3, 1), "Llama 4 Behemoth", "status", "shelved", "upcoming")
EDGE_STATUS = event(D(2026, 4, 3), "Llama 4 Behemoth", "status", "released", "upcoming")
NEW_MODEL = event(D(2026, 4, 10), "Mango", "params_total", 400_000_000_000, severity="alert")


def test_live_mode_alerts_fresh_high_severity_events_only() -> None:
    events = [FRESH_OPENNESS, FRESH_CONTEXT, OLD_STATUS, EDGE_STATUS, NEW_MODEL]
    chosen = select_alerts(events, "live", NOW, 7)
    assert chosen == [FRESH_OPENNESS, EDGE_STATUS, NEW_MODEL]


@pytest.mark.parametrize("mode", ["baseline", "reprocess"])
def test_baseline_and_reprocess_never_alert(mode: str) -> None:
    assert select_alerts([FRESH_OPENNESS, NEW_MODEL], mode, NOW, 7) == []


def test_window_is_configurable() -> None:
    assert select_alerts([OLD_STATUS], "live", NOW, 60) == [OLD_STATUS]
    assert select_alerts([EDGE_STATUS], "live", NOW, 6) == []
    assert select_alerts([FRESH_OPENNESS], "live", NOW.date(), 0) == []


def test_far_future_post_dates_are_not_fresh() -> None:
    future = event(D(2026, 5, 1), "Avocado", "status", "released", "upcoming")
    assert select_alerts([future], "live", NOW, 7) == []


DELIVERY = DeliverySettings(
    smtp=SmtpSettings(host="127.0.0.1", recipients=["ops@example.org", "lead@example.org"]),
    apprise_urls=["slack://TokenA/TokenB/TokenC", "ntfy://ntfy.example/llamawatch"],
    webhooks=[WebhookSettings(url="https://hooks.example/in/SECRETPATH")],
)


def test_destinations_never_store_tokens() -> None:
    found = destinations(DELIVERY)
    ids = [d.id for d in found]
    assert ids[:2] == ["mailto:ops@example.org", "mailto:lead@example.org"]
    assert [d.channel for d in found] == ["mailto", "mailto", "apprise", "apprise", "webhook"]
    assert ids[2].startswith("apprise:slack:") and ids[4].startswith("webhook:hooks.example:")
    assert not any("Token" in i or "SECRETPATH" in i for i in ids)
    assert len(set(ids)) == len(ids)
    no_mail = destinations(DeliverySettings(smtp=SmtpSettings(recipients=["a@b.example"])))
    assert no_mail == []


def test_alert_key_identifies_news_and_place() -> None:
    same = event(D(2026, 4, 12), "Avocado", "openness", "closed", "open_weights")
    assert alert_key(FRESH_OPENNESS, "mailto:a") == alert_key(same, "mailto:a")
    # The same new value reached from another old value is another transition
    # (as in a flip back A → B → A), so it is news again.
    flip_back = event(D(2026, 4, 12), "Avocado", "openness", "closed", "research_only")
    assert alert_key(FRESH_OPENNESS, "mailto:a") != alert_key(flip_back, "mailto:a")
    assert alert_key(FRESH_OPENNESS, "mailto:a") != alert_key(FRESH_OPENNESS, "mailto:b")
    other = event(D(2026, 4, 9), "Avocado", "openness", "open_weights", "closed")
    assert alert_key(FRESH_OPENNESS, "mailto:a") != alert_key(other, "mailto:a")


def test_alert_messages_per_channel() -> None:
    targets = destinations(DELIVERY)
    messages = alert_messages(
        [FRESH_OPENNESS, EDGE_STATUS], targets, root="https://w.example/", sender="bot@w.example"
    )
    assert len(messages) == 2 * len(targets)
    assert len({m.idempotency_key for m in messages}) == len(messages)
    mail = next(m for m in messages if m.destination == "mailto:ops@example.org")
    assert mail.kind == "alert"
    assert mail.subject == "[llamawatch] Avocado: openness open weights -> closed"
    msg = email_from_payload(mail.payload, "ops@example.org")
    assert msg["To"] == "ops@example.org" and msg["From"] == "bot@w.example"
    assert msg["Message-ID"] == mail.payload["message_id"]
    assert "A post said Avocado openness is closed." in msg.get_body(("plain",)).get_content()
    ntfy = next(m for m in messages if m.destination.startswith("apprise:ntfy"))
    assert ntfy.payload["title"] == mail.subject
    assert "https://w.example/models/avocado.html" in ntfy.payload["body"]
    hook = next(m for m in messages if m.destination.startswith("webhook:"))
    body = hook.payload["body"]
    assert body["type"] == "llamawatch.alert"
    assert body["idempotency_key"] == hook.idempotency_key
    assert body["events"] == [FRESH_OPENNESS.to_json()]


def test_policy_note_reaches_every_channel_and_survives_combining() -> None:
    """The review policy's note is in mail text and HTML, the Apprise body and the webhook."""
    targets = destinations(DELIVERY)
    notes = {FRESH_OPENNESS: "unreviewed, 1 source", EDGE_STATUS: "reviewed"}
    messages = alert_messages([FRESH_OPENNESS, EDGE_STATUS], targets, notes=notes)

    def of(prefix: str, event_: object) -> dict:
        return next(
            m.payload
            for m in messages
            if m.destination.startswith(prefix) and m.payload["event"] == event_.to_json()  # type: ignore[attr-defined]
        )

    for single in (FRESH_OPENNESS, EDGE_STATUS):
        note = notes[single]
        mail = of("mailto:ops@", single)
        assert mail["review"] == note
        assert note in mail["text"] and note in mail["html"]
        assert note in of("apprise:", single)["body"]
        hook = of("webhook:", single)["body"]
        assert hook["events"][0]["review"] == note and note in hook["text"]
    # several queued alerts to one place become one message that keeps each note
    for prefix, channel in (
        ("mailto:ops@", "mailto"),
        ("apprise:", "apprise"),
        ("webhook:", "webhook"),
    ):
        parts = [of(prefix, FRESH_OPENNESS), of(prefix, EDGE_STATUS)]
        combined = combine_payloads(channel, ["k1", "k2"], parts)
        if channel == "mailto":
            text = combined["text"]
            assert (
                "unreviewed, 1 source" in combined["html"] and "reviewed</span>" in combined["html"]
            )
        elif channel == "apprise":
            text = combined["body"]
        else:
            text = combined["body"]["text"]
            assert [e.get("review") for e in combined["body"]["events"]] == [
                "unreviewed, 1 source",
                "reviewed",
            ]
        assert "; unreviewed, 1 source]" in text and "; reviewed]" in text
    # without a policy note nothing is claimed
    plain = alert_messages([FRESH_OPENNESS], targets)
    assert all("review" not in m.payload for m in plain)
    assert not any("reviewed" in str(m.payload.get("text", "")) for m in plain)
