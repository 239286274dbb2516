"""Answering requests: co-hosting an event, speaking or moderating in a session."""

from __future__ import annotations

import strawberry

from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED
from schema.types.common import parse_id, parse_optional_id
from schema.types.events import Event
from schema.units import in_transaction
from server.events import consent


@strawberry.type
class CoHostingPayload:
    event: Event | None = strawberry.field(
        default=None, description="The event; null after declining, as it may now be hidden."
    )
    errors: list[FieldError]


@strawberry.type
class SpeakingPayload:
    ok: bool = False
    errors: list[FieldError]


@strawberry.type
class ConsentMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Accept co-hosting an event, as an organizer of the organization asked: "
        "its organizers may then edit the event. NOT_FOUND for anyone else.",
    )
    async def accept_co_hosting(
        self, info: Info, event_id: strawberry.ID, organization_id: strawberry.ID
    ) -> CoHostingPayload:
        return await _answer_cohosting(info, event_id, organization_id, accept=True)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Decline co-hosting an event (or stop co-hosting it).",
    )
    async def decline_co_hosting(
        self, info: Info, event_id: strawberry.ID, organization_id: strawberry.ID
    ) -> CoHostingPayload:
        return await _answer_cohosting(info, event_id, organization_id, accept=False)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Accept speaking or moderating in a session: yourself, or as a network "
        "admin for `personId`. Until then the programme shows you only to its organizers.",
    )
    async def accept_speaking(
        self, info: Info, session_id: strawberry.ID, person_id: strawberry.ID | None = None
    ) -> SpeakingPayload:
        return await _answer_speaking(info, session_id, person_id, accept=True)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED, description="Decline speaking or moderating."
    )
    async def decline_speaking(
        self, info: Info, session_id: strawberry.ID, person_id: strawberry.ID | None = None
    ) -> SpeakingPayload:
        return await _answer_speaking(info, session_id, person_id, accept=False)


async def _answer_cohosting(
    info: Info, event_id: strawberry.ID, organization_id: strawberry.ID, *, accept: bool
) -> CoHostingPayload:
    principal = info.context.principal
    row, errors = await in_transaction(
        info,
        lambda s: consent.answer_cohosting(
            s,
            principal=principal,
            event_id=parse_id(event_id, "eventId"),
            organization_id=parse_id(organization_id, "organizationId"),
            accept=accept,
        ),
    )
    shown = Event.from_row(row) if row is not None and accept else None
    return CoHostingPayload(event=shown, errors=errors)


async def _answer_speaking(
    info: Info, session_id: strawberry.ID, person_id: strawberry.ID | None, *, accept: bool
) -> SpeakingPayload:
    principal = info.context.principal
    person = parse_optional_id(person_id, "personId") or principal.person_id or 0
    row, errors = await in_transaction(
        info,
        lambda s: consent.answer_speaking(
            s,
            principal=principal,
            session_id=parse_id(session_id, "sessionId"),
            person_id=person,
            accept=accept,
        ),
    )
    return SpeakingPayload(ok=row is not None, errors=errors)
