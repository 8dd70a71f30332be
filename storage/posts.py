"""Saving posts and their facts: idempotent, versioned, validated.

A post is filed under its identity key (``Post.key``, else
:func:`llamawatch.identity.post_key`). The same key with the same content hash
is the same post and changes nothing; a new hash is a new version whose facts
replace those of the previous one (only the current version counts). Facts
outside the vocabulary of docs/facts.md are logged with their reason and never stored.
Every call works in batches: one query to look the keys up, bulk inserts after.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from llamawatch.changes import Key, validate_fact
from llamawatch.identity import canonical_url, content_hash, post_key
from llamawatch.records import ExtractedPost, Fact, Post, value_to_json
from llamawatch.storage.names import replace_name_links, touched_by_links
from llamawatch.storage.schema import FactRow, PostRow, SourceRow, utcnow

log = logging.getLogger(__name__)

#: keys per ``IN (...)`` list, well under every backend's parameter limit
CHUNK = 500
#: content type of the synthetic posts that hold facts entered by hand (never re-extracted)
HAND_CONTENT_TYPE = "hand"


@dataclass
class SaveResult:
    """What one batch of extracted posts did to the database."""

    new_posts: int = 0
    new_versions: int = 0
    unchanged: int = 0
    new_facts: int = 0
    rejected_facts: int = 0
    #: (model, attribute) pairs whose facts changed: their history needs a refresh
    touched: set[Key] = field(default_factory=set)
    #: one line per rejected fact: who, what, and why
    rejections: list[str] = field(default_factory=list)
    #: one line per post filed as a new version of a post at another link (a reused GUID?)
    notes: list[str] = field(default_factory=list)


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """Yield slices of at most ``size`` items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def identity_of(post: Post) -> str:
    """Return the key a post is filed under (set by fetch, else the default policy)."""
    return post.key or post_key(post)


def hash_of(post: Post) -> str:
    """Return the content hash that tells versions of a post apart.

    A feed entry's fingerprint (what the feed said of it) wins over the body, so
    that a summary-only entry whose article was fetched still matches itself on
    the next run, and an edited entry shows up as a new version.
    """
    return post.fingerprint or content_hash(post.body)


def known_post_keys(session: Session, keys: Iterable[str]) -> dict[str, str]:
    """Return post_key → content hash of the current version, for the keys already stored.

    Fetch uses it to skip unchanged posts before extracting them. A post stored
    with an error (its page could not be fetched, its text not read) is left
    out, so that the next run tries it again.
    """
    found: dict[str, str] = {}
    for chunk in chunks(sorted(set(keys))):
        rows = session.execute(
            select(PostRow.post_key, PostRow.content_hash).where(
                PostRow.post_key.in_(chunk),
                PostRow.is_current.is_(True),
                PostRow.error.is_(None),
            )
        )
        found.update({key: digest for key, digest in rows})
    return found


def source_ids(session: Session, names: Iterable[str]) -> dict[str, int]:
    """Return name → id for the sources, creating a bare row for a name not seen yet."""
    wanted = sorted({name for name in names if name})
    ids: dict[str, int] = {}
    for chunk in chunks(wanted):
        rows = session.execute(
            select(SourceRow.name, SourceRow.id).where(SourceRow.name.in_(chunk))
        )
        ids.update({name: source_id for name, source_id in rows})
    for name in wanted:
        if name not in ids:
            row = SourceRow(name=name, url="", kind="feed", enabled=True, consecutive_failures=0)
            session.add(row)
            session.flush()
            ids[name] = row.id
    return ids


def keys_of_posts(session: Session, post_ids: Sequence[int]) -> set[Key]:
    """Return the (model, attribute) pairs that the posts' facts are about."""
    touched: set[Key] = set()
    for chunk in chunks(list(post_ids)):
        rows = session.execute(
            select(FactRow.model, FactRow.attribute).where(FactRow.post_id.in_(chunk)).distinct()
        )
        touched.update((model, attribute) for model, attribute in rows)
    return touched


def _post_date(item: ExtractedPost, fetched_at: dt.datetime) -> dt.date:
    """Return the date a post's facts are resolved at: published, else when it was fetched."""
    if item.post.published:
        return item.post.published
    if item.article is not None and item.article.published:
        return item.article.published
    return fetched_at.date()


def fact_rows(
    post_id: int,
    facts: Iterable[Fact],
    *,
    default_date: dt.date,
    default_source: str,
    extractor_version: str,
    result: SaveResult,
) -> list[dict[str, Any]]:
    """Validate facts and return insert rows for the valid ones (rejections are logged)."""
    rows = []
    for fact in facts:
        dated = fact
        if not (fact.source and fact.published) or fact.model != fact.model.strip():
            dated = replace(
                fact,
                model=fact.model.strip(),
                source=fact.source or default_source,
                published=fact.published or default_date,
            )
        reason = validate_fact(dated)
        if reason:
            line = f"{dated.source}: {dated.model} {dated.attribute}={fact.value!r}: {reason}"
            log.warning("fact rejected: %s", line)
            result.rejected_facts += 1
            result.rejections.append(line)
            continue
        rows.append(
            {
                "post_id": post_id,
                "model": dated.model,
                "attribute": dated.attribute,
                "value": value_to_json(dated.value),
                "certainty": dated.certainty,
                "evidence": dated.evidence,
                "source": dated.source,
                "published": dated.published,
                "extractor_version": extractor_version,
            }
        )
        result.touched.add((dated.model, dated.attribute))
    result.new_facts += len(rows)
    return rows


_FACT_INSERT_COLUMNS = (
    "post_id",
    "model",
    "attribute",
    "value",
    "certainty",
    "evidence",
    "source",
    "published",
    "extractor_version",
)


def insert_facts(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert fact rows in one executemany.

    On SQLite the rows go straight to the driver, encoded as SQLAlchemy would
    (JSON text, ISO dates): a backfill inserts hundreds of thousands of facts and
    SQLAlchemy's per-row parameter processing would double the time.
    """
    if not rows:
        return
    if session.get_bind().dialect.name != "sqlite":
        session.execute(insert(FactRow.__table__), rows)
        return
    columns = ", ".join(_FACT_INSERT_COLUMNS)
    marks = ", ".join("?" for _ in _FACT_INSERT_COLUMNS)
    params = [
        (
            row["post_id"],
            row["model"],
            row["attribute"],
            json.dumps(row["value"]),
            row["certainty"],
            row["evidence"],
            row["source"],
            row["published"].isoformat(),
            row["extractor_version"],
        )
        for row in rows
    ]
    session.connection().exec_driver_sql(
        f"INSERT INTO facts ({columns}) VALUES ({marks})",
        params,
    )


def save_extracted(
    session: Session,
    items: Sequence[ExtractedPost],
    *,
    source_name: str | None,
    extractor_version: str,
    fetched_at: dt.datetime | None = None,
) -> SaveResult:
    """Store a batch of extracted posts and their valid facts; report what changed.

    Idempotent: a post already stored with the same key and content hash is
    left alone. An edited post becomes a new version and its previous version's
    facts stop counting. An older copy of a stored post (an earlier publication
    date than the current version's) is left alone too: the newest copy by its
    own date stays current whatever order copies arrive in, so a second
    backfill of an archive changes nothing. Nothing is committed here (see
    ``session_scope``).
    """
    fetched_at = fetched_at or utcnow()
    result = SaveResult()
    keyed = [(identity_of(item.post), hash_of(item.post), item) for item in items]
    # key → (post id, version, hash, publication date)
    current: dict[str, tuple[int, int, str, dt.date | None]] = {}
    links: dict[str, str] = {}  # key → link of the current version
    failed: set[str] = set()  # keys whose current version was stored with an error
    for chunk in chunks(sorted({key for key, _, _ in keyed})):
        rows = session.execute(
            select(
                PostRow.post_key,
                PostRow.id,
                PostRow.version,
                PostRow.content_hash,
                PostRow.error,
                PostRow.url,
                PostRow.published,
            ).where(PostRow.post_key.in_(chunk), PostRow.is_current.is_(True))
        )
        for key, post_id, version, digest, error, link, published in rows:
            current[key] = (post_id, version, digest, _as_date(published))
            links[key] = link
            if error:
                failed.add(key)
    names = {source_name or item.post.source_name for _, _, item in keyed}
    ids = source_ids(session, (name for name in names if name))

    replaced: list[int] = []
    retried_again: list[int] = []  # failed posts that failed once more: back off further
    new_rows: list[tuple[dict[str, Any], ExtractedPost]] = []
    for key, digest, item in keyed:
        previous = current.get(key)
        retry_failed_again = key in failed and bool(item.error or item.post.error)
        if (
            previous is not None
            and previous[2] == digest
            and (key not in failed or retry_failed_again)
        ):
            # unchanged, or a post that failed before and fails again: keep one row
            result.unchanged += 1
            if retry_failed_again and previous[0] >= 0:
                retried_again.append(previous[0])
            continue
        post = item.post
        published = post.published or (item.article.published if item.article else None)
        if previous is not None and _is_older_copy(published, previous[3], key in failed):
            # an archive holds several copies of one page: ingestion order must not
            # decide which one counts (a re-read older copy would replace the newer)
            result.unchanged += 1
            continue
        failed.discard(key)
        version = 1
        if previous is not None:
            old_link = links.get(key)
            if old_link and item.post.url and _link(old_link) != _link(item.post.url):
                # Same identity, other page: an edit that moved, or a GUID reused for
                # another post. Filed as a new version, but never silently.
                result.notes.append(
                    f"{item.post.url}: same identity ({key}) as {old_link}, "
                    "stored as a new version of it"
                )
            if previous[0] >= 0:
                replaced.append(previous[0])
            version = previous[1] + 1
            result.new_versions += 1
        else:
            result.new_posts += 1
        name = source_name or post.source_name
        row = {
            "source_id": ids.get(name) if name else None,
            "post_key": key,
            "version": version,
            "is_current": True,
            "guid": post.guid,
            "url": post.url,
            "title": post.title,
            "published": published,
            "fetched_at": fetched_at,
            "content_hash": digest,
            "content_type": post.content_type,
            "body": post.body,
            "text": item.article.text if item.article else None,
            "error": item.error or post.error,
            "attempts": 1 if (item.error or post.error) else 0,
            "last_attempt_at": fetched_at if (item.error or post.error) else None,
        }
        new_rows.append((row, item))
        # a key twice in one batch: the later copy is a version of the earlier one
        current[key] = (-1, version, digest, _as_date(published))

    if replaced:
        result.touched |= keys_of_posts(session, replaced)
        for chunk in chunks(replaced):
            session.execute(update(PostRow).where(PostRow.id.in_(chunk)).values(is_current=False))
    for chunk in chunks(retried_again):
        session.execute(
            update(PostRow)
            .where(PostRow.id.in_(chunk))
            .values(attempts=PostRow.attempts + 1, last_attempt_at=fetched_at)
        )
    post_ids = _insert_posts(session, [row for row, _ in new_rows])
    facts: list[dict[str, Any]] = []
    linked = [
        (post_id, item.links)
        for post_id, (_, item) in zip(post_ids, new_rows, strict=True)
        if item.links
    ]
    if linked:
        replace_name_links(session, linked)
        for _, post_links in linked:
            result.touched |= touched_by_links(post_links)
    for post_id, (_, item) in zip(post_ids, new_rows, strict=True):
        facts.extend(
            fact_rows(
                post_id,
                item.facts,
                default_date=_post_date(item, fetched_at),
                default_source=item.post.url,
                extractor_version=extractor_version,
                result=result,
            )
        )
    if facts:
        insert_facts(session, facts)
    return result


def _as_date(value: dt.date | dt.datetime | str | None) -> dt.date | None:
    """Return a stored publication date as a date (SQLite may hand back text)."""
    if value is None:
        return None
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _is_older_copy(
    published: dt.date | dt.datetime | None, current: dt.date | None, current_failed: bool
) -> bool:
    """Return whether a copy is dated before the stored current version (so it must not win).

    A current version stored with an error is always replaced; undated copies
    keep the arrival order (nothing better to go by).
    """
    incoming = _as_date(published)
    if current_failed or incoming is None or current is None:
        return False
    return incoming < current


def _link(url: str) -> str:
    return canonical_url(url)


def _insert_posts(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert post rows in one statement and return their ids, in order.

    Of a key given twice in one batch only the last version stays current.
    """
    if not rows:
        return []
    last_version: dict[str, int] = {}
    for row in rows:
        last_version[row["post_key"]] = max(row["version"], last_version.get(row["post_key"], 0))
    for row in rows:
        row["is_current"] = row["version"] == last_version[row["post_key"]]
    # one executemany, then one lookup: RETURNING in parameter order would make
    # SQLAlchemy insert row by row on SQLite
    session.execute(insert(PostRow.__table__), rows)
    ids: dict[tuple[str, int], int] = {}
    wanted = sorted({row["post_key"] for row in rows})
    for chunk in chunks(wanted):
        found = session.execute(
            select(PostRow.post_key, PostRow.version, PostRow.id).where(PostRow.post_key.in_(chunk))
        )
        ids.update({(key, version): post_id for key, version, post_id in found})
    return [ids[(row["post_key"], row["version"])] for row in rows]


def forget_source(session: Session, name: str) -> set[Key]:
    """Delete a source with its posts and facts; return the pairs whose history must refresh."""
    source_id = session.scalar(select(SourceRow.id).where(SourceRow.name == name))
    if source_id is None:
        return set()
    post_ids = list(session.scalars(select(PostRow.id).where(PostRow.source_id == source_id)))
    touched = keys_of_posts(session, post_ids)
    for chunk in chunks(post_ids):
        session.execute(delete(FactRow).where(FactRow.post_id.in_(chunk)))
        session.execute(delete(PostRow).where(PostRow.id.in_(chunk)))
    session.execute(delete(SourceRow).where(SourceRow.id == source_id))
    return touched


def stored_fact(row: Any) -> Fact:
    """Return a Fact record from a facts row (or a row with the same columns)."""
    value = row.value
    return Fact(
        model=row.model,
        attribute=row.attribute,
        value=tuple(sorted(value)) if isinstance(value, list) else value,
        certainty=row.certainty,
        evidence=row.evidence,
        source=row.source,
        published=row.published,
    )


def unseen_posts(session: Session, posts: Sequence[Post]) -> list[Post]:
    """Return the posts that are new or whose content changed since they were stored.

    Feed entries compare by fingerprint (see :func:`hash_of`), so a summary-only
    entry whose article is stored is still known, and an edited one is not.
    """
    known = known_post_keys(session, (identity_of(post) for post in posts))
    return [
        post
        for post in posts
        if identity_of(post) not in known or known[identity_of(post)] != hash_of(post)
    ]


@dataclass(frozen=True, slots=True)
class FailedPost:
    """A stored post whose page or text could not be read: a candidate for a retry."""

    post: Post
    attempts: int
    last_attempt_at: dt.datetime | None
    error: str


def failed_posts(session: Session, *, limit: int = 1000) -> list[FailedPost]:
    """Return current posts stored with an error that have an http(s) URL, oldest try first."""
    rows = session.execute(
        select(PostRow, SourceRow.name)
        .outerjoin(SourceRow, SourceRow.id == PostRow.source_id)
        .where(
            PostRow.is_current.is_(True),
            PostRow.error.is_not(None),
            PostRow.url.like("http%"),
        )
        .order_by(PostRow.last_attempt_at.is_not(None), PostRow.last_attempt_at, PostRow.id)
        .limit(limit)
    )
    found = []
    for row, source_name in rows:
        # fetched again as a summary: the article page is what failed
        post = replace(
            _post_from_row(row, source_name), summary_only=True, fingerprint=row.content_hash
        )
        found.append(FailedPost(post, row.attempts or 0, row.last_attempt_at, row.error or ""))
    return found


#: the error a post is marked with when the operator asks for it to be fetched again
REFETCH_REQUESTED = "re-fetch requested (llamawatch refetch)"


def mark_for_refetch(session: Session, *, url: str | None = None, source: str | None = None) -> int:
    """Make current posts (by canonical URL, or all of a source) due for a re-fetch now."""
    query = update(PostRow).where(PostRow.is_current.is_(True), PostRow.url.like("http%"))
    if url is not None:
        query = query.where(PostRow.url.in_(sorted({url, canonical_url(url)})))
    if source is not None:
        ids = select(SourceRow.id).where(SourceRow.name == source).scalar_subquery()
        query = query.where(PostRow.source_id == ids)
    values = {
        "error": func.coalesce(PostRow.error, REFETCH_REQUESTED),
        "attempts": 0,
        "last_attempt_at": None,
    }
    # an UPDATE gives a cursor result, which counts the rows it matched
    result = cast(
        "CursorResult[Any]",
        session.execute(query.values(**values).execution_options(synchronize_session=False)),
    )
    return result.rowcount or 0


@dataclass(frozen=True, slots=True)
class StoredPost:
    """A stored current post version, ready to be extracted again."""

    id: int
    post: Post
    fetched_at: dt.datetime


def iter_current_posts(session: Session, batch_size: int = CHUNK) -> Iterator[list[StoredPost]]:
    """Yield the current post versions in batches (by id), never all at once."""
    last_id = 0
    while True:
        rows = session.execute(
            select(PostRow, SourceRow.name)
            .outerjoin(SourceRow, SourceRow.id == PostRow.source_id)
            .where(
                PostRow.is_current.is_(True),
                PostRow.id > last_id,
                PostRow.content_type != HAND_CONTENT_TYPE,
            )
            .order_by(PostRow.id)
            .limit(batch_size)
        ).all()
        if not rows:
            return
        batch = []
        for row, source_name in rows:
            post = _post_from_row(row, source_name)
            batch.append(StoredPost(row.id, post, row.fetched_at))
        yield batch
        last_id = rows[-1][0].id


def _post_from_row(row: PostRow, source_name: str | None) -> Post:
    """Return the post a stored row holds."""
    return Post(
        url=row.url,
        title=row.title,
        body=row.body,
        content_type=row.content_type,  # type: ignore[arg-type]
        published=row.published,
        guid=row.guid,
        source_name=source_name or "",
        key=row.post_key,
    )


def replace_facts_batch(
    session: Session,
    items: Sequence[tuple[StoredPost, ExtractedPost]],
    *,
    extractor_version: str,
    result: SaveResult,
) -> None:
    """Replace the facts of stored posts with newly extracted ones (reprocess), in bulk."""
    post_ids = [stored.id for stored, _ in items]
    result.touched |= keys_of_posts(session, post_ids)
    for chunk in chunks(post_ids):
        session.execute(delete(FactRow).where(FactRow.post_id.in_(chunk)))
    rows: list[dict[str, Any]] = []
    # a new extractor may find other links: the posts' links are replaced too
    replace_name_links(session, [(stored.id, item.links) for stored, item in items])
    for stored, item in items:
        if item.error:
            session.execute(update(PostRow).where(PostRow.id == stored.id).values(error=item.error))
        result.touched |= touched_by_links(item.links)
        rows.extend(
            fact_rows(
                stored.id,
                item.facts,
                default_date=_post_date(item, stored.fetched_at),
                default_source=stored.post.url,
                extractor_version=extractor_version,
                result=result,
            )
        )
    if rows:
        insert_facts(session, rows)
