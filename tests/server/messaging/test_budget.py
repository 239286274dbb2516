"""Each organization may cause a bounded number of text messages per rolling 24 hours."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from server.db import Database, utcnow
from server.messaging.gateway import OutboxGateway
from server.messaging.outbox import Outbox
from server.messaging.service import BUDGET_EXCEEDED, queue_sms
from server.orgs.models import Role
from server.registrations import service
from server.registrations.models import RegistrationStatus
from server.registrations.tasks import expire_waitlist_offers
from server.runtime import Runtime, job_context
from server.settings import Settings
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, make_org, world
from tests.schema.test_events_write import CANCEL, REGISTER, create_event, messages, mutate, seats
from tests.server.registrations.conftest import (
    Setup,
    _member,
    make_event,
    messages_to,
    outbox,
    setup,
    statuses,
)

__all__ = ["setup", "world"]  # the fixtures, shared with the GraphQL and registration tests

COORDINATOR_PHONE = "+254712000003"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"sms_budget_per_organization": 2})


async def spend(db: Database, organization_id: int, count: int, *, hours_ago: int = 0) -> None:
    """Messages already sent on the organization's behalf."""
    async with db.transaction() as session:
        for i in range(count):
            message = await queue_sms(
                session,
                outbox=Outbox(gateway="outbox"),
                to="+254712999999",
                body="earlier",
                idempotency_key=f"earlier:{organization_id}:{hours_ago}:{i}",
                organization_id=organization_id,
            )
            message.created_at = utcnow() - timedelta(hours=hours_ago)


class TestMessageBudgetInRequests:
    """Issue 7, finding 5: nothing limited how many messages an organization could cause."""

    async def _full_event(self, gql: GraphQLClient, world: World) -> tuple[str, str]:
        event_id = await create_event(
            gql, world.organizer.token, world.kenya, publish=True, capacity=1
        )
        held = await mutate(gql, REGISTER, {"event": event_id}, world.observer.token)
        await mutate(gql, REGISTER, {"event": event_id}, world.coordinator.token)
        return event_id, held["registration"]["id"]

    async def test_a_request_beyond_the_budget_is_refused_and_changes_nothing(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        event_id, held = await self._full_event(gql, world)
        await spend(runtime.db, world.kenya, 2)

        refused = await mutate(gql, CANCEL, {"id": held}, world.observer.token)
        assert [e["code"] for e in refused["errors"]] == [BUDGET_EXCEEDED]
        # The seat is still held and nobody was offered anything or texted.
        shown = await seats(gql, event_id, world.observer.token)
        assert shown["myRegistration"]["status"] == "REGISTERED"
        assert (await seats(gql, event_id, world.coordinator.token))["myRegistration"][
            "status"
        ] == "WAITLISTED"
        assert await messages(runtime, COORDINATOR_PHONE) == []

    async def test_the_budget_rolls_and_is_counted_per_organization(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        _, held = await self._full_event(gql, world)
        await spend(runtime.db, world.kenya, 2, hours_ago=25)
        await spend(runtime.db, world.ghana, 5)
        await spend(runtime.db, world.kenya, 1)

        cancelled = await mutate(gql, CANCEL, {"id": held}, world.observer.token)
        assert cancelled["errors"] == []
        (offer,) = await messages(runtime, COORDINATOR_PHONE)
        assert "seat is free" in offer


async def expired_offer(db: Database, setup: Setup, title: str) -> int:
    """Attendee 1 holds an offer that expired; attendee 2 is next in line (one seat)."""
    event = await make_event(db, setup.host, capacity=1, offer_minutes=30, title=title)
    past = utcnow() - timedelta(hours=1)
    placed = []
    for i, member in enumerate(setup.attendees[:3]):
        async with db.transaction() as session:
            placed.append(
                await service.register(
                    session,
                    principal=member.principal,
                    event_id=event,
                    now=past + timedelta(seconds=i),
                    outbox=outbox(),
                )
            )
    async with db.transaction() as session:
        await service.cancel_registration(
            session,
            principal=setup.attendees[0].principal,
            registration_id=placed[0].id or 0,
            now=past,
            outbox=outbox(),
        )
    return event


class TestMessageBudgetInJobs:
    """Issue 7, finding 5: the offer sweep holds an organization's events at its budget."""

    async def test_the_sweep_holds_events_of_an_organization_at_its_budget(
        self,
        db: Database,
        settings: Settings,
        setup: Setup,
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        held_event = await expired_offer(db, setup, "Kenya forum")
        # Another organization with its own expired offer and budget to spare.
        other = await make_org(db, "Uganda Voice", country="UG")
        other_setup = Setup(
            host=other,
            organizer=setup.organizer,
            attendees=[
                await _member(
                    db,
                    org_id=other,
                    role=Role.OBSERVER,
                    name=f"Ugandan {i}",
                    phone=f"+25670000000{i}",
                )
                for i in range(4)
            ],
            outsider=setup.outsider,
        )
        moved_event = await expired_offer(db, other_setup, "Uganda forum")
        # Each host has stored one offer; expiring it takes two more texts (the notice and the
        # next offer). The Kenyan host has sent two other messages: it cannot.
        ctx = job_context(
            db, OutboxGateway(), settings.model_copy(update={"sms_budget_per_organization": 3})
        )
        await spend(db, setup.host, 2)

        with caplog.at_level(logging.INFO):
            assert await expire_waitlist_offers(ctx) == 1
        assert (await statuses(db, held_event))[setup.attendees[1].person_id] is (
            RegistrationStatus.OFFERED
        )
        assert len(await messages_to(db, setup.attendees[2].phone)) == 0
        assert (await statuses(db, moved_event))[other_setup.attendees[2].person_id] is (
            RegistrationStatus.OFFERED
        )
        # Counts only: no phone number in any log record.
        logged = " ".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
        assert "message budget" in logged and "+2547" not in logged and "+2567" not in logged

        # When the budget allows again, the next sweep takes the held event up.
        roomier = job_context(
            db, OutboxGateway(), settings.model_copy(update={"sms_budget_per_organization": 10})
        )
        assert await expire_waitlist_offers(roomier) == 1
        assert (await statuses(db, held_event))[setup.attendees[2].person_id] is (
            RegistrationStatus.OFFERED
        )
