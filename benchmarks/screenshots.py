"""Render a realistic site and take screenshots of the index, a model page and a digest.

    python benchmarks/screenshots.py [--site SITE_DIR] [OUT_DIR]

Writes ``index.png``, ``model.png`` and ``digest.png`` at desktop width and
``*-phone.png`` at 390 px (a phone) into ``docs/screenshots/`` (or OUT_DIR).
Needs Debian's chromium at /usr/bin/chromium and Playwright's Python package.
With ``--site`` it photographs a site llamawatch already wrote
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

from llamawatch.publishing.site import write_site  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


#: (file suffix, viewport width): a desktop window and a phone
WIDTHS = (("", 1200), ("-phone", 390))


def shoot(site: Path, out_dir: Path, model: str = "llama-4-behemoth") -> None:
    """Screenshot the index, one model page and the newest digest, wide and phone-sized."""
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    digests = sorted((site / "digests").glob("*.html"))
    # the newest digest that has a story to tell (a new model or an alert)
    digest = next(
        (d for d in reversed(digests) if "a new model" in d.read_text(encoding="utf-8")),
        digests[-1] if digests else None,
    )
    shots = {"index": site / "index.html", "model": site / "models" / f"{model}.html"}
    if digest is not None:
        shots["digest"] = digest
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for suffix, width in WIDTHS:
            page = browser.new_page(viewport={"width": width, "height": 900})
            for name, path in shots.items():
                page.goto(path.as_uri())
                page.screenshot(path=str(out_dir / f"{name}{suffix}.png"), full_page=True)
            page.close()
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
