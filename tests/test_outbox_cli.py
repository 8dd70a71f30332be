"""Operators see the outbox: status counts it, `outbox list|retry|drop` act on it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from llamawatch.cli import cli
from llamawatch.records import OutboxMessage
from llamawatch.storage import outbox
from llamawatch.storage.db import open_database, session_scope
from llamawatch.storage.schema import OutboxRow


def message(key: str) -> OutboxMessage:
    return OutboxMessage(
        idempotency_key=key,
        kind="alert",
        destination="mailto:ops@example.org",
        subject=f"alert {key}",
        payload={"title": key, "body": "text"},
    )


def seed(engine: Engine) -> dict[str, int]:
    """Queue five messages and drive each into a different state; return their ids."""
    t0 = dt.datetime(2026, 3, 1, 9, 0)
    with session_scope(engine) as session:
        outbox.enqueue(session, [message(k) for k in ("queued", "failed", "doubt", "sent", "old")])
    with session_scope(engine) as session:
        ids = {r.idempotency_key: r.id for r in session.scalars(select(OutboxRow))}
        for key, row_id in ids.items():
            session.get(OutboxRow, row_id).created_at = t0 + dt.timedelta(hours=len(key))
        assert outbox.claim(session, ids["failed"])
        outbox.mark_failed(session, ids["failed"], "smtp: connection refused")
        assert outbox.claim(session, ids["doubt"], now=t0)
        outbox.mark_in_doubt(session, older_than=t0 + dt.timedelta(minutes=1))
        assert outbox.claim(session, ids["sent"])
        outbox.mark_sent(session, ids["sent"])
        session.get(OutboxRow, ids["old"]).attempts = outbox.MAX_ATTEMPTS
        session.get(OutboxRow, ids["old"]).last_error = "webhook: 500"
    return ids


@pytest.fixture
def seeded(sqlite_url: str) -> tuple[str, dict[str, int]]:
    engine = open_database(sqlite_url)
    ids = seed(engine)
    engine.dispose()
    return sqlite_url, ids


def invoke(url: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", url, *args], env={"COLUMNS": "250"})
    assert "Traceback" not in result.output + result.stderr
    return result.exit_code, result.stdout, result.stderr


def states(url: str) -> dict[int, str]:
    engine = open_database(url)
    with session_scope(engine) as session:
        rows = {r.id: r.state for r in outbox.list_messages(session, include_done=True)}
    engine.dispose()
    return rows


def test_status_shows_queued_failed_and_in_doubt_with_the_oldest(seeded) -> None:
    url, _ = seeded
    code, out, _ = invoke(url, "status")
    assert code == 0
    line = next(line for line in out.splitlines() if line.startswith("outbox:"))
    assert "1 queued" in line and "1 failed" in line and "1 in doubt" in line
    assert "1 gave up" in line and "1 sent" in line
    assert "oldest" in line and "ago" in line


def test_list_shows_what_waits_and_why(seeded) -> None:
    url, _ = seeded
    code, out, _ = invoke(url, "outbox", "list")
    assert code == 0
    assert "smtp: connection refused" in out and "in doubt" in out
    assert "alert sent" not in out  # delivered messages only with --all
    _, everything, _ = invoke(url, "outbox", "list", "--all")
    assert "alert sent" in everything


def test_retry_all_requeues_failed_given_up_and_in_doubt(seeded) -> None:
    url, ids = seeded
    code, out, _ = invoke(url, "outbox", "retry", "--all")
    assert code == 0 and "requeued 3 message(s)" in out
    after = states(url)
    assert after[ids["failed"]] == after[ids["doubt"]] == after[ids["old"]] == "queued"
    assert after[ids["sent"]] == "sent"
    engine = open_database(url)
    with session_scope(engine) as session:
        keys = {item.idempotency_key for item in outbox.pending(session)}
    assert keys == {"queued", "failed", "doubt", "old"}


def test_retry_by_id_refuses_a_sent_or_unknown_message(seeded) -> None:
    url, ids = seeded
    code, out, err = invoke(url, "outbox", "retry", str(ids["doubt"]), str(ids["sent"]), "999")
    assert code == 1
    assert "requeued 1 message(s)" in out
    assert f"skipped {ids['sent']}: it is sent" in err and "skipped 999: no such message" in err
    assert states(url)[ids["doubt"]] == "queued"


def test_drop_keeps_the_row_and_it_is_never_sent(seeded) -> None:
    url, ids = seeded
    code, out, _ = invoke(url, "outbox", "drop", str(ids["queued"]), str(ids["doubt"]))
    assert code == 0 and "dropped 2 message(s)" in out
    engine = open_database(url)
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(OutboxRow)) == 5
        assert {i.idempotency_key for i in outbox.pending(session)} == {"failed"}
        assert not outbox.claim(session, ids["queued"])  # a run cannot take it either
        doubt = session.get(OutboxRow, ids["doubt"])
        assert doubt.last_error.startswith("dropped") and "was: in doubt" in doubt.last_error
    # a dropped message is not retried by --all, and the status line no longer counts it
    invoke(url, "outbox", "retry", "--all")
    assert states(url)[ids["queued"]] == "dropped"
    _, status, _ = invoke(url, "status")
    assert "1 queued" not in status


def test_retry_needs_ids_or_all(seeded) -> None:
    url, _ = seeded
    code, _, err = invoke(url, "outbox", "retry")
    assert code == 1 and err.startswith("error:") and len(err.strip().splitlines()) == 1


def test_an_empty_outbox(sqlite_url: str, tmp_path: Path) -> None:
    code, out, _ = invoke(sqlite_url, "outbox", "list")
    assert code == 0 and "nothing waiting" in out
    _, status, _ = invoke(sqlite_url, "status")
    assert "outbox: nothing waiting, 0 sent" in status
