"""The fault matrix: a run hit by a fault, then a clean rerun, ends like a clean run.

Each case ingests a local feed into a baseline, then serves a newer feed with
alert-worthy posts and runs `llamawatch run` under a fault: the database's disk
full at several fill levels, the database read-only, the pages' disk full, the
mail server stalling past the SMTP timeout, or (with LLAMAWATCH_TEST_DATABASE_URL)
PostgreSQL going away mid-run behind a proxy that cuts it after a byte budget.
The faulty run must fail with one line (no traceback); after the fault is
lifted, one more run must leave the same events, state and posts as a run that
never saw a fault, with every alert mailed exactly once. Disk faults use small
tmpfs mounts (skipped without root).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import re
import socket
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from click.testing import CliRunner, Result
from pytest_httpserver import HTTPServer
from sqlalchemy import text
from werkzeug import Request, Response

from llamawatch.cli import cli
from llamawatch.storage.db import make_engine

pytestmark = pytest.mark.flow

TODAY = dt.date.today()
#: how SQLite reports a full disk: on the database file, or on its WAL index
DISK_FULL = "disk is full|disk I/O error|No space left"
#: seconds the SMTP client waits (the stalled server waits longer)
SMTP_TIMEOUT = 1.0

#: the baseline: one older post (paraphrased fixture text, not real news)
OLD_POSTS = [
    (
        "behemoth-training",
        TODAY - dt.timedelta(days=40),
        "Behemoth still training",
        "Meta said Llama 4 Behemoth is still in training and will be released later.",
    )
]
#: what the newer feed adds: alert-worthy news from today
NEW_POSTS = [
    (
        "scout-release",
        TODAY,
        "Meta ships Llama 4 Scout",
        "Meta released Llama 4 Scout today as an open-weights model under the Llama 4 "
        "Community License. Llama 4 Scout has 109B total parameters.",
    ),
    (
        "behemoth-shelved",
        TODAY,
        "Behemoth shelved",
        "Meta has shelved Llama 4 Behemoth, people familiar with the plans said.",
    ),
]


def stamp(day: dt.date) -> str:
    return email.utils.format_datetime(dt.datetime.combine(day, dt.time(9), dt.UTC))


def rss(posts: list[tuple[str, dt.date, str, str]]) -> str:
    items = "".join(
        f"<item><guid>urn:test:{slug}</guid><link>https://news.example/{slug}</link>"
        f"<title>{title}</title><pubDate>{stamp(day)}</pubDate>"
        f"<description>{body}</description></item>"
        for slug, day, title, body in posts
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Test news</title>'
        f"<link>https://news.example/</link><description>t</description>{items}</channel></rss>"
    )


class Inbox:
    """An SMTP handler that records messages, or stalls past the client's timeout."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.stall = False

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        if self.stall:
            await asyncio.sleep(SMTP_TIMEOUT * 3)
            return "451 stalled"  # the client gave up long ago; nothing was accepted
        self.messages.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)  # type: ignore[arg-type]
        )
        return "250 OK"

    def received(self) -> collections.Counter[str]:
        return collections.Counter(str(m["Message-ID"] or m["Subject"]) for m in self.messages)


@pytest.fixture(scope="module", autouse=True)
def prefect_harness() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


@dataclass
class Mounts:
    """Small tmpfs folders, unmounted at the end."""

    base: Path
    done: list[Path] = field(default_factory=list)

    def make(self, name: str, size: str) -> Path:
        target = self.base / name
        target.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)],
            capture_output=True,
        )
        if result.returncode:
            pytest.skip(f"cannot mount a tmpfs: {result.stderr.decode().strip()}")
        self.done.append(target)
        return target

    @staticmethod
    def remount(target: Path, mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(target)], check=True)


@pytest.fixture
def mounts(tmp_path: Path) -> Iterator[Mounts]:
    found = Mounts(tmp_path)
    yield found
    for target in found.done:
        subprocess.run(["umount", "-l", str(target)], check=False)


def fill(folder: Path, leave: int) -> Path:
    """Fill a tmpfs until only about ``leave`` bytes are free; return the filler file."""
    import os

    stats = os.statvfs(folder)
    todo = max(0, stats.f_bavail * stats.f_frsize - leave)
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        while todo > 0:
            todo -= os.write(fd, b"\0" * min(todo, 65536))
    except OSError:
        pass  # full already
    finally:
        os.close(fd)
    return filler


@dataclass
class World:
    """One installation: its database, pages, feed and mailbox."""

    tmp: Path
    db_dir: Path
    site_dir: Path
    server: HTTPServer
    inbox: Inbox
    smtp_port: int
    db_url: str | None = None  #: a PostgreSQL URL instead of SQLite in db_dir

    @property
    def url(self) -> str:
        return self.db_url or f"sqlite:///{self.db_dir / 'watch.db'}"

    #: HTTP statuses the feed was served with, in order (304 when the run's ETag matched)
    statuses: list[int] = field(default_factory=list)

    def serve(self, posts: list[tuple[str, dt.date, str, str]]) -> None:
        """Serve a feed with an ETag and Last-Modified, answering 304 when they match.

        A run that stored the validators before the posts would get a 304 on its
        rerun and never see the posts again: the snapshot comparison catches that.
        """
        body = rss(posts)
        etag = f'"{hashlib.sha256(body.encode()).hexdigest()[:16]}"'
        modified = email.utils.format_datetime(
            dt.datetime.combine(TODAY, dt.time(), tzinfo=dt.UTC) - dt.timedelta(days=len(posts)),
            usegmt=True,
        )

        def respond(request: Request) -> Response:
            validators = {"ETag": etag, "Last-Modified": modified}
            if request.headers.get("If-None-Match") == etag:
                self.statuses.append(304)
                return Response(status=304, headers=validators)
            self.statuses.append(200)
            return Response(body, content_type="application/rss+xml", headers=validators)

        self.server.clear()
        self.server.expect_request("/feed.xml").respond_with_handler(respond)

    def run(self) -> Result:
        config = self.tmp / "llamawatch.toml"
        config.write_text(
            f"""
[storage]
url = "{self.url}"
lock_timeout = 5.0

[output]
dir = "{self.site_dir / "site"}"

[http]
retries = 0
timeout = 5.0
per_host_delay = 0.0

[delivery.smtp]
host = "127.0.0.1"
port = {self.smtp_port}
security = "none"
recipients = ["ops@example.org"]
timeout = {SMTP_TIMEOUT}

[[sources]]
name = "news"
url = "{self.server.url_for("/feed.xml")}"
fulltext = false
""",
            encoding="utf-8",
        )
        result = CliRunner().invoke(cli, ["--config", str(config), "run", "--all"])
        assert "Traceback" not in result.output, result.output
        return result

    def snapshot(self) -> dict[str, list[tuple]]:
        """What must match a clean run: posts, facts, active events, state, outbox."""
        queries = {
            "posts": "SELECT url, version FROM posts ORDER BY url, version",
            "facts": "SELECT model, attribute, CAST(value AS TEXT) AS v FROM facts "
            "ORDER BY model, attribute, v",
            "events": "SELECT model, attribute, CAST(old AS TEXT), CAST(new AS TEXT) AS n, "
            "CAST(date AS TEXT) AS d, certainty, severity FROM events "
            "WHERE superseded_at IS NULL ORDER BY model, attribute, d, n",
            "state": "SELECT model, attribute, CAST(value AS TEXT), certainty, "
            "CAST(since AS TEXT), evidence, source, corroborations, CAST(conflicts AS TEXT), "
            "CAST(rumour AS TEXT) FROM model_state ORDER BY model, attribute",
            "outbox": "SELECT idempotency_key, sent_at IS NOT NULL, last_error FROM outbox "
            "ORDER BY idempotency_key",
        }
        engine = make_engine(self.url)
        with engine.connect() as connection:
            found = {}
            for name, sql in queries.items():
                found[name] = [tuple(r) for r in connection.execute(text(sql)).all()]
        engine.dispose()
        return found


@pytest.fixture
def world(tmp_path: Path, httpserver: HTTPServer, inbox, mounts: Mounts) -> World:
    handler, port = inbox
    return World(
        tmp=tmp_path,
        db_dir=mounts.make("db", "8m"),
        site_dir=mounts.make("pages", "8m"),
        server=httpserver,
        inbox=handler,
        smtp_port=port,
    )


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A clean installation's end state after the baseline and the newer feed."""
    tmp = tmp_path_factory.mktemp("reference")
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    handler = Inbox()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        (tmp / "db").mkdir()
        (tmp / "pages").mkdir()
        clean = World(tmp, tmp / "db", tmp / "pages", server, handler, port)
        clean.serve(OLD_POSTS)
        assert clean.run().exit_code == 0
        clean.serve(OLD_POSTS + NEW_POSTS)
        result = clean.run()
        assert result.exit_code == 0, result.output
        assert clean.run().exit_code == 0  # a rerun changes nothing
        # The validators work: the unchanged feed was answered 304 on the rerun.
        assert clean.statuses == [200, 200, 304]
        return {"snapshot": clean.snapshot(), "received": handler.received()}
    finally:
        controller.stop()
        server.stop()


def test_the_reference_alerts_once_per_message(reference: dict) -> None:
    assert reference["received"] and set(reference["received"].values()) == {1}
    assert any(key for key, *_ in reference["snapshot"]["outbox"])
    assert {row[0] for row in reference["snapshot"]["events"]} >= {"Llama 4 Scout"}


def fault_db_disk_full(world: World, leave: int):  # type: ignore[no-untyped-def]
    filler = fill(world.db_dir, leave)
    return lambda: filler.unlink()


def fault_db_read_only(world: World, _: int):  # type: ignore[no-untyped-def]
    Mounts.remount(world.db_dir, "ro")
    return lambda: Mounts.remount(world.db_dir, "rw")


def fault_pages_disk_full(world: World, _: int):  # type: ignore[no-untyped-def]
    filler = fill(world.site_dir, 0)
    return lambda: filler.unlink()


def fault_smtp_stalled(world: World, _: int):  # type: ignore[no-untyped-def]
    world.inbox.stall = True

    def lift() -> None:
        world.inbox.stall = False

    return lift


@pytest.mark.parametrize(
    ("fault", "leave", "expected"),
    [
        (fault_db_disk_full, 0, DISK_FULL),
        (fault_db_disk_full, 24_000, DISK_FULL),
        # Room for the fetch's bookkeeping but not for the posts: a run that stored
        # the feed's ETag before its posts fails these two (its rerun gets a 304).
        (fault_db_disk_full, 56_000, DISK_FULL),
        (fault_db_disk_full, 72_000, DISK_FULL),
        (fault_db_disk_full, 96_000, DISK_FULL),
        (fault_db_read_only, 0, "Read-only file system"),
        (fault_pages_disk_full, 0, "No space left on device"),
        (fault_smtp_stalled, 0, None),
    ],
    ids=[
        "db-full",
        "db-full-24k",
        "db-full-56k",
        "db-full-72k",
        "db-full-96k",
        "db-read-only",
        "pages-full",
        "smtp-stalled",
    ],
)
def test_a_faulty_run_then_a_clean_rerun_ends_like_a_clean_run(
    world: World, reference: dict, fault, leave: int, expected: str | None
) -> None:
    world.serve(OLD_POSTS)
    assert world.run().exit_code == 0
    world.serve(OLD_POSTS + NEW_POSTS)
    lift = fault(world, leave)
    try:
        faulty = world.run()
    finally:
        lift()
    assert faulty.exit_code in (1, 3), faulty.output
    if expected is not None:  # the run stopped: one line with the cause
        lines = faulty.stderr.strip().splitlines()
        assert lines[-1].startswith("error: "), faulty.stderr
        assert re.search(expected, lines[-1]), faulty.stderr
    rerun = world.run()
    assert rerun.exit_code == 0, rerun.output
    # Where the faulty run stored the newer feed's validators, the rerun was
    # answered 304: the posts must then have been stored before them.
    assert world.snapshot() == reference["snapshot"]
    assert world.inbox.received() == reference["received"]


class CuttableProxy:
    """A TCP proxy to PostgreSQL that drops every connection once a byte budget is spent.

    It stands for the database going away mid-run: after ``budget`` bytes from
    the client, open connections are cut and new ones refused until ``lift``.
    """

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.budget: int | None = None
        self.sent = 0
        self.down = False
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_after(self, budget: int) -> None:
        with self.lock:
            self.budget, self.sent = budget, 0

    def lift(self) -> None:
        with self.lock:
            self.budget, self.down = None, False

    def _cut(self) -> None:
        self.down = True
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.sockets.clear()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.down:
                client.close()
                continue
            server = socket.create_connection(self.target)
            with self.lock:
                self.sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, upstream: bool) -> None:
        try:
            while data := source.recv(65536):
                if upstream:
                    with self.lock:
                        self.sent += len(data)
                        if self.budget is not None and self.sent > self.budget:
                            self._cut()
                            return
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.close()

    def close(self) -> None:
        self.listener.close()
        with self.lock:
            self._cut()


@pytest.mark.postgres
@pytest.mark.parametrize("budget", [4_000, 15_000, 30_000, 40_000])
def test_postgresql_going_away_mid_run_then_a_clean_rerun(
    postgres_url: str, tmp_path: Path, httpserver: HTTPServer, inbox, reference: dict, budget: int
) -> None:
    from sqlalchemy.engine import make_url

    parsed = make_url(postgres_url)
    proxy = CuttableProxy(parsed.host or "127.0.0.1", parsed.port or 5432)
    try:
        handler, port = inbox
        (tmp_path / "pages").mkdir()
        url = parsed.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        world = World(tmp_path, tmp_path, tmp_path / "pages", httpserver, handler, port, url)
        world.serve(OLD_POSTS)
        assert world.run().exit_code == 0
        world.serve(OLD_POSTS + NEW_POSTS)
        proxy.cut_after(budget)
        faulty = world.run()
        proxy.lift()
        assert faulty.exit_code == 1, (proxy.sent, faulty.output)
        assert faulty.stderr.strip().splitlines()[-1].startswith("error: "), faulty.stderr
        rerun = world.run()
        assert rerun.exit_code == 0, rerun.output
        assert world.snapshot() == reference["snapshot"]
        assert handler.received() == reference["received"]
    finally:
        proxy.close()
