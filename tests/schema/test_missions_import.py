"""importObservers over HTTP, as the web app sends it: a GraphQL multipart request."""

from __future__ import annotations

from typing import Any

import httpx
import orjson

from server.runtime import Runtime
from tests.schema.conftest import World, error_codes
from tests.schema.missions_support import add_form, add_locations, add_mission
from tests.server.missions.test_observer_import import GOOD

IMPORT = """
mutation($m: ID!, $file: Upload!, $dry: Boolean!) {
  importObservers(missionId: $m, file: $file, dryRun: $dry) {
    result { dryRun ok created updated unchanged problemCount
             problems { line column message } }
    errors { field code } } }"""
OBSERVERS = "query($m: ID!) { missionObservers(missionId: $m) { totalCount } }"


async def upload(
    http: httpx.AsyncClient,
    token: str,
    mission: int,
    data: bytes,
    *,
    dry_run: bool = False,
    header: bool = True,
) -> httpx.Response:
    operations = {"query": IMPORT, "variables": {"m": str(mission), "file": None, "dry": dry_run}}
    headers = {"Authorization": f"Bearer {token}"}
    if header:
        headers["X-Pluralis-Upload"] = "1"
    return await http.post(
        "/graphql",
        data={
            "operations": orjson.dumps(operations).decode(),
            "map": orjson.dumps({"0": ["variables.file"]}).decode(),
        },
        files={"0": ("observers.csv", data, "text/csv")},
        headers=headers,
    )


async def setup(runtime: Runtime, world: World) -> int:
    mission = await add_mission(runtime.db, organization_id=world.kenya)
    await add_locations(runtime.db, mission_id=mission)
    for code in ("OP", "CL"):
        await add_form(runtime.db, mission_id=mission, code=code)
    return mission


def result(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    payload: dict[str, Any] = response.json()["data"]["importObservers"]
    assert payload["errors"] == []
    return dict(payload["result"])


class TestImportObserversUpload:
    async def test_a_dry_run_catches_a_bad_row_then_the_fixed_file_imports(
        self, runtime: Runtime, http: httpx.AsyncClient, world: World
    ) -> None:
        mission = await setup(runtime, world)
        bad = (GOOD + "Dan;0722 444444;;;S9;;\n").encode()
        dry = result(await upload(http, world.admin.token, mission, bad, dry_run=True))
        assert dry == {
            "dryRun": True,
            "ok": False,
            "created": 0,
            "updated": 0,
            "unchanged": 0,
            "problemCount": 1,
            "problems": [{"line": 5, "column": "stations", "message": "unknown station 'S9'"}],
        }
        fixed = (GOOD + "Dan;0722 444444;;;S3;;\n").encode()
        preview = result(await upload(http, world.admin.token, mission, fixed, dry_run=True))
        assert (preview["ok"], preview["created"]) == (True, 4)
        done = result(await upload(http, world.admin.token, mission, fixed))
        assert (done["dryRun"], done["ok"], done["created"]) == (False, True, 4)
        again = result(await upload(http, world.admin.token, mission, fixed))
        assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 4)

    async def test_a_multipart_request_without_the_upload_header_is_refused(
        self, runtime: Runtime, http: httpx.AsyncClient, world: World
    ) -> None:
        mission = await setup(runtime, world)
        response = await upload(http, world.admin.token, mission, GOOD.encode(), header=False)
        assert response.status_code == 400
        assert "X-Pluralis-Upload" in response.text

    async def test_only_coordinators_import_and_others_learn_nothing(
        self, runtime: Runtime, http: httpx.AsyncClient, world: World
    ) -> None:
        mission = await setup(runtime, world)
        for who in (world.organizer, world.ghana_admin):
            hidden = await upload(http, who.token, mission, GOOD.encode())
            missing = await upload(http, who.token, 987654, GOOD.encode())
            assert hidden.json() == missing.json()
            assert error_codes(hidden.json()) == ["NOT_FOUND"]
