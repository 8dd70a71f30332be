"""Post identity: canonical URLs, content hashes, identity policies and deduplication."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from llamawatch.identity import (
    canonical_url,
    content_hash,
    dedupe_posts,
    identity_keys,
    post_key,
    with_key,
)
from llamawatch.records import Post

ARTICLE = "<p>" + " ".join(f"token{i}" for i in range(50)) + "</p>"


def post(**changes: object) -> Post:
    base = Post(
        url="https://news.example.org/a",
        title="Llama 3 released",
        body=ARTICLE,
        content_type="html",
        published=dt.date(2024, 4, 18),
        guid="g-1",
    )
    return dataclasses.replace(base, **changes)


def test_canonical_url_strips_tracking_fragment_and_default_port() -> None:
    url = "HTTPS://News.Example.org:443/a?utm_source=x&id=7&fbclid=abc&UTM_Medium=y#comments"
    assert canonical_url(url) == "https://news.example.org/a?id=7"
    assert canonical_url("http://example.org") == "http://example.org/"
    assert canonical_url("http://example.org:8080/p?b=2&a=1") == "http://example.org:8080/p?b=2&a=1"
    assert canonical_url("/local/file.md") == "/local/file.md"
    assert canonical_url("urn:uuid:1234") == "urn:uuid:1234"


@given(st.text(alphabet="abcxyz=&?/:#_.0123456789", max_size=30))
def test_canonical_url_is_idempotent(tail: str) -> None:
    once = canonical_url("https://example.org/" + tail)
    assert canonical_url(once) == once


def test_content_hash_ignores_markup_and_spacing() -> None:
    assert content_hash("<p>Llama  2\nis open</p>") == content_hash("Llama 2 is <b>open</b>")
    assert content_hash("Llama 2 is open") != content_hash("Llama 2 is closed")


def test_post_key_policies() -> None:
    assert post_key(post(), "guid") == "guid:g-1"
    assert post_key(post(guid="https://news.example.org/a?utm_campaign=z"), "guid") == (
        "url:https://news.example.org/a"
    )
    assert post_key(post(guid=None), "guid") == "url:https://news.example.org/a"
    assert post_key(post(), "link") == "url:https://news.example.org/a"
    by_title = post_key(post(), "title_date")
    assert by_title.startswith("title:")
    assert post_key(post(guid="other", url="https://elsewhere.example/x"), "title_date") == by_title
    assert post_key(post(published=dt.date(2024, 4, 19)), "title_date") != by_title


def test_an_edit_keeps_the_key_and_changes_the_hash() -> None:
    original = with_key(post())
    edited = with_key(post(body=ARTICLE.replace("token3", "changed")))
    assert original.key == edited.key
    assert content_hash(original.body) != content_hash(edited.body)


def test_reused_guid_does_not_merge_under_link_policy() -> None:
    first = with_key(post(url="https://x.example.org/1", body="<p>one</p>"), "link")
    second = with_key(post(url="https://x.example.org/2", body="<p>two</p>"), "link")
    kept, dropped = dedupe_posts([first, second])
    assert dropped == 0 and len(kept) == 2


def test_same_article_under_two_urls_is_one_post() -> None:
    first = with_key(post(url="https://a.example.org/story", guid=None, summary_only=True))
    mirror = with_key(post(url="https://b.example.net/copy", guid=None))
    tracked = with_key(post(url="https://a.example.org/story?utm_source=tw", guid=None))
    kept, dropped = dedupe_posts([first, mirror, tracked])
    assert dropped == 2
    assert len(kept) == 1
    assert kept[0].summary_only is False  # the full copy wins


def test_short_teasers_do_not_merge_posts() -> None:
    one = with_key(post(url="https://a.example.org/1", guid=None, body="Read more"))
    two = with_key(post(url="https://a.example.org/2", guid=None, body="Read more"))
    assert dedupe_posts([one, two]) == ([one, two], 0)
    assert not any(k.startswith("hash:") for k in identity_keys(one))
