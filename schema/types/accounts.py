"""Users, roles and API tokens as the API shows them."""

from __future__ import annotations

import asyncio
from datetime import datetime

import strawberry

from schema.context import Info
from schema.types.orgs import Organization, Person
from server.accounts import models
from server.accounts import service as accounts
from server.accounts.models import SignInMethod
from server.accounts.policy import SignInPolicy
from server.accounts.self_service import AccountOverview, overview
from server.accounts.sessions import list_sessions
from server.orgs.models import Channel, Role

strawberry.enum(SignInMethod, name="SignInMethod")
# Channel is registered with the person types (schema/types/orgs.py), which import first.


@strawberry.type
class OrganizationRole:
    role: Role
    organization_id: strawberry.Private[int]

    @strawberry.field
    async def organization(self, info: Info) -> Organization:
        row = await info.context.loaders.organization.load(self.organization_id)
        assert row is not None
        return Organization.from_row(row)


@strawberry.type
class User:
    id: strawberry.ID
    email: str | None = strawberry.field(description="Null for accounts that sign in by phone.")
    display_name: str
    is_superuser: bool
    person_id: strawberry.Private[int | None]
    user_id: strawberry.Private[int]
    # The account's own view (sessions): for the signed-in caller, or the person who has just
    # proved who they are in this request; never for anyone else.
    own: strawberry.Private[bool] = False
    overview_task: strawberry.Private[asyncio.Task[AccountOverview] | None] = None

    @classmethod
    def from_row(cls, row: models.User, *, own: bool = False) -> User:
        assert row.id is not None
        return cls(
            id=strawberry.ID(str(row.id)),
            email=row.email,
            display_name=row.display_name,
            is_superuser=row.is_superuser,
            person_id=row.person_id,
            user_id=row.id,
            own=own,
        )

    async def _overview(self, info: Info) -> AccountOverview:
        # Sibling fields resolve concurrently: the first one starts the read, all share it.
        if self.overview_task is None:
            self.overview_task = asyncio.ensure_future(self._read_overview(info))
        return await self.overview_task

    async def _read_overview(self, info: Info) -> AccountOverview:
        policy = SignInPolicy.of(info.context.runtime.settings)
        async with info.context.runtime.db.read() as session:
            user = await accounts.get_user(session, user_id=self.user_id)
            return await overview(session, user=user, policy=policy)

    @strawberry.field(description="Whether sign-in asks for a code from an app after the password.")
    async def two_factor_enabled(self, info: Info) -> bool:
        return (await self._overview(info)).two_factor_enabled

    @strawberry.field(
        description="True when two-factor must be turned on before the account's roles apply."
    )
    async def two_factor_required(self, info: Info) -> bool:
        return (await self._overview(info)).two_factor_required

    @strawberry.field(description="Unused recovery codes (0 while two-factor is off).")
    async def recovery_codes_left(self, info: Info) -> int:
        return (await self._overview(info)).recovery_codes_left

    @strawberry.field
    async def preferred_language(self, info: Info) -> str:
        return (await self._overview(info)).preferred_language

    @strawberry.field
    async def time_zone(self, info: Info) -> str:
        return (await self._overview(info)).time_zone

    @strawberry.field(description="How notifications reach this person: SMS or email.")
    async def notify_by(self, info: Info) -> Channel:
        return (await self._overview(info)).notify_by

    @strawberry.field(description="Your own open sessions, newest first.")
    async def sessions(self, info: Info) -> list[AccountSession]:
        if not self.own:
            return []
        current = info.context.principal.session_id
        async with info.context.runtime.db.read() as session:
            rows = await list_sessions(session, user_id=self.user_id)
        return [AccountSession.from_row(row, current=row.id == current) for row in rows]

    @strawberry.field
    async def person(self, info: Info) -> Person | None:
        if self.person_id is None:
            return None
        row = await info.context.loaders.person.load(self.person_id)
        return Person.from_row(row) if row else None

    @strawberry.field(description="The roles you hold, one per organization.")
    async def roles(self, info: Info) -> list[OrganizationRole]:
        roles = info.context.principal.roles
        return [OrganizationRole(role=role, organization_id=org) for org, role in roles.items()]


@strawberry.type(description="A signed-in device or browser of your account.")
class AccountSession:
    id: strawberry.ID
    current: bool = strawberry.field(description="The session this request was made with.")
    method: SignInMethod
    user_agent: str | None
    created_at: datetime
    last_seen_at: datetime | None
    expires_at: datetime

    @classmethod
    def from_row(cls, row: models.AuthSession, *, current: bool) -> AccountSession:
        return cls(
            id=strawberry.ID(str(row.id)),
            current=current,
            method=row.method,
            user_agent=row.user_agent,
            created_at=row.created_at,
            last_seen_at=row.last_seen_at,
            expires_at=row.expires_at,
        )


@strawberry.type(description="A token for an integration. The secret is shown only once.")
class ApiToken:
    id: strawberry.ID
    name: str
    role: Role
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def from_row(cls, row: models.ApiToken) -> ApiToken:
        return cls(
            id=strawberry.ID(str(row.id)),
            name=row.name,
            role=row.role,
            prefix=row.prefix,
            created_at=row.created_at,
            last_used_at=row.last_used_at,
            revoked_at=row.revoked_at,
        )
