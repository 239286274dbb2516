"""Registering for events and programme sessions, invitations and check-in (CSV: export.py).

The waitlist and offers live in `waitlist.py`. Functions that may notify someone take an
`Outbox`: they store the messages in the caller's transaction, and the caller enqueues their
delivery after committing (`notifications.service.send_outbox`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import case, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Principal
from server.events.access import cohost_ids, get_managed_event, get_visible_event, may_manage
from server.events.models import Event, EventStatus, ProgrammeSession, Visibility
from server.kit.errors import Forbidden, NotFound, Problems
from server.kit.secrets import new_token, token_digest
from server.notifications.service import Outbox
from server.registrations.guests import (
    active_places,
    has_place_or_invitation,
    is_for_caller,
    lift_removal,
    mark_removed,
    may_place,
    was_removed,
)
from server.registrations.models import Invitation, Registration, RegistrationStatus
from server.registrations.readers import own_registrations, seat_counts, waitlist_positions
from server.registrations.waitlist import (
    capacity_of,
    lock_event,
    locked_registration,
    offer_open_seats,
    release,
    seats_held,
    someone_waiting,
)

__all__ = [
    "accept_invitation",
    "cancel_registration",
    "check_in",
    "create_invitation",
    "list_registrations",
    "own_registrations",
    "register",
    "seat_counts",
    "waitlist_positions",
]


async def register(
    session: AsyncSession,
    *,
    principal: Principal,
    event_id: int,
    person_id: int | None = None,
    session_id: int | None = None,
    now: datetime,
    outbox: Outbox,
) -> Registration:
    """Register the caller (or, for a manager, anyone) for an event or one of its sessions.

    Gives a seat while there is one and nobody is waiting, otherwise a place in line.
    Registering again returns the active registration; after a cancellation it reactivates it.
    """
    principal.require_authenticated()
    target = person_id if person_id is not None else principal.person_id
    if target is None:
        problems = Problems()
        problems.add("personId", "Say who to register.", "required")
        problems.raise_if_any()
    assert target is not None
    event = await session.get(Event, event_id)
    if event is None:
        raise NotFound("No such event.")
    manager = may_manage(principal, event, await cohost_ids(session, event_id=event_id))
    if not manager:
        await _check_self_registration(
            session, principal=principal, event=event, person=target, scope=session_id or 0
        )
    elif not await may_place(session, principal=principal, event_id=event_id, person_id=target):
        # Someone the caller may not register answers exactly like nobody at all.
        problems = Problems()
        problems.add("personId", "No such person.", "not_found")
        problems.raise_if_any()
    elif session_id is None:
        # An organizer placing someone in the whole event takes back any earlier removal.
        await lift_removal(session, event_id=event_id, person_id=target)
    return await _place(
        session,
        event_id=event_id,
        session_id=session_id,
        person_id=target,
        registered_by_id=principal.user_id,
        now=now,
        outbox=outbox,
    )


async def _check_self_registration(
    session: AsyncSession, *, principal: Principal, event: Event, person: int, scope: int
) -> None:
    """Non-managers register only themselves, for events they see or were invited to.

    A person an organizer removed comes back only through an organizer or a new invitation.
    """
    assert event.id is not None
    removed = await was_removed(session, event_id=event.id, person_id=person, scope=scope)
    invited = (
        event.visibility is Visibility.INVITE_ONLY
        and not removed
        and await has_place_or_invitation(session, event_id=event.id, person_id=person)
    )
    if not invited:
        # Invite-only events are visible to registered people only; an accepted invitation
        # also counts, so someone who cancelled may come back.
        await get_visible_event(session, principal=principal, event_id=event.id)
    if person != principal.person_id:
        raise Forbidden("Only organizers may register other people.")
    if removed:
        raise Forbidden("An organizer took you off this event; ask them to invite you again.")
    if event.visibility is Visibility.INVITE_ONLY and not invited:
        raise Forbidden("This event is by invitation only.")


async def _place(
    session: AsyncSession,
    *,
    event_id: int,
    session_id: int | None,
    person_id: int,
    registered_by_id: int | None,
    now: datetime,
    outbox: Outbox,
) -> Registration:
    """Give a seat or a place in line, with the event locked (see waitlist.lock_event)."""
    event = await lock_event(session, event_id=event_id)
    problems = Problems()
    if event.status is not EventStatus.PUBLISHED:
        problems.add("eventId", "Registration is open for published events only.", "not_published")
    if session_id is not None:
        programme_session = await session.get(ProgrammeSession, session_id)
        if programme_session is None or programme_session.event_id != event_id:
            problems.add("sessionId", "No such session in this event.", "not_found")
    problems.raise_if_any()
    scope = session_id or 0
    registration = await session.scalar(
        select(Registration)
        .where(Registration.event_id == event_id, Registration.scope == scope)
        .where(Registration.person_id == person_id)
        .execution_options(populate_existing=True)
    )
    if registration is not None and registration.status is not RegistrationStatus.CANCELLED:
        return registration
    capacity = await capacity_of(session, event=event, scope=scope)
    has_seat = (
        capacity is None or await seats_held(session, event_id=event_id, scope=scope) < capacity
    ) and not await someone_waiting(session, event_id=event_id, scope=scope)
    if registration is None:
        registration = Registration(
            event_id=event_id,
            session_id=session_id,
            scope=scope,
            person_id=person_id,
            status=RegistrationStatus.WAITLISTED,
        )
        session.add(registration)
    registration.status = (
        RegistrationStatus.REGISTERED if has_seat else RegistrationStatus.WAITLISTED
    )
    registration.waitlisted_at = None if has_seat else now
    registration.offered_at = None
    registration.offer_expires_at = None
    registration.attended_at = None
    registration.cancelled_at = None
    registration.removed_at = None
    registration.removed_by_id = None
    registration.registered_by_id = registered_by_id
    await session.flush()
    if not has_seat:
        # Seats may be free while people wait (capacity was raised): the line goes first.
        await offer_open_seats(session, event=event, scope=scope, now=now, outbox=outbox)
    return registration


async def cancel_registration(
    session: AsyncSession,
    *,
    principal: Principal,
    registration_id: int,
    now: datetime,
    outbox: Outbox,
) -> Registration:
    """Give up a seat, an offer or a place in line (self or manager); a freed seat moves on.

    A manager cancelling someone else's place removes them: they may not register again by
    themselves until invited again, and removal from the whole event ends their session places
    too, so nothing keeps an invite-only event visible to them.
    """
    registration, event, manager = await locked_registration(
        session, principal=principal, registration_id=registration_id, manager_only=False
    )
    if manager and registration.person_id != principal.person_id:
        mark_removed(registration, principal=principal, now=now)
        if registration.scope == 0:
            places = await active_places(
                session, event_id=event.id or 0, person_id=registration.person_id
            )
            for place in places:
                mark_removed(place, principal=principal, now=now)
                await release(session, registration=place, event=event, now=now, outbox=outbox)
    if registration.status is RegistrationStatus.CANCELLED:
        await session.flush()
        return registration
    await release(session, registration=registration, event=event, now=now, outbox=outbox)
    return registration


async def create_invitation(
    session: AsyncSession,
    *,
    principal: Principal,
    event_id: int,
    person_id: int | None = None,
    email: str | None = None,
    expires_at: datetime | None = None,
) -> tuple[Invitation, str]:
    """A single-use invitation by a manager; the token is returned once and stored hashed."""
    await get_managed_event(session, principal=principal, event_id=event_id)
    problems = Problems()
    if person_id is not None and not await may_place(
        session, principal=principal, event_id=event_id, person_id=person_id
    ):
        problems.add("personId", "No such person.", "not_found")
    email = email.strip() if email else None
    if email is not None and ("@" not in email or len(email) > 320):
        problems.add("email", "Enter an email address like name@example.org.")
    if expires_at is not None and expires_at.tzinfo is None:
        problems.add("expiresAt", "Give the expiry time with its time zone.")
    problems.raise_if_any()
    token = new_token("pli")
    invitation = Invitation(
        event_id=event_id,
        token_hash=token_digest(token),
        person_id=person_id,
        email=email,
        created_by_id=principal.user_id,
        expires_at=expires_at,
    )
    session.add(invitation)
    await session.flush()
    return invitation, token


async def accept_invitation(
    session: AsyncSession, *, principal: Principal, token: str, now: datetime, outbox: Outbox
) -> Registration:
    """Use an invitation (once) to register the caller's person for the event."""
    principal.require_authenticated()
    problems = Problems()
    invitation = await session.scalar(
        select(Invitation).where(Invitation.token_hash == token_digest(token))
    )
    if principal.person_id is None:
        problems.add(
            "token", "Only accounts linked to a person can accept invitations.", "no_person"
        )
    elif invitation is None or not await is_for_caller(
        session, principal=principal, invitation=invitation
    ):
        # An invitation meant for someone else answers like a made-up token, and stays unspent.
        problems.add("token", "This invitation link is not valid.", "invalid")
    elif invitation.used_at is not None and invitation.used_by_person_id == principal.person_id:
        # Accepting again (a retried request, a second click) answers with the place it gave.
        again = await _place_from(session, invitation=invitation)
        if again is not None:
            return again
        problems.add("token", "This invitation has already been used.", "used")
    elif invitation.used_at is not None:
        problems.add("token", "This invitation has already been used.", "used")
    elif invitation.revoked_at is not None:
        problems.add("token", "The organizers withdrew this invitation.", "revoked")
    elif invitation.expires_at is not None and invitation.expires_at <= now:
        problems.add("token", "This invitation has expired.", "expired")
    problems.raise_if_any()
    assert invitation is not None and principal.person_id is not None
    # A conditional UPDATE is the single-use guard on both engines: of two concurrent
    # acceptances exactly one changes the row.
    result = await session.exec(
        update(Invitation)
        .where(col(Invitation.id) == invitation.id, col(Invitation.used_at).is_(None))
        .where(col(Invitation.revoked_at).is_(None))
        .values(used_at=now, used_by_person_id=principal.person_id)
    )
    if result.rowcount != 1:
        problems.add("token", "This invitation has already been used.", "used")
        problems.raise_if_any()
    # A new invitation accepted is how a removed guest is let back in.
    await lift_removal(session, event_id=invitation.event_id, person_id=principal.person_id)
    return await _place(
        session,
        event_id=invitation.event_id,
        session_id=None,
        person_id=principal.person_id,
        registered_by_id=principal.user_id,
        now=now,
        outbox=outbox,
    )


async def _place_from(session: AsyncSession, *, invitation: Invitation) -> Registration | None:
    """The whole-event place an accepted invitation gave, while it is not cancelled."""
    return await session.scalar(
        select(Registration)
        .where(Registration.event_id == invitation.event_id)
        .where(Registration.person_id == invitation.used_by_person_id, Registration.scope == 0)
        .where(Registration.status != RegistrationStatus.CANCELLED)
    )


async def check_in(
    session: AsyncSession, *, principal: Principal, registration_id: int, now: datetime
) -> Registration:
    """Mark a registered person as present (managers); checking in twice keeps the first time."""
    registration, _, _ = await locked_registration(
        session, principal=principal, registration_id=registration_id, manager_only=True
    )
    if registration.status is not RegistrationStatus.REGISTERED:
        problems = Problems()
        problems.add(
            "registrationId", "Only registered people can be checked in.", "not_registered"
        )
        problems.raise_if_any()
    if registration.attended_at is None:
        registration.attended_at = now
        await session.flush()
    return registration


STATUS_ORDER = case(
    {
        RegistrationStatus.REGISTERED: 0,
        RegistrationStatus.OFFERED: 1,
        RegistrationStatus.WAITLISTED: 2,
    },
    value=col(Registration.status),
    else_=3,
)


async def list_registrations(
    session: AsyncSession,
    *,
    principal: Principal,
    event_id: int,
    session_id: int | None = None,
    include_cancelled: bool = False,
) -> Sequence[Registration]:
    """An event's (or one session's) registrations for its managers, in a stable order:
    registered, offered, then the waitlist in line order (cancelled last, if asked for)."""
    await get_managed_event(session, principal=principal, event_id=event_id)
    query = select(Registration).where(
        Registration.event_id == event_id, Registration.scope == (session_id or 0)
    )
    if not include_cancelled:
        query = query.where(Registration.status != RegistrationStatus.CANCELLED)
    rows = await session.exec(
        query.order_by(
            STATUS_ORDER,
            # People seated straight away (never waitlisted) first, on both databases alike.
            col(Registration.waitlisted_at).nulls_first(),
            col(Registration.created_at),
            col(Registration.id),
        )
    )
    return rows.all()
