"""Private calendar feeds over GraphQL: create, list, revoke; the address is shown once."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from sqlmodel import select

from server.calendars.models import FeedSubscription
from server.kit.secrets import token_digest
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, error_codes, issue_session, make_account

FIELDS = (
    "id name kind prefix createdAt lastFetchedAt revokedAt "
    "filters { organizationIds kinds tags countries languages }"
)
CREATE = f"""
mutation($name: String!, $filters: FeedFiltersInput) {{
  createFeedSubscription(name: $name, filters: $filters) {{
    subscription {{ {FIELDS} }} url webcalUrl errors {{ field message code }} }} }}"""
AGENDA = f"""
mutation {{ createAgendaFeed {{ subscription {{ {FIELDS} }} url webcalUrl errors {{ code }} }} }}"""
REVOKE = """
mutation($id: ID!) { revokeFeedSubscription(id: $id) {
  subscription { id revokedAt } errors { field message code } } }"""
MINE = f"query {{ myFeedSubscriptions {{ {FIELDS} }} }}"


async def create(
    gql: GraphQLClient, token: str, filters: dict[str, Any] | None = None, name: str = "Team"
) -> dict[str, Any]:
    body = await gql.execute(CREATE, {"name": name, "filters": filters}, token=token)
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["createFeedSubscription"]
    return payload


class TestCreateFeedSubscription:
    """Issue 9, deliverable 1: the address is in the create payload and nowhere else."""

    async def test_the_address_is_shown_once_and_the_token_stored_hashed(
        self,
        runtime: Runtime,
        gql: GraphQLClient,
        world: World,
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        caplog.set_level(logging.DEBUG)
        payload = await create(
            gql, world.organizer.token, {"kinds": ["WORKSHOP"], "tags": ["Youth"]}
        )
        assert payload["errors"] == []
        url, webcal = payload["url"], payload["webcalUrl"]
        token = url.rsplit("/", 1)[1].removesuffix(".ics")
        assert url == f"http://127.0.0.1:8000/feeds/{token}.ics"
        assert webcal == f"webcal://127.0.0.1:8000/feeds/{token}.ics"
        subscription = payload["subscription"]
        assert subscription["kind"] == "SUBSCRIPTION"
        assert subscription["prefix"] == token[:12]
        assert subscription["filters"]["kinds"] == ["WORKSHOP"]
        assert subscription["filters"]["tags"] == ["youth"]
        listed = await gql.execute(MINE, token=world.organizer.token)
        assert token not in str(listed)
        assert listed["data"]["myFeedSubscriptions"] == [subscription]
        async with runtime.db.read() as session:
            (row,) = (await session.exec(select(FeedSubscription))).all()
        assert row.token_hash == token_digest(token)
        assert token not in caplog.text

    async def test_an_agenda_feed_has_its_own_kind_and_default_name(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(AGENDA, token=world.observer.token)
        payload = body["data"]["createAgendaFeed"]
        assert payload["errors"] == []
        assert (payload["subscription"]["kind"], payload["subscription"]["name"]) == (
            "AGENDA",
            "My agenda",
        )
        assert payload["url"].endswith(".ics")

    async def test_signed_out_callers_are_refused(self, gql: GraphQLClient) -> None:
        body = await gql.execute(CREATE, {"name": "x", "filters": None})
        assert error_codes(body) == ["UNAUTHENTICATED"]
        assert error_codes(await gql.execute(MINE)) == ["UNAUTHENTICATED"]

    async def test_bad_filters_are_field_errors_and_store_nothing(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        payload = await create(
            gql,
            world.organizer.token,
            {"organizationIds": ["abc"], "countries": ["Kenya"]},
            name="",
        )
        assert payload["subscription"] is None and payload["url"] is None
        assert [e["field"] for e in payload["errors"]] == ["filters.organizationIds"]
        payload = await create(gql, world.organizer.token, {"countries": ["Kenya"]}, name="")
        assert {(e["field"], e["code"]) for e in payload["errors"]} == {
            ("name", "required"),
            ("filters.countries", "unknown"),
        }
        async with runtime.db.read() as session:
            assert (await session.exec(select(FeedSubscription))).all() == []

    async def test_an_organization_hidden_from_the_caller_answers_like_a_missing_one(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        # An account with no role anywhere sees no directory (and no public event here).
        outsider = await issue_session(
            runtime.db, await make_account(runtime.db, email="out@example.org")
        )
        hidden = await create(gql, outsider, {"organizationIds": [str(world.ghana)]})
        missing = await create(gql, outsider, {"organizationIds": ["987654"]})
        assert hidden == missing
        assert [e["code"] for e in hidden["errors"]] == ["not_found"]
        member = await create(gql, world.organizer.token, {"organizationIds": [str(world.ghana)]})
        assert member["subscription"]["filters"]["organizationIds"] == [str(world.ghana)]


class TestRevokeFeedSubscription:
    """Issue 9, deliverables 1 and 6: revocable one at a time, only by its owner."""

    async def test_the_owner_revokes_one_feed_and_it_stays_listed(
        self, gql: GraphQLClient, world: World
    ) -> None:
        first = await create(gql, world.organizer.token, name="First")
        second = await create(gql, world.organizer.token, name="Second")
        feed_id = first["subscription"]["id"]
        body = await gql.execute(REVOKE, {"id": feed_id}, token=world.organizer.token)
        payload = body["data"]["revokeFeedSubscription"]
        assert payload["errors"] == [] and payload["subscription"]["revokedAt"] is not None
        listed = (await gql.execute(MINE, token=world.organizer.token))["data"]
        by_id = {f["id"]: f["revokedAt"] for f in listed["myFeedSubscriptions"]}
        assert by_id[feed_id] is not None
        assert by_id[second["subscription"]["id"]] is None

    async def test_another_persons_feed_answers_like_a_missing_one(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        theirs = await create(gql, world.ghana_admin.token)
        feed_id = theirs["subscription"]["id"]
        attempt = await gql.execute(REVOKE, {"id": feed_id}, token=world.organizer.token)
        missing = await gql.execute(REVOKE, {"id": "987654"}, token=world.organizer.token)
        assert error_codes(attempt) == ["NOT_FOUND"]
        assert attempt == missing
        # Nor is it listed for anyone but its owner.
        listed = await gql.execute(MINE, token=world.organizer.token)
        assert listed["data"]["myFeedSubscriptions"] == []
        async with runtime.db.read() as session:
            (row,) = (await session.exec(select(FeedSubscription))).all()
        assert row.revoked_at is None
