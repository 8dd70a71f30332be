"""Turn a post's raw body into readable text: the trafilatura adapter.

trafilatura is not thread-safe (docs/operations.md): call :func:`extract_text` from one
thread per process. Markdown and plain text are kept as they are, because the fact
extractor reads Markdown directly and evidence must quote the body.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re

from llamawatch.errors import ExtractError
from llamawatch.extractors.local import html_meta, html_meta_date
from llamawatch.records import ArticleText, Post

log = logging.getLogger(__name__)
# trafilatura and htmldate log every short fragment (a feed summary) as an ERROR;
# this adapter falls back and reports its own one-line reason instead.
for _noisy in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_noisy).setLevel(logging.CRITICAL)

_SCRIPT_STYLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_TAGS = re.compile(r"<[^>]+>")


def extract_text(post: Post) -> ArticleText:
    """Return the post's readable text and its publication date; raise ExtractError if none."""
    if post.content_type == "html":
        text = _html_text(post.body)
        published = post.published or _html_date(post.body)
    else:
        text = post.body.strip()
        published = post.published
    if not text.strip():
        raise ExtractError(f"{post.url}: no readable text in the post")
    return ArticleText(
        url=post.url,
        title=post.title,
        text=text,
        published=published,
        source_name=post.source_name,
    )


def _html_text(page: str) -> str:
    """Return the main text of a page (trafilatura; a tag-stripping fallback for fragments)."""
    # why: trafilatura ~150 ms to import; posts that arrive as text never need it
    import trafilatura

    if not _visible_text(page):
        return ""
    try:
        text = trafilatura.extract(
            page,
            output_format="txt",
            include_comments=False,
            include_tables=True,
            include_links=False,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises many lxml errors on broken markup
        raise ExtractError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from exc
    if text and text.strip():
        return text.strip()
    # Feed summaries and short fragments have no "main content" for trafilatura.
    return _visible_text(page)


def _visible_text(page: str) -> str:
    """Return the text outside scripts, styles and tags, whitespace collapsed per line."""
    stripped = _SCRIPT_STYLE.sub(" ", page)
    stripped = re.sub(r"<head\b.*?</head\s*>", " ", stripped, flags=re.I | re.S)
    stripped = re.sub(r"<(br|/p|/div|/li|/h\d|/tr)\b[^>]*>", "\n", stripped, flags=re.I)
    text = html.unescape(_TAGS.sub(" ", stripped))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _html_date(page: str) -> dt.date | None:
    """Return a page's publication date from its metadata, else htmldate's best guess."""
    from_meta = html_meta_date(html_meta(page))
    if from_meta:
        return from_meta
    try:
        # why: htmldate ~95 ms to import; only pages whose metadata names no date need it
        from htmldate import find_date

        found = find_date(page, extensive_search=False, original_date=True)
    except Exception as exc:  # htmldate has no error hierarchy of its own
        log.debug("htmldate failed: %s", exc)
        return None
    if not found:
        return None
    try:
        return dt.date.fromisoformat(found)
    except ValueError:
        return None
