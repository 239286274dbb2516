"""Memberships and the requests that precede them: nobody is added to an organization
without their consent, or a network admin's, unless the caller already manages them.

A request grants nothing and shows nothing: it is not a membership, so roles, member lists,
member counts and the people a caller may see ignore it until it is accepted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, or_
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.kit.addresses import is_email_address
from server.kit.errors import FieldProblem, InvalidInput, NotFound
from server.orgs.access import Action, Principal
from server.orgs.models import Membership, MembershipRequest, Role
from server.orgs.resolve import (
    administered_networks,
    organization_for,
    organizations_of_networks,
    organizations_of_person,
    person_for,
)

NO_REQUEST = "No such request."


@dataclass(frozen=True)
class Added:
    """What addMembership did: a membership (direct) or a request awaiting consent."""

    membership: Membership | None = None
    request: MembershipRequest | None = None


async def _manages(session: AsyncSession, principal: Principal, person_id: int) -> bool:
    """Whether the caller may add this person directly, without asking.

    Superusers, the person themself, and admins (manage_members) of an organization where
    the person already holds a membership: they already run what the person shares there.
    """
    if principal.is_superuser or principal.person_id == person_id:
        return True
    orgs = await organizations_of_person(session, person_id=person_id)
    return principal.may_any(Action.MANAGE_MEMBERS, orgs)


async def _upsert(
    session: AsyncSession, *, organization_id: int, person_id: int, role: Role
) -> Membership:
    membership = await session.scalar(
        select(Membership).where(
            Membership.organization_id == organization_id, Membership.person_id == person_id
        )
    )
    if membership is None:
        membership = Membership(organization_id=organization_id, person_id=person_id, role=role)
        session.add(membership)
    else:
        membership.role = role
    # Once the person is a member, their other pending requests for this organization are moot.
    await session.exec(
        delete(MembershipRequest)
        .where(col(MembershipRequest.organization_id) == organization_id)
        .where(col(MembershipRequest.person_id) == person_id)
    )
    await session.flush()
    return membership


async def add_membership(
    session: AsyncSession,
    *,
    principal: Principal,
    organization_id: int,
    person_id: int,
    role: Role,
) -> Added:
    """Give a person a role in an organization, or ask them to accept it.

    The organization must be one where the caller manages members and the person one the
    caller may see; otherwise the answer is the same as for a missing one.
    """
    await organization_for(
        session,
        principal=principal,
        organization_id=organization_id,
        action=Action.MANAGE_MEMBERS,
        field="organizationId",
    )
    await person_for(session, principal=principal, person_id=person_id, field="personId")
    if await _manages(session, principal, person_id):
        membership = await _upsert(
            session, organization_id=organization_id, person_id=person_id, role=role
        )
        return Added(membership=membership)
    request = await _ask(
        session,
        principal=principal,
        organization_id=organization_id,
        role=role,
        person_id=person_id,
    )
    return Added(request=request)


async def _ask(
    session: AsyncSession,
    *,
    principal: Principal,
    organization_id: int,
    role: Role,
    person_id: int | None = None,
    email: str | None = None,
) -> MembershipRequest:
    """The organization's one request to a person or an address, made or renewed."""
    request = await session.scalar(
        select(MembershipRequest).where(
            MembershipRequest.organization_id == organization_id,
            MembershipRequest.person_id == person_id
            if person_id is not None
            else MembershipRequest.email == email,
        )
    )
    if request is None:
        request = MembershipRequest(
            organization_id=organization_id, person_id=person_id, email=email, role=role
        )
        session.add(request)
    request.role = role
    request.requested_by_user_id = principal.user_id
    await session.flush()
    return request


async def request_membership_by_email(
    session: AsyncSession, *, principal: Principal, organization_id: int, email: str, role: Role
) -> None:
    """Ask whoever signs in with this email to join; the same answer whether it is known.

    Nothing is looked up: the request is stored with the address and shown to the account
    with that email when it signs in, so neither the answer nor its work depends on it.
    """
    await organization_for(
        session,
        principal=principal,
        organization_id=organization_id,
        action=Action.MANAGE_MEMBERS,
        field="organizationId",
    )
    address = email.strip().lower()
    if not is_email_address(address):
        raise InvalidInput([FieldProblem("email", "Enter an email address like name@example.org.")])
    await _ask(
        session, principal=principal, organization_id=organization_id, role=role, email=address
    )


async def remove_membership(
    session: AsyncSession, *, principal: Principal, membership_id: int
) -> None:
    membership = await session.get(Membership, membership_id)
    if membership is None or not principal.may(Action.MANAGE_MEMBERS, membership.organization_id):
        principal.require_authenticated()
        raise NotFound("No such membership.")
    await session.delete(membership)
    await session.flush()


def _addressed_to(principal: Principal, account_email: str | None) -> list[ColumnElement[bool]]:
    """Conditions for requests addressed to the caller: by person, or by account email."""
    conditions: list[ColumnElement[bool]] = []
    if principal.person_id is not None:
        conditions.append(col(MembershipRequest.person_id) == principal.person_id)
    if account_email:
        conditions.append(
            col(MembershipRequest.person_id).is_(None)
            & (col(MembershipRequest.email) == account_email.strip().lower())
        )
    return conditions


async def my_requests(
    session: AsyncSession, *, principal: Principal, account_email: str | None
) -> list[MembershipRequest]:
    """Pending requests to add the caller (their person, or their account's email)."""
    principal.require_authenticated()
    conditions = _addressed_to(principal, account_email)
    if not conditions:
        return []
    rows = await session.exec(
        select(MembershipRequest).where(or_(*conditions)).order_by(col(MembershipRequest.id))
    )
    return list(rows.all())


async def requests_to_decide(
    session: AsyncSession, *, principal: Principal, request_id: int | None = None
) -> list[MembershipRequest]:
    """Requests a network admin may decide: a person already in their network, asked to
    join an organization of the network. Superusers see every request naming a person."""
    principal.require_authenticated()
    query = select(MembershipRequest).where(col(MembershipRequest.person_id).is_not(None))
    if request_id is not None:
        query = query.where(col(MembershipRequest.id) == request_id)
    if not principal.is_superuser:
        networks = await administered_networks(session, principal=principal)
        scope = await organizations_of_networks(session, network_ids=networks)
        if not scope:
            return []
        members = select(Membership.person_id).where(col(Membership.organization_id).in_(scope))
        query = query.where(col(MembershipRequest.organization_id).in_(scope)).where(
            col(MembershipRequest.person_id).in_(members)
        )
    rows = await session.exec(query.order_by(col(MembershipRequest.id)))
    return list(rows.all())


async def _decidable(
    session: AsyncSession, *, principal: Principal, request_id: int, account_email: str | None
) -> MembershipRequest:
    """The request, if the caller may accept or decline it; otherwise "no such request"."""
    principal.require_authenticated()
    conditions = _addressed_to(principal, account_email)
    if conditions:
        request = await session.scalar(
            select(MembershipRequest)
            .where(MembershipRequest.id == request_id)
            .where(or_(*conditions))
        )
        if request is not None:
            return request
    # A token is no one: it cannot consent, and it cannot decide for a network.
    decidable = (
        await requests_to_decide(session, principal=principal, request_id=request_id)
        if principal.user_id is not None
        else []
    )
    if not decidable:
        raise NotFound(NO_REQUEST)
    return decidable[0]


async def accept_request(
    session: AsyncSession, *, principal: Principal, request_id: int, account_email: str | None
) -> Membership:
    """Accept: the person becomes a member with the requested role."""
    request = await _decidable(
        session, principal=principal, request_id=request_id, account_email=account_email
    )
    # A request by email belongs to whoever holds the address; accepting binds their person.
    person_id = request.person_id if request.person_id is not None else principal.person_id
    if person_id is None:
        raise InvalidInput([FieldProblem(None, "Your account has no person to add.", "no_person")])
    await session.delete(request)
    return await _upsert(
        session, organization_id=request.organization_id, person_id=person_id, role=request.role
    )


async def decline_request(
    session: AsyncSession, *, principal: Principal, request_id: int, account_email: str | None
) -> None:
    request = await _decidable(
        session, principal=principal, request_id=request_id, account_email=account_email
    )
    await session.delete(request)
    await session.flush()
