"""Render a realistic site and take screenshots of the index and a model page.

    /work/venv/bin/python benchmarks/screenshots.py [OUT_DIR]

Writes ``docs/screenshots/index.png`` and ``docs/screenshots/model.png`` (or
into OUT_DIR). Needs Debian's chromium at /usr/bin/chromium and Playwright's
Python package; the site is built from ``tests/helpers_render.sample_history``.
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


def main(out_dir: Path) -> None:
    """Build the sample site in a temporary folder and screenshot two pages."""
    from playwright.sync_api import sync_playwright

    history = sample_history()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp)
        write_site(
            site,
            history.states,
            history.events,
            rumours=history.rumours,
            withdrawn=[(e, dt.date(2025, 12, 10)) for e in history.superseded],
            titles=history.titles,
            today=dt.date(2025, 12, 14),
            generated_at=dt.datetime(2025, 12, 15, 8, 0, tzinfo=dt.UTC),
        )
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto((site / "index.html").as_uri())
            page.screenshot(path=str(out_dir / "index.png"), full_page=True)
            page.goto((site / "models" / "llama-4-maverick.html").as_uri())
            page.screenshot(path=str(out_dir / "model.png"), full_page=True)
            browser.close()
    print(f"screenshots written to {out_dir}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
