"""Links from feed content: refuse private addresses and non-HTTP schemes by default."""

from __future__ import annotations

import pytest

from llamawatch.sources.safety import addresses_refusal, needs_resolution, url_refusal


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:8080/admin",
        "http://[::1]/",
        "http://10.0.0.5/",
        "http://192.168.1.1/",
        "http://172.16.3.4/",
        "http://0.0.0.0/",
        "http://2130706433/",  # 127.0.0.1 as one number
        "http://0x7f.1/",  # 127.0.0.1 in hex shorthand
        "http://[::ffff:127.0.0.1]/",
        "http://[fe80::1]/",
        "http://localhost/",
        "http://service.internal/",
        "https://demo.llamawatch.invalid/posts/a.html",
        "file:///etc/passwd",
        "ftp://example.org/file",
        "javascript:alert(1)",
        "gopher://example.org/",
        "http:///nohost",
    ],
)
def test_refused_by_default(url: str) -> None:
    assert url_refusal(url) is not None


@pytest.mark.parametrize(
    "url", ["https://ai.meta.com/blog/", "http://93.184.215.14/page", "https://[2606:4700::1]/"]
)
def test_public_urls_pass(url: str) -> None:
    assert url_refusal(url) is None


def test_allow_list_reopens_named_hosts_and_ranges() -> None:
    assert url_refusal("http://127.0.0.1:5000/x", ["127.0.0.1"]) is None
    assert url_refusal("http://10.1.2.3/x", ["10.0.0.0/8"]) is None
    assert url_refusal("http://10.1.2.3/x", ["192.168.0.0/16"]) is not None
    assert url_refusal("http://169.254.169.254/", ["127.0.0.1"]) is not None
    assert url_refusal("http://localhost/", ["localhost"]) is None
    # The allow-list never re-opens non-HTTP schemes.
    assert url_refusal("file:///etc/passwd", ["127.0.0.1"]) is not None


def test_names_resolving_to_private_addresses_are_refused() -> None:
    assert addresses_refusal("intranet.example.org", ["10.0.0.7"]) is not None
    assert addresses_refusal("intranet.example.org", ["93.184.215.14", "127.0.0.1"]) is not None
    assert addresses_refusal("www.example.org", ["93.184.215.14"]) is None
    assert addresses_refusal("dev.example.org", ["127.0.0.1"], ["127.0.0.0/8"]) is None
    assert needs_resolution("https://example.org/") is True
    assert needs_resolution("http://127.0.0.1/") is False
