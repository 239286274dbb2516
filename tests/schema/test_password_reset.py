"""Password reset over GraphQL: no oracle, limits, single use, and every session ends."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, contextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import col, select

from server.asgi import create_app
from server.kit.ratelimit import MemoryRateLimiter
from server.mail.models import OutboundEmail
from server.messaging.models import OutboundMessage
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, audit_rows, issue_session
from tests.sqlcount import BOOKKEEPING, StatementLog

REQUEST = """
mutation($e: String, $p: String) { requestPasswordReset(email: $e, phone: $p) {
  ok errors { field code message } } }"""
RESET = """
mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) {
  ok errors { field code message } } }"""
ME = "{ me { id } }"
PASSWORD = "violet harbour lantern 59"
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
def still_clock(runtime: Runtime) -> Runtime:
    # The clock stands still so that no test straddles two windows.
    runtime.rate_limiter = MemoryRateLimiter(clock=lambda: 1_800_000_000.0)
    return runtime


@contextmanager
def count_request_statements(engine: AsyncEngine) -> Iterator[StatementLog]:
    """Statements the request itself runs, as tests/sqlcount.py counts them, leaving out
    those of jobs it started: the SMS a known number gets is sent by a job in its own task,
    which may run during the next request's count (that is not the request's work)."""
    task = asyncio.current_task()
    log = StatementLog()

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if asyncio.current_task() is task and not statement.lstrip().upper().startswith(
            BOOKKEEPING
        ):
            log.statements.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", before)
    try:
        yield log
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", before)


async def reset_link(runtime: Runtime) -> str:
    async with runtime.db.read() as session:
        texts = list(
            (
                await session.exec(select(OutboundEmail.text_body).order_by(col(OutboundEmail.id)))
            ).all()
        ) + list(
            (
                await session.exec(select(OutboundMessage.body).order_by(col(OutboundMessage.id)))
            ).all()
        )
    found = [m.group(1) for t in texts if (m := re.search(r"/reset-password/(plr_[\w-]+)", t))]
    assert found, texts
    return found[-1]


async def ask(gql: GraphQLClient, **by: str) -> dict[str, Any]:
    return await gql.execute(REQUEST, {"e": by.get("email"), "p": by.get("phone")})


class TestNoOracle:
    """The answer, and the statements run, are the same for known and unknown addresses."""

    @pytest.mark.parametrize(
        ("known", "unknown"),
        [
            ({"email": "obi.observer@example.org"}, {"email": "nobody@example.org"}),
            ({"phone": "+254712000004"}, {"phone": "+254712999999"}),
        ],
        ids=["email", "phone"],
    )
    async def test_known_and_unknown_addresses_look_alike(
        self,
        gql: GraphQLClient,
        runtime: Runtime,
        world: World,
        known: dict[str, str],
        unknown: dict[str, str],
    ) -> None:
        await ask(gql, **unknown)  # warm the parser and validation caches
        with count_request_statements(runtime.db.engine) as for_known:
            known_body = await ask(gql, **known)
        with count_request_statements(runtime.db.engine) as for_unknown:
            unknown_body = await ask(gql, **unknown)
        assert (
            known_body
            == unknown_body
            == {"data": {"requestPasswordReset": {"ok": True, "errors": []}}}
        )
        assert for_known.count == for_unknown.count >= 6, (
            for_known.statements,
            for_unknown.statements,
        )
        await reset_link(runtime)  # the known one did get a link

    async def test_a_deactivated_account_looks_like_an_unknown_one(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        deactivated = await gql.execute(
            "mutation($id: ID!) { deactivateAccount(userId: $id) { errors { code } } }",
            {"id": str(world.observer.user_id)},
            token=world.admin.token,
        )
        assert deactivated["data"]["deactivateAccount"]["errors"] == []
        body = await ask(gql, email="obi.observer@example.org")
        assert body["data"]["requestPasswordReset"] == {"ok": True, "errors": []}
        async with runtime.db.read() as session:
            assert (await session.exec(select(OutboundEmail))).all() == []

    async def test_only_known_accounts_are_audited(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        await ask(gql, email="nobody@example.org")
        await ask(gql, email="obi.observer@example.org")
        rows = [r for r in await audit_rows(runtime.db) if r.action.startswith("account.")]
        assert [(r.action, r.subject_id) for r in rows] == [
            ("account.password_reset_requested", world.observer.user_id)
        ]


class TestLimits:
    async def test_a_client_over_its_limit_is_told_to_wait_and_another_is_not(
        self, still_clock: Runtime, world: World, client_at: Client
    ) -> None:
        still_clock.settings.password_resets_per_client = 3
        async with client_at("10.0.0.1") as flooder, client_at("10.0.0.2") as other:
            for n in range(3):
                body = await ask(flooder, email=f"guess{n}@example.org")
                assert body["data"]["requestPasswordReset"]["ok"] is True
            refused = await ask(flooder, email="obi.observer@example.org")
            fine = await ask(other, email="obi.observer@example.org")
        payload = refused["data"]["requestPasswordReset"]
        assert payload["ok"] is False
        assert [e["code"] for e in payload["errors"]] == ["rate_limited"]
        assert fine["data"]["requestPasswordReset"] == {"ok": True, "errors": []}

    async def test_an_address_over_its_limit_answers_the_same_known_or_not(
        self, still_clock: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        still_clock.settings.password_resets_per_identifier = 1
        answers = [
            await ask(gql, email=email)
            for email in ("obi.observer@example.org", "nobody@example.org")
            for _ in range(3)
        ]
        assert all(a == answers[0] for a in answers)
        async with still_clock.db.read() as session:
            sent = (await session.exec(select(OutboundEmail))).all()
        assert len(sent) == 1


class TestResetPassword:
    async def test_a_reset_signs_out_every_session_and_the_new_password_works(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        other = await issue_session(runtime.db, world.observer.user_id)
        await ask(gql, phone="+254712000004")
        await runtime.jobs.drain()  # type: ignore[attr-defined]
        token = await reset_link(runtime)
        body = await gql.execute(RESET, {"t": token, "p": PASSWORD})
        assert body["data"]["resetPassword"] == {"ok": True, "errors": []}
        for session_token in (world.observer.token, other):
            assert (await gql.execute(ME, token=session_token))["data"]["me"] is None
        await gql.sign_in("obi.observer@example.org", PASSWORD)
        again = await gql.execute(RESET, {"t": token, "p": PASSWORD})
        assert again["data"]["resetPassword"]["ok"] is False
        assert again == await gql.execute(RESET, {"t": "plr_unknown", "p": PASSWORD})

    async def test_a_weak_password_is_refused(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        await ask(gql, email="obi.observer@example.org")
        token = await reset_link(runtime)
        body = await gql.execute(RESET, {"t": token, "p": "password1234"})
        payload = body["data"]["resetPassword"]
        assert payload["ok"] is False
        assert [e["code"] for e in payload["errors"]] == ["too_weak"]
