"""The observer roster: listing and searching a mission's observers.

Who may list: everyone with a standing in the mission except observers (they see only their
own assignments, and for them the roster answers as a hidden mission would). What a caller
sees of each observer is decided per observer (server/missions/privacy.py); this module
only decides which rows match, without ever letting a search tell what it may not show.
"""

from __future__ import annotations

from sqlalchemy import exists, func
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.kit.errors import NotFound
from server.kit.pagination import Page, check_page_size, keyset_page
from server.missions.access import NO_SUCH_MISSION, MissionAccess
from server.missions.members import location_of_mission
from server.missions.models import Deployment, MissionLocation, MissionMember, MissionRole
from server.missions.observer_codes import normalize_observer_code
from server.missions.privacy import may_search_names
from server.orgs.models import Person
from server.orgs.validation import name_contains, name_cursor


def require_roster(access: MissionAccess) -> None:
    if access.role is MissionRole.OBSERVER:
        raise NotFound(NO_SUCH_MISSION)


def _deployed_under(path: str) -> ColumnElement[bool]:
    return exists().where(
        (col(Deployment.member_id) == col(MissionMember.id))
        & (col(MissionLocation.id) == col(Deployment.location_id))
        & col(MissionLocation.path).startswith(path, autoescape=True)
    )


def _search(access: MissionAccess, search: str) -> ColumnElement[bool]:
    """Codes for everyone who may list; names only where the caller may see them (a
    regional coordinator: observers deployed in their region), so no hit ever stands for a
    name the caller could not read."""
    code = normalize_observer_code(search)
    by_code = col(MissionMember.observer_code).startswith(code or "\x00", autoescape=True)
    if not may_search_names(access):
        return by_code
    by_name: ColumnElement[bool] = exists().where(
        (col(Person.id) == col(MissionMember.person_id)) & name_contains(Person.name, search)
    )
    if access.region_path is not None:
        by_name = by_name & _deployed_under(access.region_path)
    return by_code | by_name


async def list_observers(
    session: AsyncSession,
    *,
    access: MissionAccess,
    search: str | None = None,
    location_id: int | None = None,
    first: int = 50,
    after: str | None = None,
    with_total: bool = True,
) -> Page[MissionMember]:
    """A page of observers, by code. With `location_id`: those deployed at or below it."""
    require_roster(access)
    check_page_size(first)
    conditions: list[ColumnElement[bool]] = [
        col(MissionMember.mission_id) == access.mission_id,
        col(MissionMember.role) == MissionRole.OBSERVER,
    ]
    if location_id is not None:
        root = await location_of_mission(
            session, mission_id=access.mission_id, location_id=location_id, field=None
        )
        conditions.append(_deployed_under(root.path))
    if search and search.strip():
        conditions.append(_search(access, search))
    return await keyset_page(
        session,
        select(MissionMember).where(*conditions),
        order=(col(MissionMember.observer_code), col(MissionMember.id)),
        after=name_cursor(after) if after else None,
        first=first,
        count=select(func.count()).select_from(MissionMember).where(*conditions)
        if with_total
        else None,
        cursor=lambda row: (row.observer_code or "", row.id),
    )
