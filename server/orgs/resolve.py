"""Ids named in input, resolved for a purpose: "may this caller use this object for this?"

An object the caller may not see, or may not use for the purpose, answers exactly like a
missing one: the same error, with the same code, message and field. Nothing else in the
answer may differ, so callers cannot learn which people or organizations exist.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.kit.errors import FieldProblem, InvalidInput, NotFound
from server.orgs.access import Action, Principal
from server.orgs.models import Membership, Organization, OrganizationKind, Person, Role

NO_PERSON = "No such person."
NO_ORGANIZATION = "No such organization."


def _missing(message: str, field: str | None) -> Exception:
    if field is None:
        return NotFound(message)
    return InvalidInput([FieldProblem(field, message, "not_found")])


async def organization_for(
    session: AsyncSession,
    *,
    principal: Principal,
    organization_id: int,
    action: Action,
    field: str | None = None,
) -> Organization:
    """The organization, if the caller may take `action` there; otherwise "no such".

    With `field`, the refusal is a field error (for mutations with an `errors` list);
    without, a NOT_FOUND error.
    """
    principal.require_authenticated()
    organization = (
        await session.get(Organization, organization_id)
        if principal.may(action, organization_id)
        else None
    )
    if organization is None:
        raise _missing(NO_ORGANIZATION, field)
    return organization


async def organizations_of_person(session: AsyncSession, *, person_id: int) -> list[int]:
    """The organizations where the person holds a membership (requests do not count)."""
    rows = await session.exec(
        select(Membership.organization_id).where(Membership.person_id == person_id)
    )
    return list(rows.all())


async def may_act_on_person(
    session: AsyncSession, *, principal: Principal, person_id: int, action: Action
) -> bool:
    """The person themself, superusers, and callers who may take `action` in an
    organization where the person is a member."""
    if not principal.is_authenticated:
        return False
    if principal.is_superuser or principal.person_id == person_id:
        return True
    orgs = await organizations_of_person(session, person_id=person_id)
    return principal.may_any(action, orgs)


async def person_for(
    session: AsyncSession,
    *,
    principal: Principal,
    person_id: int,
    action: Action = Action.VIEW_MEMBERS,
    field: str | None = None,
) -> Person:
    """The person, if the caller may take `action` on them; otherwise "no such person".

    The default purpose, seeing the person, is what `people` and `person(id)` apply.
    """
    principal.require_authenticated()
    allowed = await may_act_on_person(
        session, principal=principal, person_id=person_id, action=action
    )
    person = await session.get(Person, person_id) if allowed else None
    if person is None:
        raise _missing(NO_PERSON, field)
    return person


async def administered_networks(session: AsyncSession, *, principal: Principal) -> set[int]:
    """Network secretariats where the caller (a person, not a token) holds the admin role."""
    if principal.user_id is None:
        return set()
    admin_of = [org for org, role in principal.roles.items() if role is Role.ADMIN]
    if not admin_of:
        return set()
    rows = await session.exec(
        select(Organization.id)
        .where(col(Organization.id).in_(admin_of))
        .where(col(Organization.kind) == OrganizationKind.NETWORK_SECRETARIAT)
    )
    return {org_id for org_id in rows.all() if org_id is not None}


async def organizations_of_networks(
    session: AsyncSession, *, network_ids: Iterable[int]
) -> set[int]:
    """The secretariats themselves and every organization under them."""
    ids = set(network_ids)
    if not ids:
        return set()
    rows = await session.exec(select(Organization.id).where(col(Organization.parent_id).in_(ids)))
    return ids | {org_id for org_id in rows.all() if org_id is not None}
