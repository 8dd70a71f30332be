"""Resolution and change detection (llamawatch.changes), without a database."""

from __future__ import annotations

import datetime as dt
import logging
import random

import pytest
from helpers_history import expected_rows, load_gold, timeline_rows

from llamawatch.changes import (
    ResolutionRules,
    aliases_of,
    canonical_names,
    date_span,
    events_to_json,
    fold_names,
    is_restatement,
    match_events,
    resolve_history,
    resolve_key,
    severity_of,
    state_to_json,
    validate_fact,
)
from llamawatch.records import ChangeEvent, Fact, FactValue, NameLink


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


def test_match_events_added_removed_altered() -> None:
    # what refresh_history writes: unmatched recomputed events are added, unmatched stored
    # ones superseded, matched pairs that differ in details altered
    stored = [_event("upcoming", 3), _event("released", 5, "upcoming")]
    recomputed = [_event("upcoming", 1), _event("shelved", 5, "upcoming")]
    pairs, removed, added = match_events(stored, recomputed)
    assert [recomputed[j].new for j in added] == ["shelved"]
    assert [stored[i].new for i in removed] == ["released"]
    assert [(stored[i].date.day, recomputed[j].date.day) for i, j in pairs] == [(3, 1)]
    assert match_events(stored, stored) == ([(0, 0), (1, 1)], [], [])


def test_match_events_keeps_flip_back_transitions_apart() -> None:
    first = [_event("upcoming", 1), _event("shelved", 2, "upcoming")]
    flipped = [*first, _event("upcoming", 3, "shelved")]
    pairs, removed, added = match_events(first, flipped)
    assert [(flipped[j].old, flipped[j].new) for j in added] == [("shelved", "upcoming")]
    assert not removed and all(first[i] == flipped[j] for i, j in pairs)


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


# --- belief by support (invented models, invented sources) ----------------------------------

PRESS = ("https://daily.example/a", "https://wire.example/b", "https://blog.example/c")
LAB_RULES = ResolutionRules(
    primary_hosts={"Acme": ("acme.example", "hub.example/acme")},
    default_organisation="Acme",
)


def said(
    model: str,
    attribute: str,
    value: FactValue,
    when: dt.date,
    source: str,
    certainty: str = "confirmed",
) -> Fact:
    """Return one invented statement."""
    return Fact(model, attribute, value, certainty, f"{model} {attribute} {value}", source, when)  # type: ignore[arg-type]


D = dt.date(2031, 3, 1)


def days(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def test_publisher_sites_are_recognised_by_host_and_path() -> None:
    assert LAB_RULES.is_publisher("Zephyr", "https://www.acme.example/news/1")
    assert LAB_RULES.is_publisher("Zephyr", "https://research.acme.example/p")
    assert LAB_RULES.is_publisher("Zephyr", "https://hub.example/acme/zephyr-7b")
    assert not LAB_RULES.is_publisher("Zephyr", "https://hub.example/blog/zephyr")
    assert not LAB_RULES.is_publisher("Zephyr", "https://notacme.example/x")
    assert ResolutionRules().weight(said("Z", "status", "released", D, PRESS[0])) == 1.0
    assert LAB_RULES.weight(said("Z", "status", "released", D, "https://acme.example/")) == 3.0


def test_later_upcoming_for_a_released_model_is_lag_kept_as_dissent() -> None:
    facts = [
        said("Zephyr", "status", "released", D, "https://acme.example/launch"),
        said("Zephyr", "status", "upcoming", days(4), PRESS[0]),
        said("Zephyr", "status", "upcoming", days(40), PRESS[1]),
    ]
    states, events = resolve_history(facts, rules=LAB_RULES)
    assert [(e.old, e.new) for e in events] == [(None, "released")]
    status = states["Zephyr"]["status"]
    assert status.value == "released" and status.support == 1
    assert {(d.source, d.value) for d in status.dissent} == {
        (PRESS[0], "upcoming"),
        (PRESS[1], "upcoming"),
    }


def test_a_release_the_press_alone_claims_gives_way_when_twice_as_many_say_otherwise() -> None:
    # two pages list Griffin among the released models (one dated to its month only,
    # so it sorts first); the launch coverage and later reports say it is coming
    claims = [
        said("Griffin", "status", "released", D, "https://early.example/g"),
        said("Griffin", "status", "released", days(5), "https://roundup.example/g"),
    ]
    coverage = [
        said("Griffin", "status", "upcoming", days(5), f"https://site{n}.example/g")
        for n in range(3)
    ]
    states, events = resolve_history([*claims, *coverage], rules=LAB_RULES)
    assert states["Griffin"]["status"].value == "released"  # three against two: a conflict
    more = [*claims, *coverage, said("Griffin", "status", "upcoming", days(6), PRESS[0])]
    states, events = resolve_history(more, rules=LAB_RULES)
    assert [(e.new, e.date) for e in events] == [("released", D), ("upcoming", days(6))]
    assert {d.value for d in states["Griffin"]["status"].dissent} == {"released"}
    # had the publisher said so, every later "coming" would be lag
    lab = [*more, said("Griffin", "status", "released", D, "https://acme.example/griffin")]
    states, events = resolve_history(lab, rules=LAB_RULES)
    assert [e.new for e in events] == ["released"]


def test_a_settled_value_needs_a_clear_lead_in_its_first_week() -> None:
    base = [
        said("Heron", "status", "released", D, "https://acme.example/heron"),
        said("Heron", "modalities", ("image", "text"), D, PRESS[0]),
        # the next day two pages add video (it was in the training data)
        said("Heron", "modalities", ("image", "text", "video"), days(1), PRESS[1]),
        said("Heron", "modalities", ("image", "text", "video"), days(1), PRESS[2]),
    ]
    states, events = resolve_history(base, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "modalities"] == [("image", "text")]
    assert len(states["Heron"]["modalities"].dissent) == 2
    # a third page within the week makes it a clear lead
    third = said("Heron", "modalities", ("image", "text", "video"), days(2), "https://x.example/")
    states, _ = resolve_history([*base, third], rules=LAB_RULES)
    assert states["Heron"]["modalities"].value == ("image", "text", "video")


def test_lifecycle_moves_forward_upcoming_shelved_released_only_on_support() -> None:
    facts = [
        said("Orca", "status", "upcoming", D, PRESS[0]),
        said("Orca", "status", "shelved", days(30), PRESS[1]),
        said("Orca", "status", "upcoming", days(60), PRESS[2]),  # lag: not news
        said("Orca", "status", "released", days(90), "https://gossip.example/x"),  # lone
    ]
    _, events = resolve_history(facts, rules=LAB_RULES)
    assert [e.new for e in events] == ["upcoming", "shelved"]
    shipped = [*facts, said("Orca", "status", "released", days(91), "https://acme.example/o")]
    states, events = resolve_history(shipped, rules=LAB_RULES)
    assert [e.new for e in events] == ["upcoming", "shelved", "released"]
    assert states["Orca"]["status"].value == "released"


def test_a_lone_shelving_outvoted_in_its_own_week_gives_way_but_later_lag_does_not() -> None:
    # a forum page says Heron is dead on the day the lab says it is still training;
    # within the week three more sites say it is coming: the shelving was the outlier
    facts = [
        said("Heron", "status", "shelved", D, "https://forum.example/t/1"),
        said("Heron", "status", "upcoming", days(1), PRESS[0]),
        said("Heron", "status", "upcoming", days(2), PRESS[1]),
    ]
    states, events = resolve_history(facts, rules=LAB_RULES)
    assert [(e.date, e.new) for e in events] == [(D, "shelved"), (days(2), "upcoming")]
    assert [d.source for d in states["Heron"]["status"].dissent] == ["https://forum.example/t/1"]
    # the same pages a month later are lag behind the shelving, not news
    late = [
        said("Heron", "status", "shelved", D, "https://forum.example/t/1"),
        *(said("Heron", "status", "upcoming", days(30 + i), s) for i, s in enumerate(PRESS)),
    ]
    states, events = resolve_history(late, rules=LAB_RULES)
    assert [e.new for e in events] == ["shelved"]
    # one site against one within the week is a conflict the shelving keeps
    even = facts[:2]
    assert resolve_history(even, rules=LAB_RULES)[0]["Heron"]["status"].value == "shelved"
    # the publisher's own shelving is not doubted by the press
    own = [said("Heron", "status", "shelved", D, "https://acme.example/heron"), *facts[1:]]
    assert resolve_history(own, rules=LAB_RULES)[0]["Heron"]["status"].value == "shelved"


def test_release_claims_set_aside_before_a_shelving_do_not_pile_up_to_overturn_it() -> None:
    facts = [
        said("Nimbus", "status", "upcoming", D, PRESS[0]),
        said("Nimbus", "status", "upcoming", D, PRESS[1]),
        said("Nimbus", "status", "released", D, PRESS[2]),  # outvoted the same week
        said("Nimbus", "status", "shelved", days(60), PRESS[1]),
        said("Nimbus", "status", "released", days(120), "https://gossip.example/n"),
    ]
    states, events = resolve_history(facts, rules=LAB_RULES)
    # two sites have said "released" in all, but only one since the shelving: one against one
    assert [e.new for e in events] == ["upcoming", "shelved"]
    assert states["Nimbus"]["status"].value == "shelved"
    again = [*facts, said("Nimbus", "status", "released", days(125), "https://rumour.example/n")]
    _, events = resolve_history(again, rules=LAB_RULES)
    assert [e.new for e in events] == ["upcoming", "shelved", "released"]
    denied = [*again, said("Nimbus", "status", "upcoming", days(124), "https://news.example/n")]
    _, events = resolve_history(denied, rules=LAB_RULES)
    # "still in development" since the shelving denies a release as much as "shelved" does
    assert [e.new for e in events] == ["upcoming", "shelved"]


def test_a_first_release_claim_of_one_press_site_gives_way_to_more_sources() -> None:
    facts = [
        said("Kestrel", "status", "released", D, "https://gossip.example/k"),  # first word
        said("Kestrel", "status", "upcoming", days(30), PRESS[0]),  # one against one: lag
        said("Kestrel", "status", "upcoming", days(40), PRESS[1]),
    ]
    states, events = resolve_history(facts, rules=LAB_RULES)
    assert [(e.date, e.new) for e in events] == [(D, "released"), (days(40), "upcoming")]
    assert states["Kestrel"]["status"].support == 2
    shipped = [*facts, said("Kestrel", "status", "released", days(90), "https://acme.example/k")]
    _, events = resolve_history(shipped, rules=LAB_RULES)
    assert [e.new for e in events] == ["released", "upcoming", "released"]
    # a release the publisher or a second site stated is a fact: later "upcoming" is lag
    for second in ("https://acme.example/k", "https://other.example/k"):
        backed = [*facts, said("Kestrel", "status", "released", days(2), second)]
        _, events = resolve_history(backed, rules=LAB_RULES)
        assert [e.new for e in events] == ["released"], second


def test_a_release_claim_outvoted_the_same_week_stays_upcoming() -> None:
    facts = [
        said("Kraken", "status", "upcoming", D, PRESS[0]),
        said("Kraken", "status", "upcoming", D, PRESS[1]),
        said("Kraken", "status", "released", D, PRESS[2]),
    ]
    states, events = resolve_history(facts, rules=LAB_RULES)
    assert [e.new for e in events] == ["upcoming"] and events[0].support == 2
    assert [d.value for d in events[0].dissent] == ["released"]
    assert states["Kraken"]["status"].value == "upcoming"


def test_a_lone_contradiction_of_a_released_size_is_dissent() -> None:
    facts = [
        said("Zephyr", "status", "released", D, PRESS[0]),
        said("Zephyr", "params_total", 30_000_000_000, D, PRESS[0]),
        said("Zephyr", "params_total", 30_000_000_000, days(1), PRESS[1]),
        said("Zephyr", "params_total", 900_000_000_000, days(12), PRESS[2]),
    ]
    states, events = resolve_history(facts, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "params_total"] == [30_000_000_000]
    size = states["Zephyr"]["params_total"]
    assert size.value == 30_000_000_000 and size.support == 2
    assert [(d.source, d.value) for d in size.dissent] == [(PRESS[2], 900_000_000_000)]


def test_a_released_value_changes_on_the_publisher_or_on_more_sources() -> None:
    base = [
        said("Zephyr", "status", "released", D, PRESS[0]),
        said("Zephyr", "context_window", 8_000, D, PRESS[0]),
    ]
    by_lab = [*base, said("Zephyr", "context_window", 32_000, days(5), "https://acme.example/")]
    assert resolve_history(by_lab, rules=LAB_RULES)[0]["Zephyr"]["context_window"].value == 32_000
    by_press = [
        *base,
        said("Zephyr", "context_window", 32_000, days(5), PRESS[1]),
        said("Zephyr", "context_window", 32_000, days(6), PRESS[2]),
    ]
    states, events = resolve_history(by_press, rules=LAB_RULES)
    assert states["Zephyr"]["context_window"].value == 32_000
    assert [(e.new, e.date, e.support) for e in events if e.attribute == "context_window"] == [
        (8_000, D, 1),
        (32_000, days(6), 2),
    ]


def test_a_stale_lone_value_yields_to_a_fresh_one() -> None:
    facts = [
        said("Zephyr", "status", "released", D, PRESS[0]),
        said("Zephyr", "params_total", 30_000_000_000, D, PRESS[0]),
        said("Zephyr", "params_total", 70_000_000_000, days(200), PRESS[1]),
    ]
    states, _ = resolve_history(facts, rules=LAB_RULES)
    assert states["Zephyr"]["params_total"].value == 70_000_000_000


def test_a_plan_follows_the_newest_statement_so_a_slip_is_news() -> None:
    facts = [
        said("Mistral9", "status", "upcoming", D, PRESS[0], "reported"),
        said("Mistral9", "release_date", "2031-Q2", D, PRESS[0], "reported"),
        said("Mistral9", "release_date", "2031", days(10), PRESS[1], "reported"),  # restates
        said("Mistral9", "release_date", "2031-08", days(40), PRESS[2], "reported"),  # slip
        said("Mistral9", "release_date", "2031-09", days(60), PRESS[0], "speculative"),
    ]
    states, events = resolve_history(facts, rules=LAB_RULES)
    dates = [(e.old, e.new) for e in events if e.attribute == "release_date"]
    assert dates == [(None, "2031-Q2"), ("2031-Q2", "2031-08")]
    assert states["Mistral9"]["release_date"].rumour is None  # the plan is only reported


def test_same_week_plans_from_different_sources_are_a_conflict_not_two_events() -> None:
    facts = [
        said("Mistral9", "status", "upcoming", D, PRESS[0], "reported"),
        said("Mistral9", "openness", "open_weights", D, PRESS[0], "reported"),
        said("Mistral9", "openness", "closed", days(3), PRESS[1], "reported"),
    ]
    states, events = resolve_history(facts, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "openness"] == ["open_weights"]
    assert states["Mistral9"]["openness"].conflicts == ("closed",)


def test_at_release_a_plan_is_re_read_from_the_release_on() -> None:
    facts = [
        said("Mistral9", "status", "upcoming", D, PRESS[0], "reported"),
        said("Mistral9", "release_date", "2031-08", D, PRESS[0], "reported"),
        said("Mistral9", "release_date", "2031-08", days(1), PRESS[1], "reported"),
        said("Mistral9", "status", "released", days(20), "https://acme.example/"),
        said("Mistral9", "release_date", "2031-03-21", days(20), PRESS[2]),
    ]
    states, _ = resolve_history(facts, rules=LAB_RULES)
    assert states["Mistral9"]["release_date"].value == "2031-03-21"


def test_support_counts_sites_and_ingest_order_never_matters() -> None:
    facts = [
        said("Zephyr", "status", "released", D, PRESS[0]),
        said("Zephyr", "status", "released", days(2), "https://daily.example/other-page"),
        said("Zephyr", "status", "released", days(3), PRESS[1]),
        said("Zephyr", "status", "upcoming", days(3), PRESS[2]),
    ]
    expected = resolve_history(facts, rules=LAB_RULES)
    assert expected[0]["Zephyr"]["status"].support == 2
    for seed in range(5):
        shuffled = facts[:]
        random.Random(seed).shuffle(shuffled)
        assert resolve_history(shuffled, rules=LAB_RULES) == expected


# --- names that point at each other -----------------------------------------------------------


def test_an_alias_history_continues_under_the_product_name() -> None:
    links = [NameLink(name="Nimbus", alias="Cumulus", evidence="Nimbus, codenamed Cumulus")]
    facts = [
        said("Cumulus", "status", "upcoming", D, PRESS[0], "reported"),
        said("Cumulus", "openness", "closed", D, PRESS[0], "reported"),
        said("Nimbus", "status", "released", days(50), "https://acme.example/nimbus"),
    ]
    states, events = resolve_history(facts, rules=LAB_RULES, links=links)
    assert set(states) == {"Nimbus"}
    assert [(e.model, e.attribute, e.old, e.new) for e in events if e.attribute == "status"] == [
        ("Nimbus", "status", None, "upcoming"),
        ("Nimbus", "status", "upcoming", "released"),
    ]
    assert states["Nimbus"]["openness"].value == "closed"
    assert aliases_of(links) == {"Nimbus": ("Cumulus",)}
    # without the link the two names are two models
    assert set(resolve_history(facts, rules=LAB_RULES)[0]) == {"Cumulus", "Nimbus"}


def test_name_links_follow_chains_and_ignore_loops() -> None:
    links = [NameLink("B", "A", ""), NameLink("C", "B", ""), NameLink("A", "C", "")]
    names = canonical_names(links[:2])
    assert names == {"A": "C", "B": "C"}
    looped = canonical_names(links)
    assert set(looped) <= {"A", "B", "C"} and all(looped[k] != k for k in looped)
    assert fold_names([said("A", "status", "released", D, PRESS[0])], links[:2])[0].model == "C"


def test_a_release_needs_the_publisher_or_two_sources_or_more_weight() -> None:
    waiting = [
        said("Kraken", "status", "upcoming", D, PRESS[0]),
        said("Kraken", "status", "upcoming", days(20), PRESS[1]),
    ]
    lone = [*waiting, said("Kraken", "status", "released", days(30), PRESS[2])]
    assert resolve_history(lone, rules=LAB_RULES)[0]["Kraken"]["status"].value == "upcoming"
    pair = [*lone, said("Kraken", "status", "released", days(33), "https://other.example/")]
    states, events = resolve_history(pair, rules=LAB_RULES)
    assert states["Kraken"]["status"].value == "released"
    assert [(e.new, e.date, e.support) for e in events][-1] == ("released", days(33), 2)
    lab = [*waiting, said("Kraken", "status", "released", days(30), "https://acme.example/k")]
    assert resolve_history(lab, rules=LAB_RULES)[0]["Kraken"]["status"].value == "released"


def test_a_fresh_lone_claim_does_not_overturn_many_old_sources() -> None:
    facts = [
        said("Zephyr", "status", "released", D, PRESS[0]),
        *(said("Zephyr", "architecture", "moe", days(i), PRESS[i]) for i in range(3)),
        said("Zephyr", "architecture", "dense", days(700), "https://late.example/x"),
    ]
    states, _ = resolve_history(facts, rules=LAB_RULES)
    assert states["Zephyr"]["architecture"].value == "moe"
    assert [d.value for d in states["Zephyr"]["architecture"].dissent] == ["dense"]


def test_a_value_reread_from_the_release_may_rest_on_a_fact_older_than_the_week() -> None:
    # Found by Hypothesis: after release, openness is re-read from the release on; a
    # speculative "closed" a week later tips the re-reading to the (older) research_only,
    # whose only statement lies outside the week's window. That once raised ValueError.
    def said(attribute: str, value: FactValue, certainty: str, url: str, day: int) -> Fact:
        published = dt.date(2030, 1, day)
        return Fact("Llama 9", attribute, value, certainty, "said", url, published)  # type: ignore[arg-type]

    facts = [
        said("openness", "open_weights", "reported", "https://lab.example/a", 1),
        said("status", "released", "confirmed", "https://lab.example/b", 2),
        said("openness", "research_only", "confirmed", "https://news.example/c", 2),
        said("openness", "closed", "speculative", "https://lab.example/d", 9),
    ]
    rules = ResolutionRules(primary_hosts={"Lab": ("lab.example",)}, default_organisation="Lab")
    states, events = resolve_history(facts, rules=rules)
    change = [e for e in events if e.attribute == "openness"][-1]
    assert (change.date, change.old, change.new) == (
        dt.date(2030, 1, 9),
        "open_weights",
        "research_only",
    )
    assert change.source == "https://news.example/c"  # the statement of the value, not the day's
    assert states["Llama 9"]["openness"].rumour == "closed"


def test_a_late_lone_smaller_size_of_a_family_is_a_member_not_a_change() -> None:
    # one site gave Zephyr's size at release; a year on (past a half-life) another
    # names its 3B member: dissent. A larger size (a bigger member added) may replace it.
    base = [
        said("Zephyr", "status", "released", D, PRESS[0]),
        said("Zephyr", "params_total", 90_000_000_000, D, PRESS[0]),
        said("Zephyr", "params_total", 3_000_000_000, days(400), PRESS[1]),
    ]
    states, events = resolve_history(base, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "params_total"] == [90_000_000_000]
    size = states["Zephyr"]["params_total"]
    assert size.value == 90_000_000_000
    assert [(d.source, d.value) for d in size.dissent] == [(PRESS[1], 3_000_000_000)]

    larger = [*base, said("Zephyr", "params_total", 180_000_000_000, days(420), PRESS[2])]
    states, _ = resolve_history(larger, rules=LAB_RULES)
    assert states["Zephyr"]["params_total"].value == 180_000_000_000


def test_a_smaller_size_needs_one_source_more_than_the_family_size_has() -> None:
    # three sites give Zephyr's family 400B at release; later pages give its 70B member
    base = [
        said("Zephyr", "status", "released", D, PRESS[0]),
        *(said("Zephyr", "params_total", 400_000_000_000, days(1), site) for site in PRESS),
        *(
            said("Zephyr", "params_total", 70_000_000_000, days(30), f"https://m{i}.example/z")
            for i in range(4)
        ),
    ]
    states, events = resolve_history(base, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "params_total"] == [400_000_000_000]
    assert len(states["Zephyr"]["params_total"].dissent) == 4
    # five, two more than the family size has, do move it
    more = [*base, said("Zephyr", "params_total", 70_000_000_000, days(31), "https://m4.example/z")]
    states, _ = resolve_history(more, rules=LAB_RULES)
    assert states["Zephyr"]["params_total"].value == 70_000_000_000


def test_a_late_lone_licence_of_a_released_model_stays_dissent() -> None:
    base = [
        said("Zephyr", "status", "released", D, PRESS[0]),
        said("Zephyr", "license", "acme-community", D, PRESS[0]),
        said("Zephyr", "license", "apache-2.0", days(400), PRESS[1]),
    ]
    states, events = resolve_history(base, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "license"] == ["acme-community"]
    assert states["Zephyr"]["license"].value == "acme-community"
    # more sources than the value at release still change it
    more = [*base, said("Zephyr", "license", "apache-2.0", days(401), PRESS[2])]
    states, _ = resolve_history(more, rules=LAB_RULES)
    assert states["Zephyr"]["license"].value == "apache-2.0"


def test_the_announced_spec_of_an_upcoming_model_is_not_moved_by_one_page() -> None:
    # Osprey is announced, not out: two sites give image and text input, then one adds video
    spec = ("image", "text")
    base = [
        said("Osprey", "status", "upcoming", D, PRESS[0]),
        said("Osprey", "modalities", spec, days(2), PRESS[0]),
        said("Osprey", "modalities", spec, days(4), PRESS[1]),
        said("Osprey", "modalities", ("image", "text", "video"), days(40), PRESS[2]),
    ]
    states, events = resolve_history(base, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "modalities"] == [spec]
    inputs = states["Osprey"]["modalities"]
    assert inputs.value == spec
    assert [(d.source, d.value) for d in inputs.dissent] == [(PRESS[2], ("image", "text", "video"))]
    # its plans still follow the newest word: a slip of the expected date is news
    plans = [
        *base,
        said("Osprey", "release_date", "2031-Q2", days(5), PRESS[0]),
        said("Osprey", "release_date", "2031-Q3", days(60), PRESS[1]),
    ]
    states, _ = resolve_history(plans, rules=LAB_RULES)
    assert states["Osprey"]["release_date"].value == "2031-Q3"


def test_a_late_lone_release_year_of_a_released_model_stays_dissent() -> None:
    # one site dated Zephyr's release; long after, another gives the next year: a slip
    base = [
        said("Zephyr", "status", "released", D, PRESS[0]),
        said("Zephyr", "release_date", D.isoformat(), days(250), PRESS[0]),
        said("Zephyr", "release_date", str(D.year + 1), days(420), PRESS[1]),
    ]
    states, events = resolve_history(base, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "release_date"] == [D.isoformat()]
    assert [(d.source, d.value) for d in states["Zephyr"]["release_date"].dissent] == [
        (PRESS[1], str(D.year + 1))
    ]
    # a second site saying so outnumbers the first
    more = [*base, said("Zephyr", "release_date", str(D.year + 1), days(421), PRESS[2])]
    states, _ = resolve_history(more, rules=LAB_RULES)
    assert states["Zephyr"]["release_date"].value == str(D.year + 1)


def test_a_release_date_the_publisher_gave_to_the_day_is_not_moved_by_the_press() -> None:
    released = dt.date(2031, 3, 21)
    facts = [
        said("Zephyr", "status", "released", released, "https://acme.example/blog/zephyr"),
        said("Zephyr", "release_date", "2031-03-21", released, "https://acme.example/blog/zephyr"),
        # one day off (a time zone), then months later two more sites repeat it
        said("Zephyr", "release_date", "2031-03-22", released + dt.timedelta(days=9), PRESS[0]),
        said("Zephyr", "release_date", "2031-03-22", released + dt.timedelta(days=200), PRESS[1]),
        said("Zephyr", "release_date", "2031-03-22", released + dt.timedelta(days=201), PRESS[2]),
    ]
    states, events = resolve_history(facts, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "release_date"] == ["2031-03-21"]
    date = states["Zephyr"]["release_date"]
    assert date.value == "2031-03-21" and len(date.dissent) == 3
    # the publisher itself may still correct it
    corrected = [
        *facts,
        said(
            "Zephyr",
            "release_date",
            "2031-03-20",
            released + dt.timedelta(days=210),
            "https://acme.example/errata",
        ),
    ]
    states, _ = resolve_history(corrected, rules=LAB_RULES)
    assert states["Zephyr"]["release_date"].value == "2031-03-20"


def test_one_source_does_not_move_a_widely_reported_plan() -> None:
    # three sites report Kraken will stay closed; one says it will ship open weights
    plan = [
        said("Kraken", "status", "upcoming", D, PRESS[0]),
        *(said("Kraken", "openness", "closed", D, site, "reported") for site in PRESS),
        said("Kraken", "openness", "open_weights", days(30), "https://gossip.example/k"),
    ]
    states, events = resolve_history(plan, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "openness"] == ["closed"]
    openness = states["Kraken"]["openness"]
    assert openness.value == "closed"
    assert [d.value for d in openness.dissent] == ["open_weights"]
    # a second site, or the publisher alone, moves it
    seconded = [
        *plan,
        said("Kraken", "openness", "open_weights", days(31), "https://other.example/k"),
    ]
    assert (
        resolve_history(seconded, rules=LAB_RULES)[0]["Kraken"]["openness"].value == "open_weights"
    )
    announced = [
        *plan[:-1],
        said("Kraken", "openness", "open_weights", days(30), "https://acme.example/blog/kraken"),
    ]
    assert (
        resolve_history(announced, rules=LAB_RULES)[0]["Kraken"]["openness"].value == "open_weights"
    )
    # with fewer sources behind the plan, the newest word still wins (a slip is news)
    thin = [plan[0], plan[1], plan[-1]]
    assert resolve_history(thin, rules=LAB_RULES)[0]["Kraken"]["openness"].value == "open_weights"


def test_a_few_scattered_pages_do_not_move_a_plan_many_sites_report() -> None:
    # eight sites report Kraken will be closed; over the next two months two pages
    # (each alone on its day) say open weights: outliers, not a change of plan
    sites = [f"https://news{i}.example/kraken" for i in range(8)]
    plan = [
        said("Kraken", "status", "upcoming", D, sites[0]),
        *(
            said("Kraken", "openness", "closed", days(i), site, "reported")
            for i, site in enumerate(sites)
        ),
        said("Kraken", "openness", "open_weights", days(60), "https://gossip.example/k"),
        said("Kraken", "openness", "open_weights", days(90), "https://rumour.example/k"),
    ]
    states, events = resolve_history(plan, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "openness"] == ["closed"]
    assert sorted(d.source for d in states["Kraken"]["openness"].dissent) == [
        "https://gossip.example/k",
        "https://rumour.example/k",
    ]
    # half as many sites as the plan's is no longer an outlier: the plan moves
    more = [
        *plan,
        *(
            said("Kraken", "openness", "open_weights", days(91 + i), f"https://extra{i}.example/k")
            for i in range(2)
        ),
    ]
    assert resolve_history(more, rules=LAB_RULES)[0]["Kraken"]["openness"].value == "open_weights"


def test_a_lone_flat_statement_gives_way_to_several_reports_of_a_plan() -> None:
    # one site states flatly that Kraken will be open; later, three others report it
    # will stay closed: the reports outweigh the lone statement, however sure it sounds
    plan = [
        said("Kraken", "status", "upcoming", D, PRESS[0]),
        said("Kraken", "openness", "open_weights", D, "https://gossip.example/k"),
        *(
            said("Kraken", "openness", "closed", days(20 + i), site, "reported")
            for i, site in enumerate(PRESS)
        ),
    ]
    states, events = resolve_history(plan, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "openness"] == ["open_weights", "closed"]
    assert states["Kraken"]["openness"].value == "closed"
    # one report against it is not enough: the flat statement stands
    one = plan[:3]
    assert resolve_history(one, rules=LAB_RULES)[0]["Kraken"]["openness"].value == "open_weights"
    # and speculation never overturns it, however many sites speculate
    guesses = [
        *plan[:2],
        *(
            said("Kraken", "openness", "closed", days(20 + i), site, "speculative")
            for i, site in enumerate(PRESS)
        ),
    ]
    assert (
        resolve_history(guesses, rules=LAB_RULES)[0]["Kraken"]["openness"].value == "open_weights"
    )


def test_a_bigger_member_reported_months_later_by_two_sites_moves_the_count() -> None:
    # three pages give Osprey's launch sizes up to 30B; five months on, a 90B member
    # ships and two sites report it
    launch = [
        said("Osprey", "status", "released", D, PRESS[0]),
        *(said("Osprey", "params_total", 30_000_000_000, D, site) for site in PRESS),
    ]
    one = [
        *launch,
        said("Osprey", "params_total", 90_000_000_000, days(150), "https://x.example/1"),
    ]
    states, _ = resolve_history(one, rules=LAB_RULES)
    assert states["Osprey"]["params_total"].value == 30_000_000_000  # a lone figure: dissent
    two = [*one, said("Osprey", "params_total", 90_000_000_000, days(160), "https://y.example/2")]
    states, events = resolve_history(two, rules=LAB_RULES)
    assert states["Osprey"]["params_total"].value == 90_000_000_000
    assert [e.date for e in events if e.attribute == "params_total"][-1] == days(160)
    # a smaller figure from two sites is a smaller member, not a correction
    small = [
        *launch,
        *(
            said("Osprey", "params_total", 7_000_000_000, days(150 + i), u)
            for i, u in enumerate(("https://x.example/1", "https://y.example/2"))
        ),
    ]
    states, _ = resolve_history(small, rules=LAB_RULES)
    assert states["Osprey"]["params_total"].value == 30_000_000_000


def test_a_planned_day_one_off_is_not_a_new_plan_unless_the_publisher_says_so() -> None:
    # Heron is coming; the press dates it to the 5th, then a page abroad to the 6th
    facts = [
        said("Heron", "status", "upcoming", D, PRESS[0]),
        said("Heron", "release_date", "2031-04-05", D, PRESS[0]),
        said("Heron", "release_date", "2031-04-06", days(8), PRESS[1]),
        said("Heron", "release_date", "2031-04-05", days(20), PRESS[2]),
    ]
    _, events = resolve_history(facts, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "release_date"] == ["2031-04-05"]
    # two days off is a slip the press may report; the publisher may move it by one
    slipped = [*facts[:2], said("Heron", "release_date", "2031-04-07", days(8), PRESS[1])]
    _, events = resolve_history(slipped, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "release_date"] == ["2031-04-05", "2031-04-07"]
    moved = [
        *facts[:2],
        said("Heron", "release_date", "2031-04-06", days(8), "https://acme.example/b"),
    ]
    _, events = resolve_history(moved, rules=LAB_RULES)
    assert [e.new for e in events if e.attribute == "release_date"] == ["2031-04-05", "2031-04-06"]
