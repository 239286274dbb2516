"""Mission roles: adding people to a mission (as coordinators, analysts, observers ...),
removing them, and listing the staff.

Consent: a mission belongs to one organization, and taking part in it shares what one does
there with that organization's coordinators. So a person is added directly only when they
are already a member of the mission's organization, or of an organization the caller
administers (who already runs what the person shares); anyone else must first join the
organization, which is a request they accept (server/orgs/memberships.py).
"""

from __future__ import annotations

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.kit.errors import FieldProblem, InvalidInput, NotFound
from server.missions.access import Can, MissionAccess, mission_access
from server.missions.models import MissionLocation, MissionMember, MissionRole, ObserverKind
from server.missions.observer_codes import new_codes
from server.orgs.access import Action, Principal
from server.orgs.models import Person
from server.orgs.resolve import organizations_of_person, person_for

NO_MEMBER = "No such mission member."
NO_LOCATION = "No such location."
# The languages observers are written to in (SMS replies, the report form).
OBSERVER_LANGUAGES = ("en", "fr", "es", "ar")


async def managed_member(
    session: AsyncSession, *, principal: Principal, member_id: int, message: str = NO_MEMBER
) -> tuple[MissionMember, MissionAccess]:
    """A mission member row the caller may manage, with the caller's access to its mission.

    A member of a hidden mission, or of one the caller may only look at, answers exactly as
    a missing one, with `message`.
    """
    principal.require_authenticated()
    member = await session.get(MissionMember, member_id)
    if member is None:
        raise NotFound(message)
    try:
        access = await mission_access(session, principal=principal, mission_id=member.mission_id)
        access.require(Can.MANAGE)
    except NotFound:
        raise NotFound(message) from None
    return member, access


async def location_of_mission(
    session: AsyncSession, *, mission_id: int, location_id: int, field: str | None
) -> MissionLocation:
    """A location of this mission; one of another mission answers as a missing one."""
    location = await session.get(MissionLocation, location_id)
    if location is None or location.mission_id != mission_id:
        if field is None:
            raise NotFound(NO_LOCATION)
        raise InvalidInput([FieldProblem(field, NO_LOCATION, "not_found")])
    return location


async def _may_add(session: AsyncSession, principal: Principal, person_id: int, org: int) -> bool:
    if principal.is_superuser or principal.system:
        return True
    orgs = await organizations_of_person(session, person_id=person_id)
    return org in orgs or principal.may_any(Action.MANAGE_MEMBERS, orgs)


async def _region(
    session: AsyncSession, access: MissionAccess, role: MissionRole, region_id: int | None
) -> int | None:
    if role is not MissionRole.REGIONAL_COORDINATOR:
        if region_id is not None:
            raise InvalidInput(
                [FieldProblem("regionId", "Only regional coordinators have a region.")]
            )
        return None
    if region_id is None:
        raise InvalidInput(
            [FieldProblem("regionId", "Choose the region they coordinate.", "required")]
        )
    location = await location_of_mission(
        session, mission_id=access.mission_id, location_id=region_id, field="regionId"
    )
    return location.id


def _observer_language(person: Person) -> str:
    language = person.preferred_language.split("-")[0]
    return language if language in OBSERVER_LANGUAGES else "en"


async def add_member(
    session: AsyncSession,
    *,
    principal: Principal,
    mission_id: int,
    person_id: int,
    role: MissionRole,
    region_id: int | None = None,
) -> MissionMember:
    """Give a person a role in a mission (their one role there: a second call changes it).

    Observers get an observer code, once. A person the caller may not see answers as a
    missing one; one the caller sees but may not add is told to join the organization first.
    """
    access = await mission_access(session, principal=principal, mission_id=mission_id)
    access.require(Can.MANAGE)
    person = await person_for(session, principal=principal, person_id=person_id, field="personId")
    if not await _may_add(session, principal, person_id, access.mission.organization_id):
        message = "This person is not a member of the mission's organization: add them to it first."
        raise InvalidInput([FieldProblem("personId", message, "not_a_member")])
    region = await _region(session, access, role, region_id)
    member = await session.scalar(
        select(MissionMember)
        .where(MissionMember.mission_id == mission_id)
        .where(MissionMember.person_id == person_id)
    )
    if member is None:
        member = MissionMember(mission_id=mission_id, person_id=person_id, role=role)
        member.language = _observer_language(person)
    member.role = role
    member.region_id = region
    if role is MissionRole.OBSERVER:
        if member.observer_code is None:
            (member.observer_code,) = await new_codes(session, mission_id=mission_id, count=1)
        member.observer_kind = member.observer_kind or ObserverKind.SHORT_TERM
    session.add(member)
    await session.flush()
    return member


async def remove_member(session: AsyncSession, *, principal: Principal, member_id: int) -> None:
    """Take a person off a mission; their deployments go with them (reports stay)."""
    member, _ = await managed_member(session, principal=principal, member_id=member_id)
    await session.delete(member)
    await session.flush()


async def list_staff(session: AsyncSession, *, access: MissionAccess) -> list[MissionMember]:
    """The mission's non-observer roles, for its coordinators; anyone else is told there is
    no such mission."""
    access.require(Can.MANAGE)
    rows = await session.exec(
        select(MissionMember)
        .where(MissionMember.mission_id == access.mission_id)
        .where(MissionMember.role != MissionRole.OBSERVER)
        .order_by(col(MissionMember.id))
    )
    return list(rows.all())
