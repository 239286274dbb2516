"""What the event editor and the event page need from the API.

Handing an event to another host with updateEvent's hostOrganizationId: only someone who
manages events for both the current and the new host may move it; any organization the
caller does not manage answers exactly like a missing one. And isOnline, which tells everyone
who sees an event that it is held online while the link stays with organizers and seat holders.
"""

from __future__ import annotations

from server.orgs.models import Role
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, add_role, make_member
from tests.schema.test_events_write import (
    CREATE_SERIES,
    PUBLISH,
    UPDATE_EVENT,
    create_event,
    event_input,
    mutate,
    problems,
    read_event,
)

HOST = "hostOrganization { id } coHosts { id } title"


class TestChangingTheHost:
    async def test_an_organizer_of_both_organizations_moves_the_event(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        both = await make_member(
            runtime.db, org_id=world.kenya, role=Role.ORGANIZER, name="Amani Both"
        )
        await add_role(runtime.db, person_id=both.person_id, org_id=world.ghana, role=Role.ADMIN)
        # Ghana is listed as co-host first: once it hosts, it is no longer a co-host.
        event_id = await create_event(gql, both.token, world.kenya, coHostIds=[str(world.ghana)])
        moved = await mutate(
            gql,
            UPDATE_EVENT,
            {"id": event_id, "input": {"hostOrganizationId": str(world.ghana)}},
            both.token,
        )
        assert moved["errors"] == []
        shown = await read_event(gql, event_id, HOST, both.token)
        assert shown["hostOrganization"] == {"id": str(world.ghana)}
        assert shown["coHosts"] == []
        # Saving the same host again is no change at all (a retried request is harmless).
        again = await mutate(
            gql,
            UPDATE_EVENT,
            {"id": event_id, "input": {"hostOrganizationId": str(world.ghana)}},
            both.token,
        )
        assert again["errors"] == []

    async def test_an_organization_the_caller_does_not_manage_answers_like_a_missing_one(
        self, gql: GraphQLClient, world: World
    ) -> None:
        event_id = await create_event(gql, world.organizer.token, world.kenya)

        async def move_to(host: str) -> list[tuple[str | None, str]]:
            payload = await mutate(
                gql,
                UPDATE_EVENT,
                {"id": event_id, "input": {"hostOrganizationId": host, "title": "Moved"}},
                world.organizer.token,
            )
            return problems(payload)

        missing = await move_to("987654")
        assert missing == [("hostOrganizationId", "not_found")]
        assert await move_to(str(world.ghana)) == missing
        assert await move_to(str(world.network)) == missing
        shown = await read_event(gql, event_id, HOST, world.organizer.token)
        assert shown["hostOrganization"] == {"id": str(world.kenya)}
        assert shown["title"] == "Forum on civic space"

    async def test_a_co_host_organizer_cannot_take_the_event_over(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        event_id = await create_event(
            gql, world.organizer.token, world.kenya, coHostIds=[str(world.ghana)]
        )
        # Ghana's admin accepts co-hosting, so it may edit, but does not manage Kenya Forum.
        accepted = await gql.execute(
            "mutation($e: ID!, $o: ID!) { acceptCoHosting(eventId: $e, organizationId: $o) "
            "{ errors { code } } }",
            {"e": event_id, "o": str(world.ghana)},
            token=world.ghana_admin.token,
        )
        assert accepted["data"]["acceptCoHosting"]["errors"] == []
        refused = await mutate(
            gql,
            UPDATE_EVENT,
            {"id": event_id, "input": {"hostOrganizationId": str(world.ghana)}},
            world.ghana_admin.token,
        )
        assert problems(refused) == [("hostOrganizationId", "not_host_organizer")]
        shown = await read_event(gql, event_id, HOST, world.organizer.token)
        assert shown["hostOrganization"] == {"id": str(world.kenya)}

    async def test_an_event_of_a_series_keeps_the_series_host(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        await add_role(
            runtime.db, person_id=world.organizer.person_id, org_id=world.ghana, role=Role.ORGANIZER
        )
        created = await mutate(
            gql,
            CREATE_SERIES,
            {"input": event_input(world.kenya), "rrule": "FREQ=MONTHLY;COUNT=2"},
            world.organizer.token,
        )
        assert created["errors"] == []
        refused = await mutate(
            gql,
            UPDATE_EVENT,
            {"id": created["event"]["id"], "input": {"hostOrganizationId": str(world.ghana)}},
            world.organizer.token,
        )
        assert problems(refused) == [("hostOrganizationId", "series_host")]


class TestOnline:
    async def test_everyone_who_sees_the_event_knows_it_is_online_but_not_the_link(
        self, gql: GraphQLClient, world: World
    ) -> None:
        event_id = await create_event(
            gql,
            world.organizer.token,
            world.kenya,
            visibility="PUBLIC",
            onlineUrl="https://meet.example.org/forum",
        )
        published = await mutate(gql, PUBLISH, {"id": event_id}, world.organizer.token)
        assert published["errors"] == []
        fields = "isOnline onlineUrl"
        assert await read_event(gql, event_id, fields, world.organizer.token) == {
            "isOnline": True,
            "onlineUrl": "https://meet.example.org/forum",
        }
        assert await read_event(gql, event_id, fields, None) == {
            "isOnline": True,
            "onlineUrl": None,
        }
        in_person = await create_event(gql, world.organizer.token, world.kenya)
        assert (await read_event(gql, in_person, "isOnline", world.organizer.token)) == {
            "isOnline": False
        }
