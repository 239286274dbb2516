"""Local wall-clock input, UTC storage and local rendering, around daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from server.db import Database
from server.events.inputs import EventChanges
from server.events.localtime import to_local
from server.events.service import update_event
from server.kit.errors import InvalidInput
from tests.server.events.test_service import create, local_input, make_cast, problems, update


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


class TestLocalTimesBecomeUtc:
    @pytest.mark.parametrize(
        ("zone", "local", "expected"),
        [
            # The day of each change, after it: offsets differ by an hour from the day before.
            ("Europe/Berlin", datetime(2026, 3, 28, 14, 0), utc(2026, 3, 28, 13, 0)),
            ("Europe/Berlin", datetime(2026, 3, 29, 14, 0), utc(2026, 3, 29, 12, 0)),
            ("Europe/Berlin", datetime(2026, 10, 24, 14, 0), utc(2026, 10, 24, 12, 0)),
            ("Europe/Berlin", datetime(2026, 10, 25, 14, 0), utc(2026, 10, 25, 13, 0)),
            ("America/New_York", datetime(2026, 3, 7, 14, 0), utc(2026, 3, 7, 19, 0)),
            ("America/New_York", datetime(2026, 3, 8, 14, 0), utc(2026, 3, 8, 18, 0)),
            ("America/New_York", datetime(2026, 10, 31, 14, 0), utc(2026, 10, 31, 18, 0)),
            ("America/New_York", datetime(2026, 11, 1, 14, 0), utc(2026, 11, 1, 19, 0)),
            ("Asia/Kathmandu", datetime(2026, 6, 1, 9, 0), utc(2026, 6, 1, 3, 15)),  # +05:45
            ("Pacific/Apia", datetime(2026, 6, 1, 9, 0), utc(2026, 5, 31, 20, 0)),  # +13:00
        ],
    )
    async def test_stored_instant(
        self, db: Database, zone: str, local: datetime, expected: datetime
    ) -> None:
        cast = await make_cast(db)
        event = await create(db, cast, local_input(local, time_zone=zone))
        assert event.starts_at == expected
        assert to_local(event.starts_at, ZoneInfo(zone)) == local

    async def test_an_event_across_midnight_ends_the_next_day(self, db: Database) -> None:
        cast = await make_cast(db)
        event = await create(
            db,
            cast,
            local_input(datetime(2026, 10, 24, 22, 0), hours=4),  # until 02:00 local
        )
        # 22:00 CEST is 20:00 UTC; 02:00 on the night clocks go back is the first 02:00 CEST.
        assert (event.starts_at, event.ends_at) == (utc(2026, 10, 24, 20), utc(2026, 10, 25, 0))

    async def test_an_event_seen_from_another_zone_is_the_same_instant(self, db: Database) -> None:
        cast = await make_cast(db)
        nairobi = await create(
            db, cast, local_input(datetime(2026, 3, 30, 9, 0), time_zone="Africa/Nairobi")
        )
        berlin = await create(
            db, cast, local_input(datetime(2026, 3, 30, 8, 0), time_zone="Europe/Berlin")
        )
        assert nairobi.starts_at == berlin.starts_at == utc(2026, 3, 30, 6, 0)
        assert to_local(nairobi.starts_at, ZoneInfo("America/New_York")) == datetime(
            2026, 3, 30, 2, 0
        )
        assert to_local(nairobi.starts_at, ZoneInfo("Asia/Kathmandu")) == datetime(
            2026, 3, 30, 11, 45
        )
        assert to_local(nairobi.starts_at, ZoneInfo("Pacific/Apia")) == datetime(2026, 3, 30, 19, 0)


class TestDaylightSavingEdges:
    @pytest.mark.parametrize(
        ("zone", "local"),
        [
            ("Europe/Berlin", datetime(2026, 3, 29, 2, 30)),
            ("America/New_York", datetime(2026, 3, 8, 2, 30)),
        ],
    )
    async def test_a_time_the_clocks_skip_is_refused(
        self, db: Database, zone: str, local: datetime
    ) -> None:
        cast = await make_cast(db)
        with pytest.raises(InvalidInput) as exc:
            await create(db, cast, local_input(local, time_zone=zone))
        assert problems(exc) == {("startsAt", "nonexistent_time")}
        assert "does not exist" in exc.value.problems[0].message

    async def test_an_end_in_the_gap_is_refused_on_ends_at(self, db: Database) -> None:
        cast = await make_cast(db)
        with pytest.raises(InvalidInput) as exc:
            await create(db, cast, local_input(datetime(2026, 3, 29, 1, 0), hours=1.5))
        assert problems(exc) == {("endsAt", "nonexistent_time")}

    async def test_a_time_that_occurs_twice_means_the_first_one(self, db: Database) -> None:
        cast = await make_cast(db)
        twice = datetime(2026, 10, 25, 2, 30)
        first = await create(db, cast, local_input(twice, time_zone="Europe/Berlin"))
        second = await create(db, cast, local_input(twice.replace(fold=1), hours=1))
        assert first.starts_at == utc(2026, 10, 25, 0, 30)  # still CEST
        assert second.starts_at == utc(2026, 10, 25, 1, 30)  # CET, asked for with fold=1
        # An edit that does not touch the times keeps the second pass.
        edited = await update(db, cast.organizer, second, title="Later")
        assert edited.starts_at == utc(2026, 10, 25, 1, 30)

    async def test_a_night_across_the_autumn_change_lasts_an_hour_longer(
        self, db: Database
    ) -> None:
        cast = await make_cast(db)
        data = local_input(datetime(2026, 11, 1, 0, 0), time_zone="America/New_York")
        data.ends_at = datetime(2026, 11, 1, 4, 0)
        event = await create(db, cast, data)
        assert event.ends_at - event.starts_at == timedelta(hours=5)


class TestZonesAndDays:
    async def test_an_unknown_zone_is_refused(self, db: Database) -> None:
        cast = await make_cast(db)
        with pytest.raises(InvalidInput) as exc:
            await create(db, cast, local_input(datetime(2026, 6, 1, 9), time_zone="Mars/Olympus"))
        assert problems(exc) == {("timeZone", "invalid")}

    async def test_an_end_before_the_start_is_refused(self, db: Database) -> None:
        cast = await make_cast(db)
        with pytest.raises(InvalidInput) as exc:
            await create(db, cast, local_input(datetime(2026, 6, 1, 9), hours=0))
        assert problems(exc) == {("endsAt", "before_start")}

    async def test_all_day_events_span_whole_local_days(self, db: Database) -> None:
        cast = await make_cast(db)
        data = local_input(datetime(2026, 6, 1, 9), time_zone="Asia/Kathmandu", all_day=True)
        data.starts_at, data.ends_at = date(2026, 3, 28), date(2026, 3, 29)
        event = await create(db, cast, data)
        assert (event.starts_at, event.ends_at) == (
            utc(2026, 3, 27, 18, 15),
            utc(2026, 3, 29, 18, 15),
        )
        berlin = await update(db, cast.organizer, event, time_zone="Europe/Berlin")
        # The same days, now in Berlin, where the second one is 23 hours long.
        assert (berlin.starts_at, berlin.ends_at) == (utc(2026, 3, 27, 23), utc(2026, 3, 29, 22))
        assert berlin.sequence == 1

    async def test_changing_only_the_zone_keeps_the_wall_clock(self, db: Database) -> None:
        cast = await make_cast(db)
        event = await create(db, cast, local_input(datetime(2026, 6, 1, 9)))
        assert event.id is not None
        async with db.transaction() as session:
            moved = await update_event(
                session,
                principal=cast.organizer,
                event_id=event.id,
                changes=EventChanges(time_zone="America/New_York"),
            )
        assert moved.starts_at == utc(2026, 6, 1, 13)
        assert to_local(moved.starts_at, ZoneInfo("America/New_York")) == datetime(2026, 6, 1, 9)
