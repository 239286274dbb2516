"""Reading a mission's location tree: pages of children or of search results, one location
with its access check, a subtree and the ancestors of one location.

Every read is one statement whatever the size of the tree. A subtree is a range on the
materialised path (every path below "/12/57/" sorts between "/12/57/" and "/12/57/~", since
paths hold only digits and slashes), which an ordinary btree answers on Postgres and SQLite.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import ColumnElement, and_, func, literal
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import Grouping
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.kit.errors import NotFound
from server.kit.pagination import Page, check_page_size, keyset_page
from server.missions.access import Can, MissionAccess, mission_access
from server.missions.models import LOCATION_CODE, MissionLocation
from server.orgs.access import Principal
from server.orgs.validation import name_cursor

# Sorts after every character a path holds (digits and "/").
PATH_END = "~"
NO_SUCH_LOCATION = "No such location."


def _path_at_or_below(session: AsyncSession, lower: ColumnElement[str]) -> ColumnElement[bool]:
    path = MissionLocation.__table__.c.path  # type: ignore[attr-defined]
    # Grouped: Postgres gives `~<~` and `||` the same precedence, left to right.
    upper = Grouping(lower.concat(literal(PATH_END)))
    if session.get_bind().dialect.name == "postgresql":
        # The path index uses text_pattern_ops (so that LIKE 'prefix%' can use it too), and
        # such an index serves the byte-wise operators, not the collation-aware >= and <.
        return and_(
            path.op("~>=~", is_comparison=True)(lower), path.op("~<~", is_comparison=True)(upper)
        )
    return and_(path >= lower, path < upper)


async def subtree(
    session: AsyncSession, *, mission_id: int, location_id: int
) -> Sequence[MissionLocation]:
    """The location and everything below it, top down (by level, then code).

    Empty when the location does not exist or belongs to another mission.
    """
    root = aliased(MissionLocation)
    root_path = (
        select(root.path)
        .where(root.id == location_id, root.mission_id == mission_id)
        .scalar_subquery()
    )
    statement = (
        select(MissionLocation)
        .where(
            MissionLocation.mission_id == mission_id,
            _path_at_or_below(session, root_path),
        )
        .order_by(col(MissionLocation.level), col(MissionLocation.code))
    )
    return (await session.exec(statement)).all()


async def ancestors(
    session: AsyncSession, *, mission_id: int, location_id: int
) -> Sequence[MissionLocation]:
    """The locations above this one, from the top down (the location itself excluded).

    A recursive walk up `parent_id` reads one row per level through the primary key, where
    matching paths as prefixes would compare against every row of the mission. Empty when
    the location does not exist or belongs to another mission.
    """
    table = MissionLocation.__table__  # type: ignore[attr-defined]
    chain = (
        sa_select(table.c.id, table.c.parent_id)
        .where(table.c.id == location_id, table.c.mission_id == mission_id)
        .cte("chain", recursive=True)
    )
    up = table.alias("up")
    chain = chain.union_all(
        sa_select(up.c.id, up.c.parent_id).join(chain, up.c.id == chain.c.parent_id)
    )
    statement = (
        select(MissionLocation)
        .join(chain, chain.c.id == MissionLocation.id)
        .where(col(MissionLocation.id) != location_id)
        .order_by(col(MissionLocation.level))
    )
    return (await session.exec(statement)).all()


async def location_access(
    session: AsyncSession, *, principal: Principal, location_id: int, can: Can
) -> tuple[MissionLocation, MissionAccess]:
    """A location and the caller's standing in its mission, for a purpose.

    A location of a mission the caller may not see, or may not use for `can`, answers
    exactly as a missing one: same error, same text.
    """
    location = await session.get(MissionLocation, location_id)
    if location is None:
        raise NotFound(NO_SUCH_LOCATION)
    try:
        access = await mission_access(session, principal=principal, mission_id=location.mission_id)
        access.require(can)
    except NotFound:
        raise NotFound(NO_SUCH_LOCATION) from None
    return location, access


async def mission_location(
    session: AsyncSession, *, mission_id: int, location_id: int
) -> MissionLocation:
    """A location of this mission (the caller's access to the mission already checked)."""
    location = await session.get(MissionLocation, location_id)
    if location is None or location.mission_id != mission_id:
        raise NotFound(NO_SUCH_LOCATION)
    return location


def _like_prefix(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


async def list_locations(
    session: AsyncSession,
    *,
    mission_id: int,
    parent: MissionLocation | None,
    search: str | None,
    first: int,
    after: str | None = None,
    with_total: bool = True,
) -> Page[MissionLocation]:
    """One page of locations, by code: the children of `parent` (the top level when None),
    or with `search`, the locations of the mission (below `parent`, when given) whose code or
    name starts with it, ignoring case. `parent` must belong to the mission."""
    check_page_size(first)
    conditions: list[ColumnElement[bool]] = [col(MissionLocation.mission_id) == mission_id]
    prefix = (search or "").strip()[:LOCATION_CODE]
    if prefix:
        pattern = _like_prefix(prefix)
        conditions.append(
            col(MissionLocation.code).ilike(pattern, escape="\\")
            | col(MissionLocation.name).ilike(pattern, escape="\\")
        )
        if parent is not None:
            conditions.append(_path_at_or_below(session, literal(parent.path)))
            conditions.append(col(MissionLocation.id) != parent.id)
    elif parent is not None:
        conditions.append(col(MissionLocation.parent_id) == parent.id)
    else:
        conditions.append(col(MissionLocation.parent_id).is_(None))
    count = select(func.count()).select_from(MissionLocation).where(*conditions)
    return await keyset_page(
        session,
        select(MissionLocation).where(*conditions),
        order=(col(MissionLocation.code), col(MissionLocation.id)),
        after=name_cursor(after) if after else None,
        first=first,
        count=count if with_total else None,
        cursor=lambda row: (row.code, row.id),
    )


async def locations_by_ids(
    session: AsyncSession, *, ids: Sequence[int]
) -> Mapping[int, MissionLocation]:
    """Locations by id, for callers that reached them through a checked location (its
    ancestors, named by its path)."""
    rows = await session.exec(select(MissionLocation).where(col(MissionLocation.id).in_(ids)))
    return {row.id: row for row in rows if row.id is not None}


async def child_counts(session: AsyncSession, *, parent_ids: Sequence[int]) -> Mapping[int, int]:
    statement = (
        select(col(MissionLocation.parent_id), func.count())
        .where(col(MissionLocation.parent_id).in_(parent_ids))
        .group_by(col(MissionLocation.parent_id))
    )
    return {parent: count for parent, count in await session.exec(statement) if parent}


def path_ids(path: str) -> list[int]:
    """The ids of a materialised path, from the top ("/12/57/903/" -> [12, 57, 903])."""
    return [int(part) for part in path.strip("/").split("/") if part]
