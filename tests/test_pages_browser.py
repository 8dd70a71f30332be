"""The pages and the mail in a real headless Chromium: no errors, no dead links, no XSS.

Needs Debian's chromium at /usr/bin/chromium (skipped without it) and
Playwright's Python package; one browser serves the whole module.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from helpers_render import HOSTILE_EVIDENCE, HOSTILE_TITLE, digest_mail, sample_history

from llamawatch.publishing.render import build_digest_context, parse_week
from llamawatch.publishing.site import write_site

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
NOW = dt.datetime(2025, 12, 15, 8, 0, tzinfo=dt.UTC)

#: counts what a hostile page could have turned into markup or handlers
INJECTION_PROBE = """() => ({
  scripts: document.querySelectorAll('script:not(#changes-filter)').length,
  images: document.images.length,
  handlers: [...document.querySelectorAll('*')].filter(
      el => [...el.attributes].some(a => a.name.startsWith('on'))).length,
  jsLinks: [...document.querySelectorAll('a[href]')].filter(
      a => a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')).length,
  text: document.body.innerText,
})"""


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """One headless Chromium for the module (starting one costs about a second)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site built from the sample history plus a hostile post."""
    out = tmp_path_factory.mktemp("site")
    history = sample_history(hostile=True)
    write_site(
        out,
        history.states,
        history.events,
        rumours=history.rumours,
        withdrawn=[(e, dt.date(2025, 12, 10)) for e in history.superseded],
        titles=history.titles,
        today=dt.date(2025, 12, 14),
        generated_at=NOW,
    )
    return out


class Visit:
    """Open one file in a fresh page, recording errors, dialogs and requests."""

    def __init__(self, browser: object, path: Path) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page()  # type: ignore[attr-defined]
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.goto(path)

    def goto(self, path: Path) -> None:
        """Open another file in the same page, forgetting what the last one recorded."""
        self.errors.clear()
        self.dialogs.clear()
        self.requests.clear()
        self.page.goto(path.as_uri(), wait_until="load")

    def _dialog(self, dialog: object) -> None:
        self.dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    def close(self) -> None:
        self.page.close()


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_page_loads_cleanly_and_every_internal_link_resolves(
    browser: object, site: Path
) -> None:
    walk_site(browser, site)


def walk_site(browser: object, site: Path) -> None:
    """Open every page: no console error, no script dialog, no external asset, no dead link."""
    pages = _pages(site)
    assert len(pages) > 10
    # the review page is part of the site, and every page's navigation reaches it
    assert site / "review.html" in pages
    visit = Visit(browser, pages[0])
    try:
        for path in pages:
            visit.goto(path)
            assert visit.errors == [], f"{path.name}: console errors"
            assert visit.dialogs == [], f"{path.name}: a script ran"
            outside = [u for u in visit.requests if not u.startswith("file://")]
            assert outside == [], f"{path.name} loads external assets"
            nav = visit.page.eval_on_selector_all(
                "header nav a", "els => els.map(a => a.textContent.trim())"
            )
            assert "Review" in nav, f"{path.name}: no Review link in the navigation"
            hrefs = visit.page.eval_on_selector_all(
                "a[href]",
                "els => els.map(a => new URL(a.getAttribute('href'), document.baseURI).href)",
            )
            ids = set(visit.page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
            for href in hrefs:
                parts = urlsplit(href)
                if parts.scheme != "file":
                    continue
                target = Path(unquote(parts.path))
                assert target.is_file(), f"{path.relative_to(site)} links to missing {target}"
                if parts.fragment and target == path:
                    assert parts.fragment in ids, f"{path.name}: no #{parts.fragment}"
    finally:
        visit.close()


def test_following_links_reaches_model_pages(browser: object, site: Path) -> None:
    visit = Visit(browser, site / "index.html")
    try:
        visit.page.click("text=Llama 4 Maverick >> nth=0")
        visit.page.wait_for_load_state("load")
        assert visit.page.url.endswith("/models/llama-4-maverick.html")
        assert visit.page.locator("h1").inner_text().startswith("Llama 4 Maverick")
        visit.page.click("header >> text=Changes")
        visit.page.wait_for_load_state("load")
        assert visit.page.url.endswith("/changes.html")
        assert visit.errors == []
    finally:
        visit.close()


@pytest.mark.parametrize(
    "page", ["index.html", "changes.html", "models/mango.html", "digests/2025-W50.html"]
)
def test_hostile_post_renders_as_harmless_text(browser: object, site: Path, page: str) -> None:
    visit = Visit(browser, site / page)
    try:
        probe = visit.page.evaluate(INJECTION_PROBE)
        assert (probe["scripts"], probe["images"], probe["handlers"], probe["jsLinks"]) == (
            0,
            0,
            0,
            0,
        )
        assert visit.dialogs == []
        assert '<script>alert("body")</script>' in probe["text"]
    finally:
        visit.close()


def test_hostile_title_is_text_where_it_is_the_link(browser: object, site: Path) -> None:
    visit = Visit(browser, site / "models" / "mango.html")
    try:
        links = visit.page.eval_on_selector_all(
            "a.source", "els => els.map(a => [a.textContent, a.getAttribute('href')])"
        )
        assert [HOSTILE_TITLE, "https://evil.example/post?%3Cscript%3Ex%3C/script%3E"] in links
    finally:
        visit.close()


def test_timeline_is_drawn(browser: object, site: Path) -> None:
    visit = Visit(browser, site / "index.html")
    try:
        bars = visit.page.locator("svg.timeline rect.bar")
        assert bars.count() >= 6
        box = bars.first.bounding_box()
        assert box is not None and box["width"] > 0 and box["height"] > 0
        labels = visit.page.locator("svg.timeline text.row-label").all_text_contents()
        assert "Llama 2" in labels and "Avocado" in labels
    finally:
        visit.close()


def test_digest_email_html_in_the_browser(browser: object, tmp_path: Path) -> None:
    history = sample_history(hostile=True)
    ctx = build_digest_context(
        "2025-W50",
        history.events,
        history.states,
        history.rumours,
        titles=history.titles,
        root="https://watch.example/",
        generated_at=NOW,
    )
    html = digest_mail(ctx).get_body(("html",)).get_content()
    path = tmp_path / "mail.html"
    path.write_text(html, encoding="utf-8")
    visit = Visit(browser, path)
    try:
        probe = visit.page.evaluate(INJECTION_PROBE)
        assert (probe["scripts"], probe["images"], probe["handlers"], probe["jsLinks"]) == (
            0,
            0,
            0,
            0,
        )
        assert HOSTILE_EVIDENCE in probe["text"]
        assert [u for u in visit.requests if not u.startswith("file://")] == []
        assert visit.errors == [] and visit.dialogs == []
        # the inlined styles took effect: evidence is set in italics
        style = visit.page.eval_on_selector(".evidence", "e => getComputedStyle(e).fontStyle")
        assert style == "italic"
    finally:
        visit.close()


# ---------------------------------------------------------------- the demo site


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory, browser: object) -> Path:
    """The site `llamawatch run` builds from the bundled demo, as a user runs it."""
    work = tmp_path_factory.mktemp("demo")
    env = {
        **os.environ,
        "LLAMAWATCH_DB": f"sqlite:///{work / 'demo.db'}",
        "LLAMAWATCH_OUTPUT": str(work / "site"),
        "PREFECT_HOME": str(work / "prefect"),
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    }
    env.pop("LLAMAWATCH_CONFIG", None)
    cli = Path(sys.executable).with_name("llamawatch")
    done = subprocess.run(
        [str(cli), "run"], cwd=work, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return work / "site"


def test_demo_site_pages_load_cleanly_and_links_resolve(browser: object, demo_site: Path) -> None:
    walk_site(browser, demo_site)
    assert (demo_site / "feeds" / "models" / "avocado.atom").is_file()


@pytest.mark.parametrize("week", ["2025-W20", "2025-W31", "2025-W50"])
def test_past_digest_holds_nothing_published_after_its_week(
    browser: object, demo_site: Path, week: str
) -> None:
    _, end = parse_week(week)
    visit = Visit(browser, demo_site / "digests" / f"{week}.html")
    try:
        text = visit.page.inner_text("main")
        dates = [dt.date.fromisoformat(d) for d in re.findall(r"\b\d{4}-\d\d-\d\d\b", text)]
        assert dates, week
        late = [d for d in dates if d > end]
        assert late == [], f"{week} shows {late}"
        # the archive's counts are the page's counts
        summary = re.search(r"(\d+) changes?: (\d+) alerts?", text)
        assert summary is not None
        visit.goto(demo_site / "digests.html")
        line = visit.page.locator(f"li:has(a[href$='{week}.html'])").inner_text()
        assert f"{summary[2]} alert" in line and f"{summary[1]} change" in line
    finally:
        visit.close()


def test_demo_cards_use_words_that_fit_the_status(browser: object, demo_site: Path) -> None:
    visit = Visit(browser, demo_site / "index.html")
    try:
        cards = {
            visit.page.locator("article.card")
            .nth(i)
            .locator("h3")
            .inner_text(): visit.page.locator("article.card").nth(i).locator("dl").inner_text()
            for i in range(visit.page.locator("article.card").count())
        }
        assert "Expected" in cards["Avocado"] and "Released" not in cards["Avocado"]
        assert "Was planned" in cards["Llama 4 Behemoth"]
        assert "Released" in cards["Llama 4 Scout"]
    finally:
        visit.close()


def test_changes_filter_with_and_without_scripts(browser: object, demo_site: Path) -> None:
    visit = Visit(browser, demo_site / "changes.html")
    try:
        total = visit.page.locator("#changes-list .change").count()
        visit.page.select_option("select[name=model]", "Avocado")
        visible = visit.page.locator("#changes-list .change:visible")
        assert 0 < visible.count() < total
        assert all(
            m == "Avocado" for m in visible.evaluate_all("els => els.map(e => e.dataset.model)")
        )
        visit.page.select_option("select[name=attribute]", "release_date")
        assert visit.page.locator("#changes-list .change:visible").count() == 2
        visit.page.select_option("select[name=severity]", "digest")
        visit.page.select_option("select[name=model]", "")
        rows = visit.page.locator("#changes-list .change:visible")
        assert rows.count() >= 1
        assert set(rows.evaluate_all("els => els.map(e => e.dataset.severity)")) == {"digest"}
        assert visit.errors == []
    finally:
        visit.close()
    # with scripts off the page is the plain list: no filter form, every change shown
    context = browser.new_context(java_script_enabled=False)  # type: ignore[attr-defined]
    try:
        page = context.new_page()
        page.goto((demo_site / "changes.html").as_uri())
        assert page.locator("#filters").is_hidden()
        assert page.locator("#changes-list .change:visible").count() == total
    finally:
        context.close()


def test_demo_pictures_are_drawn(browser: object, demo_site: Path) -> None:
    visit = Visit(browser, demo_site / "models" / "llama-4-behemoth.html")
    try:
        bars = visit.page.locator("svg.strips rect.bar")
        assert bars.count() >= 2
        box = bars.first.bounding_box()
        assert box is not None and box["width"] > 0
        labels = visit.page.locator("svg.strips text.row-label").all_text_contents()
        assert "Status" in labels
        visit.goto(demo_site / "index.html")
        points = visit.page.locator("svg.sizes circle.size-total")
        assert points.count() >= 5
        assert visit.page.locator("svg.sizes circle.size-active").count() >= 2
        assert visit.errors == []
    finally:
        visit.close()


def test_review_page_is_reached_from_the_navigation(browser: object, demo_site: Path) -> None:
    visit = Visit(browser, demo_site / "index.html")
    try:
        visit.page.click("header >> text=Review")
        visit.page.wait_for_load_state("load")
        assert visit.page.url.endswith("/review.html")
        assert visit.page.locator("h1").inner_text() == "Review"
        # the demo's queue: each command names its fact by a reference that survives reprocess
        commands = visit.page.locator(".review-item p code").all_text_contents()
        refs = visit.page.locator(".review-item h2 code.ref").all_text_contents()
        assert commands and len(commands) == 2 * len(refs)
        for ref in refs:
            assert f"llamawatch review accept {ref}" in commands
            assert re.fullmatch(r"r[0-9a-f]{10}", ref)
        assert visit.errors == []
    finally:
        visit.close()


# ---------------------------------------------------------------- a site from real news

#: the shared news corpus beside the checkout, when present (``LLAMAWATCH_NEWS_POSTS`` overrides)
NEWS_POSTS = Path(
    os.environ.get("LLAMAWATCH_NEWS_POSTS")
    or Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news" / "posts"
)


def _walker() -> object:
    """Import the benchmark's site walker (one implementation for the script and the test)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    try:
        import walk_site as walker
    finally:
        sys.path.pop(0)
    return walker


@pytest.fixture(scope="module")
def news_site(tmp_path_factory: pytest.TempPathFactory, browser: object) -> Path:
    """The site ``llamawatch run`` builds from the news posts (skipped when they are absent)."""
    if not NEWS_POSTS.is_dir():
        pytest.skip(f"no news corpus at {NEWS_POSTS}")
    return _walker().build(NEWS_POSTS, tmp_path_factory.mktemp("news"))  # type: ignore[attr-defined]


def test_news_site_pages_load_cleanly_and_links_resolve(browser: object, news_site: Path) -> None:
    assert len(_pages(news_site)) > 10
    assert _walker().check_pages(browser, news_site) == []  # type: ignore[attr-defined]


def test_news_site_past_digests_hold_nothing_published_after_their_week(
    browser: object, news_site: Path
) -> None:
    walker = _walker()
    assert len(walker.past_weeks(news_site)) == 3  # type: ignore[attr-defined]
    problems, notes = walker.check_past_digests(browser, news_site)  # type: ignore[attr-defined]
    assert problems == []
    assert len(notes) == 3
