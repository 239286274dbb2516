"""Calendar feed scenarios: a 5,000-event organization feed served from storage.

feed-304: a conditional GET answered 304 vs a bare Starlette hello world.
feed-200: the full feed from storage vs bare Starlette serving the same bytes from memory.
feed-rerender (measured in-process, not a pair of servers): time to render and store the
feed again after one event changes, divided by its first full render, at 1,000 and 5,000.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col

from server.db import Database, utcnow
from server.events.models import Event, EventKind, EventStatus, Visibility
from server.orgs.models import Organization, OrganizationKind
from tests.bench.common import BenchError
from tests.bench.load import Lane
from tests.bench.scenarios import Scenario

FEED_EVENTS = 5000
FEED_ORGANIZATION = "Feed host"
HELLO = b"Hello, world!"
# Filled by verify(): the validator the conditional GETs send.
_STATE: dict[str, str] = {}


def _rows(host: int, count: int, now: datetime, tag: str) -> list[dict[str, Any]]:
    first = now.replace(microsecond=0) + timedelta(days=1)
    return [
        {
            "uid": f"bench-feed-{tag}-{i:05d}@pluralis",
            "host_organization_id": host,
            "kind": EventKind.FORUM,
            "title": f"Feed forum {i:05d}",
            "description": "Agenda; voter registration, observers\nand results.",
            "tags": [],
            "languages": ["en"],
            "status": EventStatus.PUBLISHED,
            "visibility": Visibility.PUBLIC,
            "time_zone": "Europe/Berlin",
            "starts_at": first + timedelta(hours=6 * i),
            "ends_at": first + timedelta(hours=6 * i + 2),
            "sequence": 0,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(count)
    ]


async def seed_feed(conn: AsyncConnection, count: int = FEED_EVENTS, tag: str = "a") -> int:
    """An organization hosting `count` public events; returns its id."""
    host = (
        await conn.execute(
            insert(Organization)
            .values(
                name=f"{FEED_ORGANIZATION} {tag}",
                slug=f"feed-host-{tag}",
                kind=OrganizationKind.MEMBER,
                created_at=utcnow(),
                updated_at=utcnow(),
            )
            .returning(col(Organization.id))
        )
    ).scalar_one()
    assert host is not None
    await conn.execute(insert(Event), _rows(host, count, utcnow(), tag))
    return host


async def seed_feed_scenarios(conn: AsyncConnection) -> None:
    host = await seed_feed(conn)
    _STATE["path"] = f"/feeds/organizations/{host}.ics"


def feed_scenarios() -> list[Scenario]:
    """The path is read when the units run: the feed's organization is seeded later."""
    plain = {"accept-encoding": "identity"}

    async def hello(lane: Lane) -> int:
        reply = await lane.get("/hello", {})
        if reply.status != 200 or reply.content != HELLO:
            raise BenchError(f"/hello answered {reply.status}")
        return 1

    async def conditional(lane: Lane) -> int:
        reply = await lane.get(_STATE["path"], {**plain, "if-none-match": _STATE["etag"]})
        if reply.status != 304:
            raise BenchError(f"feed answered {reply.status} to a conditional GET")
        return 1

    async def full(lane: Lane) -> int:
        reply = await lane.get(_STATE["path"], plain)
        if reply.status != 200:
            raise BenchError(f"feed answered {reply.status}")
        return 1

    async def from_memory(lane: Lane) -> int:
        reply = await lane.get("/feed.ics", plain)
        if reply.status != 200:
            raise BenchError(f"/feed.ics answered {reply.status}")
        return 1

    async def verify(platform: Lane, baseline: Lane) -> None:
        # The first request renders the feed; both sides must then serve the same bytes.
        path = _STATE["path"]
        got = await platform.get(path, plain)
        _STATE["etag"] = (got.headers or {}).get("etag", "")
        same = await baseline.get(f"/feed.ics?path={path}", plain)
        events = got.content.count(b"BEGIN:VEVENT")
        if got.status != 200 or got.content != same.content or events != FEED_EVENTS:
            raise BenchError(
                f"feed: {got.status}, {events} events, same bytes: {got.content == same.content}"
            )

    return [
        Scenario(
            "feed-304",
            f"conditional GET of a {FEED_EVENTS}-event feed (304) vs bare Starlette hello world",
            0.5,
            1,
            conditional,
            hello,
            verify,
        ),
        Scenario(
            "feed-200",
            f"full GET of a {FEED_EVENTS}-event feed from storage vs bare "
            "Starlette serving the same bytes from memory",
            0.3,
            1,
            full,
            from_memory,
            verify,
        ),
    ]


async def rerender(db_url: str) -> dict[str, Any]:
    """Render after one change ÷ first full render, for 1,000 and 5,000 events."""
    from server.calendars.feed import FeedKey, FeedKind
    from server.calendars.policy import FeedPolicy
    from server.calendars.service import render_and_store

    database = Database.from_url(db_url)
    policy = FeedPolicy(link_base="https://bench.example", network_name="Bench")
    result: dict[str, Any] = {"name": "feed-rerender"}
    try:
        for count in (1000, FEED_EVENTS):
            async with database.engine.begin() as conn:
                host = await seed_feed(conn, count, tag=f"r{count}")
            key = FeedKey(FeedKind.ORGANIZATION, host)
            timings = []
            for change in (False, True):
                if change:
                    async with database.transaction() as session:
                        await session.exec(
                            update(Event)
                            .where(Event.host_organization_id == host)  # type: ignore[arg-type]
                            .where(Event.uid == f"bench-feed-r{count}-00007@pluralis")  # type: ignore[arg-type]
                            .values(title="Moved forum", sequence=Event.sequence + 1)
                        )
                started = time.perf_counter()
                async with database.transaction() as session:
                    await render_and_store(session, key=key, now=utcnow(), policy=policy)
                timings.append(time.perf_counter() - started)
            result[f"full_{count}_s"] = round(timings[0], 3)
            result[f"rerender_{count}_s"] = round(timings[1], 3)
            result[f"ratio_{count}"] = round(timings[1] / timings[0], 3)
        result["ratio"] = result[f"ratio_{FEED_EVENTS}"]
        result["note"] = (
            "a change re-serialises only the changed event (each VEVENT's text is cached by its "
            "content); the rest of a re-render is selecting the rows and joining the cached "
            "texts, which grows linearly with the feed but at a small fraction of a full render"
        )
        return result
    finally:
        await database.dispose()
