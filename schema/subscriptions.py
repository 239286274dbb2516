"""Live updates over graphql-transport-ws, fed by the event bus."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from enum import Enum

import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession

from schema.context import Context, Info
from schema.permissions import AUTHENTICATED
from schema.types.orgs import Organization
from server.accounts import service as accounts
from server.accounts.access import Principal
from server.kit.errors import NotAuthenticated
from server.orgs import service as orgs


async def still_signed_in(session: AsyncSession, context: Context) -> Principal:
    """The connection's caller as of now; NotAuthenticated once their token stopped working."""
    require_two_factor = context.runtime.settings.requires_two_factor_for_admins
    principal = (
        await accounts.principal_for_token(
            session, token=context.token, require_two_factor=require_two_factor
        )
        if context.token
        else None
    )
    if principal is None:
        raise NotAuthenticated("Your session has ended. Sign in again.")
    context.principal = principal
    return principal


@strawberry.enum
class ChangeKind(Enum):
    CREATED = "created"
    UPDATED = "updated"


@strawberry.type
class OrganizationChange:
    kind: ChangeKind
    organization: Organization


@strawberry.type
class Subscription:
    @strawberry.subscription(
        permission_classes=AUTHENTICATED,
        description="Organizations as they are created or changed.",
    )
    async def organization_changes(self, info: Info) -> AsyncGenerator[OrganizationChange, None]:
        runtime = info.context.runtime
        async with runtime.bus.subscribe("organizations") as messages:
            async for message in messages:
                # A fresh session per event: the connection's loaders would serve stale rows.
                async with runtime.db.read() as session:
                    # The caller is checked again for every event, so signing out or revoking
                    # the session (a phone taken at a checkpoint) ends the stream at once.
                    principal = await still_signed_in(session, info.context)
                    row = await orgs.get_organization(
                        session, principal=principal, organization_id=int(message["id"])
                    )
                yield OrganizationChange(
                    kind=ChangeKind(message["kind"]), organization=Organization.from_row(row)
                )
