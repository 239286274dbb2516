"""Signing someone out everywhere: for the day an observer's phone is lost or taken."""

from __future__ import annotations

from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, error_codes, issue_session

REVOKE = "mutation($id: ID!) { revokeSessions(personId: $id) { revoked } }"
ME = "{ me { email } }"


class TestRevokeSessions:
    async def test_an_admin_ends_every_session_of_a_member(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        second = await issue_session(runtime.db, world.observer.user_id)
        body = await gql.execute(
            REVOKE, {"id": str(world.observer.person_id)}, token=world.admin.token
        )
        assert body["data"]["revokeSessions"]["revoked"] == 2
        for token in (world.observer.token, second):
            assert (await gql.execute(ME, token=token))["data"]["me"] is None
        # Nobody else was signed out.
        assert (await gql.execute(ME, token=world.coordinator.token))["data"]["me"] is not None

    async def test_people_may_sign_themselves_out_everywhere(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            REVOKE, {"id": str(world.organizer.person_id)}, token=world.organizer.token
        )
        assert body["data"]["revokeSessions"]["revoked"] == 1

    async def test_others_are_told_there_is_no_such_person(
        self, gql: GraphQLClient, world: World
    ) -> None:
        """Issue 7, finding 1: only those who run the person's organization sign them out.

        A coordinator (who sees the person but does not manage members) and an admin of
        another organization get the same answer as for a missing person.
        """
        missing = await gql.execute(REVOKE, {"id": "99999"}, token=world.coordinator.token)
        assert error_codes(missing) == ["NOT_FOUND"]
        for token in (world.coordinator.token, world.ghana_admin.token):
            body = await gql.execute(REVOKE, {"id": str(world.observer.person_id)}, token=token)
            assert body["errors"][0]["message"] == missing["errors"][0]["message"]
            assert error_codes(body) == ["NOT_FOUND"]
        assert (await gql.execute(ME, token=world.observer.token))["data"]["me"] is not None

    async def test_anonymous_callers_are_unauthenticated(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(REVOKE, {"id": str(world.observer.person_id)})
        assert error_codes(body) == ["UNAUTHENTICATED"]
