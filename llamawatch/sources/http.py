"""Polite, resilient HTTP GET for llamawatch: the one place that talks to servers.

``HttpClient.get`` never raises for a bad URL, server or network: it returns an
:class:`HttpResponse` whose ``error`` says what went wrong in one line. It does
conditional requests (the caller passes the validators), decodes gzip/brotli,
enforces a timeout and a size cap per response, follows redirects by hand (a
limit, loop detection, permanent moves reported, every hop of an untrusted URL
re-checked by :mod:`llamawatch.sources.safety`), retries 408/425/429/5xx, timeouts and
broken connections with exponential backoff and jitter (honouring Retry-After
up to ``http.max_retry_after``), and keeps a per-host concurrency limit and
politeness delay. A retry's sleep holds no slot, so other requests go on.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
import threading
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urljoin

import httpx

from llamawatch.config import HttpSettings
from llamawatch.extractors.feeds import header
from llamawatch.sources.health import retry_after_seconds
from llamawatch.sources.safety import addresses_refusal, host_of, needs_resolution, url_refusal

log = logging.getLogger(__name__)
T = TypeVar("T")

#: statuses worth retrying: the server is busy or broken for now
RETRY_STATUSES: frozenset[int] = frozenset({408, 425, 429, 500, 502, 503, 504})
REDIRECT_STATUSES: frozenset[int] = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS: frozenset[int] = frozenset({301, 308})


@dataclass(slots=True)
class HttpResponse:
    """What one GET (after redirects and retries) produced."""

    url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""
    error: str | None = None
    retryable: bool = False
    retry_after: float | None = None
    #: where the source permanently moved (every hop so far was 301/308)
    permanent_url: str | None = None
    attempts: int = 1


class HttpClient:
    """An asyncio HTTP client that is polite per host and never raises for a bad URL."""

    def __init__(self, http: HttpSettings, client: httpx.AsyncClient | None = None) -> None:
        self.http = http
        self._client = client or httpx.AsyncClient(
            timeout=httpx.Timeout(http.timeout),
            follow_redirects=False,
            headers={"User-Agent": http.user_agent},
            limits=httpx.Limits(
                max_connections=http.max_connections,
                max_keepalive_connections=http.max_connections,
            ),
            trust_env=http.trust_env,
        )
        self._all = asyncio.Semaphore(http.max_connections)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    @property
    def _timeout_error(self) -> str:
        return f"timed out after {self.http.timeout:g}s"

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> HttpClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def get(
        self, url: str, *, headers: Mapping[str, str] | None = None, trusted: bool = True
    ) -> HttpResponse:
        """GET ``url`` with redirects and retries; an untrusted URL is checked at every hop."""
        attempt = 0
        while True:
            response = await self._get_following(url, headers or {}, trusted)
            response.attempts = attempt + 1
            if not response.retryable or attempt >= self.http.retries:
                if response.retryable and attempt:
                    response.error = f"{response.error} (after {attempt + 1} attempts)"
                return response
            delay = self._retry_delay(attempt, response.retry_after)
            if delay is None:
                response.error = (
                    f"{response.error}; server asks to wait {response.retry_after:.0f}s, "
                    f"more than http.max_retry_after"
                )
                return response
            log.debug("retrying %s in %.2fs: %s", url, delay, response.error)
            await asyncio.sleep(delay)  # holds no slot: other requests go on
            attempt += 1

    def _retry_delay(self, attempt: int, retry_after: float | None) -> float | None:
        if retry_after is not None:
            return retry_after if retry_after <= self.http.max_retry_after else None
        return self.http.backoff * (2**attempt) * random.uniform(0.5, 1.0)

    async def _get_following(
        self, url: str, headers: Mapping[str, str], trusted: bool
    ) -> HttpResponse:
        seen = {url}
        permanent: str | None = None
        all_permanent = True
        start_private = url_refusal(url) is not None
        for _hop in range(self.http.max_redirects + 1):
            # An operator's source URL is trusted; a hop to a private address is not,
            # unless the source itself lives on a private address.
            check = not trusted or (_hop > 0 and not start_private)
            if check:
                refusal = await self._refusal(url)
                if refusal:
                    return HttpResponse(url=url, error=f"refused {url}: {refusal}")
            response = await self._request(url, headers)
            response.permanent_url = permanent
            if response.status not in REDIRECT_STATUSES or response.error:
                return response
            location = header(response.headers, "location")
            if not location:
                response.error = f"HTTP {response.status} redirect without a Location"
                return response
            target = urljoin(url, location.strip())
            if target in seen:
                return HttpResponse(url=url, error=f"redirect loop at {target}")
            seen.add(target)
            all_permanent = all_permanent and response.status in PERMANENT_REDIRECTS
            if all_permanent:
                permanent = target
            url = target
            # Validators belong to the first URL; the new one is fetched afresh.
            headers = {
                k: v
                for k, v in headers.items()
                if k.lower() not in ("if-none-match", "if-modified-since")
            }
        return HttpResponse(url=url, error=f"more than {self.http.max_redirects} redirects")

    async def _refusal(self, url: str) -> str | None:
        allow = self.http.allow_private
        refusal = url_refusal(url, allow)
        if refusal or not needs_resolution(url):
            return refusal
        host = host_of(url)
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, None)
        except OSError as exc:
            return f"cannot resolve {host}: {exc.strerror or exc}"
        return addresses_refusal(host, [str(info[4][0]) for info in infos], allow)

    def _host_slot(self, host: str) -> asyncio.Semaphore:
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(self.http.per_host_concurrency)
        return self._hosts[host]

    async def _request(self, url: str, headers: Mapping[str, str]) -> HttpResponse:
        host = host_of(url)
        loop = asyncio.get_running_loop()
        async with self._host_slot(host):
            wait = self._next_start.get(host, 0.0) - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            self._next_start[host] = loop.time() + self.http.per_host_delay
            async with self._all:
                try:
                    async with asyncio.timeout(self.http.timeout):
                        return await self._stream(url, headers)
                except TimeoutError:
                    return HttpResponse(url=url, error=self._timeout_error, retryable=True)

    async def _stream(self, url: str, headers: Mapping[str, str]) -> HttpResponse:
        cap = self.http.max_bytes
        too_large = f"response larger than {cap} bytes (http.max_bytes)"
        try:
            async with self._client.stream("GET", url, headers=dict(headers)) as reply:
                response = HttpResponse(
                    url=str(reply.url), status=reply.status_code, headers=dict(reply.headers)
                )
                if reply.status_code in REDIRECT_STATUSES or reply.status_code == 304:
                    return response
                declared = reply.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > cap:
                    response.error = too_large
                    return response
                chunks: list[bytes] = []
                size = 0
                async for chunk in reply.aiter_bytes():
                    size += len(chunk)
                    if size > cap:
                        response.error = too_large
                        return response
                    chunks.append(chunk)
                response.content = b"".join(chunks)
        except httpx.TimeoutException:
            return HttpResponse(
                url=url, error=f"timed out after {self.http.timeout:g}s", retryable=True
            )
        except httpx.DecodingError as exc:
            return HttpResponse(url=url, error=f"cannot decode the response: {exc}")
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            return HttpResponse(url=url, error=f"bad URL {url}: {exc}")
        except httpx.TransportError as exc:
            reason = str(exc) or type(exc).__name__
            return HttpResponse(url=url, error=f"connection failed: {reason}", retryable=True)
        except ValueError as exc:  # httpx raises it for some malformed URLs and headers
            return HttpResponse(url=url, error=f"bad request for {url}: {exc}")
        if response.status in RETRY_STATUSES:
            response.retryable = True
            response.error = f"HTTP {response.status} {reason_phrase(response.status)}"
            response.retry_after = retry_after_seconds(
                header(response.headers, "retry-after"), dt.datetime.now(dt.UTC)
            )
        return response


def reason_phrase(status: int | None) -> str:
    try:
        return httpx.codes.get_reason_phrase(status or 0)
    except ValueError:
        return ""


class BlockingHttp:
    """A blocking front of :class:`HttpClient` for code that walks one URL at a time.

    Backfill reads sitemaps and feed archives from plain generators, so it needs
    a blocking ``get``; it still goes through the one client (guard, politeness,
    deadline, size cap), which runs on an event loop in a private thread. Close
    it (or use it as a context manager): that closes the connections and the loop.
    Safe to call from several threads at once.
    """

    def __init__(self, http: HttpSettings) -> None:
        self.http = http
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="llamawatch-http", daemon=True
        )
        self._thread.start()
        self._client: HttpClient = self._call(self._open())
        self._closed = False

    async def _open(self) -> HttpClient:
        return HttpClient(self.http)  # made on its loop: its semaphores belong there

    def _call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def get(
        self, url: str, *, headers: Mapping[str, str] | None = None, trusted: bool = True
    ) -> HttpResponse:
        """GET ``url`` as :meth:`HttpClient.get` does, blocking until it is done."""
        if self._closed:
            raise RuntimeError("the HTTP client is closed")
        return self._call(self._client.get(url, headers=headers, trusted=trusted))

    def close(self) -> None:
        """Close the connections and stop the loop's thread (idempotent)."""
        if self._closed:
            return
        self._closed = True
        try:
            self._call(self._client.aclose())
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
            self._loop.close()

    def __enter__(self) -> BlockingHttp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
