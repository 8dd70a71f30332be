"""Resolution and change detection (llamawatch.changes), without a database."""

from __future__ import annotations

import datetime as dt
import logging
import random

import pytest
from helpers_history import expected_rows, load_gold, timeline_rows

from llamawatch.changes import (
    date_span,
    diff_histories,
    events_to_json,
    is_restatement,
    resolve_history,
    resolve_key,
    severity_of,
    state_to_json,
    validate_fact,
)
from llamawatch.records import ChangeEvent, Fact, FactValue


def fact(
    value: FactValue,
    day: int,
    source: str = "https://s.example/1",
    *,
    attribute: str = "openness",
    certainty: str = "confirmed",
    model: str = "Llama 9",
) -> Fact:
    """Return a fact dated day ``day`` of January 2030."""
    return Fact(
        model=model,
        attribute=attribute,
        value=value,
        certainty=certainty,  # type: ignore[arg-type]
        evidence=f"{model} {attribute} is {value} (day {day}, {source})",
        source=source,
        published=dt.date(2030, 1, day),
    )


# --- the mini gold corpus: the same timeline whatever the order ---------------------


@pytest.mark.parametrize("seed", [None, 1, 2, 3, 4, 5])
def test_mini_gold_timeline_in_date_order_and_shuffled(seed: int | None) -> None:
    posts, document = load_gold()
    facts = [f for post in posts for f in post.facts]
    if seed is not None:
        random.Random(seed).shuffle(facts)
    _states, events = resolve_history(facts)
    names = {post.url: post.name for post in posts}
    assert timeline_rows(events, names) == expected_rows(document["expected_events"])


def test_mini_gold_final_state() -> None:
    posts, document = load_gold()
    states, _ = resolve_history([f for post in posts for f in post.facts])
    for model, attributes in document["expected_state"].items():
        for attribute, expected in attributes.items():
            state = states[model][attribute]
            seen = {
                "value": list(state.value) if isinstance(state.value, tuple) else state.value,
                "certainty": state.certainty,
                "since": state.since.isoformat(),
                "corroborations": state.corroborations,
                "rumour": state.rumour,
                "conflicts": list(state.conflicts),
            }
            assert {k: seen[k] for k in expected} == expected, (model, attribute)


def test_as_of_cuts_the_history_at_a_date() -> None:
    posts, _ = load_gold()
    states, events = resolve_history(
        [f for post in posts for f in post.facts], as_of=dt.date(2025, 7, 1)
    )
    assert states["Llama 5"]["status"].value == "upcoming"
    assert "modalities" not in states["Llama 5"]
    assert max(e.date for e in events) <= dt.date(2025, 7, 1)


# --- resolution rules ------------------------------------------------------------------


def test_first_fact_sets_value_and_later_different_value_is_an_event() -> None:
    state, events = resolve_key([fact("open_weights", 1), fact("closed", 5)])
    assert state is not None and state.value == "closed" and state.since == dt.date(2030, 1, 5)
    assert [(e.old, e.new, e.date.day) for e in events] == [
        (None, "open_weights", 1),
        ("open_weights", "closed", 5),
    ]


def test_speculative_never_replaces_confirmed_but_stays_as_rumour() -> None:
    state, events = resolve_key(
        [fact("open_weights", 1), fact("closed", 3, "https://r.example/", certainty="speculative")]
    )
    assert len(events) == 1
    assert state is not None and state.value == "open_weights" and state.rumour == "closed"


def test_a_plan_follows_only_statements_of_at_least_equal_certainty() -> None:
    state, events = resolve_key(
        [
            fact("open_weights", 1, certainty="reported"),
            fact("closed", 10, "https://r.example/", certainty="speculative"),
            fact("research_only", 20, "https://t.example/", certainty="reported"),
        ]
    )
    assert [e.new for e in events] == ["open_weights", "research_only"]
    assert state is not None and state.certainty == "reported"


def test_a_change_clears_the_old_rumour() -> None:
    state, _ = resolve_key(
        [
            fact("open_weights", 1),
            fact("closed", 2, certainty="speculative"),
            fact("research_only", 3),
        ]
    )
    assert state is not None and state.value == "research_only" and state.rumour is None


def test_restatements_are_not_events_and_count_as_corroboration() -> None:
    repeats = [fact("closed", day, f"https://s{day}.example/post") for day in range(1, 11)]
    state, events = resolve_key(repeats)
    assert len(events) == 1
    assert state is not None and state.corroborations == 10 and state.since == dt.date(2030, 1, 1)
    assert state.support == 10 and state.dissent == ()


def test_pages_of_one_site_are_one_source() -> None:
    repeats = [fact("closed", day, f"https://www.s.example/{day}") for day in range(1, 4)]
    state, _ = resolve_key(repeats)
    assert state is not None and state.support == 1


def test_same_source_twice_is_one_corroboration() -> None:
    state, _ = resolve_key([fact("closed", 1), fact("closed", 2)])
    assert state is not None and state.corroborations == 1


def test_restated_value_upgrades_certainty_without_event() -> None:
    state, events = resolve_key(
        [fact("closed", 1, certainty="reported"), fact("closed", 4, "https://o.example/")]
    )
    assert len(events) == 1 and events[0].certainty == "reported"
    assert state is not None and state.certainty == "confirmed" and state.since.day == 1


def test_flip_back_is_two_transitions() -> None:
    _, events = resolve_key([fact("moe", 1), fact("dense", 2), fact("moe", 3)])
    assert [(e.old, e.new) for e in events] == [(None, "moe"), ("moe", "dense"), ("dense", "moe")]


@pytest.mark.parametrize(
    ("attribute", "current", "new", "same"),
    [
        ("params_total", 400_000_000_000, 405_000_000_000, True),
        ("params_total", 400_000_000_000, 410_000_000_000, False),
        ("context_window", 128_000, 130_000, True),
        ("context_window", 128_000, 131_072, False),
        ("modalities", ("image", "text"), ("image", "text"), True),
        ("modalities", ("image", "text"), ("audio", "image", "text"), False),
        ("release_date", "2025-04-05", "2025-04", True),
        ("release_date", "2025-04-05", "2025-Q2", True),
        ("release_date", "2025-04-05", "2025", True),
        ("release_date", "2025-04", "2025-04-05", False),
        ("release_date", "2025-04-05", "2025-Q3", False),
        ("release_date", "2025-Q2", "2025", True),
        ("status", "released", "released", True),
        ("status", "released", "shelved", False),
    ],
)
def test_is_restatement(attribute: str, current: FactValue, new: FactValue, same: bool) -> None:
    assert is_restatement(attribute, current, new) is same


def test_finer_date_after_coarser_is_a_change_but_not_the_reverse() -> None:
    _, events = resolve_key(
        [
            fact("2031-Q2", 1, attribute="release_date"),
            fact("2031-05-14", 2, attribute="release_date"),
            fact("2031-05", 3, attribute="release_date"),
        ]
    )
    assert [e.new for e in events] == ["2031-Q2", "2031-05-14"]


def test_same_day_disagreement_is_a_conflict_not_a_flip_flop() -> None:
    state, events = resolve_key(
        [
            fact("open_weights", 1),
            fact("closed", 2, "https://a.example/"),
            fact("open_weights", 2, "https://b.example/"),
        ]
    )
    assert len(events) == 1
    assert state is not None and state.value == "open_weights" and state.conflicts == ("closed",)
    assert state.since.day == 1 and state.corroborations == 2


def test_same_day_tie_is_one_event_and_a_conflict_whatever_the_order() -> None:
    a = fact("closed", 2, "https://a.example/")
    b = fact("research_only", 2, "https://b.example/")
    for facts in ([a, b], [b, a]):
        state, events = resolve_key(facts)
        assert [e.new for e in events] == ["closed"]
        assert state is not None and state.conflicts == ("research_only",)
        assert [(d.source, d.value) for d in events[0].dissent] == [
            ("https://b.example/", "research_only")
        ]


def test_facts_without_date_are_ignored() -> None:
    undated = Fact("Llama 9", "status", "released", "confirmed", "x", "https://u.example/")
    assert resolve_key([undated]) == (None, [])


# --- severity -------------------------------------------------------------------------------


def test_severity_of() -> None:
    assert severity_of("openness", "open_weights") == "alert"
    assert severity_of("license", None) == "alert"
    assert severity_of("status", "upcoming") == "alert"
    assert severity_of("params_total", 1) == "digest"
    assert severity_of("params_total", None, new_model=True) == "alert"


def test_new_model_events_are_alerts_and_later_first_values_digest() -> None:
    facts = [
        fact(7_000_000_000, 1, attribute="params_total"),
        fact("dense", 1, attribute="architecture"),
        fact(128_000, 9, attribute="context_window"),
    ]
    _, events = resolve_history(facts)
    assert {e.attribute: e.severity for e in events} == {
        "params_total": "alert",
        "architecture": "alert",
        "context_window": "digest",
    }


# --- validation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attribute", "value", "fragment"),
    [
        ("parameters", 7, "unknown attribute"),
        ("status", "beta", "status"),
        ("openness", "leaked", "rung"),
        ("architecture", "transformer", "architecture"),
        ("params_total", -5, "positive integer"),
        ("params_total", "7B", "positive integer"),
        ("context_window", True, "positive integer"),
        ("release_date", "2025-13", "release_date"),
        ("release_date", "April 2025", "release_date"),
        ("release_date", "2025-Q5", "release_date"),
        ("modalities", ("smell", "text"), "smell"),
        ("modalities", (), "non-empty"),
        ("license", "Apache 2.0", "license"),
    ],
)
def test_validate_fact_rejects_values_outside_the_vocabulary(
    attribute: str, value: FactValue, fragment: str
) -> None:
    reason = validate_fact(fact(value, 1, attribute=attribute))
    assert reason is not None and fragment in reason


@pytest.mark.parametrize(
    ("attribute", "value"),
    [
        ("license", "llama-3.1-community"),
        ("license", "apache-2.0"),
        ("release_date", "2026-Q2"),
        ("modalities", ("audio", "image", "text", "video")),
        ("openness", "research_only"),
    ],
)
def test_validate_fact_accepts_vocabulary(attribute: str, value: FactValue) -> None:
    assert validate_fact(fact(value, 1, attribute=attribute)) is None


def test_invalid_facts_are_logged_and_kept_out_of_state(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="llamawatch.changes"):
        states, events = resolve_history(
            [fact("open_weights", 1), fact("leaked", 2, attribute="openness")]
        )
    assert states["Llama 9"]["openness"].value == "open_weights"
    assert len(events) == 1
    assert "not a rung" in caplog.text


def test_date_span() -> None:
    assert date_span("2025-Q4") == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert date_span("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert date_span("2024-02-30") is None


# --- comparing histories --------------------------------------------------------------------


def _event(new: FactValue, day: int, old: FactValue | None = None, **kw: str) -> ChangeEvent:
    return ChangeEvent(
        date=dt.date(2030, 1, day),
        model="Llama 9",
        attribute="status",
        old=old,
        new=new,
        certainty=kw.get("certainty", "confirmed"),  # type: ignore[arg-type]
        severity="alert",
        evidence="e",
        source="https://s.example/",
    )


def test_diff_histories_added_removed_altered() -> None:
    stored = [_event("upcoming", 3), _event("released", 5, "upcoming")]
    recomputed = [_event("upcoming", 1), _event("shelved", 5, "upcoming")]
    diff = diff_histories(stored, recomputed)
    assert [e.new for e in diff.added] == ["shelved"]
    assert [e.new for e in diff.removed] == ["released"]
    assert [(old.date.day, new.date.day) for old, new in diff.altered] == [(3, 1)]
    assert diff_histories(stored, stored).empty


def test_diff_histories_keeps_flip_back_transitions_apart() -> None:
    first = [_event("upcoming", 1), _event("shelved", 2, "upcoming")]
    flipped = [*first, _event("upcoming", 3, "shelved")]
    diff = diff_histories(first, flipped)
    assert [(e.old, e.new) for e in diff.added] == [("shelved", "upcoming")]
    assert not diff.altered and not diff.removed


def test_json_shapes_follow_facts_md() -> None:
    posts, _ = load_gold()
    states, events = resolve_history([f for post in posts for f in post.facts])
    exported = state_to_json(states)
    assert set(exported["Quokka"]["license"]) == {
        "value",
        "certainty",
        "since",
        "evidence",
        "source",
        "support",
        "dissent",
    }
    assert exported["Llama 5"]["modalities"]["value"] == ["image", "text"]
    first = events_to_json(events)[0]
    assert set(first) == {
        "date",
        "model",
        "attribute",
        "old",
        "new",
        "certainty",
        "severity",
        "evidence",
        "source",
        "support",
        "dissent",
    }
