"""The outbox: queued once, delivered once, failures retried, a crash never resends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from llamawatch.delivery.outbox import channel_of, deliver_pending
from llamawatch.errors import DeliveryError
from llamawatch.records import OutboxMessage
from llamawatch.storage import outbox
from llamawatch.storage.db import session_scope
from llamawatch.storage.outbox import OutboxItem
from llamawatch.storage.schema import OutboxRow

T0 = dt.datetime(2026, 4, 10, 12, 0, tzinfo=dt.UTC)


def message(key: str, destination: str = "mailto:ops@example.org") -> OutboxMessage:
    return OutboxMessage(
        idempotency_key=key,
        kind="alert",
        destination=destination,
        subject=f"news {key}",
        payload={"title": f"news {key}", "body": "text"},
    )


class Channel:
    """A destination that records what reached it; can be told to fail or to crash."""

    def __init__(self) -> None:
        self.received: list[str] = []
        self.fail_next = 0
        self.crash_after_send = False

    def __call__(self, item: OutboxItem) -> None:
        if self.fail_next:
            self.fail_next -= 1
            raise DeliveryError("connection refused")
        self.received.append(item.idempotency_key)
        if self.crash_after_send:
            raise ProcessDied


class ProcessDied(BaseException):
    """Stands for the process being killed right after the server accepted a message."""


def factory(engine: Engine) -> Callable[[], object]:
    return lambda: session_scope(engine)


def row_of(engine: Engine, key: str) -> OutboxRow:
    with session_scope(engine) as session:
        row = session.scalars(select(OutboxRow).where(OutboxRow.idempotency_key == key)).one()
        session.expunge(row)
        return row


def test_enqueue_is_idempotent_by_key(engine: Engine) -> None:
    with session_scope(engine) as session:
        assert outbox.enqueue(session, [message("a"), message("b"), message("a")]) == 2
    with session_scope(engine) as session:
        assert outbox.enqueue(session, [message("a"), message("c")]) == 1
        assert outbox.enqueue(session, []) == 0
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(OutboxRow)) == 3
        assert [i.idempotency_key for i in outbox.pending(session)] == ["a", "b", "c"]


def test_each_message_is_delivered_once(engine: Engine) -> None:
    with session_scope(engine) as session:
        outbox.enqueue(session, [message("a"), message("b", "apprise:ntfy:1")])
    mail, apprise = Channel(), Channel()
    senders = {"mailto": mail, "apprise": apprise}
    report = deliver_pending(factory(engine), senders, now=T0)
    assert sorted(report.sent) == ["a", "b"] and report.failed == {}
    assert (mail.received, apprise.received) == (["a"], ["b"])
    again = deliver_pending(factory(engine), senders, now=T0)
    assert again.sent == [] and mail.received == ["a"]
    row = row_of(engine, "a")
    assert row.sent_at is not None and row.attempts == 1 and row.last_error is None
    # queueing the same news again after delivery does not resend it
    with session_scope(engine) as session:
        assert outbox.enqueue(session, [message("a")]) == 0
    deliver_pending(factory(engine), senders, now=T0)
    assert mail.received == ["a"]


def test_a_failed_delivery_is_retried_on_the_next_run(engine: Engine) -> None:
    with session_scope(engine) as session:
        outbox.enqueue(session, [message("a")])
    mail = Channel()
    mail.fail_next = 1
    first = deliver_pending(factory(engine), {"mailto": mail}, now=T0)
    assert first.failed == {"a": "connection refused"}
    row = row_of(engine, "a")
    assert row.sent_at is None and row.last_error == "connection refused" and row.attempts == 1
    second = deliver_pending(factory(engine), {"mailto": mail}, now=T0)
    assert second.sent == ["a"] and mail.received == ["a"]
    assert row_of(engine, "a").attempts == 2


def test_a_crash_between_send_and_record_never_resends(engine: Engine) -> None:
    with session_scope(engine) as session:
        outbox.enqueue(session, [message("a"), message("b")])
    mail = Channel()
    mail.crash_after_send = True
    with pytest.raises(ProcessDied):
        deliver_pending(factory(engine), {"mailto": mail}, now=T0)
    assert mail.received == ["a"]
    assert row_of(engine, "a").last_error == outbox.IN_FLIGHT
    mail.crash_after_send = False
    # a run soon after (maybe concurrent with the first): "a" is left alone, "b" goes
    soon = deliver_pending(factory(engine), {"mailto": mail}, now=T0 + dt.timedelta(minutes=1))
    assert soon.sent == ["b"] and soon.in_doubt == []
    # much later the abandoned row is declared in doubt, and still not resent
    later = deliver_pending(factory(engine), {"mailto": mail}, now=T0 + dt.timedelta(hours=1))
    assert later.in_doubt == ["a"] and later.sent == []
    assert mail.received == ["a", "b"]
    row = row_of(engine, "a")
    assert row.sent_at is None and row.last_error.startswith(outbox.IN_DOUBT)
    with session_scope(engine) as session:
        assert outbox.outbox_counts(session)["in_doubt"] == 1
        # the operator checked (Message-ID) and decides to send it again
        assert outbox.requeue(session, row.id)
    deliver_pending(factory(engine), {"mailto": mail}, now=T0 + dt.timedelta(hours=2))
    assert mail.received == ["a", "b", "a"]


def test_only_one_run_can_claim_a_row(engine: Engine) -> None:
    with session_scope(engine) as session:
        outbox.enqueue(session, [message("a")])
        (item,) = outbox.pending(session)
    with session_scope(engine) as session:
        assert outbox.claim(session, item.id, T0)
    with session_scope(engine) as session:
        assert not outbox.claim(session, item.id, T0)
        assert outbox.pending(session) == []
        outbox.mark_sent(session, item.id, T0)
    with session_scope(engine) as session:
        assert not outbox.claim(session, item.id, T0)


def test_rows_stop_retrying_after_max_attempts(engine: Engine) -> None:
    with session_scope(engine) as session:
        outbox.enqueue(session, [message("a")])
    mail = Channel()
    mail.fail_next = 5
    for _ in range(3):
        deliver_pending(factory(engine), {"mailto": mail}, now=T0, max_attempts=3)
    last = deliver_pending(factory(engine), {"mailto": mail}, now=T0, max_attempts=3)
    assert last.sent == [] and last.failed == {}
    with session_scope(engine) as session:
        assert outbox.outbox_counts(session, max_attempts=3)["gave_up"] == 1


def test_a_destination_without_sender_fails_visibly(engine: Engine) -> None:
    with session_scope(engine) as session:
        outbox.enqueue(session, [message("a", "webhook:gone:123")])
    report = deliver_pending(factory(engine), {}, now=T0)
    assert "no sender for webhook:gone:123" in report.failed["a"]
    assert channel_of("mailto:a@b.example") == "mailto"


def test_an_unexpected_sender_bug_is_recorded_and_others_continue(engine: Engine) -> None:
    with session_scope(engine) as session:
        outbox.enqueue(session, [message("a", "apprise:x:1"), message("b")])

    def broken(item: OutboxItem) -> None:
        raise KeyError("title")

    mail = Channel()
    report = deliver_pending(factory(engine), {"apprise": broken, "mailto": mail}, now=T0)
    assert report.failed == {"a": "KeyError: 'title'"}
    assert report.sent == ["b"]


def test_alerts_to_one_destination_go_as_one_message(engine: Engine) -> None:
    from helpers_render import event

    from llamawatch.delivery.alerts import Destination, alert_messages

    day = dt.date(2026, 4, 9)
    events = [
        event(day, "Mango", "status", "upcoming", severity="alert"),
        event(day, "Mango", "openness", "closed", severity="alert"),
    ]
    targets = [
        Destination("mailto:ops@example.org", "mailto", "ops@example.org"),
        Destination("apprise:ntfy:1", "apprise", "ntfy://x"),
    ]
    with session_scope(engine) as session:
        assert outbox.enqueue(session, alert_messages(events, targets)) == 4
    mail, apprise = Channel(), Channel()
    sent: list[OutboxItem] = []
    mail.crash_after_send = True

    def apprise_sender(item: OutboxItem) -> None:
        sent.append(item)
        apprise(item)

    with pytest.raises(ProcessDied):
        deliver_pending(factory(engine), {"mailto": mail, "apprise": apprise_sender}, now=T0)
    # the mail batch went out once and both of its rows are now in flight
    assert len(mail.received) == 1 and mail.received[0].startswith("alerts:")
    later = deliver_pending(
        factory(engine),
        {"mailto": mail, "apprise": apprise_sender},
        now=T0 + dt.timedelta(hours=1),
    )
    assert len(later.in_doubt) == 2 and len(mail.received) == 1
    # the apprise batch went in the second run, as one notification about both changes
    (notification,) = sent
    assert notification.payload["title"].endswith("(+1 more)")
    assert "Mango" in notification.payload["body"]
    assert len(later.sent) == 2
