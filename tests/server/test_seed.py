"""The demo data: a calendar with upcoming events on any day it is loaded, nothing private shown
to visitors."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from server.accounts.access import ANONYMOUS, SYSTEM
from server.db import Database
from server.events.listing import list_events
from server.events.localtime import to_local, zone
from server.events.models import EventStatus
from server.seed import seed_demo, seed_network
from server.seed_events import first_weekday_of_month, seed_events

# Month ends, a leap day, and the days around Europe's and North America's clock changes.
EDGE_DAYS = [
    date(2026, 1, 31),
    date(2026, 3, 8),
    date(2026, 3, 29),
    date(2026, 10, 25),
    date(2026, 11, 29),
    date(2026, 12, 31),
    date(2028, 2, 29),
]


class TestDemoSeed:
    async def test_the_demo_calendar_has_upcoming_events_and_hides_the_private_ones(
        self, db: Database
    ) -> None:
        async with db.transaction() as session:
            assert (await seed_demo(session)).created
        async with db.transaction() as session:
            assert not (await seed_demo(session)).created  # a second run adds nothing
        async with db.read() as session:
            everything = await list_events(session, principal=SYSTEM, first=50)
            public = await list_events(session, principal=ANONYMOUS, first=50)
        titles = [e.title for e in everything.items]
        assert len(titles) == 9
        assert titles.count("Network roundtable") == 6
        assert all(e.status is EventStatus.PUBLISHED for e in everything.items)
        assert [e.title for e in public.items] == [
            "East & West Africa Election Observation Conference"
        ]

    @pytest.mark.parametrize("today", EDGE_DAYS, ids=str)
    async def test_the_whole_demo_loads_on_month_ends_leap_days_and_clock_changes(
        self, db: Database, today: date
    ) -> None:
        async with db.transaction() as session:
            assert (await seed_demo(session, today=today)).created
        async with db.read() as session:
            events = await list_events(session, principal=SYSTEM, first=50)
        assert len(events.items) == 9
        assert all(e.starts_at.date() > today for e in events.items)


class TestSeedOnEveryDay:
    """Issue 7, finding 13: the demo failed to load on about three days in four (BYDAY=1TH from
    "the Thursday a week out", which is usually not a month's first Thursday)."""

    async def test_the_events_load_on_each_of_400_consecutive_days(
        self, sqlite_template: Path, tmp_path: Path
    ) -> None:
        # The events are the part that depends on the date; the network is made once and each
        # day's events are rolled back, so 400 days stay cheap. One database is enough here:
        # EDGE_DAYS load the whole demo on both.
        path = tmp_path / "days.db"
        shutil.copy(sqlite_template, path)
        db = Database.from_url(f"sqlite+aiosqlite:///{path}")
        try:
            await self._every_day(db)
        finally:
            await db.dispose()

    async def _every_day(self, db: Database) -> None:
        first_day = date(2026, 1, 1)
        brussels = zone("Europe/Brussels")
        async with db.transaction() as session:
            demo = await seed_network(session)
            for offset in range(400):
                today = first_day + timedelta(days=offset)
                nested = await session.begin_nested()
                await seed_events(
                    session,
                    network=demo.network,
                    orgs=demo.orgs,
                    people=demo.people,
                    today=today,
                )
                page = await list_events(session, principal=SYSTEM, first=50)
                roundtables = [e for e in page.items if e.title == "Network roundtable"]
                assert len(page.items) == 9, today
                assert all(e.status is EventStatus.PUBLISHED for e in page.items), today
                assert all(e.starts_at.date() > today for e in page.items), today
                # Each roundtable is on the first Thursday of its month, at 14:00 in Brussels.
                for event in roundtables:
                    local = to_local(event.starts_at, brussels)
                    assert local.weekday() == 3 and local.day <= 7, (today, local)
                    assert (local.hour, local.minute) == (14, 0), (today, local)
                await nested.rollback()
                session.expunge_all()


class TestFirstWeekdayOfMonth:
    @pytest.mark.parametrize(
        ("after", "expected"),
        [
            (date(2026, 12, 1), date(2026, 12, 3)),
            (date(2026, 12, 3), date(2026, 12, 3)),
            (date(2026, 12, 4), date(2027, 1, 7)),
            (date(2027, 12, 31), date(2028, 1, 6)),
        ],
    )
    def test_gives_the_months_first_thursday_on_or_after_a_day(
        self, after: date, expected: date
    ) -> None:
        assert first_weekday_of_month(after, 3) == expected


def test_the_clock_is_not_needed() -> None:
    # seed_demo's default is the current date; this keeps the test module honest about it.
    assert first_weekday_of_month(datetime.now(UTC).date(), 3).weekday() == 3
