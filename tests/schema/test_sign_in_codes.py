"""Observers sign in by phone: a six-digit code by SMS, over HTTP against the app.

Issue 8, deliverable 4: ten-minute expiry, five attempts, limits per number and per client,
the same answer for unknown numbers and no SMS to them; sessions started this way are shorter.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlmodel import col, select

from server.accounts.models import AuthSession, SignInMethod, User
from server.asgi import create_app
from server.audit.models import AuditEvent
from server.kit.ratelimit import MemoryRateLimiter
from server.messaging.models import OutboundMessage
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World

REQUEST = """
mutation($p: String!) { requestSignInCode(phone: $p) { ok errors { field message code } } }
"""
SIGN_IN = """
mutation($p: String!, $c: String!) {
  signInWithCode(phone: $p, code: $c) {
    token expiresAt twoFactorChallenge user { email } errors { field message code }
  }
}
"""
ME = "{ me { email sessions { method current } } }"
OBSERVER_PHONE = "+254712000004"
UNKNOWN_PHONE = "+254712000099"
Client = Callable[[str], AbstractAsyncContextManager[GraphQLClient]]


@pytest.fixture
def client_at(runtime: Runtime) -> Client:
    """A GraphQL client whose requests come from the given address."""
    app = create_app(runtime=runtime)

    @asynccontextmanager
    async def at(address: str) -> AsyncIterator[GraphQLClient]:
        transport = httpx.ASGITransport(app=app, client=(address, 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            yield GraphQLClient(http)

    return at


@pytest.fixture(autouse=True)
def still_clock(runtime: Runtime) -> None:
    # The clock stands still, so no test straddles two rate-limit windows.
    runtime.rate_limiter = MemoryRateLimiter(clock=lambda: 1_800_000_000.0)


async def messages(runtime: Runtime) -> list[OutboundMessage]:
    await runtime.jobs.drain()  # type: ignore[attr-defined]
    async with runtime.db.read() as session:
        rows = await session.exec(select(OutboundMessage).order_by(col(OutboundMessage.id)))
        return list(rows.all())


def code_in(message: OutboundMessage) -> str:
    found = re.search(r"\b(\d{6})\b", message.body)
    assert found, message.body
    return found.group(1)


async def request_code(gql: GraphQLClient, phone: str) -> dict[str, Any]:
    body = await gql.execute(REQUEST, {"p": phone})
    return dict(body["data"]["requestSignInCode"])


async def sign_in(gql: GraphQLClient, phone: str, code: str) -> dict[str, Any]:
    body = await gql.execute(SIGN_IN, {"p": phone, "c": code})
    assert "errors" not in body, body
    return dict(body["data"]["signInWithCode"])


def wrong_code(payload: dict[str, Any]) -> bool:
    return payload["token"] is None and [e["code"] for e in payload["errors"]] == ["invalid_code"]


class TestRequestSignInCode:
    async def test_a_known_number_gets_a_code_by_sms_with_the_networks_name(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        assert await request_code(gql, "+254 712 000 004") == {"ok": True, "errors": []}
        (message,) = await messages(runtime)
        assert message.to == OBSERVER_PHONE
        assert message.organization_id is None
        assert "Pluralis" in message.body
        assert len(code_in(message)) == 6

    async def test_the_text_is_in_the_persons_language(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            'mutation($id: ID!) { updatePerson(id: $id, input: {preferredLanguage: "fr"}) '
            "{ errors { code } } }",
            {"id": str(world.observer.person_id)},
            token=world.admin.token,
        )
        assert body["data"]["updatePerson"]["errors"] == []
        await request_code(gql, OBSERVER_PHONE)
        (message,) = await messages(runtime)
        assert "code de connexion" in message.body

    async def test_an_unknown_number_gets_the_same_answer_and_no_sms(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        known = await gql.execute(REQUEST, {"p": OBSERVER_PHONE})
        unknown = await gql.execute(REQUEST, {"p": UNKNOWN_PHONE})
        assert known == unknown
        assert [m.to for m in await messages(runtime)] == [OBSERVER_PHONE]

    async def test_a_deactivated_account_gets_no_sms(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        async with runtime.db.transaction() as session:
            user = await session.get(User, world.observer.user_id)
            assert user is not None
            user.is_active = False
        assert (await request_code(gql, OBSERVER_PHONE))["ok"] is True
        assert await messages(runtime) == []

    async def test_a_malformed_number_is_a_field_error(
        self, gql: GraphQLClient, world: World
    ) -> None:
        payload = await request_code(gql, "not a number")
        assert payload["ok"] is False
        assert [e["field"] for e in payload["errors"]] == ["phone"]

    async def test_a_number_is_limited_for_known_and_unknown_numbers_alike(
        self, runtime: Runtime, client_at: Client, world: World
    ) -> None:
        runtime.settings.sign_in_codes_per_number = 2
        answers: dict[str, list[Any]] = {}
        for phone in (OBSERVER_PHONE, UNKNOWN_PHONE):
            answers[phone] = []
            for i in range(3):
                # A different client each time: the number's own limit applies.
                async with client_at(f"198.51.100.{i + 1}") as gql:
                    answers[phone].append(await request_code(gql, phone))
        assert answers[OBSERVER_PHONE] == answers[UNKNOWN_PHONE]
        assert [a["ok"] for a in answers[OBSERVER_PHONE]] == [True, True, False]
        assert answers[OBSERVER_PHONE][2]["errors"][0]["code"] == "rate_limited"
        assert len(await messages(runtime)) == 2

    async def test_a_client_is_limited_across_numbers(
        self, runtime: Runtime, client_at: Client, world: World
    ) -> None:
        runtime.settings.sign_in_codes_per_client = 3
        async with client_at("203.0.113.9") as gql:
            oks = [(await request_code(gql, f"+2547120001{i:02d}"))["ok"] for i in range(4)]
        assert oks == [True, True, True, False]
        async with client_at("203.0.113.10") as other:
            assert (await request_code(other, OBSERVER_PHONE))["ok"] is True


class TestSignInWithCode:
    async def test_the_code_opens_a_shorter_session_once(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        await request_code(gql, OBSERVER_PHONE)
        (message,) = await messages(runtime)
        code = code_in(message)
        payload = await sign_in(gql, "+254712000004", code)
        assert payload["errors"] == [] and payload["token"]
        assert payload["user"]["email"] == "obi.observer@example.org"
        me = await gql.execute(ME, token=payload["token"])
        assert me["data"]["me"]["sessions"][0] == {"method": "SMS_CODE", "current": True}
        async with runtime.db.read() as session:
            row = (
                await session.exec(
                    select(AuthSession)
                    .where(AuthSession.user_id == world.observer.user_id)
                    .where(AuthSession.method == SignInMethod.SMS_CODE)
                )
            ).one()
            audit = (
                await session.exec(
                    select(AuditEvent.action).where(AuditEvent.subject_id == world.observer.user_id)
                )
            ).all()
        assert row.expires_at - row.created_at == timedelta(hours=12)
        assert "account.signed_in.sms_code" in audit
        # Single use: the same code again is refused.
        assert wrong_code(await sign_in(gql, OBSERVER_PHONE, code))

    async def test_five_wrong_codes_spend_it(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        await request_code(gql, OBSERVER_PHONE)
        code = code_in((await messages(runtime))[0])
        wrong = f"{(int(code) + 1) % 10**6:06d}"
        for _ in range(5):
            assert wrong_code(await sign_in(gql, OBSERVER_PHONE, wrong))
        assert wrong_code(await sign_in(gql, OBSERVER_PHONE, code))

    async def test_a_new_request_replaces_the_old_code(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        await request_code(gql, OBSERVER_PHONE)
        await request_code(gql, OBSERVER_PHONE)
        first, second = (code_in(m) for m in await messages(runtime))
        if first != second:
            assert wrong_code(await sign_in(gql, OBSERVER_PHONE, first))
        assert (await sign_in(gql, OBSERVER_PHONE, second))["token"]

    async def test_unknown_numbers_and_wrong_codes_answer_alike(
        self, gql: GraphQLClient, world: World
    ) -> None:
        await request_code(gql, UNKNOWN_PHONE)
        unknown = await sign_in(gql, UNKNOWN_PHONE, "123456")
        never_asked = await sign_in(gql, "+254712000098", "123456")
        await request_code(gql, OBSERVER_PHONE)
        wrong = await sign_in(gql, OBSERVER_PHONE, "abcdef")
        assert unknown == never_asked == wrong
        assert wrong_code(unknown)
