"""Seed rows for the event list: published public events with venues, rooms and programmes.

Bulk inserts of the tables' rows, not the services: the services check and flush one event
at a time, which would make seeding the slowest part of a bench run. The rows still satisfy
every constraint the services rely on (rooms are never double-booked, sessions lie inside
their event, speakers and moderators are distinct people).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col

from server.db import utcnow
from server.events.models import (
    Consent,
    Event,
    EventKind,
    EventStatus,
    ProgrammeSession,
    Room,
    SessionKind,
    SessionPerson,
    SessionRole,
    Venue,
    Visibility,
)
from server.orgs.models import Organization, Person

# The scenario reads all of them; it pages by start time, so none may be left over or missing.
SEED_EVENTS = 1000
SESSIONS_PER_EVENT = 3
ROOMS_PER_VENUE = SESSIONS_PER_EVENT
_VENUES = 40
_PEOPLE = 600
_HOSTS = 60
# Two events share each start time, so the keyset's id tie-breaker is exercised; starts 17 h
# apart spread the 1,000 events over about a year and every hour of the day.
_START = datetime(2027, 1, 4, 7, 0, tzinfo=UTC)
_STEP = timedelta(hours=17)
_ZONES = ("Europe/Berlin", "Africa/Nairobi", "America/Sao_Paulo", "Asia/Kolkata", "UTC")
_CITIES = ("Berlin", "Nairobi", "São Paulo", "Delhi", "Accra", "Manila", "Kyiv", "Lagos")
_FIRST = ("Amina", "Bruno", "Chidi", "Dana", "Elif", "Farah", "Goran", "Hana", "Ivo", "Jun")
_LAST = ("Okafor", "Silva", "Mensah", "Kovac", "Reyes", "Nair", "Weber", "Otieno", "Bondar")


async def _ids(conn: AsyncConnection, column: Any) -> list[int]:
    return list((await conn.scalars(select(column).order_by(column))).all())


def _people_rows(now: datetime) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for i in range(_PEOPLE):
        # Leading names vary so that ordering speakers by name does real comparisons.
        name = f"{_FIRST[(i * 7) % len(_FIRST)]} {_LAST[(i * 5) % len(_LAST)]} {i:04d}"
        rows.append(
            {"name": name, "email": None, "preferred_language": "en", "time_zone": "UTC"}
            | {"created_at": now, "updated_at": now}
        )
    return rows


def _venue_rows(hosts: list[int], now: datetime) -> list[dict[str, object]]:
    return [
        {
            "organization_id": hosts[i % len(hosts)],
            "name": f"Conference Centre {i:02d}",
            "address": None,
            "city": _CITIES[i % len(_CITIES)],
            "country": None,
            "latitude": None,
            "longitude": None,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(_VENUES)
    ]


def _event_rows(hosts: list[int], venues: list[int], now: datetime) -> list[dict[str, object]]:
    kinds = list(EventKind)
    rows: list[dict[str, object]] = []
    for i in range(SEED_EVENTS):
        starts = _START + (i // 2) * _STEP
        rows.append(
            {
                "uid": f"bench-event-{i:05d}@pluralis",
                "host_organization_id": hosts[i % len(hosts)],
                "series_id": None,
                "recurrence_id": None,
                "kind": kinds[i % len(kinds)],
                "title": f"{_CITIES[i % len(_CITIES)]} election forum {i:04d}",
                "description": "",
                "tags": [],
                "languages": ["en"],
                "status": EventStatus.PUBLISHED,
                "status_reason": None,
                "visibility": Visibility.PUBLIC,
                "time_zone": _ZONES[i % len(_ZONES)],
                "starts_at": starts,
                "ends_at": starts + timedelta(hours=4),
                "all_day": False,
                # Every ninth event is online only: no venue, so no rooms for its sessions.
                "venue_id": None if i % 9 == 8 else venues[i % len(venues)],
                "online_url": None,
                "capacity": None,
                "offer_minutes": 24 * 60,
                "sequence": 0,
                "created_by_id": None,
                "created_at": now,
                "updated_at": now,
            }
        )
    return rows


def _session_rows(
    events: list[dict[str, Any]], rooms: dict[int, list[int]], now: datetime
) -> list[dict[str, object]]:
    kinds = [k for k in SessionKind if k is not SessionKind.BREAK]
    rows: list[dict[str, object]] = []
    for event in events:
        venue_rooms = rooms.get(event["venue_id"], []) if event["venue_id"] else []
        for j in range(SESSIONS_PER_EVENT):
            starts = event["starts_at"] + timedelta(hours=j)
            rows.append(
                {
                    "event_id": event["id"],
                    "kind": kinds[(event["id"] + j) % len(kinds)],
                    "title": f"Session {j + 1} of event {event['id']}",
                    "description": "",
                    "starts_at": starts,
                    "ends_at": starts + timedelta(minutes=50),
                    # Session j always uses room j of its venue: events sharing a venue are
                    # weeks apart, so the double-booking constraint holds.
                    "room_id": venue_rooms[j] if venue_rooms else None,
                    "track": None,
                    "capacity": None,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    return rows


def _session_people(sessions: list[int], people: list[int]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for n, session_id in enumerate(sessions):
        # One or two speakers each and a moderator in every third session, all different people.
        chosen = [people[(n * 7 + k * 13) % len(people)] for k in range(3)]
        roles = [SessionRole.SPEAKER] * (1 + n % 2) + [SessionRole.MODERATOR] * (n % 3 == 0)
        for role, person_id in zip(roles, chosen, strict=False):
            # Speakers who said yes: a published programme shows accepted people only.
            rows.append(
                {
                    "session_id": session_id,
                    "person_id": person_id,
                    "role": role,
                    "status": Consent.ACCEPTED,
                }
            )
    return rows


async def seed_events(conn: AsyncConnection) -> None:
    """Insert the event rows in a few bulk statements, after the organizations exist."""
    now = utcnow()
    hosts = (await _ids(conn, col(Organization.id)))[:_HOSTS]
    await conn.execute(insert(Person), _people_rows(now))
    await conn.execute(insert(Venue), _venue_rows(hosts, now))
    venues = await _ids(conn, col(Venue.id))
    await conn.execute(
        insert(Room),
        [
            {"venue_id": v, "name": f"Hall {chr(ord('A') + r)}", "capacity": 80}
            for v in venues
            for r in range(ROOMS_PER_VENUE)
        ],
    )
    rooms: dict[int, list[int]] = {}
    by_venue = select(col(Room.venue_id), col(Room.id)).order_by(col(Room.venue_id), col(Room.name))
    for venue_id, room_id in (await conn.execute(by_venue)).tuples():
        assert room_id is not None  # a primary key
        rooms.setdefault(venue_id, []).append(room_id)
    await conn.execute(insert(Event), _event_rows(hosts, venues, now))
    events = [
        dict(r._mapping)
        for r in await conn.execute(
            select(col(Event.id), col(Event.starts_at), col(Event.venue_id))
        )
    ]
    await conn.execute(insert(ProgrammeSession), _session_rows(events, rooms, now))
    sessions = await _ids(conn, col(ProgrammeSession.id))
    people = await _ids(conn, col(Person.id))
    await conn.execute(insert(SessionPerson), _session_people(sessions, people))
    await conn.execute(
        text("ANALYZE person, venue, room, event, programme_session, session_person")
    )
