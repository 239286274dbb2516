"""Reading a mission's location tree: a subtree and the ancestors of one location.

Both are one statement whatever the size of the tree. A subtree is a range on the
materialised path (every path below "/12/57/" sorts between "/12/57/" and "/12/57/~", since
paths hold only digits and slashes), which an ordinary btree answers on Postgres and SQLite.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, and_, literal
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import Grouping
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.missions.models import MissionLocation

# Sorts after every character a path holds (digits and "/").
PATH_END = "~"


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
