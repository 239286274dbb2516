"""Batch readers used by the GraphQL DataLoaders: one statement for any number of keys.

They do not check access: the loaders serve fields of events the resolver has already checked.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, case, func, or_
from sqlalchemy.orm import aliased
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.registrations.models import Registration, RegistrationStatus
from server.registrations.waitlist import HOLDS_SEAT

# Another registration of the same line, to count who is ahead.
Waiting = aliased(Registration)


async def seat_counts(
    session: AsyncSession, *, event_ids: Sequence[int]
) -> dict[int, tuple[int, int]]:
    """For each event, (seats held, people waiting) for the whole event (not its sessions)."""
    held = func.sum(case((col(Registration.status).in_(HOLDS_SEAT), 1), else_=0))
    waiting = func.sum(
        case((col(Registration.status) == RegistrationStatus.WAITLISTED, 1), else_=0)
    )
    rows = await session.exec(
        select(Registration.event_id, held, waiting)
        .where(col(Registration.event_id).in_(event_ids), Registration.scope == 0)
        .group_by(col(Registration.event_id))
    )
    counts = dict.fromkeys(event_ids, (0, 0))
    for event_id, seats, line in rows.all():
        counts[event_id] = (int(seats or 0), int(line or 0))
    return counts


async def own_registrations(
    session: AsyncSession, *, keys: Sequence[tuple[int, int]]
) -> dict[tuple[int, int], Registration]:
    """For (person id, event id) pairs: the person's whole-event registration, if any."""
    rows = await session.exec(
        select(Registration).where(
            col(Registration.person_id).in_({p for p, _ in keys}),
            col(Registration.event_id).in_({e for _, e in keys}),
            Registration.scope == 0,
        )
    )
    return {(r.person_id, r.event_id): r for r in rows.all()}


async def waitlist_positions(
    session: AsyncSession, *, registration_ids: Sequence[int]
) -> dict[int, int]:
    """For waitlisted registrations: their place in line (1 is next), in one statement."""
    ahead = (
        select(func.count())
        .select_from(Waiting)
        .where(
            Waiting.event_id == Registration.event_id,
            Waiting.scope == Registration.scope,
            Waiting.status == RegistrationStatus.WAITLISTED,
            or_(
                col(Waiting.waitlisted_at) < col(Registration.waitlisted_at),
                and_(
                    col(Waiting.waitlisted_at) == col(Registration.waitlisted_at),
                    col(Waiting.id) < col(Registration.id),
                ),
            ),
        )
        .scalar_subquery()
    )
    rows = await session.exec(
        select(Registration.id, ahead).where(
            col(Registration.id).in_(registration_ids),
            col(Registration.status) == RegistrationStatus.WAITLISTED,
        )
    )
    return {int(registration_id or 0): int(count) + 1 for registration_id, count in rows.all()}
