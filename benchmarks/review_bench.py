"""Benchmark: what review decisions cost resolution (the hook in storage history).

Stores 3,000 posts x 8 facts (60 models, 4 attributes) on SQLite, then times a
full ``refresh_history`` over all pairs with no decisions, and again with 200
decisions (accept, reject, correct; half the corrections move a fact to another
model). Each timing is the best of ``--repeat`` runs. Last, it times loading what
the review page shows (the first 100 items of the queue).

    python benchmarks/review_bench.py [--posts 3000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine

from llamawatch.records import ExtractedPost, Fact, Post
from llamawatch.storage.db import open_database, session_scope
from llamawatch.storage.history import refresh_history
from llamawatch.storage.posts import save_extracted
from llamawatch.storage.review import load_review, record_decision
from llamawatch.storage.schema import FactRow

VALUES = {
    "status": ["upcoming", "released"],
    "openness": ["open_weights", "closed"],
    "params_total": [7 * 10**9, 70 * 10**9, 405 * 10**9],
    "context_window": [8192, 131072],
}


def posts(count: int, rnd: random.Random) -> list[ExtractedPost]:
    """Return generated posts, each with 8 facts."""
    items = []
    for i in range(count):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=i % 700)
        url = f"https://bench.example/{i}"
        facts = []
        for _ in range(8):
            attribute = rnd.choice(sorted(VALUES))
            value = rnd.choice(VALUES[attribute])
            facts.append(
                Fact(f"Model {rnd.randrange(60)}", attribute, value, "confirmed", "e", url, day)
            )
        post = Post(
            url=url, title=str(i), body=str(i), content_type="text", published=day, guid=url
        )
        items.append(ExtractedPost(post, None, tuple(facts)))
    return items


def best(engine: Engine, repeat: int) -> float:
    """Return the best time of a full refresh."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        with session_scope(engine) as session:
            refresh_history(session, None, mode="reprocess")
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rnd = random.Random(7)
    engine = open_database(f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}")
    with session_scope(engine) as session:
        save_extracted(session, posts(args.posts, rnd), source_name="b", extractor_version="x")
    best(engine, 1)  # the first refresh writes every event and state
    plain = best(engine, args.repeat)
    with session_scope(engine) as session:
        ids = list(session.scalars(select(FactRow.id).order_by(FactRow.id)))
        chosen = ids[:: max(1, len(ids) // 200)][:200]
        for n, fact_id in enumerate(chosen):
            kind = ("accept", "reject", "correct")[n % 3]
            extra: dict[str, str] = {}
            if kind == "correct":
                extra = {"new_model": "Model 999"} if n % 2 else {"new_certainty": "reported"}
            record_decision(session, fact_id, kind, reason="bench", **extra)  # type: ignore[arg-type]
    reviewed = best(engine, args.repeat)
    start = time.perf_counter()
    with session_scope(engine) as session:
        page = load_review(session, 100)
    queue_time = time.perf_counter() - start
    print(
        f"{len(ids)} facts; full refresh: {plain:.2f}s without decisions, "
        f"{reviewed:.2f}s with {len(chosen)} decisions ({reviewed / plain - 1:+.0%}); "
        f"review page records ({len(page.queue)} items): {queue_time:.2f}s"
    )


if __name__ == "__main__":
    main()
