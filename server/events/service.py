"""Events: create, edit, publish, postpone, cancel. Reading them is in listing.py. Services
flush; the caller commits."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import Any
from uuid import uuid4

from sqlalchemy import delete
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Action, Principal
from server.events import access
from server.events.inputs import (
    EventChanges,
    EventInput,
    Unset,
    check_cohosts,
    check_content,
    check_online_url,
    check_times,
    check_venue,
    pick,
    registered_count,
)
from server.events.localtime import to_local, zone
from server.events.models import Consent, Event, EventCoHost, EventStatus
from server.events.text import render_description
from server.kit.errors import FieldProblem, InvalidInput, Problems
from server.orgs.models import Organization

# Calendar clients apply an update only when SEQUENCE grows, so it must grow whenever what
# they show about time, place or status changes, and only then.
MATERIAL_FIELDS = ("starts_at", "ends_at", "all_day", "time_zone", "venue_id", "online_url")


def new_uid() -> str:
    return f"{uuid4()}@pluralis"


async def validate_input(
    session: AsyncSession,
    *,
    host_organization_id: int,
    data: EventInput,
    principal: Principal,
    keep_times: tuple[datetime, datetime] | None = None,
    rendered: tuple[str, str] | None = None,
    current_venue_id: int | None = None,
) -> tuple[dict[str, Any], list[int]]:
    """The columns to store for `data`, and its co-hosts; raises InvalidInput with all problems.

    `keep_times` skips the time checks on an edit that does not touch the times, so an event
    stays editable even if its zone's rules changed since it was saved. `rendered` is the
    stored (description, HTML) pair, reused when the description did not change. A venue is
    checked when it is chosen, not again on every edit (`current_venue_id`), so a co-host can
    edit an event held at the host's venue.
    """
    problems = Problems()
    values = check_content(problems, data)
    times = keep_times or check_times(problems, data)
    values["online_url"] = check_online_url(problems, data.online_url)
    cohosts = await check_cohosts(session, problems, host_organization_id, data.co_host_ids)
    if data.venue_id != current_venue_id:
        await check_venue(
            session,
            problems,
            principal=principal,
            venue_id=data.venue_id,
            organizations={host_organization_id, *cohosts},
        )
    problems.raise_if_any()
    assert times is not None
    values["description_html"] = (
        rendered[1]
        if rendered is not None and rendered[0] == values["description"]
        else await render_description(values["description"])
    )
    values.update(
        time_zone=data.time_zone,
        all_day=data.all_day,
        starts_at=times[0],
        ends_at=times[1],
        venue_id=data.venue_id,
    )
    return values, cohosts


def cohost_status(principal: Principal, organization_id: int) -> Consent:
    """Listing an organization asks its organizers; one of them listing it has answered."""
    if principal.may(Action.MANAGE_EVENTS, organization_id):
        return Consent.ACCEPTED
    return Consent.PENDING


async def _set_cohosts(
    session: AsyncSession, principal: Principal, event_id: int, wanted: list[int]
) -> None:
    current = await access.listed_cohosts(session, event_id=event_id)
    gone = set(current) - set(wanted)
    if gone:
        await session.exec(
            delete(EventCoHost).where(
                col(EventCoHost.event_id) == event_id, col(EventCoHost.organization_id).in_(gone)
            )
        )
    # Organizations still listed keep their answer: saving again never re-asks a decline.
    session.add_all(
        EventCoHost(event_id=event_id, organization_id=org, status=cohost_status(principal, org))
        for org in wanted
        if org not in current
    )


async def create_event(
    session: AsyncSession, *, principal: Principal, host_organization_id: int, data: EventInput
) -> Event:
    """A new draft event of `host_organization_id`, with a UID that never changes."""
    principal.require(Action.MANAGE_EVENTS, host_organization_id)
    if await session.get(Organization, host_organization_id) is None:
        raise InvalidInput(
            [FieldProblem("hostOrganizationId", "No such organization.", "not_found")]
        )
    values, cohosts = await validate_input(
        session, host_organization_id=host_organization_id, data=data, principal=principal
    )
    event = Event(
        uid=new_uid(),
        host_organization_id=host_organization_id,
        status=EventStatus.DRAFT,
        # User 0 is the system principal of the CLI and seeds, which has no account row.
        created_by_id=principal.user_id,
        **values,
    )
    session.add(event)
    await session.flush()
    assert event.id is not None
    await _set_cohosts(session, principal, event.id, cohosts)
    await session.flush()
    return event


def merged_input(event: Event, changes: EventChanges, cohosts: list[int]) -> EventInput:
    """The event as it would be after `changes`, in the same local terms as EventInput."""
    tz = zone(event.time_zone)
    local_start = to_local(event.starts_at, tz)
    local_end = to_local(event.ends_at, tz)
    start: datetime | Any = local_start.date() if event.all_day else local_start
    # All-day events store the midnight after their last day; the input names the last day.
    end: datetime | Any = (local_end - timedelta(days=1)).date() if event.all_day else local_end
    return EventInput(
        kind=pick(changes.kind, event.kind),
        title=pick(changes.title, event.title),
        description=pick(changes.description, event.description),
        tags=pick(changes.tags, event.tags),
        languages=pick(changes.languages, event.languages),
        visibility=pick(changes.visibility, event.visibility),
        time_zone=pick(changes.time_zone, event.time_zone),
        starts_at=pick(changes.starts_at, start),
        ends_at=pick(changes.ends_at, end),
        all_day=pick(changes.all_day, event.all_day),
        venue_id=pick(changes.venue_id, event.venue_id),
        online_url=pick(changes.online_url, event.online_url),
        capacity=pick(changes.capacity, event.capacity),
        offer_minutes=pick(changes.offer_minutes, event.offer_minutes),
        co_host_ids=pick(changes.co_host_ids, cohosts),
    )


async def apply_changes(
    session: AsyncSession, *, principal: Principal, event: Event, changes: EventChanges
) -> Event:
    """Validate and apply `changes` to an event the caller manages (checked by the caller)."""
    assert event.id is not None
    cohosts = list(await access.listed_cohosts(session, event_id=event.id))
    host = await _new_host(session, principal=principal, event=event, changes=changes)
    if host != event.host_organization_id and isinstance(changes.co_host_ids, Unset):
        # The new host stops being a co-host: it is the host now.
        changes = dataclasses.replace(changes, co_host_ids=[c for c in cohosts if c != host])
    data = merged_input(event, changes, cohosts)
    values, wanted = await validate_input(
        session,
        host_organization_id=host,
        data=data,
        principal=principal,
        # A new host re-checks the venue: it must belong to the new host or a co-host.
        current_venue_id=event.venue_id if host == event.host_organization_id else None,
        keep_times=None if changes.touches_times else (event.starts_at, event.ends_at),
        rendered=(event.description, event.description_html),
    )
    capacity = values["capacity"]
    if capacity is not None and capacity != event.capacity:
        held = await registered_count(session, event_id=event.id)
        if capacity < held:
            raise InvalidInput(
                [
                    FieldProblem(
                        "capacity",
                        f"{held} people are already registered; cancel registrations before "
                        f"lowering the capacity below {held}.",
                        "below_registrations",
                    )
                ]
            )
    material = any(getattr(event, f) != values[f] for f in MATERIAL_FIELDS)
    for name, value in values.items():
        setattr(event, name, value)
    event.host_organization_id = host
    if material:
        event.sequence += 1
    if sorted(wanted) != sorted(cohosts):
        await _set_cohosts(session, principal, event.id, wanted)
    await session.flush()
    return event


async def _new_host(
    session: AsyncSession, *, principal: Principal, event: Event, changes: EventChanges
) -> int:
    """The host after `changes`: a move needs the right to manage events for both the current
    and the new host. An organization the caller does not manage answers exactly like a
    missing one, so the check tells nothing about organizations beyond the caller's own."""
    wanted = changes.host_organization_id
    if isinstance(wanted, Unset) or wanted == event.host_organization_id:
        return event.host_organization_id
    if event.series_id is not None:
        raise InvalidInput(
            [
                FieldProblem(
                    "hostOrganizationId",
                    "Events of a series keep the series' host.",
                    "series_host",
                )
            ]
        )
    if not principal.may(Action.MANAGE_EVENTS, wanted) or (
        await session.get(Organization, wanted) is None
    ):
        raise InvalidInput(
            [FieldProblem("hostOrganizationId", "No such organization.", "not_found")]
        )
    if not principal.may(Action.MANAGE_EVENTS, event.host_organization_id):
        # A co-host's organizer sees the host anyway; this names nothing new.
        raise InvalidInput(
            [
                FieldProblem(
                    "hostOrganizationId",
                    "Only organizers of the current host can hand the event to another host.",
                    "not_host_organizer",
                )
            ]
        )
    return wanted


async def update_event(
    session: AsyncSession, *, principal: Principal, event_id: int, changes: EventChanges
) -> Event:
    """Edit an event (organizers of the host or a co-host); SEQUENCE grows on real moves."""
    event = await access.get_managed_event(session, principal=principal, event_id=event_id)
    return await apply_changes(session, principal=principal, event=event, changes=changes)


def _check_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise InvalidInput(
            [FieldProblem("reason", "Say why, for the people who planned to come.", "required")]
        )
    if len(reason) > 500:
        raise InvalidInput([FieldProblem("reason", "Use at most 500 characters.", "too_long")])
    return reason


async def _set_status(
    session: AsyncSession,
    *,
    principal: Principal,
    event_id: int,
    status: EventStatus,
    reason: str | None,
) -> Event:
    event = await access.get_managed_event(session, principal=principal, event_id=event_id)
    if event.status is EventStatus.CANCELLED and status is not EventStatus.CANCELLED:
        raise InvalidInput(
            [FieldProblem(None, "This event was cancelled; create a new one instead.", "cancelled")]
        )
    if event.status is status and event.status_reason == reason:
        return event
    if event.status is not status:
        event.sequence += 1
    event.status = status
    event.status_reason = reason
    await session.flush()
    return event


async def publish_event(session: AsyncSession, *, principal: Principal, event_id: int) -> Event:
    """Publish a draft, or bring a postponed event back on."""
    return await _set_status(
        session, principal=principal, event_id=event_id, status=EventStatus.PUBLISHED, reason=None
    )


async def postpone_event(
    session: AsyncSession, *, principal: Principal, event_id: int, reason: str
) -> Event:
    return await _set_status(
        session,
        principal=principal,
        event_id=event_id,
        status=EventStatus.POSTPONED,
        reason=_check_reason(reason),
    )


async def cancel_event(
    session: AsyncSession, *, principal: Principal, event_id: int, reason: str
) -> Event:
    """Cancel an event. The row stays, so feeds can tell calendars it is cancelled."""
    return await _set_status(
        session,
        principal=principal,
        event_id=event_id,
        status=EventStatus.CANCELLED,
        reason=_check_reason(reason),
    )
