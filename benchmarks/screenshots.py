"""Render a realistic site and take screenshots of the index and a model page.

    python benchmarks/screenshots.py [--site SITE_DIR] [OUT_DIR]

Writes ``docs/screenshots/index.png`` and ``docs/screenshots/model.png`` (or
into OUT_DIR). Needs Debian's chromium at /usr/bin/chromium and Playwright's
Python package. With ``--site`` it photographs a site llamawatch already wrote
(the README's come from the demo: ``llamawatch run``, then
``--site llamawatch-data/site``); without, it builds one from
``tests/helpers_render.sample_history``.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from helpers_render import sample_history  # noqa: E402

from llamawatch.site import write_site  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def shoot(site: Path, out_dir: Path, model: str = "llama-4-maverick") -> None:
    """Screenshot the index and one model page of a written site."""
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto((site / "index.html").as_uri())
        page.screenshot(path=str(out_dir / "index.png"), full_page=True)
        page.goto((site / "models" / f"{model}.html").as_uri())
        page.screenshot(path=str(out_dir / "model.png"), full_page=True)
        browser.close()
    print(f"screenshots written to {out_dir}")


def main(out_dir: Path, site: Path | None = None) -> None:
    """Photograph ``site``, or a sample site built in a temporary folder."""
    if site is not None:
        shoot(site, out_dir)
        return
    history = sample_history()
    with tempfile.TemporaryDirectory() as tmp:
        built = Path(tmp)
        write_site(
            built,
            history.states,
            history.events,
            rumours=history.rumours,
            withdrawn=[(e, dt.date(2025, 12, 10)) for e in history.superseded],
            titles=history.titles,
            today=dt.date(2025, 12, 14),
            generated_at=dt.datetime(2025, 12, 15, 8, 0, tzinfo=dt.UTC),
        )
        shoot(built, out_dir)


if __name__ == "__main__":
    args = sys.argv[1:]
    site_dir = None
    if args[:1] == ["--site"]:
        site_dir, args = Path(args[1]), args[2:]
    main(Path(args[0]) if args else ROOT / "docs" / "screenshots", site_dir)
