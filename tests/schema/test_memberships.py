"""Memberships need consent: adding a person one does not manage is a request they accept."""

from __future__ import annotations

from typing import Any

from server.orgs.models import Role
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, add_role, error_codes, issue_session, make_account

ADD = """
mutation($org: ID!, $person: ID!, $role: Role!) {
  addMembership(organizationId: $org, personId: $person, role: $role) {
    membership { id role organization { id } person { id } }
    request { id role organization { id } person { id } }
    errors { field message code }
  }
}
"""
BY_EMAIL = """
mutation($org: ID!, $email: String!) {
  requestMembershipByEmail(organizationId: $org, email: $email, role: OBSERVER) {
    ok errors { field message code }
  }
}
"""
MINE = "{ myMembershipRequests { id role organization { id name } person { id } } }"
TO_DECIDE = "{ membershipRequestsToDecide { id organization { id } person { id } } }"
ACCEPT = """
mutation($id: ID!) {
  acceptMembershipRequest(id: $id) {
    membership { role organization { id } person { id } } errors { field code }
  }
}
"""
DECLINE = "mutation($id: ID!) { declineMembershipRequest(id: $id) { ok } }"
PERSON = "query($id: ID!) { person(id: $id) { id email phones { e164 } } }"
MEMBERS = "query($id: ID!) { organization(id: $id) { memberCount members { person { id } } } }"
UPDATE = """
mutation($id: ID!) {
  updatePerson(id: $id, input: {phones: [{number: "+254799999999"}]}) {
    person { id } errors { field code }
  }
}
"""
REVOKE = "mutation($id: ID!) { revokeSessions(personId: $id) { revoked } }"


async def add(
    gql: GraphQLClient, token: str, org: int, person: int | str, role: str = "OBSERVER"
) -> dict[str, Any]:
    body = await gql.execute(
        ADD, {"org": str(org), "person": str(person), "role": role}, token=token
    )
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["addMembership"]
    return payload


async def member_ids(gql: GraphQLClient, token: str, org: int) -> set[str]:
    body = await gql.execute(MEMBERS, {"id": str(org)}, token=token)
    return {m["person"]["id"] for m in body["data"]["organization"]["members"]}


class TestAddingSomeoneYouCannotSee:
    async def test_answers_like_a_missing_person_and_grants_nothing(
        self, gql: GraphQLClient, world: World
    ) -> None:
        """Issue 7, finding 1: an admin names a person of another organization by id."""
        attacker, victim = world.ghana_admin.token, world.observer.person_id
        missing = await add(gql, attacker, world.ghana, 99999)
        assert missing["errors"] == [
            {"field": "personId", "message": "No such person.", "code": "not_found"}
        ]
        assert await add(gql, attacker, world.ghana, victim) == missing
        assert str(victim) not in await member_ids(gql, world.root, world.ghana)
        for document in (PERSON, UPDATE, REVOKE):
            body = await gql.execute(document, {"id": str(victim)}, token=attacker)
            hidden = await gql.execute(document, {"id": "99999"}, token=attacker)
            assert error_codes(body) == ["NOT_FOUND"]
            assert body["errors"][0]["message"] == hidden["errors"][0]["message"]
        shown = await gql.execute(PERSON, {"id": str(victim)}, token=world.root)
        assert shown["data"]["person"]["phones"] == [{"e164": "+254712000004"}]
        assert (await gql.execute("{ me { id } }", token=world.observer.token))["data"]["me"]

    async def test_an_organization_you_do_not_manage_answers_like_a_missing_one(
        self, gql: GraphQLClient, world: World
    ) -> None:
        missing = await add(gql, world.ghana_admin.token, 99999, world.ghana_admin.person_id)
        assert missing["errors"] == [
            {"field": "organizationId", "message": "No such organization.", "code": "not_found"}
        ]
        other = await add(gql, world.ghana_admin.token, world.kenya, world.ghana_admin.person_id)
        assert other == missing


class TestAddingSomeoneYouManage:
    async def test_is_direct(self, gql: GraphQLClient, world: World) -> None:
        payload = await add(gql, world.admin.token, world.kenya, world.observer.person_id, "ADMIN")
        assert payload["request"] is None
        assert payload["membership"]["role"] == "ADMIN"

    async def test_superusers_add_anyone_directly(self, gql: GraphQLClient, world: World) -> None:
        payload = await add(gql, world.root, world.ghana, world.observer.person_id)
        assert payload["membership"]["organization"]["id"] == str(world.ghana)


class TestAddingSomeoneYouSeeButDoNotManage:
    """Issue 7, finding 1 and deliverable 2: the person accepts before anything is granted."""

    async def asked(self, runtime: Runtime, gql: GraphQLClient, world: World) -> dict[str, Any]:
        # Kenya's admin is also an organizer in Ghana: they see Kwame but do not manage him.
        await add_role(
            runtime.db, person_id=world.admin.person_id, org_id=world.ghana, role=Role.ORGANIZER
        )
        payload = await add(gql, world.admin.token, world.kenya, world.ghana_admin.person_id)
        assert payload["membership"] is None and payload["errors"] == []
        return payload

    async def test_is_a_request_that_grants_and_shows_nothing(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        payload = await self.asked(runtime, gql, world)
        assert payload["request"]["person"] == {"id": str(world.ghana_admin.person_id)}
        kwame = str(world.ghana_admin.person_id)
        assert kwame not in await member_ids(gql, world.admin.token, world.kenya)
        shown = await gql.execute(PERSON, {"id": kwame}, token=world.admin.token)
        assert shown["data"]["person"] == {"id": kwame, "email": None, "phones": []}
        count = await gql.execute(MEMBERS, {"id": str(world.kenya)}, token=world.root)
        assert count["data"]["organization"]["memberCount"] == 5

    async def test_the_person_accepts_and_becomes_a_member(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        request_id = (await self.asked(runtime, gql, world))["request"]["id"]
        mine = await gql.execute(MINE, token=world.ghana_admin.token)
        assert [r["id"] for r in mine["data"]["myMembershipRequests"]] == [request_id]
        body = await gql.execute(ACCEPT, {"id": request_id}, token=world.ghana_admin.token)
        accepted = body["data"]["acceptMembershipRequest"]
        assert accepted["membership"]["role"] == "OBSERVER"
        assert str(world.ghana_admin.person_id) in await member_ids(
            gql, world.admin.token, world.kenya
        )
        mine = await gql.execute(MINE, token=world.ghana_admin.token)
        assert mine["data"]["myMembershipRequests"] == []

    async def test_a_pending_request_gives_no_rights_over_the_person(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        """Issue 7, deliverable 3: personal data and sessions follow accepted memberships."""
        request_id = (await self.asked(runtime, gql, world))["request"]["id"]
        kwame = {"id": str(world.ghana_admin.person_id)}
        revoke = await gql.execute(REVOKE, kwame, token=world.admin.token)
        assert error_codes(revoke) == ["NOT_FOUND"]
        update = await gql.execute(UPDATE, kwame, token=world.admin.token)
        assert error_codes(update) == ["FORBIDDEN"]
        await gql.execute(ACCEPT, {"id": request_id}, token=world.ghana_admin.token)
        revoke = await gql.execute(REVOKE, kwame, token=world.admin.token)
        assert revoke["data"]["revokeSessions"]["revoked"] == 1
        update = await gql.execute(UPDATE, kwame, token=world.admin.token)
        assert update["data"]["updatePerson"]["errors"] == []

    async def test_declining_leaves_nothing(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        request_id = (await self.asked(runtime, gql, world))["request"]["id"]
        body = await gql.execute(DECLINE, {"id": request_id}, token=world.ghana_admin.token)
        assert body["data"]["declineMembershipRequest"]["ok"] is True
        again = await gql.execute(ACCEPT, {"id": request_id}, token=world.ghana_admin.token)
        assert error_codes(again) == ["NOT_FOUND"]
        assert str(world.ghana_admin.person_id) not in await member_ids(
            gql, world.root, world.kenya
        )

    async def test_the_requester_cannot_accept_for_the_person(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        request_id = (await self.asked(runtime, gql, world))["request"]["id"]
        missing = await gql.execute(ACCEPT, {"id": "99999"}, token=world.admin.token)
        for token in (world.admin.token, world.observer.token):
            body = await gql.execute(ACCEPT, {"id": request_id}, token=token)
            assert body == missing
        assert error_codes(missing) == ["NOT_FOUND"]

    async def test_a_network_admin_may_decide_for_the_networks_people(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        request_id = (await self.asked(runtime, gql, world))["request"]["id"]
        listed = await gql.execute(TO_DECIDE, token=world.network_admin.token)
        assert [r["id"] for r in listed["data"]["membershipRequestsToDecide"]] == [request_id]
        others = await gql.execute(TO_DECIDE, token=world.admin.token)
        assert others["data"]["membershipRequestsToDecide"] == []
        body = await gql.execute(ACCEPT, {"id": request_id}, token=world.network_admin.token)
        assert body["data"]["acceptMembershipRequest"]["errors"] == []


class TestRequestByEmail:
    async def test_answers_the_same_whether_the_email_is_known(
        self, gql: GraphQLClient, world: World
    ) -> None:
        known = await gql.execute(
            BY_EMAIL,
            {"org": str(world.kenya), "email": "kwame.admin@example.org"},
            token=world.admin.token,
        )
        unknown = await gql.execute(
            BY_EMAIL,
            {"org": str(world.kenya), "email": "nobody@example.org"},
            token=world.admin.token,
        )
        assert (
            known == unknown == {"data": {"requestMembershipByEmail": {"ok": True, "errors": []}}}
        )

    async def test_the_account_with_the_email_accepts(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        await gql.execute(
            BY_EMAIL,
            {"org": str(world.kenya), "email": "Kwame.Admin@example.org"},
            token=world.admin.token,
        )
        mine = await gql.execute(MINE, token=world.ghana_admin.token)
        (request,) = mine["data"]["myMembershipRequests"]
        assert request["organization"]["id"] == str(world.kenya)
        assert (await gql.execute(MINE, token=world.observer.token))["data"][
            "myMembershipRequests"
        ] == []
        body = await gql.execute(ACCEPT, {"id": request["id"]}, token=world.ghana_admin.token)
        person = body["data"]["acceptMembershipRequest"]["membership"]["person"]
        assert person == {"id": str(world.ghana_admin.person_id)}

    async def test_an_account_without_a_person_cannot_accept(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        user_id = await make_account(runtime.db, email="loose@example.org")
        token = await issue_session(runtime.db, user_id)
        await gql.execute(
            BY_EMAIL,
            {"org": str(world.kenya), "email": "loose@example.org"},
            token=world.admin.token,
        )
        (request,) = (await gql.execute(MINE, token=token))["data"]["myMembershipRequests"]
        body = await gql.execute(ACCEPT, {"id": request["id"]}, token=token)
        assert body["data"]["acceptMembershipRequest"]["errors"] == [
            {"field": None, "code": "no_person"}
        ]
