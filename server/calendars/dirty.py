"""Marks feeds as changed at flush time, whatever service wrote the rows.

Events are written in many places (edits, status changes, series, programmes, co-host
answers, venues), and a feed that misses one change stays wrong until the next. So instead
of a call in each of them, one listener on every session's flush looks at what is about to
be committed and marks the stored feeds that may hold it, in the same transaction: a rolled
back edit marks nothing, a committed one cannot be missed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy import inspect, or_, update
from sqlalchemy.orm import Session, UOWTransaction
from sqlmodel import col, select

from server.calendars import validators
from server.calendars.models import RenderedFeed
from server.db import utcnow
from server.events.models import (
    Consent,
    Event,
    EventCoHost,
    ProgrammeSession,
    Room,
    SessionPerson,
    Venue,
)
from server.events.places import Registration
from server.orgs.models import Membership, Organization

PRIVATE = ("subscription:%", "agenda:%")
# The mark of a change that may hide something (an event made invite-only, unpublished or
# deleted, a co-host withdrawn, a role ended): as old as can be, so the feed is due at once,
# rendered on its next request instead of after the debounce, and first in the sweep's order.
URGENT = datetime(2000, 1, 1, tzinfo=UTC)
# Who may see what, or what "my agenda" holds, changed: every private feed is re-checked.
_PRIVATE_TRIGGERS = (Registration, SessionPerson, Membership)


def _changed(session: Session) -> list[Any]:
    dirty = [obj for obj in session.dirty if session.is_modified(obj, include_collections=False)]
    return [*session.new, *dirty, *session.deleted]


def _event_keys(events: Iterable[Event]) -> set[str]:
    keys: set[str] = set()
    for row in events:
        keys.update({"network", f"organization:{row.host_organization_id}", f"event:{row.id}"})
        if row.series_id is not None:
            keys.add(f"series:{row.series_id}")
    return keys


def _keys(session: Session, objects: list[Any]) -> tuple[set[str], set[str]]:
    """The stored feeds that may hold what changed: exact keys, and LIKE patterns."""
    keys: set[str] = set()
    like: set[str] = set()
    event_ids: set[int] = set()
    for obj in objects:
        if isinstance(obj, Event):
            keys |= _event_keys([obj])
            like.update(PRIVATE)
            if obj.id is not None:
                event_ids.add(obj.id)
        elif isinstance(obj, EventCoHost):
            keys.add(f"organization:{obj.organization_id}")
            event_ids.add(obj.event_id)
        elif isinstance(obj, ProgrammeSession):
            keys.add(f"event:{obj.event_id}")
            like.add("agenda:%")
        elif isinstance(obj, Organization) and obj.id is not None:
            keys.add(f"organization:{obj.id}")
        elif isinstance(obj, _PRIVATE_TRIGGERS):
            like.update(PRIVATE)
        elif isinstance(obj, Venue | Room):
            event_ids |= _events_at(session, obj)
            like.update(PRIVATE)
    if event_ids:
        keys |= _related_keys(session, event_ids)
    return keys, like


def _events_at(session: Session, place: Venue | Room) -> set[int]:
    connection = session.connection()
    if isinstance(place, Venue):
        found = connection.execute(select(Event.id).where(col(Event.venue_id) == place.id))
    else:
        found = connection.execute(
            select(ProgrammeSession.event_id).where(col(ProgrammeSession.room_id) == place.id)
        )
    return {row[0] for row in found}


def _related_keys(session: Session, event_ids: set[int]) -> set[str]:
    """Feeds of the events' hosts, accepted co-hosts and series (read, as the rows in the
    session may be only part of the picture)."""
    connection = session.connection()
    ids = list(event_ids)
    events = connection.execute(
        select(Event.id, Event.host_organization_id, Event.series_id).where(col(Event.id).in_(ids))
    )
    keys: set[str] = set()
    for event_id, host, series in events:
        keys |= {"network", f"event:{event_id}", f"organization:{host}"}
        if series is not None:
            keys.add(f"series:{series}")
    cohosts = connection.execute(
        select(EventCoHost.organization_id).where(
            col(EventCoHost.event_id).in_(ids),
            col(EventCoHost.status) == Consent.ACCEPTED,
        )
    )
    keys |= {f"organization:{org}" for (org,) in cohosts}
    return keys


def _may_hide(session: Session, obj: Any) -> bool:
    """Whether this change can take something out of a feed that a reader must stop seeing."""
    if isinstance(obj, Event | EventCoHost | Membership) and obj in session.deleted:
        return True
    if obj in session.new:
        return False
    watched = {
        Event: ("visibility", "status", "host_organization_id"),
        EventCoHost: ("status",),
        Membership: ("role", "organization_id"),
    }
    for kind, names in watched.items():
        if isinstance(obj, kind):
            state = inspect(obj)
            return any(state.attrs[name].history.has_changes() for name in names)
    return False


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    objects = [o for o in _changed(session) if not isinstance(o, RenderedFeed)]
    if not objects:
        return
    keys, like = _keys(session, objects)
    if not keys and not like:
        return
    table = RenderedFeed.__table__  # type: ignore[attr-defined]
    conditions = [table.c.key.in_(sorted(keys))] + [table.c.key.like(p) for p in sorted(like)]
    mark = URGENT if any(_may_hide(session, o) for o in objects) else utcnow()
    session.connection().execute(update(table).where(or_(*conditions)).values(dirty_since=mark))
    validators.forget(keys, prefixes=[p.rstrip("%") for p in like])


def install() -> None:
    """Listen on every session (idempotent); server.tasks imports this module and calls it."""
    if not sa_event.contains(Session, "after_flush", _after_flush):
        sa_event.listen(Session, "after_flush", _after_flush)
