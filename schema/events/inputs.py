"""Event inputs as the API takes them, read into the services' EventInput and EventChanges."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from schema.events.parsing import (
    LOCAL_TIME,
    either,
    id_list,
    ids,
    not_null,
    one_id,
    optional_id,
    required,
    unset,
)

# Imported for its effect: it gives the domain's enums their GraphQL names (EventVisibility)
# before the inputs below refer to them.
from schema.types import events as _event_types  # noqa: F401
from server.events import inputs as event_inputs
from server.events.models import EventKind, Visibility
from server.kit.errors import Problems


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
    host_organization_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET,
        description="Move the event to another host: the caller must manage events for both "
        "the current and the new host.",
    )
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


def _create_times(
    problems: Problems, data: CreateEventInput
) -> tuple[datetime | date, datetime | date]:
    if data.all_day:
        start = data.start_date or (data.starts_at.date() if data.starts_at else None)
        end = data.end_date or (data.ends_at.date() if data.ends_at else None)
        required(problems, "startDate", start)
        required(problems, "endDate", end)
    else:
        start, end = data.starts_at, data.ends_at
        required(problems, "startsAt", start)
        required(problems, "endsAt", end)
    # A missing time is already a problem; the placeholder lets the other checks run.
    placeholder = date(2000, 1, 1)
    return start or placeholder, end or placeholder


def event_input(data: CreateEventInput) -> tuple[int, event_inputs.EventInput]:
    """The host organization's id and the event, or every problem with the input's shape."""
    problems = Problems()
    host = one_id(problems, data.host_organization_id, "hostOrganizationId")
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
        venue_id=None if data.venue_id is None else one_id(problems, data.venue_id, "venueId"),
        online_url=data.online_url,
        capacity=data.capacity,
        offer_minutes=data.offer_minutes,
        co_host_ids=ids(problems, data.co_host_ids, "coHostIds"),
    )
    if problems.items:
        # Name what else is wrong in the same answer: the checks that need no database.
        event_inputs.check_content(problems, result)
        event_inputs.check_online_url(problems, result.online_url)
        problems.raise_if_any()
    return host, result


def event_changes(data: UpdateEventInput) -> event_inputs.EventChanges:
    problems = Problems()
    changes = event_inputs.EventChanges(
        kind=not_null(problems, "kind", data.kind),
        title=not_null(problems, "title", data.title),
        description=unset("" if data.description is None else data.description),
        tags=unset([] if data.tags is None else data.tags),
        languages=unset([] if data.languages is None else data.languages),
        visibility=not_null(problems, "visibility", data.visibility),
        time_zone=not_null(problems, "timeZone", data.time_zone),
        starts_at=not_null(problems, "startsAt", either(data.start_date, data.starts_at)),
        ends_at=not_null(problems, "endsAt", either(data.end_date, data.ends_at)),
        all_day=not_null(problems, "allDay", data.all_day),
        venue_id=optional_id(problems, data.venue_id, "venueId"),
        online_url=unset(data.online_url),
        capacity=unset(data.capacity),
        offer_minutes=not_null(problems, "offerMinutes", data.offer_minutes),
        co_host_ids=id_list(problems, data.co_host_ids, "coHostIds"),
        host_organization_id=_new_host(problems, data.host_organization_id),
    )
    problems.raise_if_any()
    return changes


def _new_host(problems: Problems, value: strawberry.ID | None) -> int | event_inputs.Unset:
    if value is strawberry.UNSET:
        return event_inputs.UNSET
    if value is None:
        problems.add("hostOrganizationId", "An event always has a host.", "required")
        return event_inputs.UNSET
    return one_id(problems, value, "hostOrganizationId")
