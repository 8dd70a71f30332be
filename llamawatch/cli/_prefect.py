"""Run a Prefect flow from the CLI quietly, offline and without leaving a server behind."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def quiet_prefect(verbose: bool) -> None:
    """Set Prefect's environment before it is imported: no telemetry, few logs.

    Prefect reads its settings when first imported, so the CLI calls this first.
    """
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    # A cold temporary server can take ~20 s on a busy 2-core machine (PLATFORM.md).
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")


def run_flow(
    call: Callable[..., T], *args: Any, verbose: bool = False, spinner: bool = True, **kwargs: Any
) -> T:
    """Call a flow, showing a spinner while Prefect's temporary server starts."""
    from rich.console import Console

    console = Console(stderr=True)
    if not spinner or os.environ.get("PREFECT_API_URL") or not console.is_terminal:
        return call(*args, **kwargs)
    with console.status("running (the first flow of a process starts Prefect, ~10 s)…"):
        return call(*args, **kwargs)
