"""A stopped `llamawatch run` leaves no Prefect temporary server behind.

Each test starts the real CLI in a subprocess (the bundled demo source, no
network), waits until Prefect's temporary API server process exists, stops the
CLI with a signal and then looks for the server among the living processes.
SIGTERM and Ctrl-C are handled inside the CLI; kill -9 is the watchdog's case.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from llamawatch.cli import watchdog

#: seconds allowed for the CLI to start Prefect's server (a busy 2-core machine is slow)
START_TIMEOUT = 90


def _server_of(cli: psutil.Process) -> psutil.Process | None:
    for child in cli.children(recursive=True):
        try:
            if "prefect.server.api.server:create_app" in child.cmdline():
                return child
        except psutil.Error:
            continue
    return None


def _is_gone(process: psutil.Process, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if process.status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.1)
    return False


def _start_run(tmp_path: Path) -> tuple[subprocess.Popen[bytes], psutil.Process]:
    env = {
        **os.environ,
        "LLAMAWATCH_DB": f"sqlite:///{tmp_path / 'watch.db'}",
        "LLAMAWATCH_OUTPUT": str(tmp_path / "site"),
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    }
    env.pop("PREFECT_API_URL", None)
    env.pop("LLAMAWATCH_CONFIG", None)
    cli = subprocess.Popen(
        [sys.executable, "-c", "from llamawatch.cli import main; main()", "run", "--all"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    deadline = time.monotonic() + START_TIMEOUT
    server = None
    while server is None and time.monotonic() < deadline and cli.poll() is None:
        server = _server_of(psutil.Process(cli.pid))
        time.sleep(0.05)
    if server is None:
        cli.kill()
        pytest.fail(f"no Prefect server appeared: {cli.communicate()[1].decode()[-500:]}")
    return cli, server


@pytest.mark.parametrize(
    ("sig", "status"),
    [(signal.SIGTERM, 128 + signal.SIGTERM), (signal.SIGINT, 130), (signal.SIGKILL, -9)],
    ids=["sigterm", "sigint", "kill-9"],
)
def test_a_stopped_run_leaves_no_server(tmp_path: Path, sig: int, status: int) -> None:
    cli, server = _start_run(tmp_path)
    time.sleep(0.5)  # the server is booting: the hardest moment (no atexit has a hold yet)
    cli.send_signal(sig)
    try:
        _, err = cli.communicate(timeout=60)
    finally:
        if cli.poll() is None:
            cli.kill()
    assert cli.returncode == status
    assert b"Traceback" not in err
    assert _is_gone(server, within=10), f"Prefect server {server.pid} outlived the CLI"


def test_the_watchdog_stops_an_orphan_and_only_then(tmp_path: Path) -> None:
    # A parent that starts a long sleeper and a watchdog for it, then dies.
    script = (
        "import subprocess, sys, time\n"
        "child = subprocess.Popen(['sleep', '60'])\n"
        f"subprocess.Popen([sys.executable, '-P', {watchdog.__file__!r}, "
        "str(__import__('os').getpid()), str(child.pid), '0.1'], start_new_session=True)\n"
        "print(child.pid, flush=True)\n"
        "time.sleep(float(sys.argv[1]))\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script, "1.5"], stdout=subprocess.PIPE)
    sleeper = psutil.Process(int(parent.stdout.readline()))  # type: ignore[union-attr]
    time.sleep(0.8)
    assert sleeper.is_running() and sleeper.status() != psutil.STATUS_ZOMBIE  # parent alive
    parent.wait(timeout=10)
    assert _is_gone(sleeper, within=10)


def test_the_watchdog_tells_a_recycled_pid_apart() -> None:
    me = os.getpid()
    started = watchdog.start_time(me)
    assert started is not None and watchdog.alive(me, started)
    assert not watchdog.alive(me, str(int(started) + 1))  # same pid, another process
    assert watchdog.start_time(2**22 + 12345) is None
