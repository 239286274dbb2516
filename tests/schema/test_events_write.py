"""Writing events over GraphQL: create, edit, programme, series, registrations, invitations, CSV.

Everything goes through /graphql (or the export route) of the real app on both databases, as
an organizer's browser would; rows are read directly only for what no API shows, the SMS
outbox and the audit trail. Dates lie in 2027 and later so the tests never drift into the past.
"""

from __future__ import annotations

import csv
import io
from typing import Any

import httpx
import pytest
from sqlmodel import col, select

from server.audit.models import AuditEvent
from server.http.exports import EXPORT_REGISTRATIONS
from server.jobs.queue import InProcessQueue
from server.messaging.models import OutboundMessage
from server.orgs.models import Role
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, error_codes, make_member
from tests.schema.test_events_read import titles

# --- documents -------------------------------------------------------------------------------

PAYLOAD_EVENT = "event { id title status sequence startsAt seriesId } events { id }"
CREATE_EVENT = f"""
mutation($input: CreateEventInput!) {{
  createEvent(input: $input) {{ {PAYLOAD_EVENT} errors {{ field code }} }}
}}"""
CREATE_SERIES = f"""
mutation($input: CreateEventInput!, $rrule: String!) {{
  createEventSeries(input: $input, rrule: $rrule) {{
    {PAYLOAD_EVENT} errors {{ field code }}
  }}
}}"""
UPDATE_EVENT = f"""
mutation($id: ID!, $input: UpdateEventInput!, $scope: EditScope! = THIS_EVENT) {{
  updateEvent(id: $id, input: $input, scope: $scope) {{ {PAYLOAD_EVENT} errors {{ field code }} }}
}}"""
PUBLISH = f"""
mutation($id: ID!) {{ publishEvent(id: $id) {{ {PAYLOAD_EVENT} errors {{ field code }} }} }}"""
POSTPONE = f"""
mutation($id: ID!, $reason: String!) {{
  postponeEvent(id: $id, reason: $reason) {{ {PAYLOAD_EVENT} errors {{ field code }} }}
}}"""
CREATE_VENUE = """
mutation($input: CreateVenueInput!) {
  createVenue(input: $input) { venue { id name } errors { field code } }
}"""
ADD_ROOM = """
mutation($venue: ID!, $name: String!, $capacity: Int) {
  addRoom(venueId: $venue, name: $name, capacity: $capacity) { room { id } errors { code } }
}"""
SESSION_PAYLOAD = "session { id title startsAt } warnings { code } errors { field code }"
ADD_SESSION = f"""
mutation($event: ID!, $input: SessionInput!) {{
  addSession(eventId: $event, input: $input) {{ {SESSION_PAYLOAD} }}
}}"""
UPDATE_SESSION = f"""
mutation($id: ID!, $input: UpdateSessionInput!) {{
  updateSession(id: $id, input: $input) {{ {SESSION_PAYLOAD} }}
}}"""
REMOVE_SESSION = "mutation($id: ID!) { removeSession(id: $id) { ok } }"
REGISTRATION_FIELDS = "id status waitlistPosition offerExpiresAt attendedAt"
REGISTRATION = f"registration {{ {REGISTRATION_FIELDS} }}"
REGISTER = f"""
mutation($event: ID!) {{
  register(eventId: $event) {{ {REGISTRATION} errors {{ field code }} }}
}}"""
CANCEL = f"""
mutation($id: ID!) {{ cancelRegistration(id: $id) {{ {REGISTRATION} errors {{ code }} }} }}"""
ACCEPT = f"""
mutation($id: ID!) {{ acceptOffer(registrationId: $id) {{ {REGISTRATION} errors {{ code }} }} }}"""
DECLINE = f"""
mutation($id: ID!) {{ declineOffer(registrationId: $id) {{ {REGISTRATION} errors {{ code }} }} }}"""
CHECK_IN = f"""
mutation($id: ID!) {{ checkIn(registrationId: $id) {{ {REGISTRATION} errors {{ code }} }} }}"""
CREATE_INVITATION = """
mutation($event: ID!) {
  createInvitation(eventId: $event) { token invitation { id usedAt } errors { code } }
}"""
ACCEPT_INVITATION = f"""
mutation($token: String!) {{
  acceptInvitation(token: $token) {{ {REGISTRATION} errors {{ field code }} }}
}}"""
SEATS = f"""
query($id: ID!) {{
  event(id: $id) {{ seatsTaken waitlistCount myRegistration {{ {REGISTRATION_FIELDS} }} }}
}}"""
REGISTRATIONS = """
query($id: ID!) {
  event(id: $id) { registrations { id person { name } status waitlistPosition } }
}"""

BERLIN_SUMMER_START = "2027-03-28T10:00:00"  # Berlin moves to +02:00 at 02:00 that morning


def event_input(host: int, **fields: Any) -> dict[str, Any]:
    """A CreateEventInput in Berlin local time; a field given as None is left out."""
    base: dict[str, Any] = {
        "hostOrganizationId": str(host),
        "kind": "FORUM",
        "title": "Forum on civic space",
        "timeZone": "Europe/Berlin",
        "startsAt": "2027-05-10T10:00:00",
        "endsAt": "2027-05-10T16:00:00",
    }
    return {k: v for k, v in {**base, **fields}.items() if v is not None}


async def mutate(
    gql: GraphQLClient, document: str, variables: dict[str, Any], token: str | None
) -> dict[str, Any]:
    """The payload of a one-mutation document, which must not fail as a whole."""
    body = await gql.execute(document, variables, token=token)
    assert "errors" not in body, body
    (payload,) = body["data"].values()
    assert isinstance(payload, dict)
    return payload


def problems(payload: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(e["field"], e["code"]) for e in payload["errors"]]


async def create_event(
    gql: GraphQLClient, token: str, host: int, *, publish: bool = False, **fields: Any
) -> str:
    payload = await mutate(gql, CREATE_EVENT, {"input": event_input(host, **fields)}, token)
    assert payload["errors"] == [], payload
    event_id = str(payload["event"]["id"])
    if publish:
        published = await mutate(gql, PUBLISH, {"id": event_id}, token)
        assert published["errors"] == [], published
    return event_id


async def read_event(
    gql: GraphQLClient, event_id: str, fields: str, token: str | None
) -> dict[str, Any]:
    body = await gql.execute(
        f"query($id: ID!) {{ event(id: $id) {{ {fields} }} }}", {"id": event_id}, token=token
    )
    assert "errors" not in body, body
    event: dict[str, Any] = body["data"]["event"]
    return event


async def make_venue(
    gql: GraphQLClient, world: World, rooms: dict[str, int]
) -> tuple[str, list[str]]:
    """A venue of Kenya Forum with the given rooms and capacities, made over GraphQL."""
    venue = await mutate(
        gql,
        CREATE_VENUE,
        {
            "input": {
                "organizationId": str(world.kenya),
                "name": "Tagungshaus",
                "city": "Berlin",
                "country": "DE",
            }
        },
        world.organizer.token,
    )
    assert venue["errors"] == [], venue
    room_ids = []
    for name, capacity in rooms.items():
        room = await mutate(
            gql,
            ADD_ROOM,
            {"venue": venue["venue"]["id"], "name": name, "capacity": capacity},
            world.organizer.token,
        )
        assert room["errors"] == [], room
        room_ids.append(str(room["room"]["id"]))
    return str(venue["venue"]["id"]), room_ids


def session_input(
    title: str,
    start: str,
    end: str,
    *,
    room: str | None = None,
    speakers: tuple[int, ...] = (),
    capacity: int | None = None,
) -> dict[str, Any]:
    """A SessionInput on 10 May 2027, times local to the event's zone (Berlin, +02:00)."""
    return {
        "kind": "PANEL",
        "title": title,
        "startsAt": f"2027-05-10T{start}:00",
        "endsAt": f"2027-05-10T{end}:00",
        "roomId": room,
        "speakerIds": [str(s) for s in speakers],
        "capacity": capacity,
    }


async def messages(runtime: Runtime, phone: str) -> list[str]:
    """The bodies of the SMS stored for a phone number, oldest first, once delivery settled."""
    if isinstance(runtime.jobs, InProcessQueue):
        await runtime.jobs.drain()
    async with runtime.db.read() as session:
        rows = await session.exec(
            select(OutboundMessage.body)
            .where(OutboundMessage.to == phone)
            .order_by(col(OutboundMessage.id))
        )
        return list(rows.all())


# --- 1. creating and publishing -------------------------------------------------------------


class TestCreateEvent:
    async def test_a_co_hosted_event_at_a_venue_is_stored_in_utc_from_local_times(
        self, gql: GraphQLClient, world: World
    ) -> None:
        venue, _ = await make_venue(gql, world, {"Saal 2": 40, "Saal 1": 120})
        summer = await create_event(
            gql,
            world.organizer.token,
            world.kenya,
            startsAt=BERLIN_SUMMER_START,
            endsAt="2027-03-28T17:00:00",
            venueId=venue,
            coHostIds=[str(world.ghana)],
        )
        winter = await create_event(
            gql,
            world.organizer.token,
            world.kenya,
            startsAt="2027-01-15T10:00:00",
            endsAt="2027-01-15T12:00:00",
        )
        shown = await read_event(
            gql,
            summer,
            "status startsAt endsAt localStart hostOrganization { name } coHosts { name } "
            "coHostRequests { organization { name } status } "
            "venue { name rooms { name capacity } }",
            world.organizer.token,
        )
        assert shown == {
            "status": "DRAFT",
            "startsAt": "2027-03-28T08:00:00+00:00",
            "endsAt": "2027-03-28T15:00:00+00:00",
            "localStart": "2027-03-28T10:00:00+02:00",
            "hostOrganization": {"name": "Kenya Forum"},
            # Asked, not yet a co-host (issue 7, finding 8).
            "coHosts": [],
            "coHostRequests": [{"organization": {"name": "Ghana Watch"}, "status": "PENDING"}],
            "venue": {
                "name": "Tagungshaus",
                "rooms": [{"name": "Saal 1", "capacity": 120}, {"name": "Saal 2", "capacity": 40}],
            },
        }
        shown = await read_event(gql, winter, "startsAt localStart", world.organizer.token)
        assert shown == {
            "startsAt": "2027-01-15T09:00:00+00:00",
            "localStart": "2027-01-15T10:00:00+01:00",
        }

    async def test_publishing_a_draft_shows_it_to_members_and_grows_its_sequence(
        self, gql: GraphQLClient, world: World
    ) -> None:
        created = await mutate(
            gql, CREATE_EVENT, {"input": event_input(world.kenya)}, world.organizer.token
        )
        event_id = created["event"]["id"]
        assert "Forum on civic space" not in await titles(gql, world.observer.token)
        published = await mutate(gql, PUBLISH, {"id": event_id}, world.organizer.token)
        assert published["event"]["status"] == "PUBLISHED"
        assert published["event"]["sequence"] > created["event"]["sequence"]
        assert await titles(gql, world.observer.token) == ["Forum on civic space"]

    async def test_an_all_day_event_spans_whole_local_days(
        self, gql: GraphQLClient, world: World
    ) -> None:
        event_id = await create_event(
            gql,
            world.organizer.token,
            world.kenya,
            startsAt=None,
            endsAt=None,
            allDay=True,
            startDate="2027-05-10",
            endDate="2027-05-11",
        )
        shown = await read_event(
            gql, event_id, "allDay startsAt endsAt localStart localEnd", world.organizer.token
        )
        assert shown == {
            "allDay": True,
            "startsAt": "2027-05-09T22:00:00+00:00",
            "endsAt": "2027-05-11T22:00:00+00:00",
            "localStart": "2027-05-10T00:00:00+02:00",
            "localEnd": "2027-05-12T00:00:00+02:00",
        }


# --- 2. invalid input ------------------------------------------------------------------------

INVALID_CREATIONS: dict[str, tuple[dict[str, Any], tuple[str, str]]] = {
    "end before start": (
        {"startsAt": "2027-05-10T16:00:00", "endsAt": "2027-05-10T10:00:00"},
        ("endsAt", "before_start"),
    ),
    "unknown zone": ({"timeZone": "Mars/Olympus_Mons"}, ("timeZone", "invalid")),
    "skipped local time": (
        {"startsAt": "2027-03-28T02:30:00", "endsAt": "2027-03-28T05:00:00"},
        ("startsAt", "nonexistent_time"),
    ),
    "no start": ({"startsAt": None}, ("startsAt", "required")),
    "malformed host id": ({"hostOrganizationId": "kenya"}, ("hostOrganizationId", "invalid_id")),
    "malformed co-host id": ({"coHostIds": ["ghana"]}, ("coHostIds.0", "invalid_id")),
}


class TestInvalidInput:
    @pytest.mark.parametrize("case", INVALID_CREATIONS)
    async def test_a_refused_event_names_the_field_and_stores_nothing(
        self, gql: GraphQLClient, world: World, case: str
    ) -> None:
        await create_event(gql, world.organizer.token, world.kenya, title="Existing")
        fields, expected = INVALID_CREATIONS[case]
        payload = await mutate(
            gql,
            CREATE_EVENT,
            {"input": event_input(world.kenya, title="Refused", **fields)},
            world.organizer.token,
        )
        assert problems(payload) == [expected]
        assert (payload["event"], payload["events"]) == (None, [])
        assert await titles(gql, world.organizer.token) == ["Existing"]

    async def test_every_problem_of_the_input_comes_back_at_once(
        self, gql: GraphQLClient, world: World
    ) -> None:
        fields = {
            "title": " ",
            "startsAt": None,
            "venueId": "hall",
            "coHostIds": ["3", "x"],
            "capacity": 0,
        }
        payload = await mutate(
            gql, CREATE_EVENT, {"input": event_input(world.kenya, **fields)}, world.organizer.token
        )
        assert sorted(problems(payload)) == [
            ("capacity", "too_small"),
            ("coHostIds.1", "invalid_id"),
            ("startsAt", "required"),
            ("title", "required"),
            ("venueId", "invalid_id"),
        ]
        assert await titles(gql, world.organizer.token) == []

    async def test_capacity_cannot_drop_below_the_people_registered(
        self, gql: GraphQLClient, world: World
    ) -> None:
        event_id = await create_event(
            gql, world.organizer.token, world.kenya, publish=True, capacity=2
        )
        for member in (world.observer, world.coordinator):
            registered = await mutate(gql, REGISTER, {"event": event_id}, member.token)
            assert registered["registration"]["status"] == "REGISTERED"
        payload = await mutate(
            gql,
            UPDATE_EVENT,
            {"id": event_id, "input": {"capacity": 1, "title": "Smaller"}},
            world.organizer.token,
        )
        assert problems(payload) == [("capacity", "below_registrations")]
        shown = await read_event(gql, event_id, "title capacity seatsTaken", world.organizer.token)
        assert shown == {"title": "Forum on civic space", "capacity": 2, "seatsTaken": 2}

    async def test_an_edit_with_a_malformed_id_or_a_skipped_time_changes_nothing(
        self, gql: GraphQLClient, world: World
    ) -> None:
        event_id = await create_event(gql, world.organizer.token, world.kenya)
        payload = await mutate(
            gql, UPDATE_EVENT, {"id": "forum-1", "input": {"title": "X"}}, world.organizer.token
        )
        assert problems(payload) == [("id", "invalid_id")]
        # Larger than any id the database can hold: the same answer, not a server error.
        payload = await mutate(
            gql, UPDATE_EVENT, {"id": "2147483648", "input": {"title": "X"}}, world.organizer.token
        )
        assert problems(payload) == [("id", "invalid_id")]
        payload = await mutate(
            gql,
            UPDATE_EVENT,
            {"id": event_id, "input": {"title": "Moved", "startsAt": "2027-03-28T02:30:00"}},
            world.organizer.token,
        )
        assert problems(payload) == [("startsAt", "nonexistent_time")]
        payload = await mutate(
            gql, UPDATE_EVENT, {"id": event_id, "input": {"startsAt": None}}, world.organizer.token
        )
        assert problems(payload) == [("startsAt", "required")]
        assert await titles(gql, world.organizer.token) == ["Forum on civic space"]
        shown = await read_event(gql, event_id, "startsAt sequence", world.organizer.token)
        assert shown == {"startsAt": "2027-05-10T08:00:00+00:00", "sequence": 0}


# --- 3. co-hosts -----------------------------------------------------------------------------


class TestCoHostOrganizers:
    async def test_a_co_host_organizer_edits_the_event_and_its_programme(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        gifty = await make_member(
            runtime.db, org_id=world.ghana, role=Role.ORGANIZER, name="Gifty Organizer"
        )
        event_id = await create_event(
            gql, world.organizer.token, world.kenya, coHostIds=[str(world.ghana)]
        )
        accepted = await gql.execute(
            "mutation($e: ID!, $o: ID!) { acceptCoHosting(eventId: $e, organizationId: $o) "
            "{ errors { code } } }",
            {"e": event_id, "o": str(world.ghana)},
            token=gifty.token,
        )
        assert accepted["data"]["acceptCoHosting"]["errors"] == []
        assert (await read_event(gql, event_id, "canEdit", gifty.token))["canEdit"] is True
        updated = await mutate(
            gql,
            UPDATE_EVENT,
            {"id": event_id, "input": {"title": "Forum, co-hosted with Ghana Watch"}},
            gifty.token,
        )
        assert updated["errors"] == []
        added = await mutate(
            gql,
            ADD_SESSION,
            {"event": event_id, "input": session_input("Opening", "10:00", "11:00")},
            gifty.token,
        )
        assert added["errors"] == []
        shown = await read_event(gql, event_id, "title sessions { title }", world.organizer.token)
        assert shown == {
            "title": "Forum, co-hosted with Ghana Watch",
            "sessions": [{"title": "Opening"}],
        }


# --- 4. the programme ------------------------------------------------------------------------

WARNINGS = "programmeWarnings { sessionId code }"


class TestProgramme:
    async def test_rooms_cannot_be_double_booked_and_other_clashes_are_warnings(
        self, gql: GraphQLClient, world: World
    ) -> None:
        venue, (hall_a, hall_b) = await make_venue(gql, world, {"Saal A": 80, "Saal B": 20})
        event_id = await create_event(
            gql, world.organizer.token, world.kenya, publish=True, venueId=venue
        )
        speaker = world.coordinator.person_id

        async def add(data: dict[str, Any]) -> dict[str, Any]:
            return await mutate(
                gql, ADD_SESSION, {"event": event_id, "input": data}, world.organizer.token
            )

        opening = await add(
            session_input("Opening", "10:00", "11:00", room=hall_a, speakers=(speaker,))
        )
        assert (opening["warnings"], opening["errors"]) == ([], [])
        taken = await add(session_input("Clash", "10:30", "11:30", room=hall_a))
        assert (taken["session"], problems(taken)) == (None, [("roomId", "room_taken")])
        parallel = await add(
            session_input("Parallel", "10:30", "11:30", room=hall_b, speakers=(speaker,))
        )
        assert [w["code"] for w in parallel["warnings"]] == ["speaker_double_booked"]
        late = await add(session_input("Late", "17:00", "18:00", room=hall_a))
        assert [w["code"] for w in late["warnings"]] == ["outside_event"]
        crowded = await add(session_input("Crowded", "12:00", "13:00", room=hall_b, capacity=50))
        assert [w["code"] for w in crowded["warnings"]] == ["room_too_small"]
        ids = {
            s["session"]["title"]: s["session"]["id"] for s in (opening, parallel, late, crowded)
        }

        shown = await read_event(
            gql, event_id, f"sessions {{ title }} {WARNINGS}", world.organizer.token
        )
        assert [s["title"] for s in shown["sessions"]] == ["Opening", "Parallel", "Crowded", "Late"]
        assert shown["programmeWarnings"] == [
            {"sessionId": ids["Opening"], "code": "speaker_double_booked"},
            {"sessionId": ids["Parallel"], "code": "speaker_double_booked"},
            {"sessionId": ids["Late"], "code": "outside_event"},
            {"sessionId": ids["Crowded"], "code": "room_too_small"},
        ]
        seen_by_member = await read_event(gql, event_id, WARNINGS, world.observer.token)
        assert seen_by_member == {"programmeWarnings": []}

    async def test_sessions_move_and_are_removed(self, gql: GraphQLClient, world: World) -> None:
        venue, (hall_a, hall_b) = await make_venue(gql, world, {"Saal A": 80, "Saal B": 20})
        event_id = await create_event(gql, world.organizer.token, world.kenya, venueId=venue)
        speaker = world.coordinator.person_id
        ids = []
        for title, room in (("Opening", hall_a), ("Parallel", hall_b)):
            added = await mutate(
                gql,
                ADD_SESSION,
                {
                    "event": event_id,
                    "input": session_input(title, "10:00", "11:00", room=room, speakers=(speaker,)),
                },
                world.organizer.token,
            )
            ids.append(added["session"]["id"])
        opening, parallel = ids

        into_taken_room = await mutate(
            gql,
            UPDATE_SESSION,
            {"id": parallel, "input": {"roomId": hall_a}},
            world.organizer.token,
        )
        assert problems(into_taken_room) == [("roomId", "room_taken")]
        moved = await mutate(
            gql,
            UPDATE_SESSION,
            {
                "id": parallel,
                "input": {"startsAt": "2027-05-10T13:00:00", "endsAt": "2027-05-10T14:00:00"},
            },
            world.organizer.token,
        )
        assert (moved["errors"], moved["warnings"]) == ([], [])
        assert moved["session"]["startsAt"] == "2027-05-10T11:00:00+00:00"
        shown = await read_event(
            gql,
            event_id,
            f"sessions {{ title startsAt room {{ name }} }} {WARNINGS}",
            world.organizer.token,
        )
        assert shown == {
            "sessions": [
                {
                    "title": "Opening",
                    "startsAt": "2027-05-10T08:00:00+00:00",
                    "room": {"name": "Saal A"},
                },
                {
                    "title": "Parallel",
                    "startsAt": "2027-05-10T11:00:00+00:00",
                    "room": {"name": "Saal B"},
                },
            ],
            "programmeWarnings": [],
        }

        removed = await mutate(gql, REMOVE_SESSION, {"id": opening}, world.organizer.token)
        assert removed == {"ok": True}
        shown = await read_event(gql, event_id, "sessions { title }", world.organizer.token)
        assert shown == {"sessions": [{"title": "Parallel"}]}


# --- 5. series -------------------------------------------------------------------------------

LISTED = "{ events(first: 50) { nodes { id title status startsAt seriesId } } }"


async def listed(gql: GraphQLClient, token: str) -> list[dict[str, Any]]:
    body = await gql.execute(LISTED, token=token)
    assert "errors" not in body, body
    nodes: list[dict[str, Any]] = body["data"]["events"]["nodes"]
    return nodes


class TestSeries:
    async def test_a_monthly_series_is_edited_from_one_occurrence_on_or_one_at_a_time(
        self, gql: GraphQLClient, world: World
    ) -> None:
        # 10:00 in Berlin each month: +01:00 until March, +02:00 from April.
        created = await mutate(
            gql,
            CREATE_SERIES,
            {
                "input": event_input(
                    world.kenya,
                    title="Monthly roundtable",
                    startsAt="2027-01-12T10:00:00",
                    endsAt="2027-01-12T12:00:00",
                ),
                "rrule": "FREQ=MONTHLY;COUNT=4",
            },
            world.organizer.token,
        )
        assert created["errors"] == []
        ids = [e["id"] for e in created["events"]]
        events = await listed(gql, world.organizer.token)
        assert [e["id"] for e in events] == ids
        assert {(e["status"], e["seriesId"]) for e in events} == {
            ("DRAFT", created["event"]["seriesId"])
        }
        assert created["event"]["seriesId"] is not None
        assert [e["startsAt"][:16] for e in events] == [
            "2027-01-12T09:00",
            "2027-02-12T09:00",
            "2027-03-12T09:00",
            "2027-04-12T08:00",
        ]

        following = await mutate(
            gql,
            UPDATE_EVENT,
            {
                "id": ids[2],
                "input": {
                    "title": "Spring roundtable",
                    "startsAt": "2027-03-12T11:00:00",
                    "endsAt": "2027-03-12T13:00:00",
                },
                "scope": "THIS_AND_FOLLOWING",
            },
            world.organizer.token,
        )
        assert following["errors"] == []
        assert [e["id"] for e in following["events"]] == ids[2:]
        one = await mutate(
            gql,
            UPDATE_EVENT,
            {"id": ids[1], "input": {"title": "February special"}},
            world.organizer.token,
        )
        assert [e["id"] for e in one["events"]] == [ids[1]]

        events = await listed(gql, world.organizer.token)
        assert [(e["title"], e["startsAt"][:16]) for e in events] == [
            ("Monthly roundtable", "2027-01-12T09:00"),
            ("February special", "2027-02-12T09:00"),
            ("Spring roundtable", "2027-03-12T10:00"),
            ("Spring roundtable", "2027-04-12T09:00"),
        ]

    async def test_a_rule_without_an_end_is_refused(self, gql: GraphQLClient, world: World) -> None:
        payload = await mutate(
            gql,
            CREATE_SERIES,
            {"input": event_input(world.kenya), "rrule": "FREQ=WEEKLY;BYDAY=MO"},
            world.organizer.token,
        )
        assert problems(payload) == [("rrule", "unbounded")]
        assert payload["events"] == []
        assert await listed(gql, world.organizer.token) == []

    async def test_a_rule_repeating_the_same_instant_is_refused(
        self, gql: GraphQLClient, world: World
    ) -> None:
        payload = await mutate(
            gql,
            CREATE_SERIES,
            {"input": event_input(world.kenya), "rrule": "FREQ=DAILY;INTERVAL=0;COUNT=4"},
            world.organizer.token,
        )
        assert problems(payload) == [("rrule", "invalid")]
        assert await listed(gql, world.organizer.token) == []


# --- 6. registrations and the waitlist -------------------------------------------------------


async def seats(gql: GraphQLClient, event_id: str, token: str) -> dict[str, Any]:
    body = await gql.execute(SEATS, {"id": event_id}, token=token)
    assert "errors" not in body, body
    shown: dict[str, Any] = body["data"]["event"]
    return shown


async def line(gql: GraphQLClient, event_id: str, token: str) -> list[tuple[str, str, int | None]]:
    body = await gql.execute(REGISTRATIONS, {"id": event_id}, token=token)
    assert "errors" not in body, body
    return [
        (r["person"]["name"], r["status"], r["waitlistPosition"])
        for r in body["data"]["event"]["registrations"]
    ]


class TestRegistration:
    async def test_a_freed_seat_is_offered_to_the_first_in_line_by_sms(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        event_id = await create_event(
            gql, world.organizer.token, world.kenya, publish=True, capacity=1
        )
        first = await mutate(gql, REGISTER, {"event": event_id}, world.observer.token)
        assert first["registration"]["status"] == "REGISTERED"
        assert (await seats(gql, event_id, world.observer.token))["seatsTaken"] == 1

        second = await mutate(gql, REGISTER, {"event": event_id}, world.coordinator.token)
        assert second["registration"]["status"] == "WAITLISTED"
        assert second["registration"]["waitlistPosition"] == 1
        shown = await seats(gql, event_id, world.coordinator.token)
        assert (shown["seatsTaken"], shown["waitlistCount"]) == (1, 1)
        assert shown["myRegistration"]["id"] == second["registration"]["id"]

        # A retry (a double click, a lost response) returns the same registration.
        again = await mutate(gql, REGISTER, {"event": event_id}, world.coordinator.token)
        assert again["registration"]["id"] == second["registration"]["id"]
        assert (await seats(gql, event_id, world.coordinator.token))["waitlistCount"] == 1
        assert await line(gql, event_id, world.organizer.token) == [
            ("Obi Observer", "REGISTERED", None),
            ("Cora Coordinator", "WAITLISTED", 1),
        ]

        cancelled = await mutate(
            gql, CANCEL, {"id": first["registration"]["id"]}, world.observer.token
        )
        assert cancelled["registration"]["status"] == "CANCELLED"
        shown = await seats(gql, event_id, world.coordinator.token)
        # The offered seat is held for its person, so it still counts as taken.
        assert (shown["seatsTaken"], shown["waitlistCount"]) == (1, 0)
        offer = shown["myRegistration"]
        assert offer["status"] == "OFFERED"
        assert offer["offerExpiresAt"] is not None
        (sms,) = await messages(runtime, "+254712000003")
        assert "seat is free" in sms

        accepted = await mutate(gql, ACCEPT, {"id": offer["id"]}, world.coordinator.token)
        assert accepted["registration"]["status"] == "REGISTERED"
        assert await line(gql, event_id, world.organizer.token) == [
            ("Cora Coordinator", "REGISTERED", None)
        ]

    async def test_a_declined_offer_passes_to_the_next_person(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        event_id = await create_event(
            gql, world.organizer.token, world.kenya, publish=True, capacity=1
        )
        registrations = {}
        for member in (world.observer, world.coordinator, world.ghana_admin):
            payload = await mutate(gql, REGISTER, {"event": event_id}, member.token)
            registrations[member.person_id] = payload["registration"]["id"]
        assert await line(gql, event_id, world.organizer.token) == [
            ("Obi Observer", "REGISTERED", None),
            ("Cora Coordinator", "WAITLISTED", 1),
            ("Kwame Admin", "WAITLISTED", 2),
        ]
        await mutate(
            gql, CANCEL, {"id": registrations[world.observer.person_id]}, world.observer.token
        )
        declined = await mutate(
            gql,
            DECLINE,
            {"id": registrations[world.coordinator.person_id]},
            world.coordinator.token,
        )
        assert declined["registration"]["status"] == "CANCELLED"
        assert await line(gql, event_id, world.organizer.token) == [
            ("Kwame Admin", "OFFERED", None)
        ]
        assert len(await messages(runtime, "+233244000001")) == 1

    async def test_checking_in_twice_keeps_the_first_time(
        self, gql: GraphQLClient, world: World
    ) -> None:
        event_id = await create_event(gql, world.organizer.token, world.kenya, publish=True)
        registered = await mutate(gql, REGISTER, {"event": event_id}, world.observer.token)
        registration_id = registered["registration"]["id"]
        first = await mutate(gql, CHECK_IN, {"id": registration_id}, world.organizer.token)
        assert first["registration"]["attendedAt"] is not None
        second = await mutate(gql, CHECK_IN, {"id": registration_id}, world.organizer.token)
        assert second["registration"]["attendedAt"] == first["registration"]["attendedAt"]
        not_theirs = await gql.execute(
            CHECK_IN, {"id": registration_id}, token=world.observer.token
        )
        # Checking in is the organizers' job: the guest's own place answers like a missing one.
        assert error_codes(not_theirs) == ["NOT_FOUND"]


# --- 7. telling registrants about changes ----------------------------------------------------


class TestChangeNotifications:
    async def test_postponing_tells_registrants_once_and_a_new_title_tells_nobody(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        observer_phone = "+254712000004"
        event_id = await create_event(gql, world.organizer.token, world.kenya, publish=True)
        await mutate(gql, REGISTER, {"event": event_id}, world.observer.token)
        before = await messages(runtime, observer_phone)

        renamed = await mutate(
            gql,
            UPDATE_EVENT,
            {"id": event_id, "input": {"title": "Renamed forum"}},
            world.organizer.token,
        )
        assert renamed["errors"] == []
        assert await messages(runtime, observer_phone) == before

        reason = "The venue flooded"
        postponed = await mutate(
            gql, POSTPONE, {"id": event_id, "reason": reason}, world.organizer.token
        )
        assert postponed["event"]["status"] == "POSTPONED"
        after = await messages(runtime, observer_phone)
        assert len(after) == len(before) + 1
        assert "postponed" in after[-1]
        assert "Renamed forum" in after[-1]

        retried = await mutate(
            gql, POSTPONE, {"id": event_id, "reason": reason}, world.organizer.token
        )
        assert retried["event"]["sequence"] == postponed["event"]["sequence"]
        assert await messages(runtime, observer_phone) == after

    async def test_a_new_start_time_is_sent_in_the_events_own_zone(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        event_id = await create_event(gql, world.organizer.token, world.kenya, publish=True)
        await mutate(gql, REGISTER, {"event": event_id}, world.coordinator.token)
        moved = await mutate(
            gql,
            UPDATE_EVENT,
            {
                "id": event_id,
                "input": {"startsAt": "2027-05-10T11:30:00", "endsAt": "2027-05-10T16:00:00"},
            },
            world.organizer.token,
        )
        assert moved["errors"] == []
        (sms,) = await messages(runtime, "+254712000003")
        assert "it now starts 10 May 11:30 CEST" in sms


# --- 8. invitations --------------------------------------------------------------------------


class TestInvitations:
    async def test_an_invitation_opens_an_invite_only_event_once(
        self, gql: GraphQLClient, world: World
    ) -> None:
        event_id = await create_event(
            gql,
            world.organizer.token,
            world.kenya,
            publish=True,
            title="Closed meeting",
            visibility="INVITE_ONLY",
        )
        invited = await mutate(gql, CREATE_INVITATION, {"event": event_id}, world.organizer.token)
        assert invited["errors"] == [] and invited["token"]

        query = "query($id: ID!) { event(id: $id) { title } }"
        for token in (world.observer.token, None):
            assert error_codes(await gql.execute(query, {"id": event_id}, token=token)) == [
                "NOT_FOUND"
            ]
        assert await titles(gql, world.observer.token) == []

        accepted = await mutate(
            gql, ACCEPT_INVITATION, {"token": invited["token"]}, world.observer.token
        )
        assert accepted["registration"]["status"] == "REGISTERED"
        assert await titles(gql, world.observer.token) == ["Closed meeting"]
        mine = await read_event(gql, event_id, "myRegistration { id }", world.observer.token)
        assert mine["myRegistration"]["id"] == accepted["registration"]["id"]

        reused = await mutate(
            gql, ACCEPT_INVITATION, {"token": invited["token"]}, world.coordinator.token
        )
        assert (reused["registration"], problems(reused)) == (None, [("token", "used")])
        assert await titles(gql, world.coordinator.token) == []
        assert error_codes(await gql.execute(query, {"id": event_id})) == ["NOT_FOUND"]
        assert await titles(gql) == []

    async def test_an_invitation_bound_to_an_email_is_only_for_that_person(
        self, gql: GraphQLClient, world: World
    ) -> None:
        """Issue 7, finding 9: anyone else holding the link gets the invalid-token answer."""
        event_id = await create_event(
            gql, world.organizer.token, world.kenya, publish=True, visibility="INVITE_ONLY"
        )
        document = """
        mutation($event: ID!, $email: String) {
          createInvitation(eventId: $event, email: $email) { token errors { code } }
        }"""
        variables = {"event": event_id, "email": "OBI.observer@example.org"}
        invited = await mutate(gql, document, variables, world.organizer.token)
        token = invited["token"]
        made_up = await mutate(gql, ACCEPT_INVITATION, {"token": "pli_x"}, world.coordinator.token)
        taken = await mutate(gql, ACCEPT_INVITATION, {"token": token}, world.coordinator.token)
        assert (taken["registration"], problems(taken)) == (None, problems(made_up))
        assert problems(made_up) == [("token", "invalid")]
        # Still unspent: the person it was meant for accepts it.
        accepted = await mutate(gql, ACCEPT_INVITATION, {"token": token}, world.observer.token)
        assert accepted["registration"]["status"] == "REGISTERED"

    async def test_a_removed_guest_comes_back_only_with_a_new_invitation(
        self, gql: GraphQLClient, world: World
    ) -> None:
        """Issue 7, finding 6: plain `register` no longer reopens the event to them."""
        event_id = await create_event(
            gql,
            world.organizer.token,
            world.kenya,
            publish=True,
            title="Closed meeting",
            visibility="INVITE_ONLY",
        )
        first = await mutate(gql, CREATE_INVITATION, {"event": event_id}, world.organizer.token)
        guest = world.observer.token
        placed = await mutate(gql, ACCEPT_INVITATION, {"token": first["token"]}, guest)
        registration_id = placed["registration"]["id"]
        removed = await mutate(gql, CANCEL, {"id": registration_id}, world.organizer.token)
        assert removed["registration"]["status"] == "CANCELLED"

        again = await gql.execute(REGISTER, {"event": event_id}, token=guest)
        assert error_codes(again) == ["NOT_FOUND"]
        assert await titles(gql, guest) == []

        second = await mutate(gql, CREATE_INVITATION, {"event": event_id}, world.organizer.token)
        back = await mutate(gql, ACCEPT_INVITATION, {"token": second["token"]}, guest)
        assert back["registration"]["id"] == registration_id
        assert await titles(gql, guest) == ["Closed meeting"]


# --- 9. CSV export ---------------------------------------------------------------------------


class TestRegistrationsExport:
    async def test_organizers_download_names_only_and_the_download_is_audited(
        self, runtime: Runtime, gql: GraphQLClient, world: World, http: httpx.AsyncClient
    ) -> None:
        event_id = await create_event(gql, world.organizer.token, world.kenya, publish=True)
        for member in (world.observer, world.coordinator):
            await mutate(gql, REGISTER, {"event": event_id}, member.token)
        url = f"/exports/events/{event_id}/registrations.csv"

        response = await http.get(url, headers={"Authorization": f"Bearer {world.organizer.token}"})
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("text/csv")
        assert response.headers["cache-control"] == "no-store"
        rows = list(csv.reader(io.StringIO(response.text)))
        assert rows[0] == [
            "name",
            "session_id",
            "status",
            "signed_up_at",
            "waitlisted_at",
            "attended_at",
        ]
        assert sorted(r[0] for r in rows[1:]) == ["Cora Coordinator", "Obi Observer"]
        for secret in ("+254712000003", "+254712000004", "254712", "@example.org"):
            assert secret not in response.text

        async with runtime.db.read() as session:
            audits = (await session.exec(select(AuditEvent))).all()
        assert [(a.action, a.subject_type, a.subject_id, a.actor_user_id) for a in audits] == [
            (EXPORT_REGISTRATIONS, "event", int(event_id), world.organizer.user_id)
        ]
        assert EXPORT_REGISTRATIONS == "event.export_registrations"

    async def test_others_are_refused_by_what_they_may_know(
        self, runtime: Runtime, gql: GraphQLClient, world: World, http: httpx.AsyncClient
    ) -> None:
        event_id = await create_event(gql, world.organizer.token, world.kenya, publish=True)
        url = f"/exports/events/{event_id}/registrations.csv"
        statuses = {}
        for who, token in (
            ("member", world.observer.token),
            ("anonymous", None),
            ("partner", world.partner.token),
        ):
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            response = await http.get(url, headers=headers)
            statuses[who] = response.status_code
            assert "text/csv" not in response.headers["content-type"]
        assert statuses == {"member": 404, "anonymous": 401, "partner": 404}
        # Ids that cannot exist, including one past the 32-bit range of the id columns.
        for wrong in ("forum", "0", str(2**31), "99999999999999999999"):
            response = await http.get(
                f"/exports/events/{wrong}/registrations.csv",
                headers={"Authorization": f"Bearer {world.organizer.token}"},
            )
            assert response.status_code == 404, (wrong, response.text)
        async with runtime.db.read() as session:
            assert (await session.exec(select(AuditEvent))).all() == []
