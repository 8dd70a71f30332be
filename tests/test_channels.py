"""A channel is one module and one registration: the outbox and alerts name none of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import pytest
from helpers_render import event
from sqlalchemy import select
from sqlalchemy.engine import Engine

from llamawatch.config import DeliverySettings, load_settings
from llamawatch.delivery import channels
from llamawatch.delivery.channels import Destination, Rendered
from llamawatch.delivery.outbox import queue_and_deliver_alerts
from llamawatch.storage.db import session_scope
from llamawatch.storage.schema import OutboxRow

NOW = dt.datetime(2026, 4, 10, 9, 0, tzinfo=dt.UTC)


class Pigeon:
    """A toy channel: one destination per configured name, the payload kept in a loft."""

    kind = "pigeon"

    def __init__(self) -> None:
        self.loft: list[tuple[str, str, dict[str, Any]]] = []

    def destinations(self, delivery: DeliverySettings) -> list[Destination]:
        return [Destination("pigeon:roof", self.kind, "roof")]

    def configured(self, delivery: DeliverySettings) -> bool:
        return True

    def render(self, message: Rendered) -> dict[str, Any]:
        return {"note": f"{message.kind}: {message.subject}", "events": len(message.events)}

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
        assert destination is not None
        self.loft.append((destination.target, key, dict(payload)))


def test_every_destination_id_starts_with_its_channels_kind() -> None:
    delivery = DeliverySettings.model_validate(
        {
            "smtp": {"host": "mail.example", "recipients": ["ops@example.org"]},
            "apprise_urls": ["ntfy://topic"],
            "webhooks": [{"url": "https://hooks.example/x", "secret_env": "K"}],
        }
    )
    found = channels.destinations(delivery)
    assert [d.channel for d in found] == list(channels.CHANNELS)
    assert all(channels.kind_of(d.id) == d.channel for d in found)


def test_a_registered_toy_channel_receives_an_alert_through_the_outbox(
    sqlite_engine: Engine, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    pigeon = Pigeon()
    monkeypatch.setitem(channels.CHANNELS, pigeon.kind, pigeon)
    settings = load_settings(environ={}, overrides={"output": {"dir": str(tmp_path / "site")}})
    fresh = event(dt.date(2026, 4, 9), "Avocado", "openness", "closed", "open_weights")

    assert queue_and_deliver_alerts(sqlite_engine, settings, [fresh], mode="live", now=NOW) == (
        1,
        1,
        0,
    )
    [(target, key, payload)] = pigeon.loft
    assert target == "roof" and key.startswith("alert:")
    assert payload["note"] == "alert: [llamawatch] Avocado: openness open weights -> closed"
    with session_scope(sqlite_engine) as session:
        row = session.scalars(select(OutboxRow)).one()
        assert row.destination == "pigeon:roof" and row.sent_at is not None
    # queued once: the same news again goes nowhere
    assert queue_and_deliver_alerts(sqlite_engine, settings, [fresh], mode="live", now=NOW) == (
        0,
        0,
        0,
    )
    assert len(pigeon.loft) == 1
