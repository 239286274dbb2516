"""Reading the location tree: subtree and ancestors, in one statement whatever the size."""

from __future__ import annotations

import pytest

from server.db import Database
from server.missions.importing import import_file
from server.missions.locations import ancestors, subtree
from server.missions.models import MissionLocation
from tests.server.missions.conftest import make_mission
from tests.sqlcount import count_statements

HEADER = "code,name,parent_code\n"


def tree_file(regions: int, districts: int, stations: int) -> str:
    lines = [HEADER]
    for r in range(regions):
        lines.append(f"R{r},Region {r},\n")
        for d in range(districts):
            lines.append(f"R{r}D{d},District {d},R{r}\n")
            lines += [f"R{r}D{d}S{s},Station {s},R{r}D{d}\n" for s in range(stations)]
    return "".join(lines)


async def load(db: Database, mission_id: int, text: str) -> dict[str, int]:
    async with db.transaction() as session:
        result = await import_file(
            session, mission_id=mission_id, data=text.encode(), dry_run=False
        )
        assert result.problems == []
    return await subtree_all(db, mission_id)


async def subtree_all(db: Database, mission_id: int) -> dict[str, int]:
    from sqlmodel import select

    async with db.transaction() as session:
        rows = (
            await session.exec(
                select(MissionLocation).where(MissionLocation.mission_id == mission_id)
            )
        ).all()
    return {r.code: r.id for r in rows if r.id is not None}


class TestSubtree:
    async def test_lists_the_location_and_everything_below_it_top_down(
        self, db: Database, mission_id: int
    ) -> None:
        ids = await load(db, mission_id, tree_file(2, 2, 2))
        async with db.transaction() as session:
            rows = await subtree(session, mission_id=mission_id, location_id=ids["R1"])
        assert [r.code for r in rows] == [
            "R1",
            "R1D0",
            "R1D1",
            "R1D0S0",
            "R1D0S1",
            "R1D1S0",
            "R1D1S1",
        ]

    async def test_a_station_is_its_own_subtree(self, db: Database, mission_id: int) -> None:
        ids = await load(db, mission_id, tree_file(1, 1, 2))
        async with db.transaction() as session:
            rows = await subtree(session, mission_id=mission_id, location_id=ids["R0D0S1"])
        assert [r.code for r in rows] == ["R0D0S1"]

    async def test_ids_that_sort_as_prefixes_do_not_leak_into_the_subtree(
        self, db: Database, mission_id: int
    ) -> None:
        # With a dozen top-level rows, ids 1 and 10-12 exist: "/1/" must not match "/10/".
        ids = await load(db, mission_id, tree_file(12, 0, 0))
        async with db.transaction() as session:
            rows = await subtree(session, mission_id=mission_id, location_id=ids["R0"])
        assert [r.code for r in rows] == ["R0"]

    async def test_another_missions_location_answers_as_a_missing_one(
        self, db: Database, mission_id: int
    ) -> None:
        ids = await load(db, mission_id, tree_file(1, 1, 1))
        other = await make_mission(db, name="Elsewhere 2027")
        async with db.transaction() as session:
            assert await subtree(session, mission_id=other, location_id=ids["R0"]) == []
            assert await subtree(session, mission_id=mission_id, location_id=10**9) == []
            assert await ancestors(session, mission_id=other, location_id=ids["R0D0S0"]) == []

    @pytest.mark.parametrize("size", [1, 20])
    async def test_one_statement_whatever_the_size(
        self, db: Database, mission_id: int, size: int
    ) -> None:
        ids = await load(db, mission_id, tree_file(2, size, size))
        async with db.transaction() as session:
            with count_statements(db.engine) as log:
                rows = await subtree(session, mission_id=mission_id, location_id=ids["R0"])
                above = await ancestors(
                    session, mission_id=mission_id, location_id=ids[f"R0D{size - 1}S0"]
                )
        assert len(rows) == 1 + size + size * size
        assert [a.code for a in above] == ["R0", f"R0D{size - 1}"]
        assert log.count == 2


class TestAncestors:
    async def test_lists_the_locations_above_from_the_top(
        self, db: Database, mission_id: int
    ) -> None:
        ids = await load(db, mission_id, tree_file(2, 2, 2))
        async with db.transaction() as session:
            station = await ancestors(session, mission_id=mission_id, location_id=ids["R1D1S0"])
            region = await ancestors(session, mission_id=mission_id, location_id=ids["R1"])
        assert [r.code for r in station] == ["R1", "R1D1"]
        assert region == []
