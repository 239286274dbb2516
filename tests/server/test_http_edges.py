"""The HTTP edge: security headers on every response, a body limit, and JSON that cannot
stall or crash the server."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from schema.view import PluralisGraphQL
from server.asgi import create_app
from server.runtime import Runtime
from server.settings import Mode, Settings

SIGN_IN = 'mutation($e: String!) { signIn(email: $e, password: "p") { token } }'


def csp_directives(response: httpx.Response) -> dict[str, str]:
    policy = response.headers["content-security-policy"]
    pairs = (part.strip().partition(" ") for part in policy.split(";"))
    return {name: value for name, _, value in pairs}


class TestSecurityHeaders:
    """Issue 7, finding 12: no CSP, frame-ancestors, nosniff, Referrer-Policy or HSTS."""

    @pytest.mark.parametrize(
        "method, path",
        [("GET", "/healthz"), ("POST", "/graphql"), ("GET", "/organizations"), ("GET", "/x.js")],
    )
    async def test_every_response_carries_them(
        self, http: httpx.AsyncClient, method: str, path: str
    ) -> None:
        response = await http.request(method, path, json={"query": "{ me { id } }"})
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert csp_directives(response)["frame-ancestors"] == "'none'"
        assert "strict-transport-security" not in response.headers

    async def test_an_unexpected_error_carries_them_too(self, runtime: Runtime) -> None:
        async def broken(request: Request) -> Response:
            raise RuntimeError("a bug")

        app = create_app(runtime=runtime)
        app.router.routes.insert(0, Route("/broken", broken))
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            response = await client.get("/broken")
        assert response.status_code == 500
        assert response.text == "Internal Server Error"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert csp_directives(response)["frame-ancestors"] == "'none'"
        assert response.headers["x-request-id"]

    async def test_the_policy_allows_no_remote_image_or_inline_script(
        self, http: httpx.AsyncClient
    ) -> None:
        directives = csp_directives(await http.get("/healthz"))
        assert directives["img-src"] == "'self' data:"
        assert directives["script-src"] == "'self'"
        assert directives["default-src"] == "'self'"

    async def test_styles_come_from_the_origin_or_an_empty_style_element(
        self, http: httpx.AsyncClient
    ) -> None:
        # The hash is the empty string's: FullCalendar fills an empty <style> through the CSSOM.
        empty = base64.b64encode(hashlib.sha256(b"").digest()).decode()
        directives = csp_directives(await http.get("/healthz"))
        assert directives["style-src"] == f"'self' 'sha256-{empty}'"
        assert "unsafe-inline" not in directives["style-src"]
        # FullCalendar's icon font is a data: URL in that CSS.
        assert directives["font-src"] == "'self' data:"

    async def test_configured_image_sources_are_allowed(self, runtime: Runtime) -> None:
        settings = runtime.settings.model_copy(
            update={"image_sources": ["https://images.example.org"]}
        )
        app = create_app(settings=settings, runtime=runtime)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        ) as client:
            directives = csp_directives(await client.get("/healthz"))
        assert directives["img-src"] == "'self' data: https://images.example.org"

    def test_an_image_source_cannot_smuggle_a_directive(self) -> None:
        with pytest.raises(ValueError, match="IMAGE_SOURCES"):
            Settings(_env_file=None, image_sources=["https://a.example; script-src *"])

    async def test_production_adds_hsts(self, runtime: Runtime, tmp_path: Path) -> None:
        # Production settings the start-up check accepts; the app runs on the test runtime,
        # so the database URL here is only read by that check.
        settings = runtime.settings.model_copy(
            update={
                "mode": Mode.PRODUCTION,
                "public_base_url": "https://pluralis.example",
                "database_url": "postgresql+asyncpg://unused/pluralis",
                "jobs_backend": "inprocess",
                "events_backend": "memory",
                "sms_backend": "outbox",
                "mail_backend": "outbox",
            }
        )
        app = create_app(settings=settings, runtime=runtime)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="https://testserver"
        ) as client:
            response = await client.get("/healthz")
        assert response.headers["strict-transport-security"].startswith("max-age=")
        assert "wss://pluralis.example" in csp_directives(response)["connect-src"]

    async def test_graphiql_in_development_gets_the_looser_policy_it_needs(
        self, http: httpx.AsyncClient
    ) -> None:
        response = await http.get("/graphql", headers={"Accept": "text/html"})
        directives = csp_directives(response)
        assert "https://unpkg.com" in directives["script-src"]
        assert directives["frame-ancestors"] == "'none'"
        assert response.headers["content-security-policy"].count("frame-ancestors") == 1


@pytest.fixture
async def small_limit(runtime: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    settings = runtime.settings.model_copy(update={"max_request_body_bytes": 4096})
    app = create_app(settings=settings, runtime=runtime)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


def padded_query(size: int) -> bytes:
    """A valid GraphQL request of exactly `size` bytes (the padding is JSON whitespace)."""
    body = b'{"query": "{ __typename }"}'
    return body[:-1] + b" " * (size - len(body)) + b"}"


class TestBodyLimit:
    """Issue 7, finding 10: a 50 MB body was accepted."""

    async def test_the_default_is_one_mebibyte(self, runtime: Runtime) -> None:
        assert runtime.settings.max_request_body_bytes == 1024 * 1024

    async def test_a_body_at_the_limit_is_served(self, small_limit: httpx.AsyncClient) -> None:
        response = await small_limit.post(
            "/graphql", content=padded_query(4096), headers={"Content-Type": "application/json"}
        )
        assert response.json() == {"data": {"__typename": "Query"}}

    async def test_a_declared_length_over_the_limit_is_refused_with_413(
        self, small_limit: httpx.AsyncClient
    ) -> None:
        response = await small_limit.post(
            "/graphql", content=padded_query(4097), headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "PAYLOAD_TOO_LARGE"
        assert response.headers["x-content-type-options"] == "nosniff"

    async def test_a_chunked_body_is_refused_once_it_passes_the_limit(
        self, small_limit: httpx.AsyncClient
    ) -> None:
        sent = 0

        async def chunks() -> AsyncIterator[bytes]:
            nonlocal sent
            yield b'{"query": "{ __typename }", "x": "'
            for _ in range(1000):
                sent += 1
                yield b"a" * 1024
            yield b'"}'

        response = await small_limit.post(
            "/graphql", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 413
        # Reading stopped at the limit instead of taking the whole megabyte in.
        assert sent < 10


def no_runtime() -> Runtime:
    raise AssertionError("decoding JSON needs no runtime")


class TestJsonBodies:
    """Issue 7, finding 10: a deeply nested JSON body answered 500 with a RecursionError."""

    async def test_malformed_json_is_a_400_that_says_so(self, http: httpx.AsyncClient) -> None:
        response = await http.post(
            "/graphql", content=b'{"query": ', headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 400
        assert response.text.startswith("The request body is not valid JSON")

    @pytest.mark.parametrize("depth", [100, 10_000])
    async def test_deeply_nested_variables_are_a_400(
        self, http: httpx.AsyncClient, depth: int
    ) -> None:
        nested = b"[" * depth + b"]" * depth
        body = b'{"query": "' + SIGN_IN.replace('"', '\\"').encode() + b'", "variables": {"e": '
        response = await http.post(
            "/graphql",
            content=body + nested + b"}}",
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 400
        assert response.text == "The request body nests lists or objects more than 64 deep."

    async def test_ordinary_nesting_is_served(self, http: httpx.AsyncClient) -> None:
        response = await http.post(
            "/graphql", json={"query": SIGN_IN, "variables": {"e": "a@b.example"}}
        )
        assert response.status_code == 200
        assert response.json()["data"] == {"signIn": {"token": None}}

    @pytest.mark.parametrize("depth", [65, 10_000])
    def test_websocket_messages_share_the_depth_rule(self, depth: int) -> None:
        # strawberry closes the socket (4400) on a JSONDecodeError from decode_json, which
        # reads every websocket message; a RecursionError would kill the connection task.
        view = PluralisGraphQL(Settings(_env_file=None), get_runtime=no_runtime)
        with pytest.raises(json.JSONDecodeError):
            view.decode_json("[" * depth + "]" * depth)
        assert view.decode_json("[" * 64 + "]" * 64)
