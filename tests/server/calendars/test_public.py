"""Public feeds: what an anonymous caller may see, per feed, at a given `now`.

The helpers here (rows written directly, with the times each test needs) are shared by the
serving and dirty-marking tests.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from icalendar import Calendar
from sqlalchemy import update

from server.calendars.feed import FeedKey, FeedKind
from server.calendars.policy import FeedPolicy
from server.calendars.selection import load_feed
from server.db import Database
from server.events.models import (
    Consent,
    Event,
    EventCoHost,
    EventKind,
    EventSeries,
    EventStatus,
    ProgrammeSession,
    SessionKind,
    Visibility,
)
from tests.schema.conftest import make_org

NOW = datetime(2030, 6, 1, 12, 0, tzinfo=UTC)
POLICY = FeedPolicy(link_base="https://pluralis.example", network_name="Net")
_counter = iter(range(1, 10**6))


async def add_event(
    db: Database,
    host: int,
    *,
    title: str = "Forum",
    starts: datetime = NOW + timedelta(days=10),
    hours: float = 2,
    status: EventStatus = EventStatus.PUBLISHED,
    visibility: Visibility = Visibility.PUBLIC,
    updated_at: datetime | None = None,
    **kw: Any,
) -> int:
    async with db.transaction() as session:
        event = Event(
            uid=f"uid-{next(_counter)}@pluralis",
            host_organization_id=host,
            kind=EventKind.FORUM,
            title=title,
            time_zone="Europe/Berlin",
            starts_at=starts,
            ends_at=starts + timedelta(hours=hours),
            status=status,
            visibility=visibility,
            **kw,
        )
        session.add(event)
        await session.flush()
    assert event.id is not None
    if updated_at is not None:
        await set_updated(db, event.id, updated_at)
    return event.id


async def set_updated(db: Database, event_id: int, when: datetime) -> None:
    """The row's update time as a test needs it (the column otherwise takes the clock)."""
    async with db.transaction() as session:
        await session.exec(update(Event).where(Event.id == event_id).values(updated_at=when))  # type: ignore[arg-type]


async def load(db: Database, kind: FeedKind, ident: int | None = None, now: datetime = NOW) -> Any:
    async with db.read() as session:
        return await load_feed(session, key=FeedKey(kind, ident), now=now, policy=POLICY)


async def titles(db: Database, kind: FeedKind, ident: int | None = None, **kw: Any) -> list[str]:
    loaded = await load(db, kind, ident, **kw)
    assert loaded is not None
    return [e.title for e in loaded[1]]


class TestNetworkFeed:
    async def test_lists_public_published_and_postponed_events_only(self, db: Database) -> None:
        host = await make_org(db, "Host")
        await add_event(db, host, title="public")
        await add_event(db, host, title="postponed", status=EventStatus.POSTPONED)
        await add_event(db, host, title="draft", status=EventStatus.DRAFT)
        for visibility in (Visibility.NETWORK, Visibility.PARTNERS, Visibility.INVITE_ONLY):
            await add_event(db, host, title=visibility.value, visibility=visibility)
        assert sorted(await titles(db, FeedKind.NETWORK)) == ["postponed", "public"]

    async def test_a_cancelled_event_stays_for_the_window_then_drops_out(
        self, db: Database
    ) -> None:
        host = await make_org(db, "Host")
        await add_event(db, host, title="cancelled", status=EventStatus.CANCELLED, updated_at=NOW)
        loaded = await load(db, FeedKind.NETWORK, now=NOW + timedelta(days=29))
        assert [(e.title, e.status) for e in loaded[1]] == [("cancelled", EventStatus.CANCELLED)]
        assert await titles(db, FeedKind.NETWORK, now=NOW + timedelta(days=31)) == []

    async def test_events_that_ended_long_ago_are_left_out(self, db: Database) -> None:
        host = await make_org(db, "Host")
        await add_event(db, host, title="recent", starts=NOW - timedelta(days=80))
        await add_event(db, host, title="old", starts=NOW - timedelta(days=100))
        assert await titles(db, FeedKind.NETWORK) == ["recent"]

    async def test_the_calendar_is_named_after_the_network(self, db: Database) -> None:
        meta, events = await load(db, FeedKind.NETWORK)
        assert meta.name == "Net" and events == []


class TestOrganizationFeed:
    async def test_hosted_and_accepted_cohosted_events_only(self, db: Database) -> None:
        host = await make_org(db, "Host")
        other = await make_org(db, "Other")
        await add_event(db, host, title="hosted")
        await add_event(db, other, title="elsewhere")
        for status, title in ((Consent.ACCEPTED, "cohosted"), (Consent.PENDING, "asked")):
            event_id = await add_event(db, other, title=title)
            async with db.transaction() as session:
                session.add(EventCoHost(event_id=event_id, organization_id=host, status=status))
        assert sorted(await titles(db, FeedKind.ORGANIZATION, host)) == ["cohosted", "hosted"]

    async def test_an_unknown_organization_has_no_feed(self, db: Database) -> None:
        assert await load(db, FeedKind.ORGANIZATION, 999_999) is None


class TestEventFeed:
    async def test_the_event_and_its_sessions_related_to_it(self, db: Database) -> None:
        host = await make_org(db, "Host")
        event_id = await add_event(db, host, title="Forum", hours=4)
        async with db.transaction() as session:
            session.add(
                ProgrammeSession(
                    event_id=event_id,
                    kind=SessionKind.PANEL,
                    title="Panel",
                    starts_at=NOW + timedelta(days=10, hours=1),
                    ends_at=NOW + timedelta(days=10, hours=2),
                )
            )
        meta, events = await load(db, FeedKind.EVENT, event_id)
        assert meta.name == "Forum"
        assert [e.title for e in events] == ["Forum", "Panel"]
        assert events[1].related_to == events[0].uid and events[1].uid != events[0].uid

    async def test_a_hidden_event_answers_like_a_missing_one(self, db: Database) -> None:
        host = await make_org(db, "Host")
        hidden = [
            await add_event(db, host, visibility=Visibility.INVITE_ONLY),
            await add_event(db, host, visibility=Visibility.NETWORK),
            await add_event(db, host, status=EventStatus.DRAFT),
        ]
        for event_id in [*hidden, 999_999]:
            assert await load(db, FeedKind.EVENT, event_id) is None

    async def test_an_old_cancelled_event_keeps_its_own_file(self, db: Database) -> None:
        host = await make_org(db, "Host")
        event_id = await add_event(
            db, host, status=EventStatus.CANCELLED, starts=NOW - timedelta(days=400)
        )
        _, events = await load(db, FeedKind.EVENT, event_id)
        assert [e.status for e in events] == [EventStatus.CANCELLED]


class TestSeriesFeed:
    async def test_every_public_occurrence_moved_or_cancelled_included(self, db: Database) -> None:
        host = await make_org(db, "Host")
        async with db.transaction() as session:
            series = EventSeries(
                host_organization_id=host,
                rrule="FREQ=WEEKLY;COUNT=3",
                time_zone="Europe/Berlin",
                first_starts_at=NOW,
                duration_minutes=60,
            )
            session.add(series)
            await session.flush()
        assert series.id is not None
        for week, status in enumerate(
            (EventStatus.PUBLISHED, EventStatus.CANCELLED, EventStatus.PUBLISHED)
        ):
            start = NOW + timedelta(weeks=week)
            await add_event(
                db,
                host,
                title=f"week {week}",
                # The third occurrence was moved by a day; it keeps its RECURRENCE-ID.
                starts=start + timedelta(days=1 if week == 2 else 0),
                status=status,
                series_id=series.id,
                recurrence_id=start,
                updated_at=NOW,
            )
        loaded = await load(db, FeedKind.SERIES, series.id)
        assert [(e.title, e.status, e.recurrence_id) for e in loaded[1]] == [
            ("week 0", EventStatus.PUBLISHED, NOW),
            ("week 1", EventStatus.CANCELLED, NOW + timedelta(weeks=1)),
            ("week 2", EventStatus.PUBLISHED, NOW + timedelta(weeks=2)),
        ]

    async def test_a_series_without_public_occurrences_answers_like_a_missing_one(
        self, db: Database
    ) -> None:
        host = await make_org(db, "Host")
        async with db.transaction() as session:
            series = EventSeries(
                host_organization_id=host,
                rrule="FREQ=WEEKLY;COUNT=1",
                time_zone="Europe/Berlin",
                first_starts_at=NOW,
                duration_minutes=60,
            )
            session.add(series)
            await session.flush()
        await add_event(db, host, visibility=Visibility.NETWORK, series_id=series.id)
        assert await load(db, FeedKind.SERIES, series.id) is None
        assert await load(db, FeedKind.SERIES, 999_999) is None


class TestPrivateKinds:
    async def test_an_unknown_private_feed_is_none(self, db: Database) -> None:
        assert await load(db, FeedKind.SUBSCRIPTION, 999_999) is None
        assert await load(db, FeedKind.AGENDA, 999_999) is None


def parse(body: bytes) -> dict[str, tuple[str, int]]:
    """UID -> (STATUS, SEQUENCE) of each VEVENT, read with icalendar."""
    calendar = Calendar.from_ical(body)
    return {
        str(c["UID"]): (str(c["STATUS"]), int(str(c["SEQUENCE"]))) for c in calendar.walk("VEVENT")
    }
