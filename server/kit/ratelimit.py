"""Fixed-window rate limits, in memory for one process or in Redis for many."""

from __future__ import annotations

import time
from typing import Protocol

from redis.asyncio import Redis


class RateLimiter(Protocol):
    async def hit(self, key: str, *, limit: int, window_seconds: int) -> bool:
        """Count one attempt; False once `limit` attempts were made in the current window."""
        ...


class MemoryRateLimiter:
    def __init__(self) -> None:
        self._windows: dict[str, tuple[int, int]] = {}

    async def hit(self, key: str, *, limit: int, window_seconds: int) -> bool:
        window = int(time.time()) // window_seconds
        seen_window, count = self._windows.get(key, (window, 0))
        count = count + 1 if seen_window == window else 1
        self._windows[key] = (window, count)
        if len(self._windows) > 100_000:  # keep memory bounded under a flood of keys
            self._windows = {k: v for k, v in self._windows.items() if v[0] == window}
        return count <= limit


class RedisRateLimiter:
    def __init__(self, redis: Redis, prefix: str = "pluralis:rl:") -> None:
        self._redis = redis
        self._prefix = prefix

    async def hit(self, key: str, *, limit: int, window_seconds: int) -> bool:
        window = int(time.time()) // window_seconds
        name = f"{self._prefix}{key}:{window}"
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incr(name)
            pipe.expire(name, window_seconds)
            count, _ = await pipe.execute()
        return int(count) <= limit
