"""Reading events: one event, the paged and filtered list, and same-day hints."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, exists, func, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Principal
from server.events import access
from server.events.localtime import local_days, zone
from server.events.models import Consent, Event, EventCoHost, EventKind, EventStatus, Venue
from server.kit.errors import FieldProblem, InvalidInput
from server.kit.pagination import Page, check_page_size, decode_cursor, keyset_page
from server.orgs.validation import MAX_ID


async def get_event(session: AsyncSession, *, principal: Principal, event_id: int) -> Event:
    return await access.get_visible_event(session, principal=principal, event_id=event_id)


class json_list_contains(FunctionElement[bool]):
    """True when a JSON list column holds a string, on Postgres (jsonb ?) and SQLite."""

    type = Boolean()
    inherit_cache = True
    name = "json_list_contains"


@compiles(json_list_contains, "postgresql")
def _contains_postgresql(element: json_list_contains, compiler: SQLCompiler, **kw: Any) -> str:
    column, value = list(element.clauses)
    # jsonb_exists is the function behind the ? operator, which would clash with paramstyles.
    return f"jsonb_exists({compiler.process(column, **kw)}, {compiler.process(value, **kw)})"


@compiles(json_list_contains, "sqlite")
def _contains_sqlite(element: json_list_contains, compiler: SQLCompiler, **kw: Any) -> str:
    column, value = list(element.clauses)
    # Both parts are compiled SQL fragments (a column and a bound parameter), never user text.
    source, wanted = compiler.process(column, **kw), compiler.process(value, **kw)
    return f"EXISTS (SELECT 1 FROM json_each({source}) WHERE json_each.value = {wanted})"  # noqa: S608


def _event_cursor(cursor: str) -> tuple[datetime, int]:
    starts, last_id = decode_cursor(cursor, 2)
    try:
        if not isinstance(starts, str):
            raise ValueError(starts)
        when = datetime.fromisoformat(starts)
    except ValueError:
        when = None
    if (
        when is None
        or when.tzinfo is None
        or isinstance(last_id, bool)
        or not isinstance(last_id, int)
        or not 0 <= last_id <= MAX_ID
    ):
        raise InvalidInput([FieldProblem("after", "This cursor is not valid.")])
    return when, last_id


def hosted_by(organization_id: int) -> ColumnElement[bool]:
    """Hosted, or co-hosted with the co-host's consent (a pending listing shows nothing)."""
    return or_(
        col(Event.host_organization_id) == organization_id,
        exists().where(
            (col(EventCoHost.event_id) == col(Event.id))
            & (col(EventCoHost.organization_id) == organization_id)
            & (col(EventCoHost.status) == Consent.ACCEPTED)
        ),
    )


async def list_events(
    session: AsyncSession,
    *,
    principal: Principal,
    first: int,
    after: str | None = None,
    organization_id: int | None = None,
    starts_after: datetime | None = None,
    starts_before: datetime | None = None,
    ends_after: datetime | None = None,
    kind: EventKind | None = None,
    tag: str | None = None,
    with_total: bool = False,
) -> Page[Event]:
    """One page of the events the caller may see, by start time; hosts match co-hosts too."""
    check_page_size(first)
    conditions: list[ColumnElement[bool]] = [access.visible_events(principal)]
    if organization_id is not None:
        conditions.append(hosted_by(organization_id))
    if starts_after is not None:
        conditions.append(col(Event.starts_at) >= starts_after)
    if starts_before is not None:
        conditions.append(col(Event.starts_at) < starts_before)
    if ends_after is not None:
        conditions.append(col(Event.ends_at) > ends_after)
    if kind is not None:
        conditions.append(col(Event.kind) == kind)
    if tag:
        conditions.append(json_list_contains(col(Event.tags), tag.strip().lower()))
    return await keyset_page(
        session,
        select(Event).where(*conditions),
        order=(col(Event.starts_at), col(Event.id)),
        after=_event_cursor(after) if after else None,
        first=first,
        count=select(func.count()).select_from(Event).where(*conditions) if with_total else None,
        cursor=lambda row: (row.starts_at.isoformat(), row.id),
    )


async def same_day_city_events(
    session: AsyncSession, *, principal: Principal, event_id: int, limit: int = 20
) -> list[Event]:
    """Other visible, not cancelled events in the same city on the same local day(s).

    For the event's managers planning around them; empty for everyone else, NOT_FOUND for an
    event the caller may not see. Days are those of the event's own zone; events elsewhere in
    town usually share it.
    """
    event = await access.get_visible_event(session, principal=principal, event_id=event_id)
    if not access.may_manage(principal, event, await access.cohost_ids(session, event_id=event_id)):
        return []
    venue = await session.get(Venue, event.venue_id) if event.venue_id is not None else None
    if venue is None or not venue.city or not venue.city.strip():
        return []
    day_start, day_end = local_days(event.starts_at, event.ends_at, zone(event.time_zone))
    query = (
        select(Event)
        .join(Venue, col(Venue.id) == col(Event.venue_id))
        .where(
            func.lower(Venue.city) == venue.city.strip().lower(),
            col(Event.id) != event.id,
            col(Event.status) != EventStatus.CANCELLED,
            col(Event.starts_at) < day_end,
            col(Event.ends_at) > day_start,
            access.visible_events(principal),
        )
    )
    if venue.country:
        query = query.where(or_(col(Venue.country) == venue.country, col(Venue.country).is_(None)))
    rows = await session.exec(query.order_by(col(Event.starts_at), col(Event.id)).limit(limit))
    return list(rows.all())
