"""The analyst in the loop: review decisions, facts entered by hand, and reviewed gold.

Pure functions over records; storage (``llamawatch.storage.review``) loads and
saves them. A decision names a fact by the content hash of its post and the
fact's (model, attribute, value), never by a row id, so it survives a reprocess
and a new extractor version:

- ``reject``: the fact is dropped before resolution and never moves the state;
- ``correct``: the fact counts with the analyst's model, attribute, value or
  certainty, and is marked reviewed;
- ``accept``: the fact counts as extracted, marked reviewed.

Facts entered by hand use the fact export shape (JSON, or CSV with the same
columns); a file with one bad row is refused whole, naming the line.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from llamawatch.attributes import COUNT_ATTRIBUTES
from llamawatch.changes import validate_fact, value_key
from llamawatch.evaluation.extraction import Counts, values_match
from llamawatch.records import ATTRIBUTES, Fact, FactValue, format_value, value_to_json

DecisionKind = Literal["accept", "reject", "correct"]
DECISIONS: tuple[str, ...] = ("accept", "reject", "correct")
#: (post content hash, model, attribute, value key): how a decision finds its fact
FactKey = tuple[str, str, str, str]
#: columns of ``facts export`` and ``facts import`` (CSV header, JSON keys)
FACT_COLUMNS: tuple[str, ...] = (
    "model",
    "attribute",
    "value",
    "certainty",
    "evidence",
    "source",
    "published",
)
_SIZE = re.compile(r"^\s*([0-9][0-9_,]*(?:\.[0-9]+)?)\s*([kmbt])?\s*$", re.IGNORECASE)
_SCALE = {"k": 10**3, "m": 10**6, "b": 10**9, "t": 10**12}


def fact_key(content_hash: str, fact: Fact) -> FactKey:
    """Return the identity of a fact of a post version, as decisions store it."""
    return (content_hash, fact.model, fact.attribute, value_key(fact.value))


#: how a stable fact reference looks: "r" and hex digits (a prefix of the full hash)
REF_PATTERN = re.compile(r"^r[0-9a-f]{6,64}$")
REF_CHARS = 10


def fact_ref(key: FactKey) -> str:
    """Return a short stable reference to a fact: it survives ``reprocess``, unlike row ids.

    It hashes what decisions are keyed by (the post's content hash and the fact),
    so a command copied from the review page still names the same fact after
    the facts were extracted again.
    """
    digest = hashlib.sha256("\x1f".join(key).encode("utf-8")).hexdigest()
    return "r" + digest[:REF_CHARS]


def is_ref(text: str) -> bool:
    """True when ``text`` is a fact reference (``r`` + hex) rather than a row id."""
    return bool(REF_PATTERN.match(text.strip().lower()))


@dataclass(frozen=True, slots=True)
class Decision:
    """One analyst decision on one fact (what ``review accept/reject/correct`` stores)."""

    content_hash: str
    model: str
    attribute: str
    value: FactValue
    decision: DecisionKind
    reason: str = ""
    new_model: str | None = None
    new_attribute: str | None = None
    new_value: FactValue | None = None
    new_certainty: str | None = None
    #: the fact as it was when decided: shown for orphans, scored by eval
    certainty: str = ""
    evidence: str = ""
    post_url: str = ""
    decided_by: str = ""
    decided_at: dt.datetime | None = None
    id: int | None = None

    @property
    def key(self) -> FactKey:
        return (self.content_hash, self.model, self.attribute, value_key(self.value))

    @property
    def target(self) -> tuple[str, str]:
        """Return the (model, attribute) the fact counts for after this decision."""
        if self.decision != "correct":
            return (self.model, self.attribute)
        return (self.new_model or self.model, self.new_attribute or self.attribute)

    def corrected(self, fact: Fact) -> Fact:
        """Return the fact with the analyst's values (the fact itself unless corrected)."""
        if self.decision != "correct":
            return fact
        return replace(
            fact,
            model=self.new_model or fact.model,
            attribute=self.new_attribute or fact.attribute,
            value=fact.value if self.new_value is None else self.new_value,
            certainty=self.new_certainty or fact.certainty,  # type: ignore[arg-type]
        )

    def summary(self) -> str:
        """Say the decision in one line: what fact, what was decided, why."""
        said = f"{self.model} {self.attribute}={format_value(self.value)}"
        if self.decision == "correct":
            fixed = self.corrected(
                Fact(self.model, self.attribute, self.value, "confirmed", "", "")
            )
            certainty = f" ({self.new_certainty})" if self.new_certainty else ""
            said += f" → {fixed.model} {fixed.attribute}={format_value(fixed.value)}{certainty}"
        reason = f": {self.reason}" if self.reason else ""
        return f"{self.decision} {said}{reason}"


def apply_decision(fact: Fact, decision: Decision | None) -> Fact | None:
    """Return the fact as it counts after a decision, or None when it was rejected."""
    if decision is None:
        return fact
    if decision.decision == "reject":
        return None
    return replace(decision.corrected(fact), reviewed=True)


def apply_decisions(
    facts: Iterable[tuple[str, Fact]], decisions: Mapping[FactKey, Decision]
) -> list[Fact]:
    """Return the facts as they count: rejected ones dropped, corrected ones rewritten.

    ``facts`` are (post content hash, fact) pairs; accepted and corrected facts
    come back marked ``reviewed``. Facts without a decision pass unchanged.
    """
    kept = []
    for content_hash, fact in facts:
        result = apply_decision(fact, decisions.get(fact_key(content_hash, fact)))
        if result is not None:
            kept.append(result)
    return kept


def orphaned(decisions: Iterable[Decision], existing: set[FactKey]) -> list[Decision]:
    """Return the decisions whose fact no longer exists (kept, and listed for the analyst)."""
    return [d for d in decisions if d.key not in existing]


# --- values and facts typed by a person ----------------------------------------------


def parse_value(attribute: str, text: Any) -> FactValue:
    """Return a value typed by a person as the attribute's type ("17B" → 17000000000).

    Raises ValueError with the reason when it is not one.
    """
    if attribute in COUNT_ATTRIBUTES:
        if isinstance(text, int) and not isinstance(text, bool):
            return text
        match = _SIZE.match(str(text))
        if not match:
            raise ValueError(f"{attribute} {text!r} is not a number (e.g. 17000000000 or 17B)")
        number = float(match.group(1).replace(",", "").replace("_", ""))
        return round(number * _SCALE.get((match.group(2) or "").lower(), 1))
    if attribute == "modalities":
        if isinstance(text, list | tuple):
            items = [str(v) for v in text]
        else:
            raw = str(text).strip()
            if raw.startswith("["):
                try:
                    items = [str(v) for v in json.loads(raw)]
                except (json.JSONDecodeError, TypeError) as exc:
                    raise ValueError(f"modalities {raw!r} is not a list") from exc
            else:
                items = re.split(r"[;,|\s]+", raw)
        return tuple(sorted({item.strip().lower() for item in items if item.strip()}))
    if not isinstance(text, str):
        raise ValueError(f"{attribute} {text!r} is not text")
    return text.strip()


def hand_fact(fields: Mapping[str, Any]) -> Fact:
    """Return a valid fact from the export columns; raise ValueError with the reason."""
    missing = [
        name
        for name in ("model", "attribute", "value", "source", "published")
        if not fields.get(name)
    ]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    attribute = str(fields["attribute"]).strip()
    if attribute not in ATTRIBUTES:
        raise ValueError(f"unknown attribute {attribute!r}")
    try:
        published = dt.date.fromisoformat(str(fields["published"]).strip())
    except ValueError as exc:
        raise ValueError(f"date {fields['published']!r} is not YYYY-MM-DD") from exc
    fact = Fact(
        model=str(fields["model"]).strip(),
        attribute=attribute,
        value=parse_value(attribute, fields["value"]),
        certainty=str(fields.get("certainty") or "confirmed").strip(),  # type: ignore[arg-type]
        evidence=str(fields.get("evidence") or "").strip(),
        source=str(fields["source"]).strip(),
        published=published,
        reviewed=True,
    )
    reason = validate_fact(fact)
    if reason:
        raise ValueError(reason)
    return fact


class FactFileError(ValueError):
    """A facts file that cannot be imported: which line, and why."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


def _json_items(text: str) -> list[tuple[int, Any]]:
    """Return (line, item) for each element of a JSON array, to name a bad item's line."""
    decoder = json.JSONDecoder()
    items: list[tuple[int, Any]] = []

    def line_of(pos: int) -> int:
        return text.count("\n", 0, pos) + 1

    pos = len(text) - len(text.lstrip())
    if not text[pos:].startswith("["):
        raise FactFileError(line_of(pos), "expected a JSON array of facts")
    pos += 1
    while True:
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if pos < len(text) and text[pos] == "]":
            break
        try:
            item, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise FactFileError(exc.lineno, f"not valid JSON: {exc.msg}") from exc
        items.append((line_of(pos), item))
        pos = end
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if pos < len(text) and text[pos] == ",":
            pos += 1
        elif pos < len(text) and text[pos] == "]":
            break
        else:
            raise FactFileError(line_of(pos), "expected ',' or ']' after a fact")
    rest = text[pos + 1 :].strip()
    if rest:
        raise FactFileError(line_of(len(text) - len(text[pos + 1 :].lstrip())), "text after ']'")
    return items


def parse_facts_file(text: str, fmt: str) -> list[Fact]:
    """Return every fact of a JSON or CSV facts file; raise FactFileError at the first bad row."""
    if fmt == "json":
        rows = _json_items(text)
    else:
        reader = csv.DictReader(io.StringIO(text))
        missing = [c for c in ("model", "attribute", "value") if c not in (reader.fieldnames or [])]
        if missing:
            raise FactFileError(1, f"CSV header lacks {', '.join(missing)}")
        rows = [(reader.line_num, row) for row in reader]
    facts = []
    for line, row in rows:
        if not isinstance(row, dict):
            raise FactFileError(line, "a fact must be an object")
        try:
            facts.append(hand_fact(row))
        except ValueError as exc:
            raise FactFileError(line, str(exc)) from exc
    return facts


def facts_to_text(facts: Sequence[Fact], fmt: str) -> str:
    """Return facts as ``facts export`` writes them (JSON array or CSV, same columns)."""
    if fmt == "json":
        return json.dumps([fact.to_json() for fact in facts], indent=2, ensure_ascii=False) + "\n"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FACT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for fact in facts:
        row = fact.to_json()
        value = value_to_json(fact.value)
        row["value"] = ";".join(value) if isinstance(value, list) else value
        writer.writerow(row)
    return out.getvalue()


# --- the review queue -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QueueItem:
    """A fact that changed or would change the state, waiting for a person's decision."""

    fact_id: int
    fact: Fact
    post_url: str
    post_title: str
    #: "changed" (it set the current or a past value) or "disputes" (a conflict or rumour)
    kind: str
    severity: str  #: "alert" or "digest", as its change event
    old: FactValue | None = None
    #: sources that state the same value, and (source, value) of those that disagree
    support: tuple[str, ...] = ()
    dissent: tuple[tuple[str, FactValue], ...] = ()
    #: stable reference (``fact_ref``): the commands use it, so they survive ``reprocess``
    ref: str = ""

    @property
    def handle(self) -> str:
        """What the commands name the fact by: its stable reference, else its row id."""
        return self.ref or str(self.fact_id)

    @property
    def accept_command(self) -> str:
        return f"llamawatch review accept {self.handle}"

    @property
    def reject_command(self) -> str:
        return f'llamawatch review reject {self.handle} --reason "…"'

    @property
    def headline(self) -> str:
        change = format_value(self.fact.value)
        if self.old is not None:
            change = f"{format_value(self.old)} → {change}"
        return f"{self.fact.model}: {self.fact.attribute} {change} ({self.fact.certainty})"


def queue_order(item: QueueItem) -> tuple[Any, ...]:
    """Newest first, then alerts before digest changes, then model and attribute."""
    published = item.fact.published or dt.date.min
    return (-published.toordinal(), item.severity != "alert", item.fact.model, item.fact_id)


# --- your own gold ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewedScore:
    """How the current extractor does on reviewed posts, per attribute."""

    by_attribute: dict[str, Counts]
    posts: int  #: reviewed posts scored
    orphaned: int  #: decisions whose post version is gone (not scored)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.by_attribute.values():
            total = total + counts
        return total


def _same(fact: Fact, model: str, attribute: str, value: FactValue) -> bool:
    return (
        fact.model.strip().lower() == model.strip().lower()
        and fact.attribute == attribute
        and values_match(attribute, fact.value, value)
    )


def score_reviewed(
    decisions: Iterable[Decision], predicted: Mapping[str, Sequence[Fact]]
) -> ReviewedScore:
    """Score predictions (content hash → facts the extractor reads now) against decisions.

    An accepted fact, or a corrected fact's analyst values, is gold: extracting
    it is a true positive, missing it a false negative. A rejected fact, or the
    wrong original of a correction, should not be extracted: doing so is a false
    positive. Predictions no one reviewed are not scored (their truth is unknown).
    """
    by_post: dict[str, list[Decision]] = defaultdict(list)
    orphans = 0
    for decision in decisions:
        if decision.content_hash in predicted:
            by_post[decision.content_hash].append(decision)
        else:
            orphans += 1
    counts: dict[str, Counts] = defaultdict(Counts)
    for content_hash, post_decisions in by_post.items():
        facts = predicted[content_hash]
        gold: list[tuple[str, str, FactValue]] = []
        wrong: list[tuple[str, str, FactValue]] = []
        for d in post_decisions:
            if d.decision == "reject":
                wrong.append((d.model, d.attribute, d.value))
                continue
            model, attribute = d.target
            value = d.value if d.new_value is None else d.new_value
            gold.append((model, attribute, value))
            original = (d.model, d.attribute, d.value)
            if d.decision == "correct" and (
                (model, attribute) != (d.model, d.attribute)
                or not values_match(attribute, value, d.value)
            ):
                wrong.append(original)
        for model, attribute, value in gold:
            hit = any(_same(fact, model, attribute, value) for fact in facts)
            counts[attribute] += Counts(tp=1) if hit else Counts(fn=1)
        for model, attribute, value in wrong:
            if any(_same(fact, model, attribute, value) for fact in facts):
                counts[attribute] += Counts(fp=1)
    order = {name: index for index, name in enumerate(ATTRIBUTES)}
    ordered = dict(sorted(counts.items(), key=lambda item: order.get(item[0], 99)))
    return ReviewedScore(by_attribute=ordered, posts=len(by_post), orphaned=orphans)


def format_reviewed(score: ReviewedScore) -> str:
    """Return the reviewed score as a table: precision (and recall where defined)."""

    def cell(numerator: int, denominator: int) -> str:
        return f"{numerator / denominator:.3f}" if denominator else "—"

    lines = [
        f"scored against {sum(c.tp + c.fp + c.fn for c in score.by_attribute.values())}"
        f" reviewed facts of {score.posts} posts ({score.orphaned} orphaned decisions not scored)",
        f"{'attribute':<16}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>5}{'fn':>5}",
    ]
    for attribute, c in [*score.by_attribute.items(), ("overall", score.overall)]:
        lines.append(
            f"{attribute:<16}{cell(c.tp, c.tp + c.fp):>10}{cell(c.tp, c.tp + c.fn):>8}"
            f"{c.tp:>5}{c.fp:>5}{c.fn:>5}"
        )
    return "\n".join(lines)


def reviewed_to_json(score: ReviewedScore) -> dict[str, Any]:
    """Return the reviewed score as JSON (precision/recall null where undefined)."""

    def scores(c: Counts) -> dict[str, Any]:
        return {
            "precision": round(c.tp / (c.tp + c.fp), 4) if c.tp + c.fp else None,
            "recall": round(c.tp / (c.tp + c.fn), 4) if c.tp + c.fn else None,
            "tp": c.tp,
            "fp": c.fp,
            "fn": c.fn,
        }

    return {
        "posts": score.posts,
        "orphaned": score.orphaned,
        "attributes": {a: scores(c) for a, c in score.by_attribute.items()},
        "overall": scores(score.overall),
    }


# --- alert policy -----------------------------------------------------------------------


def passes_policy(policy: str, *, reviewed: bool, sources: int) -> bool:
    """Return whether a change may alert under an attribute's policy.

    ``at_once``: always; ``corroborated``: two sources, or a person checked it;
    ``reviewed``: only once a person accepted, corrected or entered it.
    """
    if policy == "reviewed":
        return reviewed
    if policy == "corroborated":
        return reviewed or sources >= 2
    return True


def standing_note(*, reviewed: bool, sources: int) -> str:
    """Say how far a value is checked: "reviewed", or "unreviewed, 1 source"."""
    if reviewed:
        return "reviewed"
    return f"unreviewed, {sources} source{'s' if sources != 1 else ''}"
