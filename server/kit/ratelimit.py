"""Fixed-window rate limits, in memory for one process or in Redis for many.

The clock is a parameter so that tests can hold time still inside one window.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from redis.asyncio import Redis


class RateLimiter(Protocol):
    async def hit(self, key: str, *, limit: int, window_seconds: int) -> bool:
        """Count one attempt; False once `limit` attempts were made in the current window."""
        ...

    async def add(self, key: str, *, amount: int = 1, window_seconds: int) -> int:
        """Add `amount` (negative to take back) to the current window's count; return it."""
        ...


Clock = Callable[[], float]


class MemoryRateLimiter:
    def __init__(self, *, clock: Clock = time.time) -> None:
        self._windows: dict[str, tuple[int, int]] = {}
        self._clock = clock

    async def hit(self, key: str, *, limit: int, window_seconds: int) -> bool:
        return await self.add(key, window_seconds=window_seconds) <= limit

    async def add(self, key: str, *, amount: int = 1, window_seconds: int) -> int:
        window = int(self._clock()) // window_seconds
        seen_window, count = self._windows.get(key, (window, 0))
        count = count + amount if seen_window == window else amount
        self._windows[key] = (window, count)
        if len(self._windows) > 100_000:  # keep memory bounded under a flood of keys
            self._windows = {k: v for k, v in self._windows.items() if v[0] == window}
        return count


class RedisRateLimiter:
    def __init__(
        self, redis: Redis, prefix: str = "pluralis:rl:", *, clock: Clock = time.time
    ) -> None:
        self._redis = redis
        self._prefix = prefix
        self._clock = clock

    async def hit(self, key: str, *, limit: int, window_seconds: int) -> bool:
        return await self.add(key, window_seconds=window_seconds) <= limit

    async def add(self, key: str, *, amount: int = 1, window_seconds: int) -> int:
        window = int(self._clock()) // window_seconds
        name = f"{self._prefix}{key}:{window}"
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incrby(name, amount)
            pipe.expire(name, window_seconds)
            count, _ = await pipe.execute()
        return int(count)
