"""The adversary's world: a network, the attackers' organization A and the victim B.

B is built as its own people would build it, over GraphQL with their own sessions, so every
row is one the real app can produce. Every object gets a name; the case table refers to
objects by these names and the test turns them into ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import col, select

from server.accounts.models import AuthSession
from server.db import Database
from server.kit.secrets import token_digest
from server.orgs.models import DisputedPhone, Membership, MembershipRequest, OrganizationKind, Role
from tests.conftest import GraphQLClient, make_user
from tests.schema.adversary.world_accounts import account_objects
from tests.schema.adversary.world_feeds import feed_objects
from tests.schema.adversary.world_forms import forms_objects
from tests.schema.adversary.world_invitations import invitation_objects
from tests.schema.adversary.world_locations import location_objects
from tests.schema.adversary.world_missions import mission_objects
from tests.schema.adversary.world_reports import report_objects
from tests.schema.conftest import (
    issue_session,
    make_account,
    make_member,
    make_org,
    make_person,
)

ATTACKERS = ("a_organizer", "a_admin")
# Far enough ahead that the world never drifts into the past; Nairobi has no clock changes.
DAY = "2027-06-15"
ZONE = "Africa/Nairobi"

CREATE_EVENT = """
mutation($input: CreateEventInput!) { createEvent(input: $input) {
  event { id } errors { code } } }"""
PUBLISH = "mutation($id: ID!) { publishEvent(id: $id) { event { id } errors { code } } }"
CREATE_VENUE = """
mutation($input: CreateVenueInput!) { createVenue(input: $input) {
  venue { id } errors { code } } }"""
ADD_ROOM = """
mutation($venue: ID!) { addRoom(venueId: $venue, name: "Hall", capacity: 40) {
  room { id } errors { code } } }"""
ADD_SESSION = """
mutation($event: ID!, $input: SessionInput!) { addSession(eventId: $event, input: $input) {
  session { id } errors { code } } }"""
REGISTER = """
mutation($event: ID!, $session: ID, $person: ID) {
  register(eventId: $event, sessionId: $session, personId: $person) {
    registration { id } errors { code } } }"""
INVITE = """
mutation($event: ID!, $email: String) { createInvitation(eventId: $event, email: $email) {
  invitation { id } errors { code } } }"""
REQUEST_BY_EMAIL = """
mutation($org: ID!, $email: String!, $role: Role!) {
  requestMembershipByEmail(organizationId: $org, email: $email, role: $role) {
    ok errors { code } } }"""
SET_PHONES = """
mutation($person: ID!, $phones: [PhoneInput!]) {
  updatePerson(id: $person, input: {phones: $phones}) { person { id } errors { code } } }"""
ACCEPT_COHOSTING = """
mutation($e: ID!, $o: ID!) { acceptCoHosting(eventId: $e, organizationId: $o) {
  event { id } errors { code } } }"""
ACCEPT_SPEAKING = """
mutation($s: ID!) { acceptSpeaking(sessionId: $s) { ok errors { code } } }"""
API_TOKEN = """
mutation($org: ID!) { createApiToken(organizationId: $org, name: "sync", role: OBSERVER) {
  apiToken { id } errors { code } } }"""


class Names(dict[str, str]):
    """The world's names, each given once: every domain adds its own objects to the one world,
    and a second object under a taken name would silently turn its cases into attacks on the
    wrong object (or make a control answer like a missing id)."""

    def __setitem__(self, name: str, value: str) -> None:
        if name in self and self[name] != value:
            raise KeyError(f"adversary world: the name {name!r} is already taken")
        super().__setitem__(name, value)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for name, value in dict(*args, **kwargs).items():
            self[name] = value


@dataclass
class AdversaryWorld:
    """Named objects (as GraphQL ids) and the sessions of the people who act in the world."""

    ids: dict[str, str] = field(default_factory=Names)
    tokens: dict[str, str] = field(default_factory=dict)
    users: dict[str, int] = field(default_factory=dict)

    def __getitem__(self, name: str) -> str:
        return self.ids[name]


async def _succeed(
    gql: GraphQLClient, token: str, document: str, variables: dict[str, Any]
) -> dict[str, Any]:
    """Runs a mutation that must succeed and returns its payload."""
    body = await gql.execute(document, variables, token=token)
    assert "errors" not in body, body
    (payload,) = body["data"].values()
    assert payload["errors"] == [], payload
    return dict(payload)


async def _create(gql: GraphQLClient, token: str, document: str, variables: dict[str, Any]) -> str:
    """Runs a mutation that must succeed and returns the id of the object it made."""
    payload = await _succeed(gql, token, document, variables)
    made = next(v for k, v in payload.items() if k != "errors")
    return str(made["id"])


def event_input(host: str, title: str, **fields: Any) -> dict[str, Any]:
    return {
        "hostOrganizationId": host,
        "kind": "MEETING",
        "title": title,
        "timeZone": ZONE,
        "startsAt": f"{DAY}T10:00:00",
        "endsAt": f"{DAY}T16:00:00",
        **fields,
    }


def session_input(title: str, **fields: Any) -> dict[str, Any]:
    return {
        "kind": "PANEL",
        "title": title,
        "startsAt": f"{DAY}T11:00:00",
        "endsAt": f"{DAY}T12:00:00",
        **fields,
    }


async def _people(db: Database, w: AdversaryWorld) -> None:
    """Organizations and people, made through the services."""
    w.ids["network"] = str(
        await make_org(db, "Open Network", kind=OrganizationKind.NETWORK_SECRETARIAT)
    )
    net = int(w["network"])
    w.ids["org_a"] = str(await make_org(db, "Alpha Forum", country="KE", parent_id=net))
    w.ids["org_b"] = str(await make_org(db, "Beta Watch", country="KE", parent_id=net))
    w.ids["org_partner"] = str(
        await make_org(db, "Partner Fund", kind=OrganizationKind.PARTNER, parent_id=net)
    )
    a, b, partner = int(w["org_a"]), int(w["org_b"]), int(w["org_partner"])
    people: dict[str, tuple[int, Role, list[str]]] = {
        "a_organizer": (a, Role.ORGANIZER, ["+254700000001"]),
        "a_admin": (a, Role.ADMIN, ["+254700000002"]),
        "a_observer": (a, Role.OBSERVER, ["+254700000003"]),
        "b_admin": (b, Role.ADMIN, ["+254711000001"]),
        "b_organizer": (b, Role.ORGANIZER, ["+254711000002"]),
        "b_observer": (b, Role.OBSERVER, ["+254711000003", "+254711000004"]),
        "b_speaker": (b, Role.OBSERVER, ["+254711000005"]),
        "partner_admin": (partner, Role.ADMIN, []),
    }
    for name, (org, role, phones) in people.items():
        email = f"{name}@example.org"
        person = await make_person(db, org_id=org, role=role, name=name, email=email, phones=phones)
        w.ids[name] = str(person)
        if name in ATTACKERS:
            # The attackers' accounts are made the way create-admin makes them, password and all.
            user_id = await make_user(db, email=email, person_id=person)
        else:
            user_id = await make_account(db, email=email, person_id=person)
        w.tokens[name] = await issue_session(db, user_id)
        w.users[name] = user_id
    # A person of A with nothing else to do: the control of removeMembership removes them.
    spare = await make_member(db, org_id=a, role=Role.OBSERVER, name="a_spare")
    w.ids["a_spare"] = str(spare.person_id)
    async with db.read() as session:
        rows = (await session.exec(select(Membership).order_by(col(Membership.id)))).all()
    by_person = {(m.person_id, m.organization_id): m for m in rows}
    w.ids["b_membership"] = str(by_person[(int(w["b_observer"]), b)].id)
    w.ids["a_membership"] = str(by_person[(int(w["a_spare"]), a)].id)


async def _venues_and_events(gql: GraphQLClient, w: AdversaryWorld) -> None:
    """Each side's venue, room, events and programme, made by its own organizer."""
    for side in ("a", "b"):
        token = w.tokens[f"{side}_organizer"]
        org = w[f"org_{side}"]
        w.ids[f"{side}_venue"] = await _create(
            gql,
            token,
            CREATE_VENUE,
            {
                "input": {
                    "organizationId": org,
                    "name": f"{side} house",
                    "address": f"{side} street 1, Nairobi",
                    "city": "Nairobi",
                    "country": "KE",
                    "latitude": -1.29,
                    "longitude": 36.82,
                }
            },
        )
        w.ids[f"{side}_room"] = await _create(gql, token, ADD_ROOM, {"venue": w[f"{side}_venue"]})
    a_tok, b_tok = w.tokens["a_organizer"], w.tokens["b_organizer"]
    events = {
        "a_event": (a_tok, "org_a", "a_venue", "NETWORK", True),
        # Edited by the updateEvent cases, so a leak there cannot spill into the other cases.
        "a_edited_event": (a_tok, "org_a", "a_venue", "NETWORK", True),
        "b_invite": (b_tok, "org_b", "b_venue", "INVITE_ONLY", True),
        "b_draft": (b_tok, "org_b", "b_venue", "NETWORK", False),
        "b_network": (b_tok, "org_b", "b_venue", "NETWORK", True),
    }
    for name, (token, org, venue, visibility, publish) in events.items():
        data = event_input(
            w[org], f"{name} meeting", venueId=w[venue], visibility=visibility, capacity=20
        )
        w.ids[name] = await _create(gql, token, CREATE_EVENT, {"input": data})
        if publish:
            await _create(gql, token, PUBLISH, {"id": w[name]})
    sessions = {
        "a_session": (a_tok, "a_event", "a_room", "a_observer", []),
        "b_session": (b_tok, "b_network", "b_room", "b_speaker", []),
        "b_invite_session": (b_tok, "b_invite", None, "b_speaker", ["b_observer"]),
    }
    for name, (token, event, room, speaker, moderators) in sessions.items():
        data = session_input(
            f"{name} panel",
            roomId=w[room] if room else None,
            speakerIds=[w[speaker]],
            moderatorIds=[w[m] for m in moderators],
        )
        w.ids[name] = await _create(gql, token, ADD_SESSION, {"event": w[event], "input": data})


async def _registrations_and_tokens(gql: GraphQLClient, w: AdversaryWorld) -> None:
    a_tok, b_tok = w.tokens["a_organizer"], w.tokens["b_organizer"]
    registrations = {
        "a_registration": (a_tok, "a_event", "a_observer"),
        "b_registration": (b_tok, "b_network", "b_observer"),
        "b_invite_registration": (b_tok, "b_invite", "b_observer"),
    }
    for name, (token, event, person) in registrations.items():
        w.ids[name] = await _create(gql, token, REGISTER, {"event": w[event], "person": w[person]})
    w.ids["a_session_registration"] = await _create(
        gql,
        a_tok,
        REGISTER,
        {"event": w["a_event"], "session": w["a_session"], "person": w["a_observer"]},
    )
    for attacker in ATTACKERS:
        w.ids[f"{attacker}_registration"] = await _create(
            gql, w.tokens[attacker], REGISTER, {"event": w["a_event"], "person": None}
        )
    w.ids["b_invitation"] = await _create(
        gql, b_tok, INVITE, {"event": w["b_invite"], "email": "guest@beta.example"}
    )
    for side in ("a", "b"):
        w.ids[f"{side}_token"] = await _create(
            gql, w.tokens[f"{side}_admin"], API_TOKEN, {"org": w[f"org_{side}"]}
        )


async def _ask(
    gql: GraphQLClient, w: AdversaryWorld, asker: str, org: str, email: str, role: str
) -> None:
    """An admin asks whoever signs in with `email` to join `org` (the answer has no id)."""
    variables = {"org": w[org], "email": email, "role": role}
    payload = await _succeed(gql, w.tokens[asker], REQUEST_BY_EMAIL, variables)
    assert payload["ok"], payload


async def _requests(db: Database, gql: GraphQLClient, w: AdversaryWorld) -> None:
    """Membership requests by email: B's, and ones addressed to each attacker.

    B's admin asks a stranger and A's observer; A's admin may not consent for either. Each
    attacker is asked twice, so the controls of accepting and declining each spend their own:
    by A's admin to join A with the role they hold (accepting changes no membership), and by
    the partner's admin to join the partner organization.
    """
    await _ask(gql, w, "b_admin", "org_b", "newcomer@beta.example", "OBSERVER")
    await _ask(gql, w, "b_admin", "org_b", "a_observer@example.org", "ORGANIZER")
    for attacker, role in zip(ATTACKERS, ("ORGANIZER", "ADMIN"), strict=True):
        email = f"{attacker}@example.org"
        await _ask(gql, w, "a_admin", "org_a", email, role)
        await _ask(gql, w, "partner_admin", "org_partner", email, "PARTNER")
    async with db.read() as session:
        rows = (await session.exec(select(MembershipRequest))).all()
    by_address = {(r.organization_id, r.email): str(r.id) for r in rows}
    b, a, partner = int(w["org_b"]), int(w["org_a"]), int(w["org_partner"])
    w.ids["b_request"] = by_address[(b, "newcomer@beta.example")]
    w.ids["b_request_for_a_observer"] = by_address[(b, "a_observer@example.org")]
    for attacker in ATTACKERS:
        w.ids[f"{attacker}_request"] = by_address[(a, f"{attacker}@example.org")]
        w.ids[f"{attacker}_partner_request"] = by_address[(partner, f"{attacker}@example.org")]


async def _phone_conflicts(db: Database, gql: GraphQLClient, w: AdversaryWorld) -> None:
    """Disputed numbers, each given by an admin to a person of their own organization.

    B's speaker is given B's observer's number and A's observer's; A's observer is given
    B's observer's second number.
    """
    given = {
        "b_speaker": ("b_admin", ["+254711000005", "+254711000003", "+254700000003"]),
        "a_observer": ("a_admin", ["+254700000003", "+254711000004"]),
    }
    for person, (admin, numbers) in given.items():
        phones = [{"number": n} for n in numbers]
        await _create(gql, w.tokens[admin], SET_PHONES, {"person": w[person], "phones": phones})
    async with db.read() as session:
        rows = (await session.exec(select(DisputedPhone))).all()
    disputed = {(str(r.person_id), r.e164): str(r.id) for r in rows}
    w.ids["b_conflict"] = disputed[(w["b_speaker"], "+254711000003")]
    w.ids["b_conflict_on_a_number"] = disputed[(w["b_speaker"], "+254700000003")]
    w.ids["a_conflict"] = disputed[(w["a_observer"], "+254711000004")]


async def _consent(gql: GraphQLClient, w: AdversaryWorld) -> None:
    """Requests to co-host and to speak, each made by someone allowed to make it.

    B's organizer lists A, the partner organization and the network as co-hosts of one event
    (the partner accepts; A and the network have not answered), and only the partner on
    another. B's observer accepts moderating B's invite-only session. Each attacker is asked
    to speak in a session of A's event by the other one, who may see A's members.
    """
    b_tok = w.tokens["b_organizer"]
    listings = {
        "b_cohosted": ("org_a", "org_partner", "network"),
        "b_partnered": ("org_partner",),
    }
    for name, cohosts in listings.items():
        data = event_input(
            w["org_b"], f"{name} meeting", coHostIds=[w[o] for o in cohosts], visibility="NETWORK"
        )
        w.ids[name] = await _create(gql, b_tok, CREATE_EVENT, {"input": data})
        await _create(gql, b_tok, PUBLISH, {"id": w[name]})
    accept = {"e": w["b_cohosted"], "o": w["org_partner"]}
    await _succeed(gql, w.tokens["partner_admin"], ACCEPT_COHOSTING, accept)
    await _succeed(gql, w.tokens["b_observer"], ACCEPT_SPEAKING, {"s": w["b_invite_session"]})
    for asked, asker in zip(ATTACKERS, reversed(ATTACKERS), strict=True):
        data = session_input(f"{asked} talk", speakerIds=[w[asked]])
        w.ids[f"{asked}_speaking"] = await _create(
            gql, w.tokens[asker], ADD_SESSION, {"event": w["a_event"], "input": data}
        )


async def _sessions(db: Database, w: AdversaryWorld) -> None:
    """The id of each person's session, and a spare session per attacker for endSession."""
    for attacker in ATTACKERS:
        w.tokens[f"{attacker}_spare"] = await issue_session(db, int(w.users[attacker]))
    async with db.read() as session:
        rows = (await session.exec(select(AuthSession.id, AuthSession.token_hash))).all()
    by_hash = {token_hash: str(session_id) for session_id, token_hash in rows}
    for name, token in w.tokens.items():
        w.ids[f"{name}_session"] = by_hash[token_digest(token)]


async def build_world(db: Database, gql: GraphQLClient) -> AdversaryWorld:
    world = AdversaryWorld()
    await _people(db, world)
    await _venues_and_events(gql, world)
    await _registrations_and_tokens(gql, world)
    await _requests(db, gql, world)
    await _phone_conflicts(db, gql, world)
    await _consent(gql, world)
    await account_objects(db, gql, world)
    await invitation_objects(gql, world)
    await feed_objects(gql, world)
    await location_objects(db, world)
    await mission_objects(db, world)
    await forms_objects(db, gql, world)
    await report_objects(db, gql, world)
    await _sessions(db, world)
    return world
