"""Importing a mission's locations from CSV: all or nothing, and idempotent.

Rows are written with executemany statements (a few per level of the tree, however many
rows), never one ORM object per row, so that a national file of 200,000 stations imports
in one pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from server.missions.location_csv import LocationRow, Problem, parse_locations
from server.missions.models import MissionLocation

__all__ = [
    "ImportResult",
    "LocationRow",
    "Problem",
    "import_file",
    "import_locations",
    "parse_locations",
]

PROGRESS_EVERY = 10_000
# Rows per executemany call: progress is reported between batches.
BATCH = PROGRESS_EVERY
# Called with the step ("inserted" new rows, "finished" paths and changes) and a count.
Progress = Callable[[str, int], None]
TABLE = MissionLocation.__table__  # type: ignore[attr-defined]
STORED = ("parent_id", "name", "level", "path", "registered_voters", "latitude", "longitude")


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems


@dataclass
class _Node:
    """A location as it will be after the import: the file's values over the stored ones."""

    code: str
    parent_code: str | None
    values: dict[str, Any]
    line: int | None = None  # None: kept from the database, absent from the file
    stored: dict[str, Any] | None = None  # the row as it is now, None for a new location
    level: int = 0
    moved: bool = False  # its path changes (it or an ancestor has a new parent)
    is_station: bool = True


async def _stored(session: AsyncSession, mission_id: int) -> list[dict[str, Any]]:
    columns = [TABLE.c[name] for name in ("id", "code", *STORED, "is_station")]
    statement = select(*columns).where(TABLE.c.mission_id == mission_id)
    result = await session.connection()
    return [dict(row._mapping) for row in await result.execute(statement)]


def _nodes(stored: list[dict[str, Any]], rows: Sequence[LocationRow]) -> dict[str, _Node]:
    code_of = {row["id"]: row["code"] for row in stored}
    nodes = {
        row["code"]: _Node(row["code"], code_of.get(row["parent_id"]), row, stored=row)
        for row in stored
    }
    for row in rows:
        values = {
            "name": row.name,
            "registered_voters": row.registered_voters,
            "latitude": row.latitude,
            "longitude": row.longitude,
        }
        old = nodes.get(row.code)
        nodes[row.code] = _Node(
            row.code, row.parent_code, values, row.line, old.stored if old else None
        )
    return nodes


def _check_tree(nodes: dict[str, _Node]) -> list[Problem]:
    """Unknown parents and cycles; on success, every node gets its level and `moved`."""
    problems = [
        Problem(n.line, "parent_code", f"unknown parent {n.parent_code!r}")
        for n in nodes.values()
        if n.line is not None and n.parent_code is not None and n.parent_code not in nodes
    ]
    if problems:
        return problems
    done: set[str] = set()
    for start in nodes:
        trail: list[str] = []
        code: str | None = start
        while code is not None and code not in done:
            if code in trail:
                cycle = trail[trail.index(code) :]
                lines = sorted(nodes[c].line or 0 for c in cycle if nodes[c].line is not None)
                # Told from the cycle's first row in the file, whichever row the walk began at.
                first = min(range(len(cycle)), key=lambda i: nodes[cycle[i]].line or 1 << 62)
                cycle = cycle[first:] + cycle[:first]
                names = " > ".join([*cycle, cycle[0]])
                message = f"parent cycle {names}"
                problems += [Problem(line, "parent_code", message) for line in lines]
                done.update(trail)
                break
            trail.append(code)
            code = nodes[code].parent_code
        else:
            for code in reversed(trail):
                _place(nodes, nodes[code])
            done.update(trail)
    return sorted(set(problems), key=lambda p: p.line)


def _place(nodes: dict[str, _Node], node: _Node) -> None:
    parent = nodes[node.parent_code] if node.parent_code is not None else None
    node.level = parent.level + 1 if parent else 0
    if parent is not None:
        parent.is_station = False
    stored = node.stored
    if stored is None:
        return
    old_parent = stored["parent_id"]
    new_parent = parent.stored["id"] if parent and parent.stored else None
    node.moved = old_parent != new_parent or (parent is not None and parent.moved)
    if parent is not None and parent.stored is None:
        node.moved = True


def _changed(node: _Node) -> bool:
    stored = node.stored
    assert stored is not None
    return (
        node.moved
        or node.level != stored["level"]
        or node.is_station != stored["is_station"]
        or any(node.values[k] != stored[k] for k in ("name", "registered_voters", "latitude"))
        or node.values["longitude"] != stored["longitude"]
    )


async def _insert_new(
    session: AsyncSession, mission_id: int, nodes: dict[str, _Node], progress: Progress
) -> None:
    """Inserts new locations level by level, so that every parent has its id first."""
    new = sorted((n for n in nodes.values() if n.stored is None), key=lambda n: n.level)
    statement = insert(TABLE).returning(TABLE.c.id, TABLE.c.code, sort_by_parameter_order=True)
    written = 0
    for start in range(0, len(new), BATCH):
        batch = new[start : start + BATCH]
        for level in sorted({n.level for n in batch}):
            params = [_insert_params(mission_id, nodes, n) for n in batch if n.level == level]
            result = await session.exec(statement, params=params)
            for row_id, code in result:
                nodes[code].stored = {"id": row_id, "path": ""}
        written += len(batch)
        progress("inserted", written)


def _insert_params(mission_id: int, nodes: dict[str, _Node], node: _Node) -> dict[str, Any]:
    parent = nodes[node.parent_code] if node.parent_code is not None else None
    return {
        "mission_id": mission_id,
        "code": node.code,
        "parent_id": parent.stored["id"] if parent and parent.stored else None,
        "level": node.level,
        "path": "",
        "is_station": node.is_station,
        **node.values,
    }


async def _apply(
    session: AsyncSession, nodes: dict[str, _Node], targets: list[_Node], progress: Progress
) -> None:
    """Writes paths and changed values of new and changed rows, in one executemany a batch."""
    paths: dict[str, str] = {}

    def path(node: _Node) -> str:
        if node.code not in paths:
            assert node.stored is not None
            above = path(nodes[node.parent_code]) if node.parent_code is not None else "/"
            paths[node.code] = f"{above}{node.stored['id']}/"
        return paths[node.code]

    statement = (
        update(TABLE)
        .where(TABLE.c.id == bindparam("row_id"))
        .values({name: bindparam(name) for name in (*STORED, "is_station")})
    )
    for start in range(0, len(targets), BATCH):
        params = []
        for node in targets[start : start + BATCH]:
            assert node.stored is not None
            parent = nodes[node.parent_code] if node.parent_code is not None else None
            params.append(
                {
                    **node.values,
                    "row_id": node.stored["id"],
                    "parent_id": parent.stored["id"] if parent and parent.stored else None,
                    "level": node.level,
                    "path": path(node),
                    "is_station": node.is_station,
                }
            )
        await session.exec(statement, params=params)
        progress("finished", start + len(params))


def _no_progress(stage: str, done: int) -> None:
    return None


async def import_locations(
    session: AsyncSession,
    *,
    mission_id: int,
    rows: Sequence[LocationRow],
    dry_run: bool,
    progress: Progress = _no_progress,
) -> ImportResult:
    """Applies a file's locations to a mission: all of them, or nothing when any is wrong.

    A location is matched by its code. New codes are created, known ones get the file's
    name, parent, registered voters and coordinates, and a file that changes nothing writes
    nothing. Locations of the mission that the file does not list are kept as they are (a
    file may cover one region; deleting stations that reports may point at is not an
    import's business). Parents come before their children whatever the order of the file,
    and every location's level, path and is_station (no location below it) are computed
    here. The caller commits; a dry run computes the same counts and problems and writes
    nothing.
    """
    stored = await _stored(session, mission_id)
    nodes = _nodes(stored, rows)
    problems = _check_tree(nodes)
    if problems:
        return ImportResult(problems=problems)
    result = ImportResult()
    in_file = {row.code for row in rows}
    changed = [n for n in nodes.values() if n.stored is not None and _changed(n)]
    result.created = sum(1 for n in nodes.values() if n.stored is None)
    result.updated = len(changed)
    result.unchanged = sum(1 for code in in_file if nodes[code].stored is not None) - sum(
        1 for n in changed if n.code in in_file
    )
    if dry_run:
        return result
    created = [n for n in nodes.values() if n.stored is None]
    await _insert_new(session, mission_id, nodes, progress)
    await _apply(session, nodes, created + changed, progress)
    return result


async def import_file(
    session: AsyncSession,
    *,
    mission_id: int,
    data: bytes,
    dry_run: bool,
    progress: Progress = _no_progress,
) -> ImportResult:
    """Parses a locations CSV and imports it; with any problem in the file, writes nothing."""
    parsed = parse_locations(data)
    result = await import_locations(
        session,
        mission_id=mission_id,
        rows=parsed.rows,
        dry_run=dry_run or bool(parsed.problems),
        progress=progress,
    )
    result.problems = sorted(parsed.problems + result.problems, key=lambda p: p.line)
    if result.problems:
        result.created = result.updated = result.unchanged = 0
    return result
