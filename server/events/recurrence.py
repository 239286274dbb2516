"""Expanding an RRULE with bounded work, whatever the rule says.

dateutil looks for occurrences period by period until it finds enough or reaches the year
9999. A rule that never matches (FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30;COUNT=1) therefore scans
millions of periods: seconds of CPU for one request. Here the work is bounded three ways:

- a series repeats at most daily, so there are at most 366 periods a year to scan;
- a series spans at most MAX_SPAN_YEARS, and the scan stops soon after that: the rule is run
  on a copy of the calendar moved close to the year 9999, where dateutil stops by itself.
  No century year between 1901 and 2099, nor between 9901 and 9999, skips its leap day, so
  a year of the first range and one of the second that start on the same weekday and stand
  at the same place in the four-year leap cycle have the same calendar, and so do the years
  after them: weekdays, leap days and ISO week numbers of the copy are those of the real
  dates;
- callers run it on a worker thread, so even this bounded work never stalls the event loop.
"""

from __future__ import annotations

from datetime import date, datetime
from itertools import islice
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrule as RRule
from dateutil.rrule import rrulestr

MAX_SPAN_YEARS = 10
CYCLE_YEARS = 28  # every pairing of leap phase and weekday recurs within 28 years
FIRST_YEAR = 1901
LAST_YEAR = 2099 - MAX_SPAN_YEARS
TOO_FREQUENT = frozenset({"HOURLY", "MINUTELY", "SECONDLY"})


class RuleRefused(ValueError):
    """A rule that could be read but is not accepted; the message names the rule."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def _parts(rule: str) -> dict[str, str]:
    return {k: v for k, _, v in (p.partition("=") for p in rule.split(";") if p)}


def _until_local(value: str, tz: ZoneInfo) -> datetime:
    """UNTIL as a local wall-clock time: a UTC value (…Z) is moved into the event's zone."""
    if value.endswith("Z"):
        instant = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=ZoneInfo("UTC"))
        return instant.astimezone(tz).replace(tzinfo=None)
    return datetime.strptime(value, "%Y%m%dT%H%M%S" if "T" in value else "%Y%m%d")


def _twin_year(year: int) -> int:
    """The year with the same calendar as `year` whose copy of the span ends by 9999."""
    latest = 9999 - MAX_SPAN_YEARS
    for twin in range(latest - CYCLE_YEARS, latest + 1):
        if twin % 4 == year % 4 and date(twin, 1, 1).weekday() == date(year, 1, 1).weekday():
            return twin
    raise AssertionError(year)  # every pairing recurs within CYCLE_YEARS


def _shifted(value: datetime, years: int) -> datetime:
    return value.replace(year=value.year + years)


def expand(rule: str, first_local: datetime, time_zone: str, limit: int) -> list[datetime]:
    """Up to `limit` local wall-clock starts of `rule` (upper-cased, one RRULE value).

    RuleRefused names the rule when it repeats more often than daily, starts outside
    FIRST_YEAR..LAST_YEAR or needs more than MAX_SPAN_YEARS; ValueError when unreadable.
    """
    parts = _parts(rule)
    if parts.get("FREQ") in TOO_FREQUENT:
        raise RuleRefused(
            f"The rule {rule} repeats more often than daily: a series uses FREQ=DAILY, "
            "WEEKLY, MONTHLY or YEARLY.",
            "too_frequent",
        )
    if not FIRST_YEAR <= first_local.year <= LAST_YEAR:
        raise RuleRefused(f"A series starts between {FIRST_YEAR} and {LAST_YEAR}.", "out_of_range")
    first = first_local.replace(tzinfo=None, fold=0)
    horizon = first + relativedelta(years=MAX_SPAN_YEARS)
    too_long = RuleRefused(
        f"The rule {rule} runs beyond {MAX_SPAN_YEARS} years from the first occurrence; "
        "end it sooner with COUNT or UNTIL.",
        "too_long",
    )
    until = _until_local(parts.pop("UNTIL"), zone_of(time_zone)) if "UNTIL" in parts else None
    if until is not None and until > horizon:
        raise too_long
    years = _twin_year(first.year) - first.year
    if until is not None:
        parts["UNTIL"] = f"{_shifted(until, years):%Y%m%dT%H%M%S}"
    parsed = rrulestr(
        ";".join(f"{k}={v}" for k, v in parts.items()), dtstart=_shifted(first, years)
    )
    if not isinstance(parsed, RRule):
        raise ValueError("not a single rule")
    starts = [_shifted(d, -years) for d in islice(parsed, limit)]
    if any(s > horizon for s in starts):
        raise too_long
    count = min(int(parts.get("COUNT", "0")), limit)
    if until is None and len(starts) < count:
        raise RuleRefused(
            f"The rule {rule} gives fewer than {count} dates in the {MAX_SPAN_YEARS} years from "
            "the first occurrence.",
            "too_sparse",
        )
    return starts


def zone_of(time_zone: str) -> ZoneInfo:
    return ZoneInfo(time_zone)
