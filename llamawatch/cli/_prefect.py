"""Run a Prefect flow from the CLI quietly, offline and without leaving a server behind.

Without ``PREFECT_API_URL`` a flow needs Prefect's temporary API server, a child
process of ~190 MB. Prefect stops it at a normal exit only; ``run_flow`` starts
it itself so that it can also stop it on SIGTERM, SIGHUP and Ctrl-C, and hands
its pid to a watchdog process (``llamawatch.cli.watchdog``) that stops it if the CLI
dies in a way no handler sees (kill -9).
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any, TypeVar

from rich.console import Console

from llamawatch.cli import watchdog
from llamawatch.errors import LlamawatchError

T = TypeVar("T")

#: seconds to wait for an external Prefect API's health check
API_CHECK_TIMEOUT = 5.0


def quiet_prefect(verbose: bool) -> None:
    """Set Prefect's environment before it is imported: no telemetry, few logs.

    Prefect reads its settings when first imported, so the CLI calls this first.
    """
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    # A cold temporary server can take ~20 s on a busy 2-core machine.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    # An empty PREFECT_API_URL means "none": Prefect would otherwise half-use it
    # (its event client fails on every event) instead of starting its temporary server.
    if "PREFECT_API_URL" in os.environ and not os.environ["PREFECT_API_URL"].strip():
        del os.environ["PREFECT_API_URL"]


class FlowFailureFilter(logging.Filter):
    """Drop Prefect's error reports (with tracebacks) when the CLI reports the cause itself."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name.startswith("prefect") and record.levelno >= logging.ERROR)


@contextmanager
def hide_prefect_errors(hide: bool = True) -> Iterator[None]:
    """Let the CLI's one-line message be the only report of a failed flow (not with -v)."""
    if not hide:
        yield
        return
    loggers = [logging.getLogger()] + [
        logger
        for name, logger in logging.Logger.manager.loggerDict.items()
        if name.startswith("prefect") and isinstance(logger, logging.Logger)
    ]
    handlers = {h for logger in loggers for h in logger.handlers}
    quiet = FlowFailureFilter()
    for handler in handlers:
        handler.addFilter(quiet)
    try:
        yield
    finally:
        for handler in handlers:
            handler.removeFilter(quiet)


def check_api(url: str) -> None:
    """Fail in one line when an external Prefect API does not answer its health check."""
    # why: httpx ~320 ms to import; only this path needs it
    import httpx

    if not url.startswith(("http://", "https://")):
        raise LlamawatchError(f"PREFECT_API_URL is not an http(s) URL: {url!r}")
    try:
        response = httpx.get(f"{url.rstrip('/')}/health", timeout=API_CHECK_TIMEOUT)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        raise LlamawatchError(
            f"the Prefect API at {url} does not answer ({reason}); start it, "
            "or unset PREFECT_API_URL to use a temporary server"
        ) from exc


def start_temporary_server() -> Any:
    """Start Prefect's temporary server (Prefect then uses it), guarded; return it or None.

    Returns None when a server is already running in this process (a test
    harness, or a second flow of the same command): it is not ours to stop.
    """
    # why: prefect ~1760 ms, sqlalchemy ~700 ms and more to import; only this path needs it
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the instance Prefect's own client will reuse
    if server.running:
        return None
    _stop_on_signals(server)  # before the start: a SIGTERM while it boots must stop it too
    watched = _watch_each_start(server)
    try:
        server.start()
    except Exception as exc:  # Prefect raises RuntimeError or httpx errors on a failed start
        server.stop()
        first = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        raise LlamawatchError(f"cannot start Prefect's temporary server: {first}") from exc
    if not watched and server.server_process is not None:
        _spawn_watchdog(server.server_process.pid)  # a Prefect without the hook: watch it now
    return server


def _watch_each_start(server: Any) -> bool:
    """Hand every server process Prefect spawns to a watchdog the moment it exists.

    Prefect starts the process, then polls its health for seconds; a watchdog
    spawned only after that would leave the server orphaned by a kill -9 in
    between. Prefect may also respawn it on another port, hence the wrapper.
    """
    spawn = getattr(server, "_run_uvicorn_command", None)
    if not callable(spawn):  # another Prefect version: the caller watches after the start
        return False

    def spawn_watched() -> subprocess.Popen[Any]:
        process = spawn()
        _spawn_watchdog(process.pid)
        return process

    server._run_uvicorn_command = spawn_watched
    return True


def _spawn_watchdog(server_pid: int) -> None:
    """Start the watchdog that stops the server if this process dies without doing so."""
    subprocess.Popen(
        # run as a script (-P: its folder not on sys.path), not with -m, which would load
        # the llamawatch.cli package (~385 ms, click, pydantic): the watchdog is stdlib only
        [sys.executable, "-P", watchdog.__file__, str(os.getpid()), str(server_pid)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # signals to the CLI's process group must not reach it
        close_fds=True,
    )


def _stop_on_signals(server: Any) -> None:
    """On SIGTERM or SIGHUP stop the server, then exit with 128 + the signal number.

    Python's default for these signals ends the process without running
    ``atexit``, where Prefect would stop its server. Ctrl-C (SIGINT) already
    becomes KeyboardInterrupt, and the normal exit stops the server then.
    """

    def handler(signum: int, _frame: Any) -> None:
        signal.signal(signum, signal.SIG_DFL)  # a second signal ends the process at once
        server.stop()
        print(f"stopped by {signal.Signals(signum).name}", file=sys.stderr)
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, handler)


def run_flow(
    call: Callable[..., T], *args: Any, verbose: bool = False, spinner: bool = True, **kwargs: Any
) -> T:
    """Call a flow, showing a spinner while Prefect's temporary server starts."""

    api = os.environ.get("PREFECT_API_URL", "").strip()
    if api:
        check_api(api)
    console = Console(stderr=True)
    busy: AbstractContextManager[Any] = nullcontext()
    if spinner and not api and console.is_terminal:
        busy = console.status("running (the first flow of a process starts Prefect, ~10 s)…")
    with hide_prefect_errors(not verbose), busy:
        if not api:
            start_temporary_server()
        return call(*args, **kwargs)
