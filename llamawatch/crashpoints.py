"""Named crash points, so that tests can kill a run at every step boundary.

A run calls :func:`crash_point` between its durable steps. When the
environment variable ``LLAMAWATCH_CRASH_AT`` names that point, the process
kills itself with SIGKILL on the spot: no ``finally``, no flush, exactly what
``kill -9`` or a power cut does. Unset (always, outside tests) it costs a dict
lookup.
"""

from __future__ import annotations

import os
import signal

#: environment variable naming the point at which to die
CRASH_ENV = "LLAMAWATCH_CRASH_AT"


def crash_point(name: str) -> None:
    """Kill this process with SIGKILL when ``LLAMAWATCH_CRASH_AT`` equals ``name``."""
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
