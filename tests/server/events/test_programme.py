"""An event's programme: sessions, rooms that are never double-booked, and warnings."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.exc import DBAPIError

from server.accounts.access import Principal
from server.db import Database
from server.events import programme, session_checks
from server.events.conflicts import Warning
from server.events.models import (
    Consent,
    Event,
    EventCoHost,
    EventKind,
    EventStatus,
    Room,
    SessionKind,
    SessionRole,
    Venue,
    Visibility,
)
from server.events.programme import SessionChanges, SessionInput
from server.kit.errors import InvalidInput, NotFound
from server.orgs.models import Role
from tests.conftest import ROOT
from tests.schema.conftest import make_org, make_person
from tests.sqlcount import count_statements

NINE = datetime(2026, 3, 29, 7, 0, tzinfo=UTC)  # 09:00 in Berlin


@dataclass(frozen=True)
class Forum:
    host: int
    cohost: int
    stranger: int
    event: int
    big_room: int  # 50 seats
    small_room: int  # 10 seats
    foreign_room: int  # in a venue the event does not use
    amina: int
    kofi: int

    @property
    def organizer(self) -> Principal:
        return Principal(user_id=1, roles={self.host: Role.ORGANIZER})


async def _event(
    db: Database,
    *,
    org: int,
    title: str,
    venue_id: int | None = None,
    cohosts: Sequence[int] = (),
    visibility: Visibility = Visibility.NETWORK,
) -> int:
    async with db.transaction() as session:
        event = Event(
            uid=f"{title.lower().replace(' ', '-')}@pluralis",
            host_organization_id=org,
            kind=EventKind.FORUM,
            title=title,
            time_zone="Europe/Berlin",
            starts_at=NINE,
            ends_at=NINE + timedelta(hours=8),
            venue_id=venue_id,
            status=EventStatus.PUBLISHED,
            visibility=visibility,
        )
        session.add(event)
        await session.flush()
        assert event.id is not None
        session.add_all(
            EventCoHost(event_id=event.id, organization_id=c, status=Consent.ACCEPTED)
            for c in cohosts
        )
        return event.id


async def _venue(db: Database, org: int, rooms: dict[str, int]) -> tuple[int, list[int]]:
    async with db.transaction() as session:
        venue = Venue(organization_id=org, name=f"Venue {org}")
        session.add(venue)
        await session.flush()
        assert venue.id is not None
        made = [Room(venue_id=venue.id, name=n, capacity=c) for n, c in rooms.items()]
        session.add_all(made)
        await session.flush()
        return venue.id, [r.id for r in made if r.id is not None]


@pytest.fixture
async def forum(db: Database) -> Forum:
    host = await make_org(db, "Kenya Forum")
    cohost = await make_org(db, "Partner Trust")
    stranger = await make_org(db, "Ghana Watch")
    venue_id, (big, small) = await _venue(db, host, {"Plenary hall": 50, "Room 2": 10})
    _, (foreign,) = await _venue(db, stranger, {"Elsewhere": 20})
    return Forum(
        host=host,
        cohost=cohost,
        stranger=stranger,
        event=await _event(
            db, org=host, title="Democracy Forum", venue_id=venue_id, cohosts=[cohost]
        ),
        big_room=big,
        small_room=small,
        foreign_room=foreign,
        amina=await make_person(db, org_id=host, role=Role.OBSERVER, name="Amina Odhiambo"),
        kofi=await make_person(db, org_id=host, role=Role.OBSERVER, name="Kofi Mensah"),
    )


def _input(title: str = "Opening", **kwargs: Any) -> SessionInput:
    values: dict[str, Any] = {
        "kind": SessionKind.PLENARY,
        "title": title,
        "starts_at": NINE,
        "ends_at": NINE + timedelta(hours=1),
    }
    return SessionInput(**(values | kwargs))


async def _add(
    db: Database, forum: Forum, data: SessionInput, *, principal: Principal | None = None
) -> programme.SessionResult:
    async with db.transaction() as session:
        return await programme.add_session(
            session, principal=principal or forum.organizer, event_id=forum.event, data=data
        )


async def _refused(db: Database, forum: Forum, data: SessionInput) -> dict[str | None, str]:
    with pytest.raises(InvalidInput) as caught:
        await _add(db, forum, data)
    return {p.field: p.code for p in caught.value.problems}


async def _titles(db: Database, event_id: int) -> list[str]:
    async with db.read() as session:
        rows = await programme.list_programme(session, principal=ROOT, event_id=event_id)
    return [r.title for r in rows]


class TestAddSession:
    async def test_a_session_is_saved_with_its_people_and_no_warnings(
        self, db: Database, forum: Forum
    ) -> None:
        result = await _add(
            db,
            forum,
            _input(
                room_id=forum.big_room, capacity=40, speakers=[forum.amina], moderators=[forum.kofi]
            ),
        )
        assert result.warnings == []
        assert result.session.id is not None
        async with db.read() as session:
            people = await programme.people_by_session(session, session_ids=[result.session.id])
        assert [(p.person_id, p.role) for p in people[result.session.id]] == [
            (forum.amina, SessionRole.SPEAKER),
            (forum.kofi, SessionRole.MODERATOR),
        ]

    async def test_times_without_offset_are_read_in_the_events_zone(
        self, db: Database, forum: Forum
    ) -> None:
        local = datetime(2026, 3, 29, 9, 0)  # 09:00 in Berlin, summer time since 02:00
        result = await _add(db, forum, _input(starts_at=local, ends_at=local + timedelta(hours=1)))
        assert result.session.starts_at == NINE

    async def test_a_local_time_the_clocks_skip_is_a_field_error(
        self, db: Database, forum: Forum
    ) -> None:
        gap = datetime(2026, 3, 29, 2, 30)
        problems = await _refused(db, forum, _input(starts_at=gap, ends_at=NINE))
        assert problems == {"startsAt": "nonexistent_time"}

    async def test_a_session_must_end_after_it_starts(self, db: Database, forum: Forum) -> None:
        problems = await _refused(db, forum, _input(ends_at=NINE))
        assert problems == {"endsAt": "ends_before_start"}

    async def test_a_room_of_another_venue_is_a_field_error(
        self, db: Database, forum: Forum
    ) -> None:
        problems = await _refused(db, forum, _input(room_id=forum.foreign_room))
        assert problems == {"roomId": "not_in_venue"}

    async def test_unknown_people_and_bad_capacity_are_field_errors(
        self, db: Database, forum: Forum
    ) -> None:
        problems = await _refused(db, forum, _input(capacity=0, speakers=[999], moderators=[998]))
        assert problems == {
            "capacity": "too_small",
            "speakerIds": "not_found",
            "moderatorIds": "not_found",
        }

    async def test_a_co_host_organizer_may_add_sessions(self, db: Database, forum: Forum) -> None:
        cohost = Principal(user_id=2, roles={forum.cohost: Role.ORGANIZER})
        result = await _add(db, forum, _input(), principal=cohost)
        assert result.session.id is not None

    async def test_an_organizer_of_an_unrelated_organization_may_not(
        self, db: Database, forum: Forum
    ) -> None:
        stranger = Principal(user_id=3, roles={forum.stranger: Role.ORGANIZER})
        with pytest.raises(NotFound):
            await _add(db, forum, _input(), principal=stranger)


class TestRoomDoubleBooking:
    async def test_an_overlapping_booking_is_a_field_error_and_the_first_is_kept(
        self, db: Database, forum: Forum
    ) -> None:
        await _add(
            db, forum, _input("Opening", room_id=forum.big_room, ends_at=NINE + timedelta(hours=2))
        )
        late = NINE + timedelta(minutes=90)
        with pytest.raises(InvalidInput) as caught:
            await _add(
                db,
                forum,
                _input(
                    "Panel",
                    room_id=forum.big_room,
                    starts_at=late,
                    ends_at=late + timedelta(hours=1),
                ),
            )
        (problem,) = caught.value.problems
        assert (problem.field, problem.code) == ("roomId", "room_taken")
        assert "'Opening' (Democracy Forum)" in problem.message
        assert "29 Mar 09:00-11:00 (Europe/Berlin)" in problem.message
        assert await _titles(db, forum.event) == ["Opening"]

    async def test_the_database_refuses_what_the_check_missed_and_the_transaction_goes_on(
        self, db: Database, forum: Forum, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        async def never_taken(*args: Any, **kwargs: Any) -> None:
            return None

        # Blind the friendly check, so only the constraint (trigger on SQLite) can refuse.
        monkeypatch.setattr(session_checks, "room_clash", never_taken)
        async with db.transaction() as session:
            await programme.add_session(
                session,
                principal=forum.organizer,
                event_id=forum.event,
                data=_input("Opening", room_id=forum.big_room),
            )
            with pytest.raises(InvalidInput) as caught:
                await programme.add_session(
                    session,
                    principal=forum.organizer,
                    event_id=forum.event,
                    data=_input("Clash", room_id=forum.big_room),
                )
            # The savepoint kept the transaction usable: more work still commits.
            await programme.add_session(
                session,
                principal=forum.organizer,
                event_id=forum.event,
                data=_input("Side event", room_id=forum.small_room),
            )
        assert [(p.field, p.code) for p in caught.value.problems] == [("roomId", "room_taken")]
        assert isinstance(caught.value.__cause__, DBAPIError)
        assert sorted(await _titles(db, forum.event)) == ["Opening", "Side event"]

    async def test_the_database_also_refuses_a_move_the_check_missed(
        self, db: Database, forum: Forum, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        async def never_taken(*args: Any, **kwargs: Any) -> None:
            return None

        await _add(db, forum, _input("Opening", room_id=forum.big_room))
        moving = await _add(db, forum, _input("Workshop", room_id=forum.small_room))
        assert moving.session.id is not None
        monkeypatch.setattr(session_checks, "room_clash", never_taken)
        async with db.transaction() as session:
            with pytest.raises(InvalidInput) as caught:
                await programme.update_session(
                    session,
                    principal=forum.organizer,
                    session_id=moving.session.id,
                    changes=SessionChanges(room_id=forum.big_room),
                )
        assert [(p.field, p.code) for p in caught.value.problems] == [("roomId", "room_taken")]
        assert isinstance(caught.value.__cause__, DBAPIError)

    # Postgres only: SQLite serialises writers, so the second transaction cannot write until
    # the first has committed and the race staged here cannot happen there.
    @pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
    async def test_two_organizers_booking_at_the_same_instant_one_wins(
        self, db: Database, forum: Forum, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        both_checked = asyncio.Barrier(2)
        write = programme._write_session

        async def write_after_both_checked(*args: Any, **kwargs: Any) -> None:
            # Both transactions have found the room free before either writes: only the
            # exclusion constraint can now tell them apart.
            await both_checked.wait()
            await write(*args, **kwargs)

        monkeypatch.setattr(programme, "_write_session", write_after_both_checked)
        cohost = Principal(user_id=2, roles={forum.cohost: Role.ORGANIZER})
        results = await asyncio.gather(
            _add(db, forum, _input("Host keynote", room_id=forum.big_room)),
            _add(db, forum, _input("Partner keynote", room_id=forum.big_room), principal=cohost),
            return_exceptions=True,
        )
        errors = [r for r in results if isinstance(r, InvalidInput)]
        saved = [r for r in results if isinstance(r, programme.SessionResult)]
        assert len(errors) == 1 and len(saved) == 1, results
        (problem,) = errors[0].problems
        assert (problem.field, problem.code) == ("roomId", "room_taken")
        assert isinstance(errors[0].__cause__, DBAPIError)  # the constraint decided
        assert f"'{saved[0].session.title}'" in problem.message
        assert await _titles(db, forum.event) == [saved[0].session.title]


class TestWarnings:
    async def _elsewhere(self, db: Database, forum: Forum, visibility: Visibility) -> None:
        """Kofi speaks at another organization's event at 09:30 the same day."""
        other = await _event(db, org=forum.stranger, title="Ghana Dialogue", visibility=visibility)
        async with db.transaction() as session:
            await programme.add_session(
                session,
                principal=ROOT,
                event_id=other,
                data=_input(
                    "Election panel", starts_at=NINE + timedelta(minutes=30), speakers=[forum.kofi]
                ),
            )

    async def test_a_speaker_booked_at_another_organizations_event_is_warned(
        self, db: Database, forum: Forum
    ) -> None:
        await self._elsewhere(db, forum, Visibility.NETWORK)
        result = await _add(db, forum, _input(moderators=[forum.kofi], speakers=[forum.amina]))
        (warning,) = result.warnings
        assert (warning.code, warning.field) == ("speaker_double_booked", "moderatorIds")
        assert warning.message.startswith(
            "Kofi Mensah is also in 'Election panel' (Ghana Dialogue)"
        )

    async def test_the_other_event_is_not_named_when_the_caller_cannot_see_it(
        self, db: Database, forum: Forum
    ) -> None:
        await self._elsewhere(db, forum, Visibility.INVITE_ONLY)
        result = await _add(db, forum, _input(speakers=[forum.kofi]))
        (warning,) = result.warnings
        assert "Election panel" not in warning.message
        assert "Ghana Dialogue" not in warning.message

    async def test_a_session_outside_the_event_is_warned(self, db: Database, forum: Forum) -> None:
        late = NINE + timedelta(hours=7, minutes=30)
        result = await _add(db, forum, _input(starts_at=late, ends_at=late + timedelta(hours=1)))
        assert [(w.code, w.field) for w in result.warnings] == [("outside_event", "startsAt")]

    async def test_more_seats_than_the_room_holds_is_warned(
        self, db: Database, forum: Forum
    ) -> None:
        result = await _add(db, forum, _input(room_id=forum.small_room, capacity=30))
        (warning,) = result.warnings
        assert (warning.code, warning.field) == ("room_too_small", "capacity")
        assert "holds 10" in warning.message

    async def _programme(self, db: Database, forum: Forum, first: int, n: int) -> None:
        async with db.transaction() as session:
            for i in range(first, first + n):
                start = NINE + timedelta(minutes=10 * i)
                await programme.add_session(
                    session,
                    principal=forum.organizer,
                    event_id=forum.event,
                    data=_input(
                        f"S{i}",
                        starts_at=start,
                        ends_at=start + timedelta(minutes=15),
                        speakers=[forum.amina],
                        capacity=60,
                        room_id=forum.big_room if i == 0 else None,
                    ),
                )

    async def _count(self, db: Database, forum: Forum) -> tuple[int, dict[int, list[Warning]]]:
        async with db.read() as session:
            with count_statements(db.engine) as log:
                warnings = await programme.programme_warnings(
                    session, principal=forum.organizer, event_id=forum.event
                )
        return log.count, warnings

    async def test_programme_warnings_take_the_same_statements_for_3_and_30_sessions(
        self, db: Database, forum: Forum
    ) -> None:
        await self._programme(db, forum, 0, 3)
        few, warnings = await self._count(db, forum)
        # Sessions overlap their neighbours (15 minutes every 10), so Amina is double-booked.
        codes = sorted(w.code for ws in warnings.values() for w in ws)
        assert codes == ["room_too_small"] + ["speaker_double_booked"] * 4
        await self._programme(db, forum, 3, 27)
        many, warnings = await self._count(db, forum)
        assert len(warnings) == 30
        assert few == many


class TestUpdateAndRemove:
    async def test_changes_keep_the_rest_and_replace_people(
        self, db: Database, forum: Forum
    ) -> None:
        added = await _add(
            db, forum, _input(room_id=forum.big_room, speakers=[forum.amina], track="Main")
        )
        assert added.session.id is not None
        async with db.transaction() as session:
            result = await programme.update_session(
                session,
                principal=forum.organizer,
                session_id=added.session.id,
                changes=SessionChanges(title="Opening plenary", speakers=[forum.kofi], track=None),
            )
            people = await programme.people_by_session(session, session_ids=[added.session.id])
        row = result.session
        assert (row.title, row.room_id, row.track) == ("Opening plenary", forum.big_room, None)
        assert [p.person_id for p in people[added.session.id]] == [forum.kofi]

    async def test_moving_onto_a_booked_room_is_a_field_error(
        self, db: Database, forum: Forum
    ) -> None:
        await _add(db, forum, _input("Opening", room_id=forum.big_room))
        moving = await _add(db, forum, _input("Workshop", room_id=forum.small_room))
        assert moving.session.id is not None
        async with db.transaction() as session:
            with pytest.raises(InvalidInput) as caught:
                await programme.update_session(
                    session,
                    principal=forum.organizer,
                    session_id=moving.session.id,
                    changes=SessionChanges(room_id=forum.big_room),
                )
        assert [(p.field, p.code) for p in caught.value.problems] == [("roomId", "room_taken")]

    async def test_removing_a_session(self, db: Database, forum: Forum) -> None:
        added = await _add(db, forum, _input(speakers=[forum.amina]))
        assert added.session.id is not None
        async with db.transaction() as session:
            await programme.remove_session(
                session, principal=forum.organizer, session_id=added.session.id
            )
        assert await _titles(db, forum.event) == []


class TestReading:
    async def test_the_programme_is_ordered_by_time_then_room(
        self, db: Database, forum: Forum
    ) -> None:
        later = NINE + timedelta(hours=2)
        for data in (
            _input("Online", starts_at=NINE),
            _input("Later", starts_at=later, ends_at=later + timedelta(hours=1)),
            _input("Room 2", room_id=forum.small_room),
            _input("Hall", room_id=forum.big_room),
        ):
            await _add(db, forum, data)
        assert await _titles(db, forum.event) == ["Hall", "Room 2", "Online", "Later"]
        async with db.read() as session:
            with count_statements(db.engine) as log:
                grouped = await programme.sessions_by_event(session, event_ids=[forum.event, 999])
        assert log.count == 1
        assert [s.title for s in grouped[forum.event]][-1] == "Later"
        assert grouped[999] == []

    async def test_a_hidden_events_programme_is_not_found(self, db: Database, forum: Forum) -> None:
        hidden = await _event(
            db, org=forum.stranger, title="Closed Meeting", visibility=Visibility.INVITE_ONLY
        )
        async with db.read() as session:
            with pytest.raises(NotFound):
                await programme.list_programme(session, principal=forum.organizer, event_id=hidden)
