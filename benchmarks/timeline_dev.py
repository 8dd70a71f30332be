"""Check resolution against the DEV corpus timeline (gold facts in, events out).

Feeds the gold facts of ``../shared/corpus/dev/gold.json``, dated by each
post's ``published``, through :func:`llamawatch.changes.resolve_history` in date
order and in several shuffled orders, and through storage (SQLite, one post at
a time in shuffled order, as late arrivals) and compares the events with
``timeline.json`` (date, model, attribute, old, new, post). This isolates
resolution from extraction. Skips (exit 0) when the corpus is not present.

    python benchmarks/timeline_dev.py [--corpus ../shared/corpus/dev] [--shuffles 20]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from llamawatch.changes import resolve_history
from llamawatch.records import ChangeEvent, ExtractedPost, Fact, Post, value_to_json
from llamawatch.storage.db import open_database, session_scope
from llamawatch.storage.history import load_events, refresh_history
from llamawatch.storage.posts import save_extracted

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent.joinpath("shared/corpus/dev")
_FIELD = re.compile(r"^(url|published):\s*\"?([^\"\n]+?)\"?\s*$", re.M)


def front_matter(path: Path) -> dict[str, str]:
    """Return the url and published fields of a post's YAML front matter."""
    text = path.read_text(encoding="utf-8")
    head = text.split("---", 2)[1] if text.startswith("---") else ""
    return dict(_FIELD.findall(head))


def load_corpus(corpus: Path) -> tuple[dict[str, list[Fact]], dict[str, str], list[dict]]:
    """Return facts per post file, post URL → file name, and the expected timeline."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))["posts"]
    facts: dict[str, list[Fact]] = {}
    names: dict[str, str] = {}
    for name, post_facts in gold.items():
        meta = front_matter(corpus / "posts" / name)
        url = meta.get("url") or name
        names[url] = name
        facts[name] = [
            Fact.from_json({**fact, "source": url, "published": meta["published"]})
            for fact in post_facts
        ]
    timeline = json.loads((corpus / "timeline.json").read_text(encoding="utf-8"))
    return facts, names, timeline


def rows_of(events: list[ChangeEvent], names: dict[str, str]) -> list[tuple[Any, ...]]:
    return sorted(
        (
            e.date.isoformat(),
            e.model,
            e.attribute,
            json.dumps(value_to_json(e.old)),
            json.dumps(value_to_json(e.new)),
            names.get(e.source, e.source),
        )
        for e in events
    )


def expected_rows(timeline: list[dict]) -> list[tuple[Any, ...]]:
    def norm(value: Any) -> str:
        return json.dumps(sorted(value) if isinstance(value, list) else value)

    return sorted(
        (e["date"], e["model"], e["attribute"], norm(e["old"]), norm(e["new"]), e["post"])
        for e in timeline
    )


def compare(label: str, got: list[tuple], expected: list[tuple]) -> bool:
    matched = len(set(got) & set(expected))
    ok = got == expected
    print(
        f"{label:<34} events {len(got):>3} / expected {len(expected):>3}, "
        f"matched {matched:>3}: {'MATCH' if ok else 'DIFFERENT'}"
    )
    if not ok:
        for row in sorted(set(expected) - set(got)):
            print(f"    missing: {row}")
        for row in sorted(set(got) - set(expected)):
            print(f"    extra:   {row}")
    return ok


def through_storage(facts: dict[str, list[Fact]], order: list[str]) -> list[ChangeEvent]:
    """Ingest the posts one at a time in the given order into a fresh SQLite database."""
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(f"sqlite:///{folder}/timeline.db")
        for name in order:
            post_facts = facts[name]
            url = post_facts[0].source
            post = Post(
                url=url,
                title=name,
                body=" ".join(f.evidence for f in post_facts),
                content_type="markdown",
                published=post_facts[0].published,
                guid=url,
            )
            with session_scope(engine) as session:
                saved = save_extracted(
                    session,
                    [ExtractedPost(post, None, tuple(post_facts))],
                    source_name="dev",
                    extractor_version="gold",
                )
                refresh_history(session, saved.touched)
        with session_scope(engine) as session:
            events = load_events(session)
        engine.dispose()
    return events


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--shuffles", type=int, default=20)
    args = parser.parse_args(argv)
    if not (args.corpus / "timeline.json").exists():
        print(f"skipped: no corpus at {args.corpus}")
        return 0
    facts, names, timeline = load_corpus(args.corpus)
    expected = expected_rows(timeline)
    everything = [f for post_facts in facts.values() for f in post_facts]
    print(f"{len(facts)} posts, {len(everything)} gold facts, {len(timeline)} timeline events")

    ok = compare("resolve, date order", rows_of(resolve_history(everything)[1], names), expected)
    rng = random.Random(2026)
    shuffled_ok = 0
    for _ in range(args.shuffles):
        order = everything[:]
        rng.shuffle(order)
        shuffled_ok += rows_of(resolve_history(order)[1], names) == expected
    print(f"{'resolve, shuffled orders':<34} {shuffled_ok}/{args.shuffles} MATCH")
    ok = ok and shuffled_ok == args.shuffles

    by_date = sorted(facts, key=lambda name: facts[name][0].published)
    mixed = by_date[:]
    rng.shuffle(mixed)
    for label, order in (
        ("storage, posts in date order", by_date),
        ("storage, reverse order (late)", by_date[::-1]),
        ("storage, shuffled order", mixed),
    ):
        ok &= compare(label, rows_of(through_storage(facts, order), names), expected)
    print("timeline: MATCH" if ok else "timeline: DIFFERENT")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
