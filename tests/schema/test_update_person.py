"""Editing a person: who may, what contact details need, and field errors that change nothing."""

from __future__ import annotations

from typing import Any

from tests.conftest import GraphQLClient
from tests.schema.conftest import World, error_codes

UPDATE = """
mutation($id: ID!, $input: UpdatePersonInput!) {
  updatePerson(id: $id, input: $input) {
    person { id name email timeZone phones { e164 label } }
    errors { field message code }
  }
}
"""
PERSON = "query($id: ID!) { person(id: $id) { name email timeZone phones { e164 } } }"


async def update(gql: GraphQLClient, token: str, person_id: int, **input: Any) -> dict[str, Any]:
    return await gql.execute(UPDATE, {"id": str(person_id), "input": input}, token=token)


class TestUpdatePerson:
    async def test_a_coordinator_replaces_phones_in_national_format(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await update(
            gql,
            world.coordinator.token,
            world.observer.person_id,
            phones=[{"number": "0722 000 111", "label": "work"}, {"number": "+254712000004"}],
            timeZone="Africa/Nairobi",
        )
        payload = body["data"]["updatePerson"]
        assert payload["errors"] == []
        assert payload["person"]["phones"] == [
            {"e164": "+254722000111", "label": "work"},
            {"e164": "+254712000004", "label": None},
        ]
        assert payload["person"]["timeZone"] == "Africa/Nairobi"
        assert payload["person"]["name"] == "Obi Observer"  # untouched fields stay

    async def test_people_may_edit_themselves(self, gql: GraphQLClient, world: World) -> None:
        body = await update(
            gql, world.observer.token, world.observer.person_id, email="obi@new.org"
        )
        assert body["data"]["updatePerson"]["person"]["email"] == "obi@new.org"

    async def test_an_organizer_may_rename_but_not_change_contact_details(
        self, gql: GraphQLClient, world: World
    ) -> None:
        renamed = await update(gql, world.organizer.token, world.observer.person_id, name="Obi O.")
        assert renamed["data"]["updatePerson"]["person"]["name"] == "Obi O."
        refused = await update(gql, world.organizer.token, world.observer.person_id, phones=[])
        assert error_codes(refused) == ["FORBIDDEN"]
        shown = await gql.execute(PERSON, {"id": str(world.observer.person_id)}, token=world.root)
        assert shown["data"]["person"]["phones"] == [{"e164": "+254712000004"}]

    async def test_observers_may_not_edit_others(self, gql: GraphQLClient, world: World) -> None:
        body = await update(gql, world.observer.token, world.partner.person_id, name="X")
        # The observer cannot see the partner at all, so the answer does not reveal them.
        assert error_codes(body) == ["NOT_FOUND"]

    async def test_others_are_told_there_is_no_such_person(
        self, gql: GraphQLClient, world: World
    ) -> None:
        """Issue 7, finding 1: only the person, superusers and those who manage people in an
        organization where the person is a member may edit them; for anyone else the answer
        is the one for a missing person, and nothing changes."""
        missing = await update(gql, world.ghana_admin.token, 99999, phones=[])
        assert error_codes(missing) == ["NOT_FOUND"]
        for member in (world.ghana_admin, world.observer, world.partner):
            body = await update(
                gql, member.token, world.coordinator.person_id, phones=[{"number": "+254799000001"}]
            )
            assert body == missing
        shown = await gql.execute(
            PERSON, {"id": str(world.coordinator.person_id)}, token=world.root
        )
        assert shown["data"]["person"]["phones"] == [{"e164": "+254712000003"}]

    async def test_invalid_input_changes_nothing(self, gql: GraphQLClient, world: World) -> None:
        body = await update(
            gql,
            world.coordinator.token,
            world.observer.person_id,
            name=" ",
            timeZone="Mars/Olympus",
            phones=[{"number": "12"}],
        )
        payload = body["data"]["updatePerson"]
        assert payload["person"] is None
        assert {(e["field"], e["code"]) for e in payload["errors"]} >= {
            ("name", "required"),
            ("phones.0.number", "invalid"),
        }
        assert any(e["field"] == "timeZone" for e in payload["errors"])
        shown = await gql.execute(PERSON, {"id": str(world.observer.person_id)}, token=world.root)
        assert shown["data"]["person"]["name"] == "Obi Observer"
        assert shown["data"]["person"]["phones"] == [{"e164": "+254712000004"}]

    async def test_keeping_a_number_while_reordering_is_not_a_conflict(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await update(
            gql,
            world.admin.token,
            world.observer.person_id,
            phones=[{"number": "+254733000999"}, {"number": "+254712000004"}],
        )
        assert body["data"]["updatePerson"]["errors"] == []
        phones = body["data"]["updatePerson"]["person"]["phones"]
        assert [p["e164"] for p in phones] == ["+254733000999", "+254712000004"]


class TestViewerCan:
    """Person.viewerCan says in advance what updatePerson would accept, so the page offers it."""

    VIEWER_CAN = "query($id: ID!) { person(id: $id) { viewerCan { edit editContact } } }"

    async def ask(self, gql: GraphQLClient, token: str, person_id: int) -> Any:
        body = await gql.execute(self.VIEWER_CAN, {"id": str(person_id)}, token=token)
        return body["data"]["person"]["viewerCan"]

    async def test_matches_who_may_edit_and_who_may_change_contact_details(
        self, gql: GraphQLClient, world: World
    ) -> None:
        observer = world.observer.person_id
        assert await self.ask(gql, world.coordinator.token, observer) == {
            "edit": True,
            "editContact": True,
        }
        assert await self.ask(gql, world.organizer.token, observer) == {
            "edit": True,
            "editContact": False,
        }
        assert await self.ask(gql, world.observer.token, observer) == {
            "edit": True,
            "editContact": True,
        }
        assert await self.ask(gql, world.root, observer) == {"edit": True, "editContact": True}
