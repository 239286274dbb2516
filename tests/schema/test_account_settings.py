"""The account page over HTTP: sessions, password and settings (issue 8, deliverable 6)."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy import update
from sqlmodel import col, select

from server.accounts.models import AuthSession
from server.db import utcnow
from server.kit.secrets import token_digest
from server.orgs.models import Channel, Person
from server.runtime import Runtime
from tests.conftest import PASSWORD, GraphQLClient
from tests.schema.conftest import World, audit_rows, error_codes, issue_session, make_account

ME = "{ me { email sessions { id current method userAgent lastSeenAt } } }"
END = "mutation($id: ID!) { endSession(id: $id) { ended errors { code } } }"
END_OTHERS = "mutation { endOtherSessions { ended errors { code } } }"
CHANGE = """
mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) {
  ok errors { field code } } }
"""
SETTINGS = """
mutation($input: AccountSettingsInput!) { updateAccountSettings(input: $input) {
  user { displayName preferredLanguage timeZone notifyBy } errors { field code } } }
"""
NEW_PASSWORD = "quiet lantern over seven hills"


async def session_id(runtime: Runtime, token: str) -> str:
    async with runtime.db.read() as session:
        found = await session.scalar(
            select(AuthSession.id).where(AuthSession.token_hash == token_digest(token))
        )
    assert found is not None
    return str(found)


async def signed_in(gql: GraphQLClient, token: str) -> bool:
    return (await gql.execute("{ me { email } }", token=token))["data"]["me"] is not None


class TestSessions:
    async def test_people_see_their_own_open_sessions_newest_first(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        other = await issue_session(runtime.db, world.observer.user_id)
        await issue_session(runtime.db, world.admin.user_id)
        sessions = (await gql.execute(ME, token=world.observer.token))["data"]["me"]["sessions"]
        assert [s["id"] for s in sessions] == [
            await session_id(runtime, other),
            await session_id(runtime, world.observer.token),
        ]
        assert [s["current"] for s in sessions] == [False, True]

    async def test_sign_in_records_the_browser_and_use_is_recorded_once_a_minute(
        self, runtime: Runtime, http: httpx.AsyncClient, gql: GraphQLClient
    ) -> None:
        await make_account(runtime.db, email="ada@example.org")
        response = await http.post(
            "/graphql",
            json={
                "query": 'mutation { signIn(email: "ada@example.org", password: "'
                + PASSWORD
                + '") { token } }'
            },
            headers={"User-Agent": "Mozilla/5.0 (Android 14)\x07" + "x" * 300},
        )
        token = response.json()["data"]["signIn"]["token"]
        (current,) = (await gql.execute(ME, token=token))["data"]["me"]["sessions"]
        assert current["method"] == "PASSWORD"
        assert current["userAgent"].startswith("Mozilla/5.0 (Android 14)x")
        assert len(current["userAgent"]) == 200
        long_ago = utcnow() - timedelta(hours=3)
        async with runtime.db.transaction() as session:
            await session.exec(update(AuthSession).values(last_seen_at=long_ago))
        await gql.execute(ME, token=token)
        async with runtime.db.read() as session:
            seen = await session.scalar(select(AuthSession.last_seen_at))
        assert seen is not None and seen > long_ago + timedelta(hours=2)

    async def test_ending_one_of_ones_own_sessions_signs_it_out(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        other = await issue_session(runtime.db, world.observer.user_id)
        body = await gql.execute(
            END, {"id": await session_id(runtime, other)}, token=world.observer.token
        )
        assert body["data"]["endSession"] == {"ended": 1, "errors": []}
        assert not await signed_in(gql, other)
        assert await signed_in(gql, world.observer.token)
        actions = [row.action for row in await audit_rows(runtime.db)]
        assert "account.session_ended" in actions

    async def test_someone_elses_session_answers_like_a_missing_one(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        missing = await gql.execute(END, {"id": "987654"}, token=world.admin.token)
        theirs = await gql.execute(
            END, {"id": await session_id(runtime, world.observer.token)}, token=world.admin.token
        )
        assert error_codes(missing) == ["NOT_FOUND"]
        assert theirs["errors"][0]["message"] == missing["errors"][0]["message"]
        assert error_codes(theirs) == ["NOT_FOUND"]
        assert await signed_in(gql, world.observer.token)

    async def test_ending_the_other_sessions_keeps_this_one(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        others = [await issue_session(runtime.db, world.observer.user_id) for _ in range(2)]
        body = await gql.execute(END_OTHERS, token=world.observer.token)
        assert body["data"]["endOtherSessions"] == {"ended": 2, "errors": []}
        assert [await signed_in(gql, t) for t in others] == [False, False]
        assert await signed_in(gql, world.observer.token)
        assert await signed_in(gql, world.admin.token)


class TestChangePassword:
    async def test_a_new_password_ends_every_other_session(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        other = await issue_session(runtime.db, world.observer.user_id)
        token = world.observer.token
        body = await gql.execute(CHANGE, {"c": PASSWORD, "n": NEW_PASSWORD}, token=token)
        assert body["data"]["changePassword"] == {"ok": True, "errors": []}
        assert not await signed_in(gql, other)
        assert await signed_in(gql, token)
        await gql.sign_in("obi.observer@example.org", NEW_PASSWORD)
        actions = [row.action for row in await audit_rows(runtime.db)]
        assert "account.password_changed" in actions

    async def test_a_wrong_current_or_weak_new_password_changes_nothing(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        other = await issue_session(runtime.db, world.observer.user_id)
        token = world.observer.token
        wrong = await gql.execute(CHANGE, {"c": "not it at all", "n": NEW_PASSWORD}, token=token)
        assert wrong["data"]["changePassword"]["errors"] == [
            {"field": "currentPassword", "code": "invalid_password"}
        ]
        weak = await gql.execute(CHANGE, {"c": PASSWORD, "n": "password1234"}, token=token)
        assert weak["data"]["changePassword"]["errors"] == [
            {"field": "newPassword", "code": "too_weak"}
        ]
        assert await signed_in(gql, other)
        await gql.sign_in("obi.observer@example.org", PASSWORD)


class TestAccountSettings:
    async def test_settings_are_written_to_the_persons_record(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        changes = {
            "displayName": " Obi ",
            "preferredLanguage": "ar",
            "timeZone": "Africa/Nairobi",
            "notifyBy": "EMAIL",
        }
        body = await gql.execute(SETTINGS, {"input": changes}, token=world.observer.token)
        assert body["data"]["updateAccountSettings"] == {
            "user": {
                "displayName": "Obi",
                "preferredLanguage": "ar",
                "timeZone": "Africa/Nairobi",
                "notifyBy": "EMAIL",
            },
            "errors": [],
        }
        async with runtime.db.read() as session:
            person = await session.get(Person, world.observer.person_id)
        assert person is not None
        assert (person.preferred_language, person.time_zone, person.notify_by) == (
            "ar",
            "Africa/Nairobi",
            Channel.EMAIL,
        )

    async def test_invalid_settings_are_field_errors(
        self, gql: GraphQLClient, world: World
    ) -> None:
        changes = {"displayName": " ", "preferredLanguage": "English", "timeZone": "Mars/Base"}
        body = await gql.execute(SETTINGS, {"input": changes}, token=world.observer.token)
        payload = body["data"]["updateAccountSettings"]
        assert payload["user"] is None
        assert {e["field"] for e in payload["errors"]} == {
            "displayName",
            "preferredLanguage",
            "timeZone",
        }

    async def test_a_channel_needs_an_address(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        # Nadia has an email but no phone.
        body = await gql.execute(
            SETTINGS, {"input": {"notifyBy": "SMS"}}, token=world.network_admin.token
        )
        assert body["data"]["updateAccountSettings"]["errors"] == [
            {"field": "notifyBy", "code": "no_address"}
        ]

    async def test_an_account_without_a_person_gets_one(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            SETTINGS, {"input": {"timeZone": "Europe/Paris"}}, token=world.root
        )
        assert body["data"]["updateAccountSettings"]["user"]["timeZone"] == "Europe/Paris"
        async with runtime.db.read() as session:
            names = (
                await session.exec(select(Person.name).where(col(Person.name) == "root"))
            ).all()
        assert names == ["root"]
