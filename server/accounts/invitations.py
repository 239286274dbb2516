"""Invitations to an account: a single-use link sent to a person by email or SMS.

The token exists only in the message: the table keeps its digest, the API never returns it,
and neither logs nor audit rows see it. Opening the link (the preview) spends nothing; choosing
a password spends it, once, and opens an account linked to the person. An invitation never
moves an existing account to another person, and never gives an address to an account unless
the link went to that address. Services flush; callers commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts import passwords, texts
from server.accounts.access import Action, Principal
from server.accounts.account_audit import (
    INVITATION_ACCEPTED,
    INVITATION_REVOKED,
    INVITATION_SENT,
    record_account_event,
)
from server.accounts.admin import (
    InvitationRow,
    manages_whole_person,
    memberships_of,
)
from server.accounts.models import AccountInvitation, User
from server.db import utcnow
from server.kit.errors import Forbidden, NotFound, Problems, RateLimited
from server.kit.ratelimit import RateLimiter
from server.kit.secrets import new_token, token_digest
from server.mail.service import queue_email
from server.messaging.outbox import Outbox
from server.messaging.service import queue_sms
from server.orgs.models import Channel, Person, PersonPhone
from server.orgs.resolve import person_for

INVITATION_PREFIX = "pli"
INVALID_TOKEN = "This invitation link is not valid any more. Ask for a new one."  # noqa: S105 - a message, not a secret
NO_INVITATION = "No such invitation."
RATE_LIMITED = "You have sent many invitations in a short time. Wait a while and try again."


@dataclass(frozen=True)
class InvitationLimit:
    """How many invitations one inviter may send per window."""

    limiter: RateLimiter
    per_window: int
    window_seconds: int


@dataclass(frozen=True)
class Address:
    channel: Channel
    to: str


async def _address(
    session: AsyncSession, *, person: Person, channel: Channel | None
) -> Address | None:
    """Where the invitation goes: the channel asked for, else the person's preferred one,
    else whichever they have. Disputed numbers are never used (see server/orgs/phones.py)."""
    phone = await session.scalar(
        select(PersonPhone.e164)
        .where(PersonPhone.person_id == person.id)
        .order_by(col(PersonPhone.position), col(PersonPhone.id))
        .limit(1)
    )
    found = {Channel.EMAIL: person.email, Channel.SMS: phone}
    if channel is not None:
        to = found[channel]
        return Address(channel, to) if to else None
    for choice in (person.notify_by, Channel.EMAIL, Channel.SMS):
        to = found[choice]
        if to:
            return Address(choice, to)
    return None


async def _check_rate(limit: InvitationLimit | None, principal: Principal) -> None:
    if limit is None:
        return
    if not await limit.limiter.hit(
        f"invite:user:{principal.user_id}",
        limit=limit.per_window,
        window_seconds=limit.window_seconds,
    ):
        raise RateLimited(RATE_LIMITED)


async def _invitable_person(
    session: AsyncSession, *, principal: Principal, person_id: int
) -> Person:
    """The person, if the caller may invite them; "no such person" otherwise."""
    person = await person_for(
        session, principal=principal, person_id=person_id, action=Action.MANAGE_MEMBERS
    )
    if principal.api_token_id is not None:
        # An integration must not mint accounts: a leaked token would open them at will.
        raise Forbidden("Invitations are sent by a signed-in person, not by an API token.")
    orgs = (await memberships_of(session, person_ids=[person_id]))[person_id]
    if not manages_whole_person(principal, orgs):
        problems = Problems()
        problems.add(
            "personId",
            "This person also has a role in an organization whose members you do not "
            "manage. Ask the network's administrators to invite them.",
            "not_all_organizations",
        )
        problems.raise_if_any()
    return person


async def invite_to_account(
    session: AsyncSession,
    *,
    principal: Principal,
    outbox: Outbox,
    person_id: int,
    channel: Channel | None = None,
    ttl: timedelta,
    limit: InvitationLimit | None = None,
    now: datetime | None = None,
) -> InvitationRow:
    """Send a person a link to open their account; older pending invitations are revoked."""
    person = await _invitable_person(session, principal=principal, person_id=person_id)
    address = await _destination(session, person=person, channel=channel)
    assert person.id is not None
    await _check_rate(limit, principal)
    now = now or utcnow()
    await _revoke_pending(session, person_id=person.id, now=now)
    token = new_token(INVITATION_PREFIX)
    invitation = AccountInvitation(
        person_id=person.id,
        channel=address.channel,
        sent_to=_masked(address),
        address_digest=token_digest(address.to),
        token_hash=token_digest(token),
        invited_by_id=principal.user_id,
        created_at=now,
        expires_at=now + ttl,
    )
    session.add(invitation)
    await session.flush()
    assert invitation.id is not None
    await _send(
        session, outbox=outbox, person=person, address=address, token=token, invitation=invitation
    )
    record_account_event(
        session,
        action=INVITATION_SENT,
        subject_type="person",
        subject_id=person.id,
        actor_user_id=principal.user_id,
    )
    await session.flush()
    return InvitationRow(invitation, await _inviter_name(session, invitation))


async def _destination(
    session: AsyncSession, *, person: Person, channel: Channel | None
) -> Address:
    """Where to send, or a field error: the person has an account, or no such address."""
    problems = Problems()
    if await session.scalar(select(User.id).where(User.person_id == person.id)) is not None:
        problems.add("personId", "This person already has an account.", "has_account")
        problems.raise_if_any()
    address = await _address(session, person=person, channel=channel)
    if address is None:
        problems.add("channel", "This person has no address for this channel.", "no_address")
        problems.raise_if_any()
    assert address is not None
    return address


async def _inviter_name(session: AsyncSession, invitation: AccountInvitation) -> str | None:
    if invitation.invited_by_id is None:
        return None
    return await session.scalar(
        select(User.display_name).where(User.id == invitation.invited_by_id)
    )


def _masked(address: Address) -> str:
    if address.channel is Channel.EMAIL:
        return texts.mask_email(address.to)
    return texts.mask_phone(address.to)


async def _send(
    session: AsyncSession,
    *,
    outbox: Outbox,
    person: Person,
    address: Address,
    token: str,
    invitation: AccountInvitation,
) -> None:
    link = outbox.policy.link(f"/join/{token}")
    # Keyed by the invitation: a retried transaction stores the message once.
    key = f"account_invitation:{invitation.id}"
    if address.channel is Channel.EMAIL:
        await queue_email(
            session,
            outbox=outbox,
            to=address.to,
            template="account_invitation",
            language=person.preferred_language,
            params={
                "name": person.name,
                "link": link,
                "expires": texts.local_time(invitation.expires_at, person.time_zone),
            },
            idempotency_key=key,
        )
        return
    body = texts.invitation_sms(outbox.policy, language=person.preferred_language, link=link)
    await queue_sms(session, outbox=outbox, to=address.to, body=body, idempotency_key=key)


async def _revoke_pending(session: AsyncSession, *, person_id: int, now: datetime) -> None:
    await session.exec(
        update(AccountInvitation)
        .where(col(AccountInvitation.person_id) == person_id)
        .where(col(AccountInvitation.accepted_at).is_(None))
        .where(col(AccountInvitation.revoked_at).is_(None))
        .values(revoked_at=now)
    )


async def revoke_account_invitation(
    session: AsyncSession, *, principal: Principal, invitation_id: int
) -> InvitationRow:
    """Revoke an invitation of a person the caller may invite; others answer "no such"."""
    principal.require_authenticated()
    invitation = await session.get(AccountInvitation, invitation_id)
    if invitation is None:
        raise NotFound(NO_INVITATION)
    try:
        await _invitable_person(session, principal=principal, person_id=invitation.person_id)
    except (NotFound, Forbidden):
        raise NotFound(NO_INVITATION) from None
    if invitation.accepted_at is None and invitation.revoked_at is None:
        invitation.revoked_at = utcnow()
        record_account_event(
            session,
            action=INVITATION_REVOKED,
            subject_type="person",
            subject_id=invitation.person_id,
            actor_user_id=principal.user_id,
        )
        await session.flush()
    return InvitationRow(invitation, await _inviter_name(session, invitation))


@dataclass(frozen=True)
class Preview:
    person_name: str
    channel: Channel
    email: str | None
    expires_at: datetime


async def _pending(
    session: AsyncSession, *, token: str, now: datetime
) -> tuple[AccountInvitation, Person] | None:
    """The invitation behind a token with its person, if it can still be accepted."""
    row = (
        await session.exec(
            select(AccountInvitation, Person)
            .join(Person, col(Person.id) == col(AccountInvitation.person_id))
            .where(AccountInvitation.token_hash == token_digest(token))
        )
    ).first()
    if row is None:
        return None
    invitation, person = row
    usable = (
        invitation.accepted_at is None
        and invitation.revoked_at is None
        and invitation.expires_at > now
        # An emailed link opens an account with the person's email only if it is still theirs.
        and (
            invitation.channel is not Channel.EMAIL
            or (
                person.email is not None and token_digest(person.email) == invitation.address_digest
            )
        )
    )
    return (invitation, person) if usable else None


async def preview_invitation(
    session: AsyncSession, *, token: str, now: datetime | None = None
) -> Preview | None:
    """What the person sees on opening the link; None for any link that cannot be used.
    Reads only: opening a link (or a mail scanner following it) spends nothing."""
    found = await _pending(session, token=token, now=now or utcnow())
    if found is None:
        return None
    invitation, person = found
    return Preview(
        person_name=person.name,
        channel=invitation.channel,
        email=person.email if invitation.channel is Channel.EMAIL else None,
        expires_at=invitation.expires_at,
    )


def _invalid_token() -> Problems:
    problems = Problems()
    problems.add("token", INVALID_TOKEN, "invalid_token")
    return problems


async def accept_account_invitation(
    session: AsyncSession,
    *,
    token: str,
    password: str,
    network_name: str = "",
    now: datetime | None = None,
) -> User:
    """Spend the invitation and open the person's account with this password; no session.

    Unknown, expired, revoked and spent links all answer the same. The invitation is spent
    by a conditional update, so of two simultaneous acceptances exactly one opens an account.
    """
    now = now or utcnow()
    found = await _pending(session, token=token, now=now)
    if found is None:
        _invalid_token().raise_if_any()
    assert found is not None
    invitation, person = found
    email = person.email if invitation.channel is Channel.EMAIL else None
    problems = Problems()
    passwords.check_new_password(
        problems, password, user_inputs=[person.name, person.email or "", network_name]
    )
    problems.raise_if_any()
    await _check_unlinked(session, person_id=invitation.person_id, email=email)
    password_hash = passwords.hash_password(password)
    await _spend(session, invitation_id=invitation.id or 0, now=now)
    user = await add_invited_user(session, email=email, password_hash=password_hash, person=person)
    invitation.accepted_user_id = user.id
    await session.flush()
    return user


async def add_invited_user(
    session: AsyncSession, *, email: str | None, password_hash: str, person: Person
) -> User:
    """The account of a person who opened it with an invitation link (an account invitation
    or an event invitation), and its audit row; the caller has checked everything."""
    assert person.id is not None
    user = User(
        email=email,
        password_hash=password_hash,
        display_name=person.name,
        person_id=person.id,
    )
    session.add(user)
    await session.flush()
    assert user.id is not None
    record_account_event(
        session,
        action=INVITATION_ACCEPTED,
        subject_type="user",
        subject_id=user.id,
        actor_user_id=user.id,
    )
    await session.flush()
    return user


async def _spend(session: AsyncSession, *, invitation_id: int, now: datetime) -> None:
    """Mark the invitation accepted unless someone did first (InvalidInput then): of two
    simultaneous acceptances, the second waits for the first's row lock and matches nothing."""
    spent = await session.exec(
        update(AccountInvitation)
        .where(col(AccountInvitation.id) == invitation_id)
        .where(col(AccountInvitation.accepted_at).is_(None))
        .where(col(AccountInvitation.revoked_at).is_(None))
        .values(accepted_at=now)
    )
    if spent.rowcount != 1:
        _invalid_token().raise_if_any()


async def _check_unlinked(session: AsyncSession, *, person_id: int, email: str | None) -> None:
    """Refuse (changing nothing) when the person has an account or another has the email."""
    problems = Problems()
    if await session.scalar(select(User.id).where(User.person_id == person_id)) is not None:
        problems.add(
            "token", "You already have an account. Sign in, or reset your password.", "has_account"
        )
    elif email is not None and (
        await session.scalar(select(User.id).where(User.email == email)) is not None
    ):
        problems.add(
            "token",
            "Another account already signs in with this email address. Ask the network's "
            "administrators for help.",
            "email_taken",
        )
    problems.raise_if_any()
