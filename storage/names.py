"""Stored name links: a post says two names are one model (a codename and a product name)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from llamawatch.records import NameLink
from llamawatch.storage.schema import NameLinkRow, PostRow


def save_name_links(session: Session, post_id: int, links: Iterable[NameLink]) -> int:
    """Store a post's links, replacing what that post said before; return how many."""
    session.execute(delete(NameLinkRow).where(NameLinkRow.post_id == post_id))
    rows = [
        {"post_id": post_id, "name": link.name, "alias": link.alias, "evidence": link.evidence}
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
