"""Event invitations sent by the app: by email or SMS, listed, revoked and resent.

An invitation names one invitee: a person of the organizers' own network (`may_place`), or a
guest by email address. Its link is `/invitations/<token>`; the token exists only in the
message (the table keeps its digest) and is never logged or returned. The message is fixed
words signed with the network's name: what the event is, its host and its time are on the
page the link opens, so nobody can put their own words in a message that looks like it came
from the network. Services flush; callers commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, func, or_, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts import texts
from server.accounts.access import Principal
from server.events.access import get_managed_event
from server.events.models import Event, EventStatus
from server.kit.addresses import is_email_address
from server.kit.errors import Forbidden, NotFound, Problems, RateLimited
from server.kit.ratelimit import RateLimiter
from server.kit.secrets import new_token, token_digest
from server.mail.service import queue_email
from server.messaging.outbox import Outbox
from server.messaging.service import queue_sms
from server.notifications.service import first_phone
from server.orgs.models import Channel, Person
from server.registrations.guests import may_place
from server.registrations.models import Invitation
from server.registrations.waitlist import lock_event

TOKEN_PREFIX = "pli"  # noqa: S105 - the readable kind of the token, not a secret
NO_INVITATION = "No such invitation."
RATE_LIMITED = "You have sent many invitations in a short time. Wait a while and try again."

# Fixed words only: see the module's docstring.
INVITATION_SMS = {
    "en": "{network}: you are invited to an event. See what, when and where, and register: {link}",
    "fr": "{network} : vous êtes invité·e à un événement. Voyez quoi, quand et où, et "
    "inscrivez-vous : {link}",
    "es": "{network}: le invitamos a un evento. Vea qué, cuándo y dónde, e inscríbase: {link}",
    "ar": "{network}: أنت مدعو إلى فعالية. اطلع على التفاصيل وسجّل: {link}",
}


class InvitationStatus(StrEnum):
    PENDING = "pending"
    USED = "used"
    EXPIRED = "expired"
    REVOKED = "revoked"


def status_of(invitation: Invitation, now: datetime) -> InvitationStatus:
    if invitation.used_at is not None:
        return InvitationStatus.USED
    if invitation.revoked_at is not None:
        return InvitationStatus.REVOKED
    if invitation.expires_at is not None and invitation.expires_at <= now:
        return InvitationStatus.EXPIRED
    return InvitationStatus.PENDING


@dataclass(frozen=True)
class SendLimit:
    """How many invitations one organizer may send per window (guests' addresses are typed
    freely, so the app must not become a way to send mail at will)."""

    limiter: RateLimiter
    per_window: int
    window_seconds: int


@dataclass(frozen=True)
class Sent:
    invitation: Invitation
    # True when the invitee already had a pending invitation: it is returned, nothing is sent.
    already_pending: bool = False


@dataclass(frozen=True)
class Invitee:
    """Whom an invitation is for, and where its message goes."""

    person: Person | None
    email: str | None  # the guest's address (no person)
    channel: Channel
    to: str


async def send_invitation(
    session: AsyncSession,
    *,
    principal: Principal,
    outbox: Outbox,
    event_id: int,
    now: datetime,
    person_id: int | None = None,
    email: str | None = None,
    guest_name: str | None = None,
    channel: Channel | None = None,
    limit: SendLimit | None = None,
) -> Sent:
    """Invite a person of the organizers' network (by their email or phone) or a guest by
    email. Sending again to someone whose invitation is still pending returns that one and
    sends nothing, so a retried request never sends twice; `resend_invitation` sends anew."""
    await get_managed_event(session, principal=principal, event_id=event_id)
    _refuse_api_token(principal)
    event = await lock_event(session, event_id=event_id)
    invitee = await _invitee(
        session,
        principal=principal,
        event=event,
        person_id=person_id,
        email=email,
        channel=channel,
        now=now,
    )
    pending = await _pending_for(session, event_id=event_id, invitee=invitee, now=now)
    if pending:
        return Sent(pending[0], already_pending=True)
    await _check_rate(limit, principal)
    name = (guest_name or "").strip() or None
    invitation = await _issue(
        session,
        principal=principal,
        outbox=outbox,
        event=event,
        invitee=invitee,
        guest_name=name,
        resent_from_id=None,
    )
    return Sent(invitation)


def _refuse_api_token(principal: Principal) -> None:
    # An invitation's link can open an account and it goes out by mail or SMS in the network's
    # name: a leaked integration token must do neither (account invitations refuse them too).
    # Checked after the event, so an event the token may not manage still answers as missing.
    if principal.api_token_id is not None:
        raise Forbidden("Invitations are sent by a signed-in person, not by an API token.")


async def _invitee(
    session: AsyncSession,
    *,
    principal: Principal,
    event: Event,
    person_id: int | None,
    email: str | None,
    channel: Channel | None,
    now: datetime,
) -> Invitee:
    problems = Problems()
    if event.status is EventStatus.DRAFT:
        problems.add("eventId", "Publish the event before inviting people.", "draft")
    elif event.ends_at <= now:
        problems.add("eventId", "This event is over: invitations are for events to come.", "over")
    problems.raise_if_any()
    email = (email or "").strip() or None
    if (person_id is None) == (email is None):
        problems.add(None, "Choose a person, or type an email address.", "no_invitee")
        problems.raise_if_any()
    if email is not None:
        if not is_email_address(email):
            problems.add("email", "Enter an email address like name@example.org.")
        elif channel is Channel.SMS:
            problems.add("channel", "A guest typed by email address gets an email.", "no_address")
        problems.raise_if_any()
        assert email is not None
        return Invitee(None, email, Channel.EMAIL, email)
    assert event.id is not None and person_id is not None
    person = None
    if await may_place(session, principal=principal, event_id=event.id, person_id=person_id):
        person = await session.get(Person, person_id)
    if person is None:
        problems.add("personId", "No such person.", "not_found")
        problems.raise_if_any()
    assert person is not None and person.id is not None
    address = await _address(session, person=person, channel=channel)
    if address is None:
        problems.add("channel", "This person has no address for this channel.", "no_address")
        problems.raise_if_any()
    assert address is not None
    return Invitee(person, None, address[0], address[1])


async def _address(
    session: AsyncSession, *, person: Person, channel: Channel | None
) -> tuple[Channel, str] | None:
    """The channel asked for, else the person's preferred one, else whichever they have."""
    assert person.id is not None
    found = {
        Channel.EMAIL: person.email,
        Channel.SMS: await first_phone(session, person_id=person.id),
    }
    choices = (channel,) if channel is not None else (person.notify_by, Channel.EMAIL, Channel.SMS)
    for choice in choices:
        to = found[choice]
        if to:
            return choice, to
    return None


def _same_invitee(invitee: Invitee) -> ColumnElement[bool]:
    if invitee.person is not None:
        return col(Invitation.person_id) == invitee.person.id
    assert invitee.email is not None
    return and_(
        col(Invitation.person_id).is_(None),
        func.lower(col(Invitation.email)) == invitee.email.lower(),
    )


def _pending_now(now: datetime) -> tuple[ColumnElement[bool], ...]:
    return (
        col(Invitation.used_at).is_(None),
        col(Invitation.revoked_at).is_(None),
        or_(col(Invitation.expires_at).is_(None), col(Invitation.expires_at) > now),
    )


async def _pending_for(
    session: AsyncSession, *, event_id: int, invitee: Invitee, now: datetime
) -> list[Invitation]:
    rows = await session.exec(
        select(Invitation)
        .where(col(Invitation.event_id) == event_id, _same_invitee(invitee), *_pending_now(now))
        .order_by(col(Invitation.id))
    )
    return list(rows.all())


async def _check_rate(limit: SendLimit | None, principal: Principal) -> None:
    if limit is None:
        return
    if not await limit.limiter.hit(
        f"event-invite:user:{principal.user_id}",
        limit=limit.per_window,
        window_seconds=limit.window_seconds,
    ):
        raise RateLimited(RATE_LIMITED)


async def _issue(
    session: AsyncSession,
    *,
    principal: Principal,
    outbox: Outbox,
    event: Event,
    invitee: Invitee,
    guest_name: str | None,
    resent_from_id: int | None,
) -> Invitation:
    """Store a new invitation and its message; the link is valid until the event ends."""
    token = new_token(TOKEN_PREFIX)
    masked = (
        texts.mask_email(invitee.to)
        if invitee.channel is Channel.EMAIL
        else texts.mask_phone(invitee.to)
    )
    invitation = Invitation(
        event_id=event.id or 0,
        token_hash=token_digest(token),
        person_id=invitee.person.id if invitee.person else None,
        email=invitee.email,
        guest_name=guest_name,
        channel=invitee.channel,
        sent_to=masked,
        address_digest=token_digest(invitee.to.strip().casefold()),
        created_by_id=principal.user_id,
        expires_at=event.ends_at,
        resent_from_id=resent_from_id,
    )
    session.add(invitation)
    await session.flush()
    await _send(
        session, outbox=outbox, event=event, invitee=invitee, invitation=invitation, token=token
    )
    return invitation


async def _send(
    session: AsyncSession,
    *,
    outbox: Outbox,
    event: Event,
    invitee: Invitee,
    invitation: Invitation,
    token: str,
) -> None:
    link = outbox.policy.link(f"/invitations/{token}")
    # Keyed by the invitation: a retried transaction stores the message once.
    key = f"event_invitation:{invitation.id}"
    person = invitee.person
    language = person.preferred_language if person else "en"
    if invitee.channel is Channel.EMAIL:
        await queue_email(
            session,
            outbox=outbox,
            to=invitee.to,
            template="event_invitation",
            language=language,
            params={"link": link, "expires": invitation.expires_at},
            idempotency_key=key,
            time_zone=person.time_zone if person else event.time_zone,
        )
        return
    base = language.split("-")[0].lower()
    template = INVITATION_SMS.get(base, INVITATION_SMS["en"])
    body = template.format(network=outbox.policy.network_name, link=link)
    # Charged to the host organization's SMS budget, like every message about its events.
    await queue_sms(
        session,
        outbox=outbox,
        to=invitee.to,
        body=body,
        idempotency_key=key,
        organization_id=event.host_organization_id,
    )


async def managed_invitation(
    session: AsyncSession, *, principal: Principal, invitation_id: int
) -> tuple[Invitation, Event]:
    """An invitation to an event the caller organizes; any other answers "no such"."""
    principal.require_authenticated()
    invitation = await session.get(Invitation, invitation_id)
    if invitation is None:
        raise NotFound(NO_INVITATION)
    try:
        event = await get_managed_event(session, principal=principal, event_id=invitation.event_id)
    except (NotFound, Forbidden):
        raise NotFound(NO_INVITATION) from None
    return invitation, event


async def revoke_invitation(
    session: AsyncSession, *, principal: Principal, invitation_id: int, now: datetime
) -> Invitation:
    """Its link stops working at once. Revoking twice changes nothing; a used one stays used
    (cancel the registration to take the place away)."""
    invitation, _ = await managed_invitation(
        session, principal=principal, invitation_id=invitation_id
    )
    if invitation.used_at is not None:
        problems = Problems()
        problems.add(
            "id",
            "This invitation was already used. To take the place away, cancel the "
            "registration on the registrations page.",
            "used",
        )
        problems.raise_if_any()
    if invitation.revoked_at is None:
        # Conditional, so a concurrent acceptance and a revocation cannot both win.
        await session.exec(
            update(Invitation)
            .where(col(Invitation.id) == invitation.id, col(Invitation.used_at).is_(None))
            .where(col(Invitation.revoked_at).is_(None))
            .values(revoked_at=now)
        )
        await session.refresh(invitation)
    return invitation


async def resend_invitation(
    session: AsyncSession,
    *,
    principal: Principal,
    outbox: Outbox,
    invitation_id: int,
    now: datetime,
    limit: SendLimit | None = None,
) -> Invitation:
    """A new link to the same invitee by the same channel; the old link and any other pending
    one for them are revoked. Resending the same invitation again returns the one it made."""
    invitation, _ = await managed_invitation(
        session, principal=principal, invitation_id=invitation_id
    )
    _refuse_api_token(principal)
    event = await lock_event(session, event_id=invitation.event_id)
    earlier = await session.scalar(
        select(Invitation).where(Invitation.resent_from_id == invitation.id)
    )
    if earlier is not None:
        return earlier
    problems = Problems()
    if invitation.used_at is not None:
        problems.add("id", "This invitation was already used: there is nothing to resend.", "used")
        problems.raise_if_any()
    if invitation.person_id is None and invitation.email is None:
        problems.add("id", "This invitation names nobody: send a new one instead.", "no_invitee")
        problems.raise_if_any()
    invitee = await _invitee(
        session,
        principal=principal,
        event=event,
        person_id=invitation.person_id,
        email=invitation.email,
        channel=invitation.channel,
        now=now,
    )
    await _check_rate(limit, principal)
    await session.exec(
        update(Invitation)
        .where(col(Invitation.event_id) == invitation.event_id, _same_invitee(invitee))
        .where(col(Invitation.used_at).is_(None), col(Invitation.revoked_at).is_(None))
        .values(revoked_at=now)
    )
    await session.refresh(invitation)
    return await _issue(
        session,
        principal=principal,
        outbox=outbox,
        event=event,
        invitee=invitee,
        guest_name=invitation.guest_name,
        resent_from_id=invitation.id,
    )


async def invitee_name(session: AsyncSession, invitation: Invitation) -> str | None:
    """The person's name, or the guest's as the organizer typed it."""
    if invitation.person_id is None:
        return invitation.guest_name
    name: str | None = await session.scalar(
        select(Person.name).where(Person.id == invitation.person_id)
    )
    return name


@dataclass(frozen=True)
class InvitationRow:
    invitation: Invitation
    status: InvitationStatus
    name: str | None  # the person's name, or the guest's as the organizer typed it


async def list_invitations(
    session: AsyncSession, *, principal: Principal, event_id: int, now: datetime
) -> list[InvitationRow]:
    """Every invitation to the event, newest first, for its organizers (NotFound otherwise)."""
    await get_managed_event(session, principal=principal, event_id=event_id)
    rows = await session.exec(
        select(Invitation, Person.name)
        .join(Person, col(Person.id) == col(Invitation.person_id), isouter=True)
        .where(Invitation.event_id == event_id)
        .order_by(col(Invitation.created_at).desc(), col(Invitation.id).desc())
    )
    return [
        InvitationRow(invitation, status_of(invitation, now), name or invitation.guest_name)
        for invitation, name in rows.all()
    ]


__all__ = [
    "InvitationRow",
    "InvitationStatus",
    "SendLimit",
    "Sent",
    "invitee_name",
    "list_invitations",
    "managed_invitation",
    "resend_invitation",
    "revoke_invitation",
    "send_invitation",
    "status_of",
]
