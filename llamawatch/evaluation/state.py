"""Score the resolved state against world-truth checkpoints, and count flip-flops.

A truth file is ``{"checkpoints": [{"model", "attribute", "as_of", "accept": [...]}]}``:
the state as of ``as_of`` must hold one of the accepted values. A flip-flop is a
change event whose new value returns to a value the same pair left within the
last ``window`` days (A → B → A): the noise readers complain about.

Pure functions over records; the CLI and the benchmark read files and databases.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from llamawatch.changes import is_restatement, resolve_history, with_hindsight
from llamawatch.errors import LlamawatchError, ParseError
from llamawatch.extractors.local import read_post_file
from llamawatch.records import ChangeEvent, Fact, ModelStates, format_value, value_from_json

#: a value returning to an earlier one within this many days is a flip-flop
FLIP_FLOP_DAYS = 120


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """What the state of one pair must be at one date."""

    model: str
    attribute: str
    as_of: dt.date
    accept: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Miss:
    """A checkpoint the state did not meet: what it held instead (None: nothing)."""

    checkpoint: Checkpoint
    got: Any


@dataclass(frozen=True, slots=True)
class FlipFlop:
    """An event that took a pair back to a value it left shortly before."""

    model: str
    attribute: str
    left: dt.date  #: when the value was first replaced
    back: ChangeEvent  #: the event that restored it


@dataclass(frozen=True, slots=True)
class StateReport:
    """State accuracy over checkpoints, with the misses and the flip-flops."""

    checkpoints: int
    misses: tuple[Miss, ...] = ()
    flip_flops: tuple[FlipFlop, ...] = ()
    events: int = 0
    warnings: tuple[str, ...] = field(default=())

    @property
    def accuracy(self) -> float:
        return (self.checkpoints - len(self.misses)) / self.checkpoints if self.checkpoints else 1.0

    @property
    def unsupported(self) -> int:
        """Checkpoints the state holds nothing for: no post read says anything of them."""
        return sum(1 for m in self.misses if m.got is None)

    @property
    def accuracy_with_evidence(self) -> float:
        """Accuracy over the checkpoints the state holds some value for."""
        held = self.checkpoints - self.unsupported
        return (held - len(self.misses) + self.unsupported) / held if held else 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "checkpoints": self.checkpoints,
            "matched": self.checkpoints - len(self.misses),
            "accuracy": round(self.accuracy, 4),
            "unsupported": self.unsupported,
            "accuracy_with_evidence": round(self.accuracy_with_evidence, 4),
            "flip_flops": len(self.flip_flops),
            "events": self.events,
            "misses": [
                {
                    "model": m.checkpoint.model,
                    "attribute": m.checkpoint.attribute,
                    "as_of": m.checkpoint.as_of.isoformat(),
                    "accept": list(m.checkpoint.accept),
                    "got": m.got,
                }
                for m in self.misses
            ],
            "flip_flop_events": [
                {
                    "model": f.model,
                    "attribute": f.attribute,
                    "left": f.left.isoformat(),
                    "back": f.back.to_json(),
                }
                for f in self.flip_flops
            ],
            "warnings": list(self.warnings),
        }


def load_truth(path: Path) -> list[Checkpoint]:
    """Read a truth file; raise LlamawatchError with one line if it is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LlamawatchError(f"truth file not found: {path}") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LlamawatchError(f"{path}: cannot read truth file: {exc}") from exc
    rows = data.get("checkpoints") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise LlamawatchError(f'{path}: expected {{"checkpoints": [...]}}')
    checkpoints = []
    for index, row in enumerate(rows):
        try:
            checkpoints.append(
                Checkpoint(
                    model=str(row["model"]),
                    attribute=str(row["attribute"]),
                    as_of=dt.date.fromisoformat(str(row["as_of"])),
                    accept=tuple(row["accept"]),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise LlamawatchError(f"{path}: checkpoint {index} is malformed: {exc}") from exc
    return checkpoints


def _accepted(attribute: str, value: Any, accept: Iterable[Any]) -> bool:
    try:
        held = value_from_json(value) if not isinstance(value, tuple) else value
    except ValueError:
        return False
    for wanted in accept:
        try:
            candidate = value_from_json(wanted)
        except ValueError:
            continue
        if held == candidate or (
            attribute != "release_date" and is_restatement(attribute, candidate, held)
        ):
            return True
    return False


def flip_flops(events: Sequence[ChangeEvent], window: int = FLIP_FLOP_DAYS) -> list[FlipFlop]:
    """Return the events that restore a value their pair left within ``window`` days."""
    by_key: dict[tuple[str, str], list[ChangeEvent]] = defaultdict(list)
    for event in sorted(events, key=lambda e: e.date):
        by_key[(event.model, event.attribute)].append(event)
    found = []
    for (model, attribute), key_events in sorted(by_key.items()):
        for index, event in enumerate(key_events):
            for earlier in key_events[:index]:
                if earlier.old is None or (event.date - earlier.date).days > window:
                    continue
                # back to what was left (a coarser restatement of it counts; a refinement not)
                if is_restatement(attribute, earlier.old, event.new):
                    found.append(FlipFlop(model, attribute, earlier.date, event))
                    break
    return found


def score_state(
    checkpoints: Sequence[Checkpoint],
    state_at: Callable[[dt.date], ModelStates],
    events: Sequence[ChangeEvent],
    *,
    warnings: Sequence[str] = (),
) -> StateReport:
    """Score the state read at each checkpoint date, and the flip-flops of the events."""
    cache: dict[dt.date, ModelStates] = {}
    misses = []
    for checkpoint in checkpoints:
        if checkpoint.as_of not in cache:
            cache[checkpoint.as_of] = state_at(checkpoint.as_of)
        state = cache[checkpoint.as_of].get(checkpoint.model, {}).get(checkpoint.attribute)
        got = None if state is None else state.value
        if got is None or not _accepted(checkpoint.attribute, got, checkpoint.accept):
            misses.append(Miss(checkpoint, got))
    return StateReport(
        checkpoints=len(checkpoints),
        misses=tuple(misses),
        flip_flops=tuple(flip_flops(events)),
        events=len(events),
        warnings=tuple(warnings),
    )


def score_facts(
    checkpoints: Sequence[Checkpoint], facts: Sequence[Fact], **resolve_options: Any
) -> StateReport:
    """Resolve facts directly (no database) and score the state and its events."""
    now, events = resolve_history(facts, **resolve_options)
    return score_state(
        checkpoints,
        lambda day: with_hindsight(
            resolve_history(facts, as_of=day, **resolve_options)[0], now, day
        ),
        events,
    )


def format_state_report(report: StateReport) -> str:
    """Return the report as people read it: accuracy, flip-flops, then each miss."""
    matched = report.checkpoints - len(report.misses)
    lines = [
        f"state accuracy {report.accuracy:.3f} ({matched}/{report.checkpoints} checkpoints)",
        f"  {report.unsupported} without any evidence; accuracy where the state holds a value"
        f" {report.accuracy_with_evidence:.3f}",
        f"flip-flops {len(report.flip_flops)} (within {FLIP_FLOP_DAYS} days)"
        f" over {report.events} change events",
    ]
    for miss in report.misses:
        c = miss.checkpoint
        accept = " | ".join(format_value(value_from_json(v)) for v in c.accept)
        got = "nothing" if miss.got is None else format_value(miss.got)
        lines.append(f"  miss {c.model} {c.attribute} as of {c.as_of}: {got} (want {accept})")
    for flip in report.flip_flops:
        e = flip.back
        lines.append(
            f"  flip-flop {flip.model} {flip.attribute}: left {format_value(e.new)} on"
            f" {flip.left}, back on {e.date} ({e.source})"
        )
    lines.extend(f"warning: {w}" for w in report.warnings)
    return "\n".join(lines)


def gold_facts(posts_dirs: Sequence[Path]) -> tuple[list[Fact], list[str]]:
    """Return the gold facts of corpora, dated and sourced by each post's front matter.

    Each folder holds posts; its gold file (``gold.json``) sits in it or beside it.
    """

    facts: list[Fact] = []
    warnings: list[str] = []
    for folder in posts_dirs:
        folder = Path(folder)
        gold_path = next(
            (p for p in (folder / "gold.json", folder.parent / "gold.json") if p.exists()), None
        )
        if gold_path is None:
            raise LlamawatchError(f"{folder}: no gold.json in it or beside it")
        try:
            posts = json.loads(gold_path.read_text(encoding="utf-8"))["posts"]
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
            raise LlamawatchError(f"{gold_path}: not a gold file: {exc}") from exc
        for name, entries in sorted(posts.items()):
            try:
                post = read_post_file(folder / name)
            except ParseError as exc:
                warnings.append(str(exc))
                continue
            for index, entry in enumerate(entries):
                try:
                    facts.append(
                        Fact(
                            model=str(entry["model"]),
                            attribute=str(entry["attribute"]),
                            value=value_from_json(entry["value"]),
                            certainty=entry.get("certainty", "confirmed"),
                            evidence=str(entry.get("evidence", "")),
                            source=post.url,
                            published=post.published,
                        )
                    )
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    warnings.append(f"{gold_path}: {name} fact {index} skipped: {exc!r}")
    return facts, warnings
