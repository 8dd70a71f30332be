"""Deliver what the outbox holds: each message once, retried until it goes.

Exactly-once, as far as a network allows
-----------------------------------------
Sending and recording cannot be one atomic step, so the order is chosen to
never send twice:

1. **claim** the row in its own committed transaction (``last_error = "in
   flight"``, ``attempts += 1``). The conditional UPDATE means two runs racing
   for a row cannot both get it.
2. **send** it.
3. **record** the outcome in a new transaction: ``sent_at`` on success (never
   sent again), the reason on failure (``pending`` returns it next run: retried).

If the process dies between 1 and 3 the row stays "in flight". The next run
turns rows in flight for longer than ``stale_after`` into "in doubt" and does
**not** resend them: they may have been delivered (the crash may have come
after the server accepted the message). Resending would risk a duplicate;
the operator decides (``storage.outbox.requeue``). To make a rare duplicate at
least recognisable, mail carries a Message-ID derived from the idempotency
key, and webhooks an ``Idempotency-Key`` header a receiver can deduplicate on.
A known failure (connection refused, HTTP 500, SMTP 4xx/5xx) is recorded
before the next attempt and is always retried: failures are never lost.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from llamawatch.delivery.alerts import (
    Destination,
    alert_messages,
    batch_key,
    can_combine,
    combine_payloads,
    destinations,
    filter_alerts,
    notice_messages,
    select_alerts,
)
from llamawatch.delivery.channels import CHANNELS, Channel
from llamawatch.delivery.channels import kind_of as channel_of
from llamawatch.delivery.channels.smtp import address_id
from llamawatch.errors import DeliveryError
from llamawatch.publishing.render import (
    list_headers,
    message_id_for,
    public_root,
    render_digest_html,
    render_digest_text,
)
from llamawatch.records import ChangeEvent, OutboxMessage
from llamawatch.storage import outbox
from llamawatch.storage.alert_policy import policy_alerts
from llamawatch.storage.db import session_scope
from llamawatch.storage.outbox import OutboxItem

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    from llamawatch.config import Settings
    from llamawatch.publishing.render import DigestContext

log = logging.getLogger(__name__)

#: a row in flight for longer than this was claimed by a run that died
STALE_AFTER = dt.timedelta(minutes=15)
#: most alerts carried by one combined message
BATCH_LIMIT = 25

SessionFactory = Callable[[], AbstractContextManager["Session"]]
#: sends one outbox item or raises; keyed by the kind of the destination's channel
Sender = Callable[[OutboxItem], None]


@dataclass
class DeliveryReport:
    """What one delivery pass did."""

    sent: list[str] = field(default_factory=list)  #: idempotency keys delivered now
    failed: dict[str, str] = field(default_factory=dict)  #: key → reason (retried later)
    in_doubt: list[str] = field(default_factory=list)  #: keys found abandoned mid-send
    skipped: list[str] = field(default_factory=list)  #: claimed by another run meanwhile


def batches(items: Sequence[OutboxItem], limit: int = BATCH_LIMIT) -> list[list[OutboxItem]]:
    """Group pending rows into messages: alerts to one destination go together, the rest alone.

    One ingest that finds a new model with five facts then sends one mail per
    recipient, not five; each row keeps its own key, so exactly-once holds per alert.
    """
    groups: dict[tuple[object, ...], list[OutboxItem]] = {}
    for item in items:
        if can_combine(item.kind, item.payload):
            group: tuple[object, ...] = (item.destination, item.kind)
        else:
            group = (item.destination, item.kind, item.id)
        groups.setdefault(group, []).append(item)
    return [
        rows[start : start + limit]
        for rows in groups.values()
        for start in range(0, len(rows), limit)
    ]


def combined_item(rows: Sequence[OutboxItem]) -> OutboxItem:
    """Return the one message that carries ``rows`` (the row itself when alone)."""
    if len(rows) == 1:
        return rows[0]
    keys = [row.idempotency_key for row in rows]
    payload = combine_payloads(channel_of(rows[0].destination), keys, [row.payload for row in rows])
    subject = str(payload.get("subject") or payload.get("title") or rows[0].subject)
    return OutboxItem(
        id=rows[0].id,
        idempotency_key=batch_key(keys),
        kind=rows[0].kind,
        destination=rows[0].destination,
        subject=subject,
        payload=payload,
        attempts=max(row.attempts for row in rows),
        last_error=None,
        created_at=min(row.created_at for row in rows),
    )


def deliver_pending(
    session_factory: SessionFactory,
    senders: Mapping[str, Sender],
    *,
    now: dt.datetime | None = None,
    max_attempts: int = outbox.MAX_ATTEMPTS,
    stale_after: dt.timedelta = STALE_AFTER,
) -> DeliveryReport:
    """Send every pending outbox row once: claim, send, record (see the module docstring)."""
    now = now or dt.datetime.now(dt.UTC)
    report = DeliveryReport()
    with session_factory() as session:
        abandoned = outbox.mark_in_doubt(session, older_than=now - stale_after, now=now)
        report.in_doubt = [item.idempotency_key for item in abandoned]
        items = outbox.pending(session, max_attempts=max_attempts)
    for item in abandoned:
        log.warning("outbox %s to %s: %s", item.kind, item.destination, item.last_error)
    for batch in batches(items):
        with session_factory() as session:
            claimed = [row for row in batch if outbox.claim(session, row.id, now)]
        report.skipped += [row.idempotency_key for row in batch if row not in claimed]
        if not claimed:
            continue
        message = combined_item(claimed)
        sender = senders.get(channel_of(message.destination))
        error: str | None = None
        if sender is None:
            error = f"no sender for {message.destination} (destination no longer configured?)"
        else:
            try:
                sender(message)
            except DeliveryError as exc:
                error = str(exc)
            except Exception as exc:  # a bug in one sender must not stop the others
                log.exception("outbox %s: unexpected error", message.idempotency_key)
                error = f"{type(exc).__name__}: {exc}"
        with session_factory() as session:
            for row in claimed:
                if error is None:
                    outbox.mark_sent(session, row.id, dt.datetime.now(dt.UTC))
                else:
                    outbox.mark_failed(session, row.id, error)
        keys = [row.idempotency_key for row in claimed]
        if error is None:
            report.sent += keys
        else:
            report.failed.update(dict.fromkeys(keys, error))
            log.warning("outbox %s to %s failed: %s", message.kind, message.destination, error)
    return report


def build_senders(
    settings: Settings, environ: Mapping[str, str] | None = None
) -> dict[str, Sender]:
    """Return a sender for every registered channel the settings let send."""
    environ = os.environ if environ is None else environ
    delivery = settings.delivery
    by_id: dict[str, Destination] = {d.id: d for d in destinations(delivery)}

    def sender_of(channel: Channel) -> Sender:
        def send(item: OutboxItem) -> None:
            channel.send(
                item.payload,
                destination_id=item.destination,
                key=item.idempotency_key,
                destination=by_id.get(item.destination),
                delivery=delivery,
                environ=environ,
            )

        return send

    return {
        kind: sender_of(channel)
        for kind, channel in CHANNELS.items()
        if channel.configured(delivery)
    }


def _scope(engine: Engine) -> SessionFactory:
    """Return a factory of committed-on-exit sessions over ``engine``."""
    return lambda: session_scope(engine)


def outbox_messages(
    settings: Settings,
    events: Sequence[ChangeEvent],
    *,
    mode: str,
    now: dt.datetime,
    notices: Sequence[str] = (),
    session: Session | None = None,
) -> list[OutboxMessage]:
    """Return the messages for fresh high-severity events and source notices.

    With a ``session``, the review alert policy reads the stored decisions and
    support; it does no other I/O.
    """
    delivery = settings.delivery
    chosen = select_alerts(events, mode, now, delivery.alert_window_days)
    targets = destinations(delivery)
    notes: dict[ChangeEvent, str] = {}
    if mode == "live" and targets and session is not None:
        # the review alert policy: hold some attributes until corroborated or reviewed
        since = now.date() - dt.timedelta(days=delivery.alert_window_days)
        notes = dict(policy_alerts(session, events, settings.review.policy_of, since=since))
        chosen = select_alerts(list(notes), mode, now, delivery.alert_window_days)
    # the reader's filter applies last, to whatever the policy lets through
    chosen = filter_alerts(
        chosen, delivery.alert_models, delivery.alert_attributes, delivery.alert_min_support
    )
    messages = alert_messages(
        chosen,
        targets,
        site_title=settings.output.site_title,
        root=public_root(settings),
        sender=delivery.smtp.sender,
        notes=notes,
    )
    messages += notice_messages(
        notices,
        targets,
        day=now.date(),
        site_title=settings.output.site_title,
        sender=delivery.smtp.sender,
    )
    return messages


def queue_and_deliver_alerts(
    engine: Engine,
    settings: Settings,
    events: Sequence[ChangeEvent],
    *,
    mode: str,
    notices: Sequence[str] = (),
    now: dt.datetime | None = None,
    environ: Mapping[str, str] | None = None,
) -> tuple[int, int, int]:
    """Queue alerts for fresh high-severity events and source notices, then deliver.

    Returns (queued, sent, failed). Runs even when nothing new is queued, so
    that failures of earlier runs are retried.
    """
    now = now or dt.datetime.now(dt.UTC)
    factory = _scope(engine)
    with factory() as session:
        messages = outbox_messages(
            settings, events, mode=mode, now=now, notices=notices, session=session
        )
        queued = outbox.enqueue(session, messages)
    report = deliver_pending(factory, build_senders(settings, environ), now=now)
    return queued, len(report.sent), len(report.failed)


def digest_messages(
    context: DigestContext,
    recipients: Sequence[str],
    sender: str,
    headers: Mapping[str, str] | None = None,
) -> list[OutboxMessage]:
    """One outbox message per recipient for a week's digest, keyed by week and address."""
    html, text = render_digest_html(context), render_digest_text(context)
    messages = []
    for recipient in recipients:
        key = f"digest:{context.week}:{address_id(recipient)}"
        messages.append(
            OutboxMessage(
                idempotency_key=key,
                kind="digest",
                destination=address_id(recipient),
                subject=context.subject,
                payload={
                    "subject": context.subject,
                    "text": text,
                    "html": html,
                    "sender": sender,
                    "message_id": message_id_for(key),
                    "headers": dict(headers or {}),
                },
            )
        )
    return messages


def send_digest(
    engine: Engine,
    settings: Settings,
    context: DigestContext,
    *,
    environ: Mapping[str, str] | None = None,
) -> bool:
    """Mail a week's digest to every recipient through the outbox; True when all have it.

    A week already mailed to an address is not mailed again (its key is in the
    outbox), so ``llamawatch digest --week W --send`` is safe to repeat.
    """
    smtp = settings.delivery.smtp
    if not smtp.host or not smtp.recipients:
        raise DeliveryError("no email configured: set delivery.smtp.host and recipients")
    headers = list_headers(smtp.sender, settings.digest.list_id, settings.digest.unsubscribe)
    messages = digest_messages(context, smtp.recipients, smtp.sender, headers)
    factory = _scope(engine)
    with factory() as session:
        outbox.enqueue(session, messages)
    deliver_pending(factory, build_senders(settings, environ))
    keys = [m.idempotency_key for m in messages]
    with factory() as session:
        return all(outbox.sent_at(session, key) is not None for key in keys)
