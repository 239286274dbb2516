"""Who may be given a place, who was removed, and whose invitation a token is.

These are the rules for the person a registration or an invitation names. Each answers the
way a missing person or an invalid token would for anyone the caller may not use, so that a
refusal never tells a caller that someone exists or that an invitation was meant for another.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Action, Principal
from server.accounts.models import User
from server.orgs.models import Membership, Person
from server.registrations.models import Invitation, Registration, RegistrationStatus


async def may_place(
    session: AsyncSession, *, principal: Principal, event_id: int, person_id: int
) -> bool:
    """Whether a manager of the event may register `person_id` (or bind an invitation to them).

    Organizers act for their own people only: accepted members of an organization where the
    caller manages events, and people who accepted an invitation to this event (they agreed to
    come). Anyone else could be made to receive messages about an event the caller words.
    """
    if person_id == principal.person_id or principal.is_superuser:
        found = await session.scalar(select(Person.id).where(Person.id == person_id))
        return found is not None
    # Membership rows are accepted memberships: a request to join is stored apart and grants
    # nothing until the person accepts it.
    orgs = principal.organizations_where(Action.MANAGE_EVENTS)
    own_people = exists().where(
        col(Membership.person_id) == person_id, col(Membership.organization_id).in_(orgs or [-1])
    )
    invited = exists().where(
        col(Invitation.event_id) == event_id, col(Invitation.used_by_person_id) == person_id
    )
    found = await session.scalar(
        select(Person.id).where(Person.id == person_id).where(or_(own_people, invited))
    )
    return found is not None


async def has_place_or_invitation(session: AsyncSession, *, event_id: int, person_id: int) -> bool:
    """Whether the person accepted an invitation to the event or ever held a place in it."""
    invitation = await session.scalar(
        select(Invitation.id)
        .where(Invitation.event_id == event_id, Invitation.used_by_person_id == person_id)
        .limit(1)
    )
    if invitation is not None:
        return True
    # A manager may have registered them directly: that is an invitation too.
    registration = await session.scalar(
        select(Registration.id)
        .where(Registration.event_id == event_id, Registration.person_id == person_id)
        .limit(1)
    )
    return registration is not None


async def was_removed(session: AsyncSession, *, event_id: int, person_id: int, scope: int) -> bool:
    """Whether an organizer took the person off the whole event, or off this session."""
    found = await session.scalar(
        select(Registration.id)
        .where(Registration.event_id == event_id, Registration.person_id == person_id)
        .where(col(Registration.scope).in_({0, scope}))
        .where(col(Registration.removed_at).is_not(None))
        .limit(1)
    )
    return found is not None


async def active_places(
    session: AsyncSession, *, event_id: int, person_id: int
) -> list[Registration]:
    """The person's places in the event's sessions that are not cancelled, in scope order."""
    rows = await session.exec(
        select(Registration)
        .where(Registration.event_id == event_id, Registration.person_id == person_id)
        .where(Registration.scope != 0, Registration.status != RegistrationStatus.CANCELLED)
        .order_by(col(Registration.scope))
        .execution_options(populate_existing=True)
    )
    return list(rows.all())


def mark_removed(registration: Registration, *, principal: Principal, now: datetime) -> None:
    registration.removed_at = now
    registration.removed_by_id = principal.user_id


async def lift_removal(session: AsyncSession, *, event_id: int, person_id: int) -> None:
    """A new invitation accepted brings a removed person back to every part of the event."""
    rows = await session.exec(
        select(Registration)
        .where(Registration.event_id == event_id, Registration.person_id == person_id)
        .where(col(Registration.removed_at).is_not(None))
    )
    for registration in rows.all():
        registration.removed_at = None
        registration.removed_by_id = None
    await session.flush()


async def is_for_caller(
    session: AsyncSession, *, principal: Principal, invitation: Invitation
) -> bool:
    """Whether the caller is the person an invitation is bound to (unbound ones: anyone).

    An invitation bound to an email is for the account that signs in with it, compared
    without regard to case. A person's own email field does not count: its person (and their
    admins) may write any address there, so it proves nothing about who holds the address.
    """
    if invitation.person_id is not None and invitation.person_id != principal.person_id:
        return False
    if invitation.email is None:
        return True
    if principal.user_id is None:
        return False
    email = await session.scalar(select(User.email).where(User.id == principal.user_id))
    return email is not None and email.strip().casefold() == invitation.email.strip().casefold()


__all__ = [
    "active_places",
    "has_place_or_invitation",
    "is_for_caller",
    "lift_removal",
    "mark_removed",
    "may_place",
    "was_removed",
]
