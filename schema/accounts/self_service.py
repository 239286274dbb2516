"""The account page: password, sessions and settings, each for the caller's own account."""

from __future__ import annotations

import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession

from schema.accounts.sign_in import throttle_of
from schema.accounts.two_factor import OkPayload
from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED
from schema.types.accounts import User
from schema.types.common import parse_id
from schema.units import in_transaction
from server.accounts import self_service, sessions
from server.orgs.models import Channel


@strawberry.type
class EndSessionsPayload:
    ended: int
    errors: list[FieldError]


@strawberry.input
class AccountSettingsInput:
    display_name: str | None = None
    preferred_language: str | None = strawberry.field(
        default=None, description="A language tag: en, fr, es, ar, or another like pt-BR."
    )
    time_zone: str | None = strawberry.field(
        default=None, description="An IANA time zone, like Africa/Nairobi."
    )
    notify_by: Channel | None = None


@strawberry.type
class AccountSettingsPayload:
    user: User | None = None
    errors: list[FieldError]


@strawberry.type
class SelfServiceMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Change your password; every other session of your account ends.",
    )
    async def change_password(
        self, info: Info, current_password: str, new_password: str
    ) -> OkPayload:
        principal, throttle = info.context.principal, throttle_of(info)
        ended, errors = await in_transaction(
            info,
            lambda s: self_service.change_password(
                s,
                principal=principal,
                current_password=current_password,
                new_password=new_password,
                throttle=throttle,
            ),
        )
        return OkPayload(ok=ended is not None, errors=errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED, description="End one of your own sessions."
    )
    async def end_session(self, info: Info, id: strawberry.ID) -> EndSessionsPayload:
        principal = info.context.principal
        session_id = parse_id(id, "id")
        async with info.context.runtime.db.transaction() as session:
            ended = await sessions.end_session(session, principal=principal, session_id=session_id)
        return EndSessionsPayload(ended=ended, errors=[])

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Sign out everywhere except on this device.",
    )
    async def end_other_sessions(self, info: Info) -> EndSessionsPayload:
        principal = info.context.principal
        async with info.context.runtime.db.transaction() as session:
            ended = await sessions.end_other_sessions(session, principal=principal)
        return EndSessionsPayload(ended=ended, errors=[])

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def update_account_settings(
        self, info: Info, input: AccountSettingsInput
    ) -> AccountSettingsPayload:
        principal = info.context.principal
        changes = self_service.SettingsChanges(
            display_name=input.display_name,
            preferred_language=input.preferred_language,
            time_zone=input.time_zone,
            notify_by=input.notify_by,
        )

        async def work(session: AsyncSession) -> User:
            row = await self_service.update_settings(session, principal=principal, changes=changes)
            return User.from_row(row, own=True)

        user, errors = await in_transaction(info, work)
        return AccountSettingsPayload(user=user, errors=errors)
