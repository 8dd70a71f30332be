"""The analyst in the loop: decisions, hand facts, reviewed gold, orphans, the review page."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from sqlalchemy import select
from sqlalchemy.engine import Engine

from llamawatch.cli import cli
from llamawatch.config import load_settings
from llamawatch.delivery.outbox import queue_and_deliver_alerts
from llamawatch.evaluation.review import (
    Decision,
    FactFileError,
    apply_decisions,
    fact_key,
    parse_facts_file,
    parse_value,
    score_reviewed,
)
from llamawatch.extractors.models import ModelCatalog
from llamawatch.extractors.pipeline import extract_post
from llamawatch.records import ExtractedPost, Fact, Post
from llamawatch.storage.db import session_scope
from llamawatch.storage.history import load_events, load_state, refresh_history
from llamawatch.storage.posts import save_extracted
from llamawatch.storage.schema import FactRow, OutboxRow

TODAY = dt.date.today()


def fact(model: str, attribute: str, value: Any, source: str = "https://a.example/1") -> Fact:
    return Fact(model, attribute, value, "confirmed", "clause", source, dt.date(2026, 1, 5))


# --- pure functions -------------------------------------------------------------------


def test_apply_decisions_drops_rejected_rewrites_corrected_and_marks_reviewed() -> None:
    scout = fact("Scout", "params_total", 109_000_000_000)
    wrong = fact("Scout", "status", "shelved")
    openness = fact("Max", "openness", "closed")
    untouched = fact("Max", "license", "proprietary")
    decisions = {
        fact_key("h1", scout): Decision("h1", "Scout", "params_total", 109_000_000_000, "accept"),
        fact_key("h1", wrong): Decision("h1", "Scout", "status", "shelved", "reject"),
        fact_key("h2", openness): Decision(
            "h2", "Max", "openness", "closed", "correct", new_value="research_only"
        ),
    }
    result = apply_decisions(
        [("h1", scout), ("h1", wrong), ("h2", openness), ("h2", untouched), ("h3", wrong)],
        decisions,
    )
    # the same fact from another post version (h3) is not rejected
    assert [(f.model, f.attribute, f.value) for f in result] == [
        ("Scout", "params_total", 109_000_000_000),
        ("Max", "openness", "research_only"),
        ("Max", "license", "proprietary"),
        ("Scout", "status", "shelved"),
    ]
    assert [f.reviewed for f in result] == [True, True, False, False]


def test_parse_value_reads_what_people_type() -> None:
    assert parse_value("params_total", "17B") == 17_000_000_000
    assert parse_value("context_window", "128,000") == 128_000
    assert parse_value("modalities", "text; Image") == ("image", "text")
    with pytest.raises(ValueError, match="not a number"):
        parse_value("params_total", "lots")


def test_a_malformed_facts_file_names_the_line() -> None:
    good = (
        '{"model": "Scout", "attribute": "status", "value": "released",'
        ' "source": "https://x.example/a", "published": "2026-01-02"}'
    )
    bad = good.replace('"status"', '"colour"')
    with pytest.raises(FactFileError) as info:
        parse_facts_file(f"[\n  {good},\n\n  {bad}\n]\n", "json")
    assert info.value.line == 4 and "colour" in info.value.reason
    with pytest.raises(FactFileError) as info:
        parse_facts_file(f"[\n  {good}\n  {good}\n]", "json")
    assert info.value.line == 3
    csv_text = (
        "model,attribute,value,certainty,evidence,source,published\n"
        "Scout,params_total,109B,confirmed,,https://x.example/a,2026-01-02\n"
        "Scout,params_total,109B,sure,,https://x.example/a,2026-01-02\n"
    )
    with pytest.raises(FactFileError) as info:
        parse_facts_file(csv_text, "csv")
    assert info.value.line == 3 and "certainty" in info.value.reason
    facts = parse_facts_file(csv_text.rsplit("\n", 2)[0] + "\n", "csv")
    assert [(f.value, f.reviewed) for f in facts] == [(109_000_000_000, True)]


def test_score_reviewed_counts_decisions_as_gold() -> None:
    decisions = [
        Decision("h1", "Scout", "params_total", 109_000_000_000, "accept"),
        Decision("h1", "Scout", "status", "shelved", "reject"),
        Decision("h2", "Max", "openness", "closed", "correct", new_value="research_only"),
        Decision("gone", "Max", "status", "released", "accept"),
    ]
    predicted = {
        "h1": [fact("Scout", "params_total", 110_000_000_000), fact("Scout", "status", "shelved")],
        "h2": [fact("Max", "openness", "closed")],
    }
    score = score_reviewed(decisions, predicted)
    counts = {a: (c.tp, c.fp, c.fn) for a, c in score.by_attribute.items()}
    assert counts == {"status": (0, 1, 0), "params_total": (1, 0, 0), "openness": (0, 1, 1)}
    assert (score.posts, score.orphaned) == (2, 1)


# --- end to end -------------------------------------------------------------------------

POSTS = {
    "p1": (
        12,  # more than a week before p3: a shelving a week later is news, not a conflict
        "Meta announced Llama 4 Scout on Saturday and said the model is still in training. The"
        " model has 109 billion parameters in total and is licensed under the Llama 4 Community"
        " License.",
    ),
    "p2": (
        5,
        "Meta said its new Behemoth model will be a closed model, offered only through its API.",
    ),
    "p3": (4, "A newsletter reported that Meta has shelved Llama 4 Scout."),
    "p4": (2, "Llama 4 Scout supports a context window of 10 million tokens."),
    "p5": (2, "Another outlet confirmed that Llama 4 Behemoth will stay a closed model."),
    "p6": (1, "Llama 4 Maverick is licensed under the Llama 4 Community License."),
}


#: support counts distinct sites: p5 is another outlet
HOSTS = {"p5": "wire.example.net"}


def post(name: str) -> Post:
    days, body = POSTS[name]
    return Post(
        url=f"https://{HOSTS.get(name, 'news.example.org')}/{name}",
        title=f"Fixture {name}",
        body=body,
        content_type="text",
        published=TODAY - dt.timedelta(days=days),
        guid=name,
        source_name="fixture",
    )


def store(
    engine: Engine, names: list[str], mode: str, extract: Callable[[Post], ExtractedPost]
) -> Any:
    """Extract and save posts, then recompute history (what backfill and ingest do)."""
    extracted = [extract(post(name)) for name in names]
    with session_scope(engine) as session:
        saved = save_extracted(session, extracted, source_name="fixture", extractor_version="t-1")
        return refresh_history(session, saved.touched, mode=mode)  # type: ignore[arg-type]


def alert_texts(engine: Engine) -> list[str]:
    with session_scope(engine) as session:
        rows = session.execute(select(OutboxRow).where(OutboxRow.kind == "alert")).scalars()
        return [json.dumps(row.payload) + row.subject for row in rows]


def state_value(engine: Engine, model: str, attribute: str) -> Any:
    with session_scope(engine) as session:
        found = load_state(session).get(model, {}).get(attribute)
    return None if found is None else found.value


def test_review_end_to_end(
    database_url: str,
    tmp_path: Path,
    httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    httpserver.expect_request("/hook").respond_with_data("ok")
    monkeypatch.setenv("LW_REVIEW_HOOK_SECRET", "s3cret")
    site = tmp_path / "site"
    config = tmp_path / "watch.toml"
    config.write_text(
        f'[output]\ndir = "{site}"\n\n[[delivery.webhooks]]\n'
        f'url = "{httpserver.url_for("/hook")}"\nsecret_env = "LW_REVIEW_HOOK_SECRET"\n',
        encoding="utf-8",
    )
    settings = load_settings(str(config))
    catalog = ModelCatalog.from_settings(settings)
    runner = CliRunner()

    def run(*args: str) -> Any:
        result = runner.invoke(cli, ["--config", str(config), "--db", database_url, *args])
        return result

    from llamawatch.storage.db import open_database

    engine = open_database(database_url)
    try:
        # 1. backfill three posts: history, no alerts
        store(engine, ["p1", "p2", "p3"], "baseline", lambda p: extract_post(p, catalog))
        assert state_value(engine, "Llama 4 Scout", "status") == "shelved"
        assert state_value(engine, "Llama 4 Behemoth", "openness") == "closed"
        assert alert_texts(engine) == []

        # 2. the queue shows what moved the state, with its post and the sources against
        listed = run("review", "list", "--format", "json", "--limit", "100")
        assert listed.exit_code == 0, listed.output
        queue = json.loads(listed.output)
        by_what = {
            (i["fact"]["model"], i["fact"]["attribute"], str(i["fact"]["value"])): i for i in queue
        }
        shelved = by_what[("Llama 4 Scout", "status", "shelved")]
        assert shelved["post"]["url"] == "https://news.example.org/p3"
        assert shelved["severity"] == "alert" and shelved["old"] == "upcoming"
        assert {"source": "https://news.example.org/p1", "value": "upcoming"} in shelved["dissent"]
        dates = [i["fact"]["published"] for i in queue]
        assert dates == sorted(dates, reverse=True)
        closed = by_what[("Llama 4 Behemoth", "openness", "closed")]
        params = by_what[("Llama 4 Scout", "params_total", "109000000000")]
        # a command copied before a reprocess names the fact by its stable reference
        decided = {shelved["id"], closed["id"], params["id"]}
        spare = next(i for i in queue if i["id"] not in decided and i["ref"])
        assert spare["accept"] == f"llamawatch review accept {spare['ref']}"

        # 3. reject the wrong fact, correct another, accept a third, add one by hand
        result = run("review", "reject", str(shelved["id"]), "--reason", "misread newsletter")
        assert result.exit_code == 0, result.output
        assert "- " in result.output and "shelved" in result.output
        assert run("review", "reject", str(shelved["id"])).exit_code == 2  # --reason is required
        result = run("review", "correct", str(closed["id"]), "--value", "research_only")
        assert result.exit_code == 0, result.output
        assert run("review", "accept", str(params["id"]), "--by", "ana").exit_code == 0
        result = run(
            "facts", "add", "--model", "Llama 4 Behemoth", "--attribute", "status",
            "--value", "released", "--source", "https://calls.example.org/briefing",
            "--date", (TODAY - dt.timedelta(days=1)).isoformat(), "--evidence", "said on a call",
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        assert run("review", "accept", "999999").exit_code == 1

        def check_state() -> None:
            assert state_value(engine, "Llama 4 Scout", "status") == "upcoming"
            assert state_value(engine, "Llama 4 Behemoth", "openness") == "research_only"
            assert state_value(engine, "Llama 4 Behemoth", "status") == "released"
            with session_scope(engine) as session:
                events = load_events(session)
            news = {(e.model, e.attribute, e.new) for e in events}
            assert ("Llama 4 Scout", "status", "shelved") not in news
            assert ("Llama 4 Behemoth", "openness", "closed") not in news
            assert ("Llama 4 Behemoth", "openness", "research_only") in news
            assert ("Llama 4 Behemoth", "status", "released") in news

        check_state()
        alerts = alert_texts(engine)
        assert any("research_only" in text for text in alerts)
        assert any("calls.example.org" in text for text in alerts)
        assert not any("shelved" in text for text in alerts)

        # 4. reprocess with a new extractor version that no longer reads the size
        def next_extractor(p: Post, catalog_: Any = None) -> ExtractedPost:
            item = extract_post(p, catalog)
            kept = tuple(f for f in item.facts if f.attribute != "params_total")
            return ExtractedPost(item.post, item.article, kept, item.error)

        monkeypatch.setattr("llamawatch.extractors.facts.EXTRACTOR_VERSION", "t-2")
        monkeypatch.setattr("llamawatch.extractors.pipeline.extract_post", next_extractor)
        result = run("reprocess")
        assert result.exit_code == 0, result.output
        monkeypatch.undo()
        monkeypatch.setenv("LW_REVIEW_HOOK_SECRET", "s3cret")
        with session_scope(engine) as session:
            versions = set(session.scalars(select(FactRow.extractor_version)))
        assert versions == {"t-2", "hand"}
        check_state()

        # 5. the accepted size is gone from the post: its decision is kept, as an orphan
        result = run("review", "orphans", "--format", "json")
        orphans = json.loads(result.output)
        assert [(o["attribute"], o["decision"], o["decided_by"]) for o in orphans] == [
            ("params_total", "accept", "ana")
        ]
        assert "misread newsletter" not in result.output

        # 6. live news about the same model still never brings the rejected fact back
        diff = store(engine, ["p4"], "live", lambda p: extract_post(p, catalog))
        queue_and_deliver_alerts(engine, settings, list(diff.added), mode="live")
        check_state()
        assert not any("shelved" in text for text in alert_texts(engine))

        # 7. your own gold: the current extractor scored against the decisions
        result = run("eval", "--reviewed", "--format", "json")
        assert result.exit_code == 0, result.output
        scored = json.loads(result.output)
        assert scored["attributes"]["status"] == {
            "precision": 0.0, "recall": None, "tp": 0, "fp": 1, "fn": 0
        }  # fmt: skip
        assert scored["attributes"]["params_total"]["precision"] == 1.0
        assert scored["attributes"]["openness"]["precision"] == 0.0
        assert scored["overall"]["precision"] == pytest.approx(1 / 3, abs=1e-3)
        text = run("eval", "--reviewed").output
        assert "precision" in text and "0.333" in text

        # 8. the pages: review page with commands, decisions and the hand fact
        assert run("site").exit_code == 0
        page = (site / "review.html").read_text(encoding="utf-8")
        assert f"review reject {shelved['id']}" not in page
        assert "misread newsletter" in page and "orphaned" in page
        assert "calls.example.org/briefing" in page
        waiting = json.loads(run("review", "list", "--format", "json").output)
        assert waiting and all(f"llamawatch review accept {i['ref']}" in page for i in waiting)
        behemoth = next(site.glob("models/*behemoth*.html")).read_text(encoding="utf-8")
        assert "calls.example.org/briefing" in behemoth and "research only" in behemoth
        assert "entered by hand" in behemoth
        scout = next(site.glob("models/*scout*.html")).read_text(encoding="utf-8")
        # what a reader sees: the text, not the stylesheet's class names
        scout_text = re.sub(r"<style.*?</style>|<[^>]+>", " ", scout, flags=re.S)
        assert "shelved" not in scout_text.lower() and "news.example.org/p3" not in scout
        # values a person checked are marked on the model page, the index card and the digest
        behemoth_text = re.sub(r"<style.*?</style>|<[^>]+>", " ", behemoth, flags=re.S)
        assert re.search(r"research only\s+reviewed", behemoth_text, re.I)
        assert re.search(r"released\s+reviewed", behemoth_text, re.I)
        index_text = re.sub(
            r"<style.*?</style>|<[^>]+>", " ", (site / "index.html").read_text("utf-8"), flags=re.S
        )
        card = index_text[index_text.index("Llama 4 Behemoth") :]
        assert re.search(r"research only\s+(\w+\s+)?reviewed", card[:400], re.I)
        assert not re.search(r"upcoming\s+reviewed", scout_text, re.I)
        digests = "".join(p.read_text("utf-8") for p in site.glob("digests/*.txt"))
        assert re.search(r"Llama 4 Behemoth: status .*released .*, reviewed\]", digests)

        # 9. bad input: a malformed import names its line and imports nothing
        with session_scope(engine) as session:
            before = len(session.scalars(select(FactRow.id)).all())
        bad = tmp_path / "facts.json"
        bad.write_text(
            '[\n {"model": "Llama 4 Scout", "attribute": "status", "value": "released",'
            ' "source": "https://x.example/a", "published": "2026-01-02"},\n'
            ' {"model": "Llama 4 Scout", "attribute": "status", "value": "gone",'
            ' "source": "https://x.example/a", "published": "2026-01-02"}\n]\n',
            encoding="utf-8",
        )
        result = run("facts", "import", str(bad))
        assert result.exit_code == 1
        assert f"{bad}:3:" in result.output and "nothing imported" in result.output
        assert "Traceback" not in result.output
        with session_scope(engine) as session:
            assert len(session.scalars(select(FactRow.id)).all()) == before

        # 10. export and import round-trip: the hand fact is not entered twice
        exported = run("facts", "export", "--hand-only")
        assert [f["source"] for f in json.loads(exported.output)] == [
            "https://calls.example.org/briefing"
        ]
        again = tmp_path / "again.json"
        again.write_text(exported.output, encoding="utf-8")
        result = run("facts", "import", str(again))
        assert result.exit_code == 0 and "added 0 facts" in result.output

        # 11. the reference copied before the reprocess still works; the old row id does not
        now = {
            i["ref"]: i["id"] for i in json.loads(run("review", "list", "--format", "json").output)
        }
        assert now[spare["ref"]] != spare["id"]
        result = run("review", "accept", spare["ref"], "--by", "ana")
        assert result.exit_code == 0, result.output
        assert spare["fact"]["model"] in result.output
        assert spare["ref"] not in run("review", "list", "--format", "json").output
        bad_ref = run("review", "accept", "rffffffffff")
        assert bad_ref.exit_code == 1 and "no current fact with reference" in bad_ref.output
        assert run("review", "accept", "nonsense").exit_code == 1
    finally:
        engine.dispose()


def alert_payloads(engine: Engine) -> list[dict[str, Any]]:
    with session_scope(engine) as session:
        rows = session.execute(select(OutboxRow).where(OutboxRow.kind == "alert")).scalars()
        return [row.payload for row in rows]


def test_alert_policy_holds_changes_until_corroborated_or_reviewed(
    sqlite_url: str, tmp_path: Path, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpserver.expect_request("/hook").respond_with_data("ok")
    monkeypatch.setenv("LW_REVIEW_HOOK_SECRET", "s3cret")
    config = tmp_path / "watch.toml"
    config.write_text(
        f'[output]\ndir = "{tmp_path / "site"}"\n\n'
        '[review.alert_policy]\nstatus = "reviewed"\nopenness = "corroborated"\n\n'
        f'[[delivery.webhooks]]\nurl = "{httpserver.url_for("/hook")}"\n'
        'secret_env = "LW_REVIEW_HOOK_SECRET"\n',
        encoding="utf-8",
    )
    settings = load_settings(str(config))
    catalog = ModelCatalog.from_settings(settings)
    from llamawatch.storage.db import open_database

    engine = open_database(sqlite_url)

    def live(*names: str) -> None:
        diff = store(engine, list(names), "live", lambda p: extract_post(p, catalog))
        queue_and_deliver_alerts(engine, settings, list(diff.added), mode="live")

    def alerted() -> dict[tuple[str, str, Any], str]:
        return {
            (p["event"]["model"], p["event"]["attribute"], p["event"]["new"]): p.get("review", "")
            for p in alert_payloads(engine)
        }

    try:
        store(engine, ["p1"], "baseline", lambda p: extract_post(p, catalog))
        live("p3", "p2", "p6")
        # held: status waits for a person, openness for a second source; licence goes at once
        assert alerted() == {
            ("Llama 4 Maverick", "license", "llama-4-community"): "unreviewed, 1 source"
        }
        live("p5")  # a second source says Behemoth is closed: corroborated
        assert alerted()[("Llama 4 Behemoth", "openness", "closed")] == "unreviewed, 2 sources"
        assert ("Llama 4 Scout", "status", "shelved") not in alerted()

        runner = CliRunner()
        queue = json.loads(
            runner.invoke(
                cli,
                ["--config", str(config), "--db", sqlite_url, "review", "list", "--format", "json"],
            ).output
        )
        shelved = next(i for i in queue if i["fact"]["value"] == "shelved")
        result = runner.invoke(
            cli,
            ["--config", str(config), "--db", sqlite_url, "review", "accept", str(shelved["id"])],
        )
        assert result.exit_code == 0, result.output
        assert alerted()[("Llama 4 Scout", "status", "shelved")] == "reviewed"
        # the note is in what the receiver got, not only in the outbox's bookkeeping
        sent = [json.loads(req.get_data()) for req, _ in httpserver.log]
        notes = {e["new"]: e.get("review") for body in sent for e in body["events"]}
        assert notes["shelved"] == "reviewed" and notes["closed"] == "unreviewed, 2 sources"
        assert any("; reviewed]" in body["text"] for body in sent)
        count = len(alert_payloads(engine))
        live("p4")  # another live run sends nothing twice
        assert len(alert_payloads(engine)) == count
    finally:
        engine.dispose()


def test_a_correction_can_move_a_fact_to_another_model(engine: Engine) -> None:
    from llamawatch.storage.review import current_fact, orphaned_decisions, record_decision

    catalog = ModelCatalog.from_settings(load_settings(environ={}))
    store(engine, ["p1", "p4"], "baseline", lambda p: extract_post(p, catalog))
    with session_scope(engine) as session:
        fact_id = session.scalar(select(FactRow.id).where(FactRow.attribute == "params_total"))
        assert fact_id is not None and current_fact(session, fact_id) is not None
        decision, touched = record_decision(
            session, fact_id, "correct", new_model="Llama 4 Maverick", reason="other model"
        )
        assert touched == {("Llama 4 Scout", "params_total"), ("Llama 4 Maverick", "params_total")}
        refresh_history(session, touched, mode="live")
    with session_scope(engine) as session:
        state = load_state(session)
        # as of a past date the state is read from the facts: the move applies there too
        past = load_state(session, as_of=TODAY)
        assert orphaned_decisions(session) == []
    assert "params_total" not in state["Llama 4 Scout"]
    assert state["Llama 4 Maverick"]["params_total"].value == 109_000_000_000
    assert past["Llama 4 Maverick"]["params_total"].value == 109_000_000_000
    assert "context_window" in past["Llama 4 Scout"]
    assert decision.target == ("Llama 4 Maverick", "params_total")
