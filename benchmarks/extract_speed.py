"""Fact-extraction speed: posts per second for ~5 kB posts, one core, no HTML parsing.

Builds ~5 kB posts two ways and measures each: "real" cuts the shared DEV corpus
(real blog posts, when ../shared is present) into ~5 kB pieces; "dense" glues
the project's short labelled posts together (a worst case: a model and a value in
nearly every sentence). Runs ``extract_facts`` on each for a few seconds in this
one process and prints posts/s (wall clock and CPU time). The issue's target is at
least 100 posts/s.

    python benchmarks/extract_speed.py [--seconds 5] [--size 5000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from llamawatch.extractors.facts import extract_facts
from llamawatch.extractors.local import read_post_file
from llamawatch.extractors.models import ModelCatalog
from llamawatch.records import ArticleText

ROOT = Path(__file__).resolve().parent.parent
#: real posts (the shared DEV corpus) and the project's short, fact-dense labelled posts
SOURCES = {
    "real": [Path(__file__).resolve().parent.parent.parent.joinpath("shared/corpus/dev/posts")],
    "dense": [ROOT / "tests/data/extract/corpus/posts", ROOT / "tests/data/eval/posts"],
}


def sample_posts(size: int, source: str = "dense") -> list[ArticleText]:
    """Return posts of about ``size`` characters cut from labelled Markdown posts."""
    bodies: list[str] = []
    for folder in SOURCES[source]:
        if folder.is_dir():
            for path in sorted(folder.glob("*.md")):
                body = read_post_file(path).body.strip()
                # Long posts are cut at paragraph breaks into pieces of about ``size``.
                piece = ""
                for paragraph in body.split("\n\n"):
                    piece = f"{piece}\n\n{paragraph}" if piece else paragraph
                    if len(piece) >= size:
                        bodies.append(piece)
                        piece = ""
                if piece:
                    bodies.append(piece)
    if not bodies:
        return []
    posts: list[ArticleText] = []
    text = ""
    for index, body in enumerate(bodies * 3):
        text = f"{text}\n\n{body}" if text else body
        if len(text) >= size:
            posts.append(
                ArticleText(
                    url=f"urn:bench:{index}",
                    title="",
                    text=text[: size + 500],
                    published=dt.date(2025, 6, 1),
                )
            )
            text = ""
    return posts


def measure(posts: list[ArticleText], seconds: float, catalog: ModelCatalog) -> None:
    """Extract ``posts`` over and over for ``seconds`` and print the rates."""
    for post in posts:  # warm up compiled patterns and caches
        extract_facts(post, catalog)
    count = 0
    chars = 0
    wall, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - wall < seconds:
        for post in posts:
            extract_facts(post, catalog)
            count += 1
            chars += len(post.text)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    average = chars / count
    print(f"posts: {count} of {average:.0f} chars on average ({len(posts)} distinct)")
    print(f"wall: {count / wall:.1f} posts/s   cpu: {count / cpu:.1f} posts/s")
    print(f"normalised to 5 kB: {count / cpu * average / 5000:.1f} posts/s (cpu)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--size", type=int, default=5000)
    args = parser.parse_args()
    catalog = ModelCatalog.default()
    for source in ("real", "dense"):
        posts = sample_posts(args.size, source)
        if not posts:
            print(f"[{source}] no sample posts found, skipped")
            continue
        print(f"[{source}]")
        measure(posts, args.seconds, catalog)


if __name__ == "__main__":
    main()
