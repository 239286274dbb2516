"""People. Who may list people depends on their memberships."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import exists, func
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.kit.errors import Forbidden, Problems
from server.kit.pagination import Page, check_page_size, keyset_page
from server.orgs.access import Action, Principal
from server.orgs.models import Membership, Organization, Person, PersonRow, Role
from server.orgs.phones import (
    PhoneInput,
    PhoneLimit,
    check_phone_rate,
    parse_phones,
    phones_by_person,
    replace_phones,
    store_phones,
)
from server.orgs.resolve import organization_for, person_for
from server.orgs.validation import (
    check_language,
    check_time_zone,
    name_contains,
    name_cursor,
)


@dataclass(frozen=True)
class PersonInput:
    name: str
    email: str | None = None
    phones: Sequence[PhoneInput] = field(default_factory=tuple)
    preferred_language: str = "en"
    time_zone: str = "UTC"


def _visible_people(principal: Principal) -> ColumnElement[bool] | None:
    """A condition for the people the caller may list, or None when they may list everyone."""
    if principal.is_superuser:
        return None
    orgs = principal.organizations_where(Action.VIEW_MEMBERS)
    return exists().where(
        (col(Membership.person_id) == col(Person.id))
        & col(Membership.organization_id).in_(orgs or [-1])
    )


def _check_person(problems: Problems, data: PersonInput) -> None:
    if not data.name.strip():
        problems.add("name", "Enter the person's name.", "required")
    if data.email is not None and data.email.strip() and "@" not in data.email:
        problems.add("email", "Enter an email address like name@example.org.")
    check_language(problems, "preferredLanguage", data.preferred_language)
    check_time_zone(problems, "timeZone", data.time_zone)


async def create_person(
    session: AsyncSession,
    *,
    principal: Principal,
    organization_id: int,
    role: Role,
    data: PersonInput,
) -> Person:
    """Add a person to an organization with a role; phones default to the org's country."""
    organization = await organization_for(
        session,
        principal=principal,
        organization_id=organization_id,
        action=Action.MANAGE_PEOPLE,
        field="organizationId",
    )
    if role is Role.ADMIN and not principal.may(Action.MANAGE_MEMBERS, organization_id):
        raise Forbidden("Only an organization's admins may appoint admins.")
    problems = Problems()
    _check_person(problems, data)
    numbers = parse_phones(problems, data.phones, organization.country)
    problems.raise_if_any()
    person = Person(
        name=data.name.strip(),
        email=(data.email or "").strip().lower() or None,
        preferred_language=data.preferred_language,
        time_zone=data.time_zone,
    )
    session.add(person)
    await session.flush()
    assert person.id is not None
    session.add(Membership(person_id=person.id, organization_id=organization_id, role=role))
    await store_phones(session, person_id=person.id, numbers=numbers, phones=data.phones)
    return person


@dataclass(frozen=True)
class PersonChanges:
    """Fields to change; None leaves a field as it is (phones: the whole list is replaced)."""

    name: str | None = None
    email: str | None = None
    phones: Sequence[PhoneInput] | None = None
    preferred_language: str | None = None
    time_zone: str | None = None


async def update_person(
    session: AsyncSession,
    *,
    principal: Principal,
    person_id: int,
    changes: PersonChanges,
    phone_limit: PhoneLimit | None = None,
) -> Person:
    """Edit a person: the person themself, or whoever manages people in one of their orgs.

    Anyone else is told there is no such person. Contact details (email, phones) are
    personal data, so changing them also needs the right to see them; an organizer may fix a
    name but not overwrite numbers they cannot read.
    """
    person = await person_for(
        session, principal=principal, person_id=person_id, action=Action.MANAGE_PEOPLE
    )
    org_rows = await session.exec(
        select(Membership.organization_id, Organization.country)
        .join(Organization, col(Organization.id) == Membership.organization_id)
        .where(Membership.person_id == person_id)
        .order_by(col(Membership.id))
    )
    orgs = list(org_rows.all())
    own = principal.person_id == person_id
    touches_contact = changes.email is not None or changes.phones is not None
    if touches_contact and not (
        own or principal.may_any(Action.VIEW_PERSONAL_DATA, [org_id for org_id, _ in orgs])
    ):
        raise Forbidden("Only coordinators and admins may change contact details.")
    if changes.phones is not None:
        await check_phone_rate(phone_limit, principal)
    merged = PersonInput(
        name=person.name if changes.name is None else changes.name,
        email=person.email if changes.email is None else changes.email,
        preferred_language=changes.preferred_language or person.preferred_language,
        time_zone=changes.time_zone or person.time_zone,
    )
    problems = Problems()
    _check_person(problems, merged)
    region = next((country for _, country in orgs if country), None)
    numbers = parse_phones(problems, changes.phones or (), region)
    problems.raise_if_any()
    person.name = merged.name.strip()
    person.email = (merged.email or "").strip().lower() or None
    person.preferred_language = merged.preferred_language
    person.time_zone = merged.time_zone
    if changes.phones is not None:
        await replace_phones(session, person_id=person_id, numbers=numbers, phones=changes.phones)
    await session.flush()
    return person


async def list_people(
    session: AsyncSession,
    *,
    principal: Principal,
    first: int,
    after: str | None = None,
    organization_id: int | None = None,
    search: str | None = None,
    with_total: bool = True,
) -> Page[PersonRow]:
    principal.require_authenticated()
    check_page_size(first)
    conditions: list[ColumnElement[bool]] = []
    visible = _visible_people(principal)
    if visible is not None:
        conditions.append(visible)
    if organization_id is not None:
        principal.require(Action.VIEW_MEMBERS, organization_id)
        conditions.append(
            exists().where(
                (col(Membership.person_id) == col(Person.id))
                & (col(Membership.organization_id) == organization_id)
            )
        )
    if search:
        conditions.append(name_contains(Person.name, search))
    return await keyset_page(
        session,
        select(*Person.__table__.columns).where(*conditions),  # type: ignore[attr-defined]
        order=(col(Person.name), col(Person.id)),
        after=name_cursor(after) if after else None,
        first=first,
        count=select(func.count()).select_from(Person).where(*conditions) if with_total else None,
        cursor=lambda row: (row.name, row.id),
    )


async def get_person(session: AsyncSession, *, principal: Principal, person_id: int) -> Person:
    """A person the caller may see; unknown and hidden people look the same (NOT_FOUND)."""
    return await person_for(session, principal=principal, person_id=person_id)


async def people_by_ids(session: AsyncSession, *, ids: Sequence[int]) -> dict[int, Person]:
    rows = await session.exec(select(Person).where(col(Person.id).in_(ids)))
    return {p.id: p for p in rows.all() if p.id is not None}


__all__ = [
    "PersonChanges",
    "PersonInput",
    "PhoneInput",
    "create_person",
    "get_person",
    "list_people",
    "people_by_ids",
    "phones_by_person",
    "update_person",
]
