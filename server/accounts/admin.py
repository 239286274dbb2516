"""Administering accounts: who may act on one, deactivation, listings, and the audit of every
account event. Services flush; callers commit.

An account is acted on by superusers, and by those who manage members in *every*
organization where its person holds a role (network admins do, for their network's people).
Managing one of them is not enough: the account carries all of the person's roles, so an
organization's admin who shares a person with the network secretariat must not be able to
open, or shut, a network administrator's account. Only superusers act on superusers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_
from sqlalchemy.orm import aliased
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Action, Principal
from server.accounts.account_audit import DEACTIVATED, REACTIVATED, record_account_event
from server.accounts.models import AccountInvitation, User
from server.accounts.sessions import end_sessions
from server.db import utcnow
from server.kit.errors import NotFound, Problems
from server.kit.pagination import Page, check_page_size, keyset_page
from server.orgs.models import Membership, Person
from server.orgs.resolve import administered_networks, organizations_of_networks
from server.orgs.validation import name_contains, name_cursor

NO_ACCOUNT = "No such account."


async def memberships_of(
    session: AsyncSession, *, person_ids: Sequence[int]
) -> dict[int, list[int]]:
    """The organizations of each person, in one statement."""
    grouped: dict[int, list[int]] = {i: [] for i in person_ids}
    if not person_ids:
        return grouped
    rows = await session.exec(
        select(Membership.person_id, Membership.organization_id).where(
            col(Membership.person_id).in_(person_ids)
        )
    )
    for person_id, org_id in rows.all():
        grouped[person_id].append(org_id)
    return grouped


def manages_whole_person(principal: Principal, organization_ids: Sequence[int]) -> bool:
    """Superusers; or a person who manages members in every organization of this person."""
    if principal.is_superuser:
        return True
    if principal.user_id is None or not organization_ids:
        return False
    return all(principal.may(Action.MANAGE_MEMBERS, org) for org in organization_ids)


async def _account_for(session: AsyncSession, *, principal: Principal, user_id: int) -> User:
    """The account, if the caller may administer it; otherwise "no such account"."""
    principal.require_authenticated()
    user = await session.get(User, user_id)
    allowed = user is not None and (
        principal.is_superuser
        or (
            not user.is_superuser
            and user.person_id is not None
            and manages_whole_person(
                principal,
                (await memberships_of(session, person_ids=[user.person_id]))[user.person_id],
            )
        )
    )
    if user is None or not allowed:
        raise NotFound(NO_ACCOUNT)
    return user


async def deactivate_account(session: AsyncSession, *, principal: Principal, user_id: int) -> User:
    """Shut an account: it can no longer sign in, and every open session ends at once.

    API tokens belong to organizations, not to the account, and stay as they are.
    """
    user = await _account_for(session, principal=principal, user_id=user_id)
    if user.id == principal.user_id:
        problems = Problems()
        problems.add("userId", "You cannot deactivate your own account.", "self")
        problems.raise_if_any()
    assert user.id is not None
    await end_sessions(session, user_id=user.id)
    if user.is_active:
        user.is_active = False
        record_account_event(
            session,
            action=DEACTIVATED,
            subject_type="user",
            subject_id=user.id,
            actor_user_id=principal.user_id,
            actor_token_id=principal.api_token_id,
        )
    await session.flush()
    return user


async def reactivate_account(session: AsyncSession, *, principal: Principal, user_id: int) -> User:
    user = await _account_for(session, principal=principal, user_id=user_id)
    assert user.id is not None
    if not user.is_active:
        user.is_active = True
        record_account_event(
            session,
            action=REACTIVATED,
            subject_type="user",
            subject_id=user.id,
            actor_user_id=principal.user_id,
            actor_token_id=principal.api_token_id,
        )
    await session.flush()
    return user


@dataclass(frozen=True)
class InvitationRow:
    invitation: AccountInvitation
    invited_by_name: str | None


@dataclass(frozen=True)
class AccountStatus:
    """A person's account (if any) and their invitations, newest first; never a secret."""

    account: User | None
    invitations: list[InvitationRow] = field(default_factory=list)


async def account_statuses(
    session: AsyncSession, *, principal: Principal, person_ids: Sequence[int]
) -> dict[int, AccountStatus | None]:
    """Each person's account status, or None where the caller may not invite the person.

    Three statements whatever the number of people, so a list of people stays cheap.
    """
    if not principal.is_authenticated or not person_ids:
        return dict.fromkeys(person_ids)
    orgs = await memberships_of(session, person_ids=person_ids)
    allowed = [i for i in person_ids if manages_whole_person(principal, orgs[i])]
    result: dict[int, AccountStatus | None] = dict.fromkeys(person_ids)
    if not allowed:
        return result
    users = await session.exec(select(User).where(col(User.person_id).in_(allowed)))
    by_person = {u.person_id: u for u in users.all()}
    inviter = aliased(User)
    rows = await session.exec(
        select(AccountInvitation, inviter.display_name)
        .outerjoin(inviter, col(inviter.id) == col(AccountInvitation.invited_by_id))
        .where(col(AccountInvitation.person_id).in_(allowed))
        .order_by(col(AccountInvitation.created_at).desc(), col(AccountInvitation.id).desc())
    )
    invitations: dict[int, list[InvitationRow]] = {i: [] for i in allowed}
    for invitation, name in rows.all():
        invitations[invitation.person_id].append(InvitationRow(invitation, name))
    for person_id in allowed:
        result[person_id] = AccountStatus(by_person.get(person_id), invitations[person_id])
    return result


@dataclass(frozen=True)
class AccountListing:
    account: User
    person: Person | None


async def list_accounts(
    session: AsyncSession,
    *,
    principal: Principal,
    first: int,
    after: str | None = None,
    search: str | None = None,
    with_total: bool = True,
) -> Page[AccountListing]:
    """Accounts by name, for superusers (all) and network admins (their network's people, not
    superusers); everyone else gets an empty page, as if there were none."""
    check_page_size(first)
    conditions: list[ColumnElement[bool]] = []
    if not principal.is_superuser:
        networks = await administered_networks(session, principal=principal)
        scope = await organizations_of_networks(session, network_ids=networks)
        if not scope:
            return Page(items=[], cursors=[], has_next_page=False, total_count=0)
        members = select(Membership.person_id).where(col(Membership.organization_id).in_(scope))
        conditions += [col(User.person_id).in_(members), col(User.is_superuser).is_(False)]
    if search:
        conditions.append(
            or_(name_contains(User.display_name, search), name_contains(User.email, search))
        )
    page = await keyset_page(
        session,
        select(User, Person)
        .outerjoin(Person, col(Person.id) == col(User.person_id))
        .where(*conditions),
        order=(col(User.display_name), col(User.id)),
        after=name_cursor(after) if after else None,
        first=first,
        count=select(func.count()).select_from(User).where(*conditions) if with_total else None,
        cursor=lambda row: (row[0].display_name, row[0].id),
    )
    return Page(
        items=[AccountListing(user, person) for user, person in page.items],
        cursors=page.cursors,
        has_next_page=page.has_next_page,
        total_count=page.total_count,
    )


def invitation_status(invitation: AccountInvitation, *, now: datetime | None = None) -> str:
    """PENDING, ACCEPTED, REVOKED or EXPIRED (the GraphQL enum's names)."""
    if invitation.accepted_at is not None:
        return "ACCEPTED"
    if invitation.revoked_at is not None:
        return "REVOKED"
    if invitation.expires_at <= (now or utcnow()):
        return "EXPIRED"
    return "PENDING"
