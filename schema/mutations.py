"""Root mutation fields. Invalid input comes back as typed field errors, never as a crash."""

from __future__ import annotations

import strawberry
from starlette.responses import Response

from schema.accounts.admin import AccountAdminMutations
from schema.accounts.invitations import InvitationMutations
from schema.accounts.self_service import SelfServiceMutations
from schema.accounts.sign_in import (
    SignInMutations,
    SignInPayload,
    policy_of,
    refused,
    signed_in_payload,
    throttle_of,
)
from schema.accounts.two_factor import TwoFactorMutations
from schema.calendars import FeedMutations
from schema.context import Info
from schema.errors import FieldError
from schema.event_invitations import EventInvitationMutations
from schema.events import EventMutations
from schema.membership_mutations import MembershipMutations
from schema.missions.forms import FormMutations
from schema.missions.incidents import IncidentMutations
from schema.missions.locations import LocationMutations
from schema.missions.missions import MissionMutations
from schema.missions.reports import ReportMutations
from schema.permissions import AUTHENTICATED, PUBLIC
from schema.registrations import RegistrationMutations
from schema.types.accounts import ApiToken
from schema.types.common import parse_id, parse_optional_id
from schema.types.orgs import Organization, Person
from schema.units import in_transaction
from server.accounts import service as accounts
from server.http.identity import clear_session_cookie, user_agent
from server.orgs import people, phones
from server.orgs import service as orgs
from server.orgs.models import OrganizationKind, Role
from server.orgs.phones import PhoneLimit


@strawberry.type
class SignOutPayload:
    ok: bool


@strawberry.type
class OrganizationPayload:
    organization: Organization | None = None
    errors: list[FieldError]


@strawberry.type
class PersonPayload:
    person: Person | None = None
    errors: list[FieldError]


@strawberry.type
class RevokeSessionsPayload:
    revoked: int = strawberry.field(description="How many open sessions were ended.")


@strawberry.type
class ResolvePhoneConflictPayload:
    kept: bool = strawberry.field(
        description="True if the person kept the number (nobody else had it any more); "
        "false if it was removed from them."
    )


@strawberry.type
class CreateApiTokenPayload:
    api_token: ApiToken | None = None
    token: str | None = strawberry.field(default=None, description="Shown once; store it now.")
    errors: list[FieldError]


@strawberry.input
class CreateOrganizationInput:
    name: str
    kind: OrganizationKind
    country: str | None = None
    parent_id: strawberry.ID | None = None


@strawberry.input
class UpdateOrganizationInput:
    name: str | None = None
    kind: OrganizationKind | None = None
    country: str | None = None


@strawberry.input
class PhoneInput:
    number: str = strawberry.field(description="E.164, or national form in the org's country.")
    label: str | None = None


@strawberry.input
class CreatePersonInput:
    organization_id: strawberry.ID
    role: Role
    name: str
    email: str | None = None
    phones: list[PhoneInput] = strawberry.field(default_factory=list)
    preferred_language: str = "en"
    time_zone: str = "UTC"


@strawberry.input(description="Only the fields given are changed; phones replace the list.")
class UpdatePersonInput:
    name: str | None = None
    email: str | None = None
    phones: list[PhoneInput] | None = None
    preferred_language: str | None = None
    time_zone: str | None = None


@strawberry.type
class Mutation(
    EventMutations,
    RegistrationMutations,
    EventInvitationMutations,
    MembershipMutations,
    InvitationMutations,
    AccountAdminMutations,
    SignInMutations,
    TwoFactorMutations,
    SelfServiceMutations,
    FeedMutations,
    MissionMutations,
    LocationMutations,
    FormMutations,
    ReportMutations,
    IncidentMutations,
):
    @strawberry.mutation(
        permission_classes=PUBLIC,
        description="Sign in with email and password. With two-factor on, the payload holds "
        "twoFactorChallenge instead of a token: finish with completeSignIn.",
    )
    async def sign_in(self, info: Info, email: str, password: str) -> SignInPayload:
        throttle = throttle_of(info)
        try:
            async with info.context.runtime.db.transaction() as session:
                result = await accounts.sign_in(
                    session,
                    email=email,
                    password=password,
                    policy=policy_of(info),
                    throttle=throttle,
                    user_agent=user_agent(info.context.request),
                )
        except accounts.InvalidCredentials as bad:
            return refused(bad.message, bad.code)
        return signed_in_payload(info, result)

    @strawberry.mutation(permission_classes=PUBLIC)
    async def sign_out(self, info: Info) -> SignOutPayload:
        token = info.context.token
        ok = False
        if token:
            async with info.context.runtime.db.transaction() as session:
                ok = await accounts.sign_out(session, token=token)
        if isinstance(info.context.response, Response):
            clear_session_cookie(info.context.response)
        return SignOutPayload(ok=ok)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Sign a person out on every device, e.g. when their phone is lost or taken.",
    )
    async def revoke_sessions(self, info: Info, person_id: strawberry.ID) -> RevokeSessionsPayload:
        principal = info.context.principal
        async with info.context.runtime.db.transaction() as session:
            revoked = await accounts.revoke_sessions_of_person(
                session, principal=principal, person_id=parse_id(person_id, "personId")
            )
        return RevokeSessionsPayload(revoked=revoked)

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def create_organization(
        self, info: Info, input: CreateOrganizationInput
    ) -> OrganizationPayload:
        principal = info.context.principal
        # Ids are parsed inside the unit of work so that a malformed one comes back as a field
        # error in `errors`, like every other invalid input of this mutation.
        row, errors = await in_transaction(
            info,
            lambda s: orgs.create_organization(
                s,
                principal=principal,
                name=input.name,
                kind=input.kind,
                country=input.country,
                parent_id=parse_optional_id(input.parent_id, "parentId"),
            ),
        )
        if row is None:
            return OrganizationPayload(errors=errors)
        await info.context.runtime.bus.publish("organizations", {"kind": "created", "id": row.id})
        return OrganizationPayload(organization=Organization.from_row(row), errors=[])

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def update_organization(
        self, info: Info, id: strawberry.ID, input: UpdateOrganizationInput
    ) -> OrganizationPayload:
        principal = info.context.principal
        row, errors = await in_transaction(
            info,
            lambda s: orgs.update_organization(
                s,
                principal=principal,
                organization_id=parse_id(id, "id"),
                name=input.name,
                kind=input.kind,
                country=input.country,
            ),
        )
        if row is None:
            return OrganizationPayload(errors=errors)
        await info.context.runtime.bus.publish("organizations", {"kind": "updated", "id": row.id})
        return OrganizationPayload(organization=Organization.from_row(row), errors=[])

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def create_person(self, info: Info, input: CreatePersonInput) -> PersonPayload:
        principal = info.context.principal
        data = people.PersonInput(
            name=input.name,
            email=input.email,
            phones=[people.PhoneInput(number=p.number, label=p.label) for p in input.phones],
            preferred_language=input.preferred_language,
            time_zone=input.time_zone,
        )
        row, errors = await in_transaction(
            info,
            lambda s: people.create_person(
                s,
                principal=principal,
                organization_id=parse_id(input.organization_id, "organizationId"),
                role=input.role,
                data=data,
            ),
        )
        return PersonPayload(person=Person.from_row(row) if row else None, errors=errors)

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def update_person(
        self, info: Info, id: strawberry.ID, input: UpdatePersonInput
    ) -> PersonPayload:
        principal = info.context.principal
        changes = people.PersonChanges(
            name=input.name,
            email=input.email,
            phones=None
            if input.phones is None
            else [people.PhoneInput(number=p.number, label=p.label) for p in input.phones],
            preferred_language=input.preferred_language,
            time_zone=input.time_zone,
        )
        settings = info.context.runtime.settings
        limit = PhoneLimit(
            limiter=info.context.runtime.rate_limiter,
            per_window=settings.phone_changes_per_window,
            window_seconds=settings.phone_change_window_seconds,
        )
        row, errors = await in_transaction(
            info,
            lambda s: people.update_person(
                s,
                principal=principal,
                person_id=parse_id(id, "id"),
                changes=changes,
                phone_limit=limit,
            ),
        )
        return PersonPayload(person=Person.from_row(row) if row else None, errors=errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Settle a disputed number (see phoneConflicts): kept if it is free now, "
        "removed otherwise.",
    )
    async def resolve_phone_conflict(
        self, info: Info, id: strawberry.ID
    ) -> ResolvePhoneConflictPayload:
        principal = info.context.principal
        conflict_id = parse_id(id, "id")
        async with info.context.runtime.db.transaction() as session:
            kept = await phones.resolve_phone_conflict(
                session, principal=principal, conflict_id=conflict_id
            )
        return ResolvePhoneConflictPayload(kept=kept)

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def create_api_token(
        self, info: Info, organization_id: strawberry.ID, name: str, role: Role
    ) -> CreateApiTokenPayload:
        principal = info.context.principal
        issued, errors = await in_transaction(
            info,
            lambda s: accounts.create_api_token(
                s,
                principal=principal,
                organization_id=parse_id(organization_id, "organizationId"),
                name=name,
                role=role,
            ),
        )
        if issued is None:
            return CreateApiTokenPayload(errors=errors)
        return CreateApiTokenPayload(
            api_token=ApiToken.from_row(issued.api_token), token=issued.token, errors=[]
        )

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def revoke_api_token(self, info: Info, id: strawberry.ID) -> ApiToken:
        principal = info.context.principal
        token_id = parse_id(id, "id")
        async with info.context.runtime.db.transaction() as session:
            row = await accounts.revoke_api_token(
                session, principal=principal, api_token_id=token_id
            )
        return ApiToken.from_row(row)
