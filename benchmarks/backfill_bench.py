"""Backfill extraction throughput against the machine's limit, measured in the same run.

The limit: the same HTML pages through bare ``trafilatura.bare_extraction(html,
with_metadata=True)`` in a 2-process pool. llamawatch: the same pages read as
posts (``read_post_file``) and extracted with ``llamawatch.pool.ExtractionPool``
(``extract_post``: text, date, facts), streamed from disk; with ``--flow``, also
the whole ``backfill_flow`` (plan, read, extract, save to SQLite, history) after
Prefect has started. Every contender runs in a fresh process, so peak memory
figures do not carry over, and rounds alternate so that none gets a quieter
machine. Targets: wall-time ratio at most 1.25; memory that does not grow with
the number of pages (compare ``--repeat 2`` with ``--repeat 8``).

    python benchmarks/backfill_bench.py                    # ../shared/corpus/web if present
    python benchmarks/backfill_bench.py --repeat 4 --rounds 3 --flow
    python benchmarks/backfill_bench.py --dir pages/ --extract trafilatura   # pool overhead only

Exits 0 with a note when the folder is absent (the project does not need it).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, replace
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent.joinpath("shared/corpus/web")


# -- memory: resident set of this process and all its descendants -----------------------


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                kids.extend(int(k) for k in handle.read().split())
    except OSError:
        pass
    return kids


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _is_pool_worker(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return b"multiprocessing" in handle.read()
    except OSError:
        return False


def tree_rss() -> tuple[int, int]:
    """Return (RSS of this process, largest RSS of a pool worker process), in KiB.

    Other descendants (Prefect's temporary server) are left out of the second figure.
    """
    stack, largest = _children(os.getpid()), 0
    while stack:
        pid = stack.pop()
        if _is_pool_worker(pid):
            largest = max(largest, _rss_kib(pid))
        stack.extend(_children(pid))
    return _rss_kib(os.getpid()), largest


def _cpu_seconds(pid: int) -> float:
    """Return the user + system CPU time a process has used so far."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree_pids() -> list[int]:
    stack, found = _children(os.getpid()), [os.getpid()]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(_children(pid))
    return found


class PeakSampler:
    """Sample the process tree every 50 ms: peak RSS, and the CPU time it used.

    CPU time is summed over this process and every descendant seen (pool workers,
    the fork server, Prefect's temporary server), less what each had used when
    sampling started. On a machine shared with other jobs it is a steadier
    measure of the work done than wall time; a worker's last 50 ms can be missed.
    """

    def __init__(self) -> None:
        self.parent = self.worker = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._start_cpu = {pid: _cpu_seconds(pid) for pid in _tree_pids()}
        self._last_cpu: dict[int, float] = {}

    def _sample(self) -> None:
        parent, worker = tree_rss()
        self.parent, self.worker = max(self.parent, parent), max(self.worker, worker)
        for pid in _tree_pids():
            used = _cpu_seconds(pid)
            if used:
                self._last_cpu[pid] = max(used, self._last_cpu.get(pid, 0.0))

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            self._sample()

    @property
    def cpu_seconds(self) -> float:
        return sum(used - self._start_cpu.get(pid, 0.0) for pid, used in self._last_cpu.items())

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()


# -- the two contenders --------------------------------------------------------------------


def bare_extraction(html: str) -> bool:
    """The baseline's unit of work: trafilatura with metadata, nothing else."""
    import trafilatura

    return trafilatura.bare_extraction(html, with_metadata=True) is not None


def _html_stream(files: list[Path], repeat: int) -> Iterator[str]:
    for _ in range(repeat):
        for path in files:
            yield path.read_text(encoding="utf-8", errors="replace")


@dataclass
class Measure:
    name: str
    pages: int
    seconds: float
    parent_kib: int
    worker_kib: int
    failures: int = 0
    cpu_seconds: float = 0.0  #: CPU time of the whole process tree

    @property
    def rate(self) -> float:
        return self.pages / self.seconds


def run_baseline(files: list[Path], repeat: int, workers: int, chunksize: int) -> Measure:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["trafilatura"])
    with PeakSampler() as peak:
        start = time.perf_counter()
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            results = list(
                pool.map(bare_extraction, _html_stream(files, repeat), chunksize=chunksize)
            )
        seconds = time.perf_counter() - start
    return Measure(
        "bare trafilatura",
        len(results),
        seconds,
        peak.parent,
        peak.worker,
        failures=results.count(False),
        cpu_seconds=peak.cpu_seconds,
    )


def run_llamawatch(
    files: list[Path], repeat: int, workers: int, chunksize: int, extract: Callable | None
) -> Measure:
    from llamawatch.config import load_settings
    from llamawatch.extractors.local import read_post_file
    from llamawatch.pool import ExtractionPool

    def posts():
        for round_ in range(repeat):
            for path in files:
                post = read_post_file(path)
                # Distinct URLs per repeat, as distinct archive posts would have.
                yield replace(post, url=f"{post.url}#{round_}") if round_ else post

    pages = failures = 0
    with PeakSampler() as peak:
        start = time.perf_counter()
        with ExtractionPool(
            load_settings(), workers=workers, chunksize=chunksize, extract=extract
        ) as pool:
            for extracted in pool.imap(posts()):
                pages += 1
                failures += extracted.error is not None
        seconds = time.perf_counter() - start
    return Measure(
        "llamawatch pool", pages, seconds, peak.parent, peak.worker, failures, peak.cpu_seconds
    )


_IDENTITY_TAGS = re.compile(
    r"""<link[^>]+rel=["']?canonical[^>]*>|<meta[^>]+property=["']?og:url[^>]*>""", re.I
)


def stage_pages(files: list[Path], repeat: int) -> Path:
    """Copy the pages into a temporary folder; repeats lose their canonical URL, so
    that each copy is a distinct post (keyed by its path) as in a real archive."""
    folder = Path(tempfile.mkdtemp(prefix="llamawatch-bench-"))
    for round_ in range(repeat):
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace")
            if round_:
                text = _IDENTITY_TAGS.sub("", text)
            (folder / f"r{round_}-{path.name}").write_text(text, encoding="utf-8")
    return folder


def warm_prefect() -> float:
    """Run an empty flow so that Prefect's start-up is not charged to the backfill."""
    from prefect import flow

    @flow(name="bench-warm-up")
    def warm_up() -> None:
        return None

    start = time.perf_counter()
    warm_up()
    return time.perf_counter() - start


def run_flow(folder: Path, workers: int, chunk_size: int) -> Measure:
    """The whole backfill flow: plan, read, extract in processes, save, history."""
    from llamawatch.flows.backfill import backfill_flow

    database = folder.parent / f"{folder.name}.db"
    with PeakSampler() as peak:
        start = time.perf_counter()
        summary = backfill_flow(
            sources=[str(folder)],
            db_url=f"sqlite:///{database}",
            workers=workers,
            chunk_size=chunk_size,
            write_site=False,
        )
        seconds = time.perf_counter() - start
    database.unlink(missing_ok=True)
    pages = len(list(folder.iterdir()))
    return Measure(
        "llamawatch flow",
        pages,
        seconds,
        peak.parent,
        peak.worker,
        failures=getattr(summary, "posts_failed", 0),
        cpu_seconds=peak.cpu_seconds,
    )


def _trafilatura_only(post, catalog):
    """The pool with the pipeline replaced by text extraction only (isolates pool overhead)."""
    import trafilatura

    from llamawatch.records import ArticleText, ExtractedPost

    doc = trafilatura.bare_extraction(post.body, with_metadata=True)
    text = (doc.text if doc is not None else "") or ""
    return ExtractedPost(post=post, article=ArticleText(url=post.url, title=post.title, text=text))


def _peak_self_kib() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_phase(args: argparse.Namespace, files: list[Path]) -> Measure:
    """Run one contender in this (fresh) process."""
    extract = _trafilatura_only if args.extract == "trafilatura" else None
    if args.phase == "baseline":
        measure = run_baseline(files, args.repeat, args.workers, args.chunksize)
    elif args.phase == "pool":
        measure = run_llamawatch(files, args.repeat, args.workers, args.chunksize, extract)
    else:
        warm_prefect()
        measure = run_flow(args.folder, args.workers, args.chunk_size)
    # ru_maxrss covers the whole life of this process, which did nothing else.
    measure.parent_kib = max(measure.parent_kib, _peak_self_kib())
    return measure


def spawn_phase(phase: str, argv: list[str], folder: Path | None) -> Measure:
    """Run a contender in a child process, so that no peak memory carries over."""
    command = [sys.executable, __file__, *argv, "--phase", phase]
    if folder is not None:
        command += ["--folder", str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        raise SystemExit(f"{phase} failed:\n{done.stderr[-3000:]}")
    return Measure(**json.loads(lines[-1]))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of *.html pages")
    parser.add_argument("--repeat", type=int, default=1, help="read the set N times")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds of all")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chunksize", type=int, default=4, help="posts per pool task")
    parser.add_argument(
        "--extract",
        choices=["pipeline", "trafilatura"],
        default="pipeline",
        help="what the llamawatch pool runs: the full extract_post, or trafilatura only",
    )
    parser.add_argument(
        "--flow",
        action="store_true",
        help="also time the whole backfill flow (SQLite, Prefect) against the same baseline",
    )
    parser.add_argument("--chunk-size", type=int, default=200, help="posts per flow chunk")
    parser.add_argument("--phase", choices=["baseline", "pool", "flow"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    files = sorted(args.dir.glob("*.html")) if args.dir.is_dir() else []
    if not files:
        print(f"skipped: no *.html pages in {args.dir}")
        return 0
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    # Prefect's start-up is not timed; on a busy machine its 20 s default can run out
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    if args.phase:
        print(json.dumps(asdict(run_phase(args, files))))
        return 0

    size = sum(p.stat().st_size for p in files) * args.repeat
    print(
        f"{len(files)} pages x {args.repeat} = {len(files) * args.repeat} pages, "
        f"{size / 1e6:.1f} MB; {args.workers} workers; chunksize {args.chunksize}; "
        f"llamawatch runs {args.extract}; {os.cpu_count()} cores; Python {sys.version.split()[0]}"
    )
    print("each contender runs in a fresh process; the flow's Prefect start-up is not timed")
    folder = stage_pages(files, args.repeat) if args.flow else None
    phases = ["baseline", "pool"] + (["flow"] if args.flow else [])
    ratios: dict[str, list[float]] = {}
    cpu_ratios: dict[str, list[float]] = {}
    try:
        for round_ in range(1, args.rounds + 1):
            measures = [spawn_phase(phase, argv, folder) for phase in phases]
            base = measures[0]
            for m in measures:
                print(
                    f"round {round_}  {m.name:17s} {m.pages:5d} pages {m.seconds:7.2f} s "
                    f"{m.rate:6.1f} pages/s  peak RSS main {m.parent_kib / 1024:5.0f} MiB, "
                    f"largest worker {m.worker_kib / 1024:4.0f} MiB  failures {m.failures}  "
                    f"CPU {m.cpu_seconds:6.1f} s"
                )
            for m in measures[1:]:
                ratio = m.seconds / base.seconds
                ratios.setdefault(m.name, []).append(ratio)
                cpu_ratio = m.cpu_seconds / base.cpu_seconds if base.cpu_seconds else 0.0
                cpu_ratios.setdefault(m.name, []).append(cpu_ratio)
                print(
                    f"round {round_}  wall-time ratio {m.name} / baseline = {ratio:.2f}"
                    f"  (CPU-time ratio {cpu_ratio:.2f})"
                )
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    for name, values in ratios.items():
        median = statistics.median(values)
        spread = f"{min(values):.2f}-{max(values):.2f}"
        cpu = statistics.median(cpu_ratios[name])
        print(
            f"median wall-time ratio {name} / baseline: {median:.2f} (range {spread}; "
            f"target <= 1.25); median CPU-time ratio {cpu:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
