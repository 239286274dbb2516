"""Reading events over GraphQL: who sees what, online links, times, Markdown, statement counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from server.accounts.access import Principal
from server.db import Database, utcnow
from server.events import programme, service, venues
from server.events.inputs import EventInput
from server.events.models import EventKind, SessionKind, Visibility
from server.notifications.service import Outbox
from server.orgs.models import Role
from server.registrations import service as registrations
from server.runtime import Runtime
from tests.conftest import ROOT, GraphQLClient
from tests.schema.conftest import World, error_codes
from tests.sqlcount import count_statements

ONLINE_URL = "https://meet.example.org/civic-space"


async def make_event(
    db: Database,
    host: int,
    *,
    title: str,
    visibility: Visibility = Visibility.PUBLIC,
    publish: bool = True,
    starts_at: datetime = datetime(2026, 6, 1, 10, 0),
    time_zone: str = "Africa/Nairobi",
    description: str = "",
    online_url: str | None = None,
    venue_id: int | None = None,
    co_host_ids: tuple[int, ...] = (),
) -> int:
    """An event created (and published) through the services; times are local to its zone."""
    async with db.transaction() as session:
        event = await service.create_event(
            session,
            principal=ROOT,
            host_organization_id=host,
            data=EventInput(
                kind=EventKind.FORUM,
                title=title,
                time_zone=time_zone,
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=6),
                description=description,
                visibility=visibility,
                online_url=online_url,
                venue_id=venue_id,
                co_host_ids=co_host_ids,
            ),
        )
        assert event.id is not None
        if publish:
            await service.publish_event(session, principal=ROOT, event_id=event.id)
    return event.id


async def register(db: Database, world: World, *, event_id: int, person_id: int) -> None:
    # As Kenya Forum's organizer: the root principal has no account row to record as the
    # registration's author.
    organizer = Principal(
        user_id=world.organizer.user_id,
        person_id=world.organizer.person_id,
        roles={world.kenya: Role.ORGANIZER},
    )
    async with db.transaction() as session:
        await registrations.register(
            session,
            principal=organizer,
            event_id=event_id,
            person_id=person_id,
            now=utcnow(),
            outbox=Outbox(gateway="outbox"),
        )


EVENT_TITLES = "{ events(first: 50) { nodes { title } } }"
EVENT = "query($id: ID!) { event(id: $id) { title onlineUrl canEdit } }"


async def titles(gql: GraphQLClient, token: str | None = None) -> list[str]:
    body = await gql.execute(EVENT_TITLES, token=token)
    assert "errors" not in body, body
    return [e["title"] for e in body["data"]["events"]["nodes"]]


@pytest.fixture
async def spread(runtime: Runtime, world: World) -> dict[str, int]:
    """One event of Kenya Forum per kind of visibility, plus a public draft."""
    db = runtime.db
    return {
        "public": await make_event(db, world.kenya, title="Public"),
        "draft": await make_event(db, world.kenya, title="Draft", publish=False),
        "partners": await make_event(
            db, world.kenya, title="Partners", visibility=Visibility.PARTNERS
        ),
        "network": await make_event(
            db, world.kenya, title="Network", visibility=Visibility.NETWORK
        ),
        "invite": await make_event(
            db, world.kenya, title="Invite", visibility=Visibility.INVITE_ONLY
        ),
    }


class TestEventVisibility:
    async def test_anonymous_viewers_see_only_published_public_events(
        self, gql: GraphQLClient, spread: dict[str, int]
    ) -> None:
        assert await titles(gql) == ["Public"]

    async def test_hidden_events_are_not_found_by_id_when_signed_out(
        self, gql: GraphQLClient, spread: dict[str, int]
    ) -> None:
        for name in ("draft", "partners", "network", "invite"):
            body = await gql.execute(EVENT, {"id": str(spread[name])})
            assert error_codes(body) == ["NOT_FOUND"], name
            assert body["data"] is None
        body = await gql.execute(EVENT, {"id": str(spread["public"])})
        assert body["data"]["event"]["title"] == "Public"

    async def test_partners_see_partner_events_but_not_network_ones(
        self, gql: GraphQLClient, world: World, spread: dict[str, int]
    ) -> None:
        assert await titles(gql, world.partner.token) == ["Public", "Partners"]
        body = await gql.execute(EVENT, {"id": str(spread["network"])}, token=world.partner.token)
        assert error_codes(body) == ["NOT_FOUND"]

    async def test_network_members_see_network_events_but_not_drafts_or_invitations(
        self, gql: GraphQLClient, world: World, spread: dict[str, int]
    ) -> None:
        assert await titles(gql, world.observer.token) == ["Public", "Partners", "Network"]
        assert await titles(gql, world.ghana_admin.token) == ["Public", "Partners", "Network"]

    async def test_invite_only_events_show_to_registered_people_and_organizers(
        self, runtime: Runtime, gql: GraphQLClient, world: World, spread: dict[str, int]
    ) -> None:
        await register(
            runtime.db, world, event_id=spread["invite"], person_id=world.observer.person_id
        )
        assert "Invite" in await titles(gql, world.observer.token)
        assert "Invite" not in await titles(gql, world.coordinator.token)
        assert sorted(await titles(gql, world.organizer.token)) == [
            "Draft",
            "Invite",
            "Network",
            "Partners",
            "Public",
        ]

    async def test_only_the_hosts_organizers_may_edit(
        self, gql: GraphQLClient, world: World, spread: dict[str, int]
    ) -> None:
        seen = {}
        for who, token in (
            ("anonymous", None),
            ("observer", world.observer.token),
            ("organizer", world.organizer.token),
            ("ghana admin", world.ghana_admin.token),
        ):
            body = await gql.execute(EVENT, {"id": str(spread["public"])}, token=token)
            seen[who] = body["data"]["event"]["canEdit"]
        assert seen == {
            "anonymous": False,
            "observer": False,
            "organizer": True,
            "ghana admin": False,
        }


class TestOnlineUrl:
    async def test_the_link_is_shown_to_registrants_and_organizers_only(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        event = await make_event(
            runtime.db,
            world.kenya,
            title="Online",
            visibility=Visibility.NETWORK,
            online_url=ONLINE_URL,
        )
        await register(runtime.db, world, event_id=event, person_id=world.observer.person_id)
        shown = {}
        for who, token in (
            ("registrant", world.observer.token),
            ("not registered", world.coordinator.token),
            ("organizer", world.organizer.token),
            ("other org", world.ghana_admin.token),
        ):
            body = await gql.execute(EVENT, {"id": str(event)}, token=token)
            assert "errors" not in body, body
            shown[who] = body["data"]["event"]["onlineUrl"]
        assert shown == {
            "registrant": ONLINE_URL,
            "not registered": None,
            "organizer": ONLINE_URL,
            "other org": None,
        }

    async def test_anonymous_viewers_never_get_the_link(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        event = await make_event(runtime.db, world.kenya, title="Open", online_url=ONLINE_URL)
        body = await gql.execute(EVENT, {"id": str(event)})
        assert body["data"]["event"]["onlineUrl"] is None


class TestTimesAndText:
    async def test_times_are_utc_with_the_local_wall_clock_beside_them(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        # The last Sunday of March 2026: Berlin moves to summer time (+02:00) that night.
        event = await make_event(
            runtime.db,
            world.kenya,
            title="Berlin",
            time_zone="Europe/Berlin",
            starts_at=datetime(2026, 3, 29, 14, 0),
        )
        body = await gql.execute(
            "query($id: ID!) { event(id: $id) { startsAt endsAt localStart localEnd timeZone } }",
            {"id": str(event)},
        )
        assert body["data"]["event"] == {
            "startsAt": "2026-03-29T12:00:00+00:00",
            "endsAt": "2026-03-29T18:00:00+00:00",
            "localStart": "2026-03-29T14:00:00+02:00",
            "localEnd": "2026-03-29T20:00:00+02:00",
            "timeZone": "Europe/Berlin",
        }

    async def test_description_html_escapes_raw_html(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        markdown = "**Bring ID.** <script>alert(1)</script>"
        event = await make_event(runtime.db, world.kenya, title="Text", description=markdown)
        body = await gql.execute(
            "query($id: ID!) { event(id: $id) { description descriptionHtml } }",
            {"id": str(event)},
        )
        shown = body["data"]["event"]
        assert shown["description"] == markdown
        assert "<strong>Bring ID.</strong>" in shown["descriptionHtml"]
        assert "<script>" not in shown["descriptionHtml"]
        assert "&lt;script&gt;" in shown["descriptionHtml"]


EVENTS_NESTED = """
{
  events(first: 100) {
    totalCount
    nodes {
      title
      localStart
      canEdit
      onlineUrl
      seatsTaken
      waitlistCount
      myRegistration { status }
      hostOrganization { name }
      coHosts { name }
      venue { name rooms { name capacity } }
      sessions { title room { name } speakers { name } moderators { name } }
    }
  }
}
"""


async def seed_programmes(
    db: Database, world: World, venue_id: int, rooms: list[int], *, start: int, stop: int
) -> None:
    """Events start..stop-1, one a day, each co-hosted, at the venue, with two sessions."""
    speakers = [world.organizer.person_id, world.coordinator.person_id]
    for i in range(start, stop):
        day = datetime(2026, 4, 1, 10, 0) + timedelta(days=i)
        event = await make_event(
            db,
            world.kenya,
            title=f"Forum {i:03d}",
            starts_at=day,
            online_url=ONLINE_URL,
            venue_id=venue_id,
            co_host_ids=(world.ghana,),
        )
        async with db.transaction() as session:
            for n, room in enumerate(rooms):
                await programme.add_session(
                    session,
                    principal=ROOT,
                    event_id=event,
                    data=programme.SessionInput(
                        kind=SessionKind.PANEL,
                        title=f"Panel {n}",
                        # 07:00 UTC is 10:00 in Nairobi, the event's zone.
                        starts_at=(day - timedelta(hours=3)).replace(tzinfo=UTC),
                        ends_at=(day - timedelta(hours=2)).replace(tzinfo=UTC),
                        room_id=room,
                        speakers=speakers,
                        moderators=[world.admin.person_id],
                    ),
                )


async def make_venue(db: Database, world: World) -> tuple[int, list[int]]:
    async with db.transaction() as session:
        venue = await venues.create_venue(
            session, principal=ROOT, organization_id=world.kenya, name="KICC", city="Nairobi"
        )
        assert venue.id is not None
        rooms = [
            await venues.add_room(
                session, principal=ROOT, venue_id=venue.id, name=name, capacity=80
            )
            for name in ("Hall A", "Hall B")
        ]
    return venue.id, [r.id for r in rooms if r.id is not None]


async def statements(runtime: Runtime, gql: GraphQLClient, token: str) -> tuple[int, int]:
    with count_statements(runtime.db.engine) as log:
        body = await gql.execute(EVENTS_NESTED, token=token)
    assert "errors" not in body, body
    return body["data"]["events"]["totalCount"], log.count


# What one page costs: the caller's session and roles (2); the page and its total (2); then
# one batch per loader and level, whatever the page size: host organizations, co-host ids,
# venues, the programme — sessions with their rooms, and their people (5); co-host
# organizations and the rooms of the venues (2); seats taken and waiting (1) and the caller's
# own registrations (1); and, for a viewer who does not manage the events, their seats (1)
# for the online link.
ORGANIZER_STATEMENTS = 2 + 2 + 5 + 2 + 2
OBSERVER_STATEMENTS = ORGANIZER_STATEMENTS + 1


class TestEventsStatementCount:
    async def test_a_page_costs_the_same_for_5_and_60_events(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        venue, rooms = await make_venue(runtime.db, world)
        await seed_programmes(runtime.db, world, venue, rooms, start=0, stop=5)
        small = [
            await statements(runtime, gql, world.organizer.token),
            await statements(runtime, gql, world.observer.token),
        ]
        await seed_programmes(runtime.db, world, venue, rooms, start=5, stop=60)
        large = [
            await statements(runtime, gql, world.organizer.token),
            await statements(runtime, gql, world.observer.token),
        ]
        assert small == [(5, ORGANIZER_STATEMENTS), (5, OBSERVER_STATEMENTS)]
        assert large == [(60, ORGANIZER_STATEMENTS), (60, OBSERVER_STATEMENTS)]

    async def test_nested_fields_are_filled_in(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        venue, rooms = await make_venue(runtime.db, world)
        await seed_programmes(runtime.db, world, venue, rooms, start=0, stop=1)
        body = await gql.execute(EVENTS_NESTED, token=world.observer.token)
        (event,) = body["data"]["events"]["nodes"]
        assert event["hostOrganization"] == {"name": "Kenya Forum"}
        assert event["coHosts"] == [{"name": "Ghana Watch"}]
        assert event["venue"]["rooms"] == [
            {"name": "Hall A", "capacity": 80},
            {"name": "Hall B", "capacity": 80},
        ]
        assert [(s["title"], s["room"]["name"]) for s in event["sessions"]] == [
            ("Panel 0", "Hall A"),
            ("Panel 1", "Hall B"),
        ]
        assert event["sessions"][0]["speakers"] == [
            {"name": "Cora Coordinator"},
            {"name": "Olu Organizer"},
        ]
        assert event["sessions"][0]["moderators"] == [{"name": "Amina Admin"}]
        assert event["localStart"] == "2026-04-01T10:00:00+03:00"
        assert (event["canEdit"], event["onlineUrl"]) == (False, None)
