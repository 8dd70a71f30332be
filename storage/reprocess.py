"""Re-derive history: extract stored posts again and recompute state and events.

Storage never imports the extractors: the caller passes the extraction function
(``llamawatch.extractors.pipeline.extract_post`` bound to a catalog).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from llamawatch.changes import DEFAULT_RULES, ResolutionRules
from llamawatch.records import ExtractedPost, HistoryDiff, Post
from llamawatch.storage.history import refresh_history
from llamawatch.storage.posts import CHUNK, SaveResult, iter_current_posts, replace_facts_batch


@dataclass(frozen=True, slots=True)
class ReprocessReport:
    """What a reprocess did: posts read, facts saved and the change in history."""

    posts: int
    saved: SaveResult
    diff: HistoryDiff


def reprocess_posts(
    session: Session,
    extract: Callable[[Post], ExtractedPost],
    *,
    extractor_version: str,
    batch_size: int = CHUNK,
    rules: ResolutionRules = DEFAULT_RULES,
) -> ReprocessReport:
    """Re-extract every current post, replace its facts and recompute the touched history.

    Events found this way are stored with mode ``reprocess`` and are never
    alerted. Nothing is committed here: the caller commits, or rolls back for a
    dry run.
    """
    saved = SaveResult()
    posts = 0
    for batch in iter_current_posts(session, batch_size):
        items = [(stored, extract(stored.post)) for stored in batch]
        replace_facts_batch(session, items, extractor_version=extractor_version, result=saved)
        posts += len(batch)
    diff = refresh_history(session, saved.touched, mode="reprocess", rules=rules)
    return ReprocessReport(posts=posts, saved=saved, diff=diff)
