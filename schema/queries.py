"""Root query fields: check access, call a service, shape the output."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry

from schema.accounts.admin import AccountAdminQueries
from schema.accounts.invitations import InvitationQueries
from schema.calendars import FeedQueries
from schema.context import Info
from schema.dev import DevQuery
from schema.event_invitations import EventInvitationQueries
from schema.missions.forms import FormQueries
from schema.missions.incidents import IncidentQueries
from schema.missions.locations import LocationQueries
from schema.missions.missions import MissionQueries
from schema.missions.reports import ReportQueries
from schema.permissions import AUTHENTICATED, PUBLIC
from schema.types.accounts import ApiToken, User
from schema.types.common import Connection, connection, parse_id, parse_optional_id, selects
from schema.types.events import CoHostRequest, Event, SpeakerRequest
from schema.types.orgs import MembershipRequest, Organization, Person, PhoneConflict
from schema.types.venues import Venue
from server.accounts import service as accounts
from server.events import consent, venues
from server.events import listing as event_listing
from server.events.models import EventKind
from server.kit.errors import FieldProblem, InvalidInput
from server.orgs import memberships, people, phones
from server.orgs import service as orgs
from server.orgs.models import OrganizationKind


@strawberry.input
class OrganizationFilter:
    kind: OrganizationKind | None = None
    country: str | None = None
    parent_id: strawberry.ID | None = None
    search: str | None = None


@strawberry.input
class PersonFilter:
    organization_id: strawberry.ID | None = None
    search: str | None = None


@strawberry.input
class EventFilter:
    organization_id: strawberry.ID | None = strawberry.field(
        default=None, description="Events hosted or co-hosted by this organization."
    )
    starts_after: datetime | None = strawberry.field(
        default=None, description="Events starting at or after this time (with its zone)."
    )
    starts_before: datetime | None = strawberry.field(
        default=None, description="Events starting before this time (with its zone)."
    )
    ends_after: datetime | None = strawberry.field(
        default=None,
        description="Events still running after this time: with startsBefore, every event "
        "that overlaps a range, including those that began before it.",
    )
    kind: EventKind | None = None
    tag: str | None = None


def _aware(value: datetime | None, field: str) -> datetime | None:
    # A time without a zone would be read differently by the two databases; ask for one.
    if value is not None and value.utcoffset() is None:
        raise InvalidInput([FieldProblem(field, "Give the time with its time zone.", "naive_time")])
    try:
        return None if value is None else value.astimezone(UTC)
    except OverflowError:
        # 0001-01-01T00:00:00+14:00 is a valid ISO time with no UTC instant.
        raise InvalidInput(
            [FieldProblem(field, "Give a date between the years 1 and 9999.", "out_of_range")]
        ) from None


@strawberry.type
class Query(
    DevQuery,
    InvitationQueries,
    EventInvitationQueries,
    AccountAdminQueries,
    FeedQueries,
    MissionQueries,
    LocationQueries,
    FormQueries,
    ReportQueries,
    IncidentQueries,
):
    @strawberry.field(permission_classes=PUBLIC, description="The signed-in user, or null.")
    async def me(self, info: Info) -> User | None:
        user_id = info.context.principal.user_id
        if user_id is None:
            return None
        async with info.context.runtime.db.read() as session:
            return User.from_row(await accounts.get_user(session, user_id=user_id), own=True)

    @strawberry.field(permission_classes=AUTHENTICATED)
    async def organizations(
        self,
        info: Info,
        first: int = 50,
        after: str | None = None,
        filter: OrganizationFilter | None = None,
    ) -> Connection[Organization]:
        f = filter or OrganizationFilter()
        async with info.context.runtime.db.read() as session:
            page = await orgs.list_organizations(
                session,
                principal=info.context.principal,
                first=first,
                after=after,
                filter=orgs.OrganizationFilter(
                    kind=f.kind,
                    country=f.country,
                    parent_id=parse_optional_id(f.parent_id, "filter.parentId"),
                    search=f.search,
                ),
                with_total=selects(info, "totalCount"),
            )
        return connection(page, Organization.from_row)

    @strawberry.field(permission_classes=AUTHENTICATED)
    async def organization(self, info: Info, id: strawberry.ID) -> Organization:
        async with info.context.runtime.db.read() as session:
            row = await orgs.get_organization(
                session, principal=info.context.principal, organization_id=parse_id(id, "id")
            )
        return Organization.from_row(row)

    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="People in the organizations whose members you may see.",
    )
    async def people(
        self,
        info: Info,
        first: int = 50,
        after: str | None = None,
        filter: PersonFilter | None = None,
    ) -> Connection[Person]:
        f = filter or PersonFilter()
        async with info.context.runtime.db.read() as session:
            page = await people.list_people(
                session,
                principal=info.context.principal,
                first=first,
                after=after,
                organization_id=parse_optional_id(f.organization_id, "filter.organizationId"),
                search=f.search,
                with_total=selects(info, "totalCount"),
            )
        return connection(page, Person.from_row)

    @strawberry.field(permission_classes=AUTHENTICATED)
    async def person(self, info: Info, id: strawberry.ID) -> Person:
        async with info.context.runtime.db.read() as session:
            row = await people.get_person(
                session, principal=info.context.principal, person_id=parse_id(id, "id")
            )
        return Person.from_row(row)

    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="Requests to add you to organizations, awaiting your answer.",
    )
    async def my_membership_requests(self, info: Info) -> list[MembershipRequest]:
        principal = info.context.principal
        async with info.context.runtime.db.read() as session:
            email = await accounts.account_email(session, principal=principal)
            rows = await memberships.my_requests(session, principal=principal, account_email=email)
        return [MembershipRequest.from_row(r) for r in rows]

    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="Requests a network admin may decide: people of your network asked to "
        "join another of its organizations. Empty for everyone else.",
    )
    async def membership_requests_to_decide(self, info: Info) -> list[MembershipRequest]:
        async with info.context.runtime.db.read() as session:
            rows = await memberships.requests_to_decide(session, principal=info.context.principal)
        return [MembershipRequest.from_row(r) for r in rows]

    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="Numbers given for a person that another person already has, for "
        "superusers and network admins to resolve. Empty for everyone else.",
    )
    async def phone_conflicts(self, info: Info) -> list[PhoneConflict]:
        async with info.context.runtime.db.read() as session:
            rows = await phones.list_phone_conflicts(session, principal=info.context.principal)
        return [PhoneConflict.from_row(r) for r in rows]

    @strawberry.field(permission_classes=AUTHENTICATED, description="For organization admins.")
    async def api_tokens(self, info: Info, organization_id: strawberry.ID) -> list[ApiToken]:
        async with info.context.runtime.db.read() as session:
            rows = await accounts.list_api_tokens(
                session,
                principal=info.context.principal,
                organization_id=parse_id(organization_id, "organizationId"),
            )
        return [ApiToken.from_row(t) for t in rows]

    @strawberry.field(
        permission_classes=PUBLIC,
        description="Events you may see, by start time; signed out, the published public ones.",
    )
    async def events(
        self,
        info: Info,
        first: int = 50,
        after: str | None = None,
        filter: EventFilter | None = None,
    ) -> Connection[Event]:
        f = filter or EventFilter()
        organization_id = parse_optional_id(f.organization_id, "filter.organizationId")
        starts_after = _aware(f.starts_after, "filter.startsAfter")
        starts_before = _aware(f.starts_before, "filter.startsBefore")
        ends_after = _aware(f.ends_after, "filter.endsAfter")
        async with info.context.runtime.db.read() as session:
            page = await event_listing.list_events(
                session,
                principal=info.context.principal,
                first=first,
                after=after,
                organization_id=organization_id,
                starts_after=starts_after,
                starts_before=starts_before,
                ends_after=ends_after,
                kind=f.kind,
                tag=f.tag,
                with_total=selects(info, "totalCount"),
            )
        return connection(page, Event.from_row)

    @strawberry.field(
        permission_classes=PUBLIC, description="NOT_FOUND for events you may not see."
    )
    async def event(self, info: Info, id: strawberry.ID) -> Event:
        async with info.context.runtime.db.read() as session:
            row = await event_listing.get_event(
                session, principal=info.context.principal, event_id=parse_id(id, "id")
            )
        return Event.from_row(row)

    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="Other events in the same city on the same day, for the event's organizers "
        "planning around them; empty for everyone else.",
    )
    async def same_day_city_events(self, info: Info, event_id: strawberry.ID) -> list[Event]:
        async with info.context.runtime.db.read() as session:
            rows = await event_listing.same_day_city_events(
                session,
                principal=info.context.principal,
                event_id=parse_id(event_id, "eventId"),
            )
        return [Event.from_row(e) for e in rows]

    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="An organization's venues with their rooms, for its event organizers.",
    )
    async def venues(self, info: Info, organization_id: strawberry.ID) -> list[Venue]:
        async with info.context.runtime.db.read() as session:
            rows = await venues.list_venues(
                session,
                principal=info.context.principal,
                organization_id=parse_id(organization_id, "organizationId"),
            )
        return [Venue.from_row(v) for v in rows]

    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="Open requests to co-host events, for the organizations where you "
        "organize events.",
    )
    async def my_co_host_requests(self, info: Info) -> list[CoHostRequest]:
        async with info.context.runtime.db.read() as session:
            rows = await consent.cohost_requests(session, principal=info.context.principal)
        return [await CoHostRequest.of(info, r) for r in rows]

    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="Your open requests to speak or moderate, by the session's start.",
    )
    async def my_speaker_requests(self, info: Info) -> list[SpeakerRequest]:
        async with info.context.runtime.db.read() as session:
            rows = await consent.speaker_requests(session, principal=info.context.principal)
        return [SpeakerRequest.from_row(r) for r in rows]
