"""The retrieval registry: a new source kind is one module plus one ``register`` line.

The toy kind below stands for that new module: a "memo" file (``memo:PATH``)
holding posts separated by ``---`` lines, each starting with a date and a title.
Registered once, it is read by ``run``'s fetch path, by backfill (plan, chunks,
the whole flow) and by article fetches, with no other change to the project.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from llamawatch.config import HttpSettings
from llamawatch.errors import FetchError
from llamawatch.records import FetchResult, Post, Source
from llamawatch.sources import retrieval
from llamawatch.sources.archive import iter_items, load_chunk, plan_chunks
from llamawatch.sources.fetch import fetch_articles, fetch_sources

PREFIX = "memo:"


# --- the "new module": a retriever and a parser --------------------------------------


def retrieve_memo(location: str, how: retrieval.Retrieval) -> FetchResult:
    """Read a memo file named by ``memo:PATH``."""
    path = Path(location.removeprefix(PREFIX))
    if not path.is_file():
        raise FetchError(f"{location}: no such memo")
    source = Source(name=path.name, url=location, kind="archive")
    return FetchResult(source=source, url=location, status=None, content=path.read_bytes())


def parse_memo(result: FetchResult) -> Sequence[Post]:
    """Turn memo blocks ("YYYY-MM-DD title" then body lines) into posts."""
    posts = []
    for number, block in enumerate(result.content.decode("utf-8").split("\n---\n"), start=1):
        head, _, body = block.strip().partition("\n")
        day, _, title = head.partition(" ")
        posts.append(
            Post(
                url=f"https://memo.example/{Path(result.url).stem}/{number}",
                title=title,
                body=f"<p>{body.strip()}</p>",
                content_type="html",
                published=dt.date.fromisoformat(day),
                guid=f"memo-{number}",
            )
        )
    return posts


# --- tests ---------------------------------------------------------------------------


@pytest.fixture
def memo_kind() -> Iterator[retrieval.SourceKind]:
    """Register the memo kind for one test (the "one registration line")."""
    kind = retrieval.register(
        "memo", claims=lambda loc: loc.startswith(PREFIX), retrieve=retrieve_memo, parse=parse_memo
    )
    yield kind
    retrieval.unregister("memo")


@pytest.fixture
def memo_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.memo"
    path.write_text(
        "2025-04-05 Harbor crews finish the pier\nThe pier reopened after two years.\n---\n"
        "2025-04-07 Orchard report\nApples were early this spring.\n",
        encoding="utf-8",
    )
    return path


def test_a_registered_kind_is_consulted_before_the_built_in_ones(
    memo_kind: retrieval.SourceKind,
) -> None:
    assert retrieval.kind_for("memo:/x") is memo_kind
    assert retrieval.kind_for("https://example.org/feed").name == "http"
    assert retrieval.kind_for("/no/such/place").name == "local-file"
    assert retrieval.kind_for("gopher://example.org/") is None
    with pytest.raises(ValueError):
        retrieval.register("http", claims=bool, retrieve=retrieve_memo, parse=parse_memo)


def test_run_fetch_path_reads_a_registered_kind(
    memo_kind: retrieval.SourceKind, memo_file: Path
) -> None:
    source = Source(name="memos", url=f"{PREFIX}{memo_file}", kind="archive")
    [fetch] = fetch_sources([source], HttpSettings.model_validate({}), {})
    assert fetch.status == "ok", fetch.error
    assert [p.title for p in fetch.posts] == ["Harbor crews finish the pier", "Orchard report"]
    assert {p.source_name for p in fetch.posts} == {"memos"}
    assert all(p.key for p in fetch.posts)
    assert fetch.cache.last_new_entry_at == dt.datetime(2025, 4, 7, tzinfo=dt.UTC)

    gone = Source(name="gone", url=f"{PREFIX}{memo_file}.missing", kind="archive")
    [failed] = fetch_sources([gone], HttpSettings.model_validate({}), {})
    assert failed.status == "failed"
    assert "no such memo" in (failed.error or "")


def test_run_fails_a_source_no_kind_claims() -> None:
    source = Source(name="gopher", url="gopher://example.org/menu")
    [fetch] = fetch_sources([source], HttpSettings.model_validate({}), {})
    assert fetch.status == "failed"
    assert fetch.error == "no source kind reads gopher://example.org/menu"


def test_article_fetch_uses_the_registered_retriever(
    memo_kind: retrieval.SourceKind, memo_file: Path
) -> None:
    summary = Post(
        url=f"{PREFIX}{memo_file}",
        title="t",
        body="short",
        content_type="text",
        summary_only=True,
    )
    [post] = fetch_articles([summary], HttpSettings.model_validate({}))
    assert post.error is None
    assert not post.summary_only
    assert "Apples were early" in post.body


def test_backfill_plans_and_loads_a_registered_kind(
    memo_kind: retrieval.SourceKind, memo_file: Path
) -> None:
    location = f"{PREFIX}{memo_file}"
    items = list(iter_items([location]))
    assert [(i.kind, i.location) for i in items] == [("entry", location)] * 2
    chunks = plan_chunks(items, 1)
    loaded = [post for chunk in chunks for post in load_chunk(chunk)]
    assert [p.title for p in loaded] == ["Harbor crews finish the pier", "Orchard report"]
    assert {p.source_name for p in loaded} == {location}


@pytest.mark.flow
def test_backfill_flow_stores_a_registered_kind_once(
    memo_kind: retrieval.SourceKind, memo_file: Path, tmp_path: Path
) -> None:
    from prefect.testing.utilities import prefect_test_harness

    from llamawatch.flows.backfill import backfill_flow

    config = tmp_path / "llamawatch.toml"
    config.write_text(
        f'[storage]\nurl = "sqlite:///{tmp_path / "watch.db"}"\n'
        f'[output]\ndir = "{tmp_path / "site"}"\n',
        encoding="utf-8",
    )
    with prefect_test_harness(server_startup_timeout=120):
        first = backfill_flow([f"{PREFIX}{memo_file}"], config_path=str(config), write_site=False)
        again = backfill_flow([f"{PREFIX}{memo_file}"], config_path=str(config), write_site=False)
    assert (first.posts_seen, first.posts_new, first.posts_failed) == (2, 2, 0)
    assert (again.posts_seen, again.posts_new) == (2, 0)
