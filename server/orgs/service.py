"""Organizations and memberships: the rules. Services flush; the caller commits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.kit.errors import FieldProblem, Forbidden, InvalidInput, NotFound, Problems
from server.kit.pagination import Page, check_page_size, keyset_page
from server.orgs.access import Action, Principal
from server.orgs.models import (
    Membership,
    Organization,
    OrganizationKind,
    OrganizationRow,
    name_key,
)
from server.orgs.resolve import NO_ORGANIZATION, organization_for
from server.orgs.validation import check_country, name_contains, name_cursor, slugify

NAME_TAKEN = "An organization with this name already exists."


@dataclass(frozen=True)
class OrganizationFilter:
    kind: OrganizationKind | None = None
    country: str | None = None
    parent_id: int | None = None
    search: str | None = None


def _conditions(filter: OrganizationFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filter.kind is not None:
        conditions.append(col(Organization.kind) == filter.kind)
    if filter.country:
        conditions.append(col(Organization.country) == filter.country.upper())
    if filter.parent_id is not None:
        conditions.append(col(Organization.parent_id) == filter.parent_id)
    if filter.search:
        conditions.append(name_contains(Organization.name, filter.search))
    return conditions


async def list_organizations(
    session: AsyncSession,
    *,
    principal: Principal,
    first: int,
    after: str | None = None,
    filter: OrganizationFilter | None = None,
    with_total: bool = True,
) -> Page[OrganizationRow]:
    """One page of the directory, ordered by name; every signed-in member may read it."""
    # The directory is for the network: anyone with a role somewhere in it.
    principal.require_anywhere(Action.VIEW_DIRECTORY)
    check_page_size(first)
    conditions = _conditions(filter or OrganizationFilter())
    return await keyset_page(
        session,
        select(*Organization.__table__.columns).where(*conditions),  # type: ignore[attr-defined]
        order=(col(Organization.name), col(Organization.id)),
        after=name_cursor(after) if after else None,
        first=first,
        count=select(func.count()).select_from(Organization).where(*conditions)
        if with_total
        else None,
        cursor=lambda row: (row.name, row.id),
    )


async def get_organization(
    session: AsyncSession, *, principal: Principal, organization_id: int
) -> Organization:
    principal.require_anywhere(Action.VIEW_DIRECTORY)
    organization = await session.get(Organization, organization_id)
    if organization is None:
        raise NotFound(NO_ORGANIZATION)
    return organization


async def _check_parent(
    session: AsyncSession, problems: Problems, parent_id: int | None
) -> Organization | None:
    if parent_id is None:
        return None
    parent = await session.get(Organization, parent_id)
    if parent is None:
        problems.add("parentId", NO_ORGANIZATION, "not_found")
    elif parent.kind is not OrganizationKind.NETWORK_SECRETARIAT:
        problems.add("parentId", "The parent must be a network secretariat.", "invalid_parent")
    return parent


async def _check_name(
    session: AsyncSession, problems: Problems, name: str, *, exclude_id: int | None = None
) -> str:
    name = name.strip()
    if not name:
        problems.add("name", "Enter the organization's name.", "required")
    elif len(name) > 200:
        problems.add("name", "Use at most 200 characters.", "too_long")
    else:
        # Compared on the stored key (NFKC and case folding, done in Python) because the
        # databases fold case differently: SQLite's lower() folds ASCII only.
        query = select(Organization.id).where(Organization.name_key == name_key(name))
        if exclude_id is not None:
            query = query.where(col(Organization.id) != exclude_id)
        if await session.scalar(query) is not None:
            problems.add("name", NAME_TAKEN, "taken")
    return name


async def _save(session: AsyncSession, organization: Organization) -> None:
    """Flush the organization; a name taken at the same moment becomes the same field error.

    The check above and this write are not atomic, so the unique index on the name key
    decides a race. The savepoint keeps the caller's transaction usable after the refusal.
    """
    organization.name_key = name_key(organization.name)
    try:
        async with session.begin_nested():
            session.add(organization)
            await session.flush()
    except IntegrityError as error:
        raise InvalidInput([FieldProblem("name", NAME_TAKEN, "taken")]) from error


async def _unique_slug(session: AsyncSession, name: str) -> str:
    base = slugify(name)
    taken = set(
        (
            await session.exec(
                select(Organization.slug).where(col(Organization.slug).like(f"{base}%"))
            )
        ).all()
    )
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


async def create_organization(
    session: AsyncSession,
    *,
    principal: Principal,
    name: str,
    kind: OrganizationKind,
    country: str | None = None,
    parent_id: int | None = None,
) -> Organization:
    """Create an organization; network admins may add organizations under their network.

    A parent where the caller may not create organizations answers like a missing one.
    """
    principal.require_authenticated()
    if parent_id is None:
        principal.require(Action.CREATE_ORGANIZATION, None)
    elif not principal.may(Action.CREATE_ORGANIZATION, parent_id):
        raise InvalidInput([FieldProblem("parentId", NO_ORGANIZATION, "not_found")])
    problems = Problems()
    name = await _check_name(session, problems, name)
    country = check_country(problems, "country", country)
    await _check_parent(session, problems, parent_id)
    problems.raise_if_any()
    organization = Organization(
        name=name,
        slug=await _unique_slug(session, name),
        kind=kind,
        country=country,
        parent_id=parent_id,
    )
    await _save(session, organization)
    return organization


async def update_organization(
    session: AsyncSession,
    *,
    principal: Principal,
    organization_id: int,
    name: str | None = None,
    kind: OrganizationKind | None = None,
    country: str | None = None,
) -> Organization:
    """Change an organization's name, kind or country (its admins, or its network's).

    An organization the caller may not edit answers like a missing one.
    """
    organization = await organization_for(
        session,
        principal=principal,
        organization_id=organization_id,
        action=Action.EDIT_ORGANIZATION,
    )
    network = OrganizationKind.NETWORK_SECRETARIAT
    if (
        kind is not None
        and (kind is network) != (organization.kind is network)
        and not principal.is_superuser
    ):
        # Becoming (or ceasing to be) a network changes who may create organizations under
        # it and what its admins' roles cover, so only network administrators may do it.
        raise Forbidden("Only network administrators may make or unmake a network secretariat.")
    problems = Problems()
    if name is not None:
        name = await _check_name(session, problems, name, exclude_id=organization.id)
    if country is not None:
        country = check_country(problems, "country", country)
    problems.raise_if_any()
    if name is not None:
        organization.name = name
    if kind is not None:
        organization.kind = kind
    if country is not None:
        organization.country = country
    await _save(session, organization)
    return organization


# Batch readers used by the GraphQL DataLoaders: one statement for any number of keys.


async def organizations_by_ids(
    session: AsyncSession, *, ids: Sequence[int]
) -> dict[int, Organization]:
    rows = await session.exec(select(Organization).where(col(Organization.id).in_(ids)))
    return {o.id: o for o in rows.all() if o.id is not None}


async def memberships_by_organization(
    session: AsyncSession, *, organization_ids: Sequence[int]
) -> dict[int, list[Membership]]:
    rows = await session.exec(
        select(Membership)
        .where(col(Membership.organization_id).in_(organization_ids))
        .order_by(col(Membership.id))
    )
    grouped: dict[int, list[Membership]] = {i: [] for i in organization_ids}
    for membership in rows.all():
        grouped[membership.organization_id].append(membership)
    return grouped


async def memberships_by_person(
    session: AsyncSession, *, person_ids: Sequence[int]
) -> dict[int, list[Membership]]:
    rows = await session.exec(
        select(Membership)
        .where(col(Membership.person_id).in_(person_ids))
        .order_by(col(Membership.id))
    )
    grouped: dict[int, list[Membership]] = {i: [] for i in person_ids}
    for membership in rows.all():
        grouped[membership.person_id].append(membership)
    return grouped


async def member_counts(
    session: AsyncSession, *, organization_ids: Sequence[int]
) -> dict[int, int]:
    rows = await session.exec(
        select(Membership.organization_id, func.count())
        .where(col(Membership.organization_id).in_(organization_ids))
        .group_by(col(Membership.organization_id))
    )
    counts = dict.fromkeys(organization_ids, 0)
    counts.update({org_id: int(n) for org_id, n in rows.all()})
    return counts
