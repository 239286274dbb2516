"""The bare reference for the event list: hand-written SQL over asyncpg, nested in Python.

It answers what the platform's `events` query answers for a signed-out caller (published
public events by start time, each with its host, venue and programme, each session with its
room, speakers and moderators), the way a hand-written service would: one statement per level
of nesting, grouped in Python, one orjson dumps. Runs in the bare server process, so it must
not import the platform's modules.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg  # type: ignore[import-untyped]
import orjson

# The same condition as server.events.access.visible_events for a signed-out caller, and the
# same order and keyset as server.events.listing.list_events.
_EVENTS = (
    "SELECT e.id, e.title, e.kind, e.status, e.time_zone, e.starts_at, e.ends_at,"
    " o.id AS host_id, o.name AS host_name, v.name AS venue_name, v.city AS venue_city"
    " FROM event e JOIN organization o ON o.id = e.host_organization_id"
    " LEFT JOIN venue v ON v.id = e.venue_id"
    " WHERE e.status <> 'draft' AND e.visibility = 'public'"
)
_FIRST_PAGE = _EVENTS + " ORDER BY e.starts_at, e.id LIMIT $1"
_NEXT_PAGE = (
    _EVENTS + " AND (e.starts_at > $2 OR (e.starts_at = $2 AND e.id > $3))"
    " ORDER BY e.starts_at, e.id LIMIT $1"
)
# Sessions in time order (server.events.programme.sessions_by_event); people with speakers
# before moderators, each by name (programme.people_by_session).
_SESSIONS = (
    "SELECT s.id, s.event_id, s.title, s.kind, s.starts_at, s.ends_at, r.name AS room_name"
    " FROM programme_session s LEFT JOIN room r ON r.id = s.room_id"
    " WHERE s.event_id = ANY($1::int[]) ORDER BY s.starts_at, s.id"
)
_PEOPLE = (
    "SELECT sp.session_id, sp.role, p.id, p.name"
    " FROM session_person sp JOIN person p ON p.id = sp.person_id"
    " WHERE sp.session_id = ANY($1::int[]) AND sp.status = 'accepted' ORDER BY p.name, p.id"
)


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _event(r: asyncpg.Record, sessions: list[dict[str, Any]]) -> dict[str, Any]:
    starts_at: datetime = r["starts_at"]
    return {
        "id": r["id"],
        "title": r["title"],
        "kind": r["kind"],
        "status": r["status"],
        "timeZone": r["time_zone"],
        "startsAt": starts_at,
        "endsAt": r["ends_at"],
        # The same conversion as the platform's Event.localStart.
        "localStart": starts_at.astimezone(_zone(r["time_zone"])).isoformat(),
        "hostOrganization": {"id": r["host_id"], "name": r["host_name"]},
        "venue": (
            None if r["venue_name"] is None else {"name": r["venue_name"], "city": r["venue_city"]}
        ),
        "sessions": sessions,
    }


async def _programmes(
    conn: asyncpg.Connection, event_ids: Sequence[int]
) -> dict[int, list[dict[str, Any]]]:
    """Each event's sessions with their room and people, in two statements."""
    by_event: dict[int, list[dict[str, Any]]] = {i: [] for i in event_ids}
    by_id: dict[int, dict[str, Any]] = {}
    for s in await conn.fetch(_SESSIONS, event_ids):
        session = {
            "id": s["id"],
            "title": s["title"],
            "kind": s["kind"],
            "startsAt": s["starts_at"],
            "endsAt": s["ends_at"],
            "room": None if s["room_name"] is None else {"name": s["room_name"]},
            "speakers": [],
            "moderators": [],
        }
        by_event[s["event_id"]].append(session)
        by_id[s["id"]] = session
    if by_id:
        for p in await conn.fetch(_PEOPLE, list(by_id)):
            people = "speakers" if p["role"] == "speaker" else "moderators"
            by_id[p["session_id"]][people].append({"id": p["id"], "name": p["name"]})
    return by_event


async def events_page(pool: asyncpg.Pool, body: bytes) -> bytes:
    """One page of events as JSON, with the cursor of its last row for the next page."""
    request = orjson.loads(body)
    first = int(request["first"])
    after = request.get("after")
    async with pool.acquire() as conn:
        if after is None:
            records = await conn.fetch(_FIRST_PAGE, first)
        else:
            records = await conn.fetch(
                _NEXT_PAGE, first, datetime.fromisoformat(after[0]), int(after[1])
            )
        programmes = await _programmes(conn, [r["id"] for r in records])
    rows = [_event(r, programmes[r["id"]]) for r in records]
    last = records[-1] if records else None
    following = [last["starts_at"].isoformat(), last["id"]] if last else None
    return orjson.dumps({"rows": rows, "next": following})
