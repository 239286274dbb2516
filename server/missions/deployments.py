"""Deployments: which observer goes to which polling station, expecting which forms.

One observer may cover several stations and a station may have several observers; each
(observer, station) pair is one deployment, and its forms are the reports expected there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Boolean, Integer, String, column, delete, func, table
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.kit.errors import FieldProblem, InvalidInput, NotFound, Problems
from server.kit.pagination import Page, check_page_size, decode_cursor, keyset_page
from server.missions.access import Can, MissionAccess, mission_access
from server.missions.members import location_of_mission, managed_member
from server.missions.models import (
    Deployment,
    DeploymentForm,
    MissionLocation,
    MissionMember,
    MissionRole,
)
from server.orgs.access import Principal

# The form table, read without importing server.forms: forms depend on missions (their
# access rules), so missions must not depend on forms.
FORM = table(
    "form",
    column("id", Integer),
    column("mission_id", Integer),
    column("code", String),
    column("archived", Boolean),
)
NO_OBSERVER = "No such observer."
NO_DEPLOYMENT = "No such deployment."
NO_FORM = "No such form."


async def _forms(session: AsyncSession, *, mission_id: int, form_ids: Sequence[int]) -> list[int]:
    """The forms, checked: of this mission (others answer as missing) and not archived."""
    rows = await session.exec(
        select(FORM.c.id, FORM.c.archived)
        .where(FORM.c.id.in_(form_ids))
        .where(FORM.c.mission_id == mission_id)
    )
    archived = {form_id: bool(flag) for form_id, flag in rows.all()}
    problems = Problems()
    for i, form_id in enumerate(form_ids):
        if form_id not in archived:
            problems.add(f"formIds.{i}", NO_FORM, "not_found")
        elif archived[form_id]:
            problems.add(f"formIds.{i}", "This form is archived.", "archived")
    problems.raise_if_any()
    return list(dict.fromkeys(form_ids))


async def set_deployment_forms(
    session: AsyncSession, *, deployment_id: int, form_ids: Sequence[int]
) -> None:
    """Make the deployment's expected forms exactly these (rows kept where unchanged)."""
    rows = await session.exec(
        select(DeploymentForm.form_id).where(DeploymentForm.deployment_id == deployment_id)
    )
    current = set(rows.all())
    wanted = set(form_ids)
    if current - wanted:
        await session.exec(
            delete(DeploymentForm)
            .where(col(DeploymentForm.deployment_id) == deployment_id)
            .where(col(DeploymentForm.form_id).in_(current - wanted))
        )
    for form_id in form_ids:
        if form_id not in current:
            session.add(DeploymentForm(deployment_id=deployment_id, form_id=form_id))
    await session.flush()


async def deploy_observer(
    session: AsyncSession,
    *,
    principal: Principal,
    observer_id: int,
    location_id: int,
    form_ids: Sequence[int],
) -> tuple[Deployment, MissionAccess]:
    """Send an observer to a polling station for these forms. Deploying them there again
    replaces the forms: the call is idempotent."""
    member, access = await managed_member(
        session, principal=principal, member_id=observer_id, message=NO_OBSERVER
    )
    if member.role is not MissionRole.OBSERVER:
        raise NotFound(NO_OBSERVER)
    location = await location_of_mission(
        session, mission_id=access.mission_id, location_id=location_id, field="locationId"
    )
    if not location.is_station:
        raise InvalidInput(
            [FieldProblem("locationId", "Observers are deployed to polling stations.", "station")]
        )
    forms = await _forms(session, mission_id=access.mission_id, form_ids=form_ids)
    deployment = await session.scalar(
        select(Deployment)
        .where(Deployment.member_id == observer_id)
        .where(Deployment.location_id == location_id)
    )
    if deployment is None:
        deployment = Deployment(
            mission_id=access.mission_id, member_id=observer_id, location_id=location_id
        )
        session.add(deployment)
        await session.flush()
    assert deployment.id is not None
    await set_deployment_forms(session, deployment_id=deployment.id, form_ids=forms)
    return deployment, access


async def remove_deployment(
    session: AsyncSession, *, principal: Principal, deployment_id: int
) -> None:
    principal.require_authenticated()
    deployment = await session.get(Deployment, deployment_id)
    if deployment is None:
        raise NotFound(NO_DEPLOYMENT)
    try:
        access = await mission_access(
            session, principal=principal, mission_id=deployment.mission_id
        )
        access.require(Can.MANAGE)
    except NotFound:
        raise NotFound(NO_DEPLOYMENT) from None
    await session.delete(deployment)
    await session.flush()


def _in_region(access: MissionAccess) -> ColumnElement[bool] | None:
    if access.region_path is None:
        return None
    return col(MissionLocation.path).startswith(access.region_path, autoescape=True)


def _id_cursor(after: str) -> tuple[int, int]:
    (last_id, same) = decode_cursor(after, 2)
    if not isinstance(last_id, int) or isinstance(last_id, bool) or last_id != same:
        raise InvalidInput([FieldProblem("after", "This cursor is not valid.")])
    return last_id, last_id


async def list_deployments(
    session: AsyncSession,
    *,
    access: MissionAccess,
    location_id: int | None = None,
    observer_id: int | None = None,
    first: int = 50,
    after: str | None = None,
    with_total: bool = True,
) -> Page[Deployment]:
    """A mission's deployments, for those who see its reports (regional coordinators: in
    their region), optionally under one location or of one observer."""
    access.require(Can.SEE_REPORTS)
    check_page_size(first)
    conditions: list[ColumnElement[bool]] = [col(Deployment.mission_id) == access.mission_id]
    region = _in_region(access)
    if region is not None:
        conditions.append(region)
    if location_id is not None:
        root = await location_of_mission(
            session, mission_id=access.mission_id, location_id=location_id, field=None
        )
        conditions.append(col(MissionLocation.path).startswith(root.path, autoescape=True))
    if observer_id is not None:
        conditions.append(col(Deployment.member_id) == observer_id)
    joined = select(Deployment).join(
        MissionLocation, col(MissionLocation.id) == col(Deployment.location_id)
    )
    count = (
        select(func.count())
        .select_from(Deployment)
        .join(MissionLocation, col(MissionLocation.id) == col(Deployment.location_id))
        .where(*conditions)
    )
    return await keyset_page(
        session,
        joined.where(*conditions),
        order=(col(Deployment.id), col(Deployment.id)),
        after=_id_cursor(after) if after else None,
        first=first,
        count=count if with_total else None,
        cursor=lambda row: (row.id, row.id),
    )


@dataclass(frozen=True)
class Assignment:
    deployment: Deployment
    location: MissionLocation
    form_ids: list[int]


async def my_assignments(session: AsyncSession, *, access: MissionAccess) -> list[Assignment]:
    """The caller's own deployments with their forms (archived forms left out): two
    statements, whatever the number of stations."""
    if access.member_id is None:
        return []
    rows = await session.exec(
        select(Deployment, MissionLocation)
        .join(MissionLocation, col(MissionLocation.id) == col(Deployment.location_id))
        .where(Deployment.member_id == access.member_id)
        .order_by(col(MissionLocation.code), col(Deployment.id))
    )
    pairs = list(rows.all())
    forms = await forms_by_deployment(session, deployment_ids=[d.id for d, _ in pairs if d.id])
    return [Assignment(d, loc, forms.get(d.id or 0, [])) for d, loc in pairs]


async def forms_by_deployment(
    session: AsyncSession, *, deployment_ids: Sequence[int]
) -> dict[int, list[int]]:
    """The live (not archived) forms expected at each deployment, by form id."""
    grouped: dict[int, list[int]] = {i: [] for i in deployment_ids}
    rows = await session.exec(
        select(DeploymentForm.deployment_id, DeploymentForm.form_id)
        .join(FORM, FORM.c.id == col(DeploymentForm.form_id))
        .where(col(DeploymentForm.deployment_id).in_(deployment_ids))
        .where(FORM.c.archived.is_(False))
        .order_by(FORM.c.code)
    )
    for deployment_id, form_id in rows.all():
        grouped[deployment_id].append(form_id)
    return grouped


async def deployment_paths(
    session: AsyncSession, *, member_ids: Sequence[int]
) -> dict[int, list[str]]:
    """The paths of the stations each observer is deployed at (privacy checks, counts)."""
    grouped: dict[int, list[str]] = {i: [] for i in member_ids}
    rows = await session.exec(
        select(Deployment.member_id, MissionLocation.path)
        .join(MissionLocation, col(MissionLocation.id) == col(Deployment.location_id))
        .where(col(Deployment.member_id).in_(member_ids))
    )
    for member_id, path in rows.all():
        grouped[member_id].append(path)
    return grouped


async def members_by_ids(session: AsyncSession, *, ids: Sequence[int]) -> dict[int, MissionMember]:
    rows = await session.exec(select(MissionMember).where(col(MissionMember.id).in_(ids)))
    return {m.id: m for m in rows.all() if m.id is not None}


async def locations_by_ids(
    session: AsyncSession, *, ids: Sequence[int]
) -> dict[int, MissionLocation]:
    rows = await session.exec(select(MissionLocation).where(col(MissionLocation.id).in_(ids)))
    return {loc.id: loc for loc in rows.all() if loc.id is not None}
