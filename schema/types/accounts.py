"""Users, roles and API tokens as the API shows them."""

from __future__ import annotations

from datetime import datetime

import strawberry

from schema.context import Info
from schema.types.orgs import Organization, Person
from server.accounts import models
from server.orgs.models import Role


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

    @classmethod
    def from_row(cls, row: models.User) -> User:
        return cls(
            id=strawberry.ID(str(row.id)),
            email=row.email,
            display_name=row.display_name,
            is_superuser=row.is_superuser,
            person_id=row.person_id,
        )

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
