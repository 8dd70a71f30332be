"""Rendering: the template contract, the digest, alerts, the Atom feed and the site files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from helpers_render import (
    HOSTILE_EVIDENCE,
    HOSTILE_MODEL,
    HOSTILE_TITLE,
    digest_mail,
    event,
    sample_history,
    states_from_events,
)
from jinja2 import meta
from lxml import etree

from llamawatch.publishing import render
from llamawatch.publishing.render import (
    TEMPLATE_CONTEXTS,
    build_digest_context,
    display_value,
    environment,
    last_complete_week,
    parse_week,
    render_alert,
    render_digest_text,
    safe_link,
)
from llamawatch.publishing.site import render_atom, write_digest_files, write_site
from llamawatch.publishing.svg import layout_openness_timeline

D = dt.date
NOW = dt.datetime(2025, 12, 15, 8, 0, tzinfo=dt.UTC)
#: names partials take from the loop that includes them (not context fields)
PARTIAL_LOCALS = {"item", "row", "rumour"}
TEMPLATES_DIR = Path(render.__file__).resolve().parents[2] / "templates"


# ---------------------------------------------------------------- the contract


def _names_used(name: str, seen: set[str] | None = None) -> set[str]:
    """Undeclared variables of a template plus everything it extends or includes."""
    seen = set() if seen is None else seen
    if name in seen:
        return set()
    seen.add(name)
    env = environment()
    source = env.loader.get_source(env, name)[0]  # type: ignore[union-attr]
    ast = env.parse(source)
    used = set(meta.find_undeclared_variables(ast))
    for ref in meta.find_referenced_templates(ast):
        if ref and ref != "macros.html":
            used |= _names_used(ref, seen)
    return used


@pytest.mark.parametrize("template", sorted(TEMPLATE_CONTEXTS))
def test_template_uses_exactly_its_context_fields(template: str) -> None:
    """Every name a template reads is a field of its dataclass, and every field is read."""
    fields = {f.name for f in dataclasses.fields(TEMPLATE_CONTEXTS[template])}
    used = _names_used(template) - PARTIAL_LOCALS
    assert used - fields == set(), f"{template} reads names its context lacks"
    assert fields - used == set(), f"{template} ignores context fields"


def test_every_template_file_is_a_page_a_partial_or_shared() -> None:
    shared = {"base.html", "macros.html", "site.css", "email.css", "__init__.py"}
    for path in TEMPLATES_DIR.iterdir():
        if path.is_dir():
            continue
        assert path.name in TEMPLATE_CONTEXTS or path.name.startswith("_") or path.name in shared, (
            path.name
        )


def test_render_template_refuses_the_wrong_context() -> None:
    history = sample_history()
    digest = build_digest_context("2025-W50", history.events, history.states, generated_at=NOW)
    with pytest.raises(TypeError):
        render.render_template("index.html", digest)


# ---------------------------------------------------------------- small pieces


@pytest.mark.parametrize(
    ("attribute", "value", "shown"),
    [
        ("params_active", 17_000_000_000, "17B"),
        ("params_total", 405_000_000_000, "405B"),
        ("context_window", 10_000_000, "10M tokens"),
        ("context_window", 128_000, "128K tokens"),
        ("context_window", 4096, "4K tokens"),
        ("context_window", 131_072, "128K tokens"),
        ("context_window", 100_500, "100,500 tokens"),
        ("params_total", 6_700_000_000, "6.7B"),
        ("modalities", ("image", "text"), "image, text"),
        ("openness", "open_weights", "open weights"),
        ("architecture", "moe", "mixture of experts"),
        ("release_date", "2026-Q2", "2026-Q2"),
        ("status", None, "—"),
    ],
)
def test_display_value(attribute: str, value: object, shown: str) -> None:
    assert display_value(attribute, value) == shown  # type: ignore[arg-type]


def test_weeks() -> None:
    assert parse_week("2026-W15") == (D(2026, 4, 6), D(2026, 4, 12))
    assert parse_week("2020-w53") == (D(2020, 12, 28), D(2021, 1, 3))
    with pytest.raises(ValueError):
        parse_week("2021-W53")
    with pytest.raises(ValueError):
        parse_week("April")
    assert last_complete_week(D(2026, 4, 13)) == "2026-W15"  # a Monday
    assert last_complete_week(D(2026, 4, 19)) == "2026-W15"  # the Sunday after


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://a.example/x?y=1", "https://a.example/x?y=1"),
        ("javascript:alert(1)", None),
        ("/home/me/posts/a.md", None),
        ("https://a.example/<b>", "https://a.example/%3Cb%3E"),
        ('http://a.example/"x', "http://a.example/%22x"),
    ],
)
def test_safe_link_only_links_web_addresses(url: str, link: str | None) -> None:
    assert safe_link(url) == link


# ---------------------------------------------------------------- the digest


def test_digest_sorts_the_week_into_sections() -> None:
    history = sample_history()
    ctx = build_digest_context(
        "2025-W50",
        history.events,
        history.states,
        history.rumours,
        history.superseded,
        titles=history.titles,
        generated_at=NOW,
    )
    assert (ctx.start, ctx.end) == (D(2025, 12, 8), D(2025, 12, 14))
    assert [s.kind for s in ctx.alert_sections] == ["license"]
    assert [i.model for i in ctx.alert_sections[0].items] == ["Llama 3.1"]
    # Avocado first appears this week: a new model, with its first values
    assert [m.model for m in ctx.new_models] == ["Avocado"]
    assert {i.attribute for i in ctx.new_models[0].items} == {"openness", "status"}
    assert [i.model for i in ctx.changes] == ["Llama 4 Maverick"]
    assert [c.model for c in ctx.corrections] == ["Llama 4 Scout"]
    assert [r.model for r in ctx.rumours] == ["Llama 4 Behemoth"]
    assert [(c.model, c.others) for c in ctx.conflicts] == [("Llama 4 Maverick", ("10M tokens",))]
    # alerts as the feed labels them: the licence change and the new model's two values
    assert ctx.counts == {"alerts": 3, "new_models": 1, "changes": 4, "other": 1, "rumours": 1}
    assert not ctx.empty
    # nothing from other weeks
    assert all(ctx.start <= i.date <= ctx.end for i in ctx.changes)
    # the story tells the same week: the new model first, then the alert, the change, the fix
    assert ctx.story[0].startswith("Avocado, a new model,")
    assert any(s.startswith("Llama 3.1 ") for s in ctx.story)
    assert any(s.startswith("Llama 4 Maverick") for s in ctx.story)
    assert ctx.story[-1].startswith("Correction: Llama 4 Scout's")


def test_digest_subject_names_the_top_changes() -> None:
    history = sample_history()
    ctx = build_digest_context("2025-W50", history.events, history.states, generated_at=NOW)
    assert ctx.subject.startswith("[llamawatch] 2025-W50: ")
    assert "Llama 3.1: licence llama-3-community -> llama-3.1-community" in ctx.subject
    assert "new model Avocado" in ctx.subject
    assert "\n" not in ctx.subject


def test_empty_week_says_so_plainly() -> None:
    history = sample_history()
    ctx = build_digest_context("2026-W15", history.events, history.states, generated_at=NOW)
    assert ctx.empty
    assert ctx.subject == "[llamawatch] 2026-W15: no changes this week"
    text = render_digest_text(ctx)
    assert "No changes this week" in text
    msg = digest_mail(ctx)
    html = msg.get_body(("html",)).get_content()
    assert "No changes this week" in html


class _Collector(HTMLParser):
    """Collect tags, attributes and text of an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def test_digest_email_is_multipart_with_inlined_css_and_post_links() -> None:
    history = sample_history()
    ctx = build_digest_context(
        "2025-W50",
        history.events,
        history.states,
        history.rumours,
        titles=history.titles,
        root="https://watch.example/llama/",
        generated_at=NOW,
    )
    msg = digest_mail(ctx, sender="bot@watch.example", recipients=["a@example.org"])
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert msg["Subject"] == ctx.subject
    assert msg["To"] == "a@example.org"
    html = msg.get_body(("html",)).get_content()
    text = msg.get_body(("plain",)).get_content()
    parsed = _parse(html)
    tags = [t for t, _ in parsed.tags]
    assert "style" not in tags and "link" not in tags and "script" not in tags
    assert "img" not in tags, "no external assets"
    assert any("style" in attrs for _, attrs in parsed.tags), "CSS is inlined"
    hrefs = {attrs["href"] for t, attrs in parsed.tags if t == "a"}
    assert "https://press.example/ai/avocado" in hrefs
    assert "https://watch.example/llama/models/avocado.html" in hrefs
    assert "https://watch.example/llama/digests/2025-W50.html" in hrefs
    # the post's title is the link text; evidence and certainty are shown
    assert "Meta's next model may stay closed" in "".join(parsed.text)
    assert "Reports describe Avocado as a model Meta will keep closed." in html
    assert "reported" in "".join(parsed.text)
    assert "https://press.example/ai/avocado" in text
    assert "Reports describe Avocado" in text


def test_hostile_post_is_text_in_the_email() -> None:
    history = sample_history(hostile=True)
    ctx = build_digest_context(
        "2025-W50",
        history.events,
        history.states,
        history.rumours,
        titles=history.titles,
        generated_at=NOW,
    )
    html = digest_mail(ctx).get_body(("html",)).get_content()
    parsed = _parse(html)
    assert not [t for t, _ in parsed.tags if t in ("script", "img")]
    assert not [a for _, attrs in parsed.tags for a in attrs if a.startswith("on")]
    assert all(not (attrs.get("href") or "").startswith("javascript:") for _, attrs in parsed.tags)
    text = "".join(parsed.text)
    assert HOSTILE_EVIDENCE in text  # shown, as text
    assert HOSTILE_TITLE in text
    plain = render_digest_text(ctx)
    assert HOSTILE_EVIDENCE in plain  # text/plain shows it as characters


def test_alert_render() -> None:
    history = sample_history(hostile=True)
    behemoth = next(e for e in history.events if e.new == "shelved")
    subject, text, html = render_alert([behemoth], root="https://w.example/")
    assert subject == "[llamawatch] Llama 4 Behemoth: status upcoming -> shelved"
    assert "People familiar with the plans say Behemoth will not ship." in text
    assert "https://press.example/ai/behemoth" in text
    assert "https://w.example/models/llama-4-behemoth.html" in text
    assert 'href="https://w.example/models/llama-4-behemoth.html"' in html
    assert "<style" not in html
    hostile = [e for e in history.events if e.model == HOSTILE_MODEL]
    _, _, html = render_alert(hostile)
    parsed = _parse(html)
    assert not [t for t, _ in parsed.tags if t in ("script", "img")]


# ---------------------------------------------------------------- Atom feed


ATOM = "{http://www.w3.org/2005/Atom}"


def test_atom_feed_lists_changes_newest_first_as_text() -> None:
    history = sample_history(hostile=True)
    xml = render_atom(history.events, base_url="https://w.example/", titles=history.titles)
    root = etree.fromstring(xml)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == len(history.events)
    updated = [e.findtext(f"{ATOM}updated") for e in entries]
    assert updated == sorted(updated, reverse=True)
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids)
    # the hostile evidence is character data, never markup
    assert not root.xpath("//*[local-name()='script' or local-name()='img']")
    contents = [e.find(f"{ATOM}content") for e in entries]
    assert {c.get("type") for c in contents} == {"text"}
    assert any(HOSTILE_EVIDENCE in (c.text or "") for c in contents)
    links = root.xpath("//a:entry/a:link/@href", namespaces={"a": ATOM[1:-1]})
    # one link per entry: the post, or the model's page when the source is no web address
    assert len(links) == len(entries)
    assert "https://press.example/ai/avocado" in links
    assert "https://w.example/models/llama-2.html" in links  # its source was javascript:
    assert not [h for h in links if h.startswith("javascript:")]
    assert any("History: https://w.example/models/avocado.html" in (c.text or "") for c in contents)


def test_atom_feed_as_a_feed_reader_sees_it() -> None:
    import feedparser

    history = sample_history(hostile=True)
    parsed = feedparser.parse(render_atom(history.events, base_url="https://w.example/"))
    assert not parsed.bozo
    assert parsed.feed.title == "llamawatch: changes to Llama models"
    hostile = [e for e in parsed.entries if e.title.startswith("Alert: Mango")]
    assert len(hostile) == 1
    (content,) = hostile[0].content
    assert content.type == "text/plain"
    assert HOSTILE_EVIDENCE in content.value  # characters, not markup
    assert hostile[0].link == "https://evil.example/post?%3Cscript%3Ex%3C/script%3E"


def test_atom_ids_are_stable_across_renders() -> None:
    history = sample_history()
    first = etree.fromstring(render_atom(history.events))
    again = etree.fromstring(render_atom(list(reversed(history.events))))
    assert [e.findtext(f"{ATOM}id") for e in first.findall(f"{ATOM}entry")] == [
        e.findtext(f"{ATOM}id") for e in again.findall(f"{ATOM}entry")
    ]


# ---------------------------------------------------------------- timeline


def test_timeline_layout_rows_and_bars() -> None:
    history = sample_history()
    layout = layout_openness_timeline(
        history.events, end=D(2025, 12, 14), model_order=["Llama 1", "Llama 2"]
    )
    models = [row.model for row in layout.rows]
    assert models[:2] == ["Llama 1", "Llama 2"]
    assert set(models) == {e.model for e in history.events if e.attribute == "openness"}
    for row in layout.rows:
        xs = [s.x for s in row.segments]
        assert xs == sorted(xs)
        assert all(s.width > 0 for s in row.segments)
        assert row.segments[-1].x + row.segments[-1].width <= layout.plot_right
    assert layout.ticks and next(t.label for t in layout.ticks) == "2024"
    empty = layout_openness_timeline([], end=D(2025, 1, 1))
    assert empty.empty and empty.rows == ()


def test_timeline_switches_rung() -> None:
    evs = [
        event(D(2025, 1, 1), "Avocado", "openness", "open_weights"),
        event(D(2025, 6, 1), "Avocado", "openness", "closed", "open_weights"),
    ]
    layout = layout_openness_timeline(evs, end=D(2025, 12, 1))
    (row,) = layout.rows
    assert [s.value for s in row.segments] == ["open_weights", "closed"]
    assert row.segments[0].stop == D(2025, 6, 1)
    assert row.segments[1].stop == D(2025, 12, 1)


# ---------------------------------------------------------------- site files


_LINK = re.compile(r'(?:href|src)="([^"]+)"')


def _internal_targets(page: Path) -> list[Path]:
    targets = []
    for href in _LINK.findall(page.read_text(encoding="utf-8")):
        parts = urlsplit(href)
        if parts.scheme or href.startswith("#"):
            continue
        targets.append((page.parent / unquote(parts.path)).resolve())
    return targets


def test_write_site_writes_every_page_and_links_resolve(tmp_path: Path) -> None:
    history = sample_history(hostile=True)
    written = write_site(
        tmp_path,
        history.states,
        history.events,
        rumours=history.rumours,
        withdrawn=[(e, D(2025, 12, 10)) for e in history.superseded],
        titles=history.titles,
        generated_at=NOW,
    )
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert {"index.html", "changes.html", "digests.html", "feed.atom"} <= names
    assert "models/llama-4-maverick.html" in names
    assert "models/mango.html" in names
    weeks = {e.date.isocalendar()[:2] for e in history.events}
    digest_files = [n for n in names if n.startswith("digests/")]
    # a page and a plain-text digest for every week with a change
    assert sorted(digest_files) == sorted(
        f"digests/{y}-W{w:02d}.{ext}" for y, w in weeks for ext in ("html", "txt")
    )
    for page in tmp_path.rglob("*.html"):
        for target in _internal_targets(page):
            assert target.exists(), f"{page.name} links to missing {target}"
    corrections = (tmp_path / "digests" / "2025-W50.html").read_text(encoding="utf-8")
    assert "An early note gave Scout a 100K context." in corrections
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "<svg" in index and "bar-open_weights" in index
    assert "<script" not in index.replace("&lt;script", "")


def test_write_site_removes_pages_of_vanished_models(tmp_path: Path) -> None:
    history = sample_history()
    write_site(tmp_path, history.states, history.events, generated_at=NOW)
    assert (tmp_path / "models" / "avocado.html").exists()
    kept = [e for e in history.events if e.model != "Avocado"]
    write_site(tmp_path, states_from_events(kept), kept, generated_at=NOW)
    assert not (tmp_path / "models" / "avocado.html").exists()
    assert (tmp_path / "models" / "llama-2.html").exists()


def test_write_site_with_nothing_yet(tmp_path: Path) -> None:
    written = write_site(tmp_path, {}, [], generated_at=NOW)
    assert {p.name for p in written} == {
        "index.html",
        "changes.html",
        "digests.html",
        "feed.atom",
        "review.html",
    }
    assert "No models yet" in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_write_digest_files(tmp_path: Path) -> None:
    history = sample_history()
    ctx = build_digest_context("2025-W50", history.events, history.states, generated_at=NOW)
    html, txt = write_digest_files(tmp_path, ctx)
    # the page the site links from its archive, not an unlinked copy at the root
    assert html == tmp_path / "digests" / "2025-W50.html" and txt == html.with_suffix(".txt")
    assert list(tmp_path.glob("*.html")) == []
    assert 'href="../models/avocado.html"' in html.read_text(encoding="utf-8")
    subject, _, body = txt.read_text(encoding="utf-8").partition("\n\n")
    assert subject == ctx.subject
    assert body.startswith("llamawatch digest, week 2025-W50")


def test_model_card_shows_dissent_beside_the_value_and_the_aliases(tmp_path: Path) -> None:
    from llamawatch.records import AttributeState, Dissent

    day = dt.date(2031, 5, 1)
    size = AttributeState(
        value=30_000_000_000,
        certainty="confirmed",
        since=day,
        evidence="Zephyr has 30B parameters.",
        source="https://a.example/z",
        support=3,
        dissent=(
            Dissent("https://b.example/1", 900_000_000_000, "confirmed", day),
            Dissent("https://c.example/2", 900_000_000_000, "reported", day),
            Dissent("https://d.example/3", 7_000_000_000, "reported", day),
        ),
    )
    states = {"Zephyr": {"params_total": size}}
    assert render.dissent_text("params_total", size) == "2 sources say 900B; 1 source says 7B"
    write_site(tmp_path, states, [], generated_at=NOW, aliases={"Zephyr": ("Cirrus",)})
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert '<small class="dissent">2 sources say 900B; 1 source says 7B</small>' in index
    assert '<small class="aliases">also Cirrus</small>' in index


def test_alert_text_says_how_many_sources() -> None:
    from llamawatch.delivery.alerts import render_alert
    from llamawatch.records import ChangeEvent

    event = ChangeEvent(
        dt.date(2031, 5, 1),
        "Zephyr",
        "openness",
        None,
        "closed",
        "confirmed",
        "alert",
        "Zephyr stays closed.",
        "https://a.example/z",
        support=4,
    )
    _, text, html = render_alert([event], site_title="watch", root=None)
    assert "[confirmed, 4 sources]" in text and "4 sources" in html
    _, text, _ = render_alert(
        [dataclasses.replace(event, support=1)], site_title="watch", root=None
    )
    assert "[confirmed, 1 source]" in text


def test_past_digest_links_a_codename_to_its_product_page(tmp_path: Path) -> None:
    """A week that spoke of a codename links to the product page; an unknown name gets a page."""
    from llamawatch.records import Fact

    week_end = dt.date(2025, 12, 14)
    events = [event(dt.date(2026, 3, 2), "Pomelo Prime", "status", "released")]
    states = states_from_events(events)

    def rumour(model: str) -> Fact:
        return Fact(
            model,
            "release_date",
            "2026-Q1",
            "reported",
            "said to come",
            "https://r.example/" + model,
            dt.date(2025, 12, 10),
        )

    events.append(event(dt.date(2025, 12, 9), "Pomelo Prime", "openness", "closed"))
    old_rumours = [rumour("Pomelo"), rumour("Quince")]
    write_site(
        tmp_path,
        states,
        events,
        # the week's own state and rumours: they still used the codename
        snapshot=lambda end: (states, old_rumours if end <= week_end else []),
        aliases={"Pomelo Prime": ("Pomelo",)},
        generated_at=NOW,
        today=week_end,
    )
    page = (tmp_path / "digests" / "2025-W50.html").read_text(encoding="utf-8")
    hrefs = set(re.findall(r'href="\.\./(models/[^"]+)"', page))
    assert "models/pomelo-prime.html" in hrefs and "models/pomelo.html" not in hrefs
    assert "models/quince.html" in hrefs
    for href in hrefs:
        assert (tmp_path / href).is_file(), href
    assert not (tmp_path / "models" / "pomelo.html").exists()
