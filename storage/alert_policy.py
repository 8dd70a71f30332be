"""The review alert policy over stored history: which alerts may go now, with a note.

Its own module because it reads both the history (held-back live events) and
the review decisions, and the history itself reads the decisions: kept apart,
neither of those two imports the other's reader.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from llamawatch.evaluation.review import passes_policy, standing_note
from llamawatch.records import ATTRIBUTES, ChangeEvent
from llamawatch.storage.history import load_events
from llamawatch.storage.review import event_standing


def policy_alerts(
    session: Session,
    events: Sequence[ChangeEvent],
    policy_of: Callable[[str], str],
    *,
    since: dt.date,
) -> list[tuple[ChangeEvent, str]]:
    """Return the events the alert policy lets through now, each with its standing note.

    Besides the given (new) events, live events held back earlier are looked at
    again: one that has since been corroborated or reviewed is let through now
    (the outbox's idempotency keys keep an alert from going twice).
    """
    candidates = list(events)
    if any(policy_of(attribute) != "at_once" for attribute in ATTRIBUTES):
        seen = set(candidates)
        for event in load_events(session, since=since, modes=["live"]):
            if event not in seen and policy_of(event.attribute) != "at_once":
                candidates.append(event)
                seen.add(event)
    chosen = []
    for event in candidates:
        reviewed, sources = event_standing(session, event)
        if passes_policy(policy_of(event.attribute), reviewed=reviewed, sources=sources):
            chosen.append((event, standing_note(reviewed=reviewed, sources=sources)))
    return chosen
