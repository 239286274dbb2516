"""Dirty marking: whatever writes an event marks the feeds that may hold it, in the same
transaction; the sweep renders them once the debounce has passed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlmodel import col, select

from server.calendars import service
from server.calendars.feed import FeedKey
from server.calendars.models import RenderedFeed
from server.calendars.tasks import render_dirty_feeds
from server.db import Database
from server.events.models import Consent, Event, EventCoHost
from server.events.places import Registration, RegistrationStatus
from server.orgs.models import Role
from server.runtime import Runtime
from tests.schema.conftest import make_org, make_person
from tests.server.calendars.test_public import NOW, POLICY, add_event

KEYS = ["network", "organization:{host}", "organization:{other}", "event:{event}", "agenda:1"]


async def render_all(db: Database, keys: list[str]) -> None:
    for key in keys:
        async with db.transaction() as session:
            await service.render_and_store(session, key=FeedKey.parse(key), now=NOW, policy=POLICY)


async def store_private(db: Database, key: str) -> None:
    """A stored private feed (the subscriptions themselves belong to another module)."""
    async with db.transaction() as session:
        session.add(
            RenderedFeed(
                key=key, body=b"", gzip_body=b"", etag='"x"', last_modified=NOW, rendered_at=NOW
            )
        )


async def dirty(db: Database) -> set[str]:
    async with db.read() as session:
        rows = await session.exec(
            select(RenderedFeed.key).where(col(RenderedFeed.dirty_since).is_not(None))
        )
        return set(rows.all())


async def scene(db: Database) -> dict[str, Any]:
    host = await make_org(db, "Host")
    other = await make_org(db, "Other")
    event = await add_event(db, host)
    names = {"host": host, "other": other, "event": event}
    await render_all(db, [k.format(**names) for k in KEYS if not k.startswith("agenda")])
    await store_private(db, "agenda:1")
    assert await dirty(db) == set()
    return names


class TestMarking:
    async def test_an_edit_marks_its_feeds_and_every_private_one(self, db: Database) -> None:
        names = await scene(db)
        async with db.transaction() as session:
            event = await session.get(Event, names["event"])
            assert event is not None
            event.title = "Moved"
        assert await dirty(db) == {
            "network",
            f"organization:{names['host']}",
            f"event:{names['event']}",
            "agenda:1",
        }

    async def test_an_accepted_cohost_marks_the_cohosts_feed(self, db: Database) -> None:
        names = await scene(db)
        async with db.transaction() as session:
            session.add(
                EventCoHost(
                    event_id=names["event"], organization_id=names["other"], status=Consent.ACCEPTED
                )
            )
        assert f"organization:{names['other']}" in await dirty(db)

    async def test_a_rolled_back_edit_marks_nothing(self, db: Database) -> None:
        names = await scene(db)
        with pytest.raises(RuntimeError):
            async with db.transaction() as session:
                event = await session.get(Event, names["event"])
                assert event is not None
                event.title = "Never"
                await session.flush()
                raise RuntimeError("rolled back")
        assert await dirty(db) == set()

    async def test_a_registration_marks_private_feeds_only(self, db: Database) -> None:
        names = await scene(db)
        person = await make_person(db, org_id=names["host"], role=Role.OBSERVER, name="Ama")
        async with db.transaction() as session:
            session.add(
                Registration(
                    event_id=names["event"], person_id=person, status=RegistrationStatus.REGISTERED
                )
            )
        assert await dirty(db) == {"agenda:1"}

    async def test_rendering_clears_the_mark(self, db: Database) -> None:
        names = await scene(db)
        async with db.transaction() as session:
            await service.mark_dirty(session, keys=["network"], now=NOW)
        assert await dirty(db) == {"network"}
        await render_all(db, ["network"])
        assert await dirty(db) == set()
        assert names


class TestDebounce:
    async def test_due_after_the_debounce_or_when_the_copy_is_old(self, db: Database) -> None:
        await scene(db)
        async with db.transaction() as session:
            await service.mark_dirty(session, keys=["network"], now=NOW + timedelta(seconds=5))

        async def due(now: Any) -> list[str]:
            async with db.read() as session:
                return [k.value for k in await service.due_keys(session, now=now, policy=POLICY)]

        assert await due(NOW + timedelta(seconds=10)) == []
        assert await due(NOW + timedelta(seconds=35)) == ["network"]
        # Still changing every few seconds, but the copy is ten debounces old: rendered anyway.
        async with db.transaction() as session:
            await service.mark_dirty(session, keys=["network"], now=NOW + timedelta(seconds=299))
        assert await due(NOW + timedelta(seconds=300)) == ["network"]

    async def test_the_sweep_renders_what_is_due(self, db: Database, runtime: Runtime) -> None:
        names = await scene(db)
        async with db.transaction() as session:
            event = await session.get(Event, names["event"])
            assert event is not None
            event.title = "Renamed"
            # Marked a minute ago: the debounce has passed.
            await session.flush()
            await service.mark_dirty(
                session, keys=["network"], now=event.updated_at - timedelta(minutes=1)
            )
        await render_dirty_feeds({"db": db, "settings": runtime.settings})
        async with db.read() as session:
            row = await session.get(RenderedFeed, "network")
        assert row is not None and row.dirty_since is None and b"Renamed" in row.body
