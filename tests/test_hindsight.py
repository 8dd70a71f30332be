"""A past state read with hindsight: later posts fill what was fixed when a model shipped."""

from __future__ import annotations

import datetime as dt
import json

from click.testing import CliRunner
from helpers_history import GoldPost
from sqlalchemy import Engine

from llamawatch.changes import resolve_history, state_to_json, with_hindsight
from llamawatch.cli import cli
from llamawatch.records import Fact, FactValue
from llamawatch.storage.db import session_scope
from llamawatch.storage.history import load_state, refresh_history
from llamawatch.storage.posts import save_extracted


def said(model: str, attribute: str, value: FactValue, day: int, site: str = "a") -> Fact:
    """A confirmed fact from ``site``'s post of day ``day`` of March 2031."""
    return Fact(
        model=model,
        attribute=attribute,
        value=value,
        certainty="confirmed",
        evidence=f"{site} says {model} {attribute} {value}",
        source=f"https://{site}.example/{model.lower()}-{day}",
        published=dt.date(2031, 3, day),
    )


#: Kestrel ships on the 5th; its context window and openness are first stated on the 20th.
#: Plover is only ever upcoming; Wren's release date is a whole month.
FACTS = [
    said("Kestrel", "status", "released", 5),
    said("Kestrel", "release_date", "2031-03-05", 5),
    said("Kestrel", "params_total", 7_000_000_000, 5),
    said("Kestrel", "context_window", 32_000, 20, "b"),
    said("Kestrel", "openness", "open_weights", 20, "b"),
    said("Kestrel", "params_total", 7_000_000_000, 20, "b"),
    said("Plover", "status", "upcoming", 2),
    said("Plover", "params_total", 30_000_000_000, 20, "b"),
    said("Wren", "status", "released", 25, "c"),
    said("Wren", "release_date", "2031-03", 25, "c"),
    said("Wren", "architecture", "dense", 25, "c"),
    said("Finch", "status", "released", 22, "d"),
    said("Finch", "release_date", "2031-03-01", 22, "d"),
    said("Finch", "license", "apache-2.0", 22, "d"),
]
AS_OF = dt.date(2031, 3, 10)


def past_and_present() -> tuple[dict, dict]:
    now, _ = resolve_history(FACTS)
    then, _ = resolve_history(FACTS, as_of=AS_OF)
    return then, now


def test_a_fixed_attribute_first_stated_later_fills_the_past_state() -> None:
    then, now = past_and_present()
    assert "context_window" not in then["Kestrel"]
    filled = with_hindsight(then, now, AS_OF)
    window = filled["Kestrel"]["context_window"]
    assert window.value == 32_000 and window.known_later
    assert window.since == dt.date(2031, 3, 20)
    assert state_to_json(filled)["Kestrel"]["context_window"]["known_later"] is True


def test_what_was_said_at_the_time_is_kept_and_not_marked() -> None:
    then, now = past_and_present()
    filled = with_hindsight(then, now, AS_OF)
    assert filled["Kestrel"]["params_total"] == then["Kestrel"]["params_total"]
    assert not filled["Kestrel"]["status"].known_later
    assert "known_later" not in state_to_json(filled)["Kestrel"]["status"]


def test_openness_and_the_plans_of_an_unreleased_model_are_never_read_backwards() -> None:
    then, now = past_and_present()
    filled = with_hindsight(then, now, AS_OF)
    # openness may change after a release; Plover had not shipped
    assert "openness" not in filled["Kestrel"]
    assert "params_total" not in filled["Plover"]


def test_a_release_date_that_may_end_after_the_day_fills_nothing() -> None:
    then, now = past_and_present()
    # Wren came out "in March 2031": perhaps after the 10th
    assert "Wren" not in with_hindsight(then, now, AS_OF)
    assert with_hindsight(then, now, dt.date(2031, 3, 31))["Wren"]["architecture"].known_later


def test_a_model_out_before_any_post_named_it_is_released_in_hindsight() -> None:
    then, now = past_and_present()
    assert "Finch" not in then
    finch = with_hindsight(then, now, AS_OF)["Finch"]
    assert {a: s.value for a, s in finch.items()} == {
        "status": "released",
        "release_date": "2031-03-01",
        "license": "apache-2.0",
    }
    assert all(s.known_later for s in finch.values())


def test_export_state_fills_gaps_unless_asked_for_what_was_known_then(
    database_url: str, engine: Engine
) -> None:
    by_post: dict[tuple[str, dt.date], list[Fact]] = {}
    for fact in FACTS:
        assert fact.published is not None
        by_post.setdefault((fact.source, fact.published), []).append(fact)
    posts = [
        GoldPost(url, url, day, tuple(facts)).extracted() for (url, day), facts in by_post.items()
    ]
    with session_scope(engine) as session:
        saved = save_extracted(session, posts, source_name="test", extractor_version="v1")
        refresh_history(session, saved.touched)

    def export(*args: str) -> dict:
        result = CliRunner().invoke(
            cli, ["--db", database_url, "export", "state", "--as-of", "2031-03-10", *args]
        )
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    hindsight, known_then = export(), export("--known-then")
    assert hindsight["Kestrel"]["context_window"]["value"] == 32_000
    assert hindsight["Kestrel"]["context_window"]["known_later"] is True
    assert hindsight["Finch"]["status"]["value"] == "released"
    assert "context_window" not in known_then["Kestrel"] and "Finch" not in known_then
    with session_scope(engine) as session:
        assert known_then == state_to_json(load_state(session, AS_OF))
        assert hindsight == state_to_json(load_state(session, AS_OF, hindsight=True))
    text = CliRunner().invoke(
        cli, ["--db", database_url, "export", "state", "--as-of", "2031-03-10", "--format", "text"]
    )
    assert "context_window: 32000 (confirmed, since 2031-03-20, known later)" in text.output
