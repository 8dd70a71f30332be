"""Stop Prefect's temporary API server when the llamawatch process that started it dies.

``llamawatch run`` starts the server as a child process. A clean exit, Ctrl-C or
SIGTERM stops it from inside the CLI; this watchdog covers the rest (kill -9, an
out-of-memory kill, a crash in native code). It is a tiny separate process in
its own session, so signals sent to the CLI's process group do not reach it:

    python -P llamawatch/cli/watchdog.py PARENT_PID SERVER_PID [INTERVAL]

It polls: while the server lives and its parent is still the CLI it waits; once
it has been re-parented (the CLI is gone) it stops the server (SIGTERM, then
SIGKILL) and exits. Process start times guard against a recycled pid.
Standard library only, so that it starts fast and small; it is run by its path, since
``-m llamawatch.cli.watchdog`` would first import the ``llamawatch.cli`` package.
"""

from __future__ import annotations

import os
import signal
import sys
import time

#: seconds the server gets to shut down after SIGTERM before SIGKILL
GRACE_SECONDS = 5.0


def start_time(pid: int) -> str | None:
    """Return the kernel's start time of a live (not zombie) process, or None."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    # fields[0] is the state (field 3 of stat), fields[19] the start time (field 22)
    if fields[0] in ("Z", "X"):
        return None
    return fields[19]


def alive(pid: int, started: str | None) -> bool:
    """Return True while the process ``pid`` that started at ``started`` still runs."""
    return started is not None and start_time(pid) == started


def stop(pid: int, started: str | None, grace: float = GRACE_SECONDS) -> None:
    """Terminate the process, then kill it if it is still there after ``grace`` seconds."""
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 1.0)):
        if not alive(pid, started):
            return
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and alive(pid, started):
            time.sleep(0.05)


def watch(parent: int, server: int, interval: float = 0.5) -> None:
    """Wait while both processes live; stop the server once the parent is gone."""
    started = start_time(server)
    while alive(server, started):
        if os.getppid() != parent:  # re-parented: the CLI died without stopping the server
            stop(server, started)
            return
        time.sleep(interval)


def main(argv: list[str]) -> int:
    """Entry point: ``PARENT_PID SERVER_PID [INTERVAL]``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the CLI's to handle
    try:
        parent, server = int(argv[0]), int(argv[1])
        interval = float(argv[2]) if len(argv) > 2 else 0.5
    except (IndexError, ValueError):
        print("usage: python -P watchdog.py PARENT_PID SERVER_PID [INTERVAL]", file=sys.stderr)
        return 2
    watch(parent, server, interval)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
