"""People: creating them with phones, who may list them, and who sees personal data."""

from __future__ import annotations

from typing import Any

import pytest

from server.audit.service import READ_PERSONAL_DATA
from server.db import utcnow
from server.kit.pagination import encode_cursor
from server.orgs.models import Membership, Person, PersonPhone, Role
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import (
    World,
    add_role,
    audit_rows,
    error_codes,
    make_member,
    make_org,
)
from tests.sqlcount import count_statements

CREATE = """
mutation($input: CreatePersonInput!) {
  createPerson(input: $input) {
    person { id name email preferredLanguage timeZone phones { e164 label } }
    errors { field message code }
  }
}
"""
PEOPLE = """
query($filter: PersonFilter) {
  people(first: 100, filter: $filter) { totalCount edges { node { id name } } }
}
"""
PERSON = "query($id: ID!) { person(id: $id) { id name email phones { e164 } } }"
PEOPLE_PERSONAL = "{ people(first: 100) { edges { node { id name email phones { e164 } } } } }"


def person_input(org: int, **overrides: Any) -> dict[str, Any]:
    return {"organizationId": str(org), "role": "OBSERVER", "name": "Wanjiku", **overrides}


async def create(gql: GraphQLClient, token: str, input: dict[str, Any]) -> dict[str, Any]:
    body = await gql.execute(CREATE, {"input": input}, token=token)
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["createPerson"]
    return payload


def fields(payload: dict[str, Any]) -> list[tuple[str, str]]:
    return [(e["field"], e["code"]) for e in payload["errors"]]


class TestCreatePerson:
    async def test_national_numbers_are_read_in_the_organizations_country(
        self, gql: GraphQLClient, world: World
    ) -> None:
        payload = await create(
            gql,
            world.coordinator.token,
            person_input(
                world.kenya,
                email=" Wanjiku@Example.ORG ",
                phones=[
                    {"number": "0712 345 678", "label": "mobile"},
                    {"number": "+1 202-555-0143"},
                ],
                preferredLanguage="sw",
                timeZone="Africa/Nairobi",
            ),
        )
        assert payload["errors"] == []
        person = payload["person"]
        assert person["email"] == "wanjiku@example.org"
        assert person["phones"] == [
            {"e164": "+254712345678", "label": "mobile"},
            {"e164": "+12025550143", "label": None},
        ]
        assert (person["preferredLanguage"], person["timeZone"]) == ("sw", "Africa/Nairobi")

    async def test_without_a_country_numbers_need_their_country_code(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        stateless = await make_org(runtime.db, "Roaming Observers", parent_id=world.network)
        payload = await create(
            gql, world.root, person_input(stateless, phones=[{"number": "0712 345 678"}])
        )
        assert fields(payload) == [("phones.0.number", "invalid")]
        assert "country code" in payload["errors"][0]["message"]

    @pytest.mark.parametrize(
        ("overrides", "expected"),
        [
            ({"phones": [{"number": "0712 34"}]}, [("phones.0.number", "invalid")]),
            ({"phones": [{"number": "call me"}]}, [("phones.0.number", "invalid")]),
            (
                {"phones": [{"number": "+254712345678"}, {"number": "0712 345 678"}]},
                [("phones.1.number", "duplicate")],
            ),
            ({"timeZone": "Mars/Olympus"}, [("timeZone", "invalid")]),
            ({"timeZone": "nairobi"}, [("timeZone", "invalid")]),
            ({"preferredLanguage": "English"}, [("preferredLanguage", "invalid")]),
            ({"preferredLanguage": "pt_BR"}, [("preferredLanguage", "invalid")]),
            ({"name": "  ", "email": "not-an-email"}, [("name", "required"), ("email", "invalid")]),
        ],
    )
    async def test_invalid_input_gives_field_errors_and_creates_nobody(
        self,
        runtime: Runtime,
        gql: GraphQLClient,
        world: World,
        overrides: dict[str, Any],
        expected: list[tuple[str, str]],
    ) -> None:
        before = await gql.execute(PEOPLE, token=world.root)
        payload = await create(gql, world.admin.token, person_input(world.kenya, **overrides))
        assert payload["person"] is None
        assert fields(payload) == expected
        after = await gql.execute(PEOPLE, token=world.root)
        assert after["data"]["people"]["totalCount"] == before["data"]["people"]["totalCount"]

    async def test_a_non_numeric_organization_id_is_a_field_error(
        self, gql: GraphQLClient, world: World
    ) -> None:
        payload = await create(gql, world.root, person_input(world.kenya, organizationId="KE"))
        assert fields(payload) == [("organizationId", "invalid_id")]

    async def test_observers_partners_and_outsiders_may_not_add_people(
        self, gql: GraphQLClient, world: World
    ) -> None:
        # An organization where the caller may not add people answers like a missing one.
        missing = await create(gql, world.observer.token, person_input(99999))
        assert fields(missing) == [("organizationId", "not_found")]
        for member in (world.observer, world.partner, world.ghana_admin):
            payload = await create(gql, member.token, person_input(world.kenya))
            assert payload == missing

    async def test_only_admins_may_appoint_admins(self, gql: GraphQLClient, world: World) -> None:
        refused = await gql.execute(
            CREATE, {"input": person_input(world.kenya, role="ADMIN")}, token=world.organizer.token
        )
        assert error_codes(refused) == ["FORBIDDEN"]
        accepted = await create(gql, world.admin.token, person_input(world.kenya, role="ADMIN"))
        assert accepted["errors"] == []


class TestWhoMayListPeople:
    KENYANS = [
        "Amina Admin",
        "Cora Coordinator",
        "Obi Observer",
        "Olu Organizer",
        "Pat Partner",
    ]

    @pytest.mark.parametrize("who", ["admin", "organizer", "coordinator"])
    async def test_those_who_run_an_organization_list_its_people(
        self, gql: GraphQLClient, world: World, who: str
    ) -> None:
        token = getattr(world, who).token
        body = await gql.execute(PEOPLE, token=token)
        assert [e["node"]["name"] for e in body["data"]["people"]["edges"]] == self.KENYANS
        assert body["data"]["people"]["totalCount"] == 5
        filtered = await gql.execute(
            PEOPLE, {"filter": {"organizationId": str(world.kenya), "search": "OR"}}, token=token
        )
        assert [e["node"]["name"] for e in filtered["data"]["people"]["edges"]] == [
            "Cora Coordinator",
            "Olu Organizer",
        ]

    async def test_a_superuser_lists_everyone(self, gql: GraphQLClient, world: World) -> None:
        body = await gql.execute(PEOPLE, token=world.root)
        assert body["data"]["people"]["totalCount"] == 7

    @pytest.mark.parametrize("who", ["observer", "partner"])
    async def test_observers_and_partners_list_nobody(
        self, gql: GraphQLClient, world: World, who: str
    ) -> None:
        body = await gql.execute(PEOPLE, token=getattr(world, who).token)
        assert body["data"]["people"] == {"totalCount": 0, "edges": []}
        by_org = await gql.execute(
            PEOPLE,
            {"filter": {"organizationId": str(world.kenya)}},
            token=getattr(world, who).token,
        )
        assert error_codes(by_org) == ["FORBIDDEN"]

    @pytest.mark.parametrize("who", ["observer", "partner"])
    async def test_observers_and_partners_see_only_themselves(
        self, gql: GraphQLClient, world: World, who: str
    ) -> None:
        member = getattr(world, who)
        own = await gql.execute(PERSON, {"id": str(member.person_id)}, token=member.token)
        assert own["data"]["person"]["id"] == str(member.person_id)
        for other in (world.admin, world.coordinator, world.ghana_admin):
            body = await gql.execute(PERSON, {"id": str(other.person_id)}, token=member.token)
            assert body["data"] is None
            # Hidden and missing people look the same, so ids reveal nothing.
            assert error_codes(body) == ["NOT_FOUND"]
        missing = await gql.execute(PERSON, {"id": "999999"}, token=member.token)
        assert missing["errors"][0]["message"] == body["errors"][0]["message"]

    async def test_admins_of_another_organization_do_not_see_its_people(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(PEOPLE, token=world.ghana_admin.token)
        assert [e["node"]["name"] for e in body["data"]["people"]["edges"]] == ["Kwame Admin"]
        hidden = await gql.execute(
            PERSON, {"id": str(world.admin.person_id)}, token=world.ghana_admin.token
        )
        assert error_codes(hidden) == ["NOT_FOUND"]

    async def test_anonymous_callers_are_unauthenticated(self, gql: GraphQLClient) -> None:
        assert error_codes(await gql.execute(PEOPLE)) == ["UNAUTHENTICATED"]
        assert error_codes(await gql.execute(PERSON, {"id": "1"})) == ["UNAUTHENTICATED"]


class TestPeoplePaging:
    async def test_pages_walk_everyone_once(self, gql: GraphQLClient, world: World) -> None:
        query = (
            "query($after: String) { people(first: 3, after: $after) "
            "{ pageInfo { hasNextPage endCursor } edges { node { name } } } }"
        )
        seen: list[str] = []
        after: str | None = None
        while True:
            body = await gql.execute(query, {"after": after}, token=world.root)
            page = body["data"]["people"]
            seen += [e["node"]["name"] for e in page["edges"]]
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        assert len(seen) == len(set(seen)) == 7

    @pytest.mark.parametrize("after", ["garbage", encode_cursor(1, "one")])
    async def test_a_bad_cursor_is_bad_user_input(
        self, gql: GraphQLClient, world: World, after: str
    ) -> None:
        body = await gql.execute(
            "query($after: String) { people(after: $after) { totalCount } }",
            {"after": after},
            token=world.root,
        )
        assert error_codes(body) == ["BAD_USER_INPUT"]

    async def test_a_search_matches_wildcards_literally(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(PEOPLE, {"filter": {"search": "%"}}, token=world.root)
        assert body["data"]["people"]["totalCount"] == 0


def personal(body: dict[str, Any]) -> dict[str, tuple[str | None, list[str]]]:
    return {
        e["node"]["name"]: (e["node"]["email"], [p["e164"] for p in e["node"]["phones"]])
        for e in body["data"]["people"]["edges"]
    }


class TestPersonalData:
    async def test_is_hidden_from_organizers_except_their_own(
        self, gql: GraphQLClient, world: World
    ) -> None:
        seen = personal(await gql.execute(PEOPLE_PERSONAL, token=world.organizer.token))
        assert seen["Olu Organizer"] == ("olu.organizer@example.org", ["+254712000002"])
        assert {name: data for name, data in seen.items() if name != "Olu Organizer"} == {
            name: (None, []) for name in TestWhoMayListPeople.KENYANS if name != "Olu Organizer"
        }

    @pytest.mark.parametrize("who", ["admin", "coordinator"])
    async def test_is_shown_to_coordinators_and_admins(
        self, gql: GraphQLClient, world: World, who: str
    ) -> None:
        seen = personal(await gql.execute(PEOPLE_PERSONAL, token=getattr(world, who).token))
        assert seen["Obi Observer"] == ("obi.observer@example.org", ["+254712000004"])
        assert all(email for email, _ in seen.values())

    async def test_is_shown_to_the_person_themself(self, gql: GraphQLClient, world: World) -> None:
        token = world.observer.token
        own = await gql.execute(PERSON, {"id": str(world.observer.person_id)}, token=token)
        assert own["data"]["person"]["email"] == "obi.observer@example.org"
        assert own["data"]["person"]["phones"] == [{"e164": "+254712000004"}]
        me = await gql.execute("{ me { person { email phones { e164 } } } }", token=token)
        assert me["data"]["me"]["person"]["phones"] == [{"e164": "+254712000004"}]

    async def test_a_shared_organization_is_what_counts(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        # The Kenyan observer also observes for Ghana, where Kwame is admin: Kwame may see
        # their number because of Ghana, though he has no say over Kenya.
        await add_role(
            runtime.db, person_id=world.observer.person_id, org_id=world.ghana, role=Role.OBSERVER
        )
        body = await gql.execute(
            "query($id: ID!) { person(id: $id) { phones { e164 } memberships { role } } }",
            {"id": str(world.observer.person_id)},
            token=world.ghana_admin.token,
        )
        person = body["data"]["person"]
        assert person["phones"] == [{"e164": "+254712000004"}]
        # Memberships are shown only where the caller may see members: Ghana, not Kenya.
        assert person["memberships"] == [{"role": "OBSERVER"}]

    async def test_organizers_of_a_shared_organization_still_see_none(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        ghana_organizer = await make_member(
            runtime.db, org_id=world.ghana, role=Role.ORGANIZER, name="Gifty Organizer"
        )
        await add_role(
            runtime.db, person_id=world.observer.person_id, org_id=world.ghana, role=Role.OBSERVER
        )
        body = await gql.execute(
            PERSON, {"id": str(world.observer.person_id)}, token=ghana_organizer.token
        )
        assert body["data"]["person"]["email"] is None
        assert body["data"]["person"]["phones"] == []


class TestPersonalDataAudit:
    async def test_every_read_is_recorded_with_the_request_id(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        response = await gql.http.post(
            "/graphql",
            json={"query": PEOPLE_PERSONAL},
            headers={"Authorization": f"Bearer {world.coordinator.token}"},
        )
        request_id = response.headers["x-request-id"]
        assert request_id
        people = response.json()["data"]["people"]["edges"]
        rows = await audit_rows(runtime.db)
        assert sorted(r.subject_id for r in rows) == sorted(int(e["node"]["id"]) for e in people)
        for row in rows:
            assert row.action == READ_PERSONAL_DATA == "person.read_personal_data"
            assert row.subject_type == "person"
            assert row.actor_user_id == world.coordinator.user_id
            assert row.actor_token_id is None
            assert row.request_id == request_id

    async def test_a_request_id_from_the_proxy_is_kept(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        response = await gql.http.post(
            "/graphql",
            json={"query": PERSON, "variables": {"id": str(world.observer.person_id)}},
            headers={
                "Authorization": f"Bearer {world.admin.token}",
                "X-Request-ID": "edge-1234567890",
            },
        )
        assert response.headers["x-request-id"] == "edge-1234567890"
        rows = await audit_rows(runtime.db)
        assert [(r.subject_id, r.request_id) for r in rows] == [
            (world.observer.person_id, "edge-1234567890")
        ]

    async def test_reads_without_personal_data_record_nothing(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        await gql.execute(PEOPLE, token=world.admin.token)
        await gql.execute(
            "query($id: ID!) { organization(id: $id) { members { role person { name } } } }",
            {"id": str(world.kenya)},
            token=world.admin.token,
        )
        assert await audit_rows(runtime.db) == []

    async def test_refused_personal_data_is_not_recorded(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        await gql.execute(PEOPLE_PERSONAL, token=world.organizer.token)
        rows = await audit_rows(runtime.db)
        # Only the organizer's own record was shown, so only that read is on the trail.
        assert [r.subject_id for r in rows] == [world.organizer.person_id]

    async def test_reads_through_an_api_token_name_the_token(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        created = await gql.execute(
            'mutation($org: ID!) { createApiToken(organizationId: $org, name: "SMS bridge", '
            "role: COORDINATOR) { token apiToken { id } } }",
            {"org": str(world.kenya)},
            token=world.admin.token,
        )
        secret = created["data"]["createApiToken"]["token"]
        token_id = int(created["data"]["createApiToken"]["apiToken"]["id"])
        await gql.execute(PERSON, {"id": str(world.observer.person_id)}, token=secret)
        rows = await audit_rows(runtime.db)
        assert [(r.actor_user_id, r.actor_token_id) for r in rows] == [(None, token_id)]

    async def test_fifty_people_cost_one_insert(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        now = utcnow()
        async with runtime.db.transaction() as session:
            for i in range(50):
                person = Person(name=f"Observer {i:02d}", created_at=now, updated_at=now)
                session.add(person)
                await session.flush()
                assert person.id is not None
                session.add(
                    Membership(person_id=person.id, organization_id=world.kenya, role=Role.OBSERVER)
                )
                session.add(PersonPhone(person_id=person.id, e164=f"+2547220000{i:02d}"))
        with count_statements(runtime.db.engine) as log:
            body = await gql.execute(
                "{ people(first: 100) { edges { node { phones { e164 } } } } }",
                token=world.admin.token,
            )
        assert len(body["data"]["people"]["edges"]) == 55
        inserts = [s for s in log.statements if s.lstrip().upper().startswith("INSERT")]
        assert len(inserts) == 1, inserts
        assert "audit_event" in inserts[0]
        assert len(await audit_rows(runtime.db)) == 55

    async def test_a_failed_audit_write_withholds_the_data(
        self, runtime: Runtime, gql: GraphQLClient, world: World, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Simulates the audit table being unavailable: personal data must not leave unaudited.
        async def broken(*args: object, **kwargs: object) -> None:
            raise RuntimeError("audit_event is gone: relation does not exist")

        monkeypatch.setattr("server.audit.service.AuditTrail.flush", broken)
        response = await gql.http.post(
            "/graphql",
            json={"query": PERSON, "variables": {"id": str(world.observer.person_id)}},
            headers={"Authorization": f"Bearer {world.admin.token}"},
        )
        body = response.json()
        assert body["data"] is None
        assert "+254712000004" not in response.text
        assert "audit_event" not in response.text
        assert body["errors"][0]["message"] == "Unexpected error."
        assert body["errors"][0]["extensions"] == {
            "code": "INTERNAL_SERVER_ERROR",
            "requestId": response.headers["x-request-id"],
        }
