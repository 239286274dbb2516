"""VTIMEZONE components built from the IANA database, exactly, for the years a feed spans.

Why not `icalendar.Timezone.from_tzid`: it finds transitions by walking *local* wall-clock
time, so a spring-forward onset comes out as the first wall time after the gap (03:00 in
Berlin) instead of the last wall time before it (02:00), the form RFC 5545 §3.6.5 requires
("DTSTART ... in the local time in effect before the onset"). A client that reads the rule as
written then keeps the old offset one hour too long and misplaces every event in the hour
after the change. We find transitions on the UTC line instead and write each onset in the
local time of the offset it leaves.

Each transition is its own STANDARD or DAYLIGHT observance with a single DTSTART (no RRULE,
no RDATE): every client understands that form, and it stays right for zones whose rules
changed (Pacific/Apia dropped daylight saving in 2021). The first observance starts on
January 1 of the first year with the offset then in force, so every time of the feed falls
after it. Components are cached: a feed's VTIMEZONEs depend only on (zone, first year, last
year), never on the day the feed is rendered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

# Transitions are found by sampling the UTC line, then bisecting to the second. Real zones
# never change twice within a day, so a daily step finds every transition.
_STEP = timedelta(days=1)


@dataclass(frozen=True)
class Observance:
    """From `onset` (UTC) on, the zone is at `offset` under `name`."""

    onset: datetime
    offset_before: timedelta
    offset: timedelta
    name: str
    daylight: bool


def _state(tz: ZoneInfo, instant: datetime) -> tuple[timedelta, str, bool]:
    local = instant.astimezone(tz)
    offset = local.utcoffset() or timedelta()
    return offset, local.tzname() or _offset_name(offset), bool(local.dst())


def _offset_name(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def _bisect(tz: ZoneInfo, before: datetime, after: datetime) -> datetime:
    """The first second at which the zone's state differs from its state at `before`."""
    state = _state(tz, before)
    while after - before > timedelta(seconds=1):
        middle = before + (after - before) / 2
        middle = middle.replace(microsecond=0)
        if _state(tz, middle) == state:
            before = middle
        else:
            after = middle
    return after


def observances(tz_name: str, first_year: int, last_year: int) -> list[Observance]:
    """The zone's observances from January 1 of `first_year` to the end of `last_year` (UTC)."""
    tz = ZoneInfo(tz_name)
    start = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    offset, name, _ = _state(tz, start)
    found = [Observance(start, offset, offset, name, False)]
    at = start
    while at < end:
        step_end = min(at + _STEP, end)
        if _state(tz, step_end) != _state(tz, at):
            onset = _bisect(tz, at, step_end)
            offset, name, _ = _state(tz, onset)
            # The clock going forward starts daylight time, going back starts standard time.
            # zoneinfo's own flag is not used: Europe/Dublin's winter time is "negative
            # daylight saving" in the IANA data, and clients read a DAYLIGHT block with the
            # smaller offset wrongly around the change.
            daylight = offset > found[-1].offset
            found.append(Observance(onset, found[-1].offset, offset, name, daylight))
        at = step_end
    if len(found) > 1:
        # The first observance is daylight time exactly when the next change sets clocks back.
        first = found[0]
        found[0] = Observance(
            first.onset, first.offset, first.offset, first.name, found[1].offset < first.offset
        )
    return found


@lru_cache(maxsize=512)
def vtimezone(tz_name: str, first_year: int, last_year: int) -> bytes:
    """The serialised VTIMEZONE (CRLF lines, ready to splice into a VCALENDAR)."""
    component = Timezone()
    component.add("TZID", tz_name)
    for observance in observances(tz_name, first_year, last_year):
        sub = TimezoneDaylight() if observance.daylight else TimezoneStandard()
        # RFC 5545: the onset is written in the local time in effect *before* it.
        local_onset = (observance.onset + observance.offset_before).replace(tzinfo=None)
        sub.add("DTSTART", local_onset)
        sub.add("TZOFFSETFROM", observance.offset_before)
        sub.add("TZOFFSETTO", observance.offset)
        sub.add("TZNAME", observance.name)
        component.add_component(sub)
    text: bytes = component.to_ical()
    return text


def is_ambiguous(instant: datetime, tz: ZoneInfo) -> bool:
    """True when the instant's wall-clock time occurs twice in `tz` (a fall-back hour).

    Such a time cannot be written with TZID for its second occurrence at all, and parsers
    disagree on which occurrence a TZID time means (see test_interop), so feeds write those
    events in UTC.
    """
    local = instant.astimezone(tz).replace(tzinfo=None)
    first = local.replace(tzinfo=tz, fold=0).utcoffset()
    second = local.replace(tzinfo=tz, fold=1).utcoffset()
    return first != second
