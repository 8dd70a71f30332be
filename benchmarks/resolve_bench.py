"""Benchmark: store and resolve 10,000 posts x 10 facts on SQLite, streaming.

Posts are generated on the fly (never all in memory), saved in batches of 500,
then the whole history is resolved in one streamed pass (``refresh_history``
over all pairs, mode "baseline", as a backfill does). ``--live`` refreshes the
touched pairs after every batch instead, as hourly ingest does.

Prints the time of each phase and the resident memory (RSS) along the way, so
that "flat memory" can be read off: RSS after 10 % of the posts vs at the end.

    python benchmarks/resolve_bench.py [--posts 10000] [--facts 10] [--live]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

from llamawatch.records import ATTRIBUTES, ExtractedPost, Fact, Post
from llamawatch.storage.db import open_database, session_scope
from llamawatch.storage.history import counts, load_state, refresh_history
from llamawatch.storage.posts import save_extracted

BATCH = 500
VALUES: dict[str, list] = {
    "status": ["upcoming", "released", "shelved"],
    "release_date": ["2024", "2024-Q2", "2024-05", "2024-05-14", "2025-Q1"],
    "params_total": [8_000_000_000, 70_000_000_000, 405_000_000_000, 406_000_000_000],
    "params_active": [17_000_000_000, 17_100_000_000, 37_000_000_000],
    "architecture": ["moe", "dense"],
    "context_window": [8_000, 128_000, 10_000_000],
    "modalities": [("text",), ("image", "text"), ("audio", "image", "text", "video")],
    "license": ["llama-3.1-community", "llama-4-community", "apache-2.0"],
    "openness": ["open_weights", "closed", "research_only"],
}
CERTAINTIES = ["confirmed"] * 6 + ["reported"] * 3 + ["speculative"]


def rss_mb() -> float:
    """Return the current resident set size in MB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(posts: int, facts_per_post: int, models: int, seed: int) -> Iterator[ExtractedPost]:
    """Yield posts one at a time: dates over five years, values that mostly repeat."""
    rng = random.Random(seed)
    start = dt.date(2021, 1, 1)
    names = [f"Model {i:03d}" for i in range(models)]
    for index in range(posts):
        url = f"https://site{index % 40}.example/posts/{index}"
        day = start + dt.timedelta(days=rng.randrange(5 * 365))
        facts = []
        for _ in range(facts_per_post):
            model = rng.choice(names)
            attribute = rng.choice(ATTRIBUTES)
            values = VALUES[attribute]
            # a stable favourite value per (model, attribute), changed now and then
            favourite = zlib.crc32(f"{model}|{attribute}".encode()) % len(values)
            choice = favourite if rng.random() < 0.8 else rng.randrange(len(values))
            facts.append(
                Fact(
                    model=model,
                    attribute=attribute,
                    value=values[choice],
                    certainty=rng.choice(CERTAINTIES),  # type: ignore[arg-type]
                    evidence=f"{model} {attribute} per post {index}.",
                    source=url,
                    published=day,
                )
            )
        post = Post(
            url=url,
            title=f"Post {index}",
            body=f"Body of post {index}. " * 20,
            content_type="text",
            published=day,
            guid=url,
            source_name=f"site{index % 40}",
        )
        yield ExtractedPost(post=post, article=None, facts=tuple(facts))


def batches(items: Iterator[ExtractedPost], size: int) -> Iterator[list[ExtractedPost]]:
    batch: list[ExtractedPost] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--facts", type=int, default=10)
    parser.add_argument("--models", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--live", action="store_true", help="refresh after every batch")
    parser.add_argument("--limit", type=float, default=10.0, help="seconds allowed (exit 1 above)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(f"sqlite:///{folder}/bench.db")
        rss_start = rss_mb()
        samples: list[tuple[int, float]] = []
        started = time.perf_counter()
        cpu_started = time.process_time()
        saved_posts = saved_facts = events_live = 0
        generating = 0.0
        stream = batches(generate(args.posts, args.facts, args.models, args.seed), BATCH)
        while True:
            tick = time.perf_counter()
            batch = next(stream, None)
            generating += time.perf_counter() - tick
            if batch is None:
                break
            with session_scope(engine) as session:
                result = save_extracted(session, batch, source_name=None, extractor_version="b")
                if args.live:
                    events_live += len(refresh_history(session, result.touched).added)
            saved_posts += result.new_posts
            saved_facts += result.new_facts
            samples.append((saved_posts, rss_mb()))
        save_time = time.perf_counter() - started

        resolve_started = time.perf_counter()
        cpu_resolve_started = time.process_time()
        with session_scope(engine) as session:
            diff = refresh_history(session, None, mode="baseline")
        resolve_time = time.perf_counter() - resolve_started
        cpu_resolve = time.process_time() - cpu_resolve_started
        total = time.perf_counter() - started
        cpu_total = time.process_time() - cpu_started
        rss_end = rss_mb()

        with session_scope(engine) as session:
            stored = counts(session)
            states = load_state(session)
        engine.dispose()

    tenth = next((rss for posts, rss in samples if posts >= args.posts // 10), samples[0][1])
    mode = "live (refresh per batch)" if args.live else "baseline (one streamed refresh)"
    print(f"posts={saved_posts} facts={saved_facts} mode={mode}")
    print(
        f"events={stored['events']} (new in final refresh: {len(diff.added)})"
        f" pairs={sum(len(a) for a in states.values())} models={len(states)}"
    )
    storage_time = total - generating
    load = os.getloadavg()[0]
    print(
        f"save: {save_time - generating:.2f} s  resolve: {resolve_time:.2f} s"
        f"  save+resolve: {storage_time:.2f} s  (generating the posts: {generating:.2f} s,"
        f" wall total {total:.2f} s)"
    )
    print(
        f"CPU time (process, incl. generating): {cpu_total:.2f} s, of which resolve"
        f" {cpu_resolve:.2f} s;"
        f" machine load average {load:.1f} on {os.cpu_count()} cores"
    )
    print(
        f"RSS: start {rss_start:.0f} MB, after 10% {tenth:.0f} MB, after saving "
        f"{samples[-1][1]:.0f} MB, end {rss_end:.0f} MB; peak {peak_rss_mb():.0f} MB"
    )
    ok = storage_time <= args.limit
    verdict = "OK" if ok else "TOO SLOW"
    print(f"{verdict}: save+resolve {storage_time:.2f} s (limit {args.limit:.0f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
