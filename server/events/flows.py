"""Event changes as whole flows: snapshot, apply, tell the people who hold a place.

Every caller that edits an event's time, place or status (the API, commands, jobs) goes
through here, so nobody can move an event without its registrants hearing about it. The
messages are stored in the caller's outbox and sent only after the caller commits.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Principal
from server.events import access, series
from server.events import service as events
from server.events.changes import Snapshot, notify_registrants
from server.events.inputs import EventChanges
from server.events.models import Event
from server.notifications.service import Outbox


async def _snapshots(
    session: AsyncSession, *, principal: Principal, event_id: int, following: bool
) -> dict[int | None, Snapshot]:
    """The registrant-facing state of the events an edit may touch, before it.

    The event is read through the visibility rule, so a hidden event answers exactly like a
    missing one before anything else happens.
    """
    event = await access.get_visible_event(session, principal=principal, event_id=event_id)
    if not following or event.series_id is None:
        return {event.id: Snapshot.of(event)}
    rows = await series.occurrences(session, series_id=event.series_id)
    return {r.id: Snapshot.of(r) for r in rows}


async def _tell(
    session: AsyncSession, outbox: Outbox, before: dict[int | None, Snapshot], after: list[Event]
) -> list[Event]:
    for event in after:
        await notify_registrants(session, before=before[event.id], event=event, outbox=outbox)
    return after


async def update_event(
    session: AsyncSession,
    *,
    principal: Principal,
    event_id: int,
    changes: EventChanges,
    following: bool,
    outbox: Outbox,
) -> list[Event]:
    """Edit an event (or it and every later occurrence of its series) and tell registrants."""
    before = await _snapshots(session, principal=principal, event_id=event_id, following=following)
    if following:
        rows = await series.update_following(
            session, principal=principal, event_id=event_id, changes=changes
        )
    else:
        rows = [
            await events.update_event(
                session, principal=principal, event_id=event_id, changes=changes
            )
        ]
    return await _tell(session, outbox, before, rows)


async def _status(
    session: AsyncSession,
    *,
    principal: Principal,
    event_id: int,
    outbox: Outbox,
    change: Callable[[], Awaitable[Event]],
) -> Event:
    before = await _snapshots(session, principal=principal, event_id=event_id, following=False)
    (row,) = await _tell(session, outbox, before, [await change()])
    return row


async def publish_event(
    session: AsyncSession, *, principal: Principal, event_id: int, outbox: Outbox
) -> Event:
    """Publish a draft, or bring a postponed event back on (registrants hear it is back)."""
    return await _status(
        session,
        principal=principal,
        event_id=event_id,
        outbox=outbox,
        change=lambda: events.publish_event(session, principal=principal, event_id=event_id),
    )


async def postpone_event(
    session: AsyncSession, *, principal: Principal, event_id: int, reason: str, outbox: Outbox
) -> Event:
    return await _status(
        session,
        principal=principal,
        event_id=event_id,
        outbox=outbox,
        change=lambda: events.postpone_event(
            session, principal=principal, event_id=event_id, reason=reason
        ),
    )


async def cancel_event(
    session: AsyncSession, *, principal: Principal, event_id: int, reason: str, outbox: Outbox
) -> Event:
    return await _status(
        session,
        principal=principal,
        event_id=event_id,
        outbox=outbox,
        change=lambda: events.cancel_event(
            session, principal=principal, event_id=event_id, reason=reason
        ),
    )
