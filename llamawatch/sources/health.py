"""Pure decisions about a source's schedule and health; no I/O, no clock.

Every function takes ``now`` (timezone-aware UTC) from its caller, so a run uses
one instant for all its decisions and tests need no clock tricks. The record
:class:`SourceCache` is a source's HTTP cache and health state: it is passed into
``llamawatch.sources.fetch`` and a new one comes back, and ``llamawatch.storage.sources``
keeps it in the ``sources`` table.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import overload

#: a source not due for at most this long is fetched anyway, so an hourly cron
#: that starts a few seconds early does not skip a feed with a 60-minute interval
DUE_SLACK = dt.timedelta(minutes=2)
_MAX_AGE = re.compile(r"(?:^|,)\s*(?:s-maxage|max-age)\s*=\s*\"?(\d+)", re.I)
_NO_CACHE = re.compile(r"(?:^|,)\s*(?:no-store|no-cache)\b", re.I)


@dataclass(frozen=True, slots=True)
class SourceCache:
    """A source's conditional-GET validators, schedule and health."""

    etag: str | None = None
    last_modified: str | None = None
    #: where a 301/308 said the source now lives; fetched instead of its URL
    permanent_url: str | None = None
    #: until when the server said its response stays fresh (max-age, Expires, <ttl>)
    http_cache_until: dt.datetime | None = None
    next_fetch_at: dt.datetime | None = None
    last_fetched_at: dt.datetime | None = None
    last_success_at: dt.datetime | None = None
    #: publication time of the newest entry seen (when the source last had news)
    last_new_entry_at: dt.datetime | None = None
    last_error: str | None = None
    consecutive_failures: int = 0
    #: set when the source answered 410 Gone; it is no longer fetched
    disabled_reason: str | None = None


@overload
def utc(value: dt.datetime) -> dt.datetime: ...
@overload
def utc(value: None) -> None: ...


def utc(value: dt.datetime | None) -> dt.datetime | None:
    """Return ``value`` as an aware UTC datetime (naive values are taken as UTC)."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def due_refusal(cache: SourceCache, now: dt.datetime) -> str | None:
    """Return why the source should not be fetched at ``now``, or None if it is due."""
    if cache.disabled_reason:
        return f"disabled: {cache.disabled_reason}"
    next_at = utc(cache.next_fetch_at)
    if next_at is not None and next_at > now + DUE_SLACK:
        return f"not due until {next_at:%Y-%m-%d %H:%M} UTC"
    return None


def _parse_http_date(value: str) -> dt.datetime | None:
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return utc(parsed)


def fresh_until(headers: Mapping[str, str], now: dt.datetime) -> dt.datetime | None:
    """Return until when a response stays fresh by Cache-Control max-age or Expires."""
    lowered = {k.lower(): v for k, v in headers.items()}
    control = lowered.get("cache-control", "")
    if _NO_CACHE.search(control):
        return None
    match = _MAX_AGE.search(control)
    if match:
        return now + dt.timedelta(seconds=int(match.group(1)))
    expires = lowered.get("expires")
    if expires:
        when = _parse_http_date(expires)
        if when is not None and when > now:
            return when
    return None


def retry_after_seconds(value: str | None, now: dt.datetime) -> float | None:
    """Return a Retry-After header (seconds or HTTP date) as seconds from ``now``."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    when = _parse_http_date(value)
    if when is None:
        return None
    return max(0.0, (when - now).total_seconds())


def next_fetch_time(
    now: dt.datetime,
    interval_minutes: int,
    *,
    cache_until: dt.datetime | None = None,
    ttl_minutes: int | None = None,
    max_hours: float = 24.0,
) -> dt.datetime:
    """Return when to fetch a healthy source next: its interval, or later if the server asks.

    A feed's ``<ttl>``, ``Cache-Control: max-age`` and ``Expires`` can only push the
    next fetch later, and never beyond ``max_hours`` from now.
    """
    candidates = [now + dt.timedelta(minutes=interval_minutes)]
    if cache_until is not None:
        candidates.append(cache_until)
    if ttl_minutes:
        candidates.append(now + dt.timedelta(minutes=ttl_minutes))
    latest = now + dt.timedelta(hours=max_hours)
    return min(max(candidates), max(latest, candidates[0]))


def failure_delay(
    consecutive_failures: int, interval_minutes: int, max_hours: float = 24.0
) -> dt.timedelta:
    """Return how long to leave a failing source alone: its interval, doubling per failure.

    The first failure is retried at the next run; after that the wait doubles so a
    source that keeps failing is backed off, not hammered, up to ``max_hours``.
    """
    exponent = max(0, consecutive_failures - 1)
    minutes = interval_minutes * (2 ** min(exponent, 20))
    return min(
        dt.timedelta(minutes=minutes),
        max(dt.timedelta(hours=max_hours), dt.timedelta(minutes=interval_minutes)),
    )


def failure_notice(name: str, failures: int, threshold: int, error: str) -> str | None:
    """Return a notice when a source reaches ``threshold`` consecutive failures (once)."""
    if failures == threshold:
        return f"source {name!r} failed {failures} times in a row; last error: {error}"
    return None


def recovery_notice(name: str, previous_failures: int, threshold: int) -> str | None:
    """Return a notice when a source that had been reported as failing works again."""
    if previous_failures >= threshold:
        return f"source {name!r} works again after {previous_failures} failures"
    return None


def silence_notice(
    name: str,
    last_new_entry_at: dt.datetime | None,
    previous_check_at: dt.datetime | None,
    now: dt.datetime,
    silent_after_days: int,
) -> str | None:
    """Return a notice the first time a source has had no new entry for ``silent_after_days``.

    Stateless: it fires when the silence crosses the limit between the previous
    check and this one, so the operator hears it once, not every run.
    """
    last = utc(last_new_entry_at)
    if last is None:
        return None
    limit = dt.timedelta(days=silent_after_days)
    if now - last <= limit:
        return None
    previous = utc(previous_check_at)
    if previous is not None and previous - last > limit:
        return None
    return f"source {name!r} has had no new entry for {(now - last).days} days"


def retry_due(
    attempts: int,
    last_attempt_at: dt.datetime | None,
    now: dt.datetime,
    *,
    interval_minutes: int = 60,
    max_hours: float = 24.0,
) -> bool:
    """Return whether a post whose page failed ``attempts`` times is due for another try.

    The same backoff as a failing source: the next run first, then a wait that
    doubles per failure up to ``max_hours``. Never tried (or a re-fetch asked
    for): due now.
    """
    if last_attempt_at is None or attempts <= 0:
        return True
    return utc(last_attempt_at) + failure_delay(attempts, interval_minutes, max_hours) <= now
