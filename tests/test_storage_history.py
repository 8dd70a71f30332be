"""Re-derivable history (reprocess) and the export commands."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from click.testing import CliRunner
from helpers_history import GoldPost, load_gold
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from llamawatch.changes import events_to_json, state_to_json
from llamawatch.cli import cli
from llamawatch.records import ExtractedPost, Fact, NameLink, Post
from llamawatch.storage.db import session_scope
from llamawatch.storage.history import (
    load_current_facts,
    load_events,
    load_revisions,
    load_state,
    refresh_history,
)
from llamawatch.storage.names import load_name_links, save_name_links, touched_by_links
from llamawatch.storage.posts import save_extracted
from llamawatch.storage.reprocess import reprocess_posts
from llamawatch.storage.schema import EventRow, FactRow, PostRow


def populate(engine: Engine, posts: list[GoldPost], version: str = "v1") -> None:
    with session_scope(engine) as session:
        saved = save_extracted(
            session, [p.extracted() for p in posts], source_name="gold", extractor_version=version
        )
        refresh_history(session, saved.touched)


class FakeExtractor:
    """Stands in for extract_post: returns the gold facts, minus the posts it was told to miss."""

    def __init__(self, posts: list[GoldPost], missing: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        self.by_url = {p.url: p for p in posts}
        self.missing = missing
        self.calls = 0

    def __call__(self, post: Post) -> ExtractedPost:
        self.calls += 1
        gold = self.by_url[post.url]
        facts = () if gold.name in self.missing else gold.facts
        return ExtractedPost(post=post, article=None, facts=facts)


def test_reprocess_with_the_same_extractor_changes_no_history(engine: Engine) -> None:
    posts, _ = load_gold()
    populate(engine, posts)
    fake = FakeExtractor(posts)
    with session_scope(engine) as session:
        report = reprocess_posts(session, fake, extractor_version="v2", batch_size=4)
        assert report.posts == 9 and fake.calls == 9
        assert report.diff.empty
        versions = set(session.scalars(select(FactRow.extractor_version)))
    assert versions == {"v2"}


def test_reprocess_reports_removed_events_and_never_marks_them_live(engine: Engine) -> None:
    posts, _ = load_gold()
    populate(engine, posts)
    fake = FakeExtractor(posts, missing={"lab-blog-3"})  # the "dense" post now yields nothing
    with session_scope(engine) as session:
        report = reprocess_posts(session, fake, extractor_version="v2")
    removed = [(e.attribute, e.old, e.new) for e in report.diff.removed]
    assert removed == [("architecture", "moe", "dense")]
    assert not report.diff.added and not report.diff.altered
    with session_scope(engine) as session:
        architecture = [e for e in load_events(session) if e.attribute == "architecture"]
        assert [(e.old, e.new) for e in architecture] == [(None, "moe")]
        assert load_state(session)["Llama 5"]["architecture"].corroborations == 2
        revisions = load_revisions(session, dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
        assert {r.reason for r in revisions} == {"removed"}
        assert set(session.scalars(select(EventRow.mode))) == {"live"}


def test_reprocess_adds_events_with_mode_reprocess(engine: Engine) -> None:
    posts, _ = load_gold()
    populate(engine, posts, version="v1")
    with session_scope(engine) as session:  # as if an older extractor had missed a post
        report = reprocess_posts(
            session, FakeExtractor(posts, missing={"mirror-a"}), extractor_version="v1"
        )
    assert [(e.attribute, e.new) for e in report.diff.removed] == [("license", "apache-2.0")]
    assert [(e.attribute, e.new) for e in report.diff.added] == [("license", "mit")]
    with session_scope(engine) as session:
        report = reprocess_posts(session, FakeExtractor(posts), extractor_version="v2")
        active = session.execute(
            select(EventRow.new, EventRow.mode).where(
                EventRow.superseded_at.is_(None), EventRow.attribute == "license"
            )
        ).all()
    assert [(e.attribute, e.new) for e in report.diff.added] == [("license", "apache-2.0")]
    assert [tuple(row) for row in active] == [("apache-2.0", "reprocess")]


def test_dry_run_rolls_everything_back(sqlite_engine: Engine) -> None:
    posts, _ = load_gold()
    populate(sqlite_engine, posts)
    with session_scope(sqlite_engine) as session:
        before = events_to_json(load_events(session))
    session = Session(sqlite_engine)
    report = reprocess_posts(
        session, FakeExtractor(posts, missing={"lab-blog-2"}), extractor_version="v9"
    )
    assert report.diff.removed
    session.rollback()
    session.close()
    with session_scope(sqlite_engine) as session:
        assert events_to_json(load_events(session)) == before
        assert set(session.scalars(select(FactRow.extractor_version))) == {"v1"}


# --- export ------------------------------------------------------------------------------


@pytest.fixture
def populated_url(database_url: str, engine: Engine) -> str:
    posts, _ = load_gold()
    populate(engine, posts)
    return database_url


def run_cli(url: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", url, *args], catch_exceptions=False)
    return result.exit_code, result.output


def test_export_changes_json_matches_the_stored_history(populated_url: str, engine: Engine) -> None:
    code, output = run_cli(populated_url, "export", "changes", "--format", "json")
    assert code == 0
    with session_scope(engine) as session:
        assert json.loads(output) == events_to_json(load_events(session))
    code, output = run_cli(
        populated_url, "export", "changes", "--since", "2025-10-01", "--until", "2025-10-31"
    )
    exported = json.loads(output)
    # Quokka's "upcoming" of 2025-10-30 comes after it was shelved: lag, not an event;
    # a lone "moe" after the lab said "dense" is dissent, not an event either
    assert exported == []
    code, output = run_cli(populated_url, "export", "changes", "--since", "2025-09-01")
    exported = json.loads(output)
    assert ("Llama 5", "architecture", "dense", 1) in {
        (e["model"], e["attribute"], e["new"], e["support"]) for e in exported
    }


def test_export_state_as_of_a_date(populated_url: str, engine: Engine) -> None:
    code, output = run_cli(populated_url, "export", "state", "--as-of", "2025-07-01")
    assert code == 0
    exported = json.loads(output)
    assert exported["Llama 5"]["status"] == {
        "value": "upcoming",
        "certainty": "reported",
        "since": "2025-01-10",
        "evidence": "People close to the lab say a fifth Llama is being trained.",
        "source": "https://news.example.org/a1",
        "support": 1,
        "dissent": [],
    }
    with session_scope(engine) as session:
        assert exported == state_to_json(load_state(session, dt.date(2025, 7, 1)))
        now = json.loads(run_cli(populated_url, "export", "state")[1])
        assert now == state_to_json(load_state(session))


def test_export_state_detail_shows_corroboration_conflicts_and_rumours(
    populated_url: str,
) -> None:
    code, output = run_cli(populated_url, "export", "state", "--detail")
    assert code == 0
    exported = json.loads(output)
    # the rumour mill's later "closed" replaced its own "open_weights": the lab alone
    assert exported["Llama 5"]["openness"]["corroborations"] == 1
    assert exported["Llama 5"]["openness"]["rumour"] == "closed"
    assert exported["Quokka"]["license"]["conflicts"] == ["mit"]
    # the shelved status keeps the later "upcoming" as dissent, with its source
    assert exported["Quokka"]["status"]["value"] == "shelved"
    assert [(d["source"], d["value"]) for d in exported["Quokka"]["status"]["dissent"]] == [
        ("https://news.example.org/a4", "upcoming")
    ]


def test_export_text_and_bad_dates(populated_url: str) -> None:
    code, output = run_cli(populated_url, "export", "state", "--format", "text")
    assert code == 0 and "rumour: closed" in output and "conflicting: mit" in output
    code, output = run_cli(populated_url, "export", "changes", "--format", "text")
    assert "2025-09-09 [digest] Llama 5 architecture: moe → dense" in output
    result = CliRunner().invoke(cli, ["--db", populated_url, "export", "changes", "--since", "May"])
    assert result.exit_code == 2 and "not a date" in result.output


def test_reprocess_command_reports_without_keeping_in_dry_run(populated_url: str) -> None:
    pytest.importorskip("llamawatch.extractors.facts")
    with_unchanged = run_cli(populated_url, "export", "changes")[1]
    code, output = run_cli(populated_url, "reprocess", "--dry-run", "--format", "json")
    assert code == 0
    report = json.loads(output)
    assert report["posts"] == 9 and report["dry_run"] is True
    assert set(report) >= {"added", "removed", "altered", "extractor_version"}
    assert run_cli(populated_url, "export", "changes")[1] == with_unchanged


# --- support, dissent and name links in the database ---------------------------------------


def _invented_post(url: str, day: dt.date, *facts: tuple[str, str, object, str]) -> ExtractedPost:
    stated = tuple(
        Fact(model, attribute, value, certainty, f"{model} {attribute}", url, day)  # type: ignore[arg-type]
        for model, attribute, value, certainty in facts
    )
    post = Post(url, url, " ".join(f.evidence for f in stated), "text", day, guid=url)
    return ExtractedPost(post, None, stated)


def _store(engine: Engine, items: list[ExtractedPost]) -> None:
    with session_scope(engine) as session:
        saved = save_extracted(session, items, source_name="t", extractor_version="1")
        refresh_history(session, saved.touched)


def test_support_and_dissent_are_stored_and_read_back(engine: Engine) -> None:
    day = dt.date(2031, 5, 1)
    _store(
        engine,
        [
            _invented_post(
                "https://a.example/1", day, ("Zephyr", "status", "released", "confirmed")
            ),
            _invented_post(
                "https://b.example/1", day, ("Zephyr", "status", "released", "confirmed")
            ),
            _invented_post(
                "https://c.example/1",
                day + dt.timedelta(days=3),
                ("Zephyr", "status", "upcoming", "reported"),
            ),
        ],
    )
    with session_scope(engine) as session:
        state = load_state(session)["Zephyr"]["status"]
        (event,) = load_events(session)
        stored_json = state_to_json(load_state(session))
    assert state.value == "released" and state.support == 2
    assert [(d.source, d.value, d.certainty) for d in state.dissent] == [
        ("https://c.example/1", "upcoming", "reported")
    ]
    assert event.support == 2 and event.dissent == ()
    assert stored_json["Zephyr"]["status"]["dissent"][0]["published"] == "2031-05-04"


def test_a_name_link_files_the_alias_under_the_product_name(engine: Engine) -> None:
    early, late = dt.date(2031, 1, 10), dt.date(2031, 4, 2)
    _store(
        engine,
        [
            _invented_post(
                "https://a.example/cumulus",
                early,
                ("Cumulus", "status", "upcoming", "reported"),
                ("Cumulus", "openness", "closed", "reported"),
            ),
            _invented_post(
                "https://b.example/nimbus", late, ("Nimbus", "status", "released", "confirmed")
            ),
        ],
    )
    with session_scope(engine) as session:
        assert set(load_state(session)) == {"Cumulus", "Nimbus"}
        post_id = session.scalar(
            select(PostRow.id).where(PostRow.url == "https://b.example/nimbus")
        )
        links = [NameLink("Nimbus", "Cumulus", "Nimbus, known inside as Cumulus")]
        assert save_name_links(session, post_id, links) == 1
        diff = refresh_history(session, touched_by_links(links))
        assert load_name_links(session) == links
        assert load_name_links(session, as_of=early) == []
    assert {e.model for e in diff.removed} == {"Cumulus"}
    with session_scope(engine) as session:
        state = load_state(session)
        events = load_events(session)
        # as of a date before the link was published, the codename stands alone
        before = load_state(session, as_of=dt.date(2031, 2, 1))
    assert set(state) == {"Nimbus"} and state["Nimbus"]["openness"].value == "closed"
    assert [(e.model, e.old, e.new) for e in events if e.attribute == "status"] == [
        ("Nimbus", None, "upcoming"),
        ("Nimbus", "upcoming", "released"),
    ]
    assert set(before) == {"Cumulus"}


def test_a_later_post_under_the_alias_updates_the_product_name(engine: Engine) -> None:
    day = dt.date(2031, 1, 10)
    _store(
        engine,
        [_invented_post("https://b.example/n", day, ("Nimbus", "status", "upcoming", "reported"))],
    )
    with session_scope(engine) as session:
        post_id = session.scalar(select(PostRow.id).where(PostRow.url == "https://b.example/n"))
        links = [NameLink("Nimbus", "Cumulus", "Nimbus, or Cumulus")]
        save_name_links(session, post_id, links)
        refresh_history(session, touched_by_links(links))
    later = day + dt.timedelta(days=30)
    _store(
        engine,
        [
            _invented_post(
                "https://c.example/c", later, ("Cumulus", "openness", "closed", "reported")
            )
        ],
    )
    with session_scope(engine) as session:
        state = load_state(session)
    assert set(state) == {"Nimbus"}
    assert state["Nimbus"]["openness"].value == "closed"
    assert state["Nimbus"]["openness"].source == "https://c.example/c"


def test_export_state_text_names_aliases_and_dissent(engine: Engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    day = dt.date(2031, 1, 10)
    _store(
        engine,
        [
            _invented_post(
                "https://b.example/n", day, ("Nimbus", "status", "released", "confirmed")
            ),
            _invented_post(
                "https://c.example/c",
                day + dt.timedelta(days=2),
                ("Nimbus", "status", "upcoming", "reported"),
            ),
        ],
    )
    with session_scope(engine) as session:
        post_id = session.scalar(select(PostRow.id).where(PostRow.url == "https://b.example/n"))
        links = [NameLink("Nimbus", "Cumulus", "Nimbus, or Cumulus")]
        save_name_links(session, post_id, links)
        refresh_history(session, touched_by_links(links))
    url = engine.url.render_as_string(hide_password=False)
    code, output = run_cli(url, "export", "state", "--format", "text")
    assert code == 0
    assert "Nimbus (also Cumulus)" in output
    # the JSON export carries the aliases beside the attributes of the model
    code, as_json = run_cli(url, "export", "state")
    assert code == 0
    exported = json.loads(as_json)
    assert exported["Nimbus"]["aliases"] == ["Cumulus"]
    assert exported["Nimbus"]["status"]["value"] == "released"
    assert "Cumulus" not in exported
    assert (
        "status: released (confirmed, since 2031-01-10, dissent: 1 source says upcoming" in output
    )


def test_links_arrive_with_their_post_and_are_replaced_on_reprocess(engine: Engine) -> None:
    import dataclasses

    day = dt.date(2031, 3, 1)
    linked = dataclasses.replace(
        _invented_post(
            "https://c.example/strato", day, ("Strato", "status", "released", "confirmed")
        ),
        links=(NameLink("Strato", "Cirrus", "Strato, known inside as Cirrus"),),
    )
    plain = _invented_post(
        "https://d.example/cirrus", day, ("Cirrus", "openness", "closed", "reported")
    )
    _store(engine, [linked, plain])
    with session_scope(engine) as session:
        assert load_name_links(session) == list(linked.links)
        # the codename's facts are filed under the shipped name
        assert set(load_state(session)) == {"Strato"}

    # a new extractor no longer reads the link: reprocess drops it, the codename stands alone
    def extract(post: Post) -> ExtractedPost:
        item = linked if post.url == linked.post.url else plain
        return dataclasses.replace(item, post=post, links=())

    with session_scope(engine) as session:
        reprocess_posts(session, extract, extractor_version="2")
    with session_scope(engine) as session:
        assert load_name_links(session) == []
        assert set(load_state(session)) == {"Strato", "Cirrus"}


# --- several copies of one page (an archive) -------------------------------------------


def _backfill(engine: Engine, batches: list[list[ExtractedPost]]) -> int:
    """Store batches the way a backfill does; return the events the refreshes added."""
    added = 0
    for batch in batches:
        with session_scope(engine) as session:
            saved = save_extracted(session, batch, source_name="t", extractor_version="1")
            added += len(refresh_history(session, saved.touched, mode="baseline").added)
    return added


@pytest.mark.parametrize("newer_first", [False, True])
def test_an_older_copy_of_a_page_never_replaces_the_newer_one(
    engine: Engine, newer_first: bool
) -> None:
    # one page archived twice: in June it listed Zephyr as text and image, in July
    # (edited) as text only; the older copy read again must not become current
    url = "https://hub.example/zephyr"
    june = _invented_post(
        url, dt.date(2031, 6, 20), ("Zephyr", "modalities", ("image", "text"), "confirmed")
    )
    july = _invented_post(
        url, dt.date(2031, 6, 29), ("Zephyr", "modalities", ("text",), "confirmed")
    )
    other = _invented_post(
        "https://daily.example/z",
        dt.date(2031, 6, 1),
        ("Zephyr", "modalities", ("image", "text"), "reported"),
    )
    # the page was edited between the copies: its text differs
    july = ExtractedPost(replace(july.post, body="Zephyr reads text only."), None, july.facts)
    batches = [[july], [june], [other]] if newer_first else [[june], [other], [july]]
    _backfill(engine, batches)
    with session_scope(engine) as session:
        first_events = load_events(session)
        first_state = state_to_json(load_state(session))
        counted = {(f.source, f.value) for f in load_current_facts(session)}
    assert (url, ("text",)) in counted and (url, ("image", "text")) not in counted

    # a second backfill of the same copies, in the same order, adds nothing
    assert _backfill(engine, batches) == 0
    with session_scope(engine) as session:
        assert load_events(session) == first_events
        assert state_to_json(load_state(session)) == first_state
        assert refresh_history(session, None).added == ()
        current = (
            session.execute(
                select(PostRow.published).where(PostRow.url == url, PostRow.is_current.is_(True))
            )
            .scalars()
            .all()
        )
    assert current == [dt.date(2031, 6, 29)]
