"""Sign-in limits over HTTP: clients that keep failing are slowed, a person is never locked out.

Each client is the app reached from its own address, as uvicorn reports it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import httpx
import pytest

from server.asgi import create_app
from server.kit.ratelimit import MemoryRateLimiter
from server.runtime import Runtime
from tests.conftest import PASSWORD, GraphQLClient
from tests.schema.conftest import error_codes, make_account

SIGN_IN = """
mutation($e: String!, $p: String!) {
  signIn(email: $e, password: $p) { token errors { code } }
}
"""
WRONG = "guess guess guess"
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


@pytest.fixture
async def small_limits(runtime: Runtime) -> Runtime:
    # Small limits keep the tests fast; the code reads them from the settings on each call.
    # The clock stands still, so no test straddles two windows.
    runtime.rate_limiter = MemoryRateLimiter(clock=lambda: 1_800_000_000.0)
    runtime.settings.sign_in_attempts_per_window = 3
    runtime.settings.sign_in_failures_per_client = 5
    runtime.settings.sign_in_failures_per_email = 4
    await make_account(runtime.db, email="ada@example.org")
    await make_account(runtime.db, email="bob@example.org")
    return runtime


async def sign_in(gql: GraphQLClient, email: str, password: str) -> dict[str, Any]:
    return await gql.execute(SIGN_IN, {"e": email, "p": password})


def signed_in(body: dict[str, Any]) -> bool:
    return bool(body["data"] and body["data"]["signIn"]["token"])


def refused(body: dict[str, Any]) -> bool:
    return body["data"] is None and error_codes(body) == ["RATE_LIMITED"]


@pytest.mark.usefixtures("small_limits")
class TestSignInLimits:
    """Issue 7, finding 11: failing someone's email 10 times locked them out."""

    async def test_failing_someones_email_does_not_lock_them_out(self, client_at: Client) -> None:
        async with client_at("203.0.113.66") as attacker, client_at("198.51.100.7") as ada:
            for _ in range(3):
                body = await sign_in(attacker, "ada@example.org", WRONG)
                assert body["data"]["signIn"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
            assert refused(await sign_in(attacker, "ADA@example.org", PASSWORD))
            # Ada, from her own phone, still signs in with her password.
            assert signed_in(await sign_in(ada, "ada@example.org", PASSWORD))
            # The failing client may still sign in to another account it knows.
            assert signed_in(await sign_in(attacker, "bob@example.org", PASSWORD))

    async def test_a_client_failing_many_emails_is_refused_for_all(self, client_at: Client) -> None:
        async with client_at("203.0.113.66") as attacker:
            for index in range(5):
                body = await sign_in(attacker, f"person{index}@example.org", WRONG)
                assert body["data"]["signIn"]["errors"], body
            assert refused(await sign_in(attacker, "bob@example.org", PASSWORD))

    async def test_many_clients_failing_one_email_stop_but_a_fresh_client_signs_in(
        self, client_at: Client
    ) -> None:
        addresses = [f"203.0.113.{n}" for n in range(1, 6)]
        for address in addresses[:4]:
            async with client_at(address) as bot:
                assert not signed_in(await sign_in(bot, "ada@example.org", WRONG))
        # The ceiling is reached: every client that has been failing is refused.
        async with client_at(addresses[0]) as bot:
            assert refused(await sign_in(bot, "ada@example.org", PASSWORD))
        async with client_at(addresses[4]) as bot, client_at("198.51.100.7") as ada:
            assert signed_in(await sign_in(ada, "ada@example.org", PASSWORD))
            # A fresh client gets its answer, but one failure puts it under the ceiling too.
            assert not signed_in(await sign_in(bot, "ada@example.org", WRONG))
            assert refused(await sign_in(bot, "ada@example.org", WRONG))

    async def test_successful_sign_ins_never_count(self, client_at: Client) -> None:
        async with client_at("198.51.100.7") as ada:
            for _ in range(8):
                assert signed_in(await sign_in(ada, "ada@example.org", PASSWORD))
            # Nor do they use up the failures a typo may need.
            for _ in range(2):
                assert not signed_in(await sign_in(ada, "ada@example.org", WRONG))
            assert signed_in(await sign_in(ada, "ada@example.org", PASSWORD))
