"""Storage: saving posts and facts, refreshing history, reading state and events.

Runs on SQLite always and on PostgreSQL when LLAMAWATCH_TEST_DATABASE_URL is set
(the ``engine`` fixture in conftest.py).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

import pytest
from helpers_history import GoldPost, expected_rows, load_gold, timeline_rows
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from llamawatch.changes import diff_histories, resolve_history
from llamawatch.records import ExtractedPost, Fact, HistoryDiff
from llamawatch.storage.db import session_scope
from llamawatch.storage.history import (
    counts,
    load_conflicts,
    load_events,
    load_open_rumours,
    load_revisions,
    load_state,
    refresh_history,
)
from llamawatch.storage.posts import (
    SaveResult,
    forget_source,
    hash_of,
    identity_of,
    known_post_keys,
    save_extracted,
)
from llamawatch.storage.schema import EventRow, FactRow, PostRow, SourceRow

VERSION = "test-1"


def ingest(
    engine: Engine,
    items: list[ExtractedPost],
    *,
    mode: str = "live",
    source_name: str | None = None,
) -> tuple[SaveResult, HistoryDiff]:
    """Save a batch and refresh its history in one transaction, as a flow does."""
    with session_scope(engine) as session:
        saved = save_extracted(session, items, source_name=source_name, extractor_version=VERSION)
        diff = refresh_history(session, saved.touched, mode=mode)  # type: ignore[arg-type]
    return saved, diff


def ingest_one_by_one(engine: Engine, posts: list[GoldPost]) -> None:
    for post in posts:
        ingest(engine, [post.extracted()])


def stored_timeline(engine: Engine, posts: list[GoldPost]) -> list[tuple]:
    with session_scope(engine) as session:
        events = load_events(session)
    return timeline_rows(events, {post.url: post.name for post in posts})


def test_ingest_in_date_order_gives_the_gold_timeline(engine: Engine) -> None:
    posts, document = load_gold()
    ingest_one_by_one(engine, sorted(posts, key=lambda p: (p.published, p.url)))
    assert stored_timeline(engine, posts) == expected_rows(document["expected_events"])
    with session_scope(engine) as session:
        state = load_state(session)
        assert state == resolve_history([f for p in posts for f in p.facts])[0]
        assert state["Llama 5"]["openness"].rumour == "closed"
        assert state["Llama 5"]["params_total"].corroborations == 2
        assert counts(session) == {"sources": 1, "posts": 9, "facts": 20, "events": 12}


def test_state_and_events_trace_back_to_their_evidence_post(engine: Engine) -> None:
    posts, _ = load_gold()
    ingest(engine, [post.extracted() for post in posts])
    with session_scope(engine) as session:
        for row in session.execute(select(EventRow)).scalars():
            post = session.get(PostRow, row.post_id)
            assert post is not None and post.url == row.source
            assert row.evidence in post.body
        facts = session.execute(select(FactRow)).scalars().all()
        assert {f.extractor_version for f in facts} == {VERSION}


def test_saving_the_same_posts_twice_changes_nothing(engine: Engine) -> None:
    posts, _ = load_gold()
    items = [post.extracted() for post in posts]
    first, _ = ingest(engine, items)
    assert (first.new_posts, first.new_facts) == (9, 20)
    second, diff = ingest(engine, items)
    assert (second.new_posts, second.new_versions, second.unchanged) == (0, 0, 9)
    assert second.touched == set() and diff.empty
    again = ingest(engine, [])[1]
    assert again.empty
    with session_scope(engine) as session:
        assert diff_histories(load_events(session), load_events(session)).empty
        assert refresh_history(session, None).empty
        assert session.scalar(select(func.count()).select_from(EventRow)) == 12


def test_known_post_keys_report_current_hashes(engine: Engine) -> None:
    posts, _ = load_gold()
    item = posts[0].extracted()
    ingest(engine, [item])
    with session_scope(engine) as session:
        known = known_post_keys(session, [identity_of(item.post), "url:https://nowhere.example/"])
    assert known == {identity_of(item.post): hash_of(item.post)}


def test_an_edited_post_replaces_the_facts_of_its_previous_version(engine: Engine) -> None:
    posts, _ = load_gold()
    quokka_post = next(p for p in posts if p.name == "rumour-mill-3")
    ingest(engine, [quokka_post.extracted()])
    kept = tuple(f for f in quokka_post.facts if f.model != "Quokka")
    edited = replace(quokka_post, facts=kept).extracted(body_suffix=" Correction: Quokka lives.")
    saved, diff = ingest(engine, [edited])
    assert (saved.new_versions, saved.new_posts) == (1, 0)
    assert ("Quokka", "status") in saved.touched
    assert [(e.model, e.new) for e in diff.removed] == [("Quokka", "shelved")]
    with session_scope(engine) as session:
        assert "Quokka" not in load_state(session)
        versions = session.execute(
            select(PostRow.version, PostRow.is_current).order_by(PostRow.version)
        ).all()
        assert [tuple(v) for v in versions] == [(1, False), (2, True)]
        assert counts(session)["posts"] == 1
        revisions = load_revisions(session, dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
        assert [(r.event.model, r.reason) for r in revisions] == [("Quokka", "removed")]


def test_late_arrival_recomputes_later_events_without_repeating_them(engine: Engine) -> None:
    posts, document = load_gold()
    late = next(p for p in posts if p.name == "lab-blog-1")
    ordered = sorted((p for p in posts if p is not late), key=lambda p: p.published)
    ingest_one_by_one(engine, ordered)
    with session_scope(engine) as session:
        before = {(e.attribute, e.date) for e in load_events(session) if e.model == "Llama 5"}
    # the news site's lone "moe" of 2025-10-30 does not overturn the lab's "dense"
    assert ("architecture", dt.date(2025, 9, 9)) in before
    assert ("architecture", dt.date(2025, 10, 30)) not in before
    _, diff = ingest(engine, [late.extracted()])
    # One genuinely new first value (moe on 2025-03-02); "null → dense"
    # became "moe → dense"; the first size moved to the earlier post's 300B (304B
    # restates it within 2 %), so that event is altered, not removed and added.
    assert [(e.attribute, e.new, e.date) for e in diff.added] == [
        ("architecture", "moe", dt.date(2025, 3, 2))
    ]
    altered = {(old.attribute, old.new, new.new, new.date) for old, new in diff.altered}
    assert ("architecture", "dense", "dense", dt.date(2025, 9, 9)) in altered
    assert ("params_total", 304e9, 300e9, dt.date(2025, 3, 2)) in altered
    # The speculative "closed" of 2025-06-15 had replaced a speculative value; the
    # late post confirms open_weights, so it is now only a rumour: that event goes.
    assert [(e.attribute, e.new) for e in diff.removed] == [("openness", "closed")]
    assert stored_timeline(engine, posts) == expected_rows(document["expected_events"])


def test_reverse_order_ingest_gives_the_same_history(engine: Engine) -> None:
    posts, document = load_gold()
    ingest_one_by_one(engine, sorted(posts, key=lambda p: p.published, reverse=True))
    assert stored_timeline(engine, posts) == expected_rows(document["expected_events"])


def test_invalid_facts_are_rejected_with_a_reason_and_kept_out(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    posts, _ = load_gold()
    good = posts[0]
    bad = (
        Fact("Llama 5", "parameters", 7, "confirmed", "Seven of something.", good.url),
        Fact("Llama 5", "openness", "leaked", "reported", "The weights leaked.", good.url),
    )
    with caplog.at_level(logging.WARNING, logger="llamawatch.storage.posts"):
        saved, _ = ingest(engine, [replace(good, facts=good.facts + bad).extracted()])
    assert (saved.new_facts, saved.rejected_facts) == (3, 2)
    assert "unknown attribute 'parameters'" in caplog.text and "leaked" in caplog.text
    assert len(saved.rejections) == 2
    with session_scope(engine) as session:
        assert load_state(session)["Llama 5"]["openness"].value == "open_weights"
        assert session.scalar(select(func.count()).select_from(FactRow)) == 3


def test_a_database_error_mid_batch_leaves_nothing_written(engine: Engine) -> None:
    posts, _ = load_gold()
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        saved = save_extracted(
            session, [posts[0].extracted()], source_name="feed", extractor_version=VERSION
        )
        refresh_history(session, saved.touched)
        session.add(SourceRow(name="feed", url="", kind="feed"))  # duplicate name
        session.flush()
    with session_scope(engine) as session:
        assert counts(session) == {"sources": 0, "posts": 0, "facts": 0, "events": 0}
        assert load_state(session) == {}


def test_state_as_of_a_date(engine: Engine) -> None:
    posts, _ = load_gold()
    ingest(engine, [post.extracted() for post in posts])
    with session_scope(engine) as session:
        mid = load_state(session, as_of=dt.date(2025, 7, 1))
        assert mid["Llama 5"]["status"].value == "upcoming"
        assert "modalities" not in mid["Llama 5"]
        assert load_state(session, as_of=dt.date(2024, 1, 1)) == {}
        july = load_events(session, since=dt.date(2025, 7, 1), until=dt.date(2025, 7, 31))
        assert {e.date for e in july} == {dt.date(2025, 7, 20)}


def test_rumours_and_conflicts_are_queryable(engine: Engine) -> None:
    posts, _ = load_gold()
    ingest(engine, [post.extracted() for post in posts])
    with session_scope(engine) as session:
        rumours = {(f.model, f.attribute, f.value, f.certainty) for f in load_open_rumours(session)}
        conflicts = [(m, a, s.conflicts) for m, a, s in load_conflicts(session)]
    assert ("Llama 5", "openness", "closed", "speculative") in rumours
    assert ("Quokka", "status", "shelved", "reported") in rumours
    assert conflicts == [("Quokka", "license", ("mit",))]


def test_deleting_a_source_and_ingesting_it_again_restores_the_history(engine: Engine) -> None:
    posts, document = load_gold()
    news = [p for p in posts if "news.example.org" in p.url]
    other = [p for p in posts if p not in news]
    ingest(engine, [p.extracted() for p in other], source_name="blogs")
    ingest(engine, [p.extracted() for p in news], source_name="news")
    full = stored_timeline(engine, posts)
    with session_scope(engine) as session:
        touched = forget_source(session, "news")
        diff = refresh_history(session, touched)
        assert diff.removed and not diff.added
        assert counts(session)["sources"] == 1
    assert stored_timeline(engine, posts) != full
    ingest(engine, [p.extracted() for p in news], source_name="news")
    assert stored_timeline(engine, posts) == full == expected_rows(document["expected_events"])


def test_readers_are_not_blocked_while_a_flow_writes(sqlite_engine: Engine) -> None:
    posts, _ = load_gold()
    ingest(sqlite_engine, [posts[0].extracted()])
    with session_scope(sqlite_engine) as writer:
        saved = save_extracted(
            writer, [p.extracted() for p in posts[1:]], source_name=None, extractor_version="w"
        )
        refresh_history(writer, saved.touched)
        writer.flush()  # the write transaction is open and holds the write lock
        with sqlite_engine.connect() as reader:  # a second connection, as a web page would
            reader.exec_driver_sql("PRAGMA busy_timeout=0")  # fail at once if blocked
            seen = reader.exec_driver_sql("SELECT count(*) FROM events").scalar()
        assert seen == 3  # the committed history, not the half-written batch
    with session_scope(sqlite_engine) as session:
        assert counts(session)["events"] == 12


def test_unseen_posts_keeps_new_and_edited_posts_only(engine: Engine) -> None:
    from llamawatch.storage.posts import unseen_posts

    posts, _ = load_gold()
    stored_item, edited_item, new_item = (p.extracted() for p in posts[:3])
    # The stored post came from a feed entry: its fingerprint describes the entry,
    # while its body is the full article fetched afterwards.
    stored_item = replace(stored_item, post=replace(stored_item.post, fingerprint="entry-v1"))
    ingest(engine, [stored_item, edited_item])
    edited = replace(edited_item.post, body=edited_item.post.body + " An update.")
    same_entry = replace(
        stored_item.post, body="A teaser only.", summary_only=True, fingerprint="entry-v1"
    )
    edited_entry = replace(same_entry, fingerprint="entry-v2")
    with session_scope(engine) as session:
        fresh = unseen_posts(
            session, [stored_item.post, edited, new_item.post, same_entry, edited_entry]
        )
    assert fresh == [edited, new_item.post, edited_entry]


def test_a_post_that_failed_is_retried_until_it_succeeds(engine: Engine) -> None:
    from llamawatch.storage.posts import unseen_posts

    posts, _ = load_gold()
    good = posts[0].extracted()
    broken = replace(good, article=None, facts=(), error="page timed out")
    key = identity_of(good.post)

    with session_scope(engine) as session:
        first = save_extracted(session, [broken], source_name=None, extractor_version="t")
        assert (first.new_posts, first.new_facts) == (1, 0)
        assert key not in known_post_keys(session, [key])
        assert unseen_posts(session, [good.post]) == [good.post]
        again = save_extracted(session, [broken], source_name=None, extractor_version="t")
        assert (again.unchanged, again.new_versions) == (1, 0)
        fixed = save_extracted(session, [good], source_name=None, extractor_version="t")
        assert fixed.new_versions == 1 and fixed.new_facts == len(good.facts) > 0
        assert key in known_post_keys(session, [key])
        assert unseen_posts(session, [good.post]) == []


def test_a_dry_run_scope_keeps_nothing(engine: Engine) -> None:
    posts, _ = load_gold()
    with session_scope(engine, commit=False) as session:
        save_extracted(session, [posts[0].extracted()], source_name=None, extractor_version="t")
        assert session.scalar(select(func.count()).select_from(PostRow)) == 1
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(PostRow)) == 0
