"""Issue 7 regressions over HTTP: naming speakers and co-hosts asks them (findings 4 and 8)."""

from __future__ import annotations

from typing import Any

from server.orgs.models import Role
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, add_role, error_codes, make_member
from tests.schema.test_events_consent import event_of, field_errors

ADD_SESSION = """
mutation($e: ID!, $speakers: [ID!]!, $s: DateTime = "2027-05-10T10:00:00",
    $t: DateTime = "2027-05-10T11:00:00") {
  addSession(eventId: $e, input: {kind: PANEL, title: "Panel", startsAt: $s, endsAt: $t,
      speakerIds: $speakers}) {
    session { id speakers { name } }
    warnings { code message }
    errors { field code message }
  }
}
"""
SPEAKERS = "query($id: ID!) { event(id: $id) { sessions { speakers { name } } } }"


async def speakers_seen(gql: GraphQLClient, event_id: int, token: str | None) -> list[str]:
    body = await gql.execute(SPEAKERS, {"id": str(event_id)}, token=token)
    assert "errors" not in body, body
    return [p["name"] for s in body["data"]["event"]["sessions"] for p in s["speakers"]]


class TestSpeakersAreAsked:
    """Issue 7, finding 4: addSession(speakerIds: ["1".."12"]) returned every person's name;
    speakers are now people the caller may see, asked, and shown once they accept."""

    async def test_people_the_caller_may_not_see_answer_like_missing_ones(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        event_id = await event_of(runtime.db, world.kenya)
        stranger = world.ghana_admin.person_id
        body = await gql.execute(
            ADD_SESSION,
            {"e": str(event_id), "speakers": [str(stranger), "999999"]},
            token=world.organizer.token,
        )
        assert field_errors(body, "addSession") == [
            {
                "field": "speakerIds",
                "code": "not_found",
                "message": f"No such person: {stranger}, 999999.",
            }
        ]
        assert "Kwame" not in str(body)
        assert await speakers_seen(gql, event_id, world.root) == []

    async def test_a_pending_speaker_is_shown_only_to_managers_and_to_them_until_they_accept(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        event_id = await event_of(runtime.db, world.kenya)
        observer = world.observer
        body = await gql.execute(
            ADD_SESSION,
            {"e": str(event_id), "speakers": [str(observer.person_id)]},
            token=world.organizer.token,
        )
        session = body["data"]["addSession"]["session"]
        assert session["speakers"] == [{"name": "Obi Observer"}]
        assert await speakers_seen(gql, event_id, world.organizer.token) == ["Obi Observer"]
        assert await speakers_seen(gql, event_id, observer.token) == ["Obi Observer"]
        assert await speakers_seen(gql, event_id, world.coordinator.token) == []
        assert await speakers_seen(gql, event_id, world.ghana_admin.token) == []

        requests = await gql.execute(
            "{ mySpeakerRequests { sessionId role event { title } } }", token=observer.token
        )
        assert requests["data"]["mySpeakerRequests"] == [
            {"sessionId": session["id"], "role": "SPEAKER", "event": {"title": "Forum"}}
        ]
        answer = """mutation($s: ID!) { acceptSpeaking(sessionId: $s) { ok errors { code } } }"""
        # Someone else cannot answer for the observer, and learns nothing from trying.
        other = await gql.execute(answer, {"s": session["id"]}, token=world.coordinator.token)
        missing = await gql.execute(answer, {"s": "999999"}, token=world.coordinator.token)
        assert error_codes(other) == error_codes(missing) == ["NOT_FOUND"]
        assert other["errors"][0]["message"] == missing["errors"][0]["message"]
        accepted = await gql.execute(answer, {"s": session["id"]}, token=observer.token)
        assert accepted["data"]["acceptSpeaking"]["ok"] is True
        assert await speakers_seen(gql, event_id, world.ghana_admin.token) == ["Obi Observer"]

    async def test_a_declined_speaker_disappears_from_the_programme(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        event_id = await event_of(runtime.db, world.kenya)
        body = await gql.execute(
            ADD_SESSION,
            {"e": str(event_id), "speakers": [str(world.observer.person_id)]},
            token=world.organizer.token,
        )
        session_id = body["data"]["addSession"]["session"]["id"]
        declined = await gql.execute(
            "mutation($s: ID!) { declineSpeaking(sessionId: $s) { ok } }",
            {"s": session_id},
            token=world.observer.token,
        )
        assert declined["data"]["declineSpeaking"]["ok"] is True
        assert await speakers_seen(gql, event_id, world.organizer.token) == []

    async def test_the_clash_warning_names_no_hidden_meetings_time(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        db = runtime.db
        hidden = await event_of(db, world.ghana, title="Secret")
        # The system puts the observer in a Ghana Watch session the organizer cannot see.
        hidden_session = await gql.execute(
            ADD_SESSION,
            {"e": str(hidden), "speakers": [str(world.observer.person_id)]},
            token=world.root,
        )
        assert hidden_session["data"]["addSession"]["errors"] == []
        await gql.execute(
            "mutation($id: ID!) { updateEvent(id: $id, input: {visibility: INVITE_ONLY}) "
            "{ errors { code } } }",
            {"id": str(hidden)},
            token=world.root,
        )
        mine = await event_of(db, world.kenya)
        body = await gql.execute(
            ADD_SESSION,
            {"e": str(mine), "speakers": [str(world.observer.person_id)]},
            token=world.organizer.token,
        )
        (warning,) = body["data"]["addSession"]["warnings"]
        assert warning["code"] == "speaker_double_booked"
        for leak in ("10:00", "11:00", "Nairobi", "Secret", "Panel"):
            assert leak not in warning["message"]


COHOSTED = """
mutation($host: ID!, $cohosts: [ID!]!) {
  createEvent(input: {hostOrganizationId: $host, kind: FORUM, title: "Reset your password now",
      timeZone: "UTC", startsAt: "2027-05-10T09:00:00", endsAt: "2027-05-10T10:00:00",
      visibility: PUBLIC, coHostIds: $cohosts}) {
    event { id coHosts { name } coHostRequests { organization { name } status } }
    errors { code }
  }
}
"""
RETITLE = """
mutation($id: ID!) { updateEvent(id: $id, input: {title: "Edited"}) { errors { code } } }
"""
PUBLIC_VIEW = "query($id: ID!) { event(id: $id) { coHosts { name } coHostRequests { status } } }"


class TestCoHostsAreAsked:
    """Issue 7, finding 8: listing an organization as co-host gave its organizers edit rights
    and showed it publicly without consent; now it is a request they accept or decline."""

    async def test_a_listed_co_host_has_no_rights_and_is_not_shown_until_it_accepts(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        ghana_organizer = await make_member(
            runtime.db, org_id=world.ghana, role=Role.ORGANIZER, name="Gifty Organizer"
        )
        body = await gql.execute(
            COHOSTED,
            {"host": str(world.kenya), "cohosts": [str(world.ghana)]},
            token=world.organizer.token,
        )
        event = body["data"]["createEvent"]["event"]
        assert event["coHosts"] == []
        assert event["coHostRequests"] == [
            {"organization": {"name": "Ghana Watch"}, "status": "PENDING"}
        ]
        event_id = event["id"]
        await gql.execute(
            "mutation($id: ID!) { publishEvent(id: $id) { errors { code } } }",
            {"id": event_id},
            token=world.organizer.token,
        )
        # Editing an event you only see answers like a missing event (issue 7, deliverable 1).
        refused = await gql.execute(RETITLE, {"id": event_id}, token=ghana_organizer.token)
        no_event = await gql.execute(RETITLE, {"id": "999999"}, token=ghana_organizer.token)
        assert error_codes(refused) == error_codes(no_event) == ["NOT_FOUND"]
        assert refused["errors"][0]["message"] == no_event["errors"][0]["message"]
        public = await gql.execute(PUBLIC_VIEW, {"id": event_id})
        assert public["data"]["event"] == {"coHosts": [], "coHostRequests": []}

        requests = await gql.execute(
            "{ myCoHostRequests { event { id } organization { name } status } }",
            token=ghana_organizer.token,
        )
        assert requests["data"]["myCoHostRequests"] == [
            {
                "event": {"id": event_id},
                "organization": {"name": "Ghana Watch"},
                "status": "PENDING",
            }
        ]
        accept = """mutation($e: ID!, $o: ID!) { acceptCoHosting(eventId: $e, organizationId: $o)
            { event { coHosts { name } } errors { code } } }"""
        # Kenya's organizer cannot answer for Ghana Watch: it looks like no request at all.
        forged = await gql.execute(
            accept, {"e": event_id, "o": str(world.ghana)}, token=world.organizer.token
        )
        missing = await gql.execute(
            accept, {"e": "999999", "o": str(world.ghana)}, token=world.organizer.token
        )
        assert error_codes(forged) == error_codes(missing) == ["NOT_FOUND"]
        assert forged["errors"][0]["message"] == missing["errors"][0]["message"]

        accepted = await gql.execute(
            accept, {"e": event_id, "o": str(world.ghana)}, token=ghana_organizer.token
        )
        assert accepted["data"]["acceptCoHosting"]["event"]["coHosts"] == [{"name": "Ghana Watch"}]
        edited = await gql.execute(RETITLE, {"id": event_id}, token=ghana_organizer.token)
        assert edited["data"]["updateEvent"]["errors"] == []

    async def test_listing_your_own_organization_needs_no_answer(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        both = await make_member(
            runtime.db, org_id=world.kenya, role=Role.ORGANIZER, name="Bo Both"
        )
        await add_role(
            runtime.db, person_id=both.person_id, org_id=world.ghana, role=Role.ORGANIZER
        )
        body: dict[str, Any] = await gql.execute(
            COHOSTED, {"host": str(world.kenya), "cohosts": [str(world.ghana)]}, token=both.token
        )
        assert body["data"]["createEvent"]["event"]["coHosts"] == [{"name": "Ghana Watch"}]
