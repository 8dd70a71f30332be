"""Feed adapter: fetched bytes → :class:`Post` records (RSS 0.9x/1.0/2.0, Atom, JSON Feed).

feedparser reads RSS and Atom. It is always given the bytes and response headers
that ``llamawatch.sources.fetch`` received, never a URL or a path: given a URL it would
fetch on its own, and given a ``bytes`` that names a file it would read that
file, so the bytes go in wrapped in a stream. JSON Feed (which feedparser does
not read) is parsed here. Nothing downstream sees a ``FeedParserDict``.

A feed that is malformed but yields entries (feedparser's ``bozo``) keeps the
entries it salvaged, with the problem noted; one that yields nothing is an error.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import io
import json
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import feedparser
from lxml import etree

from llamawatch.extractors.webpage import decode_html, header, page_meta, plausible_date
from llamawatch.identity import canonical_url, is_http_url, with_key
from llamawatch.records import ContentType, FetchResult, Post

#: file suffixes read as feeds when they sit in an archive folder
FEED_SUFFIXES: frozenset[str] = frozenset({".xml", ".rss", ".atom", ".rdf", ".json"})
_JSON_FEED_VERSION = "https://jsonfeed.org/version/"
_TAGS = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")
_XML_BASE = re.compile(rb"""<(?:rss|feed|rdf:RDF|channel)\b[^>]*?\bxml:base\s*=\s*["']([^"']+)""")
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


@dataclass(frozen=True, slots=True)
class FeedParse:
    """What one feed document yielded: its posts, or why it yielded none."""

    posts: tuple[Post, ...] = ()
    #: why the document is not a usable feed (no posts were read)
    error: str | None = None
    #: a problem that did not stop parsing (malformed XML salvaged, charset override)
    problem: str | None = None
    title: str = ""
    #: the format found: feedparser's version ("rss20", "atom10", …) or "json"
    version: str = ""
    #: the feed's <ttl>, minutes: a hint not to fetch it more often
    ttl_minutes: int | None = None
    #: the feed's own base URLs (xml:base, self and home links), for archive mapping
    base_urls: tuple[str, ...] = ()
    #: publication time of the newest entry, when entries carry dates
    newest_entry_at: dt.datetime | None = None
    #: entries skipped because they had neither link, id nor title
    skipped: int = 0
    #: "entry: reason" for each entry that could not be read (the others are kept)
    entry_errors: tuple[str, ...] = ()
    #: "entry: what" for each entry read with something left out (an implausible date)
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None


def is_feed_file(path: Path) -> bool:
    """Return whether a file of an archive folder is a feed (``run`` and ``backfill`` agree).

    A feed suffix is not enough: a folder also holds sitemaps and JSON data.
    XML must have an RSS, Atom or RDF root; JSON must name a jsonfeed.org version.
    """
    suffix = path.suffix.lower()
    if suffix not in FEED_SUFFIXES:
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(65536)
    except OSError:
        return True  # let reading it report the problem
    if suffix == ".json":
        return b"jsonfeed.org/version" in head
    return xml_root(head) in ("rss", "feed", "rdf")


def xml_root(content: bytes) -> str:
    """Return the local name of an XML document's root element ('' if not XML, 'json')."""
    head = content.lstrip()[:1]
    if head == b"{":
        return "json"
    if head != b"<":
        return ""
    try:
        for _, element in etree.iterparse(
            io.BytesIO(content),
            events=("start",),
            resolve_entities=False,
            no_network=True,
            recover=True,
        ):
            return etree.QName(element).localname.lower()
    except etree.LxmlError:
        return ""
    return ""


def plain_text(fragment: str) -> str:
    """Return an HTML fragment's text on one line (for titles)."""
    return _SPACES.sub(" ", html.unescape(_TAGS.sub(" ", fragment))).strip()


def _struct_to_datetime(value: time.struct_time | None) -> dt.datetime | None:
    """Return a feed date as UTC; year 0001, 9999 or any implausible date is None."""
    if not value:
        return None
    try:
        when = dt.datetime.fromtimestamp(calendar.timegm(value), tz=dt.UTC)
    except (OverflowError, ValueError, OSError, TypeError):
        return None
    return when if plausible_date(when) else None


def _entry_body(entry: Mapping[str, Any]) -> tuple[str, ContentType, bool]:
    """Return (body, content type, summary only) for a feedparser entry."""
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if contents:
        chosen = next((c for c in contents if "html" in (c.get("type") or "")), contents[0])
        kind: ContentType = "text" if chosen.get("type") == "text/plain" else "html"
        return chosen["value"], kind, False
    summary = entry.get("summary") or ""
    detail = entry.get("summary_detail") or {}
    kind = "text" if detail.get("type") == "text/plain" else "html"
    return summary, kind, True


def _entry_post(entry: Mapping[str, Any], result: FetchResult) -> Post | None:
    guid = (entry.get("id") or entry.get("guid") or "").strip() or None
    link = (entry.get("link") or "").strip()
    if not link and guid and is_http_url(guid):
        link = guid
    title = plain_text(entry.get("title") or "")
    if not (link or guid or title):
        return None
    body, kind, summary_only = _entry_body(entry)
    when = _struct_to_datetime(entry.get("published_parsed") or entry.get("updated_parsed"))
    post = Post(
        url=link or guid or "",
        title=title,
        body=body,
        content_type=kind,
        published=when.date() if when else None,
        guid=guid,
        source_name=result.source.name,
        summary_only=summary_only,
    )
    return with_key(post, result.source.identity)


def _not_a_feed(content: bytes, reason: object | None) -> str:
    if not content.strip():
        return "not a feed: the response is empty"
    if _HTML_START.match(content[:2048]):
        return "not a feed: the server sent an HTML page"
    if reason:
        return f"not a feed: {_one_line(reason)}"
    return "not a feed: no RSS, Atom or JSON Feed document found"


def _one_line(reason: object) -> str:
    text = _SPACES.sub(" ", str(reason)).strip()
    return text[:200] or type(reason).__name__


def _base_urls(parsed: Any, content: bytes, final_url: str) -> tuple[str, ...]:
    bases: list[str] = []
    match = _XML_BASE.search(content[:4096])
    if match:
        bases.append(urljoin(final_url, match.group(1).decode("utf-8", "replace")))
    feed = parsed.get("feed", {})
    for link in feed.get("links", []) or []:
        if link.get("rel") in ("self", "alternate") and link.get("href"):
            bases.append(urljoin(link["href"], "."))
    if feed.get("link"):
        bases.append(urljoin(feed["link"], "."))
    return tuple(dict.fromkeys(b for b in bases if is_http_url(b)))


def _ttl(value: Any) -> int | None:
    try:
        minutes = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return minutes if minutes > 0 else None


def _looks_like_json(result: FetchResult) -> bool:
    kind = header(result.headers, "content-type").lower()
    return "json" in kind or result.content.lstrip()[:1] == b"{"


def parse_feed(result: FetchResult) -> FeedParse:
    """Parse a fetched feed into posts; a malformed feed keeps what could be salvaged."""
    if _looks_like_json(result):
        return parse_json_feed(result)
    headers = {k.lower(): v for k, v in result.headers.items()}
    # feedparser resolves relative links against content-location.
    headers.setdefault("content-location", result.url)
    # Local files have no headers; without a type feedparser flags every file bozo.
    headers.setdefault("content-type", "application/xml")
    # A stream, not bytes: feedparser would try open(bytes) as a file name.
    # No sanitising or link rewriting: bodies only feed text extraction, and skipping
    # both halves the parse time (docs/operations.md). A body is raw publisher HTML, so it is
    # never rendered unescaped.
    parsed = feedparser.parse(
        io.BytesIO(result.content),
        response_headers=headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    entries = parsed.get("entries") or []
    reason = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(reason, feedparser.NonXMLContentType) and parsed.get("version"):
        reason = None  # a feed served as text/html or text/plain is still a feed
    if not entries and (not parsed.get("version") or reason is not None):
        return FeedParse(error=_not_a_feed(result.content, reason))
    posts: list[Post] = []
    skipped = 0
    newest: dt.datetime | None = None
    entry_errors: list[str] = []
    notes: list[str] = []
    for number, entry in enumerate(entries, start=1):
        try:
            post = _entry_post(entry, result)
        except Exception as exc:  # one unreadable entry fails alone, with its reason
            entry_errors.append(f"entry {number}: {_one_line(exc)}")
            continue
        if post is None:
            skipped += 1
            continue
        posts.append(post)
        when = _struct_to_datetime(entry.get("published_parsed") or entry.get("updated_parsed"))
        if when is None and _has_date(entry):
            notes.append(f"{post.url or post.title}: implausible date, treated as missing")
        if when and (newest is None or when > newest):
            newest = when
    posts, reused = split_reused_ids(posts)
    notes.extend(reused)
    problem = None
    if isinstance(reason, feedparser.CharacterEncodingOverride):
        problem = f"charset: {_one_line(reason)}"
    elif reason is not None:
        problem = f"malformed feed, {len(posts)} entries salvaged: {_one_line(reason)}"
    feed = parsed.get("feed", {})
    return FeedParse(
        posts=tuple(posts),
        problem=problem,
        title=plain_text(feed.get("title") or ""),
        version=str(parsed.get("version") or ""),
        ttl_minutes=_ttl(feed.get("ttl")),
        base_urls=_base_urls(parsed, result.content, result.url),
        newest_entry_at=newest,
        skipped=skipped,
        entry_errors=tuple(entry_errors),
        notes=tuple(notes),
    )


def split_reused_ids(posts: Sequence[Post]) -> tuple[list[Post], list[str]]:
    """Give entries that reuse another entry's GUID for a different link a key of their own.

    Some feeds recycle GUIDs (a counter reset, a template bug). Two entries with
    one key would collapse into one post and the other would be lost without a
    word. The oldest entry keeps the plain key (it is the one already stored by
    earlier runs); each later one is keyed by GUID and link, and named in a note.
    """
    groups: dict[str, list[int]] = {}
    for index, post in enumerate(posts):
        if post.key:
            groups.setdefault(post.key, []).append(index)
    result = list(posts)
    notes: list[str] = []
    for key, members in groups.items():
        links = {canonical_url(posts[i].url) for i in members}
        if len(members) < 2 or len(links) < 2:
            continue  # one entry, or one link given twice: an ordinary duplicate
        anchor = min(members, key=lambda i: (posts[i].published or dt.date.max, -i))
        anchor_link = canonical_url(posts[anchor].url)
        for i in members:
            if canonical_url(posts[i].url) != anchor_link:
                result[i] = replace(posts[i], key=f"{key}|url:{canonical_url(posts[i].url)}")
                notes.append(f"{posts[i].url}: GUID reused by another entry, kept as its own post")
    return result, notes


def _has_date(entry: Mapping[str, Any]) -> bool:
    return bool(entry.get("published") or entry.get("updated"))


def _json_date(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    return parsed if plausible_date(parsed) else None


def parse_json_feed(result: FetchResult) -> FeedParse:
    """Parse a JSON Feed (version 1 or 1.1) into posts."""
    try:
        data = json.loads(decode_html(result.content, result.headers))
    except ValueError as exc:
        return FeedParse(error=f"not a feed: invalid JSON: {_one_line(exc)}")
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith(
        _JSON_FEED_VERSION
    ):
        return FeedParse(error="not a feed: JSON without a jsonfeed.org version")
    items = data.get("items")
    if not isinstance(items, list):
        return FeedParse(error="not a feed: JSON Feed without an items list")
    base = str(data.get("feed_url") or data.get("home_page_url") or result.url)
    posts: list[Post] = []
    skipped = 0
    entry_errors: list[str] = []
    newest: dt.datetime | None = None
    for item in items:
        if not isinstance(item, dict):
            skipped += 1
            continue
        try:
            post, when = _json_item_post(item, base, result)
        except Exception as exc:  # one unreadable item fails alone, with its reason
            entry_errors.append(
                f"item {len(posts) + skipped + len(entry_errors) + 1}: {_one_line(exc)}"
            )
            continue
        if post is None:
            skipped += 1
            continue
        posts.append(post)
        if when and (newest is None or when > newest):
            newest = when
    posts, notes = split_reused_ids(posts)
    bases = [urljoin(str(u), ".") for u in (data.get("feed_url"), data.get("home_page_url")) if u]
    return FeedParse(
        posts=tuple(posts),
        title=plain_text(str(data.get("title") or "")),
        version="json",
        base_urls=tuple(dict.fromkeys(b for b in bases if is_http_url(b))),
        newest_entry_at=newest,
        skipped=skipped,
        entry_errors=tuple(entry_errors),
        notes=tuple(notes),
    )


def _json_item_post(
    item: Mapping[str, Any], base: str, result: FetchResult
) -> tuple[Post | None, dt.datetime | None]:
    guid = str(item.get("id") or "").strip() or None
    link = str(item.get("url") or item.get("external_url") or "").strip()
    link = urljoin(base, link) if link else ""
    title = plain_text(str(item.get("title") or ""))
    if not (link or guid or title):
        return None, None
    kind: ContentType
    if item.get("content_html"):
        body, kind, summary_only = str(item["content_html"]), "html", False
    elif item.get("content_text"):
        body, kind, summary_only = str(item["content_text"]), "text", False
    else:
        body, kind, summary_only = str(item.get("summary") or ""), "text", True
    when = _json_date(item.get("date_published")) or _json_date(item.get("date_modified"))
    post = Post(
        url=link or guid or "",
        title=title,
        body=body,
        content_type=kind,
        published=when.date() if when else None,
        guid=guid,
        source_name=result.source.name,
        summary_only=summary_only,
    )
    return with_key(post, result.source.identity), when


def page_post(result: FetchResult) -> Post:
    """Return a fetched web page (a ``page`` source) as one post; its date comes later."""
    body = decode_html(result.content, result.headers)
    post = Post(
        url=result.url,
        title=page_meta(body).title,
        body=body,
        content_type="html" if "<" in body[:1024] else "text",
        source_name=result.source.name,
    )
    return with_key(post, "link")


def local_target(link: str, base_urls: Sequence[str]) -> str | None:
    """Return the path of ``link`` relative to the first base URL it falls under, if any."""
    bare = canonical_url(link).split("?", 1)[0]
    for base in base_urls:
        root = canonical_url(base).split("?", 1)[0]
        if bare.startswith(root):
            return bare[len(root) :].lstrip("/")
    return None
