"""The demo data: a calendar with upcoming events, and nothing private shown to visitors."""

from __future__ import annotations

from server.accounts.access import ANONYMOUS, SYSTEM
from server.db import Database
from server.events.models import EventStatus
from server.events.service import list_events
from server.seed import seed_demo


async def test_the_demo_calendar_has_upcoming_events_and_hides_the_private_ones(
    db: Database,
) -> None:
    async with db.transaction() as session:
        assert (await seed_demo(session)).created
    async with db.transaction() as session:
        assert not (await seed_demo(session)).created  # a second run adds nothing
    async with db.read() as session:
        everything = await list_events(session, principal=SYSTEM, first=50)
        public = await list_events(session, principal=ANONYMOUS, first=50)
    titles = [e.title for e in everything.items]
    assert len(titles) == 9
    assert titles.count("Network roundtable") == 6
    assert all(e.status is EventStatus.PUBLISHED for e in everything.items)
    assert [e.title for e in public.items] == ["East & West Africa Election Observation Conference"]
