"""The outbox: every message to deliver, one row per (message, destination).

A row moves through these states (``last_error`` carries the marker, so the
table needs no extra column):

    queued     sent_at NULL, last_error NULL          → will be sent
    in flight  sent_at NULL, last_error = IN_FLIGHT   → a run claimed it and is sending
    failed     sent_at NULL, last_error = the reason  → retried on the next run
    in doubt   sent_at NULL, last_error = IN_DOUBT…   → a run died while sending; never
                                                         resent automatically (requeue())
    dropped    sent_at NULL, last_error = DROPPED…    → an operator gave it up (drop());
                                                         never sent, kept as history
    sent       sent_at set                            → never sent again

``enqueue`` is idempotent by ``idempotency_key`` (unique in the table), so
queueing the same alert twice, in two runs or two processes, stores it once.
This module holds no delivery logic; ``llamawatch.delivery.outbox`` drives it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from llamawatch.records import OutboxMessage
from llamawatch.storage.schema import OutboxRow, utcnow

#: marker of a row a run has claimed and is sending right now
IN_FLIGHT = "in flight"
#: prefix of a row whose delivery outcome is unknown (the run died mid-send)
IN_DOUBT = "in doubt"
#: prefix of a row an operator dropped: never sent, never deleted
DROPPED = "dropped"
#: the states an operator sees, in the order ``status`` lists them
STATES = ("queued", "failed", "in_doubt", "gave_up", "in_flight", "dropped", "sent")
#: a row failing this many times stops being retried (it stays visible)
MAX_ATTEMPTS = 10
#: longest error text kept
MAX_ERROR_CHARS = 1000


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A queued row as delivery sees it."""

    id: int
    idempotency_key: str
    kind: str
    destination: str
    subject: str
    payload: dict[str, Any]
    attempts: int
    last_error: str | None
    created_at: dt.datetime


def _sendable() -> Any:
    """SQL condition of an unsent row no run holds and no operator dropped."""
    error = OutboxRow.last_error
    return error.is_(None) | (
        (error != IN_FLIGHT) & ~error.startswith(IN_DOUBT) & ~error.startswith(DROPPED)
    )


def _item(row: OutboxRow) -> OutboxItem:
    return OutboxItem(
        id=row.id,
        idempotency_key=row.idempotency_key,
        kind=row.kind,
        destination=row.destination,
        subject=row.subject,
        payload=dict(row.payload or {}),
        attempts=row.attempts,
        last_error=row.last_error,
        created_at=row.created_at,
    )


def enqueue(session: Session, messages: Iterable[OutboxMessage]) -> int:
    """Queue messages whose key is not in the outbox yet; return how many were new.

    Uses INSERT … ON CONFLICT DO NOTHING on SQLite and PostgreSQL, so two
    processes queueing the same alert at once still store it once.
    """
    unique: dict[str, OutboxMessage] = {}
    for message in messages:
        unique.setdefault(message.idempotency_key, message)
    if not unique:
        return 0
    existing = set(
        session.scalars(
            select(OutboxRow.idempotency_key).where(OutboxRow.idempotency_key.in_(list(unique)))
        )
    )
    rows = [
        {
            "idempotency_key": m.idempotency_key,
            "kind": m.kind,
            "destination": m.destination,
            "subject": m.subject,
            "payload": m.payload,
            "created_at": utcnow(),
            "attempts": 0,
        }
        for key, m in unique.items()
        if key not in existing
    ]
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        insert = sqlite.insert if dialect == "sqlite" else postgresql.insert
        statement = insert(OutboxRow).on_conflict_do_nothing(index_elements=["idempotency_key"])
        result = session.execute(statement.returning(OutboxRow.id), rows)
        return len(result.all())
    session.add_all(OutboxRow(**row) for row in rows)
    session.flush()
    return len(rows)


def pending(session: Session, *, max_attempts: int = MAX_ATTEMPTS) -> list[OutboxItem]:
    """Return rows to send now: not sent, not in flight or in doubt, under the attempt cap."""
    rows = session.scalars(
        select(OutboxRow)
        .where(
            OutboxRow.sent_at.is_(None),
            OutboxRow.attempts < max_attempts,
            _sendable(),
        )
        .order_by(OutboxRow.created_at, OutboxRow.id)
    )
    return [_item(row) for row in rows]


def claim(session: Session, item_id: int, now: dt.datetime | None = None) -> bool:
    """Mark a row in flight before sending; False when it is sent or another run has it.

    The conditional UPDATE is atomic, so of two runs racing for a row only one
    gets it. The caller must commit before sending.
    """
    result = session.execute(
        update(OutboxRow)
        .where(
            OutboxRow.id == item_id,
            OutboxRow.sent_at.is_(None),
            _sendable(),
        )
        .values(
            attempts=OutboxRow.attempts + 1,
            last_attempt_at=now or utcnow(),
            last_error=IN_FLIGHT,
        )
        .execution_options(synchronize_session=False)
    )
    return cast(CursorResult[Any], result).rowcount == 1


def mark_sent(session: Session, item_id: int, now: dt.datetime | None = None) -> None:
    """Record that a row was delivered; it is never sent again."""
    session.execute(
        update(OutboxRow)
        .where(OutboxRow.id == item_id)
        .values(sent_at=now or utcnow(), last_error=None)
        .execution_options(synchronize_session=False)
    )


def mark_failed(session: Session, item_id: int, error: str) -> None:
    """Record why a delivery failed; the row is retried on the next run."""
    reason = " ".join(error.split())[:MAX_ERROR_CHARS] or "failed"
    if reason == IN_FLIGHT or reason.startswith((IN_DOUBT, DROPPED)):
        reason = f"failed: {reason}"
    session.execute(
        update(OutboxRow)
        .where(
            OutboxRow.id == item_id,
            OutboxRow.sent_at.is_(None),
            OutboxRow.last_error.is_(None) | ~OutboxRow.last_error.startswith(DROPPED),
        )
        .values(last_error=reason)
        .execution_options(synchronize_session=False)
    )


def mark_in_doubt(
    session: Session, *, older_than: dt.datetime, now: dt.datetime | None = None
) -> list[OutboxItem]:
    """Turn rows left in flight before ``older_than`` into "in doubt"; return them.

    Such a row was claimed by a run that never recorded the outcome (it died
    between sending and recording, or before sending). It may have been
    delivered, so it is not sent again automatically: an operator can check
    (for mail, by its Message-ID) and call ``requeue``.
    """
    rows = list(
        session.scalars(
            select(OutboxRow).where(
                OutboxRow.sent_at.is_(None),
                OutboxRow.last_error == IN_FLIGHT,
                OutboxRow.last_attempt_at < older_than,
            )
        )
    )
    stamp = (now or utcnow()).isoformat(timespec="seconds")
    for row in rows:
        row.last_error = f"{IN_DOUBT}: claimed at {row.last_attempt_at}; outcome unknown ({stamp})"
    session.flush()
    return [_item(row) for row in rows]


def requeue(session: Session, item_id: int) -> bool:
    """Put an in-doubt or exhausted row back in the queue (an operator's decision)."""
    result = session.execute(
        update(OutboxRow)
        .where(OutboxRow.id == item_id, OutboxRow.sent_at.is_(None))
        .values(last_error=None, attempts=0)
        .execution_options(synchronize_session=False)
    )
    return cast(CursorResult[Any], result).rowcount == 1


def state_of(sent: dt.datetime | None, error: str | None, attempts: int, max_attempts: int) -> str:
    """Return the state of a row: one of ``STATES``."""
    if sent is not None:
        return "sent"
    if error == IN_FLIGHT:
        return "in_flight"
    if error and error.startswith(IN_DOUBT):
        return "in_doubt"
    if error and error.startswith(DROPPED):
        return "dropped"
    if attempts >= max_attempts:
        return "gave_up"
    return "failed" if error else "queued"


def outbox_counts(session: Session, *, max_attempts: int = MAX_ATTEMPTS) -> dict[str, int]:
    """Return how many rows are in each state (sent, queued, failed, in doubt, …)."""
    return {state: count for state, (count, _) in outbox_overview(session, max_attempts).items()}


def outbox_overview(
    session: Session, max_attempts: int = MAX_ATTEMPTS
) -> dict[str, tuple[int, dt.datetime | None]]:
    """Return, for every state, how many rows are in it and when the oldest was queued."""
    overview: dict[str, tuple[int, dt.datetime | None]] = {state: (0, None) for state in STATES}
    rows = session.execute(
        select(OutboxRow.sent_at, OutboxRow.last_error, OutboxRow.attempts, OutboxRow.created_at)
    ).all()
    for sent, error, attempts, created in rows:
        state = state_of(sent, error, attempts, max_attempts)
        count, oldest = overview[state]
        overview[state] = (count + 1, created if oldest is None or created < oldest else oldest)
    return overview


@dataclass(frozen=True, slots=True)
class OutboxListing:
    """One row as an operator sees it (``llamawatch outbox list``)."""

    id: int
    state: str
    kind: str
    destination: str
    subject: str
    attempts: int
    created_at: dt.datetime
    last_attempt_at: dt.datetime | None
    last_error: str | None


def list_messages(
    session: Session, *, include_done: bool = False, max_attempts: int = MAX_ATTEMPTS
) -> list[OutboxListing]:
    """Return the rows not delivered yet, oldest first (with ``include_done``, every row)."""
    query = select(OutboxRow).order_by(OutboxRow.created_at, OutboxRow.id)
    if not include_done:
        query = query.where(OutboxRow.sent_at.is_(None))
    listing = []
    for row in session.scalars(query):
        state = state_of(row.sent_at, row.last_error, row.attempts, max_attempts)
        if state == "dropped" and not include_done:
            continue
        listing.append(
            OutboxListing(
                id=row.id,
                state=state,
                kind=row.kind,
                destination=row.destination,
                subject=row.subject,
                attempts=row.attempts,
                created_at=row.created_at,
                last_attempt_at=row.last_attempt_at,
                last_error=row.last_error,
            )
        )
    return listing


#: states an operator may requeue: a delivery that failed, gave up or may not have arrived
RETRYABLE = ("failed", "gave_up", "in_doubt")
#: states an operator may drop: anything not sent and not being sent right now
DROPPABLE = ("queued", "failed", "gave_up", "in_doubt")


def _select_rows(
    session: Session, ids: Sequence[int] | None, states: Sequence[str], max_attempts: int
) -> tuple[list[OutboxRow], dict[int, str]]:
    """Return the rows among ``ids`` (all when None) in ``states``, and why others are not."""
    query = select(OutboxRow).order_by(OutboxRow.id)
    if ids is not None:
        query = query.where(OutboxRow.id.in_(list(ids)))
    rows = list(session.scalars(query))
    chosen, refused = [], {}
    for row in rows:
        state = state_of(row.sent_at, row.last_error, row.attempts, max_attempts)
        if state in states:
            chosen.append(row)
        elif ids is not None:
            refused[row.id] = state
    if ids is not None:
        found = {row.id for row in rows}
        refused.update({i: "unknown" for i in ids if i not in found})
    return chosen, refused


def retry_messages(
    session: Session, ids: Sequence[int] | None, *, max_attempts: int = MAX_ATTEMPTS
) -> tuple[list[int], dict[int, str]]:
    """Requeue failed, given-up and in-doubt rows (by id, or all when None).

    Returns the ids requeued and, for ids that were not, their state. Attempts
    restart at zero, so a row that gave up gets its full ration again.
    """
    rows, refused = _select_rows(session, ids, RETRYABLE, max_attempts)
    for row in rows:
        row.last_error, row.attempts = None, 0
    session.flush()
    return [row.id for row in rows], refused


def drop_messages(
    session: Session,
    ids: Sequence[int],
    *,
    now: dt.datetime | None = None,
    max_attempts: int = MAX_ATTEMPTS,
) -> tuple[list[int], dict[int, str]]:
    """Mark unsent rows dropped so they are never sent; the rows and their history stay."""
    rows, refused = _select_rows(session, ids, DROPPABLE, max_attempts)
    stamp = (now or utcnow()).isoformat(timespec="seconds")
    for row in rows:
        before = f"; was: {row.last_error}" if row.last_error else ""
        row.last_error = f"{DROPPED} by the operator at {stamp}{before}"[:MAX_ERROR_CHARS]
    session.flush()
    return [row.id for row in rows], refused


def sent_at(session: Session, key: str) -> dt.datetime | None:
    """Return when the message with this key was delivered, or None."""
    return session.scalar(
        select(func.max(OutboxRow.sent_at)).where(OutboxRow.idempotency_key == key)
    )
