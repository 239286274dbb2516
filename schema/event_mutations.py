"""Mutations of events, series, venues, the programme and registrations.

Times in inputs are the event's local wall-clock ("14:00", no offset) in the event's zone, the
way organizers think; a time sent with an offset is taken as that instant. Every mutation runs
in one transaction; invalid input comes back in `errors` and changes nothing. Messages stored
by a mutation (offers, "event changed") are handed to the job queue only after the commit.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession

from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED
from schema.types.common import parse_id, parse_optional_id
from schema.types.events import (
    Event,
    Invitation,
    ProgrammeSession,
    ProgrammeWarning,
    Registration,
    Room,
    Venue,
)
from schema.units import in_transaction, in_transaction_with_outbox
from server.db import utcnow
from server.events import inputs as event_inputs
from server.events import programme, series, venues
from server.events import service as events
from server.events.changes import Snapshot, notify_registrants
from server.events.localtime import exists_locally, to_utc, zone
from server.events.models import Event as EventRow
from server.events.models import EventKind, SessionKind, Visibility
from server.events.models import ProgrammeSession as SessionRow
from server.kit.errors import InvalidInput, NotFound, Problems
from server.notifications.service import Outbox
from server.registrations import service as registrations
from server.registrations import waitlist

T = TypeVar("T")

LOCAL_TIME = (
    "The local wall-clock time in the event's zone, like 2026-03-29T14:00:00. A time with an "
    "offset is taken as that instant."
)


def _unset(value: Any) -> Any:
    """strawberry's UNSET (the field was not sent) as the services' UNSET."""
    return event_inputs.UNSET if value is strawberry.UNSET else value


# The id parsers below add a malformed id to `problems` instead of raising, so one answer
# names every bad field of the input, not only the first.


def _id(problems: Problems, value: strawberry.ID, field: str) -> int:
    try:
        return parse_id(value, field)
    except InvalidInput as invalid:
        problems.items.extend(invalid.problems)
        return 0


def _ids(problems: Problems, values: Sequence[strawberry.ID], field: str) -> list[int]:
    return [_id(problems, v, f"{field}.{i}") for i, v in enumerate(values)]


def _optional_id(problems: Problems, value: strawberry.ID | None, field: str) -> Any:
    """An id to change: UNSET leaves it, null clears it."""
    return _unset(value) if value in (None, strawberry.UNSET) else _id(problems, value, field)


def _id_list(problems: Problems, values: list[strawberry.ID] | None, field: str) -> Any:
    """A list of ids to change: UNSET leaves it, null empties it."""
    if values is None or values is strawberry.UNSET:
        return _unset([] if values is None else values)
    return _ids(problems, values, field)


# --- events ----------------------------------------------------------------------------------


@strawberry.input(description="A new event. It starts as a draft; publish it when it is ready.")
class CreateEventInput:
    host_organization_id: strawberry.ID
    kind: EventKind
    title: str
    time_zone: str = strawberry.field(description="An IANA zone, like Europe/Berlin.")
    starts_at: datetime | None = strawberry.field(default=None, description=LOCAL_TIME)
    ends_at: datetime | None = strawberry.field(default=None, description=LOCAL_TIME)
    all_day: bool = False
    start_date: date | None = strawberry.field(
        default=None, description="For all-day events: the first day."
    )
    end_date: date | None = strawberry.field(
        default=None, description="For all-day events: the last day (inclusive)."
    )
    description: str = strawberry.field(default="", description="Markdown.")
    tags: list[str] = strawberry.field(default_factory=list)
    languages: list[str] = strawberry.field(
        default_factory=list, description="Language codes, like en, fr, pt-BR."
    )
    visibility: Visibility = Visibility.NETWORK
    venue_id: strawberry.ID | None = None
    online_url: str | None = strawberry.field(
        default=None, description="Shown only to organizers and people holding a seat."
    )
    capacity: int | None = strawberry.field(default=None, description="Null for no limit.")
    offer_minutes: int = strawberry.field(
        default=24 * 60, description="How long a waitlist offer stays open."
    )
    co_host_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Organizations whose organizers may edit too."
    )


@strawberry.input(description="Only the fields sent are changed; null clears an optional one.")
class UpdateEventInput:
    kind: EventKind | None = strawberry.UNSET
    title: str | None = strawberry.UNSET
    time_zone: str | None = strawberry.field(
        default=strawberry.UNSET,
        description="Changing only the zone keeps the local times and moves the instants.",
    )
    starts_at: datetime | None = strawberry.field(default=strawberry.UNSET, description=LOCAL_TIME)
    ends_at: datetime | None = strawberry.field(default=strawberry.UNSET, description=LOCAL_TIME)
    all_day: bool | None = strawberry.UNSET
    start_date: date | None = strawberry.UNSET
    end_date: date | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    tags: list[str] | None = strawberry.UNSET
    languages: list[str] | None = strawberry.UNSET
    visibility: Visibility | None = strawberry.UNSET
    venue_id: strawberry.ID | None = strawberry.UNSET
    online_url: str | None = strawberry.UNSET
    capacity: int | None = strawberry.UNSET
    offer_minutes: int | None = strawberry.UNSET
    co_host_ids: list[strawberry.ID] | None = strawberry.UNSET


@strawberry.enum(description="Which occurrences of a series an edit applies to.")
class EditScope(Enum):
    THIS_EVENT = "this_event"
    THIS_AND_FOLLOWING = "this_and_following"


def _required(problems: Problems, field: str, value: T | None) -> T | None:
    if value is None:
        problems.add(field, "This field is required.", "required")
    return value


def _create_times(
    problems: Problems, data: CreateEventInput
) -> tuple[datetime | date, datetime | date]:
    if data.all_day:
        start = data.start_date or (data.starts_at.date() if data.starts_at else None)
        end = data.end_date or (data.ends_at.date() if data.ends_at else None)
        _required(problems, "startDate", start)
        _required(problems, "endDate", end)
    else:
        start, end = data.starts_at, data.ends_at
        _required(problems, "startsAt", start)
        _required(problems, "endsAt", end)
    # A missing time is already a problem; the placeholder lets the other checks run.
    placeholder = date.today()
    return start or placeholder, end or placeholder


def _event_input(data: CreateEventInput) -> tuple[int, event_inputs.EventInput]:
    """The host organization's id and the event, or every problem with the input's shape."""
    problems = Problems()
    host = _id(problems, data.host_organization_id, "hostOrganizationId")
    start, end = _create_times(problems, data)
    result = event_inputs.EventInput(
        kind=data.kind,
        title=data.title,
        time_zone=data.time_zone,
        starts_at=start,
        ends_at=end,
        all_day=data.all_day,
        description=data.description,
        tags=data.tags,
        languages=data.languages,
        visibility=data.visibility,
        venue_id=None if data.venue_id is None else _id(problems, data.venue_id, "venueId"),
        online_url=data.online_url,
        capacity=data.capacity,
        offer_minutes=data.offer_minutes,
        co_host_ids=_ids(problems, data.co_host_ids, "coHostIds"),
    )
    if problems.items:
        # Name what else is wrong in the same answer: the checks that need no database.
        event_inputs.check_content(problems, result)
        event_inputs.check_online_url(problems, result.online_url)
        problems.raise_if_any()
    return host, result


def _not_null(problems: Problems, field: str, value: Any) -> Any:
    """Fields that cannot be cleared: null is refused rather than read as "leave it"."""
    if value is None:
        problems.add(field, "This field cannot be empty.", "required")
    return _unset(value)


def _either(first: Any, second: Any) -> Any:
    """The all-day date when one was sent, else the timed value (maybe UNSET)."""
    return first if first not in (None, strawberry.UNSET) else second


def _event_changes(data: UpdateEventInput) -> event_inputs.EventChanges:
    problems = Problems()
    changes = event_inputs.EventChanges(
        kind=_not_null(problems, "kind", data.kind),
        title=_not_null(problems, "title", data.title),
        description=_unset("" if data.description is None else data.description),
        tags=_unset([] if data.tags is None else data.tags),
        languages=_unset([] if data.languages is None else data.languages),
        visibility=_not_null(problems, "visibility", data.visibility),
        time_zone=_not_null(problems, "timeZone", data.time_zone),
        starts_at=_not_null(problems, "startsAt", _either(data.start_date, data.starts_at)),
        ends_at=_not_null(problems, "endsAt", _either(data.end_date, data.ends_at)),
        all_day=_not_null(problems, "allDay", data.all_day),
        venue_id=_optional_id(problems, data.venue_id, "venueId"),
        online_url=_unset(data.online_url),
        capacity=_unset(data.capacity),
        offer_minutes=_not_null(problems, "offerMinutes", data.offer_minutes),
        co_host_ids=_id_list(problems, data.co_host_ids, "coHostIds"),
    )
    problems.raise_if_any()
    return changes


@strawberry.type
class EventPayload:
    event: Event | None = None
    events: list[Event] = strawberry.field(
        default_factory=list,
        description="Every event the mutation changed: several for a series or for "
        "THIS_AND_FOLLOWING, else just `event`.",
    )
    errors: list[FieldError]

    @classmethod
    def of(cls, rows: list[EventRow] | None, errors: list[FieldError]) -> EventPayload:
        if not rows:
            return cls(errors=errors)
        nodes = [Event.from_row(r) for r in rows]
        return cls(event=nodes[0], events=nodes, errors=errors)


async def _changed(
    session: AsyncSession, outbox: Outbox, before: list[Snapshot], after: list[EventRow]
) -> list[EventRow]:
    for snapshot, event in zip(before, after, strict=True):
        await notify_registrants(session, before=snapshot, event=event, outbox=outbox)
    return after


# --- programme -------------------------------------------------------------------------------


@strawberry.input(description="A programme session. Times are local to the event's zone.")
class SessionInput:
    kind: SessionKind
    title: str
    starts_at: datetime = strawberry.field(description=LOCAL_TIME)
    ends_at: datetime = strawberry.field(description=LOCAL_TIME)
    description: str = ""
    room_id: strawberry.ID | None = None
    track: str | None = None
    capacity: int | None = None
    speaker_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    moderator_ids: list[strawberry.ID] = strawberry.field(default_factory=list)


@strawberry.input(description="Only the fields sent are changed; null clears an optional one.")
class UpdateSessionInput:
    kind: SessionKind | None = strawberry.UNSET
    title: str | None = strawberry.UNSET
    starts_at: datetime | None = strawberry.field(default=strawberry.UNSET, description=LOCAL_TIME)
    ends_at: datetime | None = strawberry.field(default=strawberry.UNSET, description=LOCAL_TIME)
    description: str | None = strawberry.UNSET
    room_id: strawberry.ID | None = strawberry.UNSET
    track: str | None = strawberry.UNSET
    capacity: int | None = strawberry.UNSET
    speaker_ids: list[strawberry.ID] | None = strawberry.UNSET
    moderator_ids: list[strawberry.ID] | None = strawberry.UNSET


def _instant(problems: Problems, field: str, value: datetime, time_zone: str) -> datetime:
    """A session time as an aware instant: local times are read in the event's zone."""
    if value.utcoffset() is not None:
        return value
    tz = zone(time_zone)
    if not exists_locally(value, tz):
        problems.add(
            field,
            f"{value:%H:%M} on {value:%Y-%m-%d} does not exist in {time_zone}: the clocks skip "
            "it for daylight saving time.",
            "nonexistent_time",
        )
    return to_utc(value, tz)


async def _event_zone(session: AsyncSession, event_id: int) -> str:
    event = await session.get(EventRow, event_id)
    if event is None:
        raise NotFound("No such event.")
    return event.time_zone


def _session_input(data: SessionInput, time_zone: str) -> programme.SessionInput:
    problems = Problems()
    starts_at = _instant(problems, "startsAt", data.starts_at, time_zone)
    ends_at = _instant(problems, "endsAt", data.ends_at, time_zone)
    result = programme.SessionInput(
        kind=data.kind,
        title=data.title,
        starts_at=starts_at,
        ends_at=ends_at,
        description=data.description,
        room_id=None if data.room_id is None else _id(problems, data.room_id, "roomId"),
        track=data.track,
        capacity=data.capacity,
        speakers=_ids(problems, data.speaker_ids, "speakerIds"),
        moderators=_ids(problems, data.moderator_ids, "moderatorIds"),
    )
    problems.raise_if_any()
    return result


def _session_changes(data: UpdateSessionInput, time_zone: str) -> programme.SessionChanges:
    problems = Problems()

    def instant(field: str, value: datetime | None) -> Any:
        value = _not_null(problems, field, value)
        return (
            value
            if not isinstance(value, datetime)
            else _instant(problems, field, value, time_zone)
        )

    changes = programme.SessionChanges(
        kind=_not_null(problems, "kind", data.kind),
        title=_not_null(problems, "title", data.title),
        description=_unset(data.description if data.description is not None else ""),
        starts_at=instant("startsAt", data.starts_at),
        ends_at=instant("endsAt", data.ends_at),
        room_id=_optional_id(problems, data.room_id, "roomId"),
        track=_unset(data.track),
        capacity=_unset(data.capacity),
        speakers=_id_list(problems, data.speaker_ids, "speakerIds"),
        moderators=_id_list(problems, data.moderator_ids, "moderatorIds"),
    )
    problems.raise_if_any()
    return changes


@strawberry.type
class SessionPayload:
    session: ProgrammeSession | None = None
    warnings: list[ProgrammeWarning] = strawberry.field(
        default_factory=list,
        description="Saved anyway: speaker double-booked, outside the event, room too small.",
    )
    errors: list[FieldError]

    @classmethod
    async def of(
        cls, info: Info, result: programme.SessionResult | None, errors: list[FieldError]
    ) -> SessionPayload:
        if result is None:
            return cls(errors=errors)
        assert result.session.id is not None
        async with info.context.runtime.db.read() as session:
            entries = await programme.programme_entries(session, session_ids=[result.session.id])
        (entry,) = entries[result.session.event_id]
        return cls(
            session=ProgrammeSession.from_entry(entry),
            warnings=[ProgrammeWarning.from_row(w) for w in result.warnings],
            errors=errors,
        )


@strawberry.type
class RemovePayload:
    ok: bool


# --- venues ----------------------------------------------------------------------------------


@strawberry.input
class CreateVenueInput:
    organization_id: strawberry.ID
    name: str
    address: str | None = None
    city: str | None = None
    country: str | None = strawberry.field(default=None, description="ISO 3166-1 alpha-2 code.")
    latitude: float | None = None
    longitude: float | None = None


@strawberry.type
class VenuePayload:
    venue: Venue | None = None
    errors: list[FieldError]


@strawberry.type
class RoomPayload:
    room: Room | None = None
    errors: list[FieldError]


# --- registrations ---------------------------------------------------------------------------


@strawberry.type
class RegistrationPayload:
    registration: Registration | None = None
    errors: list[FieldError]

    @classmethod
    def of(cls, row: Any, errors: list[FieldError]) -> RegistrationPayload:
        return cls(registration=Registration.from_row(row) if row else None, errors=errors)


@strawberry.type
class InvitationPayload:
    invitation: Invitation | None = None
    token: str | None = strawberry.field(
        default=None, description="Shown once: send it to the guest; it works one time."
    )
    errors: list[FieldError]


@strawberry.type
class EventMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="A draft event, for organizers of the host organization.",
    )
    async def create_event(self, info: Info, input: CreateEventInput) -> EventPayload:
        principal = info.context.principal

        async def work(session: AsyncSession) -> list[EventRow]:
            host, data = _event_input(input)
            event = await events.create_event(
                session, principal=principal, host_organization_id=host, data=data
            )
            return [event]

        rows, errors = await in_transaction(info, work)
        return EventPayload.of(rows, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="A recurring series (RRULE with COUNT or UNTIL, e.g. FREQ=MONTHLY;"
        "BYDAY=1TU;COUNT=6) whose first occurrence is `input`: one draft event per occurrence.",
    )
    async def create_event_series(
        self, info: Info, input: CreateEventInput, rrule: str
    ) -> EventPayload:
        principal = info.context.principal

        async def work(session: AsyncSession) -> list[EventRow]:
            host, data = _event_input(input)
            _, rows = await series.create_series(
                session, principal=principal, host_organization_id=host, rrule=rrule, data=data
            )
            return rows

        rows, errors = await in_transaction(info, work)
        return EventPayload.of(rows, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Edit an event (organizers of the host and co-hosts). For an occurrence of "
        "a series, THIS_AND_FOLLOWING applies the edit to it and every later occurrence. "
        "People with a place hear about changes of time, place and status.",
    )
    async def update_event(
        self,
        info: Info,
        id: strawberry.ID,
        input: UpdateEventInput,
        scope: EditScope = EditScope.THIS_EVENT,
    ) -> EventPayload:
        principal = info.context.principal

        async def work(session: AsyncSession, outbox: Outbox) -> list[EventRow]:
            event_id = parse_id(id, "id")
            changes = _event_changes(input)
            before = await _snapshots(session, event_id, following=scope)
            if scope is EditScope.THIS_AND_FOLLOWING:
                rows = await series.update_following(
                    session, principal=principal, event_id=event_id, changes=changes
                )
            else:
                rows = [
                    await events.update_event(
                        session, principal=principal, event_id=event_id, changes=changes
                    )
                ]
            return await _changed(session, outbox, [before[r.id] for r in rows], rows)

        rows, errors = await in_transaction_with_outbox(info, work)
        return EventPayload.of(rows, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Publish a draft, or bring a postponed event back on.",
    )
    async def publish_event(self, info: Info, id: strawberry.ID) -> EventPayload:
        return await _status(
            info, id, lambda s, p, e: events.publish_event(s, principal=p, event_id=e)
        )

    @strawberry.mutation(
        permission_classes=AUTHENTICATED, description="Postpone, saying why (required)."
    )
    async def postpone_event(self, info: Info, id: strawberry.ID, reason: str) -> EventPayload:
        return await _status(
            info,
            id,
            lambda s, p, e: events.postpone_event(s, principal=p, event_id=e, reason=reason),
        )

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Cancel, saying why (required). Calendars are told; the event stays listed "
        "as cancelled.",
    )
    async def cancel_event(self, info: Info, id: strawberry.ID, reason: str) -> EventPayload:
        return await _status(
            info, id, lambda s, p, e: events.cancel_event(s, principal=p, event_id=e, reason=reason)
        )

    # --- venues and rooms

    @strawberry.mutation(
        permission_classes=AUTHENTICATED, description="For the organization's organizers."
    )
    async def create_venue(self, info: Info, input: CreateVenueInput) -> VenuePayload:
        principal = info.context.principal
        row, errors = await in_transaction(
            info,
            lambda s: venues.create_venue(
                s,
                principal=principal,
                organization_id=parse_id(input.organization_id, "organizationId"),
                name=input.name,
                address=input.address,
                city=input.city,
                country=input.country,
                latitude=input.latitude,
                longitude=input.longitude,
            ),
        )
        return VenuePayload(venue=Venue.from_row(row) if row else None, errors=errors)

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def add_room(
        self, info: Info, venue_id: strawberry.ID, name: str, capacity: int | None = None
    ) -> RoomPayload:
        principal = info.context.principal
        row, errors = await in_transaction(
            info,
            lambda s: venues.add_room(
                s,
                principal=principal,
                venue_id=parse_id(venue_id, "venueId"),
                name=name,
                capacity=capacity,
            ),
        )
        return RoomPayload(room=Room.from_row(row) if row else None, errors=errors)

    # --- programme

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Add a session. A room already booked at that time is an error "
        "(room_taken); other conflicts come back as warnings and the session is saved.",
    )
    async def add_session(
        self, info: Info, event_id: strawberry.ID, input: SessionInput
    ) -> SessionPayload:
        principal = info.context.principal

        async def work(session: AsyncSession) -> programme.SessionResult:
            event = parse_id(event_id, "eventId")
            data = _session_input(input, await _event_zone(session, event))
            return await programme.add_session(
                session, principal=principal, event_id=event, data=data
            )

        result, errors = await in_transaction(info, work)
        return await SessionPayload.of(info, result, errors)

    @strawberry.mutation(permission_classes=AUTHENTICATED, description="Like addSession.")
    async def update_session(
        self, info: Info, id: strawberry.ID, input: UpdateSessionInput
    ) -> SessionPayload:
        principal = info.context.principal

        async def work(session: AsyncSession) -> programme.SessionResult:
            session_id = parse_id(id, "id")
            row = await session.get(SessionRow, session_id)
            if row is None:
                raise NotFound("No such session.")
            changes = _session_changes(input, await _event_zone(session, row.event_id))
            return await programme.update_session(
                session, principal=principal, session_id=session_id, changes=changes
            )

        result, errors = await in_transaction(info, work)
        return await SessionPayload.of(info, result, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Remove a session with its speakers and session registrations.",
    )
    async def remove_session(self, info: Info, id: strawberry.ID) -> RemovePayload:
        principal = info.context.principal
        session_id = parse_id(id, "id")
        async with info.context.runtime.db.transaction() as session:
            await programme.remove_session(session, principal=principal, session_id=session_id)
        return RemovePayload(ok=True)

    # --- registrations

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Register yourself (or, as an organizer, `personId`) for the event or one "
        "of its sessions: a seat while there is one, else a place on the waitlist. Registering "
        "again returns the same registration.",
    )
    async def register(
        self,
        info: Info,
        event_id: strawberry.ID,
        session_id: strawberry.ID | None = None,
        person_id: strawberry.ID | None = None,
    ) -> RegistrationPayload:
        principal = info.context.principal
        row, errors = await in_transaction_with_outbox(
            info,
            lambda s, outbox: registrations.register(
                s,
                principal=principal,
                event_id=parse_id(event_id, "eventId"),
                session_id=parse_optional_id(session_id, "sessionId"),
                person_id=parse_optional_id(person_id, "personId"),
                now=utcnow(),
                outbox=outbox,
            ),
        )
        return RegistrationPayload.of(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Give up a seat, an offer or a place in line; a freed seat is offered to "
        "the next person waiting.",
    )
    async def cancel_registration(self, info: Info, id: strawberry.ID) -> RegistrationPayload:
        principal = info.context.principal
        row, errors = await in_transaction_with_outbox(
            info,
            lambda s, outbox: registrations.cancel_registration(
                s,
                principal=principal,
                registration_id=parse_id(id, "id"),
                now=utcnow(),
                outbox=outbox,
            ),
        )
        return RegistrationPayload.of(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED, description="Take the seat you were offered."
    )
    async def accept_offer(self, info: Info, registration_id: strawberry.ID) -> RegistrationPayload:
        principal = info.context.principal
        row, errors = await in_transaction(
            info,
            lambda s: waitlist.accept_offer(
                s,
                principal=principal,
                registration_id=parse_id(registration_id, "registrationId"),
                now=utcnow(),
            ),
        )
        return RegistrationPayload.of(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Turn an offered seat down; it goes to the next person waiting.",
    )
    async def decline_offer(
        self, info: Info, registration_id: strawberry.ID
    ) -> RegistrationPayload:
        principal = info.context.principal
        row, errors = await in_transaction_with_outbox(
            info,
            lambda s, outbox: waitlist.decline_offer(
                s,
                principal=principal,
                registration_id=parse_id(registration_id, "registrationId"),
                now=utcnow(),
                outbox=outbox,
            ),
        )
        return RegistrationPayload.of(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="A single-use invitation (organizers). Bind it to a person to make it "
        "theirs alone.",
    )
    async def create_invitation(
        self,
        info: Info,
        event_id: strawberry.ID,
        person_id: strawberry.ID | None = None,
        email: str | None = None,
        expires_at: datetime | None = None,
    ) -> InvitationPayload:
        principal = info.context.principal
        issued, errors = await in_transaction(
            info,
            lambda s: registrations.create_invitation(
                s,
                principal=principal,
                event_id=parse_id(event_id, "eventId"),
                person_id=parse_optional_id(person_id, "personId"),
                email=email,
                expires_at=expires_at,
            ),
        )
        if issued is None:
            return InvitationPayload(errors=errors)
        invitation, token = issued
        return InvitationPayload(invitation=Invitation.from_row(invitation), token=token, errors=[])

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Use an invitation token to register yourself (once).",
    )
    async def accept_invitation(self, info: Info, token: str) -> RegistrationPayload:
        principal = info.context.principal
        row, errors = await in_transaction_with_outbox(
            info,
            lambda s, outbox: registrations.accept_invitation(
                s, principal=principal, token=token, now=utcnow(), outbox=outbox
            ),
        )
        return RegistrationPayload.of(row, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Mark a registered person as present (organizers); the first time stays.",
    )
    async def check_in(self, info: Info, registration_id: strawberry.ID) -> RegistrationPayload:
        principal = info.context.principal
        row, errors = await in_transaction(
            info,
            lambda s: registrations.check_in(
                s,
                principal=principal,
                registration_id=parse_id(registration_id, "registrationId"),
                now=utcnow(),
            ),
        )
        return RegistrationPayload.of(row, errors)


async def _snapshots(
    session: AsyncSession, event_id: int, *, following: EditScope
) -> dict[int | None, Snapshot]:
    """The registrant-facing state of the events an edit may touch, before it."""
    event = await session.get(EventRow, event_id)
    if event is None:
        raise NotFound("No such event.")
    if following is EditScope.THIS_EVENT or event.series_id is None:
        return {event.id: Snapshot.of(event)}
    rows = await series.occurrences(session, series_id=event.series_id)
    return {r.id: Snapshot.of(r) for r in rows}


async def _status(
    info: Info,
    id: strawberry.ID,
    change: Callable[[AsyncSession, Any, int], Awaitable[EventRow]],
) -> EventPayload:
    principal = info.context.principal

    async def work(session: AsyncSession, outbox: Outbox) -> list[EventRow]:
        event_id = parse_id(id, "id")
        before = await _snapshots(session, event_id, following=EditScope.THIS_EVENT)
        row = await change(session, principal, event_id)
        return await _changed(session, outbox, [before[row.id]], [row])

    rows, errors = await in_transaction_with_outbox(info, work)
    return EventPayload.of(rows, errors)
