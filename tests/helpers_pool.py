"""Extract functions the pool tests run in worker processes (pickled by name)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import trafilatura

from llamawatch.records import ArticleText, ExtractedPost, Post

#: a post whose body holds this marker kills the worker that extracts it
CRASH_MARKER = "<!-- crash-this-worker -->"

_builds = 0


def make_counting_catalog(settings: Any) -> dict[str, int]:
    """Stand in for ModelCatalog.from_settings and count how often a process builds it."""
    global _builds
    _builds += 1
    return {"pid": os.getpid(), "builds": _builds}


def broken_catalog(settings: Any) -> None:
    """Fail in the worker initializer, as a worker that cannot import the pipeline would."""
    raise RuntimeError("catalog cannot be built")


def bare_extract(post: Post, catalog: Any) -> ExtractedPost:
    """Extract the main text with trafilatura, as the real pipeline's first step does."""
    text = trafilatura.extract(post.body) or ""
    builds = catalog["builds"] if catalog else 0
    article = ArticleText(url=post.url, title=f"{os.getpid()}:{builds}", text=text)
    return ExtractedPost(post=post, article=article)


def crashing_extract(post: Post, catalog: Any) -> ExtractedPost:
    """Die like trafilatura does when it segfaults, for marked posts only."""
    if CRASH_MARKER in post.body:
        os.kill(os.getpid(), signal.SIGSEGV)
    return bare_extract(post, catalog)


def exiting_extract(post: Post, catalog: Any) -> ExtractedPost:
    """Leave the worker with os._exit for marked posts (no cleanup, no traceback)."""
    if CRASH_MARKER in post.body:
        os._exit(3)
    return bare_extract(post, catalog)


def raising_extract(post: Post, catalog: Any) -> ExtractedPost:
    """Break the "never raises" promise for marked posts; the pool must cope."""
    if CRASH_MARKER in post.body:
        raise RuntimeError("extractor bug")
    return bare_extract(post, catalog)


#: a post whose body holds this marker makes its worker hang (an endless loop in a parser)
HANG_MARKER = "<!-- hang-this-worker -->"


def hanging_extract(post: Post, catalog: Any) -> ExtractedPost:
    """Hang for marked posts, after touching the file named in the post's title."""
    if HANG_MARKER in post.body:
        Path(post.title).touch()
        while True:
            time.sleep(1)
    return bare_extract(post, catalog)


def unpicklable_extract(post: Post, catalog: Any) -> ExtractedPost:
    """Return a result that cannot be sent back for marked posts (the worker survives)."""
    extracted = bare_extract(post, catalog)
    if CRASH_MARKER in post.body:
        return ExtractedPost(post=post, article=extracted.article, facts=(lambda: None,))  # type: ignore[arg-type]
    return extracted
