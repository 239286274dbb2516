"""Issue 7 regressions for events, over HTTP: each class closes one finding.

The adversary is an ordinary account of the demo network (an organizer of another member
organization, an admin of a partner organization), never an anonymous caller.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from server.db import Database
from server.events import service, text
from server.events.inputs import EventInput
from server.events.models import Event as EventRow
from server.events.models import EventKind, Visibility
from server.orgs.models import OrganizationKind, Role
from server.runtime import Runtime
from tests.conftest import ROOT, GraphQLClient
from tests.schema.conftest import World, error_codes, make_member, make_org

START = datetime(2027, 5, 10, 9, 0)
EVENTS = "{ events(first: 50) { nodes { title } } }"
EVENT = "query($id: ID!) { event(id: $id) { title } }"


async def published(
    db: Database, host: int, title: str, visibility: Visibility = Visibility.NETWORK
) -> int:
    async with db.transaction() as session:
        event = await service.create_event(
            session,
            principal=ROOT,
            host_organization_id=host,
            data=EventInput(
                kind=EventKind.MEETING,
                title=title,
                time_zone="Pacific/Kiritimati",
                starts_at=START,
                ends_at=START + timedelta(hours=2),
                visibility=visibility,
            ),
        )
        assert event.id is not None
        await service.publish_event(session, principal=ROOT, event_id=event.id)
    return event.id


async def titles(gql: GraphQLClient, token: str) -> list[str]:
    body = await gql.execute(EVENTS, token=token)
    assert "errors" not in body, body
    return [e["title"] for e in body["data"]["events"]["nodes"]]


class TestPartnerOrganizationsSeeByKind:
    """Issue 7, finding 7: partner organizations saw network-only events once someone there
    held an admin role; the organization's kind now decides (docs/security.md, the matrix)."""

    async def test_an_admin_of_a_partner_organization_sees_partner_events_not_network_ones(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        db = runtime.db
        trust = await make_org(
            db, "Partner Trust", kind=OrganizationKind.PARTNER, parent_id=world.network
        )
        admin = await make_member(db, org_id=trust, role=Role.ADMIN, name="Petra Partner")
        await published(db, world.kenya, "Partners", Visibility.PARTNERS)
        network = await published(db, world.kenya, "Network", Visibility.NETWORK)
        assert await titles(gql, admin.token) == ["Partners"]
        body = await gql.execute(EVENT, {"id": str(network)}, token=admin.token)
        assert error_codes(body) == ["NOT_FOUND"]

    async def test_a_funder_admin_is_treated_like_a_partner(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        db = runtime.db
        fund = await make_org(db, "Civic Fund", kind=OrganizationKind.FUNDER)
        admin = await make_member(db, org_id=fund, role=Role.ADMIN, name="Fiona Funder")
        await published(db, world.kenya, "Partners", Visibility.PARTNERS)
        await published(db, world.kenya, "Network", Visibility.NETWORK)
        assert await titles(gql, admin.token) == ["Partners"]

    async def test_members_of_member_organizations_still_see_network_events(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        await published(runtime.db, world.kenya, "Network", Visibility.NETWORK)
        assert await titles(gql, world.ghana_admin.token) == ["Network"]
        assert await titles(gql, world.partner.token) == []


ADD_SESSION = """
mutation($e: ID!, $s: DateTime!, $t: DateTime = "2027-05-10T10:30:00") {
  addSession(eventId: $e, input: {kind: PANEL, title: "x", startsAt: $s, endsAt: $t}) {
    session { id } errors { field code message }
  }
}
"""
UPDATE_SESSION = """
mutation($id: ID!, $s: DateTime!) {
  updateSession(id: $id, input: {startsAt: $s}) { session { id } errors { field code message } }
}
"""


class TestProgrammeOfHiddenEvents:
    """Issue 7, finding 12: addSession/updateSession on a hidden event answered differently
    from a missing one and leaked its zone through the nonexistent-time message."""

    async def test_a_hidden_event_answers_exactly_like_a_missing_one(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        hidden = await published(runtime.db, world.kenya, "Secret", Visibility.INVITE_ONLY)
        # A local time that Kiritimati skipped (31 Dec 1994), which would name the zone.
        skipped = "1994-12-31T12:00:00"
        token = world.ghana_admin.token
        seen = await gql.execute(ADD_SESSION, {"e": str(hidden), "s": skipped}, token=token)
        missing = await gql.execute(ADD_SESSION, {"e": "999999", "s": skipped}, token=token)
        assert error_codes(seen) == error_codes(missing) == ["NOT_FOUND"]
        assert seen["errors"][0]["message"] == missing["errors"][0]["message"]
        assert "Kiritimati" not in str(seen)

    async def test_update_session_of_a_hidden_event_answers_like_a_missing_session(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        hidden = await published(runtime.db, world.kenya, "Secret", Visibility.INVITE_ONLY)
        added = await gql.execute(
            ADD_SESSION, {"e": str(hidden), "s": "2027-05-10T09:30:00"}, token=world.root
        )
        session_id = added["data"]["addSession"]["session"]["id"]
        skipped = "1994-12-31T12:00:00"
        token = world.ghana_admin.token
        seen = await gql.execute(UPDATE_SESSION, {"id": session_id, "s": skipped}, token=token)
        missing = await gql.execute(UPDATE_SESSION, {"id": "999999", "s": skipped}, token=token)
        assert error_codes(seen) == error_codes(missing) == ["NOT_FOUND"]
        assert seen["errors"][0]["message"] == missing["errors"][0]["message"]


class TestEventFilterDates:
    """Issue 7, finding 12: a filter date with no UTC instant was a 500."""

    async def test_a_date_before_the_calendar_begins_is_bad_user_input(
        self, gql: GraphQLClient, world: World
    ) -> None:
        for field in ("startsAfter", "startsBefore", "endsAfter"):
            body = await gql.execute(
                "query($d: DateTime!) { events(filter: {" + field + ": $d}) { nodes { id } } }",
                {"d": "0001-01-01T00:00:00+14:00"},
                token=world.observer.token,
            )
            assert error_codes(body) == ["BAD_USER_INPUT"], body


class TestDescriptionHtmlStored:
    """Issue 7, finding 10: descriptionHtml was rendered again for every request (about 1.1 s
    for 100 KB, times 30 aliases); it is now rendered once, when written, and stored."""

    async def test_reading_never_renders_and_editing_renders_once(
        self, runtime: Runtime, gql: GraphQLClient, world: World, monkeypatch: Any
    ) -> None:
        event_id = await published(runtime.db, world.kenya, "Forum", Visibility.PUBLIC)
        rendered: list[str] = []
        real = text._render_cached

        def counting(source: str) -> str:
            rendered.append(source)
            return real(source)

        monkeypatch.setattr(text, "_render_cached", counting)
        body = await gql.execute(
            'mutation($id: ID!) { updateEvent(id: $id, input: {description: "**Hello** u"}) '
            "{ errors { code } } }",
            {"id": str(event_id)},
            token=world.organizer.token,
        )
        assert body["data"]["updateEvent"]["errors"] == [], body
        assert rendered == ["**Hello** u"]
        aliases = " ".join(f"a{i}: event(id: $id) {{ descriptionHtml }}" for i in range(30))
        body = await gql.execute(f"query($id: ID!) {{ {aliases} }}", {"id": str(event_id)})
        assert body["data"]["a29"]["descriptionHtml"] == "<p><strong>Hello</strong> u</p>\n"
        assert rendered == ["**Hello** u"]
        async with runtime.db.read() as session:
            row = await session.get(EventRow, event_id)
        assert row is not None and row.description_html == "<p><strong>Hello</strong> u</p>\n"
