"""OPML import and export of sources (the format feed readers exchange subscriptions in).

Import reads every ``<outline>`` with an ``xmlUrl`` (nested folders included) as
a feed source; ``htmlUrl`` alone is not a feed and is skipped. Names come from
``title`` or ``text``, made unique. Export writes one outline per source, with
llamawatch's per-source settings as extra attributes that other readers ignore.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field

from llamawatch.errors import ParseError
from llamawatch.records import Source

_NAMESPACE = "https://llamawatch.invalid/opml"  # attributes only llamawatch reads


@dataclass(frozen=True, slots=True)
class OpmlImport:
    """The sources an OPML file lists, and the outlines that could not be used."""

    sources: tuple[Source, ...] = ()
    skipped: list[str] = field(default_factory=list)


def _unique(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate.lower() in taken:
        candidate = f"{name} ({number})"
        number += 1
    taken.add(candidate.lower())
    return candidate


def _int(value: str | None, default: int) -> int:
    try:
        return max(1, int(value)) if value else default
    except ValueError:
        return default


def parse_opml(data: bytes, taken_names: Sequence[str] = ()) -> OpmlImport:
    """Return the feed sources an OPML document lists; raise ParseError if it is not OPML."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ParseError(f"not an OPML file: {exc}") from exc
    if root.tag.lower() != "opml" or root.find("body") is None:
        raise ParseError("not an OPML file: no <opml><body>")
    taken = {name.lower() for name in taken_names}
    sources: list[Source] = []
    skipped: list[str] = []
    seen_urls: set[str] = set()
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        label = (outline.get("title") or outline.get("text") or "").strip()
        if not url:
            if outline.get("htmlUrl"):
                skipped.append(f"{label or outline.get('htmlUrl')}: no feed URL (xmlUrl)")
            continue
        if url in seen_urls:
            skipped.append(f"{label or url}: listed twice")
            continue
        seen_urls.add(url)
        fulltext = outline.get(f"{{{_NAMESPACE}}}fulltext", "true").lower() != "false"
        identity = outline.get(f"{{{_NAMESPACE}}}identity", "guid")
        kind = outline.get(f"{{{_NAMESPACE}}}kind", "feed")
        sources.append(
            Source(
                name=_unique(label or url, taken),
                url=url,
                kind="page" if kind == "page" else "feed",
                fulltext=fulltext,
                interval_minutes=_int(outline.get(f"{{{_NAMESPACE}}}interval"), 60),
                identity=identity if identity in ("guid", "link", "title_date") else "guid",  # type: ignore[arg-type]
            )
        )
    return OpmlImport(sources=tuple(sources), skipped=skipped)


def render_opml(sources: Sequence[Source], title: str = "llamawatch sources") -> str:
    """Return an OPML 2.0 document listing the feed sources (local archives are left out)."""
    ET.register_namespace("llamawatch", _NAMESPACE)
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = dt.datetime.now(dt.UTC).strftime(
        "%a, %d %b %Y %H:%M:%S GMT"
    )
    body = ET.SubElement(root, "body")
    for source in sources:
        if not source.url.lower().startswith(("http://", "https://")):
            continue
        ET.SubElement(
            body,
            "outline",
            {
                "type": "rss",
                "text": source.name,
                "title": source.name,
                "xmlUrl": source.url,
                f"{{{_NAMESPACE}}}kind": source.kind,
                f"{{{_NAMESPACE}}}fulltext": str(source.fulltext).lower(),
                f"{{{_NAMESPACE}}}interval": str(source.interval_minutes),
                f"{{{_NAMESPACE}}}identity": source.identity,
            },
        )
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
