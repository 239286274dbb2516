"""Who may submit, read and review reports, resolved from the ids a caller names.

A form, location or report of a mission the caller does not see answers exactly as a
missing one (NotFound with the same text), whatever the caller's standing elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from server.forms.models import Form
from server.kit.errors import FieldProblem, InvalidInput, NotFound
from server.missions.access import Can, MissionAccess, mission_access
from server.missions.models import MissionLocation, MissionMember, MissionRole
from server.orgs.access import Principal
from server.reports.models import Report
from server.reports.service import (
    NO_SUCH_FORM,
    NO_SUCH_LOCATION,
    NO_SUCH_REPORT,
    ReportActor,
)

ONLY_OBSERVERS = "Only the mission's observers submit reports."


async def web_actor(session: AsyncSession, *, principal: Principal, form_id: int) -> ReportActor:
    """The caller as an observer of the form's mission (one statement for an observer)."""
    if principal.person_id is not None:
        row = (
            await session.exec(
                select(MissionMember.id, MissionMember.mission_id, MissionMember.language)  # type: ignore[call-overload]
                .join(
                    Form,
                    and_(col(Form.mission_id) == MissionMember.mission_id, col(Form.id) == form_id),
                )
                .where(
                    MissionMember.person_id == principal.person_id,
                    MissionMember.role == MissionRole.OBSERVER,
                )
            )
        ).first()
        if row is not None:
            member_id, mission_id, language = row
            return ReportActor(mission_id, member_id, principal.user_id, language)
    # Not an observer there: tell those who see the mission why, and others nothing.
    form = await session.get(Form, form_id)
    if form is None:
        raise NotFound(NO_SUCH_FORM)
    await mission_of(session, principal=principal, mission_id=form.mission_id, missing=NO_SUCH_FORM)
    raise InvalidInput([FieldProblem("formId", ONLY_OBSERVERS, "not_an_observer")])


async def mission_of(
    session: AsyncSession, *, principal: Principal, mission_id: int, missing: str
) -> MissionAccess:
    """mission_access, with the text of the object the caller named when it is hidden."""
    try:
        return await mission_access(session, principal=principal, mission_id=mission_id)
    except NotFound:
        raise NotFound(missing) from None


@dataclass(frozen=True)
class ReportAccess:
    report: Report
    location: MissionLocation
    access: MissionAccess


def may_read(access: MissionAccess, report: Report, location_path: str) -> bool:
    """Observers read their own reports; coordinators and analysts every one (regional
    coordinators those in their region); partner viewers none."""
    if access.role is MissionRole.OBSERVER:
        return report.member_id == access.member_id
    return access.may_at(Can.SEE_REPORTS, location_path)


async def report_for(
    session: AsyncSession, *, principal: Principal, report_id: int, can: Can | None = None
) -> ReportAccess:
    """A report the caller may read (or, with `can`, act on at its location)."""
    row = (
        await session.exec(
            select(Report, MissionLocation)  # type: ignore[call-overload]
            .join(MissionLocation, col(MissionLocation.id) == Report.location_id)
            .where(col(Report.id) == report_id)
        )
    ).first()
    if row is None:
        raise NotFound(NO_SUCH_REPORT)
    report, location = row
    access = await mission_of(
        session, principal=principal, mission_id=report.mission_id, missing=NO_SUCH_REPORT
    )
    allowed = access.may_at(can, location.path) if can else may_read(access, report, location.path)
    if not allowed:
        raise NotFound(NO_SUCH_REPORT)
    return ReportAccess(report, location, access)


async def station_for(
    session: AsyncSession, *, principal: Principal, location_id: int, form_id: int, can: Can
) -> tuple[MissionLocation, Form, MissionAccess]:
    """A station and form of one mission where the caller may `can` (SEE_AGGREGATES,
    REVIEW_REPORTS): NotFound naming the location otherwise."""
    location = await session.get(MissionLocation, location_id)
    if location is None:
        raise NotFound(NO_SUCH_LOCATION)
    access = await mission_of(
        session, principal=principal, mission_id=location.mission_id, missing=NO_SUCH_LOCATION
    )
    if not access.may_at(can, location.path):
        raise NotFound(NO_SUCH_LOCATION)
    form = await session.get(Form, form_id)
    if form is None or form.mission_id != location.mission_id:
        raise NotFound(NO_SUCH_FORM)
    return location, form, access
