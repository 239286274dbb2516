"""`pluralis import-locations` as an operator runs it, in a real subprocess."""

from __future__ import annotations

from pathlib import Path

from server.db import Database
from tests.schema.conftest import make_org
from tests.schema.missions_support import add_form, add_locations, add_mission
from tests.server.missions.test_importing import FILE, tree
from tests.server.missions.test_observer_import import GOOD, roster
from tests.server.test_cli import pluralis


class TestImportLocationsCommand:
    async def test_dry_run_then_import_then_reimport(
        self, db_url: str, db: Database, mission_id: int, tmp_path: Path
    ) -> None:
        stations = tmp_path / "stations.csv"
        stations.write_bytes(b"\xef\xbb\xbf" + FILE.replace(",", ";").encode())
        env = {"DATABASE_URL": db_url}
        dry = pluralis("import-locations", str(mission_id), str(stations), "--dry-run", env=env)
        assert dry.returncode == 0, dry.stderr
        assert "Would create 5, updated 0, unchanged 0." in dry.stdout
        assert await tree(db, mission_id) == {}
        done = pluralis("import-locations", str(mission_id), str(stations), env=env)
        assert done.returncode == 0, done.stderr
        assert "Created 5, updated 0, unchanged 0." in done.stdout
        assert "inserted 5 of 5 rows" in done.stderr
        assert len(await tree(db, mission_id)) == 5
        again = pluralis("import-locations", str(mission_id), str(stations), env=env)
        assert "Created 0, updated 0, unchanged 5." in again.stdout

    async def test_a_bad_file_prints_every_problem_and_exits_1(
        self, db_url: str, db: Database, mission_id: int, tmp_path: Path
    ) -> None:
        stations = tmp_path / "stations.csv"
        stations.write_text(FILE + "S9,School 9,D9,,,\nS8,School 8,D1,lots,,\n")
        result = pluralis(
            "import-locations", str(mission_id), str(stations), env={"DATABASE_URL": db_url}
        )
        assert result.returncode == 1
        assert result.stdout.splitlines() == [
            "line 7, column parent_code: unknown parent 'D9'",
            "line 8, column registered_voters: bad number 'lots': expected a whole number ≥ 0",
            "2 problem(s): nothing imported.",
        ]
        assert await tree(db, mission_id) == {}

    async def test_an_unknown_mission_exits_2(
        self, db_url: str, db: Database, mission_id: int, tmp_path: Path
    ) -> None:
        stations = tmp_path / "stations.csv"
        stations.write_text(FILE)
        env = {"DATABASE_URL": db_url}
        result = pluralis("import-locations", str(mission_id + 1), str(stations), env=env)
        assert result.returncode == 2
        assert f"No mission {mission_id + 1}." in result.stderr
        missing = pluralis("import-locations", str(mission_id), str(tmp_path / "no.csv"), env=env)
        assert missing.returncode == 2


class TestImportObserversCommand:
    async def test_dry_run_then_import_then_reimport(
        self, db_url: str, db: Database, tmp_path: Path
    ) -> None:
        org = await make_org(db, "Kenya Observers", country="KE")
        mission = await add_mission(db, organization_id=org)
        await add_locations(db, mission_id=mission)
        for code in ("OP", "CL"):
            await add_form(db, mission_id=mission, code=code)
        observers = tmp_path / "observers.csv"
        observers.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
        env = {"DATABASE_URL": db_url}
        args = ("import-observers", str(mission), str(observers))
        dry = pluralis(*args, "--dry-run", env=env)
        assert dry.returncode == 0, dry.stderr
        assert "Would create 3, updated 0, unchanged 0." in dry.stdout
        assert await roster(db, mission) == {}
        done = pluralis(*args, env=env)
        assert done.returncode == 0, done.stderr
        assert "Created 3, updated 0, unchanged 0." in done.stdout
        assert "written 3 observers" in done.stderr
        again = pluralis(*args, env=env)
        assert "Created 0, updated 0, unchanged 3." in again.stdout
        observers.write_text(GOOD + "Dan;0722444444;xx;;;;\n")
        bad = pluralis(*args, env=env)
        assert bad.returncode == 1
        assert bad.stdout.splitlines() == [
            "line 5, column language: unknown language 'xx': use en, fr, es, ar",
            "1 problem(s): nothing imported.",
        ]
        unknown = pluralis("import-observers", str(mission + 1), str(observers), env=env)
        assert unknown.returncode == 2 and f"No mission {mission + 1}." in unknown.stderr
