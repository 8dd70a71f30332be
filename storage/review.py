"""Stored review decisions and hand-entered facts, and how resolution sees them.

Decisions are keyed by the content hash of a post version and the fact's
(model, attribute, value); :func:`reviewed_facts` applies them to the facts
history streams in (see :func:`llamawatch.evaluation.review.apply_decisions`). Facts
entered by hand belong to one synthetic post per source (content type
``hand``) that reprocess never re-extracts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from llamawatch.changes import Key, is_restatement, validate_fact, value_key
from llamawatch.errors import StorageError
from llamawatch.evaluation.review import (
    Decision,
    DecisionKind,
    FactKey,
    QueueItem,
    apply_decision,
    fact_key,
    fact_ref,
    is_ref,
    orphaned,
    queue_order,
)
from llamawatch.records import (
    ALERT_ATTRIBUTES,
    ChangeEvent,
    Fact,
    Post,
    value_from_json,
    value_to_json,
)
from llamawatch.storage.posts import HAND_CONTENT_TYPE, chunks, insert_facts, stored_fact
from llamawatch.storage.schema import (
    EventRow,
    FactRow,
    ModelStateRow,
    PostRow,
    ReviewDecisionRow,
    utcnow,
)

#: the extractor version stamped on facts entered by hand
HAND_VERSION = "hand"
#: title of the synthetic post of hand facts: pages name the source by it
HAND_TITLE = "entered by hand"
#: sources listed for and against one queued fact, at most
QUEUE_SOURCES = 10

FactStream = Iterator[tuple[int, Fact]]


def _decision(row: ReviewDecisionRow) -> Decision:
    return Decision(
        content_hash=row.content_hash,
        model=row.model,
        attribute=row.attribute,
        value=value_from_json(row.value),
        decision=row.decision,  # type: ignore[arg-type]
        reason=row.reason,
        new_model=row.new_model,
        new_attribute=row.new_attribute,
        new_value=None if row.new_value is None else value_from_json(row.new_value),
        new_certainty=row.new_certainty,
        certainty=row.certainty,
        evidence=row.evidence,
        post_url=row.post_url,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        id=row.id,
    )


def load_decisions(session: Session) -> list[Decision]:
    """Return every stored decision, oldest first."""
    rows = session.execute(select(ReviewDecisionRow).order_by(ReviewDecisionRow.id)).scalars()
    return [_decision(row) for row in rows]


def decision_map(session: Session) -> dict[FactKey, Decision]:
    """Return the decisions by the fact they are about."""
    return {d.key: d for d in load_decisions(session)}


def _posts_with_hashes(session: Session, hashes: Sequence[str]) -> dict[int, str]:
    """Return current post id → content hash for posts with one of the hashes."""
    found: dict[int, str] = {}
    for chunk in chunks(sorted(set(hashes))):
        rows = session.execute(
            select(PostRow.id, PostRow.content_hash).where(
                PostRow.is_current.is_(True), PostRow.content_hash.in_(chunk)
            )
        )
        found.update({post_id: digest for post_id, digest in rows})
    return found


def reviewed_facts(
    session: Session,
    fetch: Callable[[Sequence[Key] | None], FactStream],
    keys: Sequence[Key] | None,
) -> FactStream:
    """Stream (post id, fact) as resolution must see them: decisions applied, pair order kept.

    ``fetch(keys)`` streams stored facts ordered by pair. A corrected fact that
    moves to another pair (a different model or attribute) is fetched from its
    old pair and given out with the facts of its new one.
    """
    decisions = decision_map(session)
    if not decisions:
        yield from fetch(keys)
        return
    hash_of_post = _posts_with_hashes(session, [d.content_hash for d in decisions.values()])
    wanted = None if keys is None else set(keys)

    def decide(post_id: int, fact: Fact) -> Fact | None:
        digest = hash_of_post.get(post_id)
        if digest is None:
            return fact
        return apply_decision(fact, decisions.get(fact_key(digest, fact)))

    movers = [
        d
        for d in decisions.values()
        if d.target != (d.model, d.attribute) and (wanted is None or d.target in wanted)
    ]
    moved: dict[Key, list[tuple[int, Fact]]] = defaultdict(list)
    if movers:
        for post_id, fact in fetch(sorted({(d.model, d.attribute) for d in movers})):
            result = decide(post_id, fact)
            if result is None:
                continue
            target = (result.model, result.attribute)
            if target != (fact.model, fact.attribute) and (wanted is None or target in wanted):
                moved[target].append((post_id, result))
    for post_id, fact in fetch(keys):
        key = (fact.model, fact.attribute)
        # the first fact of a pair: its moved-in facts join the same group
        yield from moved.pop(key, ())
        result = decide(post_id, fact)
        if result is not None and (result.model, result.attribute) == key:
            yield post_id, result
    for key in sorted(moved):
        yield from moved[key]


# --- deciding ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredFact:
    """A current fact with its row id and the post version it came from."""

    id: int
    post_id: int
    fact: Fact
    content_hash: str
    post_url: str
    post_title: str
    hand: bool


def _stored(session: Session, *conditions: object) -> list[StoredFact]:
    """Return current facts matching the conditions, with their post, in row order."""
    rows = session.execute(
        select(
            FactRow.id,
            FactRow.post_id,
            FactRow.model,
            FactRow.attribute,
            FactRow.value,
            FactRow.certainty,
            FactRow.evidence,
            FactRow.source,
            FactRow.published,
            PostRow.content_hash,
            PostRow.url,
            PostRow.title,
            PostRow.content_type,
        )
        .join(PostRow, PostRow.id == FactRow.post_id)
        .where(PostRow.is_current.is_(True), *conditions)  # type: ignore[arg-type]
        .order_by(FactRow.id)
    ).all()
    return [
        StoredFact(
            row.id,
            row.post_id,
            stored_fact(row),
            row.content_hash,
            row.url,
            row.title,
            row.content_type == HAND_CONTENT_TYPE,
        )
        for row in rows
    ]


def current_fact(session: Session, fact_id: int) -> StoredFact | None:
    """Return the current fact with this row id (as ``review list`` shows it), or None."""
    found = _stored(session, FactRow.id == fact_id)
    return found[0] if found else None


def resolve_fact_id(session: Session, handle: str) -> int:
    """Return the row id of the current fact a ``review`` command names: a row id or a ref.

    A reference (``fact_ref``, as the review page's commands use) survives
    ``reprocess``; a row id does not. Raises StorageError with one line when
    nothing (or more than one fact, for a too-short prefix) matches.
    """
    text = handle.strip().lower()
    if text.isdigit():
        return int(text)
    if not is_ref(text):
        raise StorageError(f"{handle!r} is neither a fact id nor a reference such as r1a2b3c4d5e")
    matches: dict[str, int] = {}
    for item in _stored(session, PostRow.content_type != HAND_CONTENT_TYPE):
        ref = fact_ref(fact_key(item.content_hash, item.fact))
        if ref.startswith(text) or text.startswith(ref):
            # the same fact stated twice in one post is one fact to a decision
            matches.setdefault(ref, item.id)
    if not matches:
        raise StorageError(
            f"no current fact with reference {handle} "
            "(was the post edited? see `llamawatch review list`)"
        )
    if len(matches) > 1:
        raise StorageError(f"reference {handle} matches {len(matches)} facts; give more digits")
    return next(iter(matches.values()))


def record_decision(
    session: Session,
    fact_id: int,
    kind: DecisionKind,
    *,
    reason: str = "",
    new_model: str | None = None,
    new_attribute: str | None = None,
    new_value: object = None,
    new_certainty: str | None = None,
    decided_by: str = "",
    now: dt.datetime | None = None,
) -> tuple[Decision, set[Key]]:
    """Store a decision on a current fact (replacing an earlier one); return it and the pairs.

    Raises StorageError with one line when the fact does not exist or the
    correction is not a valid fact.
    """
    found = current_fact(session, fact_id)
    if found is None:
        raise StorageError(f"no current fact with id {fact_id} (see `llamawatch review list`)")
    if found.hand:
        raise StorageError(f"fact {fact_id} was entered by hand; add a new fact instead")
    fact = found.fact
    decision = Decision(
        content_hash=found.content_hash,
        model=fact.model,
        attribute=fact.attribute,
        value=fact.value,
        decision=kind,
        reason=reason,
        new_model=new_model,
        new_attribute=new_attribute,
        new_value=new_value,  # type: ignore[arg-type]
        new_certainty=new_certainty,
        certainty=fact.certainty,
        evidence=fact.evidence,
        post_url=found.post_url,
        decided_by=decided_by,
        decided_at=now or utcnow(),
    )
    if kind == "correct":
        corrected = decision.corrected(fact)
        if corrected == fact:
            raise StorageError("a correction must change the model, attribute, value or certainty")
        problem = validate_fact(corrected)
        if problem:
            raise StorageError(f"the corrected fact is not valid: {problem}")
    session.execute(
        delete(ReviewDecisionRow).where(
            ReviewDecisionRow.content_hash == decision.content_hash,
            ReviewDecisionRow.model == decision.model,
            ReviewDecisionRow.attribute == decision.attribute,
            ReviewDecisionRow.value_key == value_key(decision.value),
        )
    )
    row = ReviewDecisionRow(
        content_hash=decision.content_hash,
        model=decision.model,
        attribute=decision.attribute,
        value=value_to_json(decision.value),
        value_key=value_key(decision.value),
        decision=kind,
        reason=reason,
        new_model=new_model,
        new_attribute=new_attribute,
        new_value=value_to_json(new_value),  # type: ignore[arg-type]
        new_certainty=new_certainty,
        certainty=fact.certainty,
        evidence=fact.evidence,
        post_url=found.post_url,
        decided_by=decided_by,
        decided_at=decision.decided_at,
    )
    session.add(row)
    session.flush()
    stored = _decision(row)
    return stored, {(fact.model, fact.attribute), stored.target}


def existing_fact_keys(session: Session, hashes: Sequence[str]) -> set[FactKey]:
    """Return the identities of the current facts of the post versions with these hashes."""
    posts = _posts_with_hashes(session, hashes)
    keys: set[FactKey] = set()
    for chunk in chunks(sorted(posts)):
        for item in _stored(session, FactRow.post_id.in_(chunk)):
            keys.add(fact_key(item.content_hash, item.fact))
    return keys


def orphaned_decisions(session: Session) -> list[Decision]:
    """Return the decisions whose fact no longer exists (an edited post, a new extractor)."""
    decisions = load_decisions(session)
    return orphaned(decisions, existing_fact_keys(session, [d.content_hash for d in decisions]))


# --- the queue ------------------------------------------------------------------------


def review_queue(session: Session, limit: int | None = None) -> list[QueueItem]:
    """Return unreviewed facts that changed the state or dispute it, newest and gravest first.

    Events are read newest first and reading stops once ``limit`` items are
    found, so the cost follows the page, not the archive.
    """
    decisions = decision_map(session)

    said: dict[Key, list[tuple[int, str, Any]]] = {}

    def said_of(key: Key) -> list[tuple[int, str, Any]]:
        """Return (fact id, source, value) of a pair's current facts: who says what."""
        if key not in said:
            said[key] = [
                (fact_id, source, value_from_json(value))
                for fact_id, source, value in session.execute(
                    select(FactRow.id, FactRow.source, FactRow.value)
                    .join(PostRow, PostRow.id == FactRow.post_id)
                    .where(
                        PostRow.is_current.is_(True),
                        FactRow.model == key[0],
                        FactRow.attribute == key[1],
                    )
                )
            ]
        return said[key]

    def setters(key: Key, post_id: int, new: str) -> list[StoredFact]:
        # the facts of one post: a small indexed read, not the whole pair
        of_post = _stored(
            session,
            FactRow.post_id == post_id,
            FactRow.model == key[0],
            FactRow.attribute == key[1],
        )
        return [item for item in of_post if value_key(item.fact.value) == new]

    def waiting(item: StoredFact) -> bool:
        return not item.hand and fact_key(item.content_hash, item.fact) not in decisions

    # (fact, kind, severity, old value), in queue order
    found: dict[int, tuple[StoredFact, str, str, object]] = {}
    changed = 0
    last: dt.date | None = None
    events = session.execute(
        select(
            EventRow.model,
            EventRow.attribute,
            EventRow.old,
            EventRow.new,
            EventRow.severity,
            EventRow.post_id,
            EventRow.date,
        )
        .where(EventRow.superseded_at.is_(None), EventRow.post_id.is_not(None))
        .order_by(EventRow.date.desc(), EventRow.severity, EventRow.id)
    )
    for model, attribute, old, new, severity, post_id, date in events:
        if limit is not None and changed >= limit and last is not None and date < last:
            break
        key = (model, attribute)
        new_key = value_key(value_from_json(new))
        chosen = next((f for f in setters(key, post_id, new_key) if waiting(f)), None)
        if chosen is None or chosen.id in found:
            continue
        found[chosen.id] = (chosen, "changed", severity, old)
        changed += 1
        last = date
    # older disputes than the last item shown would not make the page
    cutoff = last if limit is not None and changed >= limit else None
    # one row per (model, attribute): a few hundred, read whole
    disputed_states = session.execute(select(ModelStateRow))
    for state in disputed_states.scalars():
        disputed = {value_key(value_from_json(v)) for v in state.conflicts or ()}
        if state.rumour is not None:
            disputed.add(value_key(value_from_json(state.rumour)))
        if not disputed:
            continue
        conditions = [FactRow.model == state.model, FactRow.attribute == state.attribute]
        if cutoff is not None:
            conditions.append(FactRow.published >= cutoff)
        for item in _stored(session, *conditions):
            if item.id in found or not waiting(item):
                continue
            if value_key(item.fact.value) in disputed:
                severity = "alert" if state.attribute in ALERT_ATTRIBUTES else "digest"
                found[item.id] = (item, "disputes", severity, state.value)

    def sources(key: Key, chosen: StoredFact) -> tuple[tuple[str, ...], tuple[Any, ...]]:
        support: dict[str, None] = {}
        dissent: dict[tuple[str, str], tuple[str, object]] = {}
        for fact_id, source, value in said_of(key):
            if fact_id == chosen.id or source == chosen.fact.source:
                continue
            if is_restatement(key[1], chosen.fact.value, value):
                support[source] = None
            else:
                dissent[(source, value_key(value))] = (source, value)
        return (
            tuple(sorted(support))[:QUEUE_SOURCES],
            tuple(sorted(dissent.values(), key=lambda p: p[0]))[:QUEUE_SOURCES],
        )

    def item_of(entry: tuple[StoredFact, str, str, object]) -> QueueItem:
        chosen, kind, severity, old = entry
        return QueueItem(
            fact_id=chosen.id,
            fact=chosen.fact,
            post_url=chosen.post_url,
            post_title=chosen.post_title,
            kind=kind,
            severity=severity,
            old=None if old is None else value_from_json(old),
            ref=fact_ref(fact_key(chosen.content_hash, chosen.fact)),
        )

    ordered = sorted((item_of(entry) for entry in found.values()), key=queue_order)
    if limit is not None:
        ordered = ordered[:limit]
    result = []
    for queued in ordered:
        key = (queued.fact.model, queued.fact.attribute)
        support, dissent = sources(key, found[queued.fact_id][0])
        result.append(replace(queued, support=support, dissent=dissent))
    return result


# --- facts by hand -------------------------------------------------------------------


def hand_post_key(source: str) -> str:
    """Return the identity of the synthetic post that holds the hand facts of a source."""
    return f"hand:{source}"


def add_hand_facts(session: Session, facts: Sequence[Fact]) -> tuple[int, set[Key]]:
    """Store facts entered by hand (one synthetic post per source); return added and pairs.

    A fact already entered for the same source (same model, attribute, value,
    certainty and date) is not added twice.
    """
    touched: set[Key] = set()
    by_source: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_source[fact.source].append(fact)
    added = 0
    for source, source_facts in sorted(by_source.items()):
        key = hand_post_key(source)
        post = session.scalar(
            select(PostRow).where(PostRow.post_key == key, PostRow.is_current.is_(True))
        )
        if post is None:
            post = PostRow(
                source_id=None,
                post_key=key,
                version=1,
                is_current=True,
                url=source,
                title=HAND_TITLE,
                published=min(f.published for f in source_facts if f.published),
                content_hash="hand:" + hashlib.sha256(source.encode("utf-8")).hexdigest()[:40],
                content_type=HAND_CONTENT_TYPE,
                body="",
                text=None,
            )
            session.add(post)
            session.flush()
        known = {
            (f.model, f.attribute, value_key(f.value), f.certainty, f.published)
            for f in (item.fact for item in _stored(session, FactRow.post_id == post.id))
        }
        rows = []
        for fact in source_facts:
            identity = (fact.model, fact.attribute, value_key(fact.value), fact.certainty)
            if (*identity, fact.published) in known:
                continue
            known.add((*identity, fact.published))
            rows.append(
                {
                    "post_id": post.id,
                    "model": fact.model,
                    "attribute": fact.attribute,
                    "value": value_to_json(fact.value),
                    "certainty": fact.certainty,
                    "evidence": fact.evidence,
                    "source": fact.source,
                    "published": fact.published,
                    "extractor_version": HAND_VERSION,
                }
            )
            touched.add((fact.model, fact.attribute))
        insert_facts(session, rows)
        added += len(rows)
    return added, touched


def export_facts(session: Session, *, hand_only: bool = False) -> list[Fact]:
    """Return the current facts (or only those entered by hand), in the order stored."""
    condition = PostRow.content_type == HAND_CONTENT_TYPE if hand_only else PostRow.id.is_not(None)
    return [item.fact for item in _stored(session, condition)]


def decided_posts(session: Session) -> dict[str, Post]:
    """Return content hash → post for the current post versions that have decisions."""
    hashes = sorted({d.content_hash for d in load_decisions(session)})
    posts: dict[str, Post] = {}
    for chunk in chunks(hashes):
        rows = session.execute(
            select(PostRow).where(PostRow.is_current.is_(True), PostRow.content_hash.in_(chunk))
        ).scalars()
        for row in rows:
            posts[row.content_hash] = Post(
                url=row.url,
                title=row.title,
                body=row.body,
                content_type=row.content_type,  # type: ignore[arg-type]
                published=row.published,
                guid=row.guid,
                key=row.post_key,
            )
    return posts


def reviewed_pairs(session: Session) -> set[tuple[str, str, str]]:
    """Return (model, attribute, value key) of values a person reviewed or entered by hand."""
    found: set[tuple[str, str, str]] = set()
    for d in load_decisions(session):
        if d.decision != "reject":
            model, attribute = d.target
            value = d.value if d.new_value is None else d.new_value
            found.add((model, attribute, value_key(value)))
    for fact in export_facts(session, hand_only=True):
        found.add((fact.model, fact.attribute, value_key(fact.value)))
    return found


@dataclass(frozen=True, slots=True)
class ReviewRecords:
    """What the review page shows: the queue, the decisions (orphans marked), the hand facts."""

    queue: list[QueueItem]
    decisions: list[Decision]
    orphan_ids: set[int]
    hand: list[Fact]


def load_review(session: Session, limit: int | None = None) -> ReviewRecords:
    """Load the review page's records in one session."""
    decisions = load_decisions(session)
    existing = existing_fact_keys(session, [d.content_hash for d in decisions])
    return ReviewRecords(
        queue=review_queue(session, limit),
        decisions=decisions,
        orphan_ids={d.id for d in orphaned(decisions, existing) if d.id is not None},
        hand=export_facts(session, hand_only=True),
    )


# --- alert policy -----------------------------------------------------------------------


def event_standing(session: Session, event: ChangeEvent) -> tuple[bool, int]:
    """Return (reviewed, sources) of the value an event set.

    Reviewed: a person accepted or corrected the fact that set it, or entered it
    by hand. Sources: the distinct sources that state the value today.
    """
    key = (event.model, event.attribute)
    new = value_key(event.new)
    decisions = decision_map(session)
    reviewed = False
    for item in _stored(session, FactRow.model == key[0], FactRow.attribute == key[1]):
        if item.fact.source != event.source or item.fact.published != event.date:
            continue
        if item.hand and value_key(item.fact.value) == new:
            reviewed = True
        decided = decisions.get(fact_key(item.content_hash, item.fact))
        result = apply_decision(item.fact, decided)
        if decided is not None and result is not None and value_key(result.value) == new:
            reviewed = True
    for d in decisions.values():
        # a correction that moved a fact from another pair onto this value
        if d.decision == "correct" and d.target == key and d.post_url == event.source:
            value = d.value if d.new_value is None else d.new_value
            reviewed = reviewed or value_key(value) == new
    state = session.get(ModelStateRow, {"model": key[0], "attribute": key[1]})
    sources = 1
    if state is not None and value_key(value_from_json(state.value)) == new:
        sources = max(1, state.support, state.corroborations)
    return reviewed, sources
