"""A person's account as those who may invite them see it: never a secret, never a token.

Kept apart from the mutations so that `Person.account` (schema/types/orgs.py) can import these
types without importing `User`, which imports `Person` back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import Enum

import strawberry
from strawberry.dataloader import DataLoader

from schema.context import Info
from server.accounts import admin
from server.accounts import models as account_models
from server.orgs.models import Channel

LOADER = "account_status"


@strawberry.enum
class AccountInvitationStatus(Enum):
    PENDING = "PENDING"
    ACCEPTED = "ACCEPTED"
    REVOKED = "REVOKED"
    EXPIRED = "EXPIRED"


@strawberry.type(description="An invitation to an account; the link itself is never shown.")
class AccountInvitation:
    id: strawberry.ID
    channel: Channel
    sent_to: str = strawberry.field(
        description='Partly hidden: "m•••@example.org", "+33 •• •• •• 12".'
    )
    invited_by_name: str | None
    created_at: datetime
    expires_at: datetime
    accepted_at: datetime | None
    revoked_at: datetime | None
    status: AccountInvitationStatus

    @classmethod
    def from_row(
        cls, row: account_models.AccountInvitation, invited_by_name: str | None = None
    ) -> AccountInvitation:
        return cls(
            id=strawberry.ID(str(row.id)),
            channel=row.channel,
            sent_to=row.sent_to,
            invited_by_name=invited_by_name,
            created_at=row.created_at,
            expires_at=row.expires_at,
            accepted_at=row.accepted_at,
            revoked_at=row.revoked_at,
            status=AccountInvitationStatus(admin.invitation_status(row)),
        )


@strawberry.type(description="An account without its secrets.")
class Account:
    id: strawberry.ID
    email: str | None = strawberry.field(description="Null for accounts that sign in by phone.")
    active: bool
    created_at: datetime
    last_sign_in_at: datetime | None
    user_id: strawberry.Private[int]

    @classmethod
    def from_row(cls, row: account_models.User) -> Account:
        assert row.id is not None
        return cls(
            id=strawberry.ID(str(row.id)),
            email=row.email,
            active=row.is_active,
            created_at=row.created_at,
            last_sign_in_at=row.last_sign_in_at,
            user_id=row.id,
        )

    @strawberry.field
    async def two_factor_enabled(self, info: Info) -> bool:
        return bool(await info.context.loaders.two_factor_enabled.load(self.user_id))


@strawberry.type(description="A person's account, if any, and the invitations sent to them.")
class AccountStatus:
    account: Account | None
    invitations: list[AccountInvitation] = strawberry.field(description="Newest first.")

    @classmethod
    def from_row(cls, row: admin.AccountStatus) -> AccountStatus:
        return cls(
            account=Account.from_row(row.account) if row.account else None,
            invitations=[
                AccountInvitation.from_row(i.invitation, i.invited_by_name) for i in row.invitations
            ],
        )


def _loader(info: Info) -> DataLoader[int, admin.AccountStatus | None]:
    """One batch per request for every person in it (three statements for any number)."""
    loader = info.context.extras.get(LOADER)
    if loader is None:
        db, principal = info.context.runtime.db, info.context.principal

        async def load(ids: Sequence[int]) -> list[admin.AccountStatus | None]:
            async with db.read() as session:
                found = await admin.account_statuses(session, principal=principal, person_ids=ids)
            return [found.get(i) for i in ids]

        loader = DataLoader(load_fn=load)
        info.context.extras[LOADER] = loader
    return loader


async def account_status(info: Info, person_id: int) -> AccountStatus | None:
    """`Person.account`: null unless the caller may invite this person."""
    row = await _loader(info).load(person_id)
    return AccountStatus.from_row(row) if row else None
