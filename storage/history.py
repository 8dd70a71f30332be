"""Stored history: recompute events and state from facts, and read them back.

``refresh_history`` re-resolves the touched (model, attribute) pairs from all
their current facts (:mod:`llamawatch.changes` does the deciding), compares the
result with the stored events and writes only the difference: new events are
inserted, events the new history no longer has are marked superseded (never
deleted), and an event whose details changed is superseded by its new form.
So a backfilled older post, a reprocess or a deleted source leaves exactly the
history an in-order ingest would have made, with a trail of what moved.

Pairs are processed in chunks and their facts streamed in (model, attribute)
order, so memory holds one pair's facts at a time.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import delete, func, insert, select, tuple_, type_coerce, update
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from llamawatch.changes import (
    DEFAULT_RULES,
    HistoryMode,
    Key,
    ResolutionRules,
    canonical_names,
    event_order,
    mark_new_models,
    match_events,
    resolve_model,
    sort_states,
    value_key,
    with_hindsight,
)
from llamawatch.records import (
    ATTRIBUTES,
    AttributeState,
    Certainty,
    ChangeEvent,
    Dissent,
    Fact,
    HistoryDiff,
    ModelStates,
    value_from_json,
    value_to_json,
)
from llamawatch.storage.names import load_name_links
from llamawatch.storage.posts import chunks, stored_fact
from llamawatch.storage.review import reviewed_facts
from llamawatch.storage.schema import EventRow, FactRow, ModelStateRow, PostRow, SourceRow, utcnow

#: (model, attribute) pairs recomputed per round of queries
KEY_CHUNK = 100
#: rows fetched at a time when streaming facts
STREAM_ROWS = 2_000

_FACT_COLUMNS = (
    FactRow.post_id,
    FactRow.model,
    FactRow.attribute,
    FactRow.value,
    FactRow.certainty,
    FactRow.evidence,
    FactRow.source,
    FactRow.published,
)


@dataclass(frozen=True, slots=True)
class Revision:
    """A stored event that a recomputed history dropped or altered."""

    event: ChangeEvent
    reason: str  #: "removed" or "altered"
    superseded_at: dt.datetime
    #: the event as the new history has it, when altered
    replacement: ChangeEvent | None = None


#: the streamed columns skip SQLAlchemy's per-row type processing (the hot path);
#: :func:`_facts_by_key` decodes the two that need it
_RAW_FACT_COLUMNS = (
    FactRow.post_id,
    FactRow.model,
    FactRow.attribute,
    type_coerce(FactRow.value, NullType()),
    FactRow.certainty,
    FactRow.evidence,
    FactRow.source,
    type_coerce(FactRow.published, NullType()),
)


def _current_facts(
    session: Session, models: Sequence[str] | None, as_of: dt.date | None = None
) -> Iterator[tuple[int, Fact]]:
    """Stream (post id, fact) for current facts, ordered by pair (all models when None)."""
    current_posts = select(PostRow.id).where(PostRow.is_current.is_(True))
    query = select(*_RAW_FACT_COLUMNS).where(FactRow.post_id.in_(current_posts))
    if models is not None:
        query = query.where(FactRow.model.in_(list(models)))
    if as_of is not None:
        query = query.where(FactRow.published <= as_of)
    query = query.order_by(FactRow.model, FactRow.attribute)
    # SQLite hands back JSON and dates as text; psycopg decodes both itself
    text_types = session.get_bind().dialect.name == "sqlite"
    # the two type_coerce(..., NullType()) columns come back untyped (text or decoded)
    value: Any
    published: Any
    for post_id, model, attribute, value, certainty, evidence, source, published in session.execute(
        query.execution_options(yield_per=STREAM_ROWS)
    ):
        if text_types:
            # JSON has numeric affinity in SQLite: integers come back as int
            value = json.loads(value) if isinstance(value, str) else value
            published = dt.date.fromisoformat(published)
        fact = Fact(
            model=model,
            attribute=attribute,
            value=tuple(sorted(value)) if isinstance(value, list) else value,
            certainty=cast(Certainty, certainty),
            evidence=evidence,
            source=source,
            published=published,
        )
        yield post_id, fact


def _reviewed_current_facts(
    session: Session, models: Sequence[str] | None, as_of: dt.date | None = None
) -> Iterator[tuple[int, Fact]]:
    """Stream the current facts of some models as resolution counts them: decisions applied."""

    def fetch(keys: Sequence[Key] | None) -> Iterator[tuple[int, Fact]]:
        wanted = None if keys is None else sorted({model for model, _ in keys})
        return _current_facts(session, wanted, as_of)

    # resolution reads whole models, so every attribute of each model is wanted
    keys = None if models is None else [(m, a) for m in models for a in ATTRIBUTES]
    return reviewed_facts(session, fetch, keys)


def _facts_by_key(
    stream: Iterator[tuple[int, Fact]],
) -> Iterator[tuple[Key, list[tuple[Fact, int]]]]:
    """Group streamed facts into (pair, [(fact, post id), ...])."""
    for key, group in itertools.groupby(
        stream, key=lambda item: (item[1].model, item[1].attribute)
    ):
        yield key, [(fact, post_id) for post_id, fact in group]


def _dissent_from_json(rows: Any) -> tuple[Dissent, ...]:
    return tuple(Dissent.from_json(d) for d in rows or ())


def _event_from_row(row: Any) -> ChangeEvent:
    return ChangeEvent(
        date=row.date,
        model=row.model,
        attribute=row.attribute,
        old=None if row.old is None else value_from_json(row.old),
        new=value_from_json(row.new),
        certainty=row.certainty,
        severity=row.severity,
        evidence=row.evidence,
        source=row.source,
        support=row.support,
        dissent=_dissent_from_json(row.dissent),
    )


def _state_from_row(row: ModelStateRow) -> AttributeState:
    return AttributeState(
        value=value_from_json(row.value),
        certainty=row.certainty,  # type: ignore[arg-type]
        since=row.since,
        evidence=row.evidence,
        source=row.source,
        corroborations=row.corroborations,
        conflicts=tuple(value_from_json(v) for v in row.conflicts or ()),
        rumour=None if row.rumour is None else value_from_json(row.rumour),
        support=row.support,
        dissent=_dissent_from_json(row.dissent),
    )


def all_keys(session: Session) -> list[Key]:
    """Return every pair that has facts, state or active events."""
    keys: set[Key] = set()
    for query in (
        select(FactRow.model, FactRow.attribute).distinct(),
        select(ModelStateRow.model, ModelStateRow.attribute),
        select(EventRow.model, EventRow.attribute)
        .where(EventRow.superseded_at.is_(None))
        .distinct(),
    ):
        keys.update((model, attribute) for model, attribute in session.execute(query))
    return sorted(keys)


def keys_of_models(session: Session, touched: Iterable[Key]) -> list[Key]:
    """Return the touched pairs plus every other pair of the same models.

    A model's first date decides which of its events are "new model" alerts, and
    an older post can move that date: so all of a touched model's pairs are redone.
    """
    keys = set(touched)
    models = sorted({model for model, _ in keys})
    for chunk in chunks(models):
        for query in (
            select(FactRow.model, FactRow.attribute).where(FactRow.model.in_(chunk)).distinct(),
            select(ModelStateRow.model, ModelStateRow.attribute).where(
                ModelStateRow.model.in_(chunk)
            ),
            select(EventRow.model, EventRow.attribute)
            .where(EventRow.superseded_at.is_(None), EventRow.model.in_(chunk))
            .distinct(),
        ):
            keys.update((model, attribute) for model, attribute in session.execute(query))
    return sorted(keys)


def _first_dates(session: Session, models: Sequence[str]) -> dict[str, dt.date]:
    """Return each model's earliest current fact date (its events that day are 'new model')."""
    rows = session.execute(
        select(FactRow.model, func.min(FactRow.published))
        .join(PostRow, PostRow.id == FactRow.post_id)
        .where(PostRow.is_current.is_(True), FactRow.model.in_(models))
        .group_by(FactRow.model)
    )
    return {model: first for model, first in rows}


def _event_row(
    event: ChangeEvent, post_id: int | None, *, mode: str, detected_at: dt.datetime
) -> dict[str, Any]:
    return {
        "model": event.model,
        "attribute": event.attribute,
        "old": value_to_json(event.old),
        "new": value_to_json(event.new),
        "date": event.date,
        "certainty": event.certainty,
        "severity": event.severity,
        "evidence": event.evidence,
        "source": event.source,
        "post_id": post_id,
        "detected_at": detected_at,
        "mode": mode,
        "support": event.support,
        "dissent": [d.to_json() for d in event.dissent],
    }


def _state_row(
    key: Key, state: AttributeState, post_id: int | None, updated_at: dt.datetime
) -> dict[str, Any]:
    return {
        "model": key[0],
        "attribute": key[1],
        "value": value_to_json(state.value),
        "certainty": state.certainty,
        "since": state.since,
        "evidence": state.evidence,
        "source": state.source,
        "post_id": post_id,
        "corroborations": state.corroborations,
        "conflicts": [value_to_json(v) for v in state.conflicts],
        "rumour": value_to_json(state.rumour),
        "support": state.support,
        "dissent": [d.to_json() for d in state.dissent],
        "updated_at": updated_at,
    }


def _refresh_chunk(
    session: Session,
    keys: Sequence[Key],
    *,
    mode: str,
    detected_at: dt.datetime,
    rules: ResolutionRules = DEFAULT_RULES,
    names: dict[str, str] | None = None,
) -> HistoryDiff:
    """Recompute the models of one chunk of pairs and write the difference."""
    names = names or {}
    # 1. recompute, one model (with its aliases' facts) at a time
    # every name of the chunk's models: the product names and all their aliases
    canonical = {names.get(model, model) for model, _ in keys}
    members = sorted(
        {model for model, _ in keys} | canonical | {a for a, n in names.items() if n in canonical}
    )
    by_model: dict[str, list[tuple[Fact, int]]] = {}
    for (model, _attribute), pairs in _facts_by_key(_reviewed_current_facts(session, members)):
        by_model.setdefault(names.get(model, model), []).extend(pairs)
    recomputed: list[ChangeEvent] = []
    states: dict[Key, tuple[AttributeState, int | None]] = {}
    event_posts: list[int | None] = []
    for model, pairs in sorted(by_model.items()):
        # an alias's facts continue the product name's history
        facts = [f if f.model == model else replace(f, model=model) for f, _ in pairs]
        model_states, events = resolve_model(facts, rules)
        # a fact's source is its post's URL: enough to find the evidence post
        post_of = {fact.source: post_id for fact, post_id in pairs}
        recomputed.extend(events)
        event_posts.extend(post_of.get(event.source) for event in events)
        for attribute, state in model_states.items():
            states[(model, attribute)] = (state, post_of.get(state.source))
    first_dates = _first_dates(session, members)
    canonical_first: dict[str, dt.date] = {}
    for model, first in first_dates.items():
        name = names.get(model, model)
        canonical_first[name] = min(first, canonical_first.get(name, first))
    recomputed = mark_new_models(recomputed, canonical_first)
    post_of_event = dict(zip(map(id, recomputed), event_posts, strict=True))
    keys = sorted(set(keys) | set(states) | {(m, a) for m, a in all_keys_of(session, members)})

    # 2. compare with the stored, still active events
    stored_rows = session.execute(
        select(EventRow).where(
            EventRow.superseded_at.is_(None),
            tuple_(EventRow.model, EventRow.attribute).in_(list(keys)),
        )
    ).scalars()
    stored_ids: list[int] = []
    stored: list[ChangeEvent] = []
    for row in stored_rows:
        stored_ids.append(row.id)
        stored.append(_event_from_row(row))
    matched, removed_at, added_at = match_events(stored, recomputed)
    altered_at = [(i, j) for i, j in matched if stored[i] != recomputed[j]]
    added = [recomputed[j] for j in added_at]
    removed = [stored[i] for i in removed_at]
    altered = [(stored[i], recomputed[j]) for i, j in altered_at]

    # 3. write the difference: supersede, never delete
    def supersede(indexes: Iterable[int], reason: str) -> None:
        ids = [stored_ids[i] for i in indexes]
        for chunk in chunks(ids):
            session.execute(
                update(EventRow)
                .where(EventRow.id.in_(chunk))
                .values(superseded_at=detected_at, superseded_reason=reason)
            )

    supersede(removed_at, "removed")
    supersede([i for i, _ in altered_at], "altered")
    inserts = [
        _event_row(event, post_of_event.get(id(event)), mode=mode, detected_at=detected_at)
        for event in [*added, *(new for _, new in altered)]
    ]
    if inserts:
        session.execute(insert(EventRow.__table__), inserts)
    session.execute(
        delete(ModelStateRow).where(
            tuple_(ModelStateRow.model, ModelStateRow.attribute).in_(list(keys))
        )
    )
    if states:
        session.execute(
            insert(ModelStateRow.__table__),
            [_state_row(key, state, post, detected_at) for key, (state, post) in states.items()],
        )
    return HistoryDiff(added=tuple(added), removed=tuple(removed), altered=tuple(altered))


def _model_chunks(keys: Sequence[Key], names: dict[str, str]) -> Iterator[list[Key]]:
    """Split pairs into chunks of about KEY_CHUNK that never split a model or its aliases."""
    by_group: dict[str, list[Key]] = {}
    for key in keys:
        by_group.setdefault(names.get(key[0], key[0]), []).append(key)
    chunk: list[Key] = []
    for _, group in sorted(by_group.items()):
        chunk.extend(group)
        if len(chunk) >= KEY_CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def all_keys_of(session: Session, models: Sequence[str]) -> list[Key]:
    """Return the pairs of some models that have stored state or active events."""
    keys: set[Key] = set()
    for chunk in chunks(list(models)):
        for query in (
            select(ModelStateRow.model, ModelStateRow.attribute).where(
                ModelStateRow.model.in_(chunk)
            ),
            select(EventRow.model, EventRow.attribute)
            .where(EventRow.superseded_at.is_(None), EventRow.model.in_(chunk))
            .distinct(),
        ):
            keys.update((model, attribute) for model, attribute in session.execute(query))
    return sorted(keys)


def refresh_history(
    session: Session,
    touched: Iterable[Key] | None,
    *,
    mode: HistoryMode = "live",
    detected_at: dt.datetime | None = None,
    rules: ResolutionRules = DEFAULT_RULES,
) -> HistoryDiff:
    """Recompute events and state for the touched pairs (all pairs when None); store the change.

    Returns the difference from the stored history: ``added`` events are news,
    ``removed`` and ``altered`` ones were superseded (a digest reports them).
    """
    detected_at = detected_at or utcnow()
    names = canonical_names(load_name_links(session))
    if touched is not None:
        # an alias's pairs are redone with its product name's, and the other way round
        touched = list(touched)
        linked = {names.get(m, m) for m, _ in touched}
        touched.extend((alias, "status") for alias, name in names.items() if name in linked)
        touched.extend((name, "status") for name in linked)
    keys = all_keys(session) if touched is None else keys_of_models(session, touched)
    added: list[ChangeEvent] = []
    removed: list[ChangeEvent] = []
    altered: list[tuple[ChangeEvent, ChangeEvent]] = []
    for chunk in _model_chunks(keys, names):
        diff = _refresh_chunk(
            session, chunk, mode=mode, detected_at=detected_at, rules=rules, names=names
        )
        added.extend(diff.added)
        removed.extend(diff.removed)
        altered.extend(diff.altered)
    return HistoryDiff(
        added=tuple(sorted(added, key=event_order)),
        removed=tuple(sorted(removed, key=event_order)),
        altered=tuple(sorted(altered, key=lambda pair: event_order(pair[1]))),
    )


def load_state(
    session: Session,
    as_of: dt.date | None = None,
    rules: ResolutionRules = DEFAULT_RULES,
    *,
    hindsight: bool = False,
) -> ModelStates:
    """Return the resolved state now, or as it stood at the end of a date (links known then).

    With ``hindsight``, a past state's gaps take what later posts say of a model already
    out by then (``changes.with_hindsight``).
    """
    if as_of is not None and hindsight:
        return with_hindsight(load_state(session, as_of, rules), load_state(session), as_of)
    states: ModelStates = {}
    if as_of is None:
        for row in session.execute(select(ModelStateRow)).scalars():
            states.setdefault(row.model, {})[row.attribute] = _state_from_row(row)
        return sort_states(states)
    names = canonical_names(load_name_links(session, as_of))
    by_model: dict[str, list[Fact]] = {}
    for (model, _attribute), pairs in _facts_by_key(_reviewed_current_facts(session, None, as_of)):
        by_model.setdefault(names.get(model, model), []).extend(fact for fact, _ in pairs)
    for model, facts in by_model.items():
        folded = [f if f.model == model else replace(f, model=model) for f in facts]
        model_states, _ = resolve_model(folded, rules)
        if model_states:
            states[model] = model_states
    return sort_states(states)


def load_current_facts(session: Session, as_of: dt.date | None = None) -> list[Fact]:
    """Return every fact of the current posts (published by ``as_of`` when given)."""
    return [fact for _, fact in _current_facts(session, None, as_of)]


def load_events(
    session: Session,
    since: dt.date | None = None,
    until: dt.date | None = None,
    *,
    detected_since: dt.datetime | None = None,
    modes: Sequence[str] | None = None,
) -> list[ChangeEvent]:
    """Return the active change events dated between since and until (inclusive), in order.

    ``detected_since`` and ``modes`` narrow them to what a run found (e.g. live news).
    """
    query = select(EventRow).where(EventRow.superseded_at.is_(None))
    if since is not None:
        query = query.where(EventRow.date >= since)
    if until is not None:
        query = query.where(EventRow.date <= until)
    if detected_since is not None:
        query = query.where(EventRow.detected_at >= detected_since)
    if modes is not None:
        query = query.where(EventRow.mode.in_(list(modes)))
    events = [_event_from_row(row) for row in session.execute(query).scalars()]
    return sorted(events, key=event_order)


def load_revisions(session: Session, since: dt.datetime) -> list[Revision]:
    """Return stored events superseded since a time, so a digest can say history changed."""
    rows = session.execute(
        select(EventRow)
        .where(EventRow.superseded_at.is_not(None), EventRow.superseded_at >= since)
        .order_by(EventRow.superseded_at, EventRow.id)
    ).scalars()
    revisions = []
    for row in rows:
        event = _event_from_row(row)
        replacement = None
        if row.superseded_reason == "altered":
            candidates = load_events(session, detected_since=row.superseded_at)
            replacement = next(
                (
                    e
                    for e in candidates
                    if (e.model, e.attribute, value_key(e.new))
                    == (event.model, event.attribute, value_key(event.new))
                ),
                None,
            )
        assert row.superseded_at is not None
        revisions.append(
            Revision(event, row.superseded_reason or "removed", row.superseded_at, replacement)
        )
    return revisions


def load_open_rumours(session: Session) -> list[Fact]:
    """Return what is not confirmed: unconfirmed current values and blocked speculative rumours."""
    rumours: list[Fact] = []
    for row in session.execute(select(ModelStateRow).order_by(ModelStateRow.model)).scalars():
        if row.certainty != "confirmed":
            rumours.append(
                Fact(
                    model=row.model,
                    attribute=row.attribute,
                    value=value_from_json(row.value),
                    certainty=row.certainty,  # type: ignore[arg-type]
                    evidence=row.evidence,
                    source=row.source,
                    published=row.since,
                )
            )
        if row.rumour is not None:
            latest = session.execute(
                select(*_FACT_COLUMNS)
                .join(PostRow, PostRow.id == FactRow.post_id)
                .where(
                    PostRow.is_current.is_(True),
                    FactRow.model == row.model,
                    FactRow.attribute == row.attribute,
                    FactRow.certainty == "speculative",
                )
                .order_by(FactRow.published.desc(), FactRow.source.desc())
            ).all()
            match = next(
                (
                    r
                    for r in latest
                    if value_key(value_from_json(r.value)) == value_key(value_from_json(row.rumour))
                ),
                None,
            )
            if match is not None:
                rumours.append(stored_fact(match))
    return rumours


def load_conflicts(session: Session) -> list[tuple[str, str, AttributeState]]:
    """Return (model, attribute, state) for every pair whose sources disagree on a day."""
    return [
        (model, attribute, state)
        for model, attributes in load_state(session).items()
        for attribute, state in attributes.items()
        if state.conflicts
    ]


def counts(session: Session) -> dict[str, int]:
    """Return how many sources, current posts, facts and active events are stored."""
    return {
        "sources": session.scalar(select(func.count()).select_from(SourceRow)) or 0,
        "posts": session.scalar(
            select(func.count()).select_from(PostRow).where(PostRow.is_current.is_(True))
        )
        or 0,
        "facts": session.scalar(
            select(func.count())
            .select_from(FactRow)
            .join(PostRow, PostRow.id == FactRow.post_id)
            .where(PostRow.is_current.is_(True))
        )
        or 0,
        "events": session.scalar(
            select(func.count()).select_from(EventRow).where(EventRow.superseded_at.is_(None))
        )
        or 0,
    }
