"""Mutations of events and series: parse the input, delegate to server/events, shape the answer.

Times in inputs are the event's local wall-clock ("14:00", no offset) in the event's zone, the
way organizers think; a time sent with an offset is taken as that instant. Every mutation runs
in one transaction; invalid input comes back in `errors` and changes nothing. Messages stored
by a mutation ("event changed") are handed to the job queue only after the commit.
"""

from __future__ import annotations

import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession

from schema.context import Info
from schema.errors import FieldError
from schema.events.inputs import (
    CreateEventInput,
    EditScope,
    UpdateEventInput,
    event_changes,
    event_input,
)
from schema.permissions import AUTHENTICATED
from schema.types.common import parse_id
from schema.types.events import Event
from schema.units import in_transaction, in_transaction_with_outbox
from server.events import flows, series
from server.events import service as events
from server.events.models import Event as EventRow
from server.notifications.service import Outbox


@strawberry.type
class EventPayload:
    event: Event | None = None
    events: list[Event] = strawberry.field(
        default_factory=list,
        description="Every event the mutation changed: several for a series or for "
        "THIS_AND_FOLLOWING, else just `event`.",
    )
    errors: list[FieldError]

    @classmethod
    def of(cls, rows: list[EventRow] | None, errors: list[FieldError]) -> EventPayload:
        if not rows:
            return cls(errors=errors)
        nodes = [Event.from_row(r) for r in rows]
        return cls(event=nodes[0], events=nodes, errors=errors)


@strawberry.type
class EventMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="A draft event, for organizers of the host organization. Co-hosts named "
        "here are asked; they gain nothing until their organizers accept.",
    )
    async def create_event(self, info: Info, input: CreateEventInput) -> EventPayload:
        principal = info.context.principal

        async def work(session: AsyncSession) -> list[EventRow]:
            host, data = event_input(input)
            event = await events.create_event(
                session, principal=principal, host_organization_id=host, data=data
            )
            return [event]

        rows, errors = await in_transaction(info, work)
        return EventPayload.of(rows, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="A recurring series (RRULE with COUNT or UNTIL, e.g. FREQ=MONTHLY;"
        "BYDAY=1TU;COUNT=6) whose first occurrence is `input`: one draft event per occurrence.",
    )
    async def create_event_series(
        self, info: Info, input: CreateEventInput, rrule: str
    ) -> EventPayload:
        principal = info.context.principal

        async def work(session: AsyncSession) -> list[EventRow]:
            host, data = event_input(input)
            _, rows = await series.create_series(
                session, principal=principal, host_organization_id=host, rrule=rrule, data=data
            )
            return rows

        rows, errors = await in_transaction(info, work)
        return EventPayload.of(rows, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Edit an event (organizers of the host and accepted co-hosts). For an "
        "occurrence of a series, THIS_AND_FOLLOWING applies the edit to it and every later "
        "occurrence. People with a place hear about changes of time, place and status.",
    )
    async def update_event(
        self,
        info: Info,
        id: strawberry.ID,
        input: UpdateEventInput,
        scope: EditScope = EditScope.THIS_EVENT,
    ) -> EventPayload:
        principal = info.context.principal

        async def work(session: AsyncSession, outbox: Outbox) -> list[EventRow]:
            event_id = parse_id(id, "id")
            changes = event_changes(input)
            return await flows.update_event(
                session,
                principal=principal,
                event_id=event_id,
                changes=changes,
                following=scope is EditScope.THIS_AND_FOLLOWING,
                outbox=outbox,
            )

        rows, errors = await in_transaction_with_outbox(info, work)
        return EventPayload.of(rows, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Publish a draft, or bring a postponed event back on.",
    )
    async def publish_event(self, info: Info, id: strawberry.ID) -> EventPayload:
        principal = info.context.principal

        async def work(session: AsyncSession, outbox: Outbox) -> list[EventRow]:
            event_id = parse_id(id, "id")
            row = await flows.publish_event(
                session, principal=principal, event_id=event_id, outbox=outbox
            )
            return [row]

        rows, errors = await in_transaction_with_outbox(info, work)
        return EventPayload.of(rows, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED, description="Postpone, saying why (required)."
    )
    async def postpone_event(self, info: Info, id: strawberry.ID, reason: str) -> EventPayload:
        principal = info.context.principal

        async def work(session: AsyncSession, outbox: Outbox) -> list[EventRow]:
            event_id = parse_id(id, "id")
            row = await flows.postpone_event(
                session, principal=principal, event_id=event_id, reason=reason, outbox=outbox
            )
            return [row]

        rows, errors = await in_transaction_with_outbox(info, work)
        return EventPayload.of(rows, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Cancel, saying why (required). Calendars are told; the event stays listed "
        "as cancelled.",
    )
    async def cancel_event(self, info: Info, id: strawberry.ID, reason: str) -> EventPayload:
        principal = info.context.principal

        async def work(session: AsyncSession, outbox: Outbox) -> list[EventRow]:
            event_id = parse_id(id, "id")
            row = await flows.cancel_event(
                session, principal=principal, event_id=event_id, reason=reason, outbox=outbox
            )
            return [row]

        rows, errors = await in_transaction_with_outbox(info, work)
        return EventPayload.of(rows, errors)
