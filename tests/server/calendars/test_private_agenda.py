"""The "my agenda" feed: my places, the sessions I speak in, the online link for seat holders."""

from __future__ import annotations

from datetime import timedelta

from server.db import Database
from server.events.models import (
    Consent,
    ProgrammeSession,
    Room,
    SessionKind,
    SessionPerson,
    SessionRole,
    Visibility,
)
from server.events.places import Registration, RegistrationStatus
from tests.server.calendars.private_cast import (
    NOW,
    Cast,
    add_event,
    end_roles,
    key_of,
    make_cast,
    names,
    new_agenda,
    render,
)


async def place(
    db: Database,
    cast: Cast,
    event: str,
    status: RegistrationStatus,
    *,
    person: str = "member",
    session_id: int | None = None,
) -> None:
    async with db.transaction() as session:
        session.add(
            Registration(
                event_id=cast.events[event],
                session_id=session_id,
                scope=session_id or 0,
                person_id=cast.users[person][1],
                status=status,
            )
        )


async def programme_session(
    db: Database, cast: Cast, event: str, title: str, *, room: bool = False
) -> int:
    starts = NOW + timedelta(days=10, hours=1)
    async with db.transaction() as session:
        room_id = None
        if room:
            hall = Room(venue_id=cast.berlin, name=f"{title} hall")
            session.add(hall)
            await session.flush()
            room_id = hall.id
        item = ProgrammeSession(
            event_id=cast.events[event],
            kind=SessionKind.PANEL,
            title=title,
            starts_at=starts,
            ends_at=starts + timedelta(minutes=45),
            room_id=room_id,
        )
        session.add(item)
        await session.flush()
    assert item.id is not None
    return item.id


async def speak(
    db: Database, cast: Cast, session_id: int, person: str, status: Consent, role: SessionRole
) -> None:
    async with db.transaction() as session:
        session.add(
            SessionPerson(
                session_id=session_id, person_id=cast.users[person][1], role=role, status=status
            )
        )


class TestAgendaPlaces:
    """Issue 9, deliverable 1: my registrations; seats and offers, not the waitlist."""

    async def test_seats_and_offers_are_in_the_agenda_and_the_rest_is_not(
        self, db: Database
    ) -> None:
        cast = await make_cast(db)
        for name in ("seat", "offer", "waiting", "given_up"):
            await add_event(db, cast, name, visibility=Visibility.PUBLIC)
        await place(db, cast, "seat", RegistrationStatus.REGISTERED)
        await place(db, cast, "offer", RegistrationStatus.OFFERED)
        await place(db, cast, "waiting", RegistrationStatus.WAITLISTED)
        await place(db, cast, "given_up", RegistrationStatus.CANCELLED)
        agenda = await new_agenda(db, cast, "member")
        assert names(cast, await render(db, key_of(agenda))) == {"seat", "offer"}

    async def test_the_online_link_is_only_for_seat_holders(self, db: Database) -> None:
        cast = await make_cast(db)
        await add_event(db, cast, "seat", visibility=Visibility.PUBLIC)
        await add_event(db, cast, "offer", visibility=Visibility.PUBLIC)
        await place(db, cast, "seat", RegistrationStatus.REGISTERED)
        await place(db, cast, "offer", RegistrationStatus.OFFERED)
        agenda = await new_agenda(db, cast, "member")
        events = await render(db, key_of(agenda))
        assert events is not None
        links = {e.uid: e.online_url for e in events}
        assert links == {cast.uids["seat"]: "https://meet.example/seat", cast.uids["offer"]: None}

    async def test_an_agenda_without_anything_is_empty_not_missing(self, db: Database) -> None:
        cast = await make_cast(db)
        outsider = await new_agenda(db, cast, "outsider")  # an account without a person
        member = await new_agenda(db, cast, "member")
        assert await render(db, key_of(outsider)) == []
        assert await render(db, key_of(member)) == []

    async def test_events_the_owner_may_no_longer_see_leave_the_agenda(self, db: Database) -> None:
        cast = await make_cast(db)
        await place(db, cast, "network", RegistrationStatus.REGISTERED)
        agenda = await new_agenda(db, cast, "member")
        assert names(cast, await render(db, key_of(agenda))) == {"network"}
        await end_roles(db, cast.users["member"][1])
        assert await render(db, key_of(agenda)) == []

    async def test_drafts_stay_out_even_with_a_place(self, db: Database) -> None:
        cast = await make_cast(db)
        await place(db, cast, "draft", RegistrationStatus.REGISTERED, person="organizer")
        agenda = await new_agenda(db, cast, "organizer")
        assert await render(db, key_of(agenda)) == []


class TestAgendaSessions:
    """Issue 9, deliverable 1: sessions I speak in or moderate, as their own VEVENTs."""

    async def test_accepted_sessions_come_with_their_event_and_point_to_it(
        self, db: Database
    ) -> None:
        cast = await make_cast(db)
        panel = await programme_session(db, cast, "network", "Panel", room=True)
        chaired = await programme_session(db, cast, "partners", "Chaired")
        asked = await programme_session(db, cast, "public", "Asked")
        await speak(db, cast, panel, "member", Consent.ACCEPTED, SessionRole.SPEAKER)
        await speak(db, cast, chaired, "member", Consent.ACCEPTED, SessionRole.MODERATOR)
        await speak(db, cast, asked, "member", Consent.PENDING, SessionRole.SPEAKER)
        agenda = await new_agenda(db, cast, "member")
        events = await render(db, key_of(agenda))
        assert events is not None
        by_uid = {e.uid: e for e in events}
        panel_uid = f"session-{panel}.{cast.uids['network']}"
        chaired_uid = f"session-{chaired}.{cast.uids['partners']}"
        assert set(by_uid) == {cast.uids["network"], cast.uids["partners"], panel_uid, chaired_uid}
        assert by_uid[panel_uid].related_to == cast.uids["network"]
        assert (by_uid[panel_uid].location or "").startswith("Panel hall")
        # Speaking holds no seat: the event's online link is for the people registered.
        assert by_uid[cast.uids["network"]].online_url is None

    async def test_a_session_registration_brings_its_session(self, db: Database) -> None:
        cast = await make_cast(db)
        workshop = await programme_session(db, cast, "public", "Workshop")
        await place(db, cast, "public", RegistrationStatus.REGISTERED, session_id=workshop)
        agenda = await new_agenda(db, cast, "member")
        events = await render(db, key_of(agenda))
        assert events is not None
        uids = [e.uid for e in events]
        # Sorted by start, so the same data always gives the same list.
        assert uids == [cast.uids["public"], f"session-{workshop}.{cast.uids['public']}"]
        assert events[0].online_url == "https://meet.example/public"

    async def test_sessions_of_events_the_owner_may_not_see_stay_out(self, db: Database) -> None:
        cast = await make_cast(db)
        secret = await programme_session(db, cast, "invite", "Closed")
        await speak(db, cast, secret, "partner", Consent.ACCEPTED, SessionRole.SPEAKER)
        agenda = await new_agenda(db, cast, "partner")
        assert await render(db, key_of(agenda)) == []
