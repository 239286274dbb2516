"""devMailbox and devSmsOutbox: what the outbox backends stored, only on a developer's machine."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import httpx
import pytest

from server.asgi import create_app
from server.db import Database
from server.mail.dev import is_loopback
from server.messaging.service import queue_sms
from server.runtime import in_process_runtime
from server.settings import Mode, Settings
from tests.server.mail.conftest import LINK, mail_outbox, store_invitation

QUERY = """query($first: Int!) {
  devMailbox(first: $first) { id to subject text html createdAt }
  devSmsOutbox(first: $first) { id to body status createdAt }
}"""

Client = Callable[..., AbstractAsyncContextManager[httpx.AsyncClient]]


@pytest.fixture
def client(db: Database, settings: Settings) -> Client:
    @asynccontextmanager
    async def open_client(
        host: str = "127.0.0.1", **changes: Any
    ) -> AsyncIterator[httpx.AsyncClient]:
        runtime = in_process_runtime(settings.model_copy(update=changes), db)
        # The app checks its own (embedded) settings; the runtime's are what the fields read.
        app = create_app(settings=settings, runtime=runtime)
        transport = httpx.ASGITransport(app=app, client=(host, 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            yield http
        await runtime.jobs.close()

    return open_client


async def outboxes(http: httpx.AsyncClient, first: int = 50) -> dict[str, Any]:
    response = await http.post("/graphql", json={"query": QUERY, "variables": {"first": first}})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body
    data: dict[str, Any] = body["data"]
    return data


async def store_messages(db: Database) -> None:
    await store_invitation(db, "invitation:1", to="first@example.org")
    await store_invitation(db, "invitation:2", to="second@example.org", language="ar")
    async with db.transaction() as session:
        for n in (1, 2):
            await queue_sms(
                session,
                outbox=mail_outbox(),
                to=f"+25471200000{n}",
                body=f"Your code is 12345{n}",
                idempotency_key=f"code:{n}",
            )


class TestDevOutboxes:
    async def test_on_this_machine_they_list_the_newest_first(
        self, db: Database, client: Client
    ) -> None:
        await store_messages(db)
        async with client() as http:
            data = await outboxes(http)
        mailbox, sms = data["devMailbox"], data["devSmsOutbox"]
        assert [m["to"] for m in mailbox] == ["second@example.org", "first@example.org"]
        assert LINK in mailbox[1]["text"] and LINK in mailbox[1]["html"]
        assert mailbox[0]["subject"] == "حسابك على Election Watch"
        assert [m["body"] for m in sms] == ["Your code is 123452", "Your code is 123451"]
        assert sms[0]["to"] == "+254712000002" and sms[0]["status"] == "queued"

    async def test_first_bounds_the_list(self, db: Database, client: Client) -> None:
        await store_messages(db)
        async with client() as http:
            data = await outboxes(http, first=1)
        assert len(data["devMailbox"]) == 1 and len(data["devSmsOutbox"]) == 1

    async def test_ipv6_loopback_counts_as_this_machine(self, db: Database, client: Client) -> None:
        async with client(host="::1") as http:
            assert await outboxes(http) == {"devMailbox": [], "devSmsOutbox": []}

    @pytest.mark.parametrize("host", ["203.0.113.7", "10.0.0.2", "unknown"])
    async def test_from_another_machine_they_are_null(
        self, db: Database, client: Client, host: str
    ) -> None:
        await store_messages(db)
        async with client(host=host) as http:
            assert await outboxes(http) == {"devMailbox": None, "devSmsOutbox": None}

    async def test_in_production_they_are_null(self, db: Database, client: Client) -> None:
        await store_messages(db)
        async with client(mode=Mode.PRODUCTION, mail_backend="outbox", sms_backend="outbox") as h:
            assert await outboxes(h) == {"devMailbox": None, "devSmsOutbox": None}

    async def test_with_dev_outboxes_off_they_are_null(self, db: Database, client: Client) -> None:
        await store_messages(db)
        async with client(dev_outboxes=False) as http:
            assert await outboxes(http) == {"devMailbox": None, "devSmsOutbox": None}

    async def test_a_real_backend_closes_its_own_outbox_only(
        self, db: Database, client: Client
    ) -> None:
        await store_messages(db)
        async with client(mail_backend="smtp") as http:
            data = await outboxes(http)
        assert data["devMailbox"] is None and len(data["devSmsOutbox"]) == 2
        async with client(sms_backend="twilio") as http:
            data = await outboxes(http)
        assert len(data["devMailbox"]) == 2 and data["devSmsOutbox"] is None


class TestLoopback:
    @pytest.mark.parametrize(
        ("host", "local"),
        [
            ("127.0.0.1", True),
            ("127.8.9.10", True),
            ("::1", True),
            ("::ffff:127.0.0.1", True),
            ("::ffff:192.0.2.1", False),
            ("192.0.2.1", False),
            ("0.0.0.0", False),
            ("localhost", False),  # a name, not an address: uvicorn gives addresses
            ("", False),
        ],
    )
    def test_only_loopback_addresses_are_this_machine(self, host: str, local: bool) -> None:
        assert is_loopback(host) is local
