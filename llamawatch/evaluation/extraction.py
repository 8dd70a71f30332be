"""Score extracted facts against a gold file (docs/facts.md, "How extraction is scored").

A predicted fact matches a gold fact when model (case-insensitive), attribute and
value agree: integers within 2 %, lists as sets, strings exactly. Precision, recall
and F1 are counted over the (post, model, attribute, value) quadruples of a corpus,
so a fact stated twice in a post counts once. Certainty is scored separately: the
share of matched facts whose certainty also agrees.

Everything here is a pure function over plain values; the CLI reads the files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from llamawatch.attributes import SPECS
from llamawatch.records import ATTRIBUTES, Fact, value_to_json

#: integers within this relative distance are the same value
INT_TOLERANCE = 0.02


@dataclass(frozen=True, slots=True)
class ScoredFact:
    """The parts of a fact that scoring looks at."""

    post: str
    model: str
    attribute: str
    value: Any  #: JSON form: str, int or list
    certainty: str = "confirmed"
    evidence: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "post": self.post,
            "model": self.model,
            "attribute": self.attribute,
            "value": self.value,
            "certainty": self.certainty,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives, with the derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True, slots=True)
class EvalReport:
    """The outcome of scoring one corpus."""

    by_attribute: dict[str, Counts]
    overall: Counts
    certainty_matched: int  #: matched facts whose certainty agrees
    matched: int  #: matched facts
    posts: int  #: posts scored
    false_positives: tuple[ScoredFact, ...] = ()
    false_negatives: tuple[ScoredFact, ...] = ()
    certainty_misses: tuple[tuple[ScoredFact, ScoredFact], ...] = ()  #: (predicted, gold)
    warnings: tuple[str, ...] = field(default=())

    @property
    def certainty_agreement(self) -> float:
        return self.certainty_matched / self.matched if self.matched else 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "posts": self.posts,
            "overall": self.overall.to_json(),
            "attributes": {name: c.to_json() for name, c in self.by_attribute.items()},
            "certainty_agreement": round(self.certainty_agreement, 4),
            "certainty_matched": self.certainty_matched,
            "matched": self.matched,
            "false_positives": [f.to_json() for f in self.false_positives],
            "false_negatives": [f.to_json() for f in self.false_negatives],
            "certainty_misses": [
                {"predicted": p.to_json(), "gold": g.to_json()} for p, g in self.certainty_misses
            ],
            "warnings": list(self.warnings),
        }


def values_match(attribute: str, predicted: Any, gold: Any) -> bool:
    """Return True when two values are the same under docs/facts.md's scoring rules.

    The attribute's kind picks the rule (counts within a tolerance, sets in any
    order, words exactly); an attribute outside the table is compared by type.
    """
    spec = SPECS.get(attribute)
    kind = spec.kind if spec is not None else None
    if isinstance(predicted, tuple):
        predicted = list(predicted)
    if isinstance(gold, tuple):
        gold = list(gold)
    if isinstance(predicted, bool) or isinstance(gold, bool):
        return predicted == gold
    numbers = isinstance(predicted, int | float) and isinstance(gold, int | float)
    if kind in (None, "count") and numbers:
        if gold == 0:
            return predicted == 0
        return abs(predicted - gold) <= INT_TOLERANCE * abs(gold)
    if kind in (None, "set") and isinstance(predicted, list) and isinstance(gold, list):
        return {str(v).strip().lower() for v in predicted} == {str(v).strip().lower() for v in gold}
    if isinstance(predicted, str) and isinstance(gold, str):
        return predicted.strip() == gold.strip()
    return False


def facts_match(predicted: ScoredFact, gold: ScoredFact) -> bool:
    """Return True when two facts of one post name the same model, attribute and value."""
    return (
        predicted.model.strip().lower() == gold.model.strip().lower()
        and predicted.attribute == gold.attribute
        and values_match(predicted.attribute, predicted.value, gold.value)
    )


def scored_fact(post: str, fact: Fact | Mapping[str, Any]) -> ScoredFact:
    """Return a record or a JSON fact as a ScoredFact of ``post``."""
    if isinstance(fact, Fact):
        return ScoredFact(
            post,
            fact.model,
            fact.attribute,
            value_to_json(fact.value),
            fact.certainty,
            fact.evidence,
        )
    return ScoredFact(
        post,
        str(fact.get("model", "")),
        str(fact.get("attribute", "")),
        fact.get("value"),
        str(fact.get("certainty", "confirmed")),
        str(fact.get("evidence", "")),
    )


def unique_facts(facts: Iterable[ScoredFact]) -> list[ScoredFact]:
    """Keep one fact per (post, model, attribute, value); the first one wins."""
    kept: list[ScoredFact] = []
    for fact in facts:
        if not any(k.post == fact.post and facts_match(fact, k) for k in kept):
            kept.append(fact)
    return kept


def score_post(
    predicted: Sequence[ScoredFact], gold: Sequence[ScoredFact]
) -> tuple[list[tuple[ScoredFact, ScoredFact]], list[ScoredFact], list[ScoredFact]]:
    """Match one post's facts one-to-one; return (matched pairs, false pos., false neg.).

    Exact value matches are paired first so that a near integer never takes another
    fact's exact partner.
    """
    predicted = unique_facts(predicted)
    gold = unique_facts(gold)
    free_gold = list(gold)
    pairs: list[tuple[ScoredFact, ScoredFact]] = []
    unmatched: list[ScoredFact] = []
    ordered = sorted(
        predicted,
        key=lambda p: not any(facts_match(p, g) and p.value == g.value for g in free_gold),
    )
    for fact in ordered:
        partner = next(
            (g for g in free_gold if facts_match(fact, g) and fact.value == g.value), None
        ) or next((g for g in free_gold if facts_match(fact, g)), None)
        if partner is None:
            unmatched.append(fact)
        else:
            free_gold.remove(partner)
            pairs.append((fact, partner))
    return pairs, unmatched, free_gold


def score_corpus(
    predicted: Mapping[str, Sequence[Fact | Mapping[str, Any]]],
    gold: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    warnings: Sequence[str] = (),
) -> EvalReport:
    """Score predictions against gold, post by post (keys are the posts' names)."""
    by_attribute: dict[str, Counts] = {}
    certainty_matched = 0
    matched = 0
    false_pos: list[ScoredFact] = []
    false_neg: list[ScoredFact] = []
    certainty_misses: list[tuple[ScoredFact, ScoredFact]] = []
    for post in gold:
        predicted_facts = [scored_fact(post, f) for f in predicted.get(post, ())]
        gold_facts = [scored_fact(post, f) for f in gold[post]]
        pairs, fps, fns = score_post(predicted_facts, gold_facts)
        for p, g in pairs:
            by_attribute[g.attribute] = by_attribute.get(g.attribute, Counts()) + Counts(tp=1)
            matched += 1
            if p.certainty == g.certainty:
                certainty_matched += 1
            else:
                certainty_misses.append((p, g))
        for p in fps:
            by_attribute[p.attribute] = by_attribute.get(p.attribute, Counts()) + Counts(fp=1)
        for g in fns:
            by_attribute[g.attribute] = by_attribute.get(g.attribute, Counts()) + Counts(fn=1)
        false_pos.extend(fps)
        false_neg.extend(fns)
    ordered = {a: by_attribute[a] for a in ATTRIBUTES if a in by_attribute}
    ordered.update({a: c for a, c in sorted(by_attribute.items()) if a not in ordered})
    overall = sum(ordered.values(), Counts())
    return EvalReport(
        by_attribute=ordered,
        overall=overall,
        certainty_matched=certainty_matched,
        matched=matched,
        posts=len(gold),
        false_positives=tuple(false_pos),
        false_negatives=tuple(false_neg),
        certainty_misses=tuple(certainty_misses),
        warnings=tuple(warnings),
    )


def format_report(report: EvalReport, *, details: bool = False) -> str:
    """Return the report as a plain-text table (and the misses when ``details``)."""
    lines = [f"{'attribute':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    rows = [*report.by_attribute.items(), ("overall", report.overall)]
    for name, c in rows:
        if name == "overall":
            lines.append("-" * 55)
        lines.append(
            f"{name:<16}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
        )
    lines.append(
        f"certainty agreement: {report.certainty_agreement:.3f} "
        f"({report.certainty_matched}/{report.matched} matched facts), posts: {report.posts}"
    )
    for warning in report.warnings:
        lines.append(f"warning: {warning}")
    if details:
        for title, items in (
            ("false positives", report.false_positives),
            ("false negatives", report.false_negatives),
        ):
            if items:
                lines.append(f"{title}:")
                lines.extend(
                    f"  {f.post}: {f.model} | {f.attribute} = {f.value!r} ({f.certainty})"
                    for f in items
                )
        if report.certainty_misses:
            lines.append("certainty disagreements (predicted vs gold):")
            lines.extend(
                f"  {p.post}: {p.model} | {p.attribute} = {p.value!r}: "
                f"{p.certainty} vs {g.certainty}"
                for p, g in report.certainty_misses
            )
    return "\n".join(lines)
