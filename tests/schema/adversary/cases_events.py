"""The event, venue and programme mutations that take an id."""

from __future__ import annotations

from typing import Any

from tests.schema.adversary.case import EVENT, SESSION, Case, mutation
from tests.schema.adversary.world import AdversaryWorld, event_input, session_input

CO_HOSTS = (
    "listing an organization as co-host is a request it accepts (issue 7, deliverable 2), "
    "so any directory organization may be named; the consent tests guard what it grants"
)
ALL_B_EVENTS = ("b_invite", "b_draft", "b_network")
B_PEOPLE = ("b_observer", "b_speaker")
B_SESSIONS = ("b_session", "b_invite_session")

CREATE = mutation("$input: CreateEventInput!", "createEvent(input: $input)", EVENT)
SERIES = mutation(
    "$input: CreateEventInput!",
    'createEventSeries(input: $input, rrule: "FREQ=WEEKLY;COUNT=2")',
    EVENT,
)
UPDATE = mutation(
    "$id: ID!, $input: UpdateEventInput!", "updateEvent(id: $id, input: $input)", EVENT
)
ADD_SESSION = mutation(
    "$event: ID!, $input: SessionInput!", "addSession(eventId: $event, input: $input)", SESSION
)
UPDATE_SESSION = mutation(
    "$id: ID!, $input: UpdateSessionInput!", "updateSession(id: $id, input: $input)", SESSION
)


def _new_event(w: AdversaryWorld, **fields: Any) -> dict[str, Any]:
    base = event_input(w["org_a"], "URGENT security alert", venueId=w["a_venue"])
    return {"input": {**base, **fields}}


def _creating(root: str, document: str) -> tuple[Case, ...]:
    return (
        Case(
            root,
            "input.hostOrganizationId",
            "organization",
            document,
            lambda w, t: _new_event(w, hostOrganizationId=t),
            victims=("org_b", "network", "org_partner"),
            own="org_a",
        ),
        Case(
            root,
            "input.venueId",
            "venue",
            document,
            lambda w, t: _new_event(w, venueId=t),
            victims=("b_venue",),
            own="a_venue",
        ),
        Case(
            root,
            "input.coHostIds",
            "organization",
            document,
            lambda w, t: _new_event(w, coHostIds=t),
            own="network",
            exempt=CO_HOSTS,
            as_list=True,
        ),
    )


def _status(name: str, extra: str, *, destructive: bool) -> Case:
    arguments = "id: $t" + (', reason: "Security alert"' if extra else "")
    return Case(
        f"Mutation.{name}",
        "id",
        "event",
        mutation("$t: ID!", f"{name}({arguments})", EVENT),
        lambda w, t: {"t": t},
        victims=ALL_B_EVENTS,
        own="a_event",
        destructive=destructive,
    )


def _session_people(root: str, document: str, **ids: str) -> tuple[Case, ...]:
    def template(field: str) -> Any:
        def build(w: AdversaryWorld, t: Any) -> dict[str, Any]:
            data = session_input("Who speaks") if root.endswith("addSession") else {}
            return {**{k: w[v] for k, v in ids.items()}, "input": {**data, field: t}}

        return build

    people = tuple(
        Case(
            root,
            f"input.{field}",
            "person",
            document,
            template(field),
            victims=B_PEOPLE,
            own="a_observer",
            as_list=True,
        )
        for field in ("speakerIds", "moderatorIds")
    )
    room = Case(
        root,
        "input.roomId",
        "room",
        document,
        template("roomId"),
        victims=("b_room",),
        own="a_room",
    )
    return (*people, room)


EVENT_CASES = (
    *_creating("Mutation.createEvent", CREATE),
    *_creating("Mutation.createEventSeries", SERIES),
    Case(
        "Mutation.updateEvent",
        "id",
        "event",
        UPDATE,
        lambda w, t: {"id": t, "input": {"title": "URGENT security alert"}},
        victims=ALL_B_EVENTS,
        own="a_event",
    ),
    Case(
        "Mutation.updateEvent",
        "input.venueId",
        "venue",
        UPDATE,
        lambda w, t: {"id": w["a_edited_event"], "input": {"venueId": t}},
        victims=("b_venue",),
        own="a_venue",
    ),
    Case(
        "Mutation.updateEvent",
        "input.hostOrganizationId",
        "organization",
        UPDATE,
        lambda w, t: {"id": w["a_edited_event"], "input": {"hostOrganizationId": t}},
        victims=("org_b", "network", "org_partner"),
        own="org_a",
    ),
    Case(
        "Mutation.updateEvent",
        "input.coHostIds",
        "organization",
        UPDATE,
        lambda w, t: {"id": w["a_edited_event"], "input": {"coHostIds": t}},
        own="network",
        exempt=CO_HOSTS,
        as_list=True,
    ),
    _status("publishEvent", "", destructive=False),
    _status("postponeEvent", "reason", destructive=True),
    _status("cancelEvent", "reason", destructive=True),
    Case(
        "Mutation.createVenue",
        "input.organizationId",
        "organization",
        mutation(
            "$input: CreateVenueInput!",
            "createVenue(input: $input)",
            "venue { id name } errors { field message code }",
        ),
        lambda w, t: {"input": {"organizationId": t, "name": "Decoy hall"}},
        victims=("org_b", "network"),
        own="org_a",
    ),
    Case(
        "Mutation.addRoom",
        "venueId",
        "venue",
        mutation(
            "$t: ID!",
            'addRoom(venueId: $t, name: "Annex", capacity: 500)',
            "room { id name } errors { field message code }",
        ),
        lambda w, t: {"t": t},
        victims=("b_venue",),
        own="a_venue",
    ),
    Case(
        "Mutation.addSession",
        "eventId",
        "event",
        ADD_SESSION,
        lambda w, t: {"event": t, "input": session_input("Side panel")},
        victims=ALL_B_EVENTS,
        own="a_event",
    ),
    *_session_people("Mutation.addSession", ADD_SESSION, event="a_event"),
    Case(
        "Mutation.updateSession",
        "id",
        "session",
        UPDATE_SESSION,
        lambda w, t: {"id": t, "input": {"title": "Moved"}},
        victims=B_SESSIONS,
        own="a_session",
    ),
    *_session_people("Mutation.updateSession", UPDATE_SESSION, id="a_session"),
    Case(
        "Mutation.removeSession",
        "id",
        "session",
        mutation("$t: ID!", "removeSession(id: $t)", "ok"),
        lambda w, t: {"t": t},
        victims=B_SESSIONS,
        own="a_session",
        destructive=True,
    ),
)
