"""What organizers send to create or change an event, and the checks it must pass."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from typing import Any, Final, TypeVar
from urllib.parse import urlsplit

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Action, Principal
from server.events.localtime import exists_locally, start_of_day, to_utc, zone
from server.events.models import EventKind, Venue, Visibility
from server.events.places import Registration, RegistrationStatus
from server.kit.errors import Problems
from server.orgs.models import Organization
from server.orgs.validation import check_language, check_time_zone

MAX_TAGS = 20
MIN_OFFER_MINUTES = 5


class Unset(Enum):
    UNSET = "unset"


UNSET: Final = Unset.UNSET
_T = TypeVar("_T")


def pick(change: _T | Unset, current: _T) -> _T:
    """The changed value, or the current one when the change left the field UNSET."""
    return current if isinstance(change, Unset) else change


@dataclass
class EventInput:
    """A new event. Times are the local wall-clock in `time_zone`, without tzinfo.

    For all-day events `starts_at` and `ends_at` are dates, and the end date is the last day
    of the event (inclusive). A local time that occurs twice (when clocks go back) means the
    earlier instant unless it carries `fold=1`; one that never occurs is refused.
    """

    kind: EventKind
    title: str
    time_zone: str
    starts_at: datetime | date
    ends_at: datetime | date
    all_day: bool = False
    description: str = ""
    tags: Sequence[str] = ()
    languages: Sequence[str] = ()
    visibility: Visibility = Visibility.NETWORK
    venue_id: int | None = None
    online_url: str | None = None
    capacity: int | None = None
    offer_minutes: int = 24 * 60
    co_host_ids: Sequence[int] = ()


@dataclass
class EventChanges:
    """Fields to change; UNSET leaves a field as it is (None clears the nullable ones).

    Changing `time_zone` alone keeps the local wall-clock times and moves the instants: a
    change of zone is almost always the correction of a wrong one.
    """

    kind: EventKind | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: Sequence[str] | Unset = UNSET
    languages: Sequence[str] | Unset = UNSET
    visibility: Visibility | Unset = UNSET
    time_zone: str | Unset = UNSET
    starts_at: datetime | date | Unset = UNSET
    ends_at: datetime | date | Unset = UNSET
    all_day: bool | Unset = UNSET
    venue_id: int | Unset | None = UNSET
    online_url: str | Unset | None = UNSET
    capacity: int | Unset | None = UNSET
    offer_minutes: int | Unset = UNSET
    co_host_ids: Sequence[int] | Unset = UNSET
    # Moving an event to another host: only for someone who manages both organizations.
    host_organization_id: int | Unset = UNSET

    @property
    def touches_times(self) -> bool:
        return any(
            not isinstance(v, Unset)
            for v in (self.starts_at, self.ends_at, self.all_day, self.time_zone)
        )


def _local_time(problems: Problems, field: str, value: datetime | date, tz_name: str) -> datetime:
    if not isinstance(value, datetime):
        problems.add(field, "Give a time of day, or make the event all-day.", "time_required")
        return datetime.combine(value, time())
    if value.tzinfo is not None:
        # An instant with an offset is unambiguous: take it as the same instant.
        return value.astimezone(zone(tz_name)).replace(tzinfo=None)
    if not exists_locally(value, zone(tz_name)):
        problems.add(
            field,
            f"{value:%H:%M} on {value:%Y-%m-%d} does not exist in {tz_name}: the clocks skip "
            "it for daylight saving time. Choose a time before or after the change.",
            "nonexistent_time",
        )
    return value


def check_times(problems: Problems, data: EventInput) -> tuple[datetime, datetime] | None:
    """The UTC start and end of the input's local times, or None (and problems)."""
    before = len(problems.items)
    tz_name = check_time_zone(problems, "timeZone", data.time_zone)
    if len(problems.items) > before:
        return None
    tz = zone(tz_name)
    if data.all_day:
        first = data.starts_at.date() if isinstance(data.starts_at, datetime) else data.starts_at
        last = data.ends_at.date() if isinstance(data.ends_at, datetime) else data.ends_at
        if last < first:
            problems.add("endsAt", "The last day cannot be before the first.", "before_start")
            return None
        return start_of_day(first, tz), start_of_day(last + timedelta(days=1), tz)
    start = _local_time(problems, "startsAt", data.starts_at, tz_name)
    end = _local_time(problems, "endsAt", data.ends_at, tz_name)
    if len(problems.items) > before:
        return None
    starts_at, ends_at = to_utc(start, tz), to_utc(end, tz)
    if ends_at <= starts_at:
        problems.add("endsAt", "The event must end after it starts.", "before_start")
        return None
    return starts_at.astimezone(UTC), ends_at.astimezone(UTC)


def _clean_list(items: Sequence[str], *, lower: bool) -> list[str]:
    cleaned: list[str] = []
    for item in items:
        value = item.strip().lower() if lower else item.strip()
        if value and value not in cleaned:
            cleaned.append(value)
    return cleaned


def check_content(problems: Problems, data: EventInput) -> dict[str, Any]:
    """Title, description, tags, languages, capacity and offer time, as stored."""
    title = data.title.strip()
    if not title:
        problems.add("title", "Enter the event's title.", "required")
    elif len(title) > 300:
        problems.add("title", "Use at most 300 characters.", "too_long")
    # Tags are lower-cased so that a filter on "Elections" finds "elections".
    tags = _clean_list(data.tags, lower=True)
    if len(tags) > MAX_TAGS:
        problems.add("tags", f"Use at most {MAX_TAGS} tags.", "too_many")
    if any(len(t) > 50 for t in tags):
        problems.add("tags", "Keep each tag under 50 characters.", "too_long")
    languages = _clean_list(data.languages, lower=False)
    for language in languages:
        check_language(problems, "languages", language)
    if data.capacity is not None and data.capacity < 1:
        problems.add(
            "capacity", "Capacity must be at least 1 (or empty for no limit).", "too_small"
        )
    if data.offer_minutes < MIN_OFFER_MINUTES:
        problems.add(
            "offerMinutes", f"Offers stay open at least {MIN_OFFER_MINUTES} minutes.", "too_small"
        )
    return {
        "kind": data.kind,
        "title": title,
        "description": data.description,
        "tags": tags,
        "languages": languages,
        "visibility": data.visibility,
        "capacity": data.capacity,
        "offer_minutes": data.offer_minutes,
    }


def check_online_url(problems: Problems, url: str | None) -> str | None:
    if url is None or not url.strip():
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc or " " in url:
        problems.add("onlineUrl", "Use a web address starting with https://.", "invalid_url")
    elif len(url) > 500:
        problems.add("onlineUrl", "Use at most 500 characters.", "too_long")
    return url


async def check_venue(
    session: AsyncSession,
    problems: Problems,
    *,
    principal: Principal,
    venue_id: int | None,
    organizations: set[int],
) -> None:
    """A venue the caller may hold this event at: one of the host's or a co-host's, in an
    organization where the caller manages events. Any other venue answers exactly like a
    missing one, so its address, rooms and bookings stay with its own organization."""
    if venue_id is None:
        return
    venue = await session.get(Venue, venue_id)
    if (
        venue is None
        or venue.organization_id not in organizations
        or not principal.may(Action.MANAGE_EVENTS, venue.organization_id)
    ):
        problems.add("venueId", "No such venue.", "not_found")


async def check_cohosts(
    session: AsyncSession, problems: Problems, host_id: int, ids: Sequence[int]
) -> list[int]:
    wanted = list(dict.fromkeys(ids))
    if host_id in wanted:
        problems.add("coHostIds", "The host cannot also be a co-host.", "is_host")
    found = set(
        (await session.exec(select(Organization.id).where(col(Organization.id).in_(wanted)))).all()
    )
    if missing := [i for i in wanted if i not in found]:
        problems.add("coHostIds", f"No such organization: {missing[0]}.", "not_found")
    return wanted


async def registered_count(session: AsyncSession, *, event_id: int) -> int:
    """Seats held for the whole event (session registrations do not count)."""
    count = await session.scalar(
        select(func.count())
        .select_from(Registration)
        .where(
            col(Registration.event_id) == event_id,
            col(Registration.session_id).is_(None),
            # An open offer holds its seat as much as a registration does.
            col(Registration.status).in_(
                (RegistrationStatus.REGISTERED, RegistrationStatus.OFFERED)
            ),
        )
    )
    return int(count or 0)
