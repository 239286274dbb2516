"""SQL statements per request must not grow with the number of rows on a page.

Each nested list is served by a DataLoader that batches a whole level into one statement, so
a page of 200 organizations with their members, people, phones and memberships costs the same
few statements as a page of 10. These tests count them on both databases.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import insert
from sqlmodel import col, select

from server.db import Database, utcnow
from server.orgs.models import Membership, Organization, OrganizationKind, Person, PersonPhone, Role
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import issue_session, make_account, make_org
from tests.sqlcount import count_statements

ORGANIZATIONS = """
query($after: String) {
  organizations(first: 200, after: $after, filter: {kind: MEMBER}) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      name
      parent { name }
      memberCount
      viewerCan { viewMembers manageApiTokens }
      members {
        role
        person {
          name email phones { e164 } viewerCan { edit editContact }
          memberships { organization { name } }
        }
      }
    } }
  }
}
"""
PEOPLE = """
query($after: String) {
  people(first: 200, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      name
      email
      phones { e164 }
      viewerCan { edit editContact }
      memberships { role organization { name memberCount parent { name } } }
    } }
  }
}
"""

# What one page costs, statement by statement:
#   1 the caller's session (a superuser without a person needs no roles lookup);
#   2 the page and its total count;
#   then one batch per loader and level, whatever the page size:
#   organizations (7): parents, member counts, members, their people, those people's
#   memberships (the personal-data check and the field share one batch), phones, and the
#   organizations of those memberships;
#   people (5): memberships, phones, organizations, member counts, parents;
#   1 INSERT for the audit trail of the emails and phones shown.
# viewerCan adds nothing: it reads the caller's roles and the memberships batch already loaded.
ORGANIZATIONS_STATEMENTS = 1 + 2 + 7 + 1
PEOPLE_STATEMENTS = 1 + 2 + 5 + 1


async def seed_members(db: Database, *, network: int, start: int, stop: int) -> None:
    """Member organizations start..stop-1 under the network, each with two phoned people.

    Rows go in as multi-row INSERTs: creating 1,500 rows through the services one by one
    would take most of the test's time.
    """
    now = utcnow()
    stamps = {"created_at": now, "updated_at": now}
    async with db.transaction() as session:
        await session.exec(
            insert(Organization),
            params=[
                {
                    "name": f"Member {i:04d}",
                    "slug": f"member-{i:04d}",
                    "kind": OrganizationKind.MEMBER,
                    "country": "KE",
                    "parent_id": network,
                    **stamps,
                }
                for i in range(start, stop)
            ],
        )
        await session.exec(
            insert(Person),
            params=[
                {
                    "name": f"Person {i:04d}-{j}",
                    "email": f"p{i}-{j}@example.org",
                    "preferred_language": "en",
                    "time_zone": "Africa/Nairobi",
                    **stamps,
                }
                for i in range(start, stop)
                for j in range(2)
            ],
        )
        org_ids = dict(
            (
                await session.exec(
                    select(Organization.name, Organization.id).where(
                        col(Organization.name).like("Member %")
                    )
                )
            ).all()
        )
        person_ids = dict(
            (
                await session.exec(
                    select(Person.name, Person.id).where(col(Person.name).like("Person %"))
                )
            ).all()
        )
        await session.exec(
            insert(PersonPhone),
            params=[
                {
                    "person_id": person_ids[f"Person {i:04d}-{j}"],
                    "e164": f"+2547{i:04d}{j:04d}",
                    "position": 0,
                    "created_at": now,
                }
                for i in range(start, stop)
                for j in range(2)
            ],
        )
        await session.exec(
            insert(Membership),
            params=[
                {
                    "person_id": person_ids[f"Person {i:04d}-{j}"],
                    "organization_id": org_ids[f"Member {i:04d}"],
                    "role": Role.COORDINATOR if j else Role.OBSERVER,
                    "created_at": now,
                }
                for i in range(start, stop)
                for j in range(2)
            ],
        )


async def statements_per_page(
    runtime: Runtime, gql: GraphQLClient, token: str, query: str, root: str
) -> list[tuple[int, int]]:
    """Walk every page; return (nodes on the page, statements it cost) for each."""
    pages: list[tuple[int, int]] = []
    after: str | None = None
    while True:
        with count_statements(runtime.db.engine) as log:
            body: dict[str, Any] = await gql.execute(query, {"after": after}, token=token)
        assert "errors" not in body, body
        connection = body["data"][root]
        pages.append((len(connection["edges"]), log.count))
        if not connection["pageInfo"]["hasNextPage"]:
            return pages
        after = connection["pageInfo"]["endCursor"]


@pytest.fixture
async def superuser(runtime: Runtime) -> str:
    return await issue_session(
        runtime.db, await make_account(runtime.db, email="root@example.org", is_superuser=True)
    )


@pytest.fixture
async def network(runtime: Runtime) -> int:
    return await make_org(
        runtime.db, "Network", kind=OrganizationKind.NETWORK_SECRETARIAT, country="BE"
    )


class TestOrganizationsStatementCount:
    async def test_a_page_costs_the_same_for_10_and_500_organizations(
        self, runtime: Runtime, gql: GraphQLClient, superuser: str, network: int
    ) -> None:
        await seed_members(runtime.db, network=network, start=0, stop=10)
        small = await statements_per_page(runtime, gql, superuser, ORGANIZATIONS, "organizations")
        assert small == [(10, ORGANIZATIONS_STATEMENTS)]

        await seed_members(runtime.db, network=network, start=10, stop=500)
        large = await statements_per_page(runtime, gql, superuser, ORGANIZATIONS, "organizations")
        assert large == [
            (200, ORGANIZATIONS_STATEMENTS),
            (200, ORGANIZATIONS_STATEMENTS),
            (100, ORGANIZATIONS_STATEMENTS),
        ]


class TestPeopleStatementCount:
    async def test_a_page_costs_the_same_for_20_and_1000_people(
        self, runtime: Runtime, gql: GraphQLClient, superuser: str, network: int
    ) -> None:
        await seed_members(runtime.db, network=network, start=0, stop=10)
        small = await statements_per_page(runtime, gql, superuser, PEOPLE, "people")
        assert small == [(20, PEOPLE_STATEMENTS)]

        await seed_members(runtime.db, network=network, start=10, stop=500)
        large = await statements_per_page(runtime, gql, superuser, PEOPLE, "people")
        assert [n for n, _ in large] == [200] * 5
        assert {count for _, count in large} == {PEOPLE_STATEMENTS}


class TestTotalCountOnDemand:
    async def test_the_count_query_runs_only_when_total_count_is_selected(
        self, runtime: Runtime, gql: GraphQLClient, superuser: str, network: int
    ) -> None:
        await seed_members(runtime.db, network=network, start=0, stop=3)
        counted: list[int] = []
        for query in (
            "{ organizations(first: 5) { edges { node { name } } } }",
            "{ organizations(first: 5) { totalCount edges { node { name } } } }",
            "query { organizations(first: 5) { ...Total } } "
            "fragment Total on OrganizationConnection { totalCount }",
        ):
            with count_statements(runtime.db.engine) as log:
                body = await gql.execute(query, token=superuser)
            assert "errors" not in body, body
            counted.append(sum("count(" in s.lower() for s in log.statements))
        assert counted == [0, 1, 1]
