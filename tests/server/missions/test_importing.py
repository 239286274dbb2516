"""Importing locations into a mission: all or nothing, idempotent, updates by re-import."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlmodel import col, select

from server.db import Database
from server.missions.importing import ImportResult, import_file
from server.missions.models import MissionLocation

HEADER = "code,name,parent_code,registered_voters,latitude,longitude\n"
FILE = HEADER + (
    "S2,School 2,D1,800,,\n"  # a child before its parent: the order of the file is free
    "R1,North,,,,\n"
    "D1,District 1,R1,,,\n"
    "S1,School 1,D1,1200,12.5,-1.25\n"
    "R2,South,,,,\n"
)


async def run(db: Database, mission_id: int, text: str, *, dry_run: bool = False) -> ImportResult:
    async with db.transaction() as session:
        return await import_file(
            session, mission_id=mission_id, data=text.encode(), dry_run=dry_run
        )


async def tree(db: Database, mission_id: int) -> dict[str, dict[str, Any]]:
    async with db.transaction() as session:
        rows = (
            await session.exec(
                select(MissionLocation).where(MissionLocation.mission_id == mission_id)
            )
        ).all()
    by_id = {r.id: r for r in rows}
    return {
        r.code: {
            "name": r.name,
            "parent": by_id[r.parent_id].code if r.parent_id else None,
            "level": r.level,
            "path": "/".join(by_id[int(i)].code for i in r.path.strip("/").split("/")),
            "voters": r.registered_voters,
            "station": r.is_station,
        }
        for r in rows
    }


def counts(result: ImportResult) -> tuple[int, int, int]:
    return (result.created, result.updated, result.unchanged)


class TestImportLocations:
    async def test_builds_the_tree_with_levels_paths_and_stations(
        self, db: Database, mission_id: int
    ) -> None:
        result = await run(db, mission_id, FILE)
        assert result.problems == []
        assert counts(result) == (5, 0, 0)
        locations = await tree(db, mission_id)
        assert locations["S1"] == {
            "name": "School 1",
            "parent": "D1",
            "level": 2,
            "path": "R1/D1/S1",
            "voters": 1200,
            "station": True,
        }
        assert locations["R1"]["path"] == "R1" and locations["R1"]["level"] == 0
        assert not locations["D1"]["station"]
        # A top-level location with nothing below it counts as a station.
        assert locations["R2"]["station"]

    async def test_a_dry_run_counts_and_writes_nothing(self, db: Database, mission_id: int) -> None:
        result = await run(db, mission_id, FILE, dry_run=True)
        assert counts(result) == (5, 0, 0)
        assert await tree(db, mission_id) == {}

    async def test_reimporting_the_same_file_changes_nothing(
        self, db: Database, mission_id: int
    ) -> None:
        await run(db, mission_id, FILE)
        before = await tree(db, mission_id)
        again = await run(db, mission_id, FILE)
        assert counts(again) == (0, 0, 5)
        assert await tree(db, mission_id) == before

    async def test_an_updated_file_applies_the_differences_and_keeps_missing_rows(
        self, db: Database, mission_id: int
    ) -> None:
        await run(db, mission_id, FILE)
        updated = HEADER + (
            "R1,North (renamed),,,,\n"
            "D2,District 2,R2,,,\n"
            "D1,District 1,R2,,,\n"  # moves under R2 with its stations
            "S1,School 1,D1,1300,12.5,-1.25\n"
        )
        result = await run(db, mission_id, updated)
        assert result.problems == []
        # Created D2; updated R1 (name), D1 (parent), S1 (voters, path), S2 (path), R2
        # (no longer a station); unchanged: none of the four file rows.
        assert counts(result) == (1, 5, 0)
        locations = await tree(db, mission_id)
        assert locations["R1"]["name"] == "North (renamed)"
        assert locations["R1"]["station"]  # nothing below it any more
        assert locations["S2"]["path"] == "R2/D1/S2"  # not in the file, kept and moved
        assert locations["S1"] == {
            "name": "School 1",
            "parent": "D1",
            "level": 2,
            "path": "R2/D1/S1",
            "voters": 1300,
            "station": True,
        }

    async def test_an_unknown_parent_imports_nothing(self, db: Database, mission_id: int) -> None:
        result = await run(db, mission_id, FILE + "S9,School 9,D9,,,\n")
        assert [str(p) for p in result.problems] == [
            "line 7, column parent_code: unknown parent 'D9'"
        ]
        assert counts(result) == (0, 0, 0)
        assert await tree(db, mission_id) == {}

    async def test_a_parent_cycle_is_reported_on_each_of_its_rows(
        self, db: Database, mission_id: int
    ) -> None:
        text = HEADER + "A,A,C,,,\nB,B,A,,,\nC,C,B,,,\nD,D,,,,\n"
        result = await run(db, mission_id, text)
        assert [(p.line, p.column) for p in result.problems] == [
            (2, "parent_code"),
            (3, "parent_code"),
            (4, "parent_code"),
        ]
        assert all(p.message.startswith("parent cycle ") for p in result.problems)
        assert await tree(db, mission_id) == {}

    async def test_a_cycle_through_a_stored_location_is_found(
        self, db: Database, mission_id: int
    ) -> None:
        await run(db, mission_id, FILE)
        # R1 is not in the file but sits above D1: R1 under S1 closes a loop.
        result = await run(db, mission_id, HEADER + "R1,North,S1,,,\n")
        assert [str(p) for p in result.problems] == [
            "line 2, column parent_code: parent cycle R1 > S1 > D1 > R1"
        ]

    async def test_one_bad_row_among_good_ones_imports_nothing_and_lists_every_problem(
        self, db: Database, mission_id: int
    ) -> None:
        result = await run(db, mission_id, FILE + "S3,School 3,D1,many,,\nS4,School 4,X,,,\n")
        assert [str(p) for p in result.problems] == [
            "line 7, column registered_voters: bad number 'many': expected a whole number ≥ 0",
            "line 8, column parent_code: unknown parent 'X'",
        ]
        assert await tree(db, mission_id) == {}

    async def test_missions_do_not_share_codes(self, db: Database, mission_id: int) -> None:
        from tests.server.missions.conftest import make_mission

        other = await make_mission(db, name="Elsewhere 2027")
        await run(db, mission_id, FILE)
        result = await run(db, other, FILE)
        assert counts(result) == (5, 0, 0)
        assert (await tree(db, other)).keys() == (await tree(db, mission_id)).keys()

    async def test_twenty_thousand_stations_import_and_reimport(
        self, db: Database, mission_id: int
    ) -> None:
        lines = [HEADER]
        for region in range(20):
            lines.append(f"R{region},Region {region},,,,\n")
            for station in range(1000):
                lines.append(f"S{region}-{station},Station,R{region},{station},,\n")
        text = "".join(lines)
        first = await run(db, mission_id, text)
        assert counts(first) == (20_020, 0, 0)
        again = await run(db, mission_id, text)
        assert counts(again) == (0, 0, 20_020)
        async with db.transaction() as session:
            deepest = (
                await session.exec(
                    select(MissionLocation).where(col(MissionLocation.code) == "S19-999")
                )
            ).one()
        assert deepest.level == 1 and deepest.registered_voters == 999


# Every parent a location names is a location of its own mission, and its path runs through
# its parents: what the dropped self foreign key (migration c10f00000001) checked, and more.
DANGLING = """
SELECT count(*) FROM mission_location c
LEFT JOIN mission_location p ON p.id = c.parent_id AND p.mission_id = c.mission_id
WHERE c.parent_id IS NOT NULL
  AND (p.id IS NULL OR c.path <> p.path || c.id || '/' OR c.level <> p.level + 1)
"""


async def dangling(db: Database) -> int:
    async with db.transaction() as session:
        return int((await session.exec(text(DANGLING))).scalar_one())  # type: ignore[call-overload]


class TestParentsWithoutAForeignKey:
    """The importer, the only writer of locations, resolves parents among the mission's own
    locations; no file can leave a parent that is missing or another mission's."""

    async def test_a_parent_of_another_mission_is_unknown(
        self, db: Database, mission_id: int
    ) -> None:
        from tests.server.missions.conftest import make_mission

        other = await make_mission(db, name="Elsewhere 2028")
        await run(db, mission_id, FILE)
        result = await run(db, other, HEADER + "S7,School 7,D1,,,\n")
        assert [str(p) for p in result.problems] == [
            "line 2, column parent_code: unknown parent 'D1'"
        ]
        assert await tree(db, other) == {}
        assert await dangling(db) == 0

    async def test_creating_moving_and_updating_never_leave_a_dangling_parent(
        self, db: Database, mission_id: int
    ) -> None:
        from tests.server.missions.conftest import make_mission

        other = await make_mission(db, name="Elsewhere 2029")
        await run(db, mission_id, FILE)
        await run(db, other, FILE)
        moved = HEADER + "D1,District 1,R2,,,\nD3,District 3,D1,,,\nS2,School 2,D3,,,\n"
        assert (await run(db, mission_id, moved)).problems == []
        assert (await run(db, other, moved + "S8,School 8,D9,,,\n")).problems != []
        assert await dangling(db) == 0
        assert (await tree(db, mission_id))["S2"]["path"] == "R2/D1/D3/S2"
        assert (await tree(db, other))["S2"]["path"] == "R1/D1/S2"

    async def test_the_check_query_sees_a_dangling_parent(
        self, db: Database, mission_id: int
    ) -> None:
        # The query above would catch what the foreign key used to refuse.
        await run(db, mission_id, FILE)
        async with db.transaction() as session:
            await session.exec(  # type: ignore[call-overload]
                text("UPDATE mission_location SET parent_id = 999999 WHERE code = 'S1'")
            )
        assert await dangling(db) == 1


class TestDocumentedExample:
    async def test_the_example_in_docs_missions_md_imports_cleanly(
        self, db: Database, mission_id: int
    ) -> None:
        from pathlib import Path

        doc = (Path(__file__).parents[3] / "docs" / "missions.md").read_text()
        example = doc.split("`stations.csv`:\n\n```\n", 1)[1].split("```", 1)[0]
        result = await run(db, mission_id, example)
        assert result.problems == []
        assert counts(result) == (7, 0, 0)
        assert (await tree(db, mission_id))["NR-01-002"]["path"] == "NR/NR-01/NR-01-002"
