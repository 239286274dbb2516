"""The server hands the browser app its files, and index.html for client-side routes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from server.asgi import create_app
from server.runtime import Runtime


@pytest.fixture
async def web(runtime: Runtime, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html><title>Pluralis</title><div id=root>")
    (dist / "assets" / "index-abc123.js").write_text("console.log('app')")
    (dist / "sw.js").write_text("self.addEventListener('fetch', () => {})")
    (dist / "workbox-1a2b3c4d.js").write_text("// workbox runtime")
    runtime.settings.web_dist = dist
    transport = httpx.ASGITransport(app=create_app(runtime=runtime))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


class TestWebApp:
    async def test_client_side_routes_get_the_app(self, web: httpx.AsyncClient) -> None:
        for path in ("/", "/organizations", "/sign-in", "/organizations/12/members"):
            response = await web.get(path)
            assert response.status_code == 200, path
            assert "<title>Pluralis</title>" in response.text
            assert response.headers["cache-control"] == "no-cache"

    async def test_hashed_assets_are_cached_for_good(self, web: httpx.AsyncClient) -> None:
        response = await web.get("/assets/index-abc123.js")
        assert response.status_code == 200
        assert "immutable" in response.headers["cache-control"]

    async def test_the_service_worker_is_always_revalidated(self, web: httpx.AsyncClient) -> None:
        # A cached sw.js would pin phones to an old app; browsers must ask every time.
        for path in ("/sw.js", "/workbox-1a2b3c4d.js"):
            response = await web.get(path)
            assert response.status_code == 200, path
            assert response.headers["cache-control"] == "no-cache", path
            assert "javascript" in response.headers["content-type"], path

    async def test_the_policy_lets_the_app_register_its_own_service_worker(
        self, web: httpx.AsyncClient
    ) -> None:
        policy = (await web.get("/observe")).headers["content-security-policy"]
        assert "worker-src 'self';" in policy

    async def test_a_missing_file_is_a_404_not_the_app(self, web: httpx.AsyncClient) -> None:
        assert (await web.get("/assets/gone-999.js")).status_code == 404

    async def test_the_api_is_not_shadowed_by_the_app(self, web: httpx.AsyncClient) -> None:
        assert (await web.get("/healthz")).json() == {"status": "ok"}
        response = await web.post("/graphql", json={"query": "{ me { id } }"})
        assert response.json() == {"data": {"me": None}}

    async def test_without_a_build_the_page_says_how_to_make_one(
        self, http: httpx.AsyncClient
    ) -> None:
        response = await http.get("/organizations")
        assert response.status_code == 503
        assert "make web" in response.text
