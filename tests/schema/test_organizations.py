"""The organization directory: listing, paging, filters, creating and editing, members."""

from __future__ import annotations

from typing import Any

import pytest

from server.kit.pagination import encode_cursor
from server.orgs.models import Organization, OrganizationKind, Role
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import (
    World,
    count_rows,
    error_codes,
    issue_session,
    make_account,
    make_member,
    make_org,
)

LIST = """
query($first: Int!, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name kind country parent { name } } }
  }
}
"""
CREATE = """
mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization { id name slug kind country parent { id name } }
    errors { field message code }
  }
}
"""
UPDATE = """
mutation($id: ID!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, input: $input) {
    organization { id name kind country } errors { field code }
  }
}
"""
MEMBERS = (
    "query($id: ID!) { organization(id: $id) { memberCount members { role person { name } } } }"
)


async def names(gql: GraphQLClient, token: str, filter: dict[str, Any]) -> list[str]:
    body = await gql.execute(LIST, {"first": 50, "filter": filter}, token=token)
    return [e["node"]["name"] for e in body["data"]["organizations"]["edges"]]


class TestOrganizationsQuery:
    async def test_anonymous_callers_are_unauthenticated(self, gql: GraphQLClient) -> None:
        body = await gql.execute(LIST, {"first": 10})
        assert body["data"] is None
        assert error_codes(body) == ["UNAUTHENTICATED"]
        assert body["errors"][0]["message"] == "Sign in to do this."

    async def test_pages_walk_every_organization_once_in_name_order(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        # Eleven organizations in pages of two: five full pages and a last, partial one.
        for i in range(8):
            await make_org(runtime.db, f"Org {i:02d}", parent_id=world.network)
        seen: list[str] = []
        after: str | None = None
        pages = 0
        while True:
            body = await gql.execute(LIST, {"first": 2, "after": after}, token=world.observer.token)
            connection = body["data"]["organizations"]
            assert connection["totalCount"] == 11
            seen += [e["node"]["name"] for e in connection["edges"]]
            pages += 1
            assert connection["pageInfo"]["endCursor"] == connection["edges"][-1]["cursor"]
            if not connection["pageInfo"]["hasNextPage"]:
                break
            after = connection["pageInfo"]["endCursor"]
        assert pages == 6
        assert len(seen) == len(set(seen)) == 11
        assert seen == sorted(seen)

    async def test_an_empty_page_has_no_end_cursor(self, gql: GraphQLClient, world: World) -> None:
        body = await gql.execute(
            LIST, {"first": 5, "filter": {"search": "no such thing"}}, token=world.root
        )
        assert body["data"]["organizations"] == {
            "totalCount": 0,
            "pageInfo": {"hasNextPage": False, "endCursor": None},
            "edges": [],
        }

    async def test_filters_by_kind_country_parent_and_search(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        other_network = await make_org(
            runtime.db, "Asia Network", kind=OrganizationKind.NETWORK_SECRETARIAT, country="NP"
        )
        await make_org(runtime.db, "Nepal Civic Watch", country="NP", parent_id=other_network)
        await make_org(runtime.db, "Open Society Fund", kind=OrganizationKind.FUNDER, country="US")
        token = world.partner.token
        assert await names(gql, token, {"kind": "NETWORK_SECRETARIAT"}) == [
            "Asia Network",
            "Pluralis Network",
        ]
        assert await names(gql, token, {"country": "np"}) == ["Asia Network", "Nepal Civic Watch"]
        assert await names(gql, token, {"parentId": str(world.network)}) == [
            "Ghana Watch",
            "Kenya Forum",
        ]
        assert await names(gql, token, {"search": "WATCH"}) == ["Ghana Watch", "Nepal Civic Watch"]
        assert await names(gql, token, {"search": "watch", "country": "GH"}) == ["Ghana Watch"]

    async def test_a_search_with_like_wildcards_matches_them_literally(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        await make_org(runtime.db, "100% Vote", parent_id=world.network)
        # "%" typed by a user must not turn the search into "match everything".
        assert await names(gql, world.root, {"search": "%"}) == ["100% Vote"]
        assert await names(gql, world.root, {"search": "_"}) == []

    @pytest.mark.parametrize(
        "variables",
        [
            {"first": 10, "after": "not-a-cursor"},
            {"first": 10, "after": "!!!"},
            {"first": 10, "after": encode_cursor("only one value")},
            # Well-formed but tampered: the values have the wrong types for name and id.
            {"first": 10, "after": encode_cursor(1, "one")},
            {"first": 10, "after": encode_cursor(None, None)},
            # Ids are 32-bit on Postgres; a larger one would fail to bind.
            {"first": 10, "after": encode_cursor("Kenya Forum", 2**40)},
            {"first": 0},
            {"first": -1},
            {"first": 1000},
        ],
    )
    async def test_bad_paging_arguments_are_bad_user_input(
        self, gql: GraphQLClient, world: World, variables: dict[str, Any]
    ) -> None:
        body = await gql.execute(LIST, variables, token=world.root)
        assert body["data"] is None
        assert error_codes(body) == ["BAD_USER_INPUT"]
        field = body["errors"][0]["extensions"]["fields"][0]["field"]
        assert field == ("after" if "after" in variables else "first")

    async def test_a_non_numeric_parent_filter_is_bad_user_input(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            LIST, {"first": 10, "filter": {"parentId": "abc"}}, token=world.root
        )
        assert error_codes(body) == ["BAD_USER_INPUT"]

    async def test_an_unknown_organization_is_not_found(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(MEMBERS, {"id": "999999"}, token=world.root)
        assert error_codes(body) == ["NOT_FOUND"]


class TestCreateOrganization:
    async def test_a_superuser_creates_a_network(self, gql: GraphQLClient, world: World) -> None:
        body = await gql.execute(
            CREATE,
            {"input": {"name": "  Andes Network ", "kind": "NETWORK_SECRETARIAT", "country": "pe"}},
            token=world.root,
        )
        payload = body["data"]["createOrganization"]
        assert payload["errors"] == []
        assert payload["organization"]["name"] == "Andes Network"
        assert payload["organization"]["slug"] == "andes-network"
        assert payload["organization"]["country"] == "PE"
        assert payload["organization"]["parent"] is None

    async def test_an_admin_of_the_network_creates_a_member_under_it(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            CREATE,
            {
                "input": {
                    "name": "Nepal Civic Watch",
                    "kind": "MEMBER",
                    "parentId": str(world.network),
                }
            },
            token=world.network_admin.token,
        )
        organization = body["data"]["createOrganization"]["organization"]
        assert organization["parent"] == {"id": str(world.network), "name": "Pluralis Network"}

    @pytest.mark.parametrize("who", ["admin", "organizer", "observer", "ghana_admin"])
    async def test_others_may_not_create_organizations_under_the_network(
        self, runtime: Runtime, gql: GraphQLClient, world: World, who: str
    ) -> None:
        token = getattr(world, who).token
        before = await count_rows(runtime.db, Organization)
        without = await gql.execute(
            CREATE, {"input": {"name": "Rogue Org", "kind": "MEMBER"}}, token=token
        )
        assert without["data"] is None
        assert error_codes(without) == ["FORBIDDEN"]
        # A parent the caller may not use answers like a missing one (issue 7).
        answers = [
            await gql.execute(
                CREATE,
                {"input": {"name": "Rogue Org", "kind": "MEMBER", "parentId": parent}},
                token=token,
            )
            for parent in (str(world.network), "999999")
        ]
        assert answers[0] == answers[1]
        assert answers[0]["data"]["createOrganization"]["errors"] == [
            {"field": "parentId", "message": "No such organization.", "code": "not_found"}
        ]
        assert await count_rows(runtime.db, Organization) == before

    async def test_network_organizers_may_not_create_organizations(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        organizer = await make_member(
            runtime.db, org_id=world.network, role=Role.ORGANIZER, name="Net Organizer"
        )
        body = await gql.execute(
            CREATE,
            {"input": {"name": "Rogue Org", "kind": "MEMBER", "parentId": str(world.network)}},
            token=organizer.token,
        )
        assert body["data"]["createOrganization"]["errors"][0]["code"] == "not_found"

    @pytest.mark.parametrize(
        ("input", "expected"),
        [
            ({"name": "   "}, [("name", "required")]),
            ({"name": "kenya FORUM"}, [("name", "taken")]),
            ({"country": "XX"}, [("country", "unknown")]),
            ({"parentId": "kenya"}, [("parentId", "invalid_id")]),
            ({"parentId": "999999"}, [("parentId", "not_found")]),
            (
                {"name": "", "country": "XX", "parentId": "KENYA"},
                [("name", "required"), ("country", "unknown"), ("parentId", "invalid_parent")],
            ),
        ],
    )
    async def test_invalid_input_gives_field_errors_and_creates_nothing(
        self,
        runtime: Runtime,
        gql: GraphQLClient,
        world: World,
        input: dict[str, str],
        expected: list[tuple[str, str]],
    ) -> None:
        # "KENYA" stands for the id of a member organization, which cannot be a parent.
        if input.get("parentId") == "KENYA":
            input = {**input, "parentId": str(world.kenya)}
        before = await count_rows(runtime.db, Organization)
        body = await gql.execute(
            CREATE, {"input": {"name": "Fine Name", "kind": "MEMBER", **input}}, token=world.root
        )
        assert "errors" not in body, body
        payload = body["data"]["createOrganization"]
        assert payload["organization"] is None
        assert [(e["field"], e["code"]) for e in payload["errors"]] == expected
        assert all(e["message"] for e in payload["errors"])
        assert await count_rows(runtime.db, Organization) == before

    async def test_similar_names_get_distinct_slugs(self, gql: GraphQLClient, world: World) -> None:
        slugs = []
        for name in ("Vote Watch", "Vote-Watch!", "Vöte Watch"):
            body = await gql.execute(
                CREATE, {"input": {"name": name, "kind": "PARTNER"}}, token=world.root
            )
            slugs.append(body["data"]["createOrganization"]["organization"]["slug"])
        assert slugs == ["vote-watch", "vote-watch-2", "vote-watch-3"]


class TestUpdateOrganization:
    async def test_an_admin_of_the_organization_renames_it(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            UPDATE,
            {"id": str(world.kenya), "input": {"name": "Kenya Observers", "country": "ke"}},
            token=world.admin.token,
        )
        assert body["data"]["updateOrganization"] == {
            "organization": {
                "id": str(world.kenya),
                "name": "Kenya Observers",
                "kind": "MEMBER",
                "country": "KE",
            },
            "errors": [],
        }

    async def test_an_admin_of_the_parent_network_may_edit_it(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            UPDATE,
            {"id": str(world.ghana), "input": {"kind": "PARTNER"}},
            token=world.network_admin.token,
        )
        assert body["data"]["updateOrganization"]["organization"]["kind"] == "PARTNER"

    @pytest.mark.parametrize("who", ["organizer", "coordinator", "observer", "ghana_admin"])
    async def test_others_are_told_it_does_not_exist(
        self, gql: GraphQLClient, world: World, who: str
    ) -> None:
        token = getattr(world, who).token
        body = await gql.execute(
            UPDATE, {"id": str(world.kenya), "input": {"name": "Hijacked"}}, token=token
        )
        missing = await gql.execute(
            UPDATE, {"id": "999999", "input": {"name": "Hijacked"}}, token=token
        )
        assert body == missing
        assert error_codes(body) == ["NOT_FOUND"]

    async def test_invalid_changes_give_field_errors_and_change_nothing(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            UPDATE,
            {"id": str(world.kenya), "input": {"name": "GHANA watch", "country": "XX"}},
            token=world.admin.token,
        )
        assert body["data"]["updateOrganization"] == {
            "organization": None,
            "errors": [{"field": "name", "code": "taken"}, {"field": "country", "code": "unknown"}],
        }
        unchanged = await gql.execute(
            LIST, {"first": 5, "filter": {"country": "KE"}}, token=world.root
        )
        assert [e["node"]["name"] for e in unchanged["data"]["organizations"]["edges"]] == [
            "Kenya Forum"
        ]

    async def test_keeping_the_own_name_is_not_a_duplicate(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            UPDATE,
            {"id": str(world.kenya), "input": {"name": "KENYA FORUM"}},
            token=world.admin.token,
        )
        assert body["data"]["updateOrganization"]["organization"]["name"] == "KENYA FORUM"

    async def test_a_non_numeric_id_is_a_field_error(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(UPDATE, {"id": "kenya", "input": {"name": "X"}}, token=world.root)
        assert body["data"]["updateOrganization"]["errors"] == [
            {"field": "id", "code": "invalid_id"}
        ]


class TestOrganizationMembers:
    @pytest.mark.parametrize("who", ["admin", "organizer", "coordinator"])
    async def test_are_listed_for_those_who_run_the_organization(
        self, gql: GraphQLClient, world: World, who: str
    ) -> None:
        body = await gql.execute(MEMBERS, {"id": str(world.kenya)}, token=getattr(world, who).token)
        organization = body["data"]["organization"]
        assert organization["memberCount"] == 5
        assert sorted(m["role"] for m in organization["members"]) == [
            "ADMIN",
            "COORDINATOR",
            "OBSERVER",
            "ORGANIZER",
            "PARTNER",
        ]

    @pytest.mark.parametrize("who", ["observer", "partner", "ghana_admin"])
    async def test_are_hidden_from_observers_partners_and_outsiders(
        self, gql: GraphQLClient, world: World, who: str
    ) -> None:
        body = await gql.execute(MEMBERS, {"id": str(world.kenya)}, token=getattr(world, who).token)
        assert body["data"]["organization"]["members"] == []


class TestViewerCan:
    """Organization.viewerCan repeats the access table for one organization, so pages offer
    only the actions the server accepts."""

    QUERY = """query($id: ID!) { organization(id: $id) { viewerCan {
      viewMembers viewPersonalData managePeople manageMembers manageApiTokens editOrganization
    } } }"""

    async def ask(self, gql: GraphQLClient, token: str, org_id: int) -> set[str]:
        """The names of the permissions that are true."""
        body = await gql.execute(self.QUERY, {"id": str(org_id)}, token=token)
        result: dict[str, bool] = body["data"]["organization"]["viewerCan"]
        return {key for key, value in result.items() if value}

    async def test_follows_the_role_in_the_organization_and_the_network(
        self, gql: GraphQLClient, world: World
    ) -> None:
        everything = {
            "viewMembers",
            "viewPersonalData",
            "managePeople",
            "manageMembers",
            "manageApiTokens",
            "editOrganization",
        }
        assert await self.ask(gql, world.admin.token, world.kenya) == everything
        assert await self.ask(gql, world.network_admin.token, world.kenya) == everything
        assert await self.ask(gql, world.coordinator.token, world.kenya) == {
            "viewMembers",
            "viewPersonalData",
            "managePeople",
        }
        assert await self.ask(gql, world.organizer.token, world.kenya) == {
            "viewMembers",
            "managePeople",
        }
        assert await self.ask(gql, world.observer.token, world.kenya) == set()
        assert await self.ask(gql, world.partner.token, world.kenya) == set()
        # An admin of a sibling organization gains nothing here.
        assert await self.ask(gql, world.ghana_admin.token, world.kenya) == set()


class TestDirectoryAccess:
    async def test_an_account_without_any_role_sees_no_directory(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        # Signing up is not joining the network: the directory needs a role somewhere in it.
        user_id = await make_account(runtime.db, email="stranger@example.org")
        token = await issue_session(runtime.db, user_id)
        body = await gql.execute("{ organizations { totalCount } }", token=token)
        assert error_codes(body) == ["FORBIDDEN"]
        body = await gql.execute(
            "query($id: ID!) { organization(id: $id) { name } }",
            {"id": str(world.kenya)},
            token=token,
        )
        assert error_codes(body) == ["FORBIDDEN"]

    async def test_a_network_admin_sees_members_of_the_networks_organizations(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            "query($id: ID!) { organization(id: $id) { members { person { name } } } }",
            {"id": str(world.kenya)},
            token=world.network_admin.token,
        )
        names = {m["person"]["name"] for m in body["data"]["organization"]["members"]}
        assert "Obi Observer" in names
