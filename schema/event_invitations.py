"""Event invitations sent by the app: parse, delegate to server/registrations, shape.

Tokens travel only in the messages: no field here returns one. The preview and opening an
account are public (the link is the key); everything else is for the event's organizers.
"""

from __future__ import annotations

from datetime import datetime

import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession

from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED, PUBLIC
from schema.types.accounts import User
from schema.types.common import parse_id, parse_optional_id
from schema.units import in_transaction, in_transaction_with_outbox
from server.db import utcnow
from server.events.localtime import zone
from server.events.models import EventKind, EventStatus
from server.messaging.outbox import Outbox
from server.orgs.models import Channel
from server.registrations import opening, sending
from server.registrations.models import Invitation
from server.registrations.sending import InvitationStatus

strawberry.enum(InvitationStatus, name="InvitationStatus")


@strawberry.type(description="An invitation to an event, as its organizers see it.")
class EventInvitation:
    id: strawberry.ID
    event_id: strawberry.ID
    status: InvitationStatus
    invitee_name: str | None = strawberry.field(
        description="The person's name, or the guest's as the organizer typed it."
    )
    channel: Channel | None = strawberry.field(
        description="How it was sent; null for a code handed over by hand."
    )
    sent_to: str | None = strawberry.field(description="The masked address it went to.")
    sent_at: datetime
    expires_at: datetime | None
    used_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def of(cls, row: Invitation, name: str | None, status: InvitationStatus) -> EventInvitation:
        return cls(
            id=strawberry.ID(str(row.id)),
            event_id=strawberry.ID(str(row.event_id)),
            status=status,
            invitee_name=name,
            channel=row.channel,
            sent_to=row.sent_to,
            sent_at=row.created_at,
            expires_at=row.expires_at,
            used_at=row.used_at,
            revoked_at=row.revoked_at,
        )

    @classmethod
    def now(cls, row: Invitation, name: str | None) -> EventInvitation:
        return cls.of(row, name, sending.status_of(row, utcnow()))


@strawberry.type(description="Where an invited event happens.")
class InvitationVenue:
    name: str
    address: str | None
    city: str | None
    country: str | None


@strawberry.type(description="What an invitation link shows before anything else.")
class EventInvitationPreview:
    event_id: strawberry.ID
    title: str
    kind: EventKind
    status: EventStatus
    time_zone: str = strawberry.field(description="The IANA zone the event happens in.")
    starts_at: datetime
    ends_at: datetime
    local_start: str = strawberry.field(description="The start in the event's own zone.")
    local_end: str
    all_day: bool
    host_name: str
    venue: InvitationVenue | None
    online: bool = strawberry.field(description="Whether it happens (also) online.")
    expires_at: datetime | None
    invitee_name: str | None
    account_email: str | None = strawberry.field(
        description="The address a new account would sign in with; null by phone."
    )
    can_open_account: bool = strawberry.field(
        description="Whether the invitee may open an account with this link (they have none)."
    )

    @classmethod
    def of(cls, found: opening.InvitationPreview) -> EventInvitationPreview:
        event, venue = found.event, found.venue
        tz = zone(event.time_zone)
        return cls(
            event_id=strawberry.ID(str(event.id)),
            title=event.title,
            kind=event.kind,
            status=event.status,
            time_zone=event.time_zone,
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            local_start=event.starts_at.astimezone(tz).isoformat(),
            local_end=event.ends_at.astimezone(tz).isoformat(),
            all_day=event.all_day,
            host_name=found.host_name,
            venue=None
            if venue is None
            else InvitationVenue(
                name=venue.name, address=venue.address, city=venue.city, country=venue.country
            ),
            online=found.online,
            expires_at=found.expires_at,
            invitee_name=found.invitee_name,
            account_email=found.account_email,
            can_open_account=found.can_open_account,
        )


@strawberry.type
class SendEventInvitationPayload:
    invitation: EventInvitation | None = None
    already_pending: bool = strawberry.field(
        default=False,
        description="True when this person already had a pending invitation: it is returned "
        "and nothing is sent (resend it for a new link).",
    )
    errors: list[FieldError]


@strawberry.type
class EventInvitationPayload:
    invitation: EventInvitation | None = None
    errors: list[FieldError]


@strawberry.type
class OpenAccountPayload:
    user: User | None = None
    errors: list[FieldError]


def _payload(
    done: tuple[Invitation, str | None] | None, errors: list[FieldError]
) -> EventInvitationPayload:
    if done is None:
        return EventInvitationPayload(errors=errors)
    return EventInvitationPayload(invitation=EventInvitation.now(*done), errors=[])


def _limit(info: Info) -> sending.SendLimit:
    settings = info.context.runtime.settings
    return sending.SendLimit(
        limiter=info.context.runtime.rate_limiter,
        per_window=settings.account_invitations_per_window,
        window_seconds=settings.account_invitation_window_seconds,
    )


@strawberry.type
class EventInvitationQueries:
    @strawberry.field(
        permission_classes=PUBLIC,
        description="The event behind an invitation link; null if the link is unknown, used, "
        "expired or revoked. Spends nothing.",
    )
    async def event_invitation(self, info: Info, token: str) -> EventInvitationPreview | None:
        async with info.context.runtime.db.read() as session:
            found = await opening.preview_invitation(session, token=token, now=utcnow())
        return EventInvitationPreview.of(found) if found else None


@strawberry.type
class EventInvitationMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Invite a person of your network (`personId`, by email or SMS) or a guest "
        "(`email`) to an event you organize. If they already have a pending invitation, it "
        "is returned and nothing is sent.",
    )
    async def send_event_invitation(
        self,
        info: Info,
        event_id: strawberry.ID,
        person_id: strawberry.ID | None = None,
        email: str | None = None,
        guest_name: str | None = None,
        channel: Channel | None = None,
    ) -> SendEventInvitationPayload:
        principal = info.context.principal
        limit = _limit(info)

        async def work(s: AsyncSession, outbox: Outbox) -> tuple[sending.Sent, str | None]:
            sent = await sending.send_invitation(
                s,
                principal=principal,
                outbox=outbox,
                event_id=parse_id(event_id, "eventId"),
                person_id=parse_optional_id(person_id, "personId"),
                email=email,
                guest_name=guest_name,
                channel=channel,
                now=utcnow(),
                limit=limit,
            )
            return sent, await sending.invitee_name(s, sent.invitation)

        done, errors = await in_transaction_with_outbox(info, work)
        if done is None:
            return SendEventInvitationPayload(errors=errors)
        sent, name = done
        return SendEventInvitationPayload(
            invitation=EventInvitation.now(sent.invitation, name),
            already_pending=sent.already_pending,
            errors=[],
        )

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Withdraw an invitation: its link stops working at once.",
    )
    async def revoke_event_invitation(
        self, info: Info, id: strawberry.ID
    ) -> EventInvitationPayload:
        principal = info.context.principal

        async def work(s: AsyncSession) -> tuple[Invitation, str | None]:
            row = await sending.revoke_invitation(
                s, principal=principal, invitation_id=parse_id(id, "id"), now=utcnow()
            )
            return row, await sending.invitee_name(s, row)

        done, errors = await in_transaction(info, work)
        return _payload(done, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Send the invitee a new link the same way; the old link stops working. "
        "Resending the same invitation again returns the new one without sending twice.",
    )
    async def resend_event_invitation(
        self, info: Info, id: strawberry.ID
    ) -> EventInvitationPayload:
        principal = info.context.principal
        limit = _limit(info)

        async def work(s: AsyncSession, outbox: Outbox) -> tuple[Invitation, str | None]:
            row = await sending.resend_invitation(
                s,
                principal=principal,
                outbox=outbox,
                invitation_id=parse_id(id, "id"),
                now=utcnow(),
                limit=limit,
            )
            return row, await sending.invitee_name(s, row)

        done, errors = await in_transaction_with_outbox(info, work)
        return _payload(done, errors)

    @strawberry.mutation(
        permission_classes=PUBLIC,
        description="Open your account with an event invitation link and a password of your "
        "choice. Signs nobody in and registers nobody: sign in, then register.",
    )
    async def open_account_with_invitation(
        self, info: Info, token: str, password: str, name: str = ""
    ) -> OpenAccountPayload:
        network = info.context.runtime.settings.network_name
        user, errors = await in_transaction(
            info,
            lambda s: opening.open_account(
                s, token=token, name=name, password=password, now=utcnow(), network_name=network
            ),
        )
        return OpenAccountPayload(user=User.from_row(user) if user else None, errors=errors)
