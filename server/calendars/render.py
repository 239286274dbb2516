"""TEMPORARY minimal renderer (branch "serve"): the lead takes helper "render"'s version.

Writes every time in UTC (no VTIMEZONE needed), with the properties serving depends on: UID,
SEQUENCE, STATUS, DTSTAMP/LAST-MODIFIED from the update time. Same input, same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC

from icalendar import Calendar, vDuration
from icalendar import Event as VEvent

from server.calendars.feed import FeedEvent, FeedMeta
from server.events.localtime import zone
from server.events.models import EventStatus

_STATUS = {
    EventStatus.PUBLISHED: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def _vevent(item: FeedEvent) -> VEvent:
    vevent = VEvent()
    vevent.add("uid", item.uid)
    vevent.add("dtstamp", item.updated_at.astimezone(UTC))
    vevent.add("last-modified", item.updated_at.astimezone(UTC))
    vevent.add("sequence", item.sequence)
    vevent.add("status", _STATUS.get(item.status, "CONFIRMED"))
    vevent.add("summary", item.title)
    if item.all_day:
        tz = zone(item.time_zone)
        vevent.add("dtstart", item.starts_at.astimezone(tz).date())
        vevent.add("dtend", item.ends_at.astimezone(tz).date())
    else:
        vevent.add("dtstart", item.starts_at.astimezone(UTC))
        vevent.add("dtend", item.ends_at.astimezone(UTC))
    if item.description:
        vevent.add("description", item.description)
    if item.url:
        vevent.add("url", item.url)
    if item.location:
        vevent.add("location", item.location)
    if item.related_to:
        vevent.add("related-to", item.related_to)
    if item.recurrence_id is not None:
        vevent.add("recurrence-id", item.recurrence_id.astimezone(UTC))
    return vevent


def render_calendar(meta: FeedMeta, events: Sequence[FeedEvent]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Pluralis//Calendar feeds//EN")
    calendar.add("version", "2.0")
    calendar.add("name", meta.name)
    calendar.add("x-wr-calname", meta.name)
    calendar.add("refresh-interval", meta.refresh, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(meta.refresh))
    for item in sorted(events, key=lambda e: (e.starts_at, e.uid)):
        calendar.add_component(_vevent(item))
    return bytes(calendar.to_ical())
