"""The load generator: N concurrent workers share a fixed count of request units.

A unit is what one scenario calls a request: one HTTP request, or several sequential pages
that a client needs to read 1,000 rows. Throughput is units per second.

The client is httpx's pooled transport (`httpx.AsyncHTTPTransport`, keep-alive HTTP/1.1).
On two cores the load generator competes with the server for CPU, so its own cost per
request caps what the cheap baseline can show; the choices below keep that cost low and
the same for both sides.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

import httpx

# httpcore scans every connection and queued request of a pool on each request, so one pool
# with many connections costs the client far more per request (measured here: ~0.55 ms at 4
# connections, ~1.2 ms at 16, ~5.7 ms at 64). Several small pools keep that cost flat.
CONNECTIONS_PER_POOL = 4
# A hung server must fail the run rather than stall it: the round's time limit only stops
# new units from starting.
_TIMEOUTS = httpx.Timeout(30.0).as_dict()


def _no_sniffio_retry() -> None:
    """Stop httpcore from re-importing a missing `sniffio` on every request.

    httpcore imports sniffio inside `current_async_library()`, which runs a few times per
    request; without the package installed each failed import searches sys.path again, which
    cost ~25 % of the client's CPU per request here. A None entry in sys.modules makes the
    import fail at once, and httpcore then assumes asyncio, which is what runs here.
    """
    if importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Reply:
    status: int
    content: bytes
    headers: Mapping[str, str] | None = None


class Lane:
    """One worker's way to the server: a share of a pooled transport.

    Requests go straight to the transport: AsyncClient's per-request URL merging, cookie jar,
    auth and redirect handling cost ~30 % more client CPU here and neither server needs them.
    """

    def __init__(self, transport: httpx.AsyncHTTPTransport, base_url: str) -> None:
        self._transport = transport
        self._base_url = base_url
        self._urls: dict[str, httpx.URL] = {}

    async def post(self, path: str, content: bytes, headers: Mapping[str, str]) -> Reply:
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = httpx.URL(self._base_url + path)
        request = httpx.Request(
            "POST", url, content=content, headers=headers, extensions={"timeout": _TIMEOUTS}
        )
        response = await self._transport.handle_async_request(request)
        try:
            body = await response.aread()
        finally:
            await response.aclose()
        return Reply(response.status_code, body)

    async def get(self, path: str, headers: Mapping[str, str]) -> Reply:
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = httpx.URL(self._base_url + path)
        request = httpx.Request("GET", url, headers=headers, extensions={"timeout": _TIMEOUTS})
        response = await self._transport.handle_async_request(request)
        try:
            body = await response.aread()
        finally:
            await response.aclose()
        return Reply(response.status_code, body, dict(response.headers))


class LoadClient:
    """Pooled connections to one server, kept for the whole run so they stay warm."""

    def __init__(self, base_url: str, concurrency: int) -> None:
        _no_sniffio_retry()
        pools = -(-concurrency // CONNECTIONS_PER_POOL)
        per_pool = -(-concurrency // pools)
        self._transports = [
            httpx.AsyncHTTPTransport(
                limits=httpx.Limits(
                    max_connections=per_pool,
                    max_keepalive_connections=per_pool,
                    keepalive_expiry=600,
                ),
            )
            for _ in range(pools)
        ]
        # Worker n always uses lane n, so each pool serves the same workers every round.
        self.lanes = [Lane(self._transports[n % pools], base_url) for n in range(concurrency)]

    async def aclose(self) -> None:
        for transport in self._transports:
            await transport.aclose()


Unit = Callable[[Lane], Awaitable[int]]
"""Performs one unit of work and returns how many HTTP requests it made; raises on errors."""


@dataclass(frozen=True)
class LoadResult:
    units: int
    requests: int
    seconds: float
    client_cpu_seconds: float
    latencies: list[float]
    truncated: bool

    @property
    def throughput(self) -> float:
        return self.units / self.seconds if self.seconds > 0 else 0.0


async def run_load(
    client: LoadClient,
    unit: Unit,
    *,
    count: int,
    concurrency: int,
    time_limit: float,
) -> LoadResult:
    """Run `count` units with `concurrency` workers; stop starting new ones after `time_limit`.

    The time limit keeps a slow side from stretching the run; a truncated round still gives
    a fair throughput because it is measured over the units that completed.
    """
    issued = 0
    requests = 0
    latencies: list[float] = []
    started = time.perf_counter()
    deadline = started + time_limit
    cpu_started = time.process_time()

    async def worker(lane: Lane) -> None:
        nonlocal issued, requests
        while issued < count and time.perf_counter() < deadline:
            issued += 1
            t0 = time.perf_counter()
            # Awaited first: `requests += await …` would read `requests` before the await and
            # lose the other workers' updates made meanwhile.
            made = await unit(lane)
            requests += made
            latencies.append(time.perf_counter() - t0)

    # A TaskGroup cancels the other workers as soon as one unit fails.
    async with asyncio.TaskGroup() as group:
        for n in range(concurrency):
            group.create_task(worker(client.lanes[n % len(client.lanes)]))
    seconds = time.perf_counter() - started
    return LoadResult(
        units=len(latencies),
        requests=requests,
        seconds=seconds,
        client_cpu_seconds=time.process_time() - cpu_started,
        latencies=latencies,
        truncated=len(latencies) < count,
    )
