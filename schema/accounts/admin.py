"""Administering accounts: the list of accounts, deactivation and reactivation."""

from __future__ import annotations

import strawberry

from schema.accounts.status import Account
from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED
from schema.types.common import PageInfo, parse_id, selects
from schema.types.orgs import Person
from schema.units import in_transaction
from server.accounts import admin
from server.accounts.models import User


@strawberry.type
class AccountPayload:
    account: Account | None = None
    errors: list[FieldError]


@strawberry.type(description="An account and, when it has one, its person.")
class AccountListing:
    account: Account
    person: Person | None

    @classmethod
    def from_row(cls, row: admin.AccountListing) -> AccountListing:
        return cls(
            account=Account.from_row(row.account),
            person=Person.from_row(row.person) if row.person else None,
        )


@strawberry.type(description="A page of accounts; pass pageInfo.endCursor as `after` for more.")
class AccountConnection:
    page_info: PageInfo
    total_count: int
    nodes: list[AccountListing]


@strawberry.type
class AccountAdminQueries:
    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="Accounts by name: every account for superusers, their network's people's "
        "for network admins, none for anyone else. No secret is ever shown.",
    )
    async def accounts(
        self, info: Info, first: int = 50, after: str | None = None, search: str | None = None
    ) -> AccountConnection:
        async with info.context.runtime.db.read() as session:
            page = await admin.list_accounts(
                session,
                principal=info.context.principal,
                first=first,
                after=after,
                search=search,
                with_total=selects(info, "totalCount"),
            )
        return AccountConnection(
            page_info=PageInfo(
                has_next_page=page.has_next_page,
                end_cursor=page.cursors[-1] if page.cursors else None,
            ),
            total_count=page.total_count or 0,
            nodes=[AccountListing.from_row(row) for row in page.items],
        )


def _payload(row: User | None, errors: list[FieldError]) -> AccountPayload:
    if row is None:
        return AccountPayload(errors=errors)
    return AccountPayload(account=Account.from_row(row), errors=[])


@strawberry.type
class AccountAdminMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Shut an account: it cannot sign in, and its sessions end at once.",
    )
    async def deactivate_account(self, info: Info, user_id: strawberry.ID) -> AccountPayload:
        principal = info.context.principal
        row, errors = await in_transaction(
            info,
            lambda s: admin.deactivate_account(
                s, principal=principal, user_id=parse_id(user_id, "userId")
            ),
        )
        return _payload(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Open a deactivated account again (its old sessions stay ended).",
    )
    async def reactivate_account(self, info: Info, user_id: strawberry.ID) -> AccountPayload:
        principal = info.context.principal
        row, errors = await in_transaction(
            info,
            lambda s: admin.reactivate_account(
                s, principal=principal, user_id=parse_id(user_id, "userId")
            ),
        )
        return _payload(row, errors)
