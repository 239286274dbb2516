"""Who may do what with events: every event query and mutation, for every kind of caller.

The event under test is a published NETWORK event of Kenya Forum co-hosted by Ghana Watch.
Callers: anonymous, a partner of Kenya Forum (sees partner events only), a network member
(an observer of Kenya Forum), Kenya's organizer, Ghana Watch's organizer (co-host), Kenya's
admin, and a superuser. Expected outcomes are "ok", an error code, or "field:<code>" for a
typed field error.
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from server.accounts.access import Principal
from server.db import Database, utcnow
from server.events import programme, service, venues
from server.events.inputs import EventChanges, EventInput
from server.events.models import EventKind, SessionKind, Visibility
from server.notifications.service import Outbox
from server.orgs.models import Role
from server.registrations import service as registrations
from server.runtime import Runtime
from tests.conftest import ROOT, GraphQLClient
from tests.schema.conftest import Member, World, make_member

ROOM_NUMBERS = itertools.count(1)
ROLES = ("anonymous", "partner", "member", "organizer", "cohost", "admin", "superuser")
START = datetime(2027, 5, 10, 9, 0)


@dataclass(frozen=True)
class Scene:
    world: World
    cohost: Member
    venue: int
    room: int

    def token(self, role: str) -> str | None:
        return {
            "anonymous": None,
            "partner": self.world.partner.token,
            "member": self.world.observer.token,
            "organizer": self.world.organizer.token,
            "cohost": self.cohost.token,
            "admin": self.world.admin.token,
            "superuser": self.world.root,
        }[role]


@pytest.fixture
async def scene(runtime: Runtime, world: World) -> Scene:
    db = runtime.db
    cohost = await make_member(db, org_id=world.ghana, role=Role.ORGANIZER, name="Gifty Organizer")
    async with db.transaction() as session:
        venue = await venues.create_venue(
            session, principal=ROOT, organization_id=world.kenya, name="Hotel", city="Nairobi"
        )
        assert venue.id is not None
        room = await venues.add_room(session, principal=ROOT, venue_id=venue.id, name="Hall")
        assert room.id is not None
    return Scene(world=world, cohost=cohost, venue=venue.id, room=room.id)


async def fresh_event(
    db: Database, scene: Scene, *, visibility: Visibility = Visibility.NETWORK
) -> int:
    """A new published event of Kenya Forum co-hosted by Ghana Watch, with one session."""
    async with db.transaction() as session:
        event = await service.create_event(
            session,
            principal=ROOT,
            host_organization_id=scene.world.kenya,
            data=EventInput(
                kind=EventKind.CONFERENCE,
                title="Civic Space Forum",
                time_zone="Africa/Nairobi",
                starts_at=START,
                ends_at=START + timedelta(hours=8),
                visibility=visibility,
                venue_id=scene.venue,
                capacity=10,
                co_host_ids=[scene.world.ghana],
            ),
        )
        assert event.id is not None
        await service.publish_event(session, principal=ROOT, event_id=event.id)
        await programme.add_session(
            session,
            principal=ROOT,
            event_id=event.id,
            data=programme.SessionInput(
                kind=SessionKind.PANEL,
                title="Opening panel",
                # 06:00 in Nairobi, before the event's 09:00 start: a warning for managers.
                starts_at=datetime(2027, 5, 10, 3, 0, tzinfo=UTC),
                ends_at=datetime(2027, 5, 10, 4, 0, tzinfo=UTC),
            ),
        )
    return event.id


async def session_of(db: Database, event_id: int) -> int:
    async with db.read() as session:
        rows = await programme.sessions_by_event(session, event_ids=[event_id])
    first = rows[event_id][0].id
    assert first is not None
    return first


def kenya_organizer(scene: Scene) -> Principal:
    organizer = scene.world.organizer
    return Principal(
        user_id=organizer.user_id,
        person_id=organizer.person_id,
        roles={scene.world.kenya: Role.ORGANIZER},
    )


async def observer_registration(db: Database, scene: Scene, event_id: int) -> int:
    """The observer's seat, taken by Kenya's organizer on their behalf."""
    async with db.transaction() as session:
        row = await registrations.register(
            session,
            principal=kenya_organizer(scene),
            event_id=event_id,
            person_id=scene.world.observer.person_id,
            now=utcnow(),
            outbox=Outbox(gateway="outbox"),
        )
    assert row.id is not None
    return row.id


async def observer_offer(db: Database, scene: Scene, event_id: int) -> int:
    """The observer, second in line for one seat, offered it when the first person cancels."""
    organizer = kenya_organizer(scene)
    async with db.transaction() as session:
        await service.update_event(
            session, principal=ROOT, event_id=event_id, changes=EventChanges(capacity=1)
        )
        first, waiting = [
            await registrations.register(
                session,
                principal=organizer,
                event_id=event_id,
                person_id=person,
                now=utcnow(),
                outbox=Outbox(gateway="outbox"),
            )
            for person in (scene.world.coordinator.person_id, scene.world.observer.person_id)
        ]
        assert first.id is not None and waiting.id is not None
        await registrations.cancel_registration(
            session,
            principal=organizer,
            registration_id=first.id,
            now=utcnow(),
            outbox=Outbox(gateway="outbox"),
        )
    return waiting.id


def outcome(body: dict[str, Any], field: str) -> str:
    """What the caller got: ok, the first error's code, or field:<code> of a payload error."""
    if body.get("errors"):
        return str(body["errors"][0]["extensions"]["code"])
    result = body["data"][field]
    if isinstance(result, dict) and result.get("errors"):
        return f"field:{result['errors'][0]['code']}"
    return "ok"


Attempt = Callable[[Runtime, GraphQLClient, Scene, str | None], Awaitable[str]]


def manage(document: str, field: str, variables: Callable[[int, int], dict[str, Any]]) -> Attempt:
    """An operation on a fresh event (and its first session) that only its managers may do."""

    async def attempt(runtime: Runtime, gql: GraphQLClient, scene: Scene, token: str | None) -> str:
        event_id = await fresh_event(runtime.db, scene)
        session_id = await session_of(runtime.db, event_id)
        body = await gql.execute(document, variables(event_id, session_id), token=token)
        return outcome(body, field)

    return attempt


def on_kenya(document: str, field: str, variables: Callable[[Scene], dict[str, Any]]) -> Attempt:
    """An operation on Kenya Forum itself (not on an event): its organizers and admins."""

    async def attempt(runtime: Runtime, gql: GraphQLClient, scene: Scene, token: str | None) -> str:
        return outcome(await gql.execute(document, variables(scene), token=token), field)

    return attempt


def on_registration(
    document: str,
    field: str,
    place: Callable[[Database, Scene, int], Awaitable[int]] = observer_registration,
) -> Attempt:
    """An operation on the observer's registration (a seat, or an offer) for a fresh event."""

    async def attempt(runtime: Runtime, gql: GraphQLClient, scene: Scene, token: str | None) -> str:
        event_id = await fresh_event(runtime.db, scene)
        registration = await place(runtime.db, scene, event_id)
        body = await gql.execute(document, {"id": str(registration)}, token=token)
        return outcome(body, field)

    return attempt


EVENT_INPUT = {
    "kind": "CONFERENCE",
    "title": "Regional forum",
    "timeZone": "Africa/Nairobi",
    "startsAt": "2027-06-01T09:00:00",
    "endsAt": "2027-06-01T17:00:00",
}
PAYLOAD = "{ errors { field code } }"
SESSION_INPUT = {
    "kind": "WORKSHOP",
    "title": "Workshop",
    "startsAt": "2027-05-10T14:00:00",
    "endsAt": "2027-05-10T15:00:00",
}

# Managers of the event: its host's organizers and admins, the co-host's organizers, superusers.
MANAGERS = {
    "anonymous": "UNAUTHENTICATED",
    "partner": "NOT_FOUND",  # partners do not see network events at all
    # Members see the event but may not change it; an editing call answers as for a missing
    # event, so it never confirms an id (issue 7, deliverable 1).
    "member": "NOT_FOUND",
    "organizer": "ok",
    "cohost": "ok",
    "admin": "ok",
    "superuser": "ok",
}
# Organizers and admins of Kenya Forum itself: a co-host's organizer is not one of them.
KENYA = {**MANAGERS, "partner": "FORBIDDEN", "member": "FORBIDDEN", "cohost": "FORBIDDEN"}
# Kenya Forum's venues are private to it: to anyone else a venue answers like a missing one.
KENYA_VENUE = {**KENYA, "partner": "NOT_FOUND", "cohost": "NOT_FOUND", "member": "NOT_FOUND"}
# Reading what only managers see: anonymous callers do not see the event at all.
MANAGER_READS = {**MANAGERS, "anonymous": "NOT_FOUND"}

CASES: dict[str, tuple[Attempt, dict[str, str]]] = {
    "createEvent": (
        on_kenya(
            f"mutation($input: CreateEventInput!) {{ createEvent(input: $input) {PAYLOAD} }}",
            "createEvent",
            lambda s: {"input": {**EVENT_INPUT, "hostOrganizationId": str(s.world.kenya)}},
        ),
        KENYA,
    ),
    "createEventSeries": (
        on_kenya(
            "mutation($input: CreateEventInput!) { createEventSeries(input: $input, "
            f'rrule: "FREQ=WEEKLY;COUNT=3") {PAYLOAD} }}',
            "createEventSeries",
            lambda s: {"input": {**EVENT_INPUT, "hostOrganizationId": str(s.world.kenya)}},
        ),
        KENYA,
    ),
    "createVenue": (
        on_kenya(
            f"mutation($input: CreateVenueInput!) {{ createVenue(input: $input) {PAYLOAD} }}",
            "createVenue",
            lambda s: {"input": {"organizationId": str(s.world.kenya), "name": "Annex"}},
        ),
        KENYA,
    ),
    "addRoom": (
        on_kenya(
            f"mutation($v: ID!, $n: String!) {{ addRoom(venueId: $v, name: $n) {PAYLOAD} }}",
            "addRoom",
            # Room names are unique per venue: each caller tries a new one.
            lambda s: {"v": str(s.venue), "n": f"Room {next(ROOM_NUMBERS)}"},
        ),
        KENYA_VENUE,
    ),
    "venues": (
        on_kenya(
            "query($o: ID!) { venues(organizationId: $o) { name rooms { name } } }",
            "venues",
            lambda s: {"o": str(s.world.kenya)},
        ),
        KENYA,
    ),
    "updateEvent": (
        manage(
            f'mutation($id: ID!) {{ updateEvent(id: $id, input: {{title: "New"}}) {PAYLOAD} }}',
            "updateEvent",
            lambda e, _: {"id": str(e)},
        ),
        MANAGERS,
    ),
    "publishEvent": (
        manage(
            f"mutation($id: ID!) {{ publishEvent(id: $id) {PAYLOAD} }}",
            "publishEvent",
            lambda e, _: {"id": str(e)},
        ),
        MANAGERS,
    ),
    "postponeEvent": (
        manage(
            f'mutation($id: ID!) {{ postponeEvent(id: $id, reason: "Floods") {PAYLOAD} }}',
            "postponeEvent",
            lambda e, _: {"id": str(e)},
        ),
        MANAGERS,
    ),
    "cancelEvent": (
        manage(
            f'mutation($id: ID!) {{ cancelEvent(id: $id, reason: "Unsafe") {PAYLOAD} }}',
            "cancelEvent",
            lambda e, _: {"id": str(e)},
        ),
        MANAGERS,
    ),
    "addSession": (
        manage(
            "mutation($id: ID!, $input: SessionInput!) "
            f"{{ addSession(eventId: $id, input: $input) {PAYLOAD} }}",
            "addSession",
            lambda e, _: {"id": str(e), "input": SESSION_INPUT},
        ),
        MANAGERS,
    ),
    "updateSession": (
        manage(
            'mutation($id: ID!) { updateSession(id: $id, input: {title: "Renamed"}) '
            f"{PAYLOAD} }}",
            "updateSession",
            lambda _, s: {"id": str(s)},
        ),
        MANAGERS,
    ),
    "removeSession": (
        manage(
            "mutation($id: ID!) { removeSession(id: $id) { ok } }",
            "removeSession",
            lambda _, s: {"id": str(s)},
        ),
        MANAGERS,
    ),
    "createInvitation": (
        manage(
            f"mutation($id: ID!) {{ createInvitation(eventId: $id) {{ token {PAYLOAD[2:]} }}",
            "createInvitation",
            lambda e, _: {"id": str(e)},
        ),
        MANAGERS,
    ),
    "event.registrations": (
        manage(
            "query($id: ID!) { event(id: $id) { registrations { id } } }",
            "event",
            lambda e, _: {"id": str(e)},
        ),
        MANAGER_READS,
    ),
    "checkIn": (
        on_registration(
            f"mutation($id: ID!) {{ checkIn(registrationId: $id) {PAYLOAD} }}", "checkIn"
        ),
        # The observer holds this registration, but checking in is the organizers' job: a
        # registration they may not use for this answers like a missing one (issue 7).
        {**MANAGERS, "member": "NOT_FOUND"},
    ),
    "cancelRegistration": (
        on_registration(
            f"mutation($id: ID!) {{ cancelRegistration(id: $id) {PAYLOAD} }}",
            "cancelRegistration",
        ),
        # The observer may cancel their own place.
        {**MANAGERS, "member": "ok"},
    ),
    "acceptOffer": (
        on_registration(
            f"mutation($id: ID!) {{ acceptOffer(registrationId: $id) {PAYLOAD} }}",
            "acceptOffer",
            observer_offer,
        ),
        # The observer takes the seat offered to them; organizers may do it for them.
        {**MANAGERS, "member": "ok"},
    ),
    "declineOffer": (
        on_registration(
            f"mutation($id: ID!) {{ declineOffer(registrationId: $id) {PAYLOAD} }}",
            "declineOffer",
            observer_offer,
        ),
        {**MANAGERS, "member": "ok"},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
async def test_permission_matrix(
    runtime: Runtime, gql: GraphQLClient, scene: Scene, name: str
) -> None:
    attempt, expected = CASES[name]
    got = {role: await attempt(runtime, gql, scene, scene.token(role)) for role in ROLES}
    assert got == expected


async def _register(
    runtime: Runtime, gql: GraphQLClient, scene: Scene, token: str | None, *, other: bool
) -> str:
    event_id = await fresh_event(runtime.db, scene)
    variables: dict[str, Any] = {"e": str(event_id), "p": None}
    if other:
        variables["p"] = str(scene.world.coordinator.person_id)
    body = await gql.execute(
        "mutation($e: ID!, $p: ID) { register(eventId: $e, personId: $p) "
        "{ registration { status } errors { field code } } }",
        variables,
        token=token,
    )
    return outcome(body, "register")


async def test_only_managers_register_someone_else(
    runtime: Runtime, gql: GraphQLClient, scene: Scene
) -> None:
    """Issue 7, finding 5: a co-host's organizer may not register Kenya Forum's coordinator,
    who is not a member of their organization: the person answers as missing."""
    got = {
        role: await _register(runtime, gql, scene, scene.token(role), other=True) for role in ROLES
    }
    # A member may register only themselves, whoever they name (a missing person too).
    assert got == {**MANAGERS, "member": "FORBIDDEN", "cohost": "field:not_found"}


async def test_whoever_sees_an_event_may_register_themselves(
    runtime: Runtime, gql: GraphQLClient, scene: Scene
) -> None:
    got = {
        role: await _register(runtime, gql, scene, scene.token(role), other=False) for role in ROLES
    }
    assert got == {
        "anonymous": "UNAUTHENTICATED",
        "partner": "NOT_FOUND",
        "member": "ok",
        "organizer": "ok",
        "cohost": "ok",
        "admin": "ok",
        # The superuser's account is not linked to a person: there is nobody to register.
        "superuser": "field:required",
    }


async def _download(runtime: Runtime, http: Any, scene: Scene, token: str | None) -> int:
    event_id = await fresh_event(runtime.db, scene)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await http.get(f"/exports/events/{event_id}/registrations.csv", headers=headers)
    return int(response.status_code)


async def test_only_managers_download_registrations(
    runtime: Runtime, http: Any, scene: Scene
) -> None:
    got = {role: await _download(runtime, http, scene, scene.token(role)) for role in ROLES}
    assert got == {
        "anonymous": 401,
        "partner": 404,
        "member": 404,  # sees the event, may not export it: answered as for a missing one
        "organizer": 200,
        "cohost": 200,
        "admin": 200,
        "superuser": 200,
    }


VISIBLE = "query { events(first: 50) { nodes { title } } }"


async def test_each_caller_sees_exactly_the_events_meant_for_them(
    runtime: Runtime, gql: GraphQLClient, scene: Scene
) -> None:
    db = runtime.db
    titles: dict[Visibility, int] = {}
    for visibility in Visibility:
        event_id = await fresh_event(db, scene, visibility=visibility)
        async with db.transaction() as session:
            await service.update_event(
                session,
                principal=ROOT,
                event_id=event_id,
                changes=EventChanges(title=visibility.value),
            )
        titles[visibility] = event_id
    # A draft: its managers see it and nobody else.
    async with db.transaction() as session:
        unpublished = await service.create_event(
            session,
            principal=ROOT,
            host_organization_id=scene.world.kenya,
            data=EventInput(
                kind=EventKind.MEETING,
                title="unpublished",
                time_zone="UTC",
                starts_at=START,
                ends_at=START + timedelta(hours=1),
                visibility=Visibility.PUBLIC,
                co_host_ids=[scene.world.ghana],
            ),
        )
    assert unpublished.id is not None

    async def seen(role: str) -> set[str]:
        body = await gql.execute(VISIBLE, token=scene.token(role))
        assert "errors" not in body, body
        return {e["title"] for e in body["data"]["events"]["nodes"]}

    everything = {"public", "partners", "network", "invite_only", "unpublished"}
    assert {role: await seen(role) for role in ROLES} == {
        "anonymous": {"public"},
        "partner": {"public", "partners"},
        "member": {"public", "partners", "network"},
        "organizer": everything,
        "cohost": everything,
        "admin": everything,
        "superuser": everything,
    }
    # By id too: what a caller cannot list, they cannot open.
    for role in ("anonymous", "partner", "member"):
        body = await gql.execute(
            "query($id: ID!) { event(id: $id) { title } }",
            {"id": str(titles[Visibility.INVITE_ONLY])},
            token=scene.token(role),
        )
        assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND", role


async def test_warnings_and_neighbours_are_for_managers_only(
    runtime: Runtime, gql: GraphQLClient, scene: Scene
) -> None:
    event_id = await fresh_event(runtime.db, scene)
    document = (
        "query($id: ID!) { event(id: $id) { canEdit programmeWarnings { code } } "
        "sameDayCityEvents(eventId: $id) { id } }"
    )

    async def read(role: str) -> Any:
        body = await gql.execute(document, {"id": str(event_id)}, token=scene.token(role))
        if body.get("errors"):
            return body["errors"][0]["extensions"]["code"]
        data = body["data"]
        return (data["event"]["canEdit"], len(data["event"]["programmeWarnings"]))

    # The fresh event's session starts three hours before the event: one warning.
    assert {role: await read(role) for role in ROLES} == {
        "anonymous": "UNAUTHENTICATED",  # sameDayCityEvents needs a signed-in caller
        "partner": "NOT_FOUND",
        "member": (False, 0),
        "organizer": (True, 1),
        "cohost": (True, 1),
        "admin": (True, 1),
        "superuser": (True, 1),
    }


async def _accept_invitation(
    runtime: Runtime, gql: GraphQLClient, scene: Scene, token: str | None
) -> str:
    event_id = await fresh_event(runtime.db, scene, visibility=Visibility.INVITE_ONLY)
    async with runtime.db.transaction() as session:
        _, code = await registrations.create_invitation(
            session, principal=kenya_organizer(scene), event_id=event_id
        )
    body = await gql.execute(
        "mutation($t: String!) { acceptInvitation(token: $t) { errors { field code } } }",
        {"t": code},
        token=token,
    )
    return outcome(body, "acceptInvitation")


async def test_anyone_signed_in_with_a_person_may_use_an_open_invitation(
    runtime: Runtime, gql: GraphQLClient, scene: Scene
) -> None:
    got = {role: await _accept_invitation(runtime, gql, scene, scene.token(role)) for role in ROLES}
    assert got == {
        "anonymous": "UNAUTHENTICATED",
        # An invitation not bound to a person lets whoever holds it in, partners included:
        # the organizer chose to hand it out.
        "partner": "ok",
        "member": "ok",
        "organizer": "ok",
        "cohost": "ok",
        "admin": "ok",
        "superuser": "field:no_person",
    }
