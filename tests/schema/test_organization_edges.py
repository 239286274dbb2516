"""Issue 7, finding 12: member counts for the public, a token for a missing organization, and
names that differ only in non-ASCII case."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import pytest

from server.events.models import Visibility
from server.orgs import service
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World
from tests.schema.test_events_read import make_event

CREATE_ORG = """
mutation($name: String!) {
  createOrganization(input: {name: $name, kind: MEMBER}) {
    organization { name } errors { field message code }
  }
}
"""
CREATE_TOKEN = """
mutation($org: ID!) {
  createApiToken(organizationId: $org, name: "Sync", role: ADMIN) {
    token errors { field message code }
  }
}
"""
EVENT_HOST = "query($id: ID!) { event(id: $id) { hostOrganization { name memberCount } } }"


async def create_org(gql: GraphQLClient, token: str, name: str) -> dict[str, Any]:
    body = await gql.execute(CREATE_ORG, {"name": name}, token=token)
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["createOrganization"]
    return payload


class TestMemberCount:
    async def test_is_hidden_from_anonymous_callers(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        """Issue 7, finding 12: a public event's host showed its member count to anyone."""
        event_id = await make_event(
            runtime.db,
            world.kenya,
            title="Open forum",
            visibility=Visibility.PUBLIC,
            starts_at=datetime(2030, 6, 1, 10, 0),
        )
        anonymous = await gql.execute(EVENT_HOST, {"id": str(event_id)})
        assert anonymous["data"]["event"]["hostOrganization"] == {
            "name": "Kenya Forum",
            "memberCount": None,
        }
        member = await gql.execute(EVENT_HOST, {"id": str(event_id)}, token=world.observer.token)
        assert member["data"]["event"]["hostOrganization"]["memberCount"] == 5


class TestApiTokenForAnOrganization:
    async def test_a_missing_one_is_the_answer_for_one_you_do_not_manage(
        self, gql: GraphQLClient, world: World
    ) -> None:
        """Issue 7, finding 12: a missing organization was a masked 500 (foreign key)."""
        missing = await gql.execute(CREATE_TOKEN, {"org": "99999"}, token=world.root)
        assert missing == {
            "data": {
                "createApiToken": {
                    "token": None,
                    "errors": [
                        {
                            "field": "organizationId",
                            "message": "No such organization.",
                            "code": "not_found",
                        }
                    ],
                }
            }
        }
        for token in (world.ghana_admin.token, world.organizer.token):
            assert await gql.execute(CREATE_TOKEN, {"org": str(world.kenya)}, token=token) == (
                missing
            )


class TestOrganizationNames:
    @pytest.mark.parametrize(
        ("first", "second"),
        [("Ä", "ä"), ("Straße Watch", "STRASSE WATCH"), ("Ǆemal Forum", "ǆemal forum")],
    )
    async def test_names_differing_only_in_case_are_the_same_name(
        self, gql: GraphQLClient, world: World, first: str, second: str
    ) -> None:
        """Issue 7, finding 12: SQLite's lower() folds ASCII only, so this was a 500."""
        assert (await create_org(gql, world.root, first))["errors"] == []
        refused = await create_org(gql, world.root, second)
        assert refused == {
            "organization": None,
            "errors": [
                {
                    "field": "name",
                    "message": "An organization with this name already exists.",
                    "code": "taken",
                }
            ],
        }

    async def test_a_rename_onto_another_name_in_other_case_is_refused(
        self, gql: GraphQLClient, world: World
    ) -> None:
        await create_org(gql, world.root, "Écoute")
        body = await gql.execute(
            'mutation($id: ID!) { updateOrganization(id: $id, input: {name: "ÉCOUTE"}) '
            "{ errors { field code } } }",
            {"id": str(world.ghana)},
            token=world.root,
        )
        assert body["data"]["updateOrganization"]["errors"] == [{"field": "name", "code": "taken"}]

    async def test_two_at_the_same_moment_give_one_organization_and_one_field_error(
        self, gql: GraphQLClient, world: World
    ) -> None:
        """The check and the insert are not atomic; the unique index settles the race."""
        answers = await asyncio.gather(
            create_org(gql, world.root, "Åland Monitors"),
            create_org(gql, world.root, "åland monitors"),
        )
        codes = sorted(e["code"] for a in answers for e in a["errors"])
        assert codes == ["taken"]

    async def test_a_name_taken_after_the_check_is_the_same_field_error(
        self, monkeypatch: pytest.MonkeyPatch, gql: GraphQLClient, world: World
    ) -> None:
        """The insert runs in a savepoint: the unique index's refusal becomes the field error."""
        await create_org(gql, world.root, "Ñandú Watch")

        async def unchecked(_session: object, _problems: object, name: str, **_: object) -> str:
            return name.strip()

        monkeypatch.setattr(service, "_check_name", unchecked)
        refused = await create_org(gql, world.root, "ñandú watch")
        assert [e["code"] for e in refused["errors"]] == ["taken"]
        listed = await gql.execute(
            '{ organizations(filter: {search: "and"}) { totalCount } }', token=world.root
        )
        assert listed["data"]["organizations"]["totalCount"] == 1
