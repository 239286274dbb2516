"""Phone numbers in use: accepted without saying so, never used, and shown to admins."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from server.orgs.models import DisputedPhone, PersonPhone
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, error_codes

UPDATE = """
mutation($id: ID!, $number: String!) {
  updatePerson(id: $id, input: {phones: [{number: $number, label: "mobile"}]}) {
    person { id name phones { e164 label } }
    errors { field message code }
  }
}
"""
CREATE = """
mutation($org: ID!, $number: String!) {
  createPerson(input: {organizationId: $org, role: OBSERVER, name: "Wanjiku",
                       phones: [{number: $number}]}) {
    person { name phones { e164 } }
    errors { field message code }
  }
}
"""
CONFLICTS = "{ phoneConflicts { e164 person { id } heldBy { id } } }"
CONFLICT_IDS = "{ phoneConflicts { id } }"
RESOLVE = "mutation($id: ID!) { resolvePhoneConflict(id: $id) { kept } }"
CLEAR = "mutation($id: ID!) { updatePerson(id: $id, input: {phones: []}) { person { id } } }"
# The coordinator's number in the World fixture.
IN_USE = "+254712000003"


async def raw_update(gql: GraphQLClient, token: str, person_id: int, number: str) -> bytes:
    response = await gql.http.post(
        "/graphql",
        json={"query": UPDATE, "variables": {"id": str(person_id), "number": number}},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200
    return response.content


async def holders(runtime: Runtime, number: str) -> tuple[list[int], list[int]]:
    async with runtime.db.read() as session:
        usable = (
            await session.exec(select(PersonPhone.person_id).where(PersonPhone.e164 == number))
        ).all()
        disputed = (
            await session.exec(select(DisputedPhone.person_id).where(DisputedPhone.e164 == number))
        ).all()
    return list(usable), list(disputed)


class TestANumberInUse:
    """Issue 7, finding 2: the phone oracle."""

    async def test_gives_byte_for_byte_the_answer_of_a_fresh_number(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        me = world.observer
        taken = await raw_update(gql, me.token, me.person_id, IN_USE)
        # The same change again once nobody else has the number: the answer must not differ.
        await gql.execute(
            "mutation($id: ID!) { updatePerson(id: $id, input: {phones: []}) { person { id } } }",
            {"id": str(world.coordinator.person_id)},
            token=world.root,
        )
        await gql.execute(
            "mutation($id: ID!) { updatePerson(id: $id, input: {phones: []}) { person { id } } }",
            {"id": str(me.person_id)},
            token=world.root,
        )
        fresh = await raw_update(gql, me.token, me.person_id, IN_USE)
        assert taken == fresh
        assert b'errors":[]' in fresh

    async def test_stays_with_its_holder_and_is_kept_apart_for_the_newcomer(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        await raw_update(gql, world.observer.token, world.observer.person_id, IN_USE)
        assert await holders(runtime, IN_USE) == (
            [world.coordinator.person_id],
            [world.observer.person_id],
        )

    async def test_creating_a_person_with_it_answers_as_for_a_fresh_number(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        taken = await gql.execute(
            CREATE, {"org": str(world.kenya), "number": IN_USE}, token=world.admin.token
        )
        fresh = await gql.execute(
            CREATE, {"org": str(world.kenya), "number": "+254712999999"}, token=world.admin.token
        )
        assert (
            taken["data"]["createPerson"]["errors"] == fresh["data"]["createPerson"]["errors"] == []
        )
        assert taken["data"]["createPerson"]["person"]["phones"] == [{"e164": IN_USE}]
        usable, disputed = await holders(runtime, IN_USE)
        assert usable == [world.coordinator.person_id] and len(disputed) == 1

    async def test_is_listed_for_superusers_and_network_admins_only(
        self, gql: GraphQLClient, world: World
    ) -> None:
        await raw_update(gql, world.observer.token, world.observer.person_id, IN_USE)
        expected = [
            {
                "e164": IN_USE,
                "person": {"id": str(world.observer.person_id)},
                "heldBy": {"id": str(world.coordinator.person_id)},
            }
        ]
        for token in (world.root, world.network_admin.token):
            body = await gql.execute(CONFLICTS, token=token)
            assert body["data"]["phoneConflicts"] == expected
        for token in (world.admin.token, world.observer.token, world.ghana_admin.token):
            body = await gql.execute(CONFLICTS, token=token)
            assert body["data"]["phoneConflicts"] == []


class TestResolvingAConflict:
    async def conflict(self, gql: GraphQLClient, world: World) -> str:
        await raw_update(gql, world.observer.token, world.observer.person_id, IN_USE)
        (conflict,) = (await gql.execute(CONFLICT_IDS, token=world.root))["data"]["phoneConflicts"]
        return str(conflict["id"])

    async def test_removes_the_number_while_its_holder_has_it(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        conflict_id = await self.conflict(gql, world)
        body = await gql.execute(RESOLVE, {"id": conflict_id}, token=world.network_admin.token)
        assert body["data"]["resolvePhoneConflict"] == {"kept": False}
        assert await holders(runtime, IN_USE) == ([world.coordinator.person_id], [])

    async def test_gives_the_number_once_its_holder_let_it_go(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        conflict_id = await self.conflict(gql, world)
        await gql.execute(CLEAR, {"id": str(world.coordinator.person_id)}, token=world.root)
        body = await gql.execute(RESOLVE, {"id": conflict_id}, token=world.root)
        assert body["data"]["resolvePhoneConflict"] == {"kept": True}
        assert await holders(runtime, IN_USE) == ([world.observer.person_id], [])

    async def test_others_are_told_it_does_not_exist(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        conflict_id = await self.conflict(gql, world)
        for token in (world.admin.token, world.observer.token, world.ghana_admin.token):
            body = await gql.execute(RESOLVE, {"id": conflict_id}, token=token)
            missing = await gql.execute(RESOLVE, {"id": "99999"}, token=token)
            assert body == missing
            assert error_codes(body) == ["NOT_FOUND"]
        assert await holders(runtime, IN_USE) == (
            [world.coordinator.person_id],
            [world.observer.person_id],
        )


class TestPhoneChangeLimit:
    async def test_refuses_changes_beyond_the_limit_per_caller(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        """Issue 7, finding 2: trying many numbers is bounded."""
        limit = runtime.settings.phone_changes_per_window
        me = world.observer
        for i in range(limit):
            body: dict[str, Any] = await gql.execute(
                UPDATE, {"id": str(me.person_id), "number": f"+2547120100{i:02d}"}, token=me.token
            )
            assert body["data"]["updatePerson"]["errors"] == []
        refused = await gql.execute(
            UPDATE, {"id": str(me.person_id), "number": "+254712010099"}, token=me.token
        )
        assert error_codes(refused) == ["RATE_LIMITED"]
        # Other callers have their own count.
        other = await gql.execute(
            UPDATE, {"id": str(me.person_id), "number": "+254712010098"}, token=world.admin.token
        )
        assert other["data"]["updatePerson"]["errors"] == []
        # Changing only a name is not counted.
        renamed = await gql.execute(
            'mutation($id: ID!) { updatePerson(id: $id, input: {name: "Obi"}) '
            "{ errors { code } } }",
            {"id": str(me.person_id)},
            token=me.token,
        )
        assert renamed["data"]["updatePerson"]["errors"] == []
