"""Build a site from a folder of posts and walk every page in headless Chromium.

    python benchmarks/walk_site.py POSTS_DIR [--keep OUT_DIR]

Runs ``llamawatch run`` with the folder as the only (archive) source, then opens
every page: console errors, internal links that lead nowhere, and, for three
past weeks, any date in the digest later than the week's Sunday (a digest must
hold only what was known by the end of its week). Prints one line per problem
and a summary; exits 1 when there is a problem. Needs /usr/bin/chromium and
Playwright's Python package.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
DATE = re.compile(r"\b\d{4}-\d\d-\d\d\b")


def build(posts: Path, work: Path) -> Path:
    """Run the pipeline on ``posts`` in ``work``; return the site folder."""
    config = work / "llamawatch.toml"
    config.write_text(
        f'[[sources]]\nname = "posts"\nurl = "{posts.resolve()}"\nkind = "archive"\n',
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "LLAMAWATCH_DB": f"sqlite:///{work / 'walk.db'}",
        "LLAMAWATCH_OUTPUT": str(work / "site"),
        "PREFECT_HOME": str(work / "prefect"),
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    }
    cli = Path(sys.executable).with_name("llamawatch")
    done = subprocess.run(
        [str(cli), "--config", str(config), "run"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"llamawatch run failed: {done.stderr.strip()[-500:]}")
    return work / "site"


def check_pages(browser: Any, site: Path) -> list[str]:
    """Open every page in ``browser``; return console errors and links that lead nowhere."""
    problems: list[str] = []
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        for path in sorted(site.rglob("*.html")):
            errors.clear()
            page.goto(path.as_uri(), wait_until="load")
            name = path.relative_to(site)
            problems += [f"{name}: console error {e}" for e in errors]
            hrefs = page.eval_on_selector_all(
                "a[href]",
                "els => els.map(a => new URL(a.getAttribute('href'), document.baseURI).href)",
            )
            for href in hrefs:
                parts = urlsplit(href)
                if parts.scheme == "file" and not Path(unquote(parts.path)).is_file():
                    problems.append(f"{name}: dead link to {unquote(parts.path)}")
    finally:
        page.close()
    return problems


def past_weeks(site: Path, count: int = 3) -> list[Path]:
    """Pick ``count`` past digests spread over the history (never the newest week)."""
    digests = sorted((site / "digests").glob("*.html"))[:-1]
    return digests[:: max(1, len(digests) // count)][:count]


def check_past_digests(browser: Any, site: Path) -> tuple[list[str], list[str]]:
    """Return (problems, notes): any date a past digest shows after its week's Sunday."""
    problems: list[str] = []
    notes: list[str] = []
    page = browser.new_page()
    try:
        for path in past_weeks(site):
            year, week = re.match(r"(\d{4})-W(\d\d)", path.stem).groups()  # type: ignore[union-attr]
            end = dt.date.fromisocalendar(int(year), int(week), 7)
            page.goto(path.as_uri(), wait_until="load")
            text = page.inner_text("main")
            dates = DATE.findall(text)
            late = sorted({d for d in dates if dt.date.fromisoformat(d) > end})
            problems += [f"digests/{path.name}: shows {d}, after {end}" for d in late]
            notes.append(
                f"checked {path.stem}: {len(dates)} dates, none after {end}"
                if not late
                else f"checked {path.stem}: {len(late)} dates after {end}"
            )
    finally:
        page.close()
    return problems, notes


def walk(site: Path) -> list[str]:
    """Open every page; return the problems found."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            problems = check_pages(browser, site)
            late, notes = check_past_digests(browser, site)
        finally:
            browser.close()
    for note in notes:
        print(note)
    pages = len(list(site.rglob("*.html")))
    print(f"{pages} pages walked, {len(problems) + len(late)} problem(s)")
    return problems + late


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    posts = Path(argv[0])
    keep = Path(argv[2]) if argv[1:2] == ["--keep"] else None
    with tempfile.TemporaryDirectory() as tmp:
        work = keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        site = build(posts, work)
        print(f"built {site} in {time.perf_counter() - started:.1f} s")
        problems = walk(site)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
