"""What one run did, as a record the CLI prints and the flow publishes as an artifact."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RunSummary:
    """Counts and failures of one ingest, backfill or reprocess run."""

    flow: str
    mode: str = "live"  #: "live" alerts on fresh events; "baseline" only records history
    sources_ok: int = 0
    sources_failed: int = 0
    sources_skipped: int = 0  #: not due yet, backed off or disabled
    posts_seen: int = 0
    posts_new: int = 0
    posts_updated: int = 0  #: new versions of posts already stored
    posts_failed: int = 0
    facts_new: int = 0
    facts_rejected: int = 0
    events_new: int = 0
    events_removed: int = 0
    alerts_queued: int = 0
    deliveries_sent: int = 0
    deliveries_failed: int = 0
    output_dir: str | None = None
    written: list[str] = field(default_factory=list)
    #: one line per failed source, page or post: "what: why"
    failures: list[str] = field(default_factory=list)
    #: one line per item read with something left out: "what: what was dropped"
    problems: list[str] = field(default_factory=list)
    #: what the operator should hear about sources: failing for a while, back, silent, gone
    notices: list[str] = field(default_factory=list)
    #: one line per new change event, for the summary
    changes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return self.sources_failed + self.posts_failed + self.deliveries_failed

    def lines(self) -> list[str]:
        """Return the summary as short human-readable lines."""
        out = [
            f"{self.flow} ({self.mode})",
            f"  sources: {self.sources_ok} ok, {self.sources_failed} failed, "
            f"{self.sources_skipped} not due",
            f"  posts:   {self.posts_seen} seen, {self.posts_new} new, "
            f"{self.posts_updated} updated, {self.posts_failed} failed",
            f"  facts:   {self.facts_new} new, {self.facts_rejected} rejected",
            f"  changes: {self.events_new} new"
            + (f", {self.events_removed} withdrawn" if self.events_removed else ""),
        ]
        if self.alerts_queued or self.deliveries_sent or self.deliveries_failed:
            out.append(
                f"  alerts:  {self.alerts_queued} queued, {self.deliveries_sent} delivered, "
                f"{self.deliveries_failed} failed"
            )
        if self.output_dir:
            out.append(f"  output:  {self.output_dir}")
        for change in self.changes[:25]:
            out.append(f"  + {change}")
        if len(self.changes) > 25:
            out.append(f"  … and {len(self.changes) - 25} more changes")
        for notice in self.notices:
            out.append(f"  * {notice}")
        for failure in self.failures[:20]:
            out.append(f"  ! {failure}")
        if len(self.failures) > 20:
            out.append(f"  … and {len(self.failures) - 20} more failures")
        for problem in self.problems[:10]:
            out.append(f"  ~ {problem}")
        if len(self.problems) > 10:
            out.append(f"  … and {len(self.problems) - 10} more problems")
        return out

    def markdown(self) -> str:
        """Return the summary as Markdown for a Prefect artifact."""
        rows = [
            "| | count |",
            "|---|---|",
            f"| sources ok / failed | {self.sources_ok} / {self.sources_failed} |",
            f"| posts new / updated / failed | {self.posts_new} / {self.posts_updated} / "
            f"{self.posts_failed} |",
            f"| facts new | {self.facts_new} |",
            f"| change events | {self.events_new} |",
            f"| alerts queued / delivered | {self.alerts_queued} / {self.deliveries_sent} |",
        ]
        parts = [f"# {self.flow} ({self.mode})", "", *rows]
        if self.changes:
            parts += ["", "## Changes", "", *[f"- {c}" for c in self.changes]]
        if self.notices:
            parts += ["", "## Sources", "", *[f"- {n}" for n in self.notices]]
        if self.failures:
            parts += ["", "## Failures", "", *[f"- {f}" for f in self.failures]]
        if self.problems:
            parts += ["", "## Problems", "", *[f"- {p}" for p in self.problems]]
        return "\n".join(parts)
