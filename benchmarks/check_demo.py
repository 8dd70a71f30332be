"""Validate the bundled demo archive and the labelled evaluation corpus.

Checks, for the demo (``llamawatch/demo``): the Atom feed parses, every entry
links to a page in ``posts/``, every gold evidence string occurs in its page's
article text (whitespace collapsed), every gold value is in the docs/facts.md
vocabulary, and ``timeline.json`` equals the events obtained by resolving the
gold facts in date order with the docs/facts.md rules. For the evaluation corpus
(``tests/data/eval``): front matter is present, evidence occurs in the body,
values are valid, and no (model, attribute) has two values in one post.

Standard library only, plus feedparser when it is installed (the project
depends on it); run with ``python benchmarks/check_demo.py``.
Exit status 0 when everything holds, 1 otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html.parser
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEMO_DIR = REPO_ROOT / "llamawatch" / "demo"
EVAL_DIR = REPO_ROOT / "tests" / "data" / "eval"

ATOM_NS = "{http://www.w3.org/2005/Atom}"
ATTRIBUTES = (
    "status",
    "release_date",
    "params_total",
    "params_active",
    "architecture",
    "context_window",
    "modalities",
    "license",
    "openness",
)
STATUSES = {"upcoming", "released", "shelved"}
ARCHITECTURES = {"moe", "dense"}
MODALITIES = {"audio", "image", "text", "video"}
OPENNESS = {"open_source", "open_weights", "research_only", "closed"}
CERTAINTIES = {"confirmed", "reported", "speculative"}
LLAMA_LICENSES = {
    "llama-1-research",
    "llama-2-community",
    "llama-3-community",
    "llama-3.1-community",
    "llama-3.2-community",
    "llama-3.3-community",
    "llama-4-community",
    "proprietary",
}
SPDX_LIKE = re.compile(r"^[a-z0-9][a-z0-9.+-]*$")
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])))?$")
FACT_KEYS = {"model", "attribute", "value", "certainty", "evidence"}


def collapse(text: str) -> str:
    """Collapse runs of whitespace to one space, as the evidence convention compares text."""
    return re.sub(r"\s+", " ", text).strip()


class _ArticleText(html.parser.HTMLParser):
    """Collect the text inside <article> (or the whole body when a page has none)."""

    BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "div", "section", "header", "footer", "br"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.article: list[str] = []
        self.body: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.depth += 1
        if tag in self.BLOCKS:
            self._add(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self._add(" ")
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        self._add(data)

    def _add(self, text: str) -> None:
        self.body.append(text)
        if self.depth > 0:
            self.article.append(text)


def html_article_text(markup: str) -> str:
    """Return the whitespace-collapsed text of a page's <article>, where evidence is read from."""
    parser = _ArticleText()
    parser.feed(markup)
    parser.close()
    return collapse("".join(parser.article or parser.body))


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a markdown post into its (flat) YAML front matter and body; why: no yaml dependency."""
    match = re.match(r"^---\s*\n(.*?)\n---\s*\n", text, re.DOTALL)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t")):
            meta[key.strip()] = value.strip().strip("\"'")
    return meta, text[match.end() :]


# --- docs/facts.md value rules ---------------------------------------------------


def value_problem(attribute: str, value: Any) -> str | None:
    """Return why a gold value is outside the docs/facts.md vocabulary, or None when it is valid."""
    if attribute not in ATTRIBUTES:
        return f"unknown attribute {attribute!r}"
    if attribute == "status" and value not in STATUSES:
        return f"status {value!r}"
    if attribute == "architecture" and value not in ARCHITECTURES:
        return f"architecture {value!r}"
    if attribute == "openness" and value not in OPENNESS:
        return f"openness {value!r}"
    integer_attributes = {"params_total", "params_active", "context_window"}
    if attribute in integer_attributes and (
        not isinstance(value, int) or isinstance(value, bool) or value <= 0
    ):
        return f"{attribute} must be a positive integer, got {value!r}"
    if attribute == "modalities":
        if not isinstance(value, list) or not value or value != sorted(set(value)):
            return f"modalities must be a sorted list without repeats, got {value!r}"
        if not set(value) <= MODALITIES:
            return f"modalities outside {sorted(MODALITIES)}: {value!r}"
    if attribute == "license" and (
        not isinstance(value, str) or not (value in LLAMA_LICENSES or SPDX_LIKE.match(value))
    ):
        return f"license {value!r}"
    if attribute == "release_date":
        if not isinstance(value, str) or not PARTIAL_DATE.match(value):
            return f"release_date {value!r}"
        date_range(value)  # raises on an impossible month or day
    return None


def date_range(value: str) -> tuple[dt.date, dt.date]:
    """Return the first and last day a partial date (YYYY, YYYY-MM, YYYY-Qn, YYYY-MM-DD) covers."""
    match = PARTIAL_DATE.match(value)
    if not match:
        raise ValueError(f"not a partial date: {value!r}")
    year, month, day, quarter = match.groups()
    y = int(year)
    if day:
        start = end = dt.date(y, int(month), int(day))
    elif month:
        start = dt.date(y, int(month), 1)
        end = dt.date(y + (int(month) == 12), int(month) % 12 + 1, 1) - dt.timedelta(days=1)
    elif quarter:
        first = 3 * (int(quarter) - 1) + 1
        start = dt.date(y, first, 1)
        end = dt.date(y + (first == 10), (first + 3 - 1) % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
    return start, end


def same_value(attribute: str, current: Any, new: Any) -> bool:
    """Return whether ``new`` restates ``current`` (2 %, sets, coarser dates)."""
    if isinstance(current, int) and isinstance(new, int):
        return abs(current - new) <= 0.02 * max(abs(current), abs(new))
    if isinstance(current, list) and isinstance(new, list):
        return set(current) == set(new)
    if attribute == "release_date" and isinstance(current, str) and isinstance(new, str):
        if current == new:
            return True
        new_start, new_end = date_range(new)
        cur_start, cur_end = date_range(current)
        coarser = (new_end - new_start) > (cur_end - cur_start)
        return coarser and new_start <= cur_start and cur_end <= new_end
    return bool(current == new)


def resolve_events(dated_facts: Iterable[tuple[str, str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Resolve (published, post, fact) triples into change events by the docs/facts.md rules.

    Facts are read in publication order, ties broken by post name, so the outcome
    never depends on input order; a speculative fact never replaces a confirmed value.
    """
    state: dict[tuple[str, str], tuple[Any, str]] = {}
    events: list[dict[str, Any]] = []
    for published, post_name, fact in sorted(dated_facts, key=lambda item: (item[0], item[1])):
        key = (fact["model"], fact["attribute"])
        value, certainty = fact["value"], fact["certainty"]
        if key not in state:
            state[key] = (value, certainty)
            events.append(_event(published, post_name, fact, None))
            continue
        current, current_certainty = state[key]
        if same_value(fact["attribute"], current, value):
            continue
        if certainty == "speculative" and current_certainty == "confirmed":
            continue
        state[key] = (value, certainty)
        events.append(_event(published, post_name, fact, current))
    return events


def _event(published: str, post_name: str, fact: dict[str, Any], old: Any) -> dict[str, Any]:
    """Build one timeline event in the corpus timeline format."""
    return {
        "date": published,
        "model": fact["model"],
        "attribute": fact["attribute"],
        "old": old,
        "new": fact["value"],
        "post": post_name,
    }


# --- checks -----------------------------------------------------------------


def check_facts(post_name: str, facts: Sequence[dict[str, Any]], text: str) -> list[str]:
    """Check one post's gold facts: keys, vocabulary, one value per key, evidence in the text."""
    problems: list[str] = []
    seen: dict[tuple[str, str], Any] = {}
    for fact in facts:
        where = f"{post_name}: {fact.get('model')}/{fact.get('attribute')}"
        if set(fact) != FACT_KEYS:
            problems.append(f"{where}: keys {sorted(fact)}")
            continue
        problem = value_problem(fact["attribute"], fact["value"])
        if problem:
            problems.append(f"{where}: {problem}")
        if fact["certainty"] not in CERTAINTIES:
            problems.append(f"{where}: certainty {fact['certainty']!r}")
        key = (fact["model"], fact["attribute"])
        if key in seen:
            problems.append(f"{where}: two values in one post ({seen[key]!r}, {fact['value']!r})")
        seen[key] = fact["value"]
        if not fact["evidence"] or collapse(fact["evidence"]) not in text:
            problems.append(f"{where}: evidence not in text: {fact['evidence'][:80]!r}")
    return problems


def parse_feed(feed_path: Path) -> list[dict[str, str]]:
    """Parse the Atom feed with ElementTree and feedparser (if installed); return its entries."""
    raw = feed_path.read_bytes()
    root = ET.fromstring(raw)  # raises on malformed XML
    entries = []
    for element in root.iter(f"{ATOM_NS}entry"):
        link = element.find(f"{ATOM_NS}link[@rel='alternate']")
        entries.append(
            {
                "id": (element.findtext(f"{ATOM_NS}id") or "").strip(),
                "title": (element.findtext(f"{ATOM_NS}title") or "").strip(),
                "published": (element.findtext(f"{ATOM_NS}published") or "").strip(),
                "summary": (element.findtext(f"{ATOM_NS}summary") or "").strip(),
                "href": link.get("href", "") if link is not None else "",
            }
        )
    try:
        import feedparser  # type: ignore[import-untyped]
    except ImportError:
        return entries
    parsed = feedparser.parse(
        raw,
        response_headers={
            "content-location": "https://demo.llamawatch.invalid/feed.xml",
            "content-type": "application/atom+xml; charset=utf-8",
        },
    )
    if parsed.bozo:
        raise ValueError(f"feedparser: {parsed.bozo_exception}")
    if len(parsed.entries) != len(entries):
        raise ValueError(
            f"feedparser saw {len(parsed.entries)} entries, ElementTree {len(entries)}"
        )
    for entry, fp_entry in zip(entries, parsed.entries, strict=True):
        entry["resolved"] = fp_entry.get("link", "")
    return entries


def feed_base_problems(feed_path: Path, base: str) -> list[str]:
    """Return problems with the feed's xml:base and self link, which archive readers rely on."""
    root = ET.fromstring(feed_path.read_bytes())
    problems = []
    if root.get("{http://www.w3.org/XML/1998/namespace}base") != base:
        problems.append(f"feed: xml:base is not {base}")
    self_link = root.find(f"{ATOM_NS}link[@rel='self']")
    if self_link is None or self_link.get("href") != base + "feed.xml":
        problems.append(f"feed: self link is not {base}feed.xml")
    return problems


def check_demo(demo_dir: Path) -> tuple[list[str], dict[str, Any]]:
    """Check the demo archive; return the problems found and a few figures for the report."""
    problems: list[str] = []
    entries = parse_feed(demo_dir / "feed.xml")
    gold = json.loads((demo_dir / "gold.json").read_text(encoding="utf-8"))["posts"]
    timeline = json.loads((demo_dir / "timeline.json").read_text(encoding="utf-8"))
    base = "https://demo.llamawatch.invalid/"
    problems += feed_base_problems(demo_dir / "feed.xml", base)
    published_of: dict[str, str] = {}
    ids = [entry["id"] for entry in entries]
    if len(set(ids)) != len(ids):
        problems.append("feed: duplicate entry ids")
    for entry in entries:
        href = entry["href"]
        if not href.startswith("posts/") or not href.endswith(".html"):
            problems.append(f"feed: entry {entry['id']} links to {href!r}")
            continue
        if entry.get("resolved") and entry["resolved"] != base + href:
            problems.append(f"feed: {href} resolves to {entry['resolved']!r}, not under {base}")
        page = demo_dir / href
        if not page.is_file():
            problems.append(f"feed: no page for {href}")
            continue
        markup = page.read_text(encoding="utf-8")
        if f'<link rel="canonical" href="{base}{href}">' not in markup:
            problems.append(f"{href}: canonical link missing or wrong")
        if "<script" in markup.lower() or re.search(
            r'(src|href)="(https?:)?//(?!demo\.llamawatch\.invalid)', markup
        ):
            problems.append(f"{href}: script or external asset")
        date = entry["published"][:10]
        meta = re.search(r'<meta property="article:published_time" content="([^"]+)"', markup)
        if not meta or meta.group(1)[:10] != date:
            problems.append(f"{href}: article:published_time does not match the feed ({date})")
        if len(re.findall(r"[.!?](\s|$)", entry["summary"])) > 2:
            problems.append(f"{href}: summary longer than two sentences")
        published_of[href] = date
        text = html_article_text(markup)
        words = len(text.split())
        if not 150 <= words <= 400:
            problems.append(f"{href}: {words} words (want 150-400)")
        problems += check_facts(href, gold.get(href, []), text)
    for name in gold:
        if name not in published_of:
            problems.append(f"gold: {name} is not a feed entry")
    dated = [
        (published_of[name], name, fact)
        for name, facts in gold.items()
        if name in published_of
        for fact in facts
    ]
    expected = resolve_events(dated)
    problems += compare_timelines(timeline, expected)
    figures = {
        "posts": len(entries),
        "facts": sum(len(f) for f in gold.values()),
        "events": len(timeline),
    }
    return problems, figures


def compare_timelines(
    stated: Sequence[dict[str, Any]], resolved: Sequence[dict[str, Any]]
) -> list[str]:
    """Return the differences between the stated timeline and the one resolved from gold facts."""

    def key(event: dict[str, Any]) -> str:
        return json.dumps(
            [event[k] for k in ("date", "model", "attribute", "old", "new", "post")], sort_keys=True
        )

    stated_keys = [key(e) for e in stated]
    resolved_keys = [key(e) for e in resolved]
    problems = [
        f"timeline: stated but not resolved: {k}" for k in stated_keys if k not in resolved_keys
    ]
    problems += [
        f"timeline: resolved but not stated: {k}" for k in resolved_keys if k not in stated_keys
    ]
    if not problems and stated_keys != resolved_keys:
        problems.append("timeline: events not in resolution order")
    return problems


def check_eval(eval_dir: Path) -> tuple[list[str], dict[str, Any]]:
    """Check the markdown eval corpus: front matter, evidence in body, valid and unique values."""
    problems: list[str] = []
    gold = json.loads((eval_dir / "gold.json").read_text(encoding="utf-8"))["posts"]
    files = sorted((eval_dir / "posts").glob("*.md"))
    urls: set[str] = set()
    for path in files:
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        for field in ("title", "url", "published"):
            if not meta.get(field):
                problems.append(f"{path.name}: front matter lacks {field}")
        if meta.get("url") in urls:
            problems.append(f"{path.name}: url {meta.get('url')} used twice")
        urls.add(meta.get("url", ""))
        try:
            dt.date.fromisoformat(meta.get("published", ""))
        except ValueError:
            problems.append(f"{path.name}: published is not YYYY-MM-DD")
        problems += check_facts(path.name, gold.get(path.name, []), collapse(body))
    names = {path.name for path in files}
    problems += [f"gold: {name} has no post file" for name in gold if name not in names]
    counts: dict[str, int] = {}
    for facts in gold.values():
        for fact in facts:
            counts[fact["attribute"]] = counts.get(fact["attribute"], 0) + 1
    figures = {"posts": len(files), "facts": sum(counts.values()), "by_attribute": counts}
    return problems, figures


def main(argv: Sequence[str] | None = None) -> int:
    """Run the checks named on the command line (both by default) and print problems and figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", type=Path, default=DEMO_DIR, help="demo archive folder")
    parser.add_argument("--eval", type=Path, default=EVAL_DIR, help="evaluation corpus folder")
    parser.add_argument("--only", choices=("demo", "eval"), help="run one of the two checks")
    args = parser.parse_args(argv)
    failed = False
    for name, check, folder in (("demo", check_demo, args.demo), ("eval", check_eval, args.eval)):
        if args.only and args.only != name:
            continue
        if not folder.is_dir():
            print(f"{name}: {folder} missing, skipped")
            continue
        problems, figures = check(folder)
        print(f"{name}: {json.dumps(figures, sort_keys=True)}")
        for problem in problems:
            print(f"  PROBLEM {problem}")
        failed = failed or bool(problems)
        print(f"{name}: {'FAILED' if problems else 'ok'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
