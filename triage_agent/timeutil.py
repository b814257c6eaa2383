"""Time helpers: UTC datetimes in, sortable ISO-8601 strings out. The clock is read by callers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def utcnow() -> datetime:
    """The current time in UTC (only the CLI, the daemon and the demo call this)."""
    return datetime.now(UTC)


def iso(dt: datetime) -> str:
    """A UTC timestamp as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (sorts as text)."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse(value: str | None) -> datetime | None:
    """Parse an ISO-8601 timestamp as CircleCI or this program writes it; None if unparseable."""
    if not value:
        return None
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def day(dt: datetime) -> str:
    """The UTC calendar day of ``dt`` as YYYY-MM-DD."""
    return iso(dt)[:10]


def hours_between(earlier: str | None, later: datetime) -> float | None:
    """Hours from an ISO timestamp to ``later``; None if the timestamp is missing."""
    start = parse(earlier)
    if start is None:
        return None
    return (later - start) / timedelta(hours=1)
