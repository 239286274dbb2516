"""Opening an event invitation's link: the public preview, and an account for the invitee.

The preview tells the holder of a pending link what the event is, when and where, and who
hosts it; nothing about other people. Unknown, expired, revoked and used links all answer
None. Opening the page spends nothing (mail scanners follow links).

An invitee without an account opens one with the link, the way an account invitation does
(`server.accounts.invitations`): the link proves they hold the address it went to. A guest
invited by email gets a new person with that address; a person of the network gets an account
linked to them, with their email only if the link went to it. The invitation itself stays
pending: the new account signs in and registers with it, like anyone invited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts import passwords
from server.accounts.invitations import add_invited_user
from server.accounts.models import User
from server.accounts.service import normalize_email
from server.events.models import Event, EventStatus, Venue
from server.kit import limits
from server.kit.errors import Problems
from server.kit.secrets import token_digest
from server.orgs.models import Channel, Organization, Person
from server.registrations.models import Invitation
from server.registrations.sending import InvitationStatus, status_of

INVALID = (
    "This invitation link does not work any more. Ask the person who invited you for a new one."
)


@dataclass(frozen=True)
class InvitationPreview:
    event: Event
    host_name: str
    venue: Venue | None
    online: bool
    expires_at: datetime | None
    invitee_name: str | None
    # The address the new account will sign in with; None when it signs in by phone.
    account_email: str | None
    can_open_account: bool


async def pending_invitation(
    session: AsyncSession, *, token: str, now: datetime
) -> Invitation | None:
    invitation = await session.scalar(
        select(Invitation).where(Invitation.token_hash == token_digest(token))
    )
    if invitation is None or status_of(invitation, now) is not InvitationStatus.PENDING:
        return None
    return invitation


async def preview_invitation(
    session: AsyncSession, *, token: str, now: datetime
) -> InvitationPreview | None:
    """What the link shows before anything else; None for any link that cannot be used."""
    invitation = await pending_invitation(session, token=token, now=now)
    if invitation is None:
        return None
    event = await session.get(Event, invitation.event_id)
    if event is None or event.status is EventStatus.DRAFT:
        return None
    host = await session.get(Organization, event.host_organization_id)
    venue = await session.get(Venue, event.venue_id) if event.venue_id is not None else None
    person = await session.get(Person, invitation.person_id) if invitation.person_id else None
    email, can_open = await _account_plan(session, invitation=invitation, person=person)
    return InvitationPreview(
        event=event,
        host_name=host.name if host else "",
        venue=venue,
        online=event.online_url is not None,
        expires_at=invitation.expires_at,
        invitee_name=person.name if person else invitation.guest_name,
        account_email=email,
        can_open_account=can_open,
    )


async def _account_plan(
    session: AsyncSession, *, invitation: Invitation, person: Person | None
) -> tuple[str | None, bool]:
    """The email a new account would sign in with, and whether the link may open one."""
    if invitation.channel is None:
        # A link made with createInvitation went to its maker, not to the address it names:
        # holding it proves nothing, so it must not open an account under someone's email.
        return None, False
    if person is None:
        if invitation.email is None:
            return None, False
        taken = await _email_taken(session, invitation.email)
        return invitation.email, not taken
    if await session.scalar(select(User.id).where(User.person_id == person.id)) is not None:
        return None, False
    if invitation.channel is Channel.SMS:
        return None, True
    still_theirs = (
        invitation.channel is Channel.EMAIL
        and person.email is not None
        and token_digest(person.email.strip().casefold()) == invitation.address_digest
    )
    if not still_theirs or person.email is None:
        return None, False
    return person.email, not await _email_taken(session, person.email)


async def _email_taken(session: AsyncSession, email: str) -> bool:
    found = await session.scalar(
        select(User.id).where(func.lower(col(User.email)) == normalize_email(email))
    )
    return found is not None


async def open_account(
    session: AsyncSession,
    *,
    token: str,
    name: str,
    password: str,
    now: datetime,
    network_name: str = "",
) -> User:
    """Open the invitee's account with this password (no session: they sign in next)."""
    problems = Problems()
    invitation = await pending_invitation(session, token=token, now=now)
    if invitation is None:
        problems.add("token", INVALID, "invalid_token")
        problems.raise_if_any()
    assert invitation is not None
    person = await session.get(Person, invitation.person_id) if invitation.person_id else None
    email, can_open = await _account_plan(session, invitation=invitation, person=person)
    if not can_open:
        problems.add(
            "token",
            "You already have an account: sign in to register.",
            "has_account",
        )
        problems.raise_if_any()
    name = name.strip() or (person.name if person else "")
    if person is None and not name:
        problems.add("name", "Enter your name.", "required")
    elif len(name) > limits.NAME:
        problems.add("name", f"Keep the name under {limits.NAME} characters.", "too_long")
    passwords.check_new_password(problems, password, user_inputs=[name, email or "", network_name])
    problems.raise_if_any()
    if person is None:
        person = Person(name=name, email=email)
        session.add(person)
        await session.flush()
    return await add_invited_user(
        session,
        email=normalize_email(email) if email else None,
        password_hash=passwords.hash_password(password),
        person=person,
    )


__all__ = ["InvitationPreview", "open_account", "pending_invitation", "preview_invitation"]
