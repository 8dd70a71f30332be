"""Which URLs taken from feed content llamawatch may request.

A feed is written by someone else: an entry linking to ``http://169.254.169.254/``
(a cloud metadata service) or ``http://127.0.0.1:8080/admin`` must not make
llamawatch fetch it. Links from content are refused when their scheme is not
HTTP(S), when their host is or resolves to a private, loopback, link-local or
otherwise reserved address, or when it sits in a reserved domain (``.invalid``,
``localhost``). ``http.allow_private`` re-opens chosen hosts or CIDR ranges.

Source URLs that the operator configured are trusted; see ``llamawatch.sources.fetch``.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

#: domains that never name a public host (RFC 2606, RFC 6761)
RESERVED_SUFFIXES: tuple[str, ...] = (".invalid", ".localhost", ".local", ".internal", ".test")


def _parse_address(host: str) -> IPAddress | None:
    """Return ``host`` as an IP address, also in legacy IPv4 forms (``2130706433``, ``0x7f.1``)."""
    host = host.strip("[]")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            return address.ipv4_mapped
        return address
    if not host or not all(c in "0123456789abcdefxABCDEFX." for c in host):
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


def is_public_address(address: IPAddress) -> bool:
    """Return whether ``address`` is a globally routable unicast address."""
    return address.is_global and not address.is_multicast


def _allowed(host: str, address: IPAddress | None, allow: Sequence[str]) -> bool:
    for entry in allow:
        entry = entry.strip().lower()
        if entry == host:
            return True
        if address is None:
            continue
        try:
            network: IPNetwork = ipaddress.ip_network(entry, strict=False)
        except ValueError:
            continue
        if address.version == network.version and address in network:
            return True
    return False


def _http_host(url: str, hint: str = "") -> tuple[str, str | None]:
    """Return an http(s) URL's host in lower case, or why the URL is not one."""
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError as exc:
        return "", f"malformed URL: {exc}"
    if scheme not in ("http", "https"):
        return "", f"scheme {scheme or '(none)'!r} is not http(s){hint}"
    if not host:
        return "", "URL has no host"
    return host, None


def url_refusal(url: str, allow_private: Sequence[str] = ()) -> str | None:
    """Return why ``url`` may not be fetched, judging the URL alone, or None if it may."""
    host, refusal = _http_host(url)
    if refusal:
        return refusal
    address = _parse_address(host)
    if _allowed(host, address, allow_private):
        return None
    if host == "localhost" or host.endswith(RESERVED_SUFFIXES):
        return f"host {host} is in a reserved domain"
    if address is not None and not is_public_address(address):
        return f"address {address} is private, loopback or link-local"
    return None


def addresses_refusal(
    host: str, addresses: Iterable[str], allow_private: Sequence[str] = ()
) -> str | None:
    """Return why a host that resolved to ``addresses`` may not be fetched, or None."""
    host = host.lower().rstrip(".")
    for raw in addresses:
        address = _parse_address(raw.split("%", 1)[0])
        if address is None or is_public_address(address):
            continue
        if not _allowed(host, address, allow_private):
            return f"host {host} resolves to {address}, a private address"
    return None


def host_of(url: str) -> str:
    """Return the lower-case host of ``url`` ('' when it has none)."""
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def needs_resolution(url: str) -> bool:
    """Return whether ``url``'s host is a name (not an IP literal) to resolve and check."""
    host = host_of(url)
    return bool(host) and _parse_address(host) is None


def source_url_refusal(url: str, allow_private: Sequence[str] = ()) -> str | None:
    """Return why ``url`` cannot be an operator's web source, or None if it can.

    Looser than :func:`url_refusal`: an operator may watch a feed on a private
    network. Never another scheme (``file:``, ``javascript:``: local paths are
    added with ``--local``), and never a link-local, multicast or unspecified
    address (``169.254.169.254`` is a cloud metadata service, never a feed).
    """
    host, refusal = _http_host(url, " (add local paths with --local)")
    if refusal:
        return refusal
    address = _parse_address(host)
    if address is None or _allowed(host, address, allow_private):
        return None
    if address.is_link_local or address.is_multicast or address.is_unspecified:
        return f"address {address} is link-local, multicast or unspecified"
    return None
