"""The sign-in throttle on its own, in memory and in Redis: what it counts and what it stores."""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from server.accounts.throttle import SignInLimits, SignInThrottle
from server.kit.errors import RateLimited
from server.kit.ratelimit import MemoryRateLimiter, RateLimiter, RedisRateLimiter
from tests.services import REDIS_URL, require_redis

# A clock held still: a test that crossed a window boundary would see its counts reset.
NOW = 1_800_000_000.0
LIMITS = SignInLimits(per_email_and_client=3, per_client=5, per_email=4, window_seconds=60)
EMAIL = "ada@example.org"


@pytest.fixture(params=["memory", "redis"])
async def limiter(request: pytest.FixtureRequest) -> AsyncIterator[RateLimiter]:
    if request.param == "memory":
        yield MemoryRateLimiter(clock=lambda: NOW)
        return
    require_redis()
    redis = Redis.from_url(REDIS_URL)
    yield RedisRateLimiter(redis, prefix=f"pluralis-test:{uuid.uuid4().hex}:", clock=lambda: NOW)
    await redis.aclose()


def throttle(limiter: RateLimiter, client: str = "203.0.113.66") -> SignInThrottle:
    return SignInThrottle(limiter=limiter, limits=LIMITS, secret=b"k" * 32, client=client)


async def fail(throttle: SignInThrottle, email: str = EMAIL) -> None:
    await throttle.begin(email=email)  # counted, and never taken back


class TestSignInThrottle:
    """Issue 7, finding 11: failures are throttled per email and client, not per email."""

    async def test_a_parallel_burst_cannot_pass_before_it_is_counted(
        self, limiter: RateLimiter
    ) -> None:
        results = await asyncio.gather(
            *(throttle(limiter).begin(email=EMAIL) for _ in range(10)), return_exceptions=True
        )
        assert sum(not isinstance(r, RateLimited) for r in results) == 3

    async def test_a_success_takes_its_attempt_back(self, limiter: RateLimiter) -> None:
        for _ in range(10):
            attempt = await throttle(limiter).begin(email=EMAIL)
            await attempt.succeeded()
        await fail(throttle(limiter))

    async def test_the_store_holds_no_email_nor_a_plain_hash_of_one(self) -> None:
        require_redis()
        redis = Redis.from_url(REDIS_URL)
        prefix = f"pluralis-test:{uuid.uuid4().hex}:"
        try:
            await fail(throttle(RedisRateLimiter(redis, prefix=prefix)))
            keys = [k.decode() async for k in redis.scan_iter(match=f"{prefix}*")]
        finally:
            await redis.aclose()
        assert len(keys) == 3
        plain = hashlib.sha256(EMAIL.encode()).hexdigest()[:16]
        for key in keys:
            assert "ada" not in key and "example" not in key and "203.0.113" not in key
            assert plain not in key
