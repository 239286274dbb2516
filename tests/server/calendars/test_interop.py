"""Proof of interoperability: every feed shape, read by three independent parsers.

`icalendar` (our generator's own parser), `ical` (strict, pydantic-based; Home Assistant's)
and `vobject` (Radicale's; it builds zones from our VTIMEZONE text, not from its own
database) must agree on the set of UIDs, on every start and end as a UTC instant (or as
dates for all-day events), on STATUS and SEQUENCE, and all of it must equal what the
service stored.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

from server.calendars.feed import FeedEvent, FeedMeta
from server.calendars.render import render_calendar
from server.calendars.timezones import vtimezone
from server.events.models import EventStatus

UPDATED = datetime(2027, 1, 15, 10, 0, tzinfo=UTC)
BERLIN, NEW_YORK = ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")

Moment = datetime | date


@dataclass(frozen=True)
class Seen:
    start: Moment
    end: Moment
    status: str
    sequence: int


def local(
    zone: ZoneInfo, year: int, month: int, day: int, hour: int, minute: int = 0, *, fold: int = 0
) -> datetime:
    """The UTC instant of a wall-clock time; fold=1 is the second pass of a repeated hour."""
    return datetime(year, month, day, hour, minute, tzinfo=zone, fold=fold).astimezone(UTC)


def event(uid: str, zone: ZoneInfo, start: datetime, hours: float = 2, **more: Any) -> FeedEvent:
    """An event stored as the service stores it: UTC instants and the zone it is planned in."""
    base = FeedEvent(
        uid=f"{uid}@pluralis",
        sequence=0,
        status=EventStatus.PUBLISHED,
        title=f"Event {uid}",
        starts_at=start,
        ends_at=start + timedelta(hours=hours),
        time_zone=zone.key,
        updated_at=UPDATED,
        created_at=UPDATED - timedelta(days=30),
        url=f"https://pluralis.example/events/{uid}",
    )
    return replace(base, **more)


def all_day(uid: str, zone: ZoneInfo, first: date, days: int) -> FeedEvent:
    start = datetime.combine(first, datetime.min.time(), zone).astimezone(UTC)
    end = datetime.combine(first + timedelta(days=days), datetime.min.time(), zone)
    return event(uid, zone, start, all_day=True, ends_at=end.astimezone(UTC))


def public_events() -> list[FeedEvent]:
    return [
        event(
            "forum",
            BERLIN,
            local(BERLIN, 2027, 5, 4, 9),
            location="Haus der Kulturen, John-Foster-Dulles-Allee 10, Berlin, DE",
            geo=(52.5186, 13.3652),
            categories=("forum", "rights"),
            description="Opening; panels, and a reception.\nBring ID.",
        ),
        # Moved twice: new times, higher SEQUENCE, newer update time.
        event("moved", NEW_YORK, local(NEW_YORK, 2027, 6, 2, 14), sequence=2),
        event("cancelled", BERLIN, local(BERLIN, 2027, 6, 9, 18), status=EventStatus.CANCELLED),
        event("postponed", BERLIN, local(BERLIN, 2027, 7, 1, 10), status=EventStatus.POSTPONED),
        all_day("day", BERLIN, date(2027, 3, 1), 1),
        all_day("conference", ZoneInfo("Asia/Kathmandu"), date(2027, 11, 29), 3),
        event("multiday", BERLIN, local(BERLIN, 2027, 9, 6, 9), hours=56),
        # 16:00-19:00 in Los Angeles is 23:00-02:00 UTC: the event crosses midnight UTC.
        event(
            "midnight",
            ZoneInfo("America/Los_Angeles"),
            local(ZoneInfo("America/Los_Angeles"), 2027, 6, 10, 16),
            hours=3,
        ),
        event(
            "kathmandu",
            ZoneInfo("Asia/Kathmandu"),
            local(ZoneInfo("Asia/Kathmandu"), 2027, 4, 1, 9, 15),
        ),
        # Apia before and after it dropped daylight saving (April 2021).
        event(
            "apia-2021", ZoneInfo("Pacific/Apia"), local(ZoneInfo("Pacific/Apia"), 2021, 3, 1, 10)
        ),
        event(
            "apia-2027", ZoneInfo("Pacific/Apia"), local(ZoneInfo("Pacific/Apia"), 2027, 3, 1, 10)
        ),
    ]


def dst_events() -> list[FeedEvent]:
    return [
        # Berlin 2027-03-28: 02:00 CET -> 03:00 CEST. Across the jump, and the hour after it.
        event("berlin-across-spring", BERLIN, local(BERLIN, 2027, 3, 28, 1, 30), hours=1),
        event("berlin-after-spring", BERLIN, local(BERLIN, 2027, 3, 28, 3, 0), hours=0.5),
        event("berlin-after-spring-2", BERLIN, local(BERLIN, 2027, 3, 28, 3, 45), hours=1),
        # Berlin 2027-10-31: 03:00 CEST -> 02:00 CET. 02:30 happens twice.
        event("berlin-fall-first", BERLIN, local(BERLIN, 2027, 10, 31, 2, 30), hours=0.25),
        event("berlin-fall-second", BERLIN, local(BERLIN, 2027, 10, 31, 2, 30, fold=1), hours=0.25),
        event("berlin-across-fall", BERLIN, local(BERLIN, 2027, 10, 31, 1, 30), hours=3),
        event("berlin-after-fall", BERLIN, local(BERLIN, 2027, 10, 31, 3, 0), hours=1),
        # New York 2027-03-14 02:00 -> 03:00 and 2027-11-07 02:00 -> 01:00.
        event("ny-after-spring", NEW_YORK, local(NEW_YORK, 2027, 3, 14, 3, 15), hours=1),
        event("ny-before-spring", NEW_YORK, local(NEW_YORK, 2027, 3, 14, 1, 15), hours=0.5),
        event("ny-fall-first", NEW_YORK, local(NEW_YORK, 2027, 11, 7, 1, 30), hours=0.25),
        event("ny-fall-second", NEW_YORK, local(NEW_YORK, 2027, 11, 7, 1, 30, fold=1), hours=1),
        event(
            "ny-all-day-fall",
            NEW_YORK,
            local(NEW_YORK, 2027, 11, 7, 0),
            all_day=True,
            ends_at=local(NEW_YORK, 2027, 11, 8, 0),
        ),
    ]


def series_events() -> list[FeedEvent]:
    """A weekly series stored as occurrences with their own UIDs: one moved, one cancelled."""
    occurrences = []
    for week in range(6):
        # Planned at 10:00 New York: after March 14 that is a different UTC hour.
        planned = datetime(2027, 2, 25, 10, tzinfo=NEW_YORK) + timedelta(weeks=week)
        occurrence = event(
            f"weekly-{week}",
            NEW_YORK,
            planned.astimezone(UTC),
            hours=1.5,
            recurrence_id=planned.astimezone(UTC),
        )
        occurrences.append(occurrence)
    occurrences[2] = replace(
        occurrences[2],
        starts_at=occurrences[2].starts_at + timedelta(hours=26),
        ends_at=occurrences[2].ends_at + timedelta(hours=26),
        sequence=1,
    )
    occurrences[4] = replace(occurrences[4], status=EventStatus.CANCELLED, sequence=1)
    return occurrences


def event_with_sessions() -> list[FeedEvent]:
    parent = event("summit", BERLIN, local(BERLIN, 2027, 10, 30, 9), hours=48)
    sessions = [
        event(
            f"s{i}.summit",
            BERLIN,
            local(BERLIN, 2027, 10, 30, 9 + 2 * i),
            hours=1.5,
            related_to=parent.uid,
        )
        for i in range(4)
    ] + [
        # A session in the repeated hour of the fall-back night.
        event(
            "s9.summit",
            BERLIN,
            local(BERLIN, 2027, 10, 31, 2, 15, fold=1),
            hours=0.5,
            related_to=parent.uid,
        ),
    ]
    return [parent, *sessions]


def agenda_events() -> list[FeedEvent]:
    """My agenda: registrations carry the online link; the renderer writes what it is given."""
    return [
        replace(public_events()[0], online_url="https://meet.example/forum"),
        event(
            "webinar",
            ZoneInfo("Asia/Kathmandu"),
            local(ZoneInfo("Asia/Kathmandu"), 2027, 4, 2, 17, 45),
            online_url="https://meet.example/webinar",
        ),
        replace(dst_events()[4], online_url="https://meet.example/late"),
    ]


FEEDS = {
    "public": (FeedMeta(name="Pluralis network"), public_events),
    "filtered": (
        FeedMeta(name="Forums in Germany", description="Filtered"),
        lambda: [e for e in public_events() if e.time_zone == "Europe/Berlin"],
    ),
    "personal": (FeedMeta(name="My agenda"), agenda_events),
    "dst": (FeedMeta(name="Daylight saving edges"), dst_events),
    "series": (FeedMeta(name="Weekly coordination"), series_events),
    "event": (FeedMeta(name="Summit"), event_with_sessions),
    "everything": (
        FeedMeta(name="All shapes"),
        lambda: [*public_events(), *dst_events(), *series_events(), *event_with_sessions()[1:]],
    ),
}


def stored(events: list[FeedEvent]) -> dict[str, Seen]:
    """What the service stored, in the terms a feed can say it."""
    out = {}
    for item in events:
        status = {"published": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}
        if item.all_day:
            zone = ZoneInfo(item.time_zone)
            first = item.starts_at.astimezone(zone).date()
            after = (item.ends_at - timedelta(microseconds=1)).astimezone(zone).date()
            seen = Seen(first, after + timedelta(days=1), status[item.status], item.sequence)
        else:
            seen = Seen(item.starts_at, item.ends_at, status[item.status], item.sequence)
        out[item.uid] = seen
    return out


def moment(value: Any) -> Moment:
    if isinstance(value, datetime):
        assert value.tzinfo is not None, "floating time"
        return value.astimezone(UTC)
    assert isinstance(value, date)
    return value


def by_icalendar(body: bytes) -> dict[str, Seen]:
    return {
        str(e.uid): Seen(moment(e.start), moment(e.end), str(e["STATUS"]), e.sequence)
        for e in Calendar.from_ical(body).events
    }


def by_ical(body: bytes) -> dict[str, Seen]:
    calendar = IcsCalendarStream.calendar_from_ics(body.decode())
    return {
        e.uid: Seen(
            moment(e.dtstart),
            moment(e.dtend),
            str(e.status.value if e.status else ""),
            int(e.sequence or 0),
        )
        for e in calendar.events
    }


def by_vobject(body: bytes) -> dict[str, Seen]:
    calendar = vobject.readOne(body.decode(), validate=True)
    return {
        e.uid.value: Seen(
            moment(e.dtstart.value), moment(e.dtend.value), e.status.value, int(e.sequence.value)
        )
        for e in calendar.vevent_list
    }


PARSERS = {"icalendar": by_icalendar, "ical": by_ical, "vobject": by_vobject}


class TestEveryFeedShape:
    @pytest.mark.parametrize("shape", sorted(FEEDS))
    def test_three_parsers_read_what_the_service_stored(self, shape: str) -> None:
        meta, build = FEEDS[shape]
        events = build()
        body = render_calendar(meta, events)
        expected = stored(events)
        assert len(expected) == len(events) > 0
        for name, parse in PARSERS.items():
            assert parse(body) == expected, name

    def test_the_everything_feed_has_each_zone_once_and_no_floating_time(self) -> None:
        meta, build = FEEDS["everything"]
        body = render_calendar(meta, build())
        calendar = Calendar.from_ical(body)
        tzids = [str(tz["TZID"]) for tz in calendar.timezones]
        assert tzids == sorted(set(tzids))
        assert calendar.get_missing_tzids() == set()
        events = body.split(b"BEGIN:VEVENT\r\n")[1:]
        for vevent in events:
            for line in vevent.split(b"\r\n"):
                if line.startswith((b"DTSTART", b"DTEND")):
                    # TZID with a VTIMEZONE, a DATE, or UTC: never floating.
                    assert b";TZID=" in line or b";VALUE=DATE:" in line or line.endswith(b"Z")


class TestRepeatedHour:
    """Why events in the repeated hour of a fall-back are written in UTC."""

    def test_a_tzid_time_in_the_repeated_hour_is_read_as_the_first_pass_by_every_parser(
        self,
    ) -> None:
        # Written the other way (TZID), the second 02:30 of the night cannot be told apart
        # from the first: every parser reads the first.
        text = (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
            + vtimezone("Europe/Berlin", 2026, 2027)
            + b"BEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20270101T000000Z\r\nSTATUS:CONFIRMED\r\n"
            b"SEQUENCE:0\r\nDTSTART;TZID=Europe/Berlin:20271031T023000\r\n"
            b"DTEND;TZID=Europe/Berlin:20271031T040000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        first_pass = local(BERLIN, 2027, 10, 31, 2, 30)
        second_pass = local(BERLIN, 2027, 10, 31, 2, 30, fold=1)
        for name, parse in PARSERS.items():
            assert parse(text)["x"].start == first_pass != second_pass, name

    def test_both_passes_are_written_in_utc_and_read_right(self) -> None:
        events = dst_events()
        body = render_calendar(FeedMeta(name="Fall back"), events)
        assert b"DTSTART:20271031T003000Z" in body  # 02:30 CEST
        assert b"DTSTART:20271031T013000Z" in body  # 02:30 CET
        for name, parse in PARSERS.items():
            seen = parse(body)
            assert seen["berlin-fall-second@pluralis"].start == datetime(
                2027, 10, 31, 1, 30, tzinfo=UTC
            ), name
