"""Live updates over graphql-transport-ws, fed by the event bus."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from enum import Enum

import strawberry

from schema.context import Info
from schema.permissions import AUTHENTICATED
from schema.types.orgs import Organization
from server.orgs import service as orgs


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
                    row = await orgs.get_organization(
                        session,
                        principal=info.context.principal,
                        organization_id=int(message["id"]),
                    )
                yield OrganizationChange(
                    kind=ChangeKind(message["kind"]), organization=Organization.from_row(row)
                )
