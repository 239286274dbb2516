"""VTIMEZONEs built from zoneinfo: exact onsets, read back the same by independent readers.

Two readers build a time zone from our VTIMEZONE text alone, without looking the TZID up:
icalendar (`Timezone.to_tz(lookup_tzid=False)`) and dateutil's `tzical` (what vobject, and so
Radicale, use). Both must give zoneinfo's answer for every local time of the span.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest
from dateutil import tz as dateutil_tz
from icalendar import Calendar

from server.calendars.timezones import is_ambiguous, observances, vtimezone

ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Asia/Kathmandu",
    "Pacific/Apia",  # dropped daylight saving in 2021
    "Europe/Dublin",  # winter time is "negative daylight saving" in the IANA data
    "Australia/Lord_Howe",  # a half-hour change
    "America/Sao_Paulo",  # dropped daylight saving in 2019
]


def wrap(vtz: bytes) -> bytes:
    return b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n" + vtz + b"END:VCALENDAR\r\n"


def readers(name: str, first: int, last: int) -> dict[str, tzinfo]:
    text = wrap(vtimezone(name, first, last))
    (component,) = Calendar.from_ical(text).timezones
    return {
        "icalendar": component.to_tz(lookup_tzid=False),
        "dateutil": dateutil_tz.tzical(io.StringIO(text.decode())).get(),
    }


def components(vtz: bytes) -> list[tuple[str, str, str, str]]:
    """(kind, DTSTART, TZOFFSETFROM, TZOFFSETTO) of each observance, as written."""
    found = []
    for block in vtz.decode().split("BEGIN:")[2:]:
        fields = dict(line.split(":", 1) for line in block.split("\r\n")[1:] if ":" in line)
        kind = block.split("\r\n")[0]
        found.append((kind, fields["DTSTART"], fields["TZOFFSETFROM"], fields["TZOFFSETTO"]))
    return found


def samples(name: str, first: int, last: int) -> list[datetime]:
    """Every 15 minutes from three hours before to three hours after each change, and a time
    every 7 h 13 min between (so every hour of the day is visited), from the second year on:
    feeds start their VTIMEZONEs a year before their first event (see render.py)."""
    instants = []
    at = datetime(first + 1, 1, 1, tzinfo=UTC)
    while at.year <= last:
        instants.append(at)
        at += timedelta(hours=7, minutes=13)
    for observance in observances(name, first + 1, last)[1:]:
        instants.extend(observance.onset + timedelta(minutes=m) for m in range(-180, 181, 15))
    return instants


class TestOnsets:
    def test_berlin_2027_changes_at_two_and_three_in_the_morning_local_time_before(
        self,
    ) -> None:
        assert components(vtimezone("Europe/Berlin", 2027, 2027)) == [
            ("STANDARD", "20270101T010000", "+0100", "+0100"),
            # RFC 5545: the onset in the local time before it. 02:00 CET, not 03:00 CEST.
            ("DAYLIGHT", "20270328T020000", "+0100", "+0200"),
            ("STANDARD", "20271031T030000", "+0200", "+0100"),
        ]

    def test_new_york_2027_changes_at_two_in_the_morning_local_time_before(self) -> None:
        assert components(vtimezone("America/New_York", 2027, 2027)) == [
            ("STANDARD", "20261231T190000", "-0500", "-0500"),
            ("DAYLIGHT", "20270314T020000", "-0500", "-0400"),
            ("STANDARD", "20271107T020000", "-0400", "-0500"),
        ]

    def test_a_zone_without_changes_has_one_observance(self) -> None:
        assert components(vtimezone("Asia/Kathmandu", 2027, 2028)) == [
            ("STANDARD", "20270101T054500", "+0545", "+0545"),
        ]
        assert components(vtimezone("Pacific/Apia", 2027, 2027)) == [
            ("STANDARD", "20270101T130000", "+1300", "+1300"),
        ]

    def test_apia_2021_ends_daylight_saving_and_never_starts_it_again(self) -> None:
        assert components(vtimezone("Pacific/Apia", 2021, 2022)) == [
            ("DAYLIGHT", "20210101T140000", "+1400", "+1400"),
            ("STANDARD", "20210404T040000", "+1400", "+1300"),
        ]

    def test_dublin_summer_is_daylight_time_whatever_the_iana_flag_says(self) -> None:
        kinds = [
            (kind, to) for kind, _, _, to in components(vtimezone("Europe/Dublin", 2027, 2027))
        ]
        assert kinds == [("STANDARD", "+0000"), ("DAYLIGHT", "+0100"), ("STANDARD", "+0000")]

    def test_the_same_span_gives_the_same_bytes(self) -> None:
        first = vtimezone("Europe/Berlin", 2026, 2028)
        vtimezone.cache_clear()
        assert vtimezone("Europe/Berlin", 2026, 2028) == first

    def test_observances_cover_the_whole_span(self) -> None:
        found = observances("Europe/Berlin", 2025, 2028)
        assert found[0].onset == datetime(2025, 1, 1, tzinfo=UTC)
        assert len(found) == 1 + 2 * 4


class TestReadBack:
    @pytest.mark.parametrize("name", ZONES)
    def test_every_local_time_means_the_same_instant_as_in_zoneinfo(self, name: str) -> None:
        zone = ZoneInfo(name)
        built = readers(name, 2019, 2028)
        checked = 0
        for instant in samples(name, 2019, 2028):
            if is_ambiguous(instant, zone):
                continue  # written in UTC by the renderer: see test_interop
            local = instant.astimezone(zone).replace(tzinfo=None)
            for reader, tz in built.items():
                assert local.replace(tzinfo=tz).astimezone(UTC) == instant, (reader, local)
                offset = instant.astimezone(tz).utcoffset()
                assert offset == instant.astimezone(zone).utcoffset(), (reader, instant)
            checked += 1
        assert checked > 1000

    @pytest.mark.parametrize(
        ("name", "local"),
        [
            ("Europe/Berlin", datetime(2027, 3, 28, 3, 0)),  # the first minutes after the jump
            ("Europe/Berlin", datetime(2027, 3, 28, 3, 59)),
            ("America/New_York", datetime(2027, 3, 14, 3, 0)),
            ("America/New_York", datetime(2027, 3, 14, 3, 45)),
        ],
    )
    def test_the_hour_after_spring_forward_is_daylight_time(
        self, name: str, local: datetime
    ) -> None:
        expected = local.replace(tzinfo=ZoneInfo(name)).astimezone(UTC)
        for reader, tz in readers(name, 2027, 2027).items():
            assert local.replace(tzinfo=tz).astimezone(UTC) == expected, reader


class TestIsAmbiguous:
    def test_only_the_repeated_hour_of_a_fall_back_is_ambiguous(self) -> None:
        berlin = ZoneInfo("Europe/Berlin")
        first_pass = datetime(2027, 10, 31, 0, 30, tzinfo=UTC)  # 02:30 CEST
        second_pass = datetime(2027, 10, 31, 1, 30, tzinfo=UTC)  # 02:30 CET
        assert is_ambiguous(first_pass, berlin)
        assert is_ambiguous(second_pass, berlin)
        assert not is_ambiguous(datetime(2027, 10, 31, 2, 0, tzinfo=UTC), berlin)  # 03:00 CET
        assert not is_ambiguous(datetime(2027, 10, 30, 23, 59, tzinfo=UTC), berlin)  # 01:59
        # The hour after spring-forward exists once.
        assert not is_ambiguous(datetime(2027, 3, 28, 1, 30, tzinfo=UTC), berlin)
        assert not is_ambiguous(datetime(2027, 6, 1, tzinfo=UTC), ZoneInfo("Asia/Kathmandu"))
