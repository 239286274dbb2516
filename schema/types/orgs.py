"""Organizations, people, phones and memberships as the API shows them."""

from __future__ import annotations

from datetime import datetime

import strawberry

from schema.accounts.status import AccountStatus, account_status
from schema.context import Info
from server.accounts.access import Action, Principal
from server.accounts.texts import mask_email
from server.audit.service import READ_PERSONAL_DATA
from server.calendars.feed import FeedKey, FeedKind
from server.calendars.policy import FeedPolicy
from server.calendars.public import feed_url as public_feed_url
from server.orgs import models
from server.orgs.models import Channel, OrganizationKind, Role
from server.orgs.phones import PhoneConflict as PhoneConflictRow

# The domain's enums are exposed as they are: their member names are the GraphQL values.
strawberry.enum(OrganizationKind, name="OrganizationKind")
strawberry.enum(Role, name="Role")
strawberry.enum(Channel, name="Channel")


@strawberry.type(
    description="What the caller may do in an organization, so a page offers only the actions "
    "the server would accept. The server checks every action again."
)
class OrganizationPermissions:
    view_members: bool
    view_personal_data: bool
    manage_people: bool
    manage_members: bool
    manage_api_tokens: bool
    edit_organization: bool


@strawberry.type(description="What the caller may change of a person (the server checks again).")
class PersonPermissions:
    edit: bool = strawberry.field(description="Name, language and time zone.")
    edit_contact: bool = strawberry.field(description="Email and phone numbers.")


@strawberry.type
class Organization:
    id: strawberry.ID
    name: str
    slug: str
    kind: OrganizationKind
    country: str | None = strawberry.field(description="ISO 3166-1 alpha-2 code.")
    created_at: datetime
    updated_at: datetime
    parent_id: strawberry.Private[int | None]

    @classmethod
    def from_row(cls, row: models.OrganizationRow) -> Organization:
        return cls(
            id=strawberry.ID(str(row.id)),
            name=row.name,
            slug=row.slug,
            kind=row.kind,
            country=row.country,
            created_at=row.created_at,
            updated_at=row.updated_at,
            parent_id=row.parent_id,
        )

    @strawberry.field(
        description="The calendar feed (.ics) of the public events it hosts or co-hosts."
    )
    def feed_url(self, info: Info) -> str:
        policy = FeedPolicy.of(info.context.runtime.settings)
        return public_feed_url(policy, FeedKey(FeedKind.ORGANIZATION, int(self.id)))

    @strawberry.field(description="The network this organization belongs to.")
    async def parent(self, info: Info) -> Organization | None:
        if self.parent_id is None:
            return None
        row = await info.context.loaders.organization.load(self.parent_id)
        return Organization.from_row(row) if row else None

    @strawberry.field(
        description="How many members it has; for members of the network (null when signed "
        "out, e.g. on a public event's host)."
    )
    async def member_count(self, info: Info) -> int | None:
        principal = info.context.principal
        # The directory's rule: anyone with a role somewhere in the network, not the public.
        if not principal.may_any(Action.VIEW_DIRECTORY, principal.roles):
            return None
        return await info.context.loaders.member_count.load(int(self.id)) or 0

    @strawberry.field(
        description="Members, shown to the organization's admins, organizers and coordinators; "
        "empty for everyone else."
    )
    async def members(self, info: Info) -> list[Membership]:
        if not info.context.principal.may(Action.VIEW_MEMBERS, int(self.id)):
            return []
        rows = await info.context.loaders.memberships_by_organization.load(int(self.id))
        return [Membership.from_row(m) for m in rows or []]

    @strawberry.field(description="What you may do here; all false when signed out.")
    def viewer_can(self, info: Info) -> OrganizationPermissions:
        # The roles are already in the principal (network roles spread to its organizations),
        # so this costs no query and says exactly what the services will decide.
        principal = info.context.principal
        org_id = int(self.id)
        return OrganizationPermissions(
            view_members=principal.may(Action.VIEW_MEMBERS, org_id),
            view_personal_data=principal.may(Action.VIEW_PERSONAL_DATA, org_id),
            manage_people=principal.may(Action.MANAGE_PEOPLE, org_id),
            manage_members=principal.may(Action.MANAGE_MEMBERS, org_id),
            manage_api_tokens=principal.may(Action.MANAGE_API_TOKENS, org_id),
            edit_organization=principal.may(Action.EDIT_ORGANIZATION, org_id),
        )


@strawberry.type
class Phone:
    e164: str = strawberry.field(description="The number in E.164 form, like +254712345678.")
    label: str | None


def _may_see_personal_data(principal: Principal, person_id: int, org_ids: list[int]) -> bool:
    return principal.person_id == person_id or principal.may_any(Action.VIEW_PERSONAL_DATA, org_ids)


@strawberry.type
class Person:
    id: strawberry.ID
    name: str
    preferred_language: str
    time_zone: str
    email_value: strawberry.Private[str | None]

    @classmethod
    def from_row(cls, row: models.PersonRow) -> Person:
        return cls(
            id=strawberry.ID(str(row.id)),
            name=row.name,
            preferred_language=row.preferred_language,
            time_zone=row.time_zone,
            email_value=row.email,
        )

    async def _personal_data_allowed(self, info: Info) -> bool:
        person_id = int(self.id)
        memberships = await info.context.loaders.memberships_by_person.load(person_id) or []
        org_ids = [m.organization_id for m in memberships]
        if not _may_see_personal_data(info.context.principal, person_id, org_ids):
            return False
        # Every read of personal data is audited; the trail is written once per request.
        info.context.audit.record(
            action=READ_PERSONAL_DATA, subject_type="person", subject_id=person_id
        )
        return True

    @strawberry.field(description="Shown only to the person and to coordinators who need it.")
    async def email(self, info: Info) -> str | None:
        return self.email_value if await self._personal_data_allowed(info) else None

    @strawberry.field(
        description="The email masked (m•••@example.org), to tell people of the same name "
        "apart where the address itself is not shown; null without an email."
    )
    def email_hint(self) -> str | None:
        return mask_email(self.email_value) if self.email_value else None

    @strawberry.field(description="Shown only to the person and to coordinators who need them.")
    async def phones(self, info: Info) -> list[Phone]:
        if not await self._personal_data_allowed(info):
            return []
        rows = await info.context.loaders.phones_by_person.load(int(self.id)) or []
        return [Phone(e164=p.e164, label=p.label) for p in rows]

    @strawberry.field(
        description="The person's account and invitations; null unless you may invite them."
    )
    async def account(self, info: Info) -> AccountStatus | None:
        return await account_status(info, int(self.id))

    @strawberry.field(description="What you may change of this person.")
    async def viewer_can(self, info: Info) -> PersonPermissions:
        # The rules of server.orgs.people.update_person: the person themself, or whoever
        # manages people in one of their organizations; contact details also need the right
        # to read them.
        principal = info.context.principal
        person_id = int(self.id)
        memberships = await info.context.loaders.memberships_by_person.load(person_id) or []
        org_ids = [m.organization_id for m in memberships]
        own = principal.person_id == person_id
        edit = own or principal.may_any(Action.MANAGE_PEOPLE, org_ids)
        return PersonPermissions(
            edit=edit,
            edit_contact=edit and _may_see_personal_data(principal, person_id, org_ids),
        )

    @strawberry.field(description="Memberships in organizations whose members you may see.")
    async def memberships(self, info: Info) -> list[Membership]:
        principal = info.context.principal
        rows = await info.context.loaders.memberships_by_person.load(int(self.id)) or []
        own = principal.person_id == int(self.id)
        return [
            Membership.from_row(m)
            for m in rows
            if own or principal.may(Action.VIEW_MEMBERS, m.organization_id)
        ]


@strawberry.type
class Membership:
    id: strawberry.ID
    role: Role
    created_at: datetime
    person_id: strawberry.Private[int]
    organization_id: strawberry.Private[int]

    @classmethod
    def from_row(cls, row: models.Membership) -> Membership:
        return cls(
            id=strawberry.ID(str(row.id)),
            role=row.role,
            created_at=row.created_at,
            person_id=row.person_id,
            organization_id=row.organization_id,
        )

    @strawberry.field
    async def person(self, info: Info) -> Person:
        row = await info.context.loaders.person.load(self.person_id)
        assert row is not None  # a foreign key guarantees it
        return Person.from_row(row)

    @strawberry.field
    async def organization(self, info: Info) -> Organization:
        row = await info.context.loaders.organization.load(self.organization_id)
        assert row is not None
        return Organization.from_row(row)


@strawberry.type(
    description="A request to add a person to an organization. It grants nothing until the "
    "person (or an admin of the network) accepts it."
)
class MembershipRequest:
    id: strawberry.ID
    role: Role
    created_at: datetime
    person_id: strawberry.Private[int | None]
    organization_id: strawberry.Private[int]

    @classmethod
    def from_row(cls, row: models.MembershipRequest) -> MembershipRequest:
        return cls(
            id=strawberry.ID(str(row.id)),
            role=row.role,
            created_at=row.created_at,
            person_id=row.person_id,
            organization_id=row.organization_id,
        )

    @strawberry.field(description="The organization that asks.")
    async def organization(self, info: Info) -> Organization:
        row = await info.context.loaders.organization.load(self.organization_id)
        assert row is not None
        return Organization.from_row(row)

    @strawberry.field(
        description="The person asked; null for a request addressed to an email address. "
        "Only the requester, the person and network admins see a request."
    )
    async def person(self, info: Info) -> Person | None:
        if self.person_id is None:
            return None
        row = await info.context.loaders.person.load(self.person_id)
        return Person.from_row(row) if row else None


@strawberry.type(description="A number given for a person that another person already has.")
class PhoneConflict:
    id: strawberry.ID
    e164: str
    flagged_at: datetime
    person_id: strawberry.Private[int]
    holder_id: strawberry.Private[int | None]

    @classmethod
    def from_row(cls, row: PhoneConflictRow) -> PhoneConflict:
        return cls(
            id=strawberry.ID(str(row.id)),
            e164=row.e164,
            flagged_at=row.flagged_at,
            person_id=row.person_id,
            holder_id=row.holder_id,
        )

    @strawberry.field(description="The person the number was given for; it is not used.")
    async def person(self, info: Info) -> Person:
        row = await info.context.loaders.person.load(self.person_id)
        assert row is not None
        return Person.from_row(row)

    @strawberry.field(
        description="Who has the number in use; null if they are outside your network."
    )
    async def held_by(self, info: Info) -> Person | None:
        if self.holder_id is None:
            return None
        row = await info.context.loaders.person.load(self.holder_id)
        return Person.from_row(row) if row else None
