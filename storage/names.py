"""Stored name links: a post says two names are one model (a codename and a product name)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from llamawatch.records import NameLink
from llamawatch.storage.schema import NameLinkRow, PostRow

#: ids per IN (...) clause, well under every database's parameter limit
_CHUNK = 500


def save_name_links(session: Session, post_id: int, links: Iterable[NameLink]) -> int:
    """Store a post's links, replacing what that post said before; return how many."""
    return replace_name_links(session, [(post_id, links)])


def replace_name_links(session: Session, posts: Sequence[tuple[int, Iterable[NameLink]]]) -> int:
    """Store the links of several posts, replacing theirs, in one delete and one insert."""
    ids = [post_id for post_id, _ in posts]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        session.execute(delete(NameLinkRow).where(NameLinkRow.post_id.in_(chunk)))
    rows = [
        {"post_id": post_id, "name": link.name, "alias": link.alias, "evidence": link.evidence}
        for post_id, links in posts
        for link in dict.fromkeys(links)
        if link.name.strip() and link.alias.strip() and link.name != link.alias
    ]
    if rows:
        session.execute(insert(NameLinkRow.__table__), rows)
    return len(rows)


def load_name_links(session: Session, as_of: dt.date | None = None) -> list[NameLink]:
    """Return the links of current posts (published by ``as_of``, if given), in a stable order."""
    query = (
        select(NameLinkRow.name, NameLinkRow.alias, NameLinkRow.evidence)
        .join(PostRow, PostRow.id == NameLinkRow.post_id)
        .where(PostRow.is_current.is_(True))
    )
    if as_of is not None:
        query = query.where(PostRow.published <= as_of)
    rows = session.execute(query.order_by(NameLinkRow.alias, NameLinkRow.name, NameLinkRow.id))
    return list(dict.fromkeys(NameLink(name, alias, evidence) for name, alias, evidence in rows))


def load_dated_name_links(session: Session) -> list[tuple[dt.date | None, NameLink]]:
    """Return the links of current posts with each post's publication date, oldest first."""
    query = (
        select(PostRow.published, NameLinkRow.name, NameLinkRow.alias, NameLinkRow.evidence)
        .join(PostRow, PostRow.id == NameLinkRow.post_id)
        .where(PostRow.is_current.is_(True))
        .order_by(PostRow.published, NameLinkRow.alias, NameLinkRow.id)
    )
    return [
        (published, NameLink(name, alias, evidence))
        for published, name, alias, evidence in session.execute(query)
    ]


def touched_by_links(links: Iterable[NameLink]) -> set[tuple[str, str]]:
    """Return pairs to refresh after storing links: both names' models are redone."""
    return {(name, "status") for link in links for name in (link.name, link.alias)}
