"""Recurring events: expansion in local time, limits, and editing one or following occurrences."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from dateutil import rrule as dateutil_rrule

from server.db import Database
from server.events import access, recurrence
from server.events.inputs import EventChanges, EventInput
from server.events.localtime import to_local
from server.events.models import Event, EventSeries, EventStatus, Visibility
from server.events.series import create_series, update_following, update_occurrence
from server.kit.errors import Forbidden, InvalidInput, NotFound
from tests.server.events.test_service import (
    Cast,
    accept_cohost,
    create,
    local_input,
    make_cast,
    problems,
)

BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY = datetime(2026, 3, 17, 14, 0)  # two weeks before Berlin's spring change


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


async def series(
    db: Database, cast: Cast, rrule: str, data: EventInput | None = None, **kw: Any
) -> tuple[EventSeries, list[Event]]:
    async with db.transaction() as session:
        return await create_series(
            session,
            principal=cast.organizer,
            host_organization_id=cast.host,
            rrule=rrule,
            data=data or local_input(TUESDAY),
            **kw,
        )


class TestCreateSeries:
    async def test_weekly_at_14_00_stays_at_14_00_across_the_spring_change(
        self, db: Database
    ) -> None:
        cast = await make_cast(db)
        row, events = await series(
            db, cast, "RRULE:FREQ=WEEKLY;COUNT=4", local_input(TUESDAY, capacity=30)
        )
        assert [e.starts_at for e in events] == [
            utc(2026, 3, 17, 13),
            utc(2026, 3, 24, 13),
            utc(2026, 3, 31, 12),  # CEST from here
            utc(2026, 4, 7, 12),
        ]
        assert {to_local(e.starts_at, BERLIN).time() for e in events} == {TUESDAY.time()}
        assert {to_local(e.ends_at, BERLIN).hour for e in events} == {16}
        assert all(e.recurrence_id == e.starts_at and e.series_id == row.id for e in events)
        assert len({e.uid for e in events}) == 4
        assert {e.capacity for e in events} == {30}
        assert (row.rrule, row.time_zone, row.duration_minutes) == (
            "FREQ=WEEKLY;COUNT=4",
            "Europe/Berlin",
            120,
        )

    async def test_new_york_autumn_change_with_until_in_utc(self, db: Database) -> None:
        cast = await make_cast(db)
        data = local_input(
            datetime(2026, 10, 20, 14, 0), time_zone="America/New_York", co_host_ids=[cast.cohost]
        )
        _, events = await series(db, cast, "FREQ=WEEKLY;UNTIL=20261103T190000Z", data)
        for event in events:
            await accept_cohost(db, event, cast.cohost)
        assert [e.starts_at for e in events] == [
            utc(2026, 10, 20, 18),
            utc(2026, 10, 27, 18),
            utc(2026, 11, 3, 19),  # EST: 14:00 is now 19:00 UTC, still within UNTIL
        ]
        async with db.read() as session:
            for event in events:
                assert await access.cohost_ids(session, event_id=event.id or 0) == [cast.cohost]

    async def test_an_until_without_z_is_local_time(self, db: Database) -> None:
        cast = await make_cast(db)
        _, events = await series(db, cast, "FREQ=DAILY;UNTIL=20260319T140000")
        assert len(events) == 3

    @pytest.mark.parametrize(
        ("rrule", "code"),
        [
            ("FREQ=WEEKLY", "unbounded"),
            ("FREQ=SOMETIMES;COUNT=3", "invalid"),
            ("FREQ=WEEKLY;COUNT=two", "invalid"),
            ("DTSTART:20200101T000000\nRRULE:FREQ=DAILY;COUNT=2", "invalid"),
            ("FREQ=DAILY;COUNT=201", "too_many"),
            ("FREQ=WEEKLY;BYDAY=MO;COUNT=3", "not_synchronized"),
        ],
    )
    async def test_unusable_rules_are_refused(self, db: Database, rrule: str, code: str) -> None:
        cast = await make_cast(db)
        with pytest.raises(InvalidInput) as exc:
            await series(db, cast, rrule)
        assert problems(exc) == {("rrule", code)}

    async def test_the_caller_may_lower_the_cap(self, db: Database) -> None:
        cast = await make_cast(db)
        with pytest.raises(InvalidInput) as exc:
            await series(db, cast, "FREQ=DAILY;COUNT=11", max_occurrences=10)
        assert problems(exc) == {("rrule", "too_many")}

    async def test_rule_and_event_problems_come_together(self, db: Database) -> None:
        cast = await make_cast(db)
        with pytest.raises(InvalidInput) as exc:
            await series(db, cast, "FREQ=DAILY", local_input(TUESDAY, time_zone="Mars/Olympus"))
        assert problems(exc) == {("rrule", "unbounded"), ("timeZone", "invalid")}

    async def test_only_organizers_of_the_host_may_create(self, db: Database) -> None:
        cast = await make_cast(db)
        with pytest.raises(Forbidden):
            async with db.transaction() as session:
                await create_series(
                    session,
                    principal=cast.outsider,
                    host_organization_id=cast.host,
                    rrule="FREQ=DAILY;COUNT=2",
                    data=local_input(TUESDAY),
                )


async def reload(db: Database, events: list[Event]) -> list[Event]:
    async with db.read() as session:
        rows = [await session.get(Event, e.id) for e in events]
    assert all(rows)
    return [r for r in rows if r is not None]


class TestEditSeries:
    async def test_editing_one_occurrence_leaves_the_others(self, db: Database) -> None:
        cast = await make_cast(db)
        _, events = await series(db, cast, "FREQ=WEEKLY;COUNT=4")
        third = events[2]
        async with db.transaction() as session:
            moved = await update_occurrence(
                session,
                principal=cast.organizer,
                event_id=third.id or 0,
                changes=EventChanges(starts_at=datetime(2026, 3, 31, 15, 0)),
            )
        assert moved.starts_at == utc(2026, 3, 31, 13)
        assert moved.recurrence_id == utc(2026, 3, 31, 12)  # its place in the rule stays
        assert moved.sequence == 1
        after = await reload(db, events)
        assert [e.sequence for e in after] == [0, 0, 1, 0]
        assert [e.starts_at for e in after][:2] == [e.starts_at for e in events][:2]

    async def test_this_and_following_shift_in_local_time(self, db: Database) -> None:
        cast = await make_cast(db)
        _, events = await series(db, cast, "FREQ=WEEKLY;COUNT=4")
        async with db.transaction() as session:
            # The third occurrence was already moved by hand to 16:00.
            await update_occurrence(
                session,
                principal=cast.organizer,
                event_id=events[2].id or 0,
                changes=EventChanges(
                    starts_at=datetime(2026, 3, 31, 16, 0), ends_at=datetime(2026, 3, 31, 18, 0)
                ),
            )
        async with db.transaction() as session:
            updated = await update_following(
                session,
                principal=cast.organizer,
                event_id=events[1].id or 0,
                changes=EventChanges(
                    starts_at=datetime(2026, 3, 24, 15, 0),
                    ends_at=datetime(2026, 3, 24, 17, 30),
                    title="Later forum",
                ),
            )
        assert [e.id for e in updated] == [e.id for e in events[1:]]
        after = await reload(db, events)
        local = [(to_local(e.starts_at, BERLIN), to_local(e.ends_at, BERLIN)) for e in after]
        assert [(s.hour, s.minute, e.hour, e.minute) for s, e in local] == [
            (14, 0, 16, 0),  # before the edited one: untouched
            (15, 0, 17, 30),
            (17, 0, 19, 30),  # the hand-moved one moves by the same hour
            (15, 0, 17, 30),
        ]
        assert [e.starts_at for e in after][1:] == [
            utc(2026, 3, 24, 14),
            utc(2026, 3, 31, 15),
            utc(2026, 4, 7, 13),
        ]
        assert [e.title for e in after] == ["Forum", "Later forum", "Later forum", "Later forum"]
        assert [e.sequence for e in after] == [0, 1, 2, 1]

    async def test_cosmetic_changes_to_following_keep_sequences(self, db: Database) -> None:
        cast = await make_cast(db)
        _, events = await series(db, cast, "FREQ=WEEKLY;COUNT=3")
        async with db.transaction() as session:
            await update_following(
                session,
                principal=cast.organizer,
                event_id=events[0].id or 0,
                changes=EventChanges(description="Bring your ID.", tags=["training"]),
            )
        after = await reload(db, events)
        assert [(e.description, e.sequence) for e in after] == [("Bring your ID.", 0)] * 3

    async def test_following_from_a_single_event_edits_just_it(self, db: Database) -> None:
        cast = await make_cast(db)
        single = await create(db, cast, local_input(TUESDAY))
        async with db.transaction() as session:
            updated = await update_following(
                session,
                principal=cast.organizer,
                event_id=single.id or 0,
                changes=EventChanges(online_url="https://meet.example.org/x"),
            )
        assert [e.sequence for e in updated] == [1]

    async def test_outsiders_cannot_edit_following(self, db: Database) -> None:
        cast = await make_cast(db)
        _, events = await series(db, cast, "FREQ=WEEKLY;COUNT=2")
        async with db.transaction() as session:
            for event in events:
                event.status = EventStatus.PUBLISHED
                event.visibility = Visibility.PUBLIC
                session.add(event)
        with pytest.raises(NotFound):
            async with db.transaction() as session:
                await update_following(
                    session,
                    principal=cast.outsider,
                    event_id=events[0].id or 0,
                    changes=EventChanges(title="Mine"),
                )


class TestBoundedExpansion:
    """Issue 7, finding 10: FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30;COUNT=1 took 6 s of CPU on the
    event loop. Expansion is bounded in work (frequency, span) and names the rule it refuses."""

    @pytest.mark.parametrize(
        ("rrule", "code"),
        [
            ("FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30;COUNT=1", "too_frequent"),
            ("FREQ=MINUTELY;COUNT=2", "too_frequent"),
            ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=1", "too_sparse"),
            ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO;COUNT=3", "too_long"),
            ("FREQ=DAILY;UNTIL=20450101T000000Z", "too_long"),
        ],
    )
    async def test_rules_that_would_scan_for_centuries_are_refused_quickly(
        self, db: Database, rrule: str, code: str
    ) -> None:
        cast = await make_cast(db)
        with pytest.raises(InvalidInput) as caught:
            await series(db, cast, rrule)
        (problem,) = caught.value.problems
        assert (problem.field, problem.code) == ("rrule", code)
        assert rrule in problem.message

    def test_a_rule_that_never_matches_scans_a_bounded_number_of_days(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Work is counted in the days dateutil builds, never timed: without the bound this
        # rule scans every day until the year 9999 (about 2.9 million).
        scanned = 0
        build = dateutil_rrule._iterinfo.ddayset

        def counting(self: Any, *args: Any) -> Any:
            nonlocal scanned
            scanned += 1
            return build(self, *args)

        monkeypatch.setattr(dateutil_rrule._iterinfo, "ddayset", counting)
        with pytest.raises(recurrence.RuleRefused):
            recurrence.expand(
                "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=1",
                datetime(2027, 1, 5, 10, 0),
                "Europe/Berlin",
                5,
            )
        assert 0 < scanned <= (recurrence.MAX_SPAN_YEARS + recurrence.CYCLE_YEARS + 1) * 366

    def test_occurrences_keep_their_weekdays_and_leap_days(self) -> None:
        starts = recurrence.expand(
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=2",
            datetime(2028, 2, 29, 18, 0),
            "Africa/Nairobi",
            5,
        )
        assert starts == [datetime(2028, 2, 29, 18, 0), datetime(2032, 2, 29, 18, 0)]
        tuesdays = recurrence.expand(
            "FREQ=MONTHLY;BYDAY=1TU;COUNT=3", datetime(2027, 6, 1, 9, 0), "UTC", 5
        )
        assert tuesdays == [
            datetime(2027, 6, 1, 9, 0),
            datetime(2027, 7, 6, 9, 0),
            datetime(2027, 8, 3, 9, 0),
        ]
