"""Uploads of locations files: their own body limit, the upload header, and the event loop
left free while a large file is parsed."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from server.asgi import create_app
from server.runtime import Runtime
from tests.schema.conftest import World
from tests.schema.test_locations import IMPORT, STATIONS, Missions, make_missions, upload

SMALL = 4096
UPLOADS = 64 * 1024


@pytest.fixture
async def missions(runtime: Runtime, world: World) -> Missions:
    return await make_missions(runtime.db, world)


@pytest.fixture
async def limited(runtime: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    settings = runtime.settings.model_copy(
        update={"max_request_body_bytes": SMALL, "max_upload_bytes": UPLOADS}
    )
    app = create_app(settings=settings, runtime=runtime)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


def padded(size: int) -> bytes:
    """A clean stations file of about `size` bytes (one region, many stations)."""
    lines = [STATIONS]
    i = 0
    while sum(map(len, lines)) < size:
        lines.append(f"AS-01-{i:05d};Kumasi station {i};AS-01;{i}\n")
        i += 1
    return "".join(lines).encode()


class TestUploadLimit:
    async def test_the_defaults_are_one_mebibyte_and_32_for_uploads(self, runtime: Runtime) -> None:
        assert runtime.settings.max_request_body_bytes == 1024 * 1024
        assert runtime.settings.max_upload_bytes == 32 * 1024 * 1024

    async def test_an_upload_above_the_body_limit_and_below_its_own_is_imported(
        self, limited: httpx.AsyncClient, world: World, missions: Missions
    ) -> None:
        data = padded(SMALL * 4)
        response = await upload(
            limited, IMPORT, {"m": missions.kenya, "dry": True}, data, token=world.admin.token
        )
        assert response.status_code == 200, response.text
        result = response.json()["data"]["importLocations"]["result"]
        assert result["ok"] and result["created"] > 100

    async def test_an_upload_over_its_limit_is_refused_with_413(
        self, limited: httpx.AsyncClient, world: World, missions: Missions
    ) -> None:
        response = await upload(
            limited,
            IMPORT,
            {"m": missions.kenya, "dry": True},
            padded(UPLOADS + 1),
            token=world.admin.token,
        )
        assert response.status_code == 413
        assert response.json()["error"] == {
            "code": "PAYLOAD_TOO_LARGE",
            "message": f"The uploaded file is larger than the limit of {UPLOADS} bytes.",
        }

    async def test_without_the_upload_header_the_small_limit_applies(
        self, limited: httpx.AsyncClient, world: World, missions: Missions
    ) -> None:
        response = await upload(
            limited,
            IMPORT,
            {"m": missions.kenya, "dry": True},
            padded(SMALL * 4),
            token=world.admin.token,
            header=False,
        )
        assert response.status_code == 413
        assert "request body is larger than the limit of 4096 bytes" in response.text

    async def test_a_json_body_keeps_the_small_limit_even_with_the_header(
        self, limited: httpx.AsyncClient
    ) -> None:
        body = b'{"query": "{ __typename }"' + b" " * SMALL + b"}"
        response = await limited.post(
            "/graphql",
            content=body,
            headers={"Content-Type": "application/json", "X-Pluralis-Upload": "1"},
        )
        assert response.status_code == 413

    async def test_a_chunked_upload_is_refused_once_it_passes_its_limit(
        self, limited: httpx.AsyncClient
    ) -> None:
        sent = 0

        async def chunks() -> AsyncIterator[bytes]:
            nonlocal sent
            yield b'--b\r\nContent-Disposition: form-data; name="0"; filename="a.csv"\r\n\r\n'
            for _ in range(1000):
                sent += 1
                yield b"a" * 1024
            yield b"\r\n--b--\r\n"

        response = await limited.post(
            "/graphql",
            content=chunks(),
            headers={
                "Content-Type": "multipart/form-data; boundary=b",
                "X-Pluralis-Upload": "1",
            },
        )
        assert response.status_code == 413
        assert sent < UPLOADS // 1024 + 10


class TestUploadHeader:
    async def test_a_multipart_request_without_the_header_is_refused_with_400(
        self, http: httpx.AsyncClient, world: World, missions: Missions
    ) -> None:
        response = await upload(
            http,
            IMPORT,
            {"m": missions.kenya, "dry": False},
            STATIONS.encode(),
            token=world.admin.token,
            header=False,
        )
        assert response.status_code == 400
        assert response.text == (
            "A multipart request (a file upload) needs the X-Pluralis-Upload: 1 header."
        )
