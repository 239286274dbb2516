"""The web calendar's events query: only the visible range, and no statement per event for the
viewer's own registrations (the Registered marker)."""

from __future__ import annotations

from datetime import datetime, timedelta

from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World
from tests.schema.test_events_read import make_event, register
from tests.sqlcount import count_statements

# The fields web/src/api/operations.ts asks for in its Events query.
CALENDAR = """
query($filter: EventFilter) {
  events(first: 100, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id title kind status statusReason timeZone startsAt endsAt allDay tags visibility
      myRegistration { id status }
      hostOrganization { id name }
      venue { id name city }
    }
  }
}
"""
# April 2026 in Nairobi (+03:00), as the page sends a month in the viewer's zone.
APRIL = {"endsAfter": "2026-03-31T21:00:00Z", "startsBefore": "2026-04-30T21:00:00Z"}
# The caller's session and roles (2), the page (1), then one batch each, whatever the number of
# events: host organizations and the caller's own registrations (2). (These events have no
# venue, so the venue loader has nothing to load.)
STATEMENTS = 2 + 1 + 2


async def seed_days(runtime: Runtime, world: World, *, start: int, stop: int) -> None:
    """One Kenya Forum event a day from 1 April 2026; the observer registered for each."""
    for i in range(start, stop):
        event_id = await make_event(
            runtime.db,
            world.kenya,
            title=f"Day {i}",
            starts_at=datetime(2026, 4, 1, 10, 0) + timedelta(days=i),
        )
        await register(runtime.db, world, event_id=event_id, person_id=world.observer.person_id)


async def calendar(runtime: Runtime, gql: GraphQLClient, token: str) -> tuple[list[str], int]:
    with count_statements(runtime.db.engine) as log:
        body = await gql.execute(CALENDAR, {"filter": APRIL}, token=token)
    assert "errors" not in body, body
    nodes = body["data"]["events"]["nodes"]
    assert {n["myRegistration"]["status"] for n in nodes} == {"REGISTERED"}
    return [n["title"] for n in nodes], log.count


class TestCalendarQuery:
    async def test_the_month_costs_the_same_for_5_and_30_events_with_registrations(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        await seed_days(runtime, world, start=0, stop=5)
        titles, small = await calendar(runtime, gql, world.observer.token)
        assert titles == [f"Day {i}" for i in range(5)]

        # Up to 4 May: the days after April stay out of April's page.
        await seed_days(runtime, world, start=5, stop=34)
        titles, large = await calendar(runtime, gql, world.observer.token)
        assert titles == [f"Day {i}" for i in range(30)]
        assert small == large == STATEMENTS
