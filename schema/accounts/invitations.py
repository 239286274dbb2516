"""Invitations to an account and password resets: parse, delegate, shape the answer.

Tokens travel only in the messages: no field here ever returns one.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import strawberry

from schema.accounts.status import AccountInvitation
from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED, PUBLIC
from schema.types.accounts import User
from schema.types.common import parse_id
from schema.units import in_transaction, in_transaction_with_outbox
from server.accounts import admin, invitations, reset
from server.http.identity import client_address
from server.kit.errors import RateLimited
from server.orgs.models import Channel


@strawberry.type(description="What the person sees on opening an invitation link.")
class InvitationPreview:
    person_name: str
    channel: Channel
    email: str | None = strawberry.field(
        description="The address the account will sign in with; null for SMS invitations."
    )
    expires_at: datetime


@strawberry.type
class InviteToAccountPayload:
    invitation: AccountInvitation | None = None
    errors: list[FieldError]


@strawberry.type
class AcceptAccountInvitationPayload:
    user: User | None = None
    errors: list[FieldError]


@strawberry.type
class RequestPasswordResetPayload:
    ok: bool = strawberry.field(
        description="True whether or not an account has this address or number."
    )
    errors: list[FieldError] = strawberry.field(
        description="Only for a malformed number, no address at all, or a client that asked "
        "too often; never about the account."
    )


@strawberry.type
class ResetPasswordPayload:
    ok: bool
    errors: list[FieldError]


@strawberry.type
class InvitationQueries:
    @strawberry.field(
        permission_classes=PUBLIC,
        description="The invitation behind a link; null if unknown, spent, expired or revoked. "
        "Spends nothing.",
    )
    async def account_invitation(self, info: Info, token: str) -> InvitationPreview | None:
        async with info.context.runtime.db.read() as session:
            found = await invitations.preview_invitation(session, token=token)
        if found is None:
            return None
        return InvitationPreview(
            person_name=found.person_name,
            channel=found.channel,
            email=found.email,
            expires_at=found.expires_at,
        )


def _invitation_limit(info: Info) -> invitations.InvitationLimit:
    settings = info.context.runtime.settings
    return invitations.InvitationLimit(
        limiter=info.context.runtime.rate_limiter,
        per_window=settings.account_invitations_per_window,
        window_seconds=settings.account_invitation_window_seconds,
    )


def _reset_throttle(info: Info) -> reset.ResetThrottle:
    settings = info.context.runtime.settings
    return reset.ResetThrottle(
        limiter=info.context.runtime.rate_limiter,
        per_identifier=settings.password_resets_per_identifier,
        per_client=settings.password_resets_per_client,
        window_seconds=settings.password_reset_window_seconds,
        secret=settings.secret_key.encode(),
        client=client_address(info.context.request),
    )


@strawberry.type
class InvitationMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Send a person you manage a link to open their account, by email or SMS "
        "(default: how they prefer to be told). Their older pending invitations are revoked.",
    )
    async def invite_to_account(
        self, info: Info, person_id: strawberry.ID, channel: Channel | None = None
    ) -> InviteToAccountPayload:
        principal = info.context.principal
        ttl = timedelta(hours=info.context.runtime.settings.account_invitation_ttl_hours)
        limit = _invitation_limit(info)
        row, errors = await in_transaction_with_outbox(
            info,
            lambda s, outbox: invitations.invite_to_account(
                s,
                principal=principal,
                outbox=outbox,
                person_id=parse_id(person_id, "personId"),
                channel=channel,
                ttl=ttl,
                limit=limit,
            ),
        )
        return _invitation_payload(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Revoke an invitation: its link stops working at once.",
    )
    async def revoke_account_invitation(
        self, info: Info, id: strawberry.ID
    ) -> InviteToAccountPayload:
        principal = info.context.principal
        row, errors = await in_transaction(
            info,
            lambda s: invitations.revoke_account_invitation(
                s, principal=principal, invitation_id=parse_id(id, "id")
            ),
        )
        return _invitation_payload(row, errors)

    @strawberry.mutation(
        permission_classes=PUBLIC,
        description="Choose a password with an invitation link and open the account. Signs "
        "nobody in: sign in next.",
    )
    async def accept_account_invitation(
        self, info: Info, token: str, password: str
    ) -> AcceptAccountInvitationPayload:
        network = info.context.runtime.settings.network_name
        user, errors = await in_transaction(
            info,
            lambda s: invitations.accept_account_invitation(
                s, token=token, password=password, network_name=network
            ),
        )
        return AcceptAccountInvitationPayload(
            user=User.from_row(user) if user else None, errors=errors
        )

    @strawberry.mutation(
        permission_classes=PUBLIC,
        description="Send a reset link to the account with this email or phone number, if "
        "there is one. The answer is the same either way.",
    )
    async def request_password_reset(
        self, info: Info, email: str | None = None, phone: str | None = None
    ) -> RequestPasswordResetPayload:
        settings = info.context.runtime.settings
        ttl = timedelta(minutes=settings.password_reset_ttl_minutes)
        throttle = _reset_throttle(info)
        try:
            _, errors = await in_transaction_with_outbox(
                info,
                lambda s, outbox: reset.request_password_reset(
                    s, outbox=outbox, email=email, phone=phone, ttl=ttl, throttle=throttle
                ),
            )
        except RateLimited as limited:
            errors = [FieldError(field=None, message=limited.message, code="rate_limited")]
        return RequestPasswordResetPayload(ok=not errors, errors=errors)

    @strawberry.mutation(
        permission_classes=PUBLIC,
        description="Choose a new password with a reset link. Every session of the account "
        "ends; none opens.",
    )
    async def reset_password(self, info: Info, token: str, password: str) -> ResetPasswordPayload:
        network = info.context.runtime.settings.network_name
        user, errors = await in_transaction(
            info,
            lambda s: reset.reset_password(s, token=token, password=password, network_name=network),
        )
        return ResetPasswordPayload(ok=user is not None, errors=errors)


def _invitation_payload(
    row: admin.InvitationRow | None, errors: list[FieldError]
) -> InviteToAccountPayload:
    if row is None:
        return InviteToAccountPayload(errors=errors)
    invitation = AccountInvitation.from_row(row.invitation, row.invited_by_name)
    return InviteToAccountPayload(invitation=invitation, errors=[])
