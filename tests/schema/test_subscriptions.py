"""Live updates over graphql-transport-ws, against a real uvicorn server on loopback.

The ASGI test transport cannot speak websockets, and the handshake (origin checks, the
subprotocol, close codes) is exactly what these tests are about, so a real server runs
in-process on a free port and the `websockets` library connects to it as a browser would.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
import uvicorn
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.typing import Origin, Subprotocol

from server.asgi import create_app
from server.live.bus import MemoryBus, Message
from server.runtime import Runtime
from tests.schema.conftest import World, audit_rows

PROTOCOL = "graphql-transport-ws"
CHANGES = "subscription { organizationChanges { kind organization { name } } }"
CREATE = (
    "mutation($name: String!, $parent: ID) { createOrganization(input: "
    "{name: $name, kind: MEMBER, parentId: $parent}) { organization { id } errors { field } } }"
)
TIMEOUT = 5


class ObservedBus(MemoryBus):
    """The in-memory bus, telling the test when a subscriber has started listening.

    Without it the test could publish before the server has subscribed, and the event
    would be lost: the transport has no acknowledgement for `subscribe`.
    """

    def __init__(self) -> None:
        super().__init__()
        self.subscribed = asyncio.Event()

    @asynccontextmanager
    async def subscribe(self, channel: str) -> AsyncIterator[AsyncIterator[Message]]:
        async with super().subscribe(channel) as messages:
            self.subscribed.set()
            yield messages


@asynccontextmanager
async def live_server(runtime: Runtime) -> AsyncIterator[str]:
    """Serve the app on a free loopback port; yields its host:port."""
    config = uvicorn.Config(
        create_app(runtime=runtime), host="127.0.0.1", port=0, lifespan="off", log_level="error"
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    try:
        async with asyncio.timeout(TIMEOUT):
            while not server.started:
                if task.done():
                    task.result()  # surfaces the reason it could not start
                await asyncio.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


@pytest.fixture
def bus(runtime: Runtime) -> ObservedBus:
    observed = ObservedBus()
    runtime.bus = observed
    return observed


@pytest.fixture
async def server(runtime: Runtime, bus: ObservedBus) -> AsyncIterator[str]:
    # The view reads the allowed origins when the app is built, so they are set before; the
    # evil origin stays out, which is what TestOrigins checks.
    runtime.settings.allowed_origins = ["https://app.pluralis.example"]
    async with live_server(runtime) as address:
        yield address


def open_socket(server: str, origin: str | None = None) -> connect:
    return connect(
        f"ws://{server}/graphql",
        subprotocols=[Subprotocol(PROTOCOL)],
        origin=Origin(origin) if origin else None,
    )


async def receive(ws: ClientConnection) -> dict[str, Any]:
    async with asyncio.timeout(TIMEOUT):
        message: dict[str, Any] = json.loads(await ws.recv())
    return message


async def initialise(ws: ClientConnection, payload: dict[str, Any] | None = None) -> None:
    message: dict[str, Any] = {"type": "connection_init"}
    if payload is not None:
        message["payload"] = payload
    await ws.send(json.dumps(message))


async def subscribe(ws: ClientConnection, bus: ObservedBus, query: str = CHANGES) -> None:
    await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": query}}))
    async with asyncio.timeout(TIMEOUT):
        await bus.subscribed.wait()


async def post(address: str, query: str, variables: dict[str, Any], token: str) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=f"http://{address}") as client:
        response = await client.post(
            "/graphql",
            json={"query": query, "variables": variables},
            headers={"Authorization": f"Bearer {token}"},
        )
    body: dict[str, Any] = response.json()
    return body


class TestConnectionInit:
    @pytest.mark.parametrize("payload", [None, {}, {"token": "pls_not-a-session"}, {"token": 7}])
    async def test_without_a_valid_token_the_connection_is_closed_with_4403(
        self, server: str, payload: dict[str, Any] | None
    ) -> None:
        async with open_socket(server) as ws:
            await initialise(ws, payload)
            with pytest.raises(ConnectionClosed) as closed:
                await receive(ws)
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 4403

    async def test_a_session_token_is_acknowledged(self, server: str, world: World) -> None:
        async with open_socket(server) as ws:
            assert ws.subprotocol == PROTOCOL
            await initialise(ws, {"token": world.observer.token})
            assert (await receive(ws))["type"] == "connection_ack"

    async def test_subscribing_before_connection_init_is_refused(self, server: str) -> None:
        async with open_socket(server) as ws:
            await ws.send(
                json.dumps({"id": "1", "type": "subscribe", "payload": {"query": CHANGES}})
            )
            with pytest.raises(ConnectionClosed) as closed:
                await receive(ws)
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 4401


class TestOrganizationChanges:
    async def test_a_subscriber_sees_organizations_another_client_creates_and_renames(
        self, server: str, bus: ObservedBus, world: World
    ) -> None:
        async with open_socket(server) as ws:
            await initialise(ws, {"token": world.observer.token})
            assert (await receive(ws))["type"] == "connection_ack"
            await subscribe(ws, bus)

            created = await post(
                server,
                CREATE,
                {"name": "Nepal Civic Watch", "parent": str(world.network)},
                world.network_admin.token,
            )
            org_id = created["data"]["createOrganization"]["organization"]["id"]
            assert await receive(ws) == {
                "id": "1",
                "type": "next",
                "payload": {
                    "data": {
                        "organizationChanges": {
                            "kind": "CREATED",
                            "organization": {"name": "Nepal Civic Watch"},
                        }
                    }
                },
            }

            await post(
                server,
                'mutation($id: ID!) { updateOrganization(id: $id, input: {name: "NCW"}) '
                "{ errors { field } } }",
                {"id": org_id},
                world.network_admin.token,
            )
            update = await receive(ws)
            assert update["payload"]["data"]["organizationChanges"] == {
                "kind": "UPDATED",
                "organization": {"name": "NCW"},
            }

            await ws.send(json.dumps({"id": "1", "type": "complete"}))

    async def test_signing_out_ends_the_stream_at_the_next_event(
        self, server: str, bus: ObservedBus, world: World
    ) -> None:
        async with open_socket(server) as ws:
            await initialise(ws, {"token": world.observer.token})
            await receive(ws)
            await subscribe(ws, bus)
            signed_out = await post(server, "mutation { signOut { ok } }", {}, world.observer.token)
            assert signed_out["data"]["signOut"]["ok"] is True
            await post(server, CREATE, {"name": "After Sign-out", "parent": None}, world.root)
            message = await receive(ws)
            assert message["type"] in ("next", "error")
            errors = (
                message["payload"]["errors"] if message["type"] == "next" else message["payload"]
            )
            assert errors[0]["extensions"]["code"] == "UNAUTHENTICATED"
            assert "After Sign-out" not in json.dumps(message)

    async def test_refused_mutations_publish_nothing(
        self, server: str, bus: ObservedBus, world: World
    ) -> None:
        async with open_socket(server) as ws:
            await initialise(ws, {"token": world.admin.token})
            await receive(ws)
            await subscribe(ws, bus)
            refused = await post(
                server, CREATE, {"name": "Rogue", "parent": None}, world.admin.token
            )
            assert refused["data"] is None
            invalid = await post(server, CREATE, {"name": " ", "parent": None}, world.root)
            assert invalid["data"]["createOrganization"]["errors"] == [{"field": "name"}]
            await post(server, CREATE, {"name": "Real One", "parent": None}, world.root)
            message = await receive(ws)
            # The first event to arrive is the one that happened.
            assert message["payload"]["data"]["organizationChanges"]["organization"] == {
                "name": "Real One"
            }

    async def test_personal_data_in_events_is_audited_as_it_is_sent(
        self, runtime: Runtime, server: str, bus: ObservedBus, world: World
    ) -> None:
        query = (
            "subscription { organizationChanges { organization { "
            "members { person { id phones { e164 } } } } } }"
        )
        async with open_socket(server) as ws:
            await initialise(ws, {"token": world.admin.token})
            await receive(ws)
            await subscribe(ws, bus, query)
            await post(
                server,
                'mutation($id: ID!) { updateOrganization(id: $id, input: {country: "KE"}) '
                "{ errors { field } } }",
                {"id": str(world.kenya)},
                world.admin.token,
            )
            event = await receive(ws)
            members = event["payload"]["data"]["organizationChanges"]["organization"]["members"]
            assert len(members) == 5
            # Written before the event went out, while the subscription is still open.
            rows = await audit_rows(runtime.db)
            assert sorted(r.subject_id for r in rows) == sorted(
                int(m["person"]["id"]) for m in members
            )
            assert {r.actor_user_id for r in rows} == {world.admin.user_id}

    async def test_an_event_whose_audit_fails_is_withheld(
        self,
        server: str,
        bus: ObservedBus,
        world: World,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        # Simulates the audit table being unavailable while the subscription is open.
        async def broken(*args: object, **kwargs: object) -> None:
            raise RuntimeError("audit_event unavailable")

        query = (
            "subscription { organizationChanges { organization { "
            "members { person { phones { e164 } } } } } }"
        )
        async with open_socket(server) as ws:
            await initialise(ws, {"token": world.admin.token})
            await receive(ws)
            await subscribe(ws, bus, query)
            monkeypatch.setattr("server.audit.service.AuditTrail.flush", broken)
            await post(
                server,
                'mutation($id: ID!) { updateOrganization(id: $id, input: {country: "KE"}) '
                "{ errors { field } } }",
                {"id": str(world.kenya)},
                world.admin.token,
            )
            event = await receive(ws)
        assert event["type"] == "next"
        assert event["payload"]["data"] is None
        [error] = event["payload"]["errors"]
        assert error["message"] == "Unexpected error."
        assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
        assert "+2547" not in json.dumps(event)
        assert "audit_event" not in json.dumps(event)


class TestOrigins:
    async def test_a_page_on_another_site_is_refused_at_the_handshake(
        self, server: str, world: World
    ) -> None:
        with pytest.raises(InvalidStatus) as refused:
            async with open_socket(server, origin="https://evil.example"):
                pass
        assert refused.value.response.status_code == 403

    async def test_an_allowed_origin_connects(self, server: str, world: World) -> None:
        async with open_socket(server, origin="https://app.pluralis.example") as ws:
            await initialise(ws, {"token": world.observer.token})
            assert (await receive(ws))["type"] == "connection_ack"

    async def test_the_same_origin_connects(self, server: str, world: World) -> None:
        async with open_socket(server, origin=f"http://{server}") as ws:
            await initialise(ws, {"token": world.observer.token})
            assert (await receive(ws))["type"] == "connection_ack"
