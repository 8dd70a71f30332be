"""Read one post from a local file: Markdown with front matter, plain text or HTML.

Local files are how users evaluate the extractor on their own labelled posts and how
archive sources are replayed. Every problem with a file (missing, too large, binary,
not UTF-8, empty) is a :class:`ParseError` with a one-line reason, so a batch can
record it and move on.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

import yaml
from dateutil import parser as date_parser

from llamawatch.errors import ParseError
from llamawatch.extractors.webpage import decode_document, page_meta, plausible_date
from llamawatch.records import ContentType, Post

#: file suffixes read_post_file understands, by content type
_SUFFIX_TYPES: dict[str, ContentType] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
}
POST_SUFFIXES: frozenset[str] = frozenset(_SUFFIX_TYPES)
#: files larger than this are refused unread (the issue's "huge post" limit)
DEFAULT_MAX_BYTES = 5_000_000

_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)

#: meta names/properties that carry a page's publication date, most specific first
_DATE_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "pubdate",
    "publish-date",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
)
_TITLE_META_KEYS = ("og:title", "twitter:title", "dc.title")


def archive_files(root: Path) -> list[Path]:
    """Return the files of an archive folder, sorted, without hidden ones or escapes.

    Sorted, so that every worker walks the same order. A symlink that leads out
    of the folder is not followed: an archive is read, never the disk around it.
    """
    top = root.resolve()
    found = []
    # Walked without entering symlinked folders, so only a symlinked file can
    # lead out of the archive; only those pay for a resolve().
    for folder, dirs, files in os.walk(root, followlinks=False):
        here = Path(folder)
        # Hidden folders are skipped; symlinked ones are never entered (as before).
        dirs[:] = [d for d in dirs if not d.startswith(".") and not (here / d).is_symlink()]
        for name in files:
            if name.startswith("."):
                continue
            path = here / name
            if path.is_symlink() and not path.resolve().is_relative_to(top):
                continue
            if path.is_file():
                found.append(path)
    return sorted(found)


def read_post_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Post:
    """Read a post file into a Post; raise ParseError with a one-line reason if it cannot."""
    path = Path(path)
    content_type = _SUFFIX_TYPES.get(path.suffix.lower())
    if content_type is None:
        raise ParseError(f"{path}: unsupported file type {path.suffix or '(none)'!r}")
    raw = _read_bytes(path, max_bytes)
    if b"\x00" in raw[:8192]:
        raise ParseError(f"{path}: binary file, not a post")
    text = _decode(path, raw, content_type)
    if not text.strip():
        raise ParseError(f"{path}: empty file")
    if content_type == "markdown":
        return _markdown_post(path, text)
    if content_type == "html":
        return _html_post(path, text)
    return _text_post(path, text)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ParseError(f"{path}: file too large ({size} bytes > {max_bytes})")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ParseError(f"{path}: file not found") from exc
    except IsADirectoryError as exc:
        raise ParseError(f"{path}: is a directory") from exc
    except OSError as exc:
        raise ParseError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _decode(path: Path, raw: bytes, content_type: ContentType) -> str:
    """Decode as a browser would (BOM, <meta charset>, UTF-8, then detection).

    A page saved from a windows-1252 or ISO-8859-1 site is read, not refused.
    """
    text = decode_document(raw)
    return text[1:] if text.startswith("\ufeff") else text


def _markdown_post(path: Path, text: str) -> Post:
    meta: dict[str, Any] = {}
    body = text
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            first = str(exc).splitlines()[0] if str(exc) else "bad YAML"
            raise ParseError(f"{path}: front matter is not valid YAML: {first}") from exc
        if isinstance(loaded, dict):
            meta = loaded
        body = text[match.end() :]
    if not body.strip():
        raise ParseError(f"{path}: no text after the front matter")
    title = str(meta.get("title") or "").strip() or _first_line(body).lstrip("# ").strip()
    guid = meta.get("guid")
    return Post(
        url=str(meta.get("url") or meta.get("link") or path),
        title=title,
        body=body,
        content_type="markdown",
        published=parse_date_value(meta.get("published", meta.get("date"))),
        guid=str(guid) if guid else None,
    )


def _text_post(path: Path, text: str) -> Post:
    return Post(url=str(path), title=_first_line(text), body=text, content_type="text")


def _html_post(path: Path, text: str) -> Post:
    meta = page_meta(text)
    metas = meta.metas
    title = next((metas[k] for k in _TITLE_META_KEYS if metas.get(k)), "") or meta.title
    url = str(path)
    if meta.canonical.startswith(("http://", "https://")):
        url = meta.canonical
    elif metas.get("og:url", "").startswith(("http://", "https://")):
        url = metas["og:url"]
    return Post(
        url=url,
        title=title or path.stem,
        body=text,
        content_type="html",
        published=html_meta_date(metas),
    )


def html_meta(page: str) -> dict[str, str]:
    """Return a page's <meta> name/property → content map (lower-case keys, first wins)."""
    return page_meta(page).metas


def html_meta_date(metas: dict[str, str]) -> dt.date | None:
    """Return the publication date a page's metadata states, if any (and plausible)."""
    for key in _DATE_META_KEYS:
        value = parse_date_value(metas.get(key))
        if value:
            return value
    return None


_PERIOD_START = dt.datetime(2000, 1, 1)
_OTHER_DEFAULT = dt.datetime(2000, 2, 2)
_YEAR_OR_MONTH = re.compile(r"\s*(\d{4})(?:-(\d{1,2}))?\s*$")


def parse_date_value(value: object) -> dt.date | None:
    """Read a date from front matter or metadata; implausible dates (0001, 2100) are None."""
    return plausible_date(_date_value(value))


def _date_value(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    found = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if found:
        try:
            return dt.date(*(int(g) for g in found.groups()))
        except ValueError:
            return None
    period = _YEAR_OR_MONTH.match(value)
    if period:
        return _period_end(int(period[1]), int(period[2]) if period[2] else None)
    try:
        # dateutil fills a missing part from its default (from today, unless given one,
        # so the same file would date differently each day): read twice with two
        # defaults, and a part that differs was not in the text
        first = date_parser.parse(value, fuzzy=False, default=_PERIOD_START).date()
        second = date_parser.parse(value, fuzzy=False, default=_OTHER_DEFAULT).date()
    except (ValueError, OverflowError, TypeError):
        return None
    if first.month != second.month:
        return _period_end(first.year, None)
    if first.day != second.day:
        return _period_end(first.year, first.month)
    return first


def _period_end(year: int, month: int | None) -> dt.date | None:
    """Return the last day of a post dated only by its month ("2025-04") or year.

    Such a post was out by then at the latest, and no earlier day is known: dated
    to the first day, an April post that lists a model among the April releases
    would read as news days before the launch it reports.
    """
    if month is None:
        return dt.date(year, 12, 31)
    if not 1 <= month <= 12:
        return None
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return ""
