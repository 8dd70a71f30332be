"""Test helpers for history: the mini gold corpus and extracted posts built from it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llamawatch.records import ChangeEvent, ExtractedPost, Fact, Post, value_to_json

MINI_GOLD = Path(__file__).parent / "data" / "history" / "mini_gold.json"


@dataclass(frozen=True)
class GoldPost:
    """One post of a gold file: where it is, when, and the facts it states."""

    name: str
    url: str
    published: dt.date
    facts: tuple[Fact, ...]

    def extracted(self, *, source_name: str = "test", body_suffix: str = "") -> ExtractedPost:
        """Return the post as the extractor would hand it over (body = its sentences)."""
        body = " ".join(dict.fromkeys(f.evidence for f in self.facts)) + body_suffix
        post = Post(
            url=self.url,
            title=self.name,
            body=body,
            content_type="text",
            published=self.published,
            guid=self.url,
            source_name=source_name,
        )
        return ExtractedPost(post=post, article=None, facts=self.facts)


def load_gold(path: Path = MINI_GOLD) -> tuple[list[GoldPost], dict[str, Any]]:
    """Return the posts of a gold file (facts dated and sourced) and the whole document."""
    document = json.loads(path.read_text(encoding="utf-8"))
    posts = []
    for entry in document["posts"]:
        facts = tuple(
            Fact.from_json({**fact, "source": entry["url"], "published": entry["published"]})
            for fact in entry["facts"]
        )
        posts.append(
            GoldPost(entry["name"], entry["url"], dt.date.fromisoformat(entry["published"]), facts)
        )
    return posts, document


def timeline_rows(
    events: list[ChangeEvent], post_names: dict[str, str], *, with_severity: bool = True
) -> list[tuple[Any, ...]]:
    """Return events as sorted comparable rows: date, model, attribute, old, new, post."""
    rows = []
    for event in events:
        row: tuple[Any, ...] = (
            event.date.isoformat(),
            event.model,
            event.attribute,
            json.dumps(value_to_json(event.old)),
            json.dumps(value_to_json(event.new)),
            post_names[event.source],
        )
        rows.append((*row, event.severity) if with_severity else row)
    return sorted(rows)


def expected_rows(expected: list[dict[str, Any]], *, with_severity: bool = True) -> list[tuple]:
    """Return a gold timeline as the same sorted rows as :func:`timeline_rows`."""
    rows = []
    for event in expected:
        old = sorted(event["old"]) if isinstance(event["old"], list) else event["old"]
        new = sorted(event["new"]) if isinstance(event["new"], list) else event["new"]
        row = (
            event["date"],
            event["model"],
            event["attribute"],
            json.dumps(old),
            json.dumps(new),
            event["post"],
        )
        rows.append((*row, event["severity"]) if with_severity else row)
    return sorted(rows)
