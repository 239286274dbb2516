"""Local wall-clock times of events and their UTC instants.

Organizers think in the event's own zone ("14:00 in Berlin"); the database stores UTC. Every
conversion goes through here so that daylight-saving gaps and overlaps are handled one way:

- a local time that does not exist (the clock jumps from 02:00 to 03:00) is refused when a
  person typed it, because silently moving their event by an hour is worse than asking;
- a local time that exists twice (the clock goes back from 03:00 to 02:00) resolves to the
  *earlier* instant, the first time the clock shows it (`fold=0`), unless the caller passes a
  datetime with `fold=1` to ask for the second one.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from server.kit.errors import Problems


def zone(time_zone: str) -> ZoneInfo:
    return ZoneInfo(time_zone)


def exists_locally(local: datetime, tz: ZoneInfo) -> bool:
    """False for a wall-clock time skipped by a daylight-saving jump (a gap)."""
    naive = local.replace(tzinfo=None)
    back = naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    return back == naive.replace(fold=0)


def to_utc(local: datetime, tz: ZoneInfo) -> datetime:
    """The UTC instant of a naive wall-clock time in `tz`.

    Times in a gap map the way RFC 5545 prescribes for recurrences (with the offset in force
    before the gap, so 02:30 on a spring-forward night becomes 03:30); callers that take input
    from people check `exists_locally` first.
    """
    return local.replace(tzinfo=tz).astimezone(UTC)


def to_local(instant: datetime, tz: ZoneInfo) -> datetime:
    """The naive wall-clock time of a UTC instant in `tz`; `fold` marks the second pass."""
    return instant.astimezone(tz).replace(tzinfo=None)


def start_of_day(day: date, tz: ZoneInfo) -> datetime:
    """The first instant of a local day (01:00 where midnight falls into a gap)."""
    return to_utc(datetime.combine(day, time()), tz)


def local_days(starts_at: datetime, ends_at: datetime, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC bounds of the local calendar days an event touches: [first midnight, last midnight)."""
    first = to_local(starts_at, tz).date()
    # An event that ends exactly at midnight does not touch the next day.
    last = to_local(ends_at - timedelta(microseconds=1), tz).date()
    return start_of_day(first, tz), start_of_day(last + timedelta(days=1), tz)


def typed_instant(
    problems: Problems, field: str, value: datetime, time_zone: str
) -> datetime | None:
    """A time a person typed, as a UTC instant: without an offset it is read in `time_zone`.

    Callers pass the zone of an event they have already checked the caller may manage, so the
    answer never depends on an event the caller may not see. A local time the clocks skip,
    and a date so near the ends of the calendar that it has no UTC instant, are problems.
    """
    try:
        if value.utcoffset() is not None:
            return value.astimezone(UTC)
        tz = zone(time_zone)
        if not exists_locally(value, tz):
            problems.add(
                field,
                f"{value:%H:%M} on {value:%Y-%m-%d} does not exist in {time_zone}: the clocks "
                "skip it for daylight saving time.",
                "nonexistent_time",
            )
        return to_utc(value, tz)
    except OverflowError:
        problems.add(field, "Give a date between the years 1 and 9999.", "out_of_range")
        return None
