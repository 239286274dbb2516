"""import-200k (measured in-process, not a pair of servers): importing a national file of
200,000 polling stations with the importer vs a raw asyncpg COPY of the same rows into a
bare table, in the same run, on Postgres.

The importer's side is everything `pluralis import-locations` does with the file's bytes:
parse and check every line, plan the tree against the mission's stored locations, take ids,
write the rows (with their indexes, constraints and foreign keys) and commit. The reference
side is COPY of the very rows the importer stored into a table without any index or
constraint, committed: the floor of what Postgres can take in. ratio = reference seconds ÷
importer seconds (the median over rounds, each into a new mission).

Beside the ratio, each round also measures, on the same stored rows and connection, the
floors that no importer into a usable table can go below (each committed):

- floor_indexed_s: COPY of the rows into a fresh bare table, then building
  mission_location's four indexes on it in one pass each (primary key on id, unique
  (mission_id, code), parent_id, path text_pattern_ops): what any importer must do to leave
  the rows queryable, with no parsing, check, id or path of its own. floor_ratio =
  copy_s ÷ floor_indexed_s, the best ratio any importer writing this table could reach (a
  table per mission, written bare and indexed afterwards, would be that importer).
- parse_floor_s: Postgres itself reading the raw file (COPY … FROM STDIN, CSV with header,
  `;`) into a staging table of six text columns. floor_with_parse_ratio = copy_s ÷
  (parse_floor_s + floor_indexed_s): the best ratio of an importer that let Postgres parse
  the file and then wrote and indexed the rows without checking anything.
"""

from __future__ import annotations

import io
import statistics
import time
from datetime import date
from typing import Any

import asyncpg  # type: ignore[import-untyped]
from sqlalchemy import insert, text
from sqlmodel import col

from server.db import Database, utcnow
from server.missions.importing import INSERT_COLUMNS, import_file
from server.missions.models import Mission
from server.orgs.models import Organization, OrganizationKind
from tests.bench.common import BenchError, asyncpg_dsn

NAME = "import-200k"
TARGET = 0.3
REGIONS = 16
DISTRICTS_PER_REGION = 25
STATIONS_PER_DISTRICT = 500
STATIONS = REGIONS * DISTRICTS_PER_REGION * STATIONS_PER_DISTRICT  # 200,000
ROUNDS = 3
BARE = "bench_bare_location"
# The same rows into a copy of mission_location with its indexes and foreign keys: the floor
# of any importer into this schema, reported beside the ratio to say where the time goes.
CONSTRAINED = "bench_constrained_location"
CONSTRAINED_TABLE = (
    f"CREATE TABLE {CONSTRAINED} (LIKE mission_location INCLUDING ALL); "
    f"ALTER TABLE {CONSTRAINED} ADD FOREIGN KEY (mission_id) REFERENCES mission (id)"
)
BARE_COLUMNS = """(
    id integer, mission_id integer, parent_id integer, code varchar(64), name varchar(200),
    level integer, path varchar(1000), registered_voters integer, latitude double precision,
    longitude double precision, is_station boolean
)"""
BARE_TABLE = f"CREATE TABLE {BARE} {BARE_COLUMNS}"
# The floor of a usable table: a fresh bare table, the rows COPYed in, then mission_location's
# four indexes (same definitions) built in one pass each, all in one committed transaction.
FLOOR = "bench_floor_location"
FLOOR_INDEXES = (
    f"ALTER TABLE {FLOOR} ADD PRIMARY KEY (id)",
    f"ALTER TABLE {FLOOR} ADD UNIQUE (mission_id, code)",
    f"CREATE INDEX ON {FLOOR} (parent_id)",
    f"CREATE INDEX ON {FLOOR} (path text_pattern_ops)",
)
# Postgres parsing the raw file itself: its six columns as text, nothing checked.
STAGING = "bench_staging_location"
STAGING_TABLE = f"""
CREATE TABLE {STAGING} (
    code text, name text, parent_code text, registered_voters text, latitude text,
    longitude text
)"""


def stations_file() -> bytes:
    """Three levels, the same bytes on every run: regions, districts, stations (last, as
    commissions list them), with registered voters and coordinates on every station."""
    lines = ["code;name;parent_code;registered_voters;latitude;longitude"]
    for r in range(REGIONS):
        region = f"R{r:02d}"
        lines.append(f"{region};Region {r};;;;")
        for d in range(DISTRICTS_PER_REGION):
            lines.append(f"{region}-D{d:02d};District {r}.{d};{region};;;")
    for r in range(REGIONS):
        for d in range(DISTRICTS_PER_REGION):
            district = f"R{r:02d}-D{d:02d}"
            for s in range(STATIONS_PER_DISTRICT):
                n = (r * DISTRICTS_PER_REGION + d) * STATIONS_PER_DISTRICT + s
                voters = 200 + (n * 7919) % 1300
                latitude = -4.5 + (n % 9001) / 1000
                longitude = 34.0 + (n % 7001) / 1000
                lines.append(
                    f"{district}-{s:03d};Polling station {n};{district};{voters};"
                    f"{latitude:.4f};{longitude:.4f}"
                )
    return ("\n".join(lines) + "\n").encode()


async def _mission(database: Database, organization_id: int, round_: int) -> int:
    async with database.engine.begin() as conn:
        mission_id = (
            await conn.execute(
                insert(Mission)
                .values(
                    organization_id=organization_id,
                    name=f"Import bench {round_}",
                    country="KE",
                    time_zone="Africa/Nairobi",
                    election_date=date(2027, 8, 9),
                    more_election_dates=[],
                    status="draft",
                    phase="pre_election",
                    created_at=utcnow(),
                    updated_at=utcnow(),
                )
                .returning(col(Mission.id))
            )
        ).scalar_one()
    assert mission_id is not None
    return int(mission_id)


async def _organization(database: Database) -> int:
    async with database.engine.begin() as conn:
        org_id = (
            await conn.execute(
                insert(Organization)
                .values(
                    name="Import bench observers",
                    slug="import-bench-observers",
                    kind=OrganizationKind.MEMBER,
                    created_at=utcnow(),
                    updated_at=utcnow(),
                )
                .returning(col(Organization.id))
            )
        ).scalar_one()
    assert org_id is not None
    return int(org_id)


async def _import(database: Database, mission_id: int, data: bytes) -> float:
    started = time.perf_counter()
    async with database.transaction() as session:
        result = await import_file(session, mission_id=mission_id, data=data, dry_run=False)
    elapsed = time.perf_counter() - started
    expected = STATIONS + REGIONS * (1 + DISTRICTS_PER_REGION)
    if result.problems or result.created != expected:
        raise BenchError(f"{NAME}: {result.created} created, problems {result.problems[:3]}")
    return elapsed


async def _copy(
    raw: asyncpg.Connection, records: list[tuple[Any, ...]], table: str = BARE
) -> float:
    await raw.execute(f"TRUNCATE {table}")
    started = time.perf_counter()
    async with raw.transaction():
        await raw.copy_records_to_table(table, records=records, columns=INSERT_COLUMNS)
    return time.perf_counter() - started


async def _floor_indexed(raw: asyncpg.Connection, records: list[tuple[Any, ...]]) -> float:
    """COPY into a fresh bare table, then its four indexes, committed (the table is made
    before the clock starts and dropped after)."""
    await raw.execute(f"DROP TABLE IF EXISTS {FLOOR}")
    await raw.execute(f"CREATE TABLE {FLOOR} {BARE_COLUMNS}")
    started = time.perf_counter()
    async with raw.transaction():
        await raw.copy_records_to_table(FLOOR, records=records, columns=INSERT_COLUMNS)
        for statement in FLOOR_INDEXES:
            await raw.execute(statement)
    elapsed = time.perf_counter() - started
    await raw.execute(f"DROP TABLE {FLOOR}")
    return elapsed


async def _parse_floor(raw: asyncpg.Connection, data: bytes, expected: int) -> float:
    """Postgres reading the file's bytes into six text columns, committed."""
    await raw.execute(f"TRUNCATE {STAGING}")
    started = time.perf_counter()
    async with raw.transaction():
        status = await raw.copy_to_table(
            STAGING, source=io.BytesIO(data), format="csv", header=True, delimiter=";"
        )
    elapsed = time.perf_counter() - started
    if status != f"COPY {expected}":
        raise BenchError(f"{NAME}: the raw file's COPY answered {status!r}")
    return elapsed


async def _stored_records(raw: asyncpg.Connection, mission_id: int) -> list[tuple[Any, ...]]:
    columns = ", ".join(INSERT_COLUMNS)
    rows = await raw.fetch(
        f"SELECT {columns} FROM mission_location WHERE mission_id = $1 ORDER BY level, id",
        mission_id,
    )
    return [tuple(row) for row in rows]


async def import_bench(db_url: str, rounds: int = ROUNDS) -> dict[str, Any]:
    """The importer vs COPY, alternating, `rounds` times; the median of each side."""
    data = stations_file()
    database = Database.from_url(db_url)
    raw = await asyncpg.connect(asyncpg_dsn(db_url))
    try:
        await raw.execute(BARE_TABLE)
        await raw.execute(CONSTRAINED_TABLE)
        await raw.execute(STAGING_TABLE)
        organization_id = await _organization(database)
        importer: list[float] = []
        reference: list[float] = []
        constrained: list[float] = []
        reimport: list[float] = []
        floor_indexed: list[float] = []
        parse_floor: list[float] = []
        for round_ in range(rounds):
            mission_id = await _mission(database, organization_id, round_)
            importer.append(await _import(database, mission_id, data))
            records = await _stored_records(raw, mission_id)
            reference.append(await _copy(raw, records))
            constrained.append(await _copy(raw, records, CONSTRAINED))
            floor_indexed.append(await _floor_indexed(raw, records))
            parse_floor.append(await _parse_floor(raw, data, len(records)))
            started = time.perf_counter()
            async with database.transaction() as session:
                again = await import_file(session, mission_id=mission_id, data=data, dry_run=False)
            reimport.append(time.perf_counter() - started)
            if again.created or again.updated or again.unchanged != len(records):
                raise BenchError(f"{NAME}: a re-import changed something: {again}")
            async with database.engine.begin() as conn:
                await conn.execute(text("ANALYZE mission_location"))
        copy_s = statistics.median(reference)
        ratio = copy_s / statistics.median(importer)
        floor_s = statistics.median(floor_indexed)
        parse_s = statistics.median(parse_floor)
        return {
            "name": NAME,
            "rows": STATIONS + REGIONS * (1 + DISTRICTS_PER_REGION),
            "file_bytes": len(data),
            "importer_s": round(statistics.median(importer), 3),
            "copy_s": round(copy_s, 3),
            "reimport_unchanged_s": round(statistics.median(reimport), 3),
            "copy_constrained_s": round(statistics.median(constrained), 3),
            "ratio_vs_constrained_copy": round(
                statistics.median(constrained) / statistics.median(importer), 3
            ),
            "floor_indexed_s": round(floor_s, 3),
            "floor_ratio": round(copy_s / floor_s, 3),
            "parse_floor_s": round(parse_s, 3),
            "floor_with_parse_ratio": round(copy_s / (parse_s + floor_s), 3),
            "ratio": round(ratio, 3),
            "target": TARGET,
            "met": ratio >= TARGET,
            "rounds": rounds,
            "note": "importer: parse + check + plan + ids + COPY into mission_location (4 "
            "indexes, 1 foreign key) + commit; reference: COPY of the same stored rows into "
            "a table without indexes or constraints + commit; copy_constrained: the same COPY "
            "into a copy of mission_location with its indexes and foreign keys; "
            "floor_indexed: the same COPY into a fresh bare table, then mission_location's 4 "
            "indexes built on it, committed (the least any importer must do to leave the rows "
            "queryable); floor_ratio = copy / floor_indexed, the best ratio any importer into "
            "this table could reach; parse_floor: Postgres parsing the raw file (COPY csv) "
            "into 6 text columns, committed; floor_with_parse_ratio = copy / (parse_floor + "
            "floor_indexed), the best ratio of an importer that let Postgres read the file "
            "and checked nothing",
        }
    finally:
        await raw.execute(f"DROP TABLE IF EXISTS {BARE}, {CONSTRAINED}, {FLOOR}, {STAGING}")
        await raw.close()
        await database.dispose()
