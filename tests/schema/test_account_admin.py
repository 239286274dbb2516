"""Administering accounts over GraphQL: deactivation, reactivation, the list of accounts."""

from __future__ import annotations

from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, audit_rows, error_codes

DEACTIVATE = """
mutation($id: ID!) { deactivateAccount(userId: $id) {
  account { id active } errors { field code message } } }"""
REACTIVATE = """
mutation($id: ID!) { reactivateAccount(userId: $id) {
  account { id active } errors { field code message } } }"""
ACCOUNTS = """
query($s: String, $after: String) { accounts(first: 2, search: $s, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { account { id email active twoFactorEnabled } person { name } } } }"""
ME = "{ me { id } }"


class TestDeactivateAccount:
    async def test_a_deactivated_accounts_token_stops_working_at_once(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            DEACTIVATE, {"id": str(world.observer.user_id)}, token=world.admin.token
        )
        assert body["data"]["deactivateAccount"]["account"]["active"] is False
        assert (await gql.execute(ME, token=world.observer.token))["data"]["me"] is None
        # A reactivated account signs in again; its old sessions stay ended.
        back = await gql.execute(
            REACTIVATE, {"id": str(world.observer.user_id)}, token=world.admin.token
        )
        assert back["data"]["reactivateAccount"]["account"]["active"] is True
        assert (await gql.execute(ME, token=world.observer.token))["data"]["me"] is None
        await gql.sign_in("obi.observer@example.org", "correct horse battery")

    async def test_others_get_the_answer_of_a_missing_account(
        self, gql: GraphQLClient, world: World
    ) -> None:
        missing = await gql.execute(DEACTIVATE, {"id": "99999"}, token=world.ghana_admin.token)
        assert error_codes(missing) == ["NOT_FOUND"]
        for token in (world.ghana_admin.token, world.organizer.token, world.coordinator.token):
            body = await gql.execute(DEACTIVATE, {"id": str(world.observer.user_id)}, token=token)
            assert body["errors"][0]["message"] == missing["errors"][0]["message"]
            assert error_codes(body) == ["NOT_FOUND"]
        assert (await gql.execute(ME, token=world.observer.token))["data"]["me"] is not None

    async def test_nobody_deactivates_their_own_account(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            DEACTIVATE, {"id": str(world.admin.user_id)}, token=world.admin.token
        )
        assert [e["code"] for e in body["data"]["deactivateAccount"]["errors"]] == ["self"]

    async def test_deactivation_and_reactivation_are_audited(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        for document in (DEACTIVATE, REACTIVATE):
            await gql.execute(document, {"id": str(world.observer.user_id)}, token=world.root)
        rows = [r for r in await audit_rows(runtime.db) if r.action.startswith("account.")]
        assert [(r.action, r.subject_type, r.subject_id) for r in rows] == [
            ("account.deactivated", "user", world.observer.user_id),
            ("account.reactivated", "user", world.observer.user_id),
        ]


class TestAccounts:
    async def test_network_admins_page_through_their_networks_accounts(
        self, gql: GraphQLClient, world: World
    ) -> None:
        first = await gql.execute(ACCOUNTS, token=world.network_admin.token)
        page = first["data"]["accounts"]
        # Seven people of the network have accounts; the superuser is not listed.
        assert page["totalCount"] == 7 and page["pageInfo"]["hasNextPage"] is True
        assert [n["person"]["name"] for n in page["nodes"]] == ["Amina Admin", "Cora Coordinator"]
        after = page["pageInfo"]["endCursor"]
        second = await gql.execute(ACCOUNTS, {"after": after}, token=world.network_admin.token)
        names = [n["person"]["name"] for n in second["data"]["accounts"]["nodes"]]
        assert names == ["Kwame Admin", "Nadia Net"]

    async def test_search_finds_by_name_or_email(self, gql: GraphQLClient, world: World) -> None:
        body = await gql.execute(ACCOUNTS, {"s": "OBI.obs"}, token=world.root)
        nodes = body["data"]["accounts"]["nodes"]
        assert [n["account"]["email"] for n in nodes] == ["obi.observer@example.org"]
        assert nodes[0]["account"]["twoFactorEnabled"] is False

    async def test_everyone_else_sees_no_account(self, gql: GraphQLClient, world: World) -> None:
        for token in (world.admin.token, world.organizer.token, world.observer.token):
            body = await gql.execute(ACCOUNTS, token=token)
            assert body["data"]["accounts"] == {
                "totalCount": 0,
                "pageInfo": {"hasNextPage": False, "endCursor": None},
                "nodes": [],
            }

    async def test_signed_out_callers_are_unauthenticated(
        self, gql: GraphQLClient, world: World
    ) -> None:
        assert error_codes(await gql.execute(ACCOUNTS)) == ["UNAUTHENTICATED"]
