"""The extraction process pool: order, catalog built once, dead workers, files read in workers."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from helpers_pool import (
    CRASH_MARKER,
    HANG_MARKER,
    bare_extract,
    broken_catalog,
    crashing_extract,
    exiting_extract,
    hanging_extract,
    make_counting_catalog,
    raising_extract,
    unpicklable_extract,
)

from llamawatch.pool import ExtractionPool, extract_batch_in_processes
from llamawatch.records import Post

TOPICS = ["harbour", "orchard", "glacier", "lantern", "meadow", "quarry", "violin", "canyon"]


def page(topic: str, marker: str = "") -> Post:
    """A small article page with a distinctive word, so results can be matched to inputs."""
    paragraphs = "".join(
        f"<p>The {topic} report, part {n}, describes how the {topic} changed over the "
        f"last season and what the local committee plans to do about it next year.</p>"
        for n in range(1, 5)
    )
    body = (
        f"<html><head><title>On the {topic}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>On the {topic}</h1>{paragraphs}"
        f"</article>{marker}<footer>Contact us</footer></body></html>"
    )
    return Post(url=f"https://example.org/{topic}", title=topic, body=body, content_type="html")


@pytest.fixture(scope="module")
def pool() -> Iterator[ExtractionPool]:
    """One two-worker pool for the module: workers start once, as in a backfill."""
    with ExtractionPool(
        workers=2, chunksize=2, extract=bare_extract, make_catalog=make_counting_catalog
    ) as shared:
        yield shared


def test_results_come_back_in_input_order_with_text(pool: ExtractionPool) -> None:
    posts = [page(topic) for topic in TOPICS]
    results = pool.extract(posts)
    assert [r.post for r in results] == posts
    for topic, result in zip(TOPICS, results, strict=True):
        assert result.error is None
        assert result.article is not None
        assert f"The {topic} report, part 1" in result.article.text
        assert "Contact us" not in result.article.text


def test_catalog_is_built_once_per_worker_process(pool: ExtractionPool) -> None:
    results = pool.extract([page(topic) for topic in TOPICS * 3])
    stamps = {r.article.title for r in results if r.article}
    pids = {stamp.split(":")[0] for stamp in stamps}
    assert {stamp.split(":")[1] for stamp in stamps} == {"1"}
    assert 1 <= len(pids) <= 2


def test_workers_are_recycled_after_max_tasks() -> None:
    with ExtractionPool(
        workers=1,
        chunksize=1,
        max_tasks_per_child=2,
        extract=bare_extract,
        make_catalog=make_counting_catalog,
    ) as recycling:
        results = recycling.extract([page(topic) for topic in TOPICS[:6]])
    pids = {r.article.title.split(":")[0] for r in results if r.article}
    assert len(pids) == 3  # six one-post tasks, two per process


@pytest.mark.parametrize("extract", [crashing_extract, exiting_extract])
def test_a_dead_worker_fails_only_its_post(extract: object) -> None:
    posts = [page(topic) for topic in TOPICS]
    posts[3] = page("volcano", marker=CRASH_MARKER)
    with ExtractionPool(
        workers=2,
        chunksize=2,
        extract=extract,  # type: ignore[arg-type]
        make_catalog=make_counting_catalog,
    ) as dying:
        results = dying.extract(posts)
        stats = dying.stats
        # The pool still works after the crash.
        after = dying.extract([page("afterwards")])
    assert [r.post for r in results] == posts
    failed = [r for r in results if r.error]
    assert [r.post.url for r in failed] == ["https://example.org/volcano"]
    assert "died" in (failed[0].error or "")
    assert all(r.article and "report, part 1" in r.article.text for r in results if not r.error)
    assert stats.broken >= 1 and stats.failed == 1 and stats.retried >= 1
    assert after[0].error is None


def test_an_exception_in_the_extractor_is_recorded_not_raised(pool: ExtractionPool) -> None:
    posts = [page("harbour"), page("volcano", marker=CRASH_MARKER), page("meadow")]
    with ExtractionPool(workers=2, extract=raising_extract) as raising:
        results = raising.extract(posts)
    assert [r.error is None for r in results] == [True, False, True]
    assert "extractor bug" in (results[1].error or "")


def test_closing_kills_a_worker_that_hangs_instead_of_waiting_for_it(tmp_path: Path) -> None:
    # Ctrl-C (or SIGTERM) stops a stream while a worker is stuck in a page; the
    # flow then closes the pool. Closing used to wait for the running chunk with
    # no limit, so the backfill never exited.
    started = tmp_path / "hanging"
    stuck = replace(page("glacier", marker=HANG_MARKER), title=str(started))
    hanging = ExtractionPool(
        workers=1, chunksize=1, item_timeout=10.0, extract=hanging_extract, max_tasks_per_child=None
    )
    stream = hanging.imap([page("harbour"), stuck])
    try:
        assert next(stream).error is None
        for _ in range(600):  # the hanging chunk is running once the file exists
            if started.exists():
                break
            time.sleep(0.05)
        assert started.exists()
        stream.close()  # what an exception in the consumer does
        closing = threading.Thread(target=hanging.close, daemon=True)
        closing.start()
        closing.join(60)
        assert not closing.is_alive(), "close() waited for a hung worker"
    finally:
        hanging.close(kill=True)


def test_a_chunk_that_raises_keeps_the_workers_of_the_others() -> None:
    # The worker survives a result it cannot send back; replacing the executor
    # for that killed the healthy chunks in flight and retried each of their
    # posts in a process of its own.
    posts = [page(topic) for topic in TOPICS]
    posts[2] = page("volcano", marker=CRASH_MARKER)
    with ExtractionPool(workers=2, chunksize=2, extract=unpicklable_extract) as pool:
        results = pool.extract(posts)
        stats = pool.stats
    assert [r.error is None for r in results] == [True, True] + [False] + [True] * 5
    assert results[2].post.url == "https://example.org/volcano"
    assert stats.broken == 0
    assert stats.retried == 2  # the two posts of the chunk that raised, nothing else


def test_files_are_read_in_the_worker(tmp_path: Path) -> None:
    html_file = tmp_path / "orchard.html"
    html_file.write_text(page("orchard").body, encoding="utf-8")
    notes = tmp_path / "notes.md"
    notes.write_text(
        "---\ntitle: Field notes\nurl: https://example.org/notes\n---\n"
        "The orchard notes say the apples came early this year.\n",
        encoding="utf-8",
    )
    missing = tmp_path / "gone.html"
    results = extract_batch_in_processes(
        [html_file, notes, missing],
        pool=ExtractionPool(workers=2, extract=bare_extract),
    )
    assert results[0].post.body.startswith("<html>")
    assert results[0].article and "orchard report" in results[0].article.text
    assert results[1].post.url == "https://example.org/notes"
    assert results[1].post.content_type == "markdown"
    assert results[2].error and results[2].post.url == str(missing)


def test_streaming_keeps_few_posts_in_flight() -> None:
    taken = 0

    def endless() -> Iterator[Post]:
        nonlocal taken
        while True:
            taken += 1
            yield page(TOPICS[taken % len(TOPICS)])

    with ExtractionPool(workers=2, chunksize=2, extract=bare_extract) as streaming:
        stream = streaming.imap(endless())
        first = [next(stream) for _ in range(5)]
        stream.close()
    assert all(r.error is None for r in first)
    assert taken <= 5 + 2 * 2 * 2 + 2  # results read + window of chunks in flight + one chunk


def test_default_extractor_is_the_pipeline(tmp_path: Path) -> None:
    pytest.importorskip("llamawatch.extractors.pipeline")
    from llamawatch.config import load_settings

    post = Post(
        url="https://example.org/llama",
        title="Llama news",
        content_type="text",
        body="Meta released Llama 3.1 on July 23, 2024 under the Llama 3.1 Community License.",
    )
    results = extract_batch_in_processes([post], load_settings(), workers=1)
    assert results[0].error is None
    assert results[0].post == post
    assert any(f.model == "Llama 3.1" for f in results[0].facts)


def test_workers_that_cannot_start_raise_instead_of_blaming_posts() -> None:
    from llamawatch.errors import ExtractError

    with (
        ExtractionPool(workers=1, extract=bare_extract, make_catalog=broken_catalog) as broken,
        pytest.raises(ExtractError, match="cannot start"),
    ):
        broken.extract([page("harbour")])


KILLED_PARENT = """
import sys, time
sys.path.insert(0, {tests!r})
from helpers_pool import bare_extract
from llamawatch.pool import ExtractionPool
from llamawatch.records import Post
pool = ExtractionPool(workers=2, extract=bare_extract)
pool.extract([Post(url="u", title="t", body="<p>a page</p>", content_type="html")])
print(*pool._executor._processes, flush=True)
time.sleep(120)
"""


def test_workers_exit_when_the_backfill_process_is_killed() -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    script = KILLED_PARENT.format(tests=str(Path(__file__).parent))
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(pid) for pid in (parent.stdout.readline() if parent.stdout else "").split()]
        assert workers  # processes start on demand: one is enough to prove the point
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 20
        alive = workers
        while alive and time.monotonic() < deadline:
            time.sleep(0.2)
            alive = [pid for pid in workers if _running(pid)]
        assert alive == [], "extraction workers outlived the killed backfill"
    finally:
        parent.kill()
        for pid in workers if "workers" in locals() else []:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _running(pid: int) -> bool:
    """Return whether a process exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False
