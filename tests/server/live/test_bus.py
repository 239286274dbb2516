"""Live events reach subscribers in one process (memory) and across processes (Redis)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from server.live.bus import EventBus, MemoryBus, RedisBus
from tests.services import REDIS_URL, require_redis


@pytest.fixture(params=["memory", "redis"])
async def bus(request: pytest.FixtureRequest) -> AsyncIterator[EventBus]:
    if request.param == "memory":
        yield MemoryBus()
        return
    require_redis()
    # A prefix of the test's own keeps it apart from anything else on the server.
    redis_bus = RedisBus(Redis.from_url(REDIS_URL), prefix=f"pluralis-test:{uuid.uuid4().hex}:")
    yield redis_bus
    await redis_bus.close()


class TestEventBus:
    async def test_a_subscriber_receives_what_is_published_after_it_subscribed(
        self, bus: EventBus
    ) -> None:
        async with bus.subscribe("organizations") as messages:
            await asyncio.sleep(0.05)  # Redis confirms the subscription asynchronously
            await bus.publish("organizations", {"kind": "created", "id": 1})
            await bus.publish("other-channel", {"kind": "ignored"})
            await bus.publish("organizations", {"kind": "updated", "id": 1})
            first = await asyncio.wait_for(anext(messages), 5)
            second = await asyncio.wait_for(anext(messages), 5)
        assert (first, second) == ({"kind": "created", "id": 1}, {"kind": "updated", "id": 1})

    async def test_every_subscriber_gets_its_own_copy(self, bus: EventBus) -> None:
        async with bus.subscribe("c") as a, bus.subscribe("c") as b:
            await asyncio.sleep(0.05)
            await bus.publish("c", {"n": 1})
            got = await asyncio.gather(asyncio.wait_for(anext(a), 5), asyncio.wait_for(anext(b), 5))
        assert list(got) == [{"n": 1}, {"n": 1}]
