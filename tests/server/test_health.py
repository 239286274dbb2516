"""Health probes answer what an orchestrator needs to know."""

from __future__ import annotations

import httpx
from redis.asyncio import Redis

from server.runtime import Runtime
from tests.services import REDIS_URL, require_redis


class TestHealth:
    async def test_healthz_says_the_process_is_alive(self, http: httpx.AsyncClient) -> None:
        response = await http.get("/healthz")
        assert response.status_code == 200
        assert response.json() == {"status": "ok"}
        assert response.headers["x-request-id"]

    async def test_readyz_checks_the_database(self, http: httpx.AsyncClient) -> None:
        response = await http.get("/readyz")
        assert response.status_code == 200
        assert response.json() == {"status": "ready", "checks": {"database": "ok"}}

    async def test_readyz_is_unavailable_when_redis_is_unreachable(
        self, http: httpx.AsyncClient, runtime: Runtime
    ) -> None:
        require_redis()
        runtime.redis = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.5)
        try:
            response = await http.get("/readyz")
        finally:
            await runtime.redis.aclose()
            runtime.redis = None
        assert response.status_code == 503
        body = response.json()
        assert body["status"] == "unavailable"
        assert body["checks"]["database"] == "ok"
        assert body["checks"]["redis"].startswith("error")

    async def test_readyz_checks_redis_when_the_mode_uses_it(
        self, http: httpx.AsyncClient, runtime: Runtime
    ) -> None:
        require_redis()
        runtime.redis = Redis.from_url(REDIS_URL)
        try:
            response = await http.get("/readyz")
        finally:
            await runtime.redis.aclose()
            runtime.redis = None
        assert response.json()["checks"] == {"database": "ok", "redis": "ok"}

    async def test_a_proxy_request_id_is_kept(self, http: httpx.AsyncClient) -> None:
        response = await http.get("/healthz", headers={"X-Request-ID": "proxy-abc-123"})
        assert response.headers["x-request-id"] == "proxy-abc-123"
