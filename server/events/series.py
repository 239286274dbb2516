"""Recurring events: an RRULE expanded in the event's own zone into one event per occurrence.

Occurrences are materialised as rows so that each one has its own UID, capacity,
registrations and edits, and calendar feeds never have to expand rules. Expansion happens on
local wall-clock times, so "weekly at 14:00" stays at 14:00 in Berlin when the clocks change
and its UTC time moves instead. An occurrence that lands in a daylight-saving gap takes the
offset before the gap (02:30 becomes 03:30), as RFC 5545 prescribes.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Action, Principal
from server.events import access
from server.events.inputs import UNSET, EventChanges, EventInput, Unset
from server.events.localtime import to_local, to_utc, zone
from server.events.models import Event, EventCoHost, EventSeries, EventStatus
from server.events.recurrence import RuleRefused, expand
from server.events.service import (
    apply_changes,
    cohost_status,
    merged_input,
    new_uid,
    update_event,
    validate_input,
)
from server.kit.errors import FieldProblem, InvalidInput, Problems
from server.orgs.models import Organization

MAX_OCCURRENCES = 200


def _rule_text(problems: Problems, text: str) -> str | None:
    """The RRULE value alone, upper-cased; None (and a problem) when it cannot be used."""
    rule = text.strip()
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    rule = rule.upper()
    if not rule or len(rule) > 500 or "\n" in rule or ":" in rule:
        # Other lines (DTSTART, EXDATE, RDATE) would override what the event itself says.
        problems.add("rrule", "Give one RRULE, like FREQ=WEEKLY;BYDAY=TU;COUNT=10.", "invalid")
        return None
    parts = {p.split("=", 1)[0] for p in rule.split(";") if p}
    if not parts & {"COUNT", "UNTIL"}:
        problems.add("rrule", "Say when the series ends, with COUNT or UNTIL.", "unbounded")
        return None
    if re.search(r"(^|;)INTERVAL=0*(;|$)", rule):
        # INTERVAL=0 would repeat the same instant: every occurrence on top of the first.
        problems.add("rrule", "INTERVAL must be 1 or more.", "invalid")
        return None
    return rule


def _not_synchronized(rule: str, first_local: datetime, starts: list[datetime]) -> str:
    """Names the rule that was broken and the dates involved, so the fix is obvious."""
    start = f"{first_local:%A %d %B %Y}"
    if not starts:
        return f"The rule {rule} gives no date on or after the event's start ({start})."
    return (
        f"The event starts on {start}, which the rule {rule} does not give: its first date "
        f"is {starts[0]:%A %d %B %Y}. Start the event on a date the rule gives."
    )


def _wall_duration(data: EventInput) -> timedelta:
    if data.all_day:
        first = data.starts_at.date() if isinstance(data.starts_at, datetime) else data.starts_at
        last = data.ends_at.date() if isinstance(data.ends_at, datetime) else data.ends_at
        return last - first + timedelta(days=1)
    assert isinstance(data.starts_at, datetime) and isinstance(data.ends_at, datetime)
    return data.ends_at - data.starts_at


async def create_series(
    session: AsyncSession,
    *,
    principal: Principal,
    host_organization_id: int,
    rrule: str,
    data: EventInput,
    max_occurrences: int = MAX_OCCURRENCES,
) -> tuple[EventSeries, list[Event]]:
    """A series whose first occurrence is `data`, with one draft event per occurrence."""
    principal.require(Action.MANAGE_EVENTS, host_organization_id)
    if await session.get(Organization, host_organization_id) is None:
        raise InvalidInput(
            [FieldProblem("hostOrganizationId", "No such organization.", "not_found")]
        )
    problems = Problems()
    rule = _rule_text(problems, rrule)
    try:
        values, cohosts = await validate_input(
            session, host_organization_id=host_organization_id, data=data, principal=principal
        )
    except InvalidInput as exc:
        raise InvalidInput(problems.items + exc.problems) from None
    problems.raise_if_any()
    assert rule is not None
    limit = min(max_occurrences, MAX_OCCURRENCES)
    tz = zone(data.time_zone)
    first_local = to_local(values["starts_at"], tz)
    try:
        # On a worker thread: even bounded, expansion is CPU work the event loop must not do.
        starts = await asyncio.to_thread(expand, rule, first_local, data.time_zone, limit + 1)
    except RuleRefused as refused:
        raise InvalidInput([FieldProblem("rrule", refused.message, refused.code)]) from None
    except (ValueError, TypeError) as exc:
        raise InvalidInput(
            [FieldProblem("rrule", f"The rule {rule} cannot be read: {exc}.", "invalid")]
        ) from exc
    if len(starts) > limit:
        problems.add("rrule", f"A series has at most {limit} occurrences.", "too_many")
    elif not starts or starts[0] != first_local:
        problems.add("rrule", _not_synchronized(rule, first_local, starts), "not_synchronized")
    problems.raise_if_any()
    duration = _wall_duration(data)
    series = EventSeries(
        host_organization_id=host_organization_id,
        rrule=rule,
        time_zone=data.time_zone,
        first_starts_at=values["starts_at"],
        duration_minutes=int(duration.total_seconds() // 60),
    )
    session.add(series)
    await session.flush()
    events = [_occurrence(series, values, start, duration, principal) for start in starts]
    session.add_all(events)
    await session.flush()
    session.add_all(
        EventCoHost(event_id=e.id, organization_id=org, status=cohost_status(principal, org))
        for e in events
        if e.id is not None
        for org in cohosts
    )
    await session.flush()
    return series, events


def _occurrence(
    series: EventSeries,
    values: dict[str, Any],
    local_start: datetime,
    duration: timedelta,
    principal: Principal,
) -> Event:
    tz = zone(series.time_zone)
    starts_at = to_utc(local_start, tz)
    ends_at = to_utc(local_start + duration, tz)
    if ends_at <= starts_at:
        # Only when the whole occurrence falls into a daylight-saving gap.
        ends_at = starts_at + duration
    fields = {**values, "starts_at": starts_at, "ends_at": ends_at}
    return Event(
        uid=new_uid(),
        host_organization_id=series.host_organization_id,
        series_id=series.id,
        recurrence_id=starts_at,
        status=EventStatus.DRAFT,
        created_by_id=principal.user_id,
        **fields,
    )


async def update_occurrence(
    session: AsyncSession, *, principal: Principal, event_id: int, changes: EventChanges
) -> Event:
    """Edit one occurrence only; its RECURRENCE-ID keeps its place in the series."""
    return await update_event(session, principal=principal, event_id=event_id, changes=changes)


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _shift(own: date, old: date, new: date) -> date:
    """Move an occurrence's own start or end the way the edited occurrence moved, in local time.

    Timed to timed keeps the wall-clock difference (14:00 to 15:30 is +1:30 on every
    occurrence, whatever its UTC offset); changes to or from all-day move the date by the
    same number of days and take the new time of day.
    """
    if not isinstance(new, datetime):
        return _day(own) + (new - _day(old))
    if isinstance(own, datetime) and isinstance(old, datetime):
        return own + (new - old)
    return datetime.combine(_day(own) + (new.date() - _day(old)), new.time())


async def update_following(
    session: AsyncSession, *, principal: Principal, event_id: int, changes: EventChanges
) -> list[Event]:
    """Apply `changes` to this occurrence and every later one of its series.

    "Later" is by RECURRENCE-ID, the place the rule gave each occurrence, so an occurrence
    moved earlier by hand still counts where it belongs. Each one's SEQUENCE grows on a
    material change. Any occurrence failing validation fails the whole edit.
    """
    event = await access.get_managed_event(session, principal=principal, event_id=event_id)
    if event.series_id is None or event.recurrence_id is None:
        return [await apply_changes(session, principal=principal, event=event, changes=changes)]
    assert event.id is not None
    cohosts = list(await access.listed_cohosts(session, event_id=event.id))
    edited = merged_input(event, changes, cohosts)
    before = merged_input(event, EventChanges(), cohosts)
    rows = await session.exec(
        select(Event)
        .where(
            col(Event.series_id) == event.series_id,
            col(Event.recurrence_id) >= event.recurrence_id,
        )
        .order_by(col(Event.recurrence_id))
    )
    updated: list[Event] = []
    for occurrence in rows.all():
        own = merged_input(occurrence, EventChanges(), cohosts)
        occurrence_changes = dataclasses.replace(
            changes,
            starts_at=_moved(changes.starts_at, own.starts_at, before.starts_at, edited.starts_at),
            ends_at=_moved(changes.ends_at, own.ends_at, before.ends_at, edited.ends_at),
        )
        updated.append(
            await apply_changes(
                session, principal=principal, event=occurrence, changes=occurrence_changes
            )
        )
    return updated


def _moved(change: date | Unset, own: date, old: date, new: date) -> date | Unset:
    return UNSET if isinstance(change, Unset) else _shift(own, old, new)


async def occurrences(session: AsyncSession, *, series_id: int) -> list[Event]:
    """Every occurrence of a series, in the order the rule gave them."""
    rows = await session.exec(
        select(Event).where(col(Event.series_id) == series_id).order_by(col(Event.recurrence_id))
    )
    return list(rows.all())
