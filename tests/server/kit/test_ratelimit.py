"""Sign-in rate limits hold per key, in memory and shared through Redis."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from server.kit.ratelimit import MemoryRateLimiter, RateLimiter, RedisRateLimiter
from tests.services import REDIS_URL, require_redis


@pytest.fixture(params=["memory", "redis"])
async def limiter(request: pytest.FixtureRequest) -> AsyncIterator[RateLimiter]:
    if request.param == "memory":
        yield MemoryRateLimiter()
        return
    require_redis()
    redis = Redis.from_url(REDIS_URL)
    yield RedisRateLimiter(redis, prefix=f"pluralis-test:{uuid.uuid4().hex}:")
    await redis.aclose()


class TestRateLimiter:
    async def test_allows_up_to_the_limit_then_refuses(self, limiter: RateLimiter) -> None:
        results = [await limiter.hit("signin:x", limit=3, window_seconds=60) for _ in range(5)]
        assert results == [True, True, True, False, False]

    async def test_keys_are_counted_separately(self, limiter: RateLimiter) -> None:
        for _ in range(3):
            await limiter.hit("signin:a", limit=3, window_seconds=60)
        assert await limiter.hit("signin:b", limit=3, window_seconds=60) is True

    async def test_add_counts_and_takes_back(self, limiter: RateLimiter) -> None:
        assert await limiter.add("signin:c", window_seconds=60) == 1
        assert await limiter.add("signin:c", amount=2, window_seconds=60) == 3
        assert await limiter.add("signin:c", amount=-1, window_seconds=60) == 2
