"""Properties of history, checked with Hypothesis.

- resolution never depends on the order facts are read in;
- ingesting the same posts twice changes nothing and creates no event;
- ingesting posts in any order (one batch at a time, refreshing after each, like
  a backfill arriving late) stores the same state and events as resolving them
  all at once;
- deleting a source and ingesting it again restores the same history.

The storage properties run on each backend of the ``engine`` fixture; the
database is emptied at the start of every example.
"""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select
from sqlalchemy.engine import Engine

from llamawatch.changes import ResolutionRules, resolve_history, source_site
from llamawatch.records import ExtractedPost, Fact, NameLink, Post
from llamawatch.storage.db import session_scope
from llamawatch.storage.history import load_events, load_state, refresh_history
from llamawatch.storage.posts import forget_source, save_extracted
from llamawatch.storage.schema import Base, EventRow

VALUES: dict[str, list] = {
    "status": ["upcoming", "released", "shelved"],
    "openness": ["open_weights", "closed", "research_only"],
    "params_total": [70_000_000_000, 71_000_000_000, 8_000_000_000],
    "release_date": ["2030", "2030-Q1", "2030-02", "2030-02-11", "2030-Q3"],
    "modalities": [("text",), ("image", "text"), ("audio", "image", "text")],
}
MODELS = ["Llama 9", "Quokka"]
START = dt.date(2030, 1, 1)

fact_parts = st.tuples(
    st.sampled_from(MODELS),
    st.sampled_from(sorted(VALUES)),
    st.integers(0, 2),
    st.sampled_from(["confirmed", "reported", "speculative"]),
)


@st.composite
def corpora(
    draw: st.DrawFn, max_posts: int = 8, span: int = 5, sites: int = 3
) -> list[ExtractedPost]:
    """Draw posts (unique URLs, few distinct days so ties happen) with 1–4 facts each."""
    count = draw(st.integers(1, max_posts))
    items = []
    for index in range(count):
        url = f"https://site{draw(st.integers(0, sites - 1))}.example/post-{index}"
        day = START + dt.timedelta(days=draw(st.integers(0, span)))
        facts = []
        for model, attribute, choice, certainty in draw(
            st.lists(fact_parts, min_size=1, max_size=4)
        ):
            values = VALUES[attribute]
            facts.append(
                Fact(
                    model=model,
                    attribute=attribute,
                    value=values[choice % len(values)],
                    certainty=certainty,
                    evidence=f"{model} {attribute} sentence {index}",
                    source=url,
                    published=day,
                )
            )
        post = Post(
            url=url,
            title=f"post {index}",
            body=f"body of post {index}",
            content_type="text",
            published=day,
            guid=url,
            source_name=f"source-{index % 2}",
        )
        items.append(ExtractedPost(post=post, article=None, facts=tuple(facts)))
    return items


def all_facts(items: list[ExtractedPost]) -> list[Fact]:
    return [fact for item in items for fact in item.facts]


def empty(engine: Engine) -> None:
    """Delete every row, so each Hypothesis example starts from an empty database."""
    with session_scope(engine) as session:
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(delete(table))


def ingest(engine: Engine, batch: list[ExtractedPost], mode: str = "live") -> bool:
    """Save a batch and refresh its history; return whether the history changed."""
    with session_scope(engine) as session:
        saved = save_extracted(session, batch, source_name=None, extractor_version="p")
        return not refresh_history(session, saved.touched, mode=mode).empty  # type: ignore[arg-type]


def stored(engine: Engine) -> tuple[dict, list]:
    with session_scope(engine) as session:
        return load_state(session), load_events(session)


STORAGE = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@settings(max_examples=150, deadline=None)
@given(corpora(max_posts=10), st.randoms(use_true_random=False))
def test_resolution_does_not_depend_on_reading_order(
    items: list[ExtractedPost], shuffler: random.Random
) -> None:
    facts = all_facts(items)
    expected = resolve_history(facts)
    shuffler.shuffle(facts)
    assert resolve_history(facts) == expected
    assert resolve_history(facts + facts[:3]) == expected  # a repeated fact is a restatement


#: site0 speaks for the (invented) publisher of every model; "Quokka" is also "Llama 9"
PUBLISHER = ResolutionRules(primary_hosts={"Lab": ("site0.example",)}, default_organisation="Lab")
LINKS = [NameLink("Llama 9", "Quokka", "Llama 9, known as Quokka")]
LIFECYCLE = {"upcoming": 0, "shelved": 1, "released": 2}


@settings(max_examples=150, deadline=None)
@given(corpora(max_posts=12, span=400, sites=4), st.randoms(use_true_random=False))
def test_belief_over_months_with_a_publisher_and_links_ignores_order(
    items: list[ExtractedPost], shuffler: random.Random
) -> None:
    facts = all_facts(items)
    expected = resolve_history(facts, rules=PUBLISHER, links=LINKS)
    assert set(expected[0]) <= {"Llama 9"}
    shuffler.shuffle(facts)
    assert resolve_history(facts, rules=PUBLISHER, links=LINKS) == expected


@settings(max_examples=150, deadline=None)
@given(corpora(max_posts=12, span=400, sites=4))
def test_status_never_moves_back_and_events_change_the_value(items: list[ExtractedPost]) -> None:
    facts = all_facts(items)
    states, events = resolve_history(facts, rules=PUBLISHER)
    for event in events:
        assert event.support >= 1
        if event.old is None:
            continue
        assert event.old != event.new
        if event.attribute == "status" and LIFECYCLE[str(event.new)] <= LIFECYCLE[str(event.old)]:
            # the one way back: a release the publisher never stated, which twice as many
            # sources as still claim it have since contradicted (each site's latest word)
            assert event.old == "released"
            statuses = [
                f
                for f in facts
                if f.model == event.model
                and f.attribute == "status"
                and f.published is not None
                and f.published <= event.date
            ]
            assert not any(
                f.value == "released" and source_site(f.source) == "site0.example" for f in statuses
            )
            since = max(
                e.date
                for e in events
                if e.model == event.model
                and e.attribute == "status"
                and e.new == "released"
                and e.date < event.date
            )
            latest: dict[str, tuple[dt.date, str]] = {}
            for f in sorted(statuses, key=lambda f: (f.published, str(f.value))):
                if f.published is not None and f.published >= since:
                    latest[source_site(f.source)] = (f.published, str(f.value))
            claims = sum(1 for _, value in latest.values() if value == "released")
            assert len(latest) - claims >= 2 * claims
    for attributes in states.values():
        for state in attributes.values():
            assert all(d.value != state.value for d in state.dissent)


@settings(max_examples=150, deadline=None)
@given(corpora(max_posts=10))
def test_events_replay_into_the_state(items: list[ExtractedPost]) -> None:
    states, events = resolve_history(all_facts(items))
    replayed: dict[tuple[str, str], object] = {}
    for event in events:
        assert replayed.get((event.model, event.attribute)) == event.old
        replayed[(event.model, event.attribute)] = event.new
    assert replayed == {(m, a): s.value for m, attrs in states.items() for a, s in attrs.items()}


@STORAGE
@given(items=corpora())
def test_ingesting_twice_changes_nothing(engine: Engine, items: list[ExtractedPost]) -> None:
    empty(engine)
    ingest(engine, items)
    first = stored(engine)
    with session_scope(engine) as session:
        rows = session.scalar(select(func.count()).select_from(EventRow))
    assert not ingest(engine, items)
    for item in items:
        assert not ingest(engine, [item])
    assert stored(engine) == first
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(EventRow)) == rows


@STORAGE
@given(items=corpora(), data=st.data())
def test_any_ingest_order_gives_the_same_state_and_events(
    engine: Engine, items: list[ExtractedPost], data: st.DataObject
) -> None:
    empty(engine)
    order = list(data.draw(st.permutations(items)))
    while order:  # batches of random sizes, refreshed one after the other
        size = data.draw(st.integers(1, 3))
        ingest(engine, order[:size])
        order = order[size:]
    states, events = resolve_history(all_facts(items))
    assert stored(engine) == (states, events)


@STORAGE
@given(items=corpora())
def test_deleting_a_source_and_ingesting_it_again_restores_history(
    engine: Engine, items: list[ExtractedPost]
) -> None:
    empty(engine)
    ingest(engine, items)
    before = stored(engine)
    with session_scope(engine) as session:
        refresh_history(session, forget_source(session, "source-0"))
    remaining = [item for item in items if item.post.source_name != "source-0"]
    assert stored(engine) == resolve_history(all_facts(remaining))
    ingest(engine, [item for item in items if item.post.source_name == "source-0"])
    assert stored(engine) == before
