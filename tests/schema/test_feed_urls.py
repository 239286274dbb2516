"""GraphQL: where an event's, its series' and an organization's calendar feeds are."""

from __future__ import annotations

from server.db import Database
from server.events.models import EventSeries
from tests.conftest import PASSWORD, GraphQLClient, make_user
from tests.schema.conftest import make_org
from tests.server.calendars.test_public import NOW, add_event

BASE = "http://127.0.0.1:8000"  # the embedded default's link base (PUBLIC_BASE_URL unset)


class TestFeedUrls:
    async def test_event_series_and_organization_feed_urls(
        self, db: Database, gql: GraphQLClient
    ) -> None:
        host = await make_org(db, "Host")
        await make_user(db, email="root@example.org", is_superuser=True)
        await gql.sign_in("root@example.org", PASSWORD)
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
        single = await add_event(db, host)
        occurrence = await add_event(db, host, series_id=series.id, recurrence_id=NOW)
        query = (
            "query($a: ID!, $b: ID!, $o: ID!) { a: event(id: $a) { icsUrl seriesFeedUrl }"
            " b: event(id: $b) { icsUrl seriesFeedUrl } organization(id: $o) { feedUrl } }"
        )
        body = await gql.execute(query, {"a": str(single), "b": str(occurrence), "o": str(host)})
        assert "errors" not in body, body
        assert body["data"] == {
            "a": {"icsUrl": f"{BASE}/feeds/events/{single}.ics", "seriesFeedUrl": None},
            "b": {
                "icsUrl": f"{BASE}/feeds/events/{occurrence}.ics",
                "seriesFeedUrl": f"{BASE}/feeds/series/{series.id}.ics",
            },
            "organization": {"feedUrl": f"{BASE}/feeds/organizations/{host}.ics"},
        }
