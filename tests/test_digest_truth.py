"""Digests true as of their week: state, rumours and story from the facts known by its end."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from llamawatch.changes import resolve_history
from llamawatch.publishing.render import (
    RELEASE_LABELS,
    build_digest_context,
    model_rows,
    model_slugs,
    open_rumours,
    slugify,
    states_as_of,
    with_shown_evidence,
)
from llamawatch.publishing.site import write_site
from llamawatch.records import Fact

D = dt.date
NEWS = "https://news.example/"
LAB = "https://lab.example/"


def fact(
    day: dt.date, model: str, attribute: str, value: object, certainty: str, source: str
) -> Fact:
    """A fact with an evidence sentence of our own that names its day and source."""
    return Fact(
        model=model,
        attribute=attribute,
        value=value,  # type: ignore[arg-type]
        certainty=certainty,  # type: ignore[arg-type]
        evidence=f"{source} on {day}: {model} {attribute} is {value}.",
        source=source,
        published=day,
    )


FACTS = [
    fact(D(2025, 4, 5), "Llama 4 Behemoth", "status", "upcoming", "confirmed", LAB + "herd"),
    fact(D(2025, 5, 16), "Llama 4 Behemoth", "release_date", "2025", "reported", NEWS + "delay"),
    fact(D(2025, 8, 1), "Llama 4 Behemoth", "status", "shelved", "reported", NEWS + "shelved"),
    fact(D(2025, 4, 5), "Llama 4 Scout", "status", "released", "confirmed", LAB + "herd"),
    fact(D(2025, 4, 5), "Llama 4 Scout", "release_date", "2025-04-05", "confirmed", LAB + "herd"),
    fact(D(2025, 4, 1), "Llama 4 Scout", "openness", "open_weights", "reported", NEWS + "leak"),
    fact(D(2025, 4, 5), "Llama 4 Scout", "openness", "open_weights", "confirmed", LAB + "herd"),
    fact(D(2025, 4, 5), "Llama 4 Scout", "license", "llama-4", "confirmed", LAB + "herd"),
    fact(D(2025, 6, 2), "Llama 4 Scout", "license", "apache-2.0", "speculative", NEWS + "guess"),
    fact(D(2025, 12, 10), "Avocado", "status", "upcoming", "reported", NEWS + "avocado"),
    fact(D(2025, 12, 10), "Avocado", "openness", "closed", "reported", NEWS + "avocado"),
    fact(D(2025, 12, 10), "Avocado", "release_date", "2026-Q1", "reported", NEWS + "avocado"),
    fact(D(2026, 3, 9), "Avocado", "release_date", "2026-Q2", "reported", NEWS + "slips"),
]


def test_state_as_of_a_date_ignores_later_posts() -> None:
    before = states_as_of(FACTS, D(2025, 12, 14))
    assert before["Avocado"]["release_date"].value == "2026-Q1"
    assert states_as_of(FACTS, D(2026, 3, 15))["Avocado"]["release_date"].value == "2026-Q2"
    assert "Avocado" not in states_as_of(FACTS, D(2025, 12, 9))


def test_the_quote_is_as_sure_as_its_badge() -> None:
    states = states_as_of(FACTS, D(2025, 4, 30))
    openness = states["Llama 4 Scout"]["openness"]
    # the report set the value; the lab's post confirmed it: the badge says confirmed
    assert openness.certainty == "confirmed" and openness.source == NEWS + "leak"
    shown = with_shown_evidence(states, FACTS)["Llama 4 Scout"]["openness"]
    assert shown.certainty == "confirmed" and shown.source == LAB + "herd"
    assert shown.evidence.startswith(LAB + "herd")
    assert shown.since == openness.since  # the value's date does not move


def test_rumours_resolve_and_expire() -> None:
    summer = states_as_of(FACTS, D(2025, 6, 30))
    open_in_june = {
        (f.model, f.attribute, f.value) for f in open_rumours(summer, FACTS, D(2025, 6, 30))
    }
    assert ("Llama 4 Behemoth", "release_date", "2025") in open_in_june
    assert ("Llama 4 Scout", "license", "apache-2.0") in open_in_june  # blocked speculation
    assert not any(model == "Avocado" for model, _, _ in open_in_june)  # not said yet
    # confirmed values are never rumours
    assert ("Llama 4 Scout", "openness", "open_weights") not in open_in_june

    autumn = states_as_of(FACTS, D(2025, 9, 30))
    open_in_autumn = {(f.model, f.attribute) for f in open_rumours(autumn, FACTS, D(2025, 9, 30))}
    # the shelving overtook the release plan; the shelving itself is the open report
    assert ("Llama 4 Behemoth", "release_date") not in open_in_autumn
    assert ("Llama 4 Behemoth", "status") in open_in_autumn

    late = D(2026, 11, 1)
    later = states_as_of(FACTS, late)
    aged = {(f.model, f.attribute) for f in open_rumours(later, FACTS, late, max_age_days=180)}
    kept = {(f.model, f.attribute) for f in open_rumours(later, FACTS, late)}
    assert ("Llama 4 Scout", "license") in kept and ("Llama 4 Scout", "license") not in aged
    assert ("Avocado", "release_date") in kept and ("Avocado", "release_date") not in aged


def _digest(week: str, end: dt.date):  # type: ignore[no-untyped-def]
    _, events = resolve_history(FACTS)
    states = with_shown_evidence(states_as_of(FACTS, end), FACTS)
    return build_digest_context(
        week,
        events,
        states,
        open_rumours(states, FACTS, end),
        generated_at=dt.datetime(2026, 11, 29, tzinfo=dt.UTC),
    )


def test_the_story_opens_the_digest_in_plain_sentences() -> None:
    w50 = _digest("2025-W50", D(2025, 12, 14))
    assert w50.story == (
        "Avocado, a new model, was reported to be in development and to be closed; "
        "its release is expected in 2026-Q1 (1 source).",
    )
    # each value once: the new model's facts are not repeated as rumours
    assert "Avocado" not in {r.model for r in w50.rumours}
    assert {r.model for r in w50.rumours} == {"Llama 4 Behemoth", "Llama 4 Scout"}
    assert w50.counts["alerts"] == 3 and w50.counts["changes"] == 3

    w31 = _digest("2025-W31", D(2025, 8, 3))
    assert w31.story == ("Llama 4 Behemoth was reported to be shelved (was upcoming; 1 source).",)
    w11 = _digest("2026-W11", D(2026, 3, 15))
    assert w11.story == (
        "Avocado's release is now expected in 2026-Q2 (was 2026-Q1; reported, 1 source).",
    )


def test_story_is_capped_with_a_pointer_to_the_rest() -> None:
    _, events = resolve_history(FACTS)
    states = states_as_of(FACTS, D(2025, 4, 6))
    ctx = build_digest_context("2025-W14", events, states, story_sentences=1)
    assert len(ctx.story) == 2 and ctx.story[1].startswith("And ") and "more change" in ctx.story[1]


def test_a_release_date_is_labelled_by_status() -> None:
    states = states_as_of(FACTS, D(2026, 3, 15))
    slugs = model_slugs(states)
    labels = {row.name: row.release_label for row in model_rows(states, slugs)}
    assert labels == {
        "Avocado": RELEASE_LABELS["upcoming"],
        "Llama 4 Behemoth": RELEASE_LABELS["shelved"],
        "Llama 4 Scout": RELEASE_LABELS["released"],
    }
    assert labels["Llama 4 Scout"] == "Released" and labels["Avocado"] == "Expected"


@pytest.mark.parametrize(
    "name",
    ["x" * 300, "Llama/../../etc", "Llama 4.5: ‘Über’ edition", "Лама 5", "...", "a" * 61],
)
def test_model_names_become_safe_bounded_file_names(name: str, tmp_path: Path) -> None:
    slug = slugify(name)
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug) and len(slug) <= 60
    (tmp_path / f"{slug}.html").write_text("ok", encoding="utf-8")  # the file system takes it


def test_names_that_slug_alike_get_distinct_pages() -> None:
    names = ["Llama 3.1", "Llama 3-1", "llama/3/1", "Llama ３.1", "y" * 300, "y" * 301]
    slugs = model_slugs(names)
    assert len(set(slugs.values())) == len(names)
    # plain names keep a readable slug; the later one of a clash gets a number
    assert (slugs["Llama 3-1"], slugs["Llama 3.1"]) == ("llama-3-1", "llama-3-1-2")
    assert model_slugs(names) == slugs  # the same every time


def _site(out: Path, now: dt.datetime) -> None:
    _, events = resolve_history(FACTS)
    states = with_shown_evidence(states_as_of(FACTS, now.date()), FACTS)

    def snapshot(end: dt.date):  # type: ignore[no-untyped-def]
        week_states = with_shown_evidence(states_as_of(FACTS, end), FACTS)
        return week_states, open_rumours(week_states, FACTS, end, 180)

    write_site(
        out,
        states,
        events,
        rumours=open_rumours(states, FACTS, now.date(), 180),
        snapshot=snapshot,
        rumour_max_age_days=180,
        generated_at=now,
    )


def test_a_past_week_is_the_same_page_whenever_it_is_built(tmp_path: Path) -> None:
    _site(tmp_path / "a", dt.datetime(2026, 4, 1, tzinfo=dt.UTC))
    _site(tmp_path / "b", dt.datetime(2026, 11, 29, 8, tzinfo=dt.UTC))
    for week in ("2025-W14", "2025-W31", "2025-W50", "2026-W11"):
        a = (tmp_path / "a" / "digests" / f"{week}.html").read_bytes()
        assert a == (tmp_path / "b" / "digests" / f"{week}.html").read_bytes(), week
    w31 = (tmp_path / "b" / "digests" / "2025-W31.html").read_text(encoding="utf-8")
    dates = [D.fromisoformat(d) for d in re.findall(r"\b\d{4}-\d\d-\d\d\b", w31)]
    assert dates and max(dates) <= D(2025, 8, 3)  # nothing published after the week
    assert "2025-05-16" not in w31  # the release plan the shelving overtook


def test_index_counts_match_the_digest_pages(tmp_path: Path) -> None:
    _site(tmp_path, dt.datetime(2026, 11, 29, 8, tzinfo=dt.UTC))
    archive = (tmp_path / "digests.html").read_text(encoding="utf-8")
    listed = re.findall(
        r"Week (\d{4}-W\d\d)</a> <span class=\"note\">[^:]*: (\d+) alerts?, (\d+) changes?", archive
    )
    assert listed
    for week, alerts, changes in listed:
        page = (tmp_path / "digests" / f"{week}.html").read_text(encoding="utf-8")
        summary = re.search(r"(\d+) changes?: (\d+) alerts?", page)
        assert summary and summary.groups() == (changes, alerts), week
    assert ("2025-W50", "3", "3") in listed
    feed = (tmp_path / "feed.atom").read_text(encoding="utf-8")
    # the feed calls "Alert" what the digests count as alerts
    assert feed.count("<title>Alert: ") == sum(int(a) for _, a, _ in listed)


def test_feed_is_capped_and_older_changes_are_archived(tmp_path: Path) -> None:
    import feedparser

    _, events = resolve_history(FACTS)
    states = states_as_of(FACTS, D(2026, 3, 15))
    write_site(tmp_path, states, events, feed_entries=4, base_url="https://w.example/")
    current = feedparser.parse((tmp_path / "feed.atom").read_bytes())
    archives = sorted((tmp_path / "feeds").glob("archive-*.atom"))
    assert 1 <= len(current.entries) <= 4 and archives
    seen = [len(current.entries)]
    for path in archives:
        doc = feedparser.parse(path.read_bytes())
        assert len(doc.entries) == 4  # a full archive never changes
        rels = {link.rel: link.href for link in doc.feed.links}
        assert rels["current"] == "https://w.example/feed.atom"
        seen.append(len(doc.entries))
    # every change is in exactly one document, and the chain links back to the oldest
    assert sum(seen) == len(events)
    rels = {link.rel: link.href for link in current.feed.links}
    assert rels["prev-archive"] == f"https://w.example/feeds/{archives[-1].name}"
    # one feed per model, holding that model's changes only
    avocado = feedparser.parse((tmp_path / "feeds" / "models" / "avocado.atom").read_bytes())
    assert avocado.entries and all("Avocado" in e.title for e in avocado.entries)
    page = (tmp_path / "models" / "avocado.html").read_text(encoding="utf-8")
    assert 'href="../feeds/models/avocado.atom"' in page


def test_history_strips_and_sizes_chart_are_inline_svg(tmp_path: Path) -> None:
    from llamawatch.publishing.render import build_sizes, build_strips

    _, events = resolve_history(FACTS)
    strips = build_strips("Llama 4 Behemoth", events, D(2026, 1, 1))
    assert [row.slug for row in strips.rows] == ["status"]
    assert [s.label for s in strips.rows[0].segments] == ["upcoming", "shelved"]
    first, second = strips.rows[0].segments
    assert first.x < second.x and abs(first.x + first.width - second.x) < 1
    assert build_strips("Nobody", events, D(2026, 1, 1)).empty

    facts = [
        *FACTS,
        fact(D(2025, 4, 5), "Llama 4 Scout", "params_total", 109 * 10**9, "confirmed", LAB),
        fact(D(2025, 4, 5), "Llama 4 Scout", "params_active", 17 * 10**9, "confirmed", LAB),
        fact(D(2024, 7, 23), "Llama 3.1", "params_total", 405 * 10**9, "confirmed", LAB),
        fact(D(2024, 7, 23), "Llama 3.1", "release_date", "2024-07-23", "confirmed", LAB),
    ]
    states = states_as_of(facts, D(2026, 1, 1))
    sizes = build_sizes(states, model_slugs(states))
    by = {(p.model, p.kind): p for p in sizes.points}
    assert set(by) == {
        ("Llama 3.1", "total"),
        ("Llama 4 Scout", "total"),
        ("Llama 4 Scout", "active"),
    }
    # a log scale: bigger is higher (smaller y); later is further right
    assert by[("Llama 3.1", "total")].y < by[("Llama 4 Scout", "total")].y
    assert by[("Llama 4 Scout", "active")].y > by[("Llama 4 Scout", "total")].y
    assert by[("Llama 3.1", "total")].x < by[("Llama 4 Scout", "total")].x

    write_site(tmp_path, states, events)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    page = (tmp_path / "models" / "llama-4-behemoth.html").read_text(encoding="utf-8")
    assert 'class="timeline sizes"' in index and "<script" not in index
    assert 'class="timeline strips"' in page and 'href="#status"' in page


def test_model_page_shows_support_and_dissent_when_states_carry_them(tmp_path: Path) -> None:
    import dataclasses

    from llamawatch.publishing.render import attribute_histories
    from llamawatch.records import Dissent

    states = states_as_of(FACTS, D(2025, 4, 30))
    scout = states["Llama 4 Scout"]
    plain = {h.attribute: h for h in attribute_histories("Llama 4 Scout", scout, [], {})}
    assert plain["openness"].support == scout["openness"].support
    assert plain["openness"].dissent == len(scout["openness"].dissent)

    against = Dissent("https://other.example/x", "closed", "reported", D(2025, 4, 20))
    believed = dataclasses.replace(scout["openness"], support=3, dissent=(against,))
    write_site(tmp_path, {"Llama 4 Scout": {"openness": believed}}, [])
    page = (tmp_path / "models" / "llama-4-scout.html").read_text(encoding="utf-8")
    assert "3 sources, 1 against" in page


def test_state_timeline_matches_a_full_resolution_in_any_order() -> None:
    from llamawatch.publishing.render import StateTimeline

    timeline = StateTimeline(FACTS)
    days = [D(2026, 3, 15), D(2025, 4, 1), D(2025, 12, 14), D(2025, 5, 20), D(2024, 1, 1)]
    days += [D(2025, 8, 3), D(2026, 3, 9), D(2025, 4, 5), D(2025, 4, 4)]
    for day in days:
        assert timeline.states(day) == states_as_of(FACTS, day), day


def test_a_confirmed_badge_stands_above_the_confirming_quote(tmp_path: Path) -> None:
    _, events = resolve_history(FACTS)
    states = with_shown_evidence(states_as_of(FACTS, D(2025, 4, 30)), FACTS)
    write_site(tmp_path, states, [e for e in events if e.date <= D(2025, 4, 30)])
    page = (tmp_path / "models" / "llama-4-scout.html").read_text(encoding="utf-8")
    section = page[page.index('id="openness"') :]
    now = section[section.index('class="current"') :]
    # the value's badge is "confirmed", and the first quote after it is the lab's
    assert "certainty-confirmed" in now[: now.index("</p>")]
    first_quote = re.search(r'<blockquote class="evidence">([^<]*)', now)
    assert first_quote and first_quote[1].startswith(LAB + "herd")


def test_a_site_with_hostile_model_names_builds_and_links_to_its_pages(tmp_path: Path) -> None:
    from llamawatch.publishing.render import render_alert

    long_name, slashed = "Codename " + "x" * 300, "Llama/../4"
    facts = [
        fact(D(2026, 1, 5), long_name, "status", "upcoming", "reported", NEWS + "long"),
        fact(D(2026, 1, 5), slashed, "openness", "closed", "reported", NEWS + "slash"),
    ]
    states, events = resolve_history(facts)
    write_site(tmp_path, states, events)
    slugs = model_slugs(states)
    for name in (long_name, slashed):
        assert (tmp_path / "models" / f"{slugs[name]}.html").is_file()
        assert (tmp_path / "feeds" / "models" / f"{slugs[name]}.atom").is_file()
    assert {p.parent for p in tmp_path.rglob("*.html")} <= {
        tmp_path,
        tmp_path / "models",
        tmp_path / "digests",
    }
    # an alert links to the same page the site wrote
    _, _, html = render_alert(events, root="https://w.example/")
    assert f"https://w.example/models/{slugs[long_name]}.html" in html


def test_size_labels_of_neighbouring_models_do_not_overlap() -> None:
    from llamawatch.publishing.svg import LABEL_CHAR_WIDTH, LABEL_HEIGHT, layout_sizes
    from llamawatch.records import format_value

    # two near-equal sizes a few weeks apart, and a third far away
    sizes = [
        ("Alpha Large", "alpha", D(2025, 1, 10), 405_000_000_000, None),
        ("Beta Wide", "beta", D(2025, 2, 1), 400_000_000_000, 17_000_000_000),
        ("Gamma", "gamma", D(2023, 1, 1), 7_000_000_000, None),
    ]
    layout = layout_sizes(sizes, human=lambda n: format_value(n))
    boxes = []
    for p in layout.points:
        if p.kind != "total":
            continue
        width = LABEL_CHAR_WIDTH * len(f"{p.model} {p.label}")
        x0 = p.x + 9 if p.anchor == "start" else p.x - 9 - width
        boxes.append((x0, x0 + width, p.label_y - LABEL_HEIGHT + 3, p.label_y + 3))
    assert len(boxes) == 3
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]), (a, b)
    # a label with room keeps its own row, beside its point
    gamma = next(p for p in layout.points if p.model == "Gamma")
    assert gamma.label_y == gamma.y + 4
