"""Telling the people who hold a place when an event they planned around changes.

A change is material when the event's SEQUENCE grows (time, place, online link or status).
Everyone with a seat, an open offer or a place in line hears about it once per change: the
message key holds the sequence, so retrying a mutation or a job never sends twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.events.models import Event, EventStatus
from server.events.places import Registration, RegistrationStatus
from server.notifications.service import About, Outbox, local_time, notify


@dataclass(frozen=True)
class Snapshot:
    """What a registrant cares about, taken before an edit."""

    sequence: int
    status: EventStatus
    starts_at: datetime
    venue_id: int | None
    online_url: str | None

    @classmethod
    def of(cls, event: Event) -> Snapshot:
        return cls(event.sequence, event.status, event.starts_at, event.venue_id, event.online_url)


def describe(before: Snapshot, after: Event) -> str:
    """The change in a few fixed words, for an SMS; times in the event's own zone.

    No free text: the organizers' reason is passed separately (`reason`), because only
    members of the host organization may read words its organizers typed.
    """
    if after.status is not before.status:
        if after.status is EventStatus.PUBLISHED:
            return "it is back on"
        return after.status.value
    if after.starts_at != before.starts_at:
        return f"it now starts {local_time(after.starts_at, after.time_zone)}"
    if after.venue_id != before.venue_id:
        return "the venue has changed"
    if after.online_url != before.online_url:
        return "the online link has changed"
    return "the time has changed"


def reason(before: Snapshot, after: Event) -> str:
    """The organizers' words on a cancellation or postponement, for the titled text."""
    if after.status is not before.status and after.status_reason:
        return f" ({after.status_reason})"
    return ""


async def notify_registrants(
    session: AsyncSession, *, before: Snapshot, event: Event, outbox: Outbox
) -> int:
    """Store an `event_changed` message for each person with a place; returns how many.

    Drafts have no audience yet, and an edit that changed nothing material sends nothing.
    """
    if event.sequence == before.sequence or event.status is EventStatus.DRAFT:
        return 0
    people = (
        await session.exec(
            select(Registration.person_id)
            .where(Registration.event_id == event.id)
            .where(col(Registration.status) != RegistrationStatus.CANCELLED)
            .distinct()
            .order_by(col(Registration.person_id))
        )
    ).all()
    assert event.id is not None
    change = describe(before, event)
    about = About(event.id, event.title, event.host_organization_id)
    sent = 0
    for person_id in people:
        message = await notify(
            session,
            person_id=person_id,
            template="event_changed",
            about=about,
            params={"change": change},
            free_text={"reason": reason(before, event)},
            key=f"event_changed:{event.id}:{event.sequence}:{person_id}",
            outbox=outbox,
        )
        sent += message is not None
    return sent
