"""Demo events: what a network's calendar looks like in a normal month.

Dates are relative to the day the seed runs, so a fresh `make run` always shows upcoming
events: a co-hosted public conference with a two-room programme, a monthly network
roundtable series, a partners' webinar and an invite-only meeting that anonymous visitors
never see.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import SYSTEM
from server.events import programme, series, service, venues
from server.events.inputs import EventInput
from server.events.localtime import to_utc, zone
from server.events.models import EventKind, SessionKind, Visibility
from server.orgs.models import Organization, Person


def _next_weekday(start: date, weekday: int, weeks_ahead: int) -> date:
    """The given weekday (0 = Monday) at least `weeks_ahead` weeks after `start`."""
    day = start + timedelta(weeks=weeks_ahead)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def first_weekday_of_month(after: date, weekday: int) -> date:
    """The first `weekday` (0 = Monday) of a month that falls on or after `after`.

    The roundtable series follows BYDAY=1TH, so its first occurrence must itself be a month's
    first Thursday: "the Thursday a week out" is one only about one week in four.
    """
    month = after.replace(day=1)
    while True:
        first = month + timedelta(days=(weekday - month.weekday()) % 7)
        if first >= after:
            return first
        month = (month + timedelta(days=32)).replace(day=1)


def _id(person: Person) -> int:
    assert person.id is not None
    return person.id


async def seed_events(
    session: AsyncSession,
    *,
    network: Organization,
    orgs: Sequence[Organization],
    people: dict[str, Person],
    today: date | None = None,
) -> None:
    """Create and publish the demo events; `orgs` in the order of seed.ORGANIZATIONS."""
    today = today or datetime.now(UTC).date()
    kenya, ghana, _peru, nepal, berlin = orgs[0], orgs[1], orgs[2], orgs[3], orgs[4]
    assert kenya.id and ghana.id and nepal.id and berlin.id and network.id

    venue = await venues.create_venue(
        session,
        principal=SYSTEM,
        organization_id=kenya.id,
        name="Kenyatta International Convention Centre",
        address="Harambee Avenue",
        city="Nairobi",
        country="KE",
        latitude=-1.2881,
        longitude=36.8233,
    )
    assert venue.id is not None
    plenary = await venues.add_room(
        session, principal=SYSTEM, venue_id=venue.id, name="Plenary Hall", capacity=300
    )
    tsavo = await venues.add_room(
        session, principal=SYSTEM, venue_id=venue.id, name="Tsavo Room", capacity=40
    )

    day = _next_weekday(today, 1, 3)  # a Tuesday three weeks out
    conference = await service.create_event(
        session,
        principal=SYSTEM,
        host_organization_id=kenya.id,
        data=EventInput(
            kind=EventKind.CONFERENCE,
            title="East & West Africa Election Observation Conference",
            description=(
                "Two days on **observation methods**, parallel vote tabulation and "
                "protecting observers.\n\nCo-hosted by CODEO Ghana."
            ),
            time_zone="Africa/Nairobi",
            starts_at=datetime.combine(day, time(9, 0)),
            ends_at=datetime.combine(day + timedelta(days=1), time(17, 0)),
            tags=["pvt", "observer-safety"],
            languages=["en", "fr", "sw"],
            visibility=Visibility.PUBLIC,
            venue_id=venue.id,
            capacity=250,
            co_host_ids=[ghana.id],
        ),
    )
    assert conference.id is not None
    nairobi = zone("Africa/Nairobi")

    def at(offset_days: int, hour: int, minute: int = 0) -> datetime:
        local = datetime.combine(day + timedelta(days=offset_days), time(hour, minute))
        return to_utc(local, nairobi)

    sessions = [
        (
            "Opening plenary",
            SessionKind.PLENARY,
            0,
            (9, 0),
            (10, 30),
            plenary.id,
            ["Amina Wanjiru"],
        ),
        ("PVT in practice", SessionKind.PANEL, 0, (11, 0), (12, 30), plenary.id, ["Kwame Mensah"]),
        (
            "Keeping observers safe",
            SessionKind.WORKSHOP,
            0,
            (11, 0),
            (12, 30),
            tsavo.id,
            ["Otieno Kamau"],
        ),
        ("Lunch", SessionKind.BREAK, 0, (12, 30), (13, 30), None, []),
        (
            "SMS reporting lessons",
            SessionKind.ROUNDTABLE,
            1,
            (9, 30),
            (11, 0),
            tsavo.id,
            ["Sita Gurung", "Efua Owusu"],
        ),
    ]
    for title, kind, offset, start, end, room, speakers in sessions:
        await programme.add_session(
            session,
            principal=SYSTEM,
            event_id=conference.id,
            data=programme.SessionInput(
                kind=kind,
                title=title,
                starts_at=at(offset, *start),
                ends_at=at(offset, *end),
                room_id=room,
                speakers=[_id(people[name]) for name in speakers],
                moderators=[_id(people["Nadia Rahman"])] if kind is SessionKind.PANEL else [],
            ),
        )

    # A monthly roundtable of the network, online, on the first Thursday of each month.
    first = first_weekday_of_month(today + timedelta(weeks=1), 3)
    _, roundtables = await series.create_series(
        session,
        principal=SYSTEM,
        host_organization_id=network.id,
        rrule="FREQ=MONTHLY;BYDAY=1TH;COUNT=6",
        data=EventInput(
            kind=EventKind.ROUNDTABLE,
            title="Network roundtable",
            description="Members share what they see ahead of their elections.",
            time_zone="Europe/Brussels",
            starts_at=datetime.combine(first, time(14, 0)),
            ends_at=datetime.combine(first, time(15, 30)),
            visibility=Visibility.NETWORK,
            online_url="https://meet.example.org/pluralis-roundtable",
            capacity=40,
        ),
    )

    webinar_day = _next_weekday(today, 2, 2)
    webinar = await service.create_event(
        session,
        principal=SYSTEM,
        host_organization_id=berlin.id,
        data=EventInput(
            kind=EventKind.WEBINAR,
            title="Reading election-day statistics",
            time_zone="Europe/Berlin",
            starts_at=datetime.combine(webinar_day, time(16, 0)),
            ends_at=datetime.combine(webinar_day, time(17, 0)),
            visibility=Visibility.PARTNERS,
            online_url="https://meet.example.org/drb-statistics",
            languages=["en", "de"],
        ),
    )

    meeting_day = _next_weekday(today, 4, 2)
    meeting = await service.create_event(
        session,
        principal=SYSTEM,
        host_organization_id=nepal.id,
        data=EventInput(
            kind=EventKind.MEETING,
            title="Safe-house planning (invitation only)",
            time_zone="Asia/Kathmandu",
            starts_at=datetime.combine(meeting_day, time(10, 0)),
            ends_at=datetime.combine(meeting_day, time(12, 0)),
            visibility=Visibility.INVITE_ONLY,
        ),
    )

    for event in [conference, *roundtables, webinar, meeting]:
        assert event.id is not None
        await service.publish_event(session, principal=SYSTEM, event_id=event.id)
