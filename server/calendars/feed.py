"""What a feed holds, independent of the database and of iCalendar: the renderer's input.

`selection.py` builds these from rows (with the access rules); `render.py` turns them into
bytes; `service.py` stores and serves them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from server.events.models import EventStatus


class FeedKind(StrEnum):
    NETWORK = "network"  # every public event of the network: /feeds/network.ics
    ORGANIZATION = "organization"  # public events an organization hosts or co-hosts
    EVENT = "event"  # one event with its programme sessions
    SERIES = "series"  # every occurrence of a series
    SUBSCRIPTION = "subscription"  # a private, filtered feed of one account
    AGENDA = "agenda"  # a private "my agenda" feed of one account


@dataclass(frozen=True)
class FeedKey:
    kind: FeedKind
    id: int | None = None

    @property
    def value(self) -> str:
        """The storage key: "network", "organization:12", "subscription:7"."""
        return self.kind.value if self.id is None else f"{self.kind.value}:{self.id}"

    @classmethod
    def parse(cls, value: str) -> FeedKey:
        kind, _, ident = value.partition(":")
        return cls(FeedKind(kind), int(ident) if ident else None)


@dataclass(frozen=True)
class FeedEvent:
    """One VEVENT. Times are aware datetimes (UTC in the database); `time_zone` is the IANA
    zone the event is planned in, used for TZID (all-day events use dates in that zone)."""

    uid: str
    sequence: int
    status: EventStatus
    title: str
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    # DTSTAMP and LAST-MODIFIED: the row's update time, never "now" (ETags depend on it).
    updated_at: datetime
    created_at: datetime
    all_day: bool = False
    description: str = ""  # plain text (the Markdown as written)
    url: str | None = None  # the event's page
    location: str | None = None  # venue name, address, city, country
    geo: tuple[float, float] | None = None  # latitude, longitude
    online_url: str | None = None  # only in feeds of people registered
    recurrence_id: datetime | None = None  # an occurrence of a series
    related_to: str | None = None  # a programme session: the UID of its event
    categories: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class FeedMeta:
    """The calendar's own properties: NAME / X-WR-CALNAME, REFRESH-INTERVAL, X-PUBLISHED-TTL."""

    name: str
    description: str | None = None
    url: str | None = None  # the feed's page (SOURCE is not written: it carries tokens)
    refresh: timedelta = timedelta(hours=6)
