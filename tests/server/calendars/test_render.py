"""render_calendar: what every feed carries, what it never carries, and the same bytes for the
same data. Times across zones and daylight saving are in test_render_timezones.py and
test_interop.py."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from server.calendars import render
from server.calendars.feed import FeedEvent, FeedMeta
from server.calendars.render import render_calendar
from server.events.models import EventStatus

UPDATED = datetime(2027, 2, 3, 4, 5, 6, tzinfo=UTC)
CREATED = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
META = FeedMeta(
    name="Pluralis network", description="Every public event", url="https://p.example/feeds"
)


def feed_event(uid: str = "e1@pluralis", **changes: object) -> FeedEvent:
    event = FeedEvent(
        uid=uid,
        sequence=3,
        status=EventStatus.PUBLISHED,
        title="Regional forum",
        starts_at=datetime(2027, 5, 4, 7, 0, tzinfo=UTC),
        ends_at=datetime(2027, 5, 4, 9, 30, tzinfo=UTC),
        time_zone="Europe/Berlin",
        updated_at=UPDATED,
        created_at=CREATED,
    )
    return replace(event, **changes)  # type: ignore[arg-type]


def parse(body: bytes) -> Calendar:
    return Calendar.from_ical(body)


def vevent(body: bytes) -> Event:
    (event,) = parse(body).events
    return event


def lines(body: bytes) -> list[bytes]:
    return body.split(b"\r\n")


class TestCalendarProperties:
    def test_names_the_calendar_and_asks_for_a_refresh_every_six_hours(self) -> None:
        body = render_calendar(META, [])
        assert b"VERSION:2.0" in lines(body)
        assert b"PRODID:-//Pluralis//Pluralis//EN" in lines(body)
        assert b"CALSCALE:GREGORIAN" in lines(body)
        assert b"NAME:Pluralis network" in lines(body)
        assert b"X-WR-CALNAME:Pluralis network" in lines(body)
        assert b"DESCRIPTION:Every public event" in lines(body)
        assert b"X-WR-CALDESC:Every public event" in lines(body)
        assert b"URL:https://p.example/feeds" in lines(body)
        # RFC 7986 §5.7 requires VALUE=DURATION; Outlook reads X-PUBLISHED-TTL.
        assert b"REFRESH-INTERVAL;VALUE=DURATION:PT6H" in lines(body)
        assert b"X-PUBLISHED-TTL:PT6H" in lines(body)

    def test_writes_the_refresh_interval_it_is_given(self) -> None:
        body = render_calendar(replace(META, refresh=timedelta(hours=1)), [])
        assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H" in lines(body)
        assert b"X-PUBLISHED-TTL:PT1H" in lines(body)

    def test_an_empty_feed_is_a_valid_calendar(self) -> None:
        body = render_calendar(FeedMeta(name="Empty"), [])
        assert body.startswith(b"BEGIN:VCALENDAR\r\n")
        assert body.endswith(b"END:VCALENDAR\r\n")
        assert parse(body).events == []
        assert b"X-WR-CALDESC" not in body

    def test_never_writes_method_organizer_attendee_or_x_wr_timezone(self) -> None:
        body = render_calendar(META, [feed_event(title="ATTENDEE:x", description="ORGANIZER:y")])
        for line in lines(body):
            assert not line.startswith((b"METHOD", b"ORGANIZER", b"ATTENDEE", b"X-WR-TIMEZONE"))


class TestEventProperties:
    def test_stamps_come_from_the_row_not_from_the_clock(self) -> None:
        event = vevent(render_calendar(META, [feed_event()]))
        assert event.uid == "e1@pluralis"
        assert event.decoded("DTSTAMP") == UPDATED
        assert event.decoded("LAST-MODIFIED") == UPDATED
        assert event.decoded("CREATED") == CREATED
        assert event["SEQUENCE"] == 3

    def test_stamps_are_written_in_utc_whatever_zone_they_come_in(self) -> None:
        berlin = UPDATED.astimezone(ZoneInfo("Europe/Berlin"))
        body = render_calendar(META, [feed_event(updated_at=berlin)])
        assert b"DTSTAMP:20270203T040506Z" in lines(body)
        assert b"LAST-MODIFIED:20270203T040506Z" in lines(body)

    @pytest.mark.parametrize(
        ("status", "written", "summary"),
        [
            (EventStatus.PUBLISHED, "CONFIRMED", "Regional forum"),
            (EventStatus.POSTPONED, "TENTATIVE", "Postponed: Regional forum"),
            (EventStatus.CANCELLED, "CANCELLED", "Cancelled: Regional forum"),
        ],
    )
    def test_status_is_written_and_said_in_the_title_when_the_event_is_off(
        self, status: EventStatus, written: str, summary: str
    ) -> None:
        event = vevent(render_calendar(META, [feed_event(status=status)]))
        assert event["STATUS"] == written
        assert event["SUMMARY"] == summary
        # Cancelled and postponed events do not block anyone's time.
        assert event.get("TRANSP") == (None if written == "CONFIRMED" else "TRANSPARENT")

    def test_an_event_given_twice_is_written_once_in_its_newest_form(self) -> None:
        old = feed_event()
        newer = feed_event(sequence=4, title="Moved forum")
        with_link = replace(newer, online_url="https://meet.example/x")
        for given in ([old, newer, with_link], [with_link, newer, old]):
            event = vevent(render_calendar(META, given))
            assert event["SUMMARY"] == "Moved forum"
            assert "meet.example" in str(event["DESCRIPTION"])

    def test_drafts_are_never_written(self) -> None:
        body = render_calendar(META, [feed_event(status=EventStatus.DRAFT), feed_event("e2")])
        assert [event.uid for event in parse(body).events] == ["e2"]

    def test_writes_page_location_geo_categories_and_the_page_link_in_the_description(
        self,
    ) -> None:
        given = feed_event(
            description="Agenda:\n- opening",
            url="https://p.example/events/4",
            location="Haus, Strasse 1, Berlin, DE",
            geo=(52.52, 13.405),
            categories=("rights", "youth, civic"),
        )
        body = render_calendar(META, [given])
        event = vevent(body)
        assert event["URL"] == "https://p.example/events/4"
        assert event["LOCATION"] == "Haus, Strasse 1, Berlin, DE"
        assert b"GEO:52.52;13.405" in lines(body)
        # Commas inside a tag are dropped: a strict parser splits on them even escaped.
        assert event.categories == ["rights", "youth  civic"]
        assert event["DESCRIPTION"] == "Agenda:\n- opening\n\nDetails: https://p.example/events/4"

    def test_the_online_link_is_written_only_when_given(self) -> None:
        without = vevent(render_calendar(META, [feed_event()]))
        assert "DESCRIPTION" not in without
        assert "LOCATION" not in without
        given = vevent(render_calendar(META, [feed_event(online_url="https://meet.example/x")]))
        assert given["DESCRIPTION"] == "Join online: https://meet.example/x"
        # Without a venue, the link is the place: clients make LOCATION clickable.
        assert given["LOCATION"] == "https://meet.example/x"

    def test_a_session_is_related_to_its_event_and_no_occurrence_has_a_recurrence_id(
        self,
    ) -> None:
        occurrence = feed_event(recurrence_id=datetime(2027, 5, 4, 7, 0, tzinfo=UTC))
        session = feed_event("session-1.e1@pluralis", related_to="e1@pluralis")
        body = render_calendar(META, [occurrence, session])
        by_uid = {event.uid: event for event in parse(body).events}
        assert by_uid["session-1.e1@pluralis"]["RELATED-TO"] == "e1@pluralis"
        assert "RELATED-TO" not in by_uid["e1@pluralis"]
        assert b"RECURRENCE-ID" not in body
        assert b"RRULE" not in body

    def test_an_event_without_a_known_zone_is_written_in_utc(self) -> None:
        for zone in ("UTC", "Etc/UTC", "Not/AZone", "../etc/passwd"):
            body = render_calendar(META, [feed_event(time_zone=zone)])
            assert b"DTSTART:20270504T070000Z" in lines(body)
            assert b"VTIMEZONE" not in body

    def test_refuses_a_naive_time_rather_than_writing_a_floating_one(self) -> None:
        with pytest.raises(ValueError, match="timezone-aware"):
            render_calendar(META, [feed_event(starts_at=datetime(2027, 5, 4, 7, 0))])


class TestAllDayEvents:
    def test_days_are_dates_in_the_event_zone_with_an_exclusive_end(self) -> None:
        # Stored as the local midnights around the days: Berlin is UTC+1 in March.
        event = feed_event(
            all_day=True,
            starts_at=datetime(2027, 2, 28, 23, 0, tzinfo=UTC),
            ends_at=datetime(2027, 3, 3, 23, 0, tzinfo=UTC),
        )
        body = render_calendar(META, [event])
        assert b"DTSTART;VALUE=DATE:20270301" in lines(body)
        assert b"DTEND;VALUE=DATE:20270304" in lines(body)
        assert b"VTIMEZONE" not in body
        parsed = vevent(body)
        assert (parsed.start, parsed.end) == (date(2027, 3, 1), date(2027, 3, 4))

    def test_an_all_day_event_ending_before_midnight_still_covers_its_last_day(self) -> None:
        event = feed_event(
            all_day=True,
            starts_at=datetime(2027, 2, 28, 23, 0, tzinfo=UTC),
            ends_at=datetime(2027, 3, 1, 22, 59, tzinfo=UTC),
        )
        parsed = vevent(render_calendar(META, [event]))
        assert (parsed.start, parsed.end) == (date(2027, 3, 1), date(2027, 3, 2))


class TestEscaping:
    def test_a_title_cannot_add_a_property_or_a_line(self) -> None:
        hostile = "Forum\r\nATTENDEE:mailto:x@example.org\rORGANIZER:y\nEND:VEVENT\x00\x0b;,"
        body = render_calendar(
            META, [feed_event(title=hostile, description=hostile, location=hostile)]
        )
        event = vevent(body)
        assert event.get("ATTENDEE") is None and event.get("ORGANIZER") is None
        assert event["SUMMARY"] == "Forum\nATTENDEE:mailto:x@example.org\nORGANIZER:y\nEND:VEVENT;,"
        assert lines(body).count(b"END:VEVENT") == 1
        for line in lines(body):
            assert b"\r" not in line and b"\n" not in line and b"\x00" not in line

    def test_a_url_with_a_line_break_or_space_is_left_out(self) -> None:
        event = vevent(
            render_calendar(
                META,
                [feed_event(url="https://x\r\nATTENDEE:y", online_url="https://meet x")],
            )
        )
        assert "URL" not in event
        assert "DESCRIPTION" not in event

    def test_lines_are_folded_at_75_octets_without_splitting_a_character(self) -> None:
        body = render_calendar(META, [feed_event(title="Forum é—" * 40, description="ü" * 500)])
        for line in lines(body):
            assert len(line) <= 75
            line.decode("utf-8")  # a multi-byte character is never cut in two
        assert vevent(body)["SUMMARY"] == "Forum é—" * 40


class TestDeterminism:
    def test_same_events_in_any_order_give_the_same_bytes(self) -> None:
        events = [
            feed_event(f"e{i}@pluralis", starts_at=datetime(2027, 5, 4, i % 5, tzinfo=UTC))
            for i in range(20)
        ]
        first = render_calendar(META, events)
        shuffled = list(events)
        random.Random(7).shuffle(shuffled)
        render._CACHE.clear()
        assert render_calendar(META, shuffled) == first

    def test_events_are_sorted_by_start_then_uid(self) -> None:
        late = feed_event("a", starts_at=datetime(2027, 5, 5, 7, tzinfo=UTC))
        early_b = feed_event("b")
        early_a = feed_event("a2")
        body = render_calendar(META, [late, early_b, early_a])
        assert [event.uid for event in parse(body).events] == ["a2", "b", "a"]

    def test_a_changed_event_is_written_anew_and_the_others_stay_byte_identical(self) -> None:
        events = [feed_event(f"e{i}") for i in range(3)]
        before = render_calendar(META, events)
        events[1] = replace(events[1], title="Moved forum", sequence=4)
        after = render_calendar(META, events)
        render._CACHE.clear()
        assert render_calendar(META, events) == after  # the cache never serves a stale event
        assert after != before
        assert (
            after.replace(b"Moved forum", b"Regional forum").replace(b"SEQUENCE:4", b"SEQUENCE:3")
            == before
        )


class TestVeventCache:
    def test_drops_the_least_recently_used_events_beyond_its_budget(self) -> None:
        cache = render._VeventCache(budget=3000)
        events = [feed_event(f"e{i}", description="x" * 500) for i in range(10)]
        for item in events:
            cache.get(item)
        assert 0 < cache._size <= 3000
        assert len(cache._items) < 10
        # What it returns is what a fresh render gives, hit or miss.
        for item in events:
            assert cache.get(item) == render._vevent(item)

    def test_the_same_instant_in_another_zone_object_is_the_same_event_text(self) -> None:
        event = feed_event()
        shifted = replace(event, starts_at=event.starts_at.astimezone(ZoneInfo("Asia/Tokyo")))
        assert render._CACHE.get(shifted).body == render._CACHE.get(event).body


class TestSerialise:
    """The fast serialisation must be icalendar's own, byte for byte."""

    def test_matches_icalendar_for_random_text(self) -> None:
        rng = random.Random(2027)
        alphabet = 'ab \\;,:^"\n\t.é—😀'
        for _ in range(400):
            component = Event()
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
            component.add("SUMMARY", text)
            component.add("DESCRIPTION", text.encode("ascii", "ignore").decode())
            component.add("URL", "https://p.example/" + "x" * rng.randint(0, 200))
            assert render._serialise(component) == component.to_ical()
