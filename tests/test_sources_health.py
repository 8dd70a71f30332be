"""Pure source-health decisions: schedule hints, backoff, and when the operator hears."""

from __future__ import annotations

import datetime as dt

from llamawatch.sources.health import (
    SourceCache,
    due_refusal,
    failure_delay,
    failure_notice,
    fresh_until,
    next_fetch_time,
    recovery_notice,
    retry_after_seconds,
    silence_notice,
)

NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


def test_fresh_until_reads_max_age_then_expires() -> None:
    assert fresh_until({"Cache-Control": "public, max-age=600"}, NOW) == NOW + dt.timedelta(
        minutes=10
    )
    expires = {"Expires": "Mon, 02 Mar 2026 15:00:00 GMT"}
    assert fresh_until(expires, NOW) == NOW + dt.timedelta(hours=3)
    assert fresh_until({"Cache-Control": "no-cache, max-age=600"}, NOW) is None
    assert fresh_until({"Expires": "0"}, NOW) is None
    assert fresh_until({"Expires": "Mon, 02 Mar 2026 11:00:00 GMT"}, NOW) is None


def test_retry_after_in_seconds_or_date() -> None:
    assert retry_after_seconds("120", NOW) == 120.0
    assert retry_after_seconds("Mon, 02 Mar 2026 12:05:00 GMT", NOW) == 300.0
    assert retry_after_seconds("soon", NOW) is None
    assert retry_after_seconds(None, NOW) is None


def test_next_fetch_time_only_later_and_capped() -> None:
    assert next_fetch_time(NOW, 60) == NOW + dt.timedelta(hours=1)
    assert next_fetch_time(NOW, 60, ttl_minutes=30) == NOW + dt.timedelta(hours=1)
    assert next_fetch_time(NOW, 60, ttl_minutes=180) == NOW + dt.timedelta(hours=3)
    far = NOW + dt.timedelta(days=30)
    assert next_fetch_time(NOW, 60, cache_until=far, max_hours=6) == NOW + dt.timedelta(hours=6)
    # A source whose own interval exceeds the cap keeps its interval.
    assert next_fetch_time(NOW, 48 * 60, max_hours=24) == NOW + dt.timedelta(hours=48)


def test_failure_delay_doubles_then_caps() -> None:
    delays = [failure_delay(n, 60, max_hours=8) for n in range(1, 7)]
    assert [d.total_seconds() / 3600 for d in delays] == [1, 2, 4, 8, 8, 8]


def test_due_refusal() -> None:
    assert due_refusal(SourceCache(), NOW) is None
    assert due_refusal(SourceCache(next_fetch_at=NOW + dt.timedelta(seconds=30)), NOW) is None
    assert due_refusal(SourceCache(next_fetch_at=NOW + dt.timedelta(hours=1)), NOW)
    naive = dt.datetime(2026, 3, 2, 14, 0)  # as SQLite hands it back
    assert due_refusal(SourceCache(next_fetch_at=naive), NOW)
    assert "disabled" in (due_refusal(SourceCache(disabled_reason="gone"), NOW) or "")


def test_notices_fire_once() -> None:
    fired = [failure_notice("s", n, 3, "HTTP 500") for n in range(1, 6)]
    assert [f is not None for f in fired] == [False, False, True, False, False]
    assert recovery_notice("s", 4, 3) and recovery_notice("s", 1, 3) is None


def test_silence_notice_fires_when_crossing_the_limit() -> None:
    last = NOW - dt.timedelta(days=31)
    yesterday = NOW - dt.timedelta(days=1)
    assert silence_notice("s", last, yesterday, NOW, 30)
    # Already silent at the previous check: heard before, not again.
    assert silence_notice("s", last - dt.timedelta(days=5), yesterday, NOW, 30) is None
    assert silence_notice("s", NOW - dt.timedelta(days=3), yesterday, NOW, 30) is None
    assert silence_notice("s", None, yesterday, NOW, 30) is None
