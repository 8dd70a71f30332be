"""Run a post through text extraction and fact extraction, never raising for bad input.

A post that cannot be read (empty, huge, binary, not UTF-8, only scripts) yields no
facts and one logged, one-line reason in ``ExtractedPost.error``, so one bad post
never stops a batch.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable

from llamawatch.errors import LlamawatchError
from llamawatch.extractors.article import extract_text
from llamawatch.extractors.facts import extract_facts
from llamawatch.extractors.models import ModelCatalog
from llamawatch.extractors.names import extract_name_links
from llamawatch.records import ArticleText, ExtractedPost, Post

log = logging.getLogger(__name__)

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SCRIPTS = re.compile(r"<(script|style|noscript|template)\b.*?(?:</\1\s*>|\Z)", re.I | re.S)
_TAGS = re.compile(r"<[^>]*>")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def extract_post(post: Post, catalog: ModelCatalog) -> ExtractedPost:
    """Return a post's text and facts, or the one-line reason they could not be read."""
    reason = unreadable_reason(post, catalog.max_post_bytes)
    if reason:
        return _failed(post, reason)
    try:
        article = extract_text(post)
    except LlamawatchError as exc:
        return _failed(post, str(exc))
    except Exception as exc:  # a parser bug must not stop the batch
        log.exception("text extraction failed for %s", post.url)
        return _failed(post, f"text extraction failed: {type(exc).__name__}: {exc}")
    if not may_state_facts(article, catalog):
        return ExtractedPost(post=post, article=article, facts=())
    try:
        facts = extract_facts(article, catalog)
        links = extract_name_links(article, catalog)
    except Exception as exc:  # an extractor bug must not stop the batch
        log.exception("fact extraction failed for %s", post.url)
        return ExtractedPost(
            post=post,
            article=article,
            error=f"fact extraction failed: {type(exc).__name__}: {exc}",
        )
    return ExtractedPost(post=post, article=article, facts=tuple(facts), links=tuple(links))


def may_state_facts(article: ArticleText, catalog: ModelCatalog) -> bool:
    """Return False for a text that names no tracked model and no company that makes one.

    Every fact is about a model the post names (or a new one a company introduces),
    so such a text has none; most pages of a web archive are like that, and the
    sentence-by-sentence reading is skipped for them.
    """
    text = f"{article.title}\n{article.text}"
    companies = _company_pattern(tuple(catalog.company_names))
    if companies is not None and companies.search(text):
        return True
    return bool(catalog.find_mentions(text, short_names=True))


@functools.lru_cache(maxsize=8)
def _company_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """Return a pattern for the company names as words ("Meta", not "metadata")."""
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def extract_posts(posts: Iterable[Post], catalog: ModelCatalog) -> list[ExtractedPost]:
    """Extract every post in turn (one thread: trafilatura is not thread-safe)."""
    return [extract_post(post, catalog) for post in posts]


def unreadable_reason(post: Post, max_bytes: int) -> str | None:
    """Return why a post's body cannot be read as text, or None if it can."""
    body = post.body
    if not body or not body.strip():
        return "empty post"
    # Cheap bound first: a str needs at least one byte per character.
    if len(body) > max_bytes or len(body.encode("utf-8", "replace")) > max_bytes:
        return f"post too large ({len(body.encode('utf-8', 'replace'))} bytes > {max_bytes})"
    head = body[:65536]
    if "\x00" in head or len(_CONTROL.findall(head)) > max(8, len(head) // 100):
        return "binary content, not text"
    if head.count("\ufffd") > max(4, len(head) // 200):
        return "not valid UTF-8 text (undecodable bytes)"
    visible = _TAGS.sub(" ", _SCRIPTS.sub(" ", body)) if "<" in body else body
    if not _LETTERS.search(visible):
        if _SCRIPTS.search(body):
            return "no readable text (scripts only)"
        return "no readable text"
    return None


def _failed(post: Post, reason: str) -> ExtractedPost:
    log.warning("skipped post %s: %s", post.url, reason)
    return ExtractedPost(post=post, article=None, error=reason)
