"""Records for rendering tests, screenshots and the render benchmark.

The sentences are our own, written for these tests. ``sample_history`` is a
small, realistic history of the family; ``HOSTILE_*`` is a post whose title and
body carry script and ``onerror`` payloads; ``synthetic_history`` scales up.
States are derived from the events here (last value wins), which is all a
rendering test needs; resolution itself is tested elsewhere.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage

from llamawatch.publishing.render import DigestContext
from llamawatch.records import (
    ALERT_ATTRIBUTES,
    AttributeState,
    ChangeEvent,
    Fact,
    FactValue,
    ModelStates,
)

D = dt.date
HOSTILE_TITLE = '<script>alert("title")</script><img src=x onerror="alert(1)"> Leak'
HOSTILE_EVIDENCE = (
    'Insiders say <script>alert("body")</script> the model <img src=x onerror="alert(2)"> '
    "will be closed."
)
HOSTILE_URL = "https://evil.example/post?<script>x</script>"
HOSTILE_MODEL = "Mango"
#: strings a hostile post puts into the pages; none of them may become markup
HOSTILE_MARKERS = ("<script>", "<img", "onerror=")


@dataclass
class History:
    """What storage would load: state, events, rumours, superseded events, post titles."""

    states: ModelStates
    events: list[ChangeEvent]
    rumours: list[Fact] = field(default_factory=list)
    superseded: list[ChangeEvent] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)


def event(
    day: dt.date,
    model: str,
    attribute: str,
    new: FactValue,
    old: FactValue | None = None,
    *,
    certainty: str = "confirmed",
    evidence: str = "",
    source: str = "",
    severity: str | None = None,
) -> ChangeEvent:
    """Build a change event; severity follows the rule (alert attributes or a new model)."""
    if severity is None:
        severity = "alert" if attribute in ALERT_ATTRIBUTES else "digest"
    return ChangeEvent(
        date=day,
        model=model,
        attribute=attribute,
        old=old,
        new=new,
        certainty=certainty,  # type: ignore[arg-type]
        severity=severity,  # type: ignore[arg-type]
        evidence=evidence or f"A post said {model} {attribute} is {new}.",
        source=source or f"https://news.example/{model.lower().replace(' ', '-')}/{attribute}",
    )


def states_from_events(events: Iterable[ChangeEvent]) -> ModelStates:
    """Derive the state from events: the latest event of each (model, attribute) holds."""
    states: ModelStates = {}
    for ev in sorted(events, key=lambda e: (e.date, e.source)):
        states.setdefault(ev.model, {})[ev.attribute] = AttributeState(
            value=ev.new,
            certainty=ev.certainty,
            since=ev.date,
            evidence=ev.evidence,
            source=ev.source,
        )
    return states


def sample_history(hostile: bool = False) -> History:
    """A small family history: releases, a licence change, a closed successor, a rumour."""
    meta = "https://ai.meta.example/blog"
    press = "https://press.example/ai"
    evs = [
        event(
            D(2023, 2, 24),
            "Llama 1",
            "status",
            "released",
            evidence="Meta handed the first LLaMA weights to researchers who applied.",
            source=f"{meta}/llama-1",
        ),
        event(
            D(2023, 2, 24),
            "Llama 1",
            "openness",
            "research_only",
            evidence="Access to the weights was granted case by case for research.",
            source=f"{meta}/llama-1",
        ),
        event(
            D(2023, 2, 24),
            "Llama 1",
            "license",
            "llama-1-research",
            evidence="The licence allowed non-commercial research use only.",
            source=f"{meta}/llama-1",
        ),
        event(
            D(2023, 2, 24),
            "Llama 1",
            "params_total",
            65_000_000_000,
            evidence="The largest variant counted 65 billion parameters.",
            source=f"{meta}/llama-1",
        ),
        event(
            D(2023, 7, 18),
            "Llama 2",
            "status",
            "released",
            evidence="Llama 2 shipped with weights anyone could download after sign-up.",
            source=f"{meta}/llama-2",
        ),
        event(
            D(2023, 7, 18),
            "Llama 2",
            "openness",
            "open_weights",
            evidence="Weights were made downloadable for commercial use as well.",
            source=f"{meta}/llama-2",
        ),
        event(
            D(2023, 7, 18),
            "Llama 2",
            "license",
            "llama-2-community",
            evidence="It came under the Llama 2 Community License.",
            source=f"{meta}/llama-2",
        ),
        event(
            D(2024, 7, 23),
            "Llama 3.1",
            "status",
            "released",
            evidence="Llama 3.1 arrived in three sizes, the biggest at 405 billion parameters.",
            source=f"{meta}/llama-3-1",
        ),
        event(
            D(2024, 7, 23),
            "Llama 3.1",
            "openness",
            "open_weights",
            evidence="As before, the weights could be downloaded by anyone.",
            source=f"{meta}/llama-3-1",
        ),
        event(
            D(2024, 7, 23),
            "Llama 3.1",
            "context_window",
            128_000,
            evidence="Context grew to 128K tokens.",
            source=f"{meta}/llama-3-1",
        ),
        event(
            D(2025, 4, 5),
            "Llama 4 Maverick",
            "status",
            "released",
            evidence="Maverick went live on the same day as Scout.",
            source=f"{meta}/llama-4",
        ),
        event(
            D(2025, 4, 5),
            "Llama 4 Maverick",
            "openness",
            "open_weights",
            evidence="Maverick weights are published for download.",
            source=f"{meta}/llama-4",
        ),
        event(
            D(2025, 4, 5),
            "Llama 4 Maverick",
            "params_active",
            17_000_000_000,
            evidence="Each token passes through 17 billion active parameters.",
            source=f"{meta}/llama-4",
        ),
        event(
            D(2025, 4, 5),
            "Llama 4 Maverick",
            "architecture",
            "moe",
            evidence="It is built as a mixture of experts.",
            source=f"{meta}/llama-4",
        ),
        event(
            D(2025, 4, 5),
            "Llama 4 Behemoth",
            "status",
            "upcoming",
            evidence="Behemoth is still being trained.",
            source=f"{meta}/llama-4",
        ),
        event(
            D(2025, 9, 2),
            "Llama 4 Behemoth",
            "status",
            "shelved",
            "upcoming",
            certainty="reported",
            evidence="People familiar with the plans say Behemoth will not ship.",
            source=f"{press}/behemoth",
        ),
        event(
            D(2025, 12, 10),
            "Avocado",
            "openness",
            "closed",
            certainty="reported",
            severity="alert",
            evidence="Reports describe Avocado as a model Meta will keep closed.",
            source=f"{press}/avocado",
        ),
        event(
            D(2025, 12, 10),
            "Avocado",
            "status",
            "upcoming",
            certainty="reported",
            evidence="Avocado is reported to be in training.",
            source=f"{press}/avocado",
        ),
        event(
            D(2025, 12, 12),
            "Llama 3.1",
            "license",
            "llama-3.1-community",
            "llama-3-community",
            evidence="The model card now names the Llama 3.1 Community License.",
            source=f"{meta}/llama-3-1-card",
        ),
        event(
            D(2025, 12, 11),
            "Llama 4 Maverick",
            "context_window",
            1_000_000,
            evidence="Maverick handles a context of one million tokens.",
            source=f"{meta}/maverick-context",
        ),
    ]
    rumours = [
        Fact(
            "Llama 4 Behemoth",
            "openness",
            "closed",
            "speculative",
            "Behemoth could end up behind an API only.",
            f"{press}/behemoth-api",
            D(2025, 12, 9),
        ),
    ]
    titles = {
        f"{meta}/llama-1": "Introducing LLaMA",
        f"{meta}/llama-2": "Meet Llama 2",
        f"{press}/avocado": "Meta's next model may stay closed",
    }
    superseded = [
        event(
            D(2025, 12, 9),
            "Llama 4 Scout",
            "context_window",
            100_000,
            evidence="An early note gave Scout a 100K context.",
            source=f"{press}/scout",
        ),
    ]
    if hostile:
        evs.append(
            event(
                D(2025, 12, 11),
                HOSTILE_MODEL,
                "openness",
                "closed",
                certainty="reported",
                severity="alert",
                evidence=HOSTILE_EVIDENCE,
                source=HOSTILE_URL,
            )
        )
        evs.append(
            event(
                D(2025, 12, 11),
                "Llama 2",
                "license",
                "proprietary",
                "llama-2-community",
                certainty="speculative",
                evidence=HOSTILE_EVIDENCE,
                source='javascript:alert("x")',
            )
        )
        rumours.append(
            Fact(
                HOSTILE_MODEL,
                "status",
                "upcoming",
                "speculative",
                HOSTILE_EVIDENCE,
                HOSTILE_URL,
                D(2025, 12, 11),
            )
        )
        titles[HOSTILE_URL] = HOSTILE_TITLE
    states = states_from_events(evs)
    maverick = states["Llama 4 Maverick"]
    maverick["context_window"] = dataclasses.replace(
        maverick["context_window"], conflicts=(10_000_000,), corroborations=2
    )
    return History(states, evs, rumours, superseded, titles)


def synthetic_history(models: int = 50, events: int = 5000, seed: int = 7) -> History:
    """A large made-up history: ``models`` models and ``events`` events over three years."""
    rng = random.Random(seed)
    names = [f"Model {i:02d}" for i in range(models)]
    attributes = [
        "status",
        "openness",
        "license",
        "params_total",
        "context_window",
        "release_date",
        "architecture",
        "modalities",
    ]
    values: dict[str, list[FactValue]] = {
        "status": ["upcoming", "released", "shelved"],
        "openness": ["open_source", "open_weights", "research_only", "closed"],
        "license": ["llama-2-community", "llama-4-community", "proprietary", "apache-2.0"],
        "params_total": [7_000_000_000, 70_000_000_000, 405_000_000_000],
        "context_window": [8_192, 128_000, 1_000_000, 10_000_000],
        "release_date": ["2024", "2025-04", "2025-04-05", "2026-Q2"],
        "architecture": ["moe", "dense"],
        "modalities": [("text",), ("image", "text"), ("audio", "image", "text", "video")],
    }
    current: dict[tuple[str, str], FactValue] = {}
    start = D(2023, 1, 1)
    evs = []
    for i in range(events):
        model = names[i % models]
        attribute = rng.choice(attributes)
        new = rng.choice(values[attribute])
        old = current.get((model, attribute))
        if old == new:
            new = next(v for v in values[attribute] if v != old)
        current[(model, attribute)] = new
        day = start + dt.timedelta(days=i * 1095 // events)
        evs.append(
            event(
                day,
                model,
                attribute,
                new,
                old,
                certainty=rng.choice(["confirmed", "reported", "speculative"]),
                evidence=f"Post {i} says the {attribute} of {model} is now {new}.",
                source=f"https://news.example/post/{i}",
            )
        )
    rumours = [
        Fact(
            names[i],
            "openness",
            "closed",
            "speculative",
            f"Someone guesses {names[i]} closes.",
            f"https://news.example/rumour/{i}",
            D(2025, 12, 1),
        )
        for i in range(0, models, 5)
    ]
    return History(states_from_events(evs), evs, rumours)


def digest_mail(
    context: DigestContext,
    *,
    sender: str = "llamawatch@localhost",
    recipients: Sequence[str] = ("reader@example.org",),
) -> EmailMessage:
    """The digest mail as ``digest --send`` builds it: the outbox payload, rebuilt for a reader."""
    from llamawatch.delivery.channels.smtp import email_from_payload
    from llamawatch.delivery.outbox import digest_messages

    recipient = recipients[0] if recipients else "reader@example.org"
    (message,) = digest_messages(context, [recipient], sender)
    return email_from_payload(message.payload, recipient)
