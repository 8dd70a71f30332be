"""Backfill a web archive: real pages (when present) plus a generated 5,000-page site.

Generates an archive of HTML pages from one template (head metadata, navigation,
an article of generated paragraphs, a footer; some pages state facts about
Llama models, most do not), adds the real pages of the shared web corpus when
that folder exists, and runs ``backfill_bench.py`` over the lot: bare
trafilatura in a 2-process pool, the llamawatch extraction pool, and the whole
``backfill_flow`` (plan, read, extract, save to SQLite, history), each in a
fresh process of the same run, with pages/s, the wall-time ratio to bare
trafilatura (target <= 1.25) and peak memory (``resource.getrusage`` of each
process, and the largest worker).

    python benchmarks/backfill_web.py                  # 5,000 generated + the corpus
    python benchmarks/backfill_web.py --pages 500 --rounds 1 --no-flow
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import backfill_bench  # the sibling script, run as a module

WEB_DIR = backfill_bench.DEFAULT_DIR
#: share of generated pages that are news about Llama models
NEWS_SHARE = 0.1

# Word lists for generated prose: invented for this benchmark, not taken from any page.
_SUBJECTS = [
    "The council",
    "Our editors",
    "The river club",
    "A local bakery",
    "The orchestra",
    "Volunteers",
    "The school board",
    "A small startup",
    "The museum",
    "Cyclists",
    "The library",
    "Residents",
]
_VERBS = [
    "announced",
    "discussed",
    "postponed",
    "reviewed",
    "celebrated",
    "questioned",
    "approved",
    "described",
    "planned",
    "rejected",
]
_OBJECTS = [
    "a new timetable for the autumn season",
    "plans for a wider footpath along the canal",
    "the results of the spring survey",
    "a recipe contest with regional flour",
    "an exhibition of maps from the last century",
    "changes to the parking rules near the market",
    "the budget for repairs to the old bridge",
    "a workshop on repairing bicycles",
    "extended opening hours during the holidays",
    "a partnership with two neighbouring towns",
]
_TAILS = [
    "after a long evening meeting.",
    "according to a statement published on Monday.",
    "although several details remain open.",
    "with a vote expected next month.",
    "to the surprise of many regular visitors.",
    "and invited comments until the end of the week.",
]
_FACTS = [
    "Meta released Llama {n}, a model with {p}B parameters, under a community licence.",
    "Meta said Llama {n} supports a context window of {c}K tokens.",
    "A report says Meta delayed the largest Llama {n} model until next year.",
]

_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Example Gazette</title>
<meta name="description" content="{description}">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T08:30:00Z">
<link rel="canonical" href="https://gazette.example/{year}/{slug}">
<style>body{{font-family:serif}} nav a{{margin:0 4px}}</style>
<script>window.analytics = window.analytics || [];</script>
</head><body>
<header><a href="/">Example Gazette</a>
<nav><a href="/local">Local</a><a href="/culture">Culture</a><a href="/tech">Tech</a>
<a href="/sport">Sport</a><a href="/about">About</a></nav></header>
<main><article><h1>{title}</h1>
<p class="byline">By Staff Writer, <time datetime="{date}">{date}</time></p>
{paragraphs}
</article>
<aside><h2>Most read</h2><ul>{related}</ul></aside></main>
<footer><p>Example Gazette, a generated page for benchmarks.</p>
<p><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></p></footer>
</body></html>
"""


def _sentence(rng: random.Random) -> str:
    parts = (_SUBJECTS, _VERBS, _OBJECTS, _TAILS)
    return " ".join(rng.choice(words) for words in parts)


def generated_page(index: int, news_share: float = NEWS_SHARE) -> str:
    """Return page ``index`` of the generated archive (deterministic)."""
    rng = random.Random(index)
    day = dt.date(2019, 1, 1) + dt.timedelta(days=index % 2500)
    paragraphs = []
    # One page in NEWS_SHARE is news about models (a fact in one paragraph), as in
    # a general web archive, where most pages are about something else.
    news_paragraph = rng.randint(0, 4) if rng.random() < news_share else -1
    for number in range(rng.randint(5, 12)):
        sentences = [_sentence(rng) for _ in range(rng.randint(2, 5))]
        if number == news_paragraph:
            fact = rng.choice(_FACTS).format(
                n=rng.randint(2, 9), p=rng.choice([8, 70, 405]), c=rng.choice([8, 128])
            )
            sentences.insert(rng.randint(0, len(sentences)), fact)
        paragraphs.append(f"<p>{' '.join(sentences)}</p>")
    title = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
    related = "".join(
        f'<li><a href="/{day.year}/story-{rng.randint(0, 9999)}">{_sentence(rng)[:48]}</a></li>'
        for _ in range(5)
    )
    return _TEMPLATE.format(
        title=title,
        description=_sentence(rng),
        date=day.isoformat(),
        year=day.year,
        slug=f"story-{index}",
        paragraphs="\n".join(paragraphs),
        related=related,
    )


def build_archive(
    folder: Path, pages: int, web_dir: Path, news_share: float = NEWS_SHARE
) -> tuple[int, int]:
    """Write the generated pages and copy the real ones; return (generated, real)."""
    for index in range(pages):
        page = generated_page(index, news_share)
        (folder / f"gen-{index:05d}.html").write_text(page, encoding="utf-8")
    real = sorted(web_dir.glob("*.html")) if web_dir.is_dir() else []
    for path in real:
        shutil.copyfile(path, folder / f"web-{path.name}")
    return pages, len(real)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000, help="generated pages")
    parser.add_argument("--web", type=Path, default=WEB_DIR, help="folder of real pages")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-flow", action="store_true", help="skip the whole-flow contender")
    parser.add_argument(
        "--news-share", type=float, default=NEWS_SHARE, help="share of pages about models"
    )
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="llamawatch-web-"))
    try:
        generated, real = build_archive(folder, args.pages, args.web, args.news_share)
        note = "" if real else f" ({args.web} absent: generated pages only)"
        print(f"archive: {generated} generated pages + {real} real pages{note}")
        bench = ["--dir", str(folder), "--rounds", str(args.rounds)]
        bench += ["--workers", str(args.workers)]
        if not args.no_flow:
            bench.append("--flow")
        return backfill_bench.main(bench)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
