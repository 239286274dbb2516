"""Event flows: every caller that moves an event tells the people who hold a place."""

from __future__ import annotations

from datetime import datetime

import pytest

from server.db import Database
from server.events import flows
from server.events.inputs import EventChanges
from server.kit.errors import NotFound
from server.notifications.service import Outbox
from server.orgs.models import Role
from server.registrations.models import Registration, RegistrationStatus
from tests.conftest import ROOT
from tests.schema.conftest import make_person
from tests.server.events.test_service import Cast, create, local_input, make_cast

JUNE = datetime(2026, 6, 10, 9, 0)


async def seated_event(db: Database, cast: Cast) -> int:
    """A published event of the cast's host with one registered person who has a phone."""
    event = await create(db, cast, local_input(JUNE), publish=True)
    assert event.id is not None
    person = await make_person(
        db, org_id=cast.host, role=Role.OBSERVER, name="Ama", phones=["+254712000009"]
    )
    async with db.transaction() as session:
        session.add(
            Registration(event_id=event.id, person_id=person, status=RegistrationStatus.REGISTERED)
        )
    return event.id


class TestFlows:
    """Issue 7, deliverable 1: the change notice lived in a GraphQL resolver, so any other
    caller (a command, a job) could move an event without registrants hearing of it."""

    async def test_each_material_change_stores_one_notice_per_registrant(
        self, db: Database
    ) -> None:
        cast = await make_cast(db)
        event_id = await seated_event(db, cast)
        outbox = Outbox(gateway="outbox")
        async with db.transaction() as session:
            await flows.update_event(
                session,
                principal=cast.organizer,
                event_id=event_id,
                changes=EventChanges(
                    starts_at=JUNE.replace(hour=10), ends_at=JUNE.replace(hour=12)
                ),
                following=False,
                outbox=outbox,
            )
            await flows.update_event(
                session,
                principal=cast.organizer,
                event_id=event_id,
                changes=EventChanges(title="Same time"),
                following=False,
                outbox=outbox,
            )
            await flows.postpone_event(
                session, principal=ROOT, event_id=event_id, reason="Rain", outbox=outbox
            )
        assert len(outbox.message_ids) == 2

    async def test_a_hidden_event_answers_like_a_missing_one_and_sends_nothing(
        self, db: Database
    ) -> None:
        cast = await make_cast(db)
        event = await create(db, cast, local_input(JUNE))  # a draft: hidden from outsiders
        assert event.id is not None
        outbox = Outbox(gateway="outbox")
        for event_id in (event.id, 999_999):
            async with db.transaction() as session:
                with pytest.raises(NotFound, match="No such event"):
                    await flows.cancel_event(
                        session,
                        principal=cast.outsider,
                        event_id=event_id,
                        reason="x",
                        outbox=outbox,
                    )
        assert outbox.message_ids == []
