"""Web pages as browsers read them: bytes → text (charset), and the page's metadata.

Decoding follows the order browsers use: a byte-order mark, the HTTP
``Content-Type`` charset, a ``<meta charset>`` or ``http-equiv`` declaration in
the first bytes, then detection (charset-normalizer). A declared charset that
does not decode the bytes is passed over, since sites mislabel Latin-1 as UTF-8
and the reverse. Labels are mapped as the WHATWG Encoding standard does
(ISO-8859-1 and ASCII mean windows-1252).

Metadata (title, ``<meta>`` name/property → content, canonical link) is read
with lxml's HTML parser, which tolerates whatever markup the web serves: a
``<meta>`` without a ``content`` value is simply empty.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from charset_normalizer import from_bytes
from lxml import etree
from lxml import html as lxml_html

#: bytes searched for a <meta> charset declaration (the HTML prescan looks at 1024;
#: pages with long inline scripts in their head put it later)
_PRESCAN_BYTES = 4096
_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
# Byte-level prescan, as the HTML standard specifies it: the text is not known yet.
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: labels a browser reads as another encoding (WHATWG Encoding standard)
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-user-defined": "cp1252",
}
#: single-byte Latin code pages that detection cannot tell apart on short text
_LATIN_FAMILY = frozenset(
    codecs.lookup(name).name
    for name in ("cp1250", "cp1252", "cp1254", "cp1257", "latin-1", "iso8859-2", "iso8859-15")
)
#: lower bound of a plausible publication date; earlier ones are placeholders
EARLIEST_DATE = dt.date(1990, 1, 1)


def _label(name: str) -> str | None:
    """Return the Python codec for a charset label, or None if unknown."""
    name = name.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def header(headers: Mapping[str, str], name: str) -> str:
    """Return a header's value, case-insensitively ('' when absent)."""
    name = name.lower()
    return next((v for k, v in headers.items() if k.lower() == name), "")


def declared_charsets(content: bytes, content_type: str = "") -> list[str]:
    """Return the charsets declared for a document, most authoritative first."""
    found: list[str] = []
    for bom, codec in _BOMS:
        if content.startswith(bom):
            return [codec]
    match = _CHARSET_PARAM.search(content_type)
    if match and (declared := _label(match.group(1))):
        found.append(declared)
    meta = _META_CHARSET.search(content[:_PRESCAN_BYTES])
    if meta and (in_meta := _label(meta.group(1).decode("ascii", "replace"))):
        found.append(in_meta)
    return list(dict.fromkeys(found))


def decode_document(content: bytes, content_type: str = "") -> str:
    """Return a document's text: declared charset if it decodes, else UTF-8, else detected."""
    for codec in [*declared_charsets(content, content_type), "utf-8"]:
        try:
            return content.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue

    best = from_bytes(content[:200_000]).best()
    detected = _label(best.encoding) if best is not None and best.encoding else None
    # Short Latin text is ambiguous between the single-byte Latin code pages; a
    # browser in a Western locale reads it as windows-1252, and so do we.
    if detected and detected not in _LATIN_FAMILY:
        try:
            return content.decode(detected)
        except (LookupError, UnicodeDecodeError):
            pass
    return content.decode("cp1252", errors="replace")


def decode_html(content: bytes, headers: Mapping[str, str]) -> str:
    """Return an HTML or text response body as str (see :func:`decode_document`)."""
    return decode_document(content, header(headers, "content-type"))


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What a page says about itself in its head."""

    title: str = ""
    #: <meta> name / property / itemprop (lower-case) → content; the first wins
    metas: dict[str, str] = field(default_factory=dict)
    canonical: str = ""


def page_meta(page: str) -> PageMeta:
    """Read a page's title, <meta> tags and canonical link with lxml (never raises)."""
    head = page[:300_000]
    if not head.strip():
        return PageMeta()
    try:
        # lxml refuses str with an XML encoding declaration; bytes with the codec it knows
        document = lxml_html.document_fromstring(head.encode("utf-8"), parser=_parser())
    except (etree.ParserError, ValueError, TypeError):
        return PageMeta()
    metas: dict[str, str] = {}
    for tag in document.iter("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop") or ""
        key = key.strip().lower()
        content = tag.get("content")
        if key and content is not None and key not in metas:
            metas[key] = " ".join(content.split())
    title_tag = next(document.iter("title"), None)
    title = " ".join((title_tag.text_content() if title_tag is not None else "").split())
    canonical = ""
    for link in document.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if "canonical" in rels and link.get("href"):
            canonical = link.get("href", "").strip()
            break
    return PageMeta(title=title, metas=metas, canonical=canonical)


def _parser():  # type: ignore[no-untyped-def]
    return lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, no_network=True)


def plausible_date(
    value: dt.date | dt.datetime | None, *, today: dt.date | None = None
) -> dt.date | None:
    """Return the date if it is plausible for a post (1990 to tomorrow), else None.

    Feeds write year 0001 or 9999 for "no date", and a typo can put a post in
    2100; taken at face value such a date would pin a model's "current" state.
    """
    if value is None:
        return None
    day = value.date() if isinstance(value, dt.datetime) else value
    today = today or dt.datetime.now(dt.UTC).date()
    if day < EARLIEST_DATE or day > today + dt.timedelta(days=1):
        return None
    return day
