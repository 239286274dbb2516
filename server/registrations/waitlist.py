"""Seats, the waitlist and offers: who holds a seat, and passing a freed seat on in order.

Every change that can take or free a seat first locks the event row (`lock_event`), so the
count of held seats and the decision taken on it cannot interleave with another transaction's
— two people racing for the last seat get one seat and one place in line.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Principal
from server.events.access import cohost_ids, may_manage
from server.events.models import Event, ProgrammeSession
from server.kit.errors import NotFound, Problems
from server.messaging.service import BudgetExceeded
from server.notifications.service import About, Outbox, notify
from server.registrations.models import Registration, RegistrationStatus

logger = logging.getLogger(__name__)

# An offered seat is held for the person it was offered to, so it counts as taken.
HOLDS_SEAT = (RegistrationStatus.REGISTERED, RegistrationStatus.OFFERED)


async def lock_event(session: AsyncSession, *, event_id: int) -> Event:
    """The event row, locked until the transaction ends, with fresh values.

    Postgres: SELECT … FOR UPDATE. SQLite has one writer at a time and every write
    transaction takes that lock when it begins (see server.db), so FOR UPDATE is not needed.
    """
    event = await session.scalar(
        select(Event)
        .where(Event.id == event_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if event is None:
        raise NotFound("No such event.")
    return event


async def capacity_of(session: AsyncSession, *, event: Event, scope: int) -> int | None:
    if scope == 0:
        return event.capacity
    programme_session = await session.get(ProgrammeSession, scope)
    return programme_session.capacity if programme_session is not None else None


async def seats_held(session: AsyncSession, *, event_id: int, scope: int) -> int:
    count = await session.scalar(
        select(func.count())
        .select_from(Registration)
        .where(Registration.event_id == event_id, Registration.scope == scope)
        .where(col(Registration.status).in_(HOLDS_SEAT))
    )
    return int(count or 0)


async def someone_waiting(session: AsyncSession, *, event_id: int, scope: int) -> bool:
    first = await session.scalar(
        select(Registration.id)
        .where(Registration.event_id == event_id, Registration.scope == scope)
        .where(Registration.status == RegistrationStatus.WAITLISTED)
        .limit(1)
    )
    return first is not None


def about(event: Event) -> About:
    """What an offer message is about: the event, charged to its host organization."""
    assert event.id is not None
    return About(event.id, event.title, event.host_organization_id)


def offer_key(kind: str, registration: Registration) -> str:
    # One message per offer: a person offered a seat twice (after re-joining the line) gets a
    # new offered_at and therefore a new key.
    assert registration.offered_at is not None
    return f"{kind}:{registration.id}:{int(registration.offered_at.timestamp())}"


async def offer_open_seats(
    session: AsyncSession, *, event: Event, scope: int, now: datetime, outbox: Outbox
) -> list[Registration]:
    """Offer every free seat to the first people in line; the event must already be locked."""
    assert event.id is not None
    capacity = await capacity_of(session, event=event, scope=scope)
    query = (
        select(Registration)
        .where(Registration.event_id == event.id, Registration.scope == scope)
        .where(Registration.status == RegistrationStatus.WAITLISTED)
        .order_by(col(Registration.waitlisted_at), col(Registration.id))
    )
    if capacity is not None:
        free = capacity - await seats_held(session, event_id=event.id, scope=scope)
        if free <= 0:
            return []
        query = query.limit(free)
    offered = list((await session.exec(query)).all())
    for registration in offered:
        registration.status = RegistrationStatus.OFFERED
        registration.offered_at = now
        registration.offer_expires_at = now + timedelta(minutes=event.offer_minutes)
    await session.flush()
    for registration in offered:
        await notify(
            session,
            person_id=registration.person_id,
            template="offer_made",
            about=about(event),
            params={"expires": registration.offer_expires_at},
            key=offer_key("offer", registration),
            outbox=outbox,
        )
    return offered


async def locked_registration(
    session: AsyncSession, *, principal: Principal, registration_id: int, manager_only: bool
) -> tuple[Registration, Event, bool]:
    """A registration the caller may act on (its own, or as a manager), its event locked.

    This is the one way a registration id a caller names is resolved. Returns (registration,
    event, caller_is_manager). A registration the caller may not use for this purpose (another
    person's, or their own when only managers may act: `manager_only`) answers exactly like a
    missing one, since any other answer would confirm that it exists.
    """
    principal.require_authenticated()
    registration = await session.get(Registration, registration_id)
    if registration is None:
        raise NotFound("No such registration.")
    event = await lock_event(session, event_id=registration.event_id)
    # Re-read under the lock: another transaction may have changed it while we waited.
    await session.refresh(registration)
    manager = may_manage(principal, event, await cohost_ids(session, event_id=event.id or 0))
    own = principal.person_id is not None and principal.person_id == registration.person_id
    if not manager and (manager_only or not own):
        raise NotFound("No such registration.")
    return registration, event, manager


async def accept_offer(
    session: AsyncSession, *, principal: Principal, registration_id: int, now: datetime
) -> Registration:
    """Take an offered seat before the offer expires; accepting twice is harmless."""
    registration, _, _ = await locked_registration(
        session, principal=principal, registration_id=registration_id, manager_only=False
    )
    if registration.status is RegistrationStatus.REGISTERED:
        return registration
    problems = Problems()
    if registration.status is not RegistrationStatus.OFFERED:
        problems.add("registrationId", "There is no seat on offer for you.", "not_offered")
    elif registration.offer_expires_at is None or registration.offer_expires_at <= now:
        problems.add("registrationId", "This offer has expired.", "expired")
    problems.raise_if_any()
    registration.status = RegistrationStatus.REGISTERED
    registration.offer_expires_at = None
    await session.flush()
    return registration


async def decline_offer(
    session: AsyncSession,
    *,
    principal: Principal,
    registration_id: int,
    now: datetime,
    outbox: Outbox,
) -> Registration:
    """Turn an offer down: the place is given up and the seat is offered to the next person."""
    registration, event, _ = await locked_registration(
        session, principal=principal, registration_id=registration_id, manager_only=False
    )
    if registration.status is RegistrationStatus.CANCELLED:
        return registration
    if registration.status is not RegistrationStatus.OFFERED:
        problems = Problems()
        problems.add("registrationId", "There is no seat on offer for you.", "not_offered")
        problems.raise_if_any()
    await release(session, registration=registration, event=event, now=now, outbox=outbox)
    return registration


async def release(
    session: AsyncSession,
    *,
    registration: Registration,
    event: Event,
    now: datetime,
    outbox: Outbox,
) -> None:
    """Cancel a registration (its event locked); a seat it held or was offered moves on."""
    held_seat = registration.status in (RegistrationStatus.REGISTERED, RegistrationStatus.OFFERED)
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = now
    registration.offer_expires_at = None
    await session.flush()
    if held_seat:
        await offer_open_seats(
            session, event=event, scope=registration.scope, now=now, outbox=outbox
        )


async def expire_offers(session: AsyncSession, *, now: datetime, outbox: Outbox) -> int:
    """Cancel every offer past its expiry, tell the person, and offer the seat on; idempotent.

    Events are locked one at a time in id order (so two runs never deadlock), and offers are
    re-read under each lock, so a concurrent run or a last-second accept is never overridden.
    An event whose host has used its message budget is held as it is (savepoint rolled
    back) and taken up again by a later run, once the budget allows.
    """
    event_ids = (
        await session.exec(
            select(Registration.event_id)
            .where(Registration.status == RegistrationStatus.OFFERED)
            .where(col(Registration.offer_expires_at) <= now)
            .distinct()
            .order_by(col(Registration.event_id))
        )
    ).all()
    expired = held = 0
    for event_id in event_ids:
        mark = outbox.checkpoint()
        try:
            async with session.begin_nested():
                expired += await _expire_event_offers(
                    session, event_id=event_id, now=now, outbox=outbox
                )
        except BudgetExceeded:
            outbox.restore(mark)
            held += 1
    if held:
        logger.warning("offer expiry held: message budget used up", extra={"events": held})
    return expired


async def _expire_event_offers(
    session: AsyncSession, *, event_id: int, now: datetime, outbox: Outbox
) -> int:
    event = await lock_event(session, event_id=event_id)
    offers = await _expired_offers(session, event_id=event_id, now=now)
    for registration in offers:
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = now
    await session.flush()
    for registration in offers:
        await notify(
            session,
            person_id=registration.person_id,
            template="offer_expired",
            about=about(event),
            key=offer_key("offer-expired", registration),
            outbox=outbox,
        )
    for scope in sorted({r.scope for r in offers}):
        await offer_open_seats(session, event=event, scope=scope, now=now, outbox=outbox)
    return len(offers)


async def _expired_offers(
    session: AsyncSession, *, event_id: int, now: datetime
) -> Sequence[Registration]:
    rows = await session.exec(
        select(Registration)
        .where(Registration.event_id == event_id)
        .where(Registration.status == RegistrationStatus.OFFERED)
        .where(col(Registration.offer_expires_at) <= now)
        .order_by(col(Registration.id))
        .execution_options(populate_existing=True)
    )
    return rows.all()


async def remind_expiring_offers(
    session: AsyncSession, *, now: datetime, within: timedelta, outbox: Outbox
) -> int:
    """Remind people whose offer ends within `within`; each offer is reminded at most once."""
    rows = (
        await session.exec(
            select(Registration, Event)
            .join(Event, col(Event.id) == col(Registration.event_id))
            .where(Registration.status == RegistrationStatus.OFFERED)
            .where(col(Registration.offer_expires_at) > now)
            .where(col(Registration.offer_expires_at) <= now + within)
            .order_by(col(Registration.id))
        )
    ).all()
    reminded = held = 0
    for registration, event in rows:
        assert registration.offered_at is not None and registration.offer_expires_at is not None
        if registration.offer_expires_at - registration.offered_at <= within:
            continue  # an offer shorter than the window: the offer itself was the reminder
        before = len(outbox.message_ids) + len(outbox.email_ids)
        try:
            await notify(
                session,
                person_id=registration.person_id,
                template="offer_expiring",
                about=about(event),
                params={"expires": registration.offer_expires_at},
                key=offer_key("offer-expiring", registration),
                outbox=outbox,
            )
        except BudgetExceeded:
            # Nothing was stored; a later run reminds them if the budget allows in time.
            held += 1
        # Reminders go by SMS or email, whichever the person prefers: both are counted.
        reminded += len(outbox.message_ids) + len(outbox.email_ids) - before
    if held:
        logger.warning("offer reminders held: message budget used up", extra={"offers": held})
    return reminded
