"""Flow runs: a row per run, so that a run that died is noticed by the next one.

A run saves posts batch by batch and recomputes history at its end. If it dies
in between, its posts are stored but their events are not; the next run sees
the unfinished row and recomputes the whole history once, so nothing is lost.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from llamawatch.storage.schema import RunRow, utcnow

#: statuses of runs that may have stored posts without recomputing their history
UNSETTLED = ("running", "failed")


def start_run(session: Session, flow: str) -> tuple[int, bool]:
    """Record a run as started; return its id and whether an earlier run never finished."""
    unfinished = session.scalar(select(RunRow.id).where(RunRow.status.in_(UNSETTLED)).limit(1))
    row = RunRow(flow=flow, status="running", summary={})
    session.add(row)
    session.flush()
    return row.id, unfinished is not None


def finish_run(session: Session, run_id: int, status: str, summary: dict[str, Any]) -> None:
    """Record how a run ended; a finished run settles the earlier unfinished ones."""
    session.execute(
        update(RunRow)
        .where(RunRow.id == run_id)
        .values(status=status, finished_at=utcnow(), summary=summary)
    )
    if status == "finished":
        session.execute(
            update(RunRow)
            .where(RunRow.status.in_(UNSETTLED), RunRow.id < run_id)
            .values(status="recovered", finished_at=utcnow())
        )
