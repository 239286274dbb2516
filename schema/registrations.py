"""Mutations of registrations and invitations: parse, delegate to server/registrations, shape.

Registering, offers and invitations store their messages in the outbox of the mutation's
transaction; they are handed to the job queue only after the commit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED
from schema.types.common import parse_id, parse_optional_id
from schema.types.events import Invitation, Registration
from schema.units import in_transaction, in_transaction_with_outbox
from server.db import utcnow
from server.registrations import service as registrations
from server.registrations import waitlist


@strawberry.type
class RegistrationPayload:
    registration: Registration | None = None
    errors: list[FieldError]

    @classmethod
    def of(cls, row: Any, errors: list[FieldError]) -> RegistrationPayload:
        return cls(registration=Registration.from_row(row) if row else None, errors=errors)


@strawberry.type
class InvitationPayload:
    invitation: Invitation | None = None
    token: str | None = strawberry.field(
        default=None, description="Shown once: send it to the guest; it works one time."
    )
    errors: list[FieldError]


@strawberry.type
class RegistrationMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Register yourself (or, as an organizer, `personId`) for the event or one "
        "of its sessions: a seat while there is one, else a place on the waitlist. Registering "
        "again returns the same registration.",
    )
    async def register(
        self,
        info: Info,
        event_id: strawberry.ID,
        session_id: strawberry.ID | None = None,
        person_id: strawberry.ID | None = None,
    ) -> RegistrationPayload:
        principal = info.context.principal
        row, errors = await in_transaction_with_outbox(
            info,
            lambda s, outbox: registrations.register(
                s,
                principal=principal,
                event_id=parse_id(event_id, "eventId"),
                session_id=parse_optional_id(session_id, "sessionId"),
                person_id=parse_optional_id(person_id, "personId"),
                now=utcnow(),
                outbox=outbox,
            ),
        )
        return RegistrationPayload.of(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Give up a seat, an offer or a place in line; a freed seat is offered to "
        "the next person waiting.",
    )
    async def cancel_registration(self, info: Info, id: strawberry.ID) -> RegistrationPayload:
        principal = info.context.principal
        row, errors = await in_transaction_with_outbox(
            info,
            lambda s, outbox: registrations.cancel_registration(
                s,
                principal=principal,
                registration_id=parse_id(id, "id"),
                now=utcnow(),
                outbox=outbox,
            ),
        )
        return RegistrationPayload.of(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED, description="Take the seat you were offered."
    )
    async def accept_offer(self, info: Info, registration_id: strawberry.ID) -> RegistrationPayload:
        principal = info.context.principal
        row, errors = await in_transaction(
            info,
            lambda s: waitlist.accept_offer(
                s,
                principal=principal,
                registration_id=parse_id(registration_id, "registrationId"),
                now=utcnow(),
            ),
        )
        return RegistrationPayload.of(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Turn an offered seat down; it goes to the next person waiting.",
    )
    async def decline_offer(
        self, info: Info, registration_id: strawberry.ID
    ) -> RegistrationPayload:
        principal = info.context.principal
        row, errors = await in_transaction_with_outbox(
            info,
            lambda s, outbox: waitlist.decline_offer(
                s,
                principal=principal,
                registration_id=parse_id(registration_id, "registrationId"),
                now=utcnow(),
                outbox=outbox,
            ),
        )
        return RegistrationPayload.of(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="A single-use invitation (organizers). Bind it to a person to make it "
        "theirs alone.",
    )
    async def create_invitation(
        self,
        info: Info,
        event_id: strawberry.ID,
        person_id: strawberry.ID | None = None,
        email: str | None = None,
        expires_at: datetime | None = None,
    ) -> InvitationPayload:
        principal = info.context.principal
        issued, errors = await in_transaction(
            info,
            lambda s: registrations.create_invitation(
                s,
                principal=principal,
                event_id=parse_id(event_id, "eventId"),
                person_id=parse_optional_id(person_id, "personId"),
                email=email,
                expires_at=expires_at,
            ),
        )
        if issued is None:
            return InvitationPayload(errors=errors)
        invitation, token = issued
        return InvitationPayload(invitation=Invitation.from_row(invitation), token=token, errors=[])

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Use an invitation token to register yourself (once).",
    )
    async def accept_invitation(self, info: Info, token: str) -> RegistrationPayload:
        principal = info.context.principal
        row, errors = await in_transaction_with_outbox(
            info,
            lambda s, outbox: registrations.accept_invitation(
                s, principal=principal, token=token, now=utcnow(), outbox=outbox
            ),
        )
        return RegistrationPayload.of(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Mark a registered person as present (organizers); the first time stays.",
    )
    async def check_in(self, info: Info, registration_id: strawberry.ID) -> RegistrationPayload:
        principal = info.context.principal
        row, errors = await in_transaction(
            info,
            lambda s: registrations.check_in(
                s,
                principal=principal,
                registration_id=parse_id(registration_id, "registrationId"),
                now=utcnow(),
            ),
        )
        return RegistrationPayload.of(row, errors)
