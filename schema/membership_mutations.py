"""Mutations on memberships and membership requests: parse, delegate, shape the answer."""

from __future__ import annotations

import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession

from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED
from schema.types.common import parse_id
from schema.types.orgs import Membership, MembershipRequest
from schema.units import in_transaction
from server.accounts import service as accounts
from server.orgs import memberships
from server.orgs.models import Role


@strawberry.type
class MembershipPayload:
    membership: Membership | None = strawberry.field(
        default=None, description="Set when the person was added (or their role changed)."
    )
    request: MembershipRequest | None = strawberry.field(
        default=None,
        description="Set when the person must accept first: you do not manage them yet.",
    )
    errors: list[FieldError]


@strawberry.type
class RemoveMembershipPayload:
    ok: bool


@strawberry.type
class RequestMembershipPayload:
    ok: bool = strawberry.field(
        description="True when the request was recorded; the same whether or not anyone "
        "has this email."
    )
    errors: list[FieldError]


@strawberry.type
class DeclineMembershipRequestPayload:
    ok: bool


def _membership_payload(added: memberships.Added | None) -> MembershipPayload:
    if added is None:
        return MembershipPayload(errors=[])
    return MembershipPayload(
        membership=Membership.from_row(added.membership) if added.membership else None,
        request=MembershipRequest.from_row(added.request) if added.request else None,
        errors=[],
    )


@strawberry.type
class MembershipMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Add a person to an organization whose members you manage. People you "
        "do not manage yet (not members of such an organization) get a request to accept.",
    )
    async def add_membership(
        self, info: Info, organization_id: strawberry.ID, person_id: strawberry.ID, role: Role
    ) -> MembershipPayload:
        principal = info.context.principal
        added, errors = await in_transaction(
            info,
            lambda s: memberships.add_membership(
                s,
                principal=principal,
                organization_id=parse_id(organization_id, "organizationId"),
                person_id=parse_id(person_id, "personId"),
                role=role,
            ),
        )
        if errors:
            return MembershipPayload(errors=errors)
        return _membership_payload(added)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Ask whoever signs in with this email to join the organization.",
    )
    async def request_membership_by_email(
        self, info: Info, organization_id: strawberry.ID, email: str, role: Role
    ) -> RequestMembershipPayload:
        principal = info.context.principal
        _, errors = await in_transaction(
            info,
            lambda s: memberships.request_membership_by_email(
                s,
                principal=principal,
                organization_id=parse_id(organization_id, "organizationId"),
                email=email,
                role=role,
            ),
        )
        return RequestMembershipPayload(ok=not errors, errors=errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Accept a request addressed to you (or, for a network admin, to a "
        "person of the network): the person becomes a member.",
    )
    async def accept_membership_request(self, info: Info, id: strawberry.ID) -> MembershipPayload:
        principal = info.context.principal

        async def work(session: AsyncSession) -> memberships.Added:
            email = await accounts.account_email(session, principal=principal)
            membership = await memberships.accept_request(
                session, principal=principal, request_id=parse_id(id, "id"), account_email=email
            )
            return memberships.Added(membership=membership)

        added, errors = await in_transaction(info, work)
        if errors:
            return MembershipPayload(errors=errors)
        return _membership_payload(added)

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def decline_membership_request(
        self, info: Info, id: strawberry.ID
    ) -> DeclineMembershipRequestPayload:
        principal = info.context.principal
        request_id = parse_id(id, "id")
        async with info.context.runtime.db.transaction() as session:
            email = await accounts.account_email(session, principal=principal)
            await memberships.decline_request(
                session, principal=principal, request_id=request_id, account_email=email
            )
        return DeclineMembershipRequestPayload(ok=True)

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def remove_membership(self, info: Info, id: strawberry.ID) -> RemoveMembershipPayload:
        principal = info.context.principal
        membership_id = parse_id(id, "id")
        async with info.context.runtime.db.transaction() as session:
            await memberships.remove_membership(
                session, principal=principal, membership_id=membership_id
            )
        return RemoveMembershipPayload(ok=True)
