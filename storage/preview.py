"""What a run would store, computed in a transaction that is rolled back.

``run --dry-run`` saves the extracted posts and recomputes the history exactly
as a real run does, inside ``session_scope(commit=False)``, so the numbers it
reports are the ones a real run would produce and nothing stays in the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from llamawatch.changes import HistoryMode
from llamawatch.records import ExtractedPost, HistoryDiff
from llamawatch.storage.history import refresh_history
from llamawatch.storage.posts import SaveResult, save_extracted
from llamawatch.storage.runs import UNSETTLED
from llamawatch.storage.schema import RunRow


def preview_changes(
    session: Session,
    items: Sequence[ExtractedPost],
    *,
    extractor_version: str,
    mode: HistoryMode,
) -> tuple[SaveResult, HistoryDiff]:
    """Save the posts and recompute their history in ``session``; return both results.

    The caller's session must not commit (``session_scope(commit=False)``). As a
    real run would, it recomputes every key when an earlier run did not finish.
    """
    unfinished = session.scalar(select(RunRow.id).where(RunRow.status.in_(UNSETTLED)).limit(1))
    saved = save_extracted(session, items, source_name=None, extractor_version=extractor_version)
    touched = None if unfinished is not None else set(saved.touched)
    if touched is not None and not touched:
        return saved, HistoryDiff()
    diff = refresh_history(session, touched, mode=mode, detected_at=dt.datetime.now(dt.UTC))
    return saved, diff
