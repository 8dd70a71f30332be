"""The ``sources`` table: sources added from the CLI, and every source's cache and health.

Two kinds of row share the table:

- a *managed* source, added with ``llamawatch sources add`` or an OPML import,
  has its URL (and kind, enabled) stored here; the configuration file's
  ``[[sources]]`` are merged with these (the config wins on a name clash);
- every source, managed or from the config, has its HTTP cache and health
  (:class:`~llamawatch.sources.health.SourceCache`) stored here between runs.
  A row created only for that has an empty URL.

Loading and saving happen per batch, in one call each; no business rules here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, get_args

from sqlalchemy import select
from sqlalchemy.orm import Session

from llamawatch.errors import StorageError
from llamawatch.records import Source, SourceKind
from llamawatch.sources.health import SourceCache
from llamawatch.storage.schema import SourceRow

#: SourceCache fields, all of which are columns of the sources table
CACHE_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(SourceCache))
#: per-source settings stored when the table has a column for them (see the report
#: to the schema owner); without the column, the Source default applies
OPTIONAL_SETTING_FIELDS: tuple[str, ...] = ("fulltext", "interval_minutes", "identity")
KINDS: tuple[str, ...] = get_args(SourceKind)


def _stored_settings() -> tuple[str, ...]:
    columns = set(SourceRow.__table__.columns.keys())
    return tuple(name for name in OPTIONAL_SETTING_FIELDS if name in columns)


def _cache_of(row: SourceRow) -> SourceCache:
    values = {name: getattr(row, name) for name in CACHE_FIELDS}
    values["consecutive_failures"] = values["consecutive_failures"] or 0
    return SourceCache(**values)


def load_caches(session: Session, names: Iterable[str] | None = None) -> dict[str, SourceCache]:
    """Return name → cache and health for the named sources (all when None) that have a row."""
    query = select(SourceRow)
    if names is not None:
        wanted = sorted(set(names))
        if not wanted:
            return {}
        query = query.where(SourceRow.name.in_(wanted))
    return {row.name: _cache_of(row) for row in session.scalars(query)}


def save_caches(session: Session, caches: Mapping[str, SourceCache]) -> None:
    """Store each source's new cache and health, creating a bare row for a new name."""
    if not caches:
        return
    rows = {
        row.name: row
        for row in session.scalars(select(SourceRow).where(SourceRow.name.in_(sorted(caches))))
    }
    for name, cache in caches.items():
        row = rows.get(name)
        if row is None:
            row = SourceRow(name=name, url="", kind="feed", enabled=True)
            session.add(row)
        for field in CACHE_FIELDS:
            setattr(row, field, getattr(cache, field))
    session.flush()


def _source_of(row: SourceRow) -> Source:
    extra: dict[str, Any] = {name: getattr(row, name) for name in _stored_settings()}
    kind = row.kind if row.kind in KINDS else "feed"
    return Source(name=row.name, url=row.url, kind=kind, enabled=row.enabled, **extra)  # type: ignore[arg-type]


def managed_sources(session: Session) -> list[Source]:
    """Return the sources added from the CLI or an OPML import, by name."""
    rows = session.scalars(select(SourceRow).where(SourceRow.url != "").order_by(SourceRow.name))
    return [_source_of(row) for row in rows]


def merge_sources(configured: Sequence[Source], managed: Sequence[Source]) -> list[Source]:
    """Return the config's sources, then the managed ones whose name the config does not use."""
    taken = {source.name for source in configured}
    return [*configured, *(s for s in managed if s.name not in taken)]


def add_source(session: Session, source: Source, *, replace: bool = False) -> None:
    """Store a managed source; raise StorageError when the name is taken (unless ``replace``)."""
    if not source.url:
        raise StorageError(f"source {source.name!r} needs a URL")
    row = session.scalar(select(SourceRow).where(SourceRow.name == source.name))
    if row is not None and row.url and not replace:
        raise StorageError(f"a source named {source.name!r} already exists")
    if row is None:
        row = SourceRow(name=source.name, consecutive_failures=0)
        session.add(row)
    row.url = source.url
    row.kind = source.kind
    row.enabled = source.enabled
    for name in _stored_settings():
        setattr(row, name, getattr(source, name))
    session.flush()


#: the disabled_reason that ``llamawatch sources disable`` records
DISABLED_BY_OPERATOR = "disabled by the operator (llamawatch sources disable)"


def set_enabled(session: Session, name: str, enabled: bool) -> None:
    """Enable or disable any source by name; enabling also clears a 410 or failure backoff.

    Works for config sources too: their row carries the ``disabled_reason`` that
    keeps fetch away, since the config file itself is not ours to edit.
    """
    row = session.scalar(select(SourceRow).where(SourceRow.name == name))
    if row is None:
        row = SourceRow(name=name, url="", kind="feed", enabled=True, consecutive_failures=0)
        session.add(row)
    if enabled:
        row.enabled = True
        row.disabled_reason = None
        row.consecutive_failures = 0
        row.next_fetch_at = None
    else:
        row.enabled = False
        row.disabled_reason = DISABLED_BY_OPERATOR
    session.flush()


def remove_source(session: Session, name: str) -> bool:
    """Stop managing a source: it leaves the list, its posts stay as history. False if unknown."""
    row = session.scalar(select(SourceRow).where(SourceRow.name == name, SourceRow.url != ""))
    if row is None:
        return False
    row.url = ""
    row.enabled = False
    session.flush()
    return True


def load_sources(session: Session, configured: Sequence[Source]) -> list[Source]:
    """Return the sources a run fetches: the config's, then the managed ones (by name)."""
    return merge_sources(configured, managed_sources(session))
