"""`FeedEvent`s to iCalendar bytes (RFC 5545, RFC 7986), the same bytes for the same input.

What goes into a feed and why is written for people in docs/calendar-feeds.md ("What a feed
contains"); the choices that matter for clients:

- Nothing depends on the clock: DTSTAMP and LAST-MODIFIED are the row's update time, events
  are sorted by (start, UID), VTIMEZONEs depend only on the years the events span. Same data,
  same bytes, so the stored ETag only changes when the content does.
- Times are written with TZID and a VTIMEZONE from `timezones.py` (exact onsets), except
  when a start or end falls in the repeated hour of a fall-back: such an event is written in
  UTC, because its second pass cannot be written with TZID at all and clients disagree on
  the first. All-day events use DATE values in the event's zone, DTEND exclusive.
- Occurrences of a series are stored as events with their own UID, so they are written as
  independent VEVENTs without RECURRENCE-ID (a RECURRENCE-ID with no RRULE master makes
  clients drop or duplicate the occurrence).
- No METHOD, ORGANIZER or ATTENDEE: subscription feeds are not invitations.
- Text goes through icalendar's escaping after control characters are removed, so a title
  cannot start a new line or property; a URL with whitespace or controls is left out.

Rendering one VEVENT costs far more than joining bytes, so each event's bytes are cached
(by a digest of its `FeedEvent`, within a memory budget): re-rendering a feed after one
event changed only serialises that event again.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event
from icalendar.prop import vDuration

from server.calendars.feed import FeedEvent, FeedMeta
from server.calendars.timezones import is_ambiguous, vtimezone
from server.events.models import EventStatus

PRODID = "-//Pluralis//Pluralis//EN"
_FOLD_AT = 75  # octets; icalendar folds a line that reaches this length

# RFC 5545 TEXT allows no control characters but HTAB (and the escaped newline).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NOT_URI = re.compile(r"[\x00-\x20\x7f]")
# Written as UTC ("Z"); any other zone, even one at +00:00 all year, gets TZID + VTIMEZONE.
_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "GMT", "Etc/GMT", "Etc/Universal", "Etc/Zulu"})

# What a client shows for each status. STATUS alone is not enough: Google Calendar and
# Outlook show a cancelled or tentative event in a subscribed calendar like any other, so
# the title says it too. Both are also TRANSPARENT, so they do not block anyone's time.
_STATUS = {
    EventStatus.PUBLISHED: ("CONFIRMED", ""),
    EventStatus.POSTPONED: ("TENTATIVE", "Postponed: "),
    EventStatus.CANCELLED: ("CANCELLED", "Cancelled: "),
}


@dataclass(frozen=True)
class _Rendered:
    body: bytes
    tzid: str | None  # the TZID its DTSTART/DTEND use, when they use one
    years: tuple[int, int]  # UTC years of its start and end: the VTIMEZONE span needed


def render_calendar(meta: FeedMeta, events: Sequence[FeedEvent]) -> bytes:
    """The feed as iCalendar bytes. Drafts are never written, whatever the caller passes."""
    latest: dict[str, FeedEvent] = {}
    for event in events:
        if event.status in _STATUS:
            # One VEVENT per UID (clients merge or reject duplicates unpredictably): an
            # agenda may meet the same event as a registration and as a speaker's session.
            kept = latest.get(event.uid)
            if kept is None or _rank(event) > _rank(kept):
                latest[event.uid] = event
    shown = sorted(latest.values(), key=lambda event: (event.starts_at, event.uid))
    rendered = [_CACHE.get(event) for event in shown]
    spans: dict[str, tuple[int, int]] = {}
    for item in rendered:
        if item.tzid is not None:
            first, last = spans.get(item.tzid, item.years)
            spans[item.tzid] = (min(first, item.years[0]), max(last, item.years[1]))
    parts = [_head(meta)]
    parts.extend(vtimezone(tzid, *spans[tzid]) for tzid in sorted(spans))
    parts.extend(item.body for item in rendered)
    parts.append(b"END:VCALENDAR\r\n")
    return b"".join(parts)


def _rank(event: FeedEvent) -> tuple[int, datetime, bool, str]:
    """Which of two events with one UID is written: the newest, then the one with the
    online link (an agenda's registration), then a fixed order, so the choice is stable."""
    return (event.sequence, _utc(event.updated_at), event.online_url is not None, repr(event))


def _head(meta: FeedMeta) -> bytes:
    calendar = Calendar()
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", PRODID)
    calendar.add("CALSCALE", "GREGORIAN")
    name = _text(meta.name)
    calendar.add("NAME", name)
    calendar.add("X-WR-CALNAME", name)
    if meta.description:
        description = _text(meta.description)
        calendar.add("DESCRIPTION", description)
        calendar.add("X-WR-CALDESC", description)
    if meta.url and _uri(meta.url):
        calendar.add("URL", meta.url)
    # RFC 7986 §5.7: the grammar requires VALUE=DURATION, which icalendar leaves out.
    calendar.add("REFRESH-INTERVAL", vDuration(meta.refresh), parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", vDuration(meta.refresh))  # Outlook's name for it
    text: bytes = calendar.to_ical()
    end = b"END:VCALENDAR\r\n"
    assert text.endswith(end)
    return text[: -len(end)]


class _VeventCache:
    """Serialised VEVENTs by a digest of their `FeedEvent`, least recently used first out.

    Bounded by bytes, not entries: a description may be 20,000 characters, and a count
    bound smaller than a large feed would make every render of that feed miss. The key is a
    digest of the event's repr (every field, zone included), so the cache holds no events.
    """

    def __init__(self, budget: int) -> None:
        self._budget = budget
        self._items: OrderedDict[bytes, _Rendered] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()  # feeds may be rendered in worker threads

    def get(self, event: FeedEvent) -> _Rendered:
        key = hashlib.blake2b(repr(event).encode(), digest_size=16).digest()
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        rendered = _vevent(event)
        with self._lock:
            if key not in self._items:
                self._items[key] = rendered
                self._size += len(rendered.body)
            while self._size > self._budget and self._items:
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped.body)
        return rendered

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0


_CACHE = _VeventCache(budget=32 * 1024 * 1024)


def _vevent(event: FeedEvent) -> _Rendered:
    status, prefix = _STATUS[event.status]
    component = Event()
    component.add("UID", event.uid)
    component.add("DTSTAMP", _utc(event.updated_at))
    component.add("CREATED", _utc(event.created_at))
    component.add("LAST-MODIFIED", _utc(event.updated_at))
    component.add("SEQUENCE", event.sequence)
    component.add("STATUS", status)
    if prefix:
        component.add("TRANSP", "TRANSPARENT")
    component.add("SUMMARY", prefix + _text(event.title))
    tzid = _add_times(component, event)
    description = _description(event)
    if description:
        component.add("DESCRIPTION", description)
    location = _text(event.location or "") or _uri(event.online_url)
    if location:
        component.add("LOCATION", location)
    if event.geo is not None:
        component.add("GEO", event.geo)
    url = _uri(event.url)
    if url:
        component.add("URL", url)
    # A comma inside a category is escaped correctly by icalendar, but the strict `ical`
    # parser (Home Assistant's) still splits on it: tags are written without commas.
    categories = [_text(tag).replace(",", " ").strip() for tag in event.categories]
    if any(categories):
        component.add("CATEGORIES", [tag for tag in categories if tag])
    if event.related_to:
        component.add("RELATED-TO", event.related_to)
    # The VTIMEZONE starts a year before the event: icalendar's own reader, for one, reads
    # the very first instant of a zone's first observance with the wrong offset when that
    # observance is daylight time (Lord Howe, Apia in January); a real change in between
    # makes the first observance irrelevant.
    years = (_utc(event.starts_at).year - 1, _utc(event.ends_at).year)
    return _Rendered(_serialise(component), tzid, years)


def _serialise(component: Event) -> bytes:
    """`component.to_ical()`, byte for byte (tested), in a fifth less time.

    icalendar folds every line character by character, most of a feed's render time. Short
    lines need no folding and ASCII lines can be cut by slicing; only the rest go through
    icalendar's own folding.
    """
    out = []
    for line in component.content_lines():
        if not line:
            continue
        if len(line) < _FOLD_AT and line.isascii():
            out.append(line.encode("ascii"))
        elif line.isascii():
            out.append(_fold_ascii(line).encode("ascii"))
        else:
            out.append(line.to_ical())
    out.append(b"")
    return b"\r\n".join(out)


def _fold_ascii(line: str) -> str:
    """icalendar's folding for an ASCII line: pieces of 74 octets, continuation lines start
    with a space, and a piece never ends with the backslash or caret of an escape."""
    pieces = []
    start = 0
    while len(line) - start >= _FOLD_AT:
        end = start + _FOLD_AT - 1
        if line[end - 1] in "\\^":
            end -= 1
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return "\r\n ".join(pieces)


def _add_times(component: Event, event: FeedEvent) -> str | None:
    """DTSTART and DTEND; returns the TZID used, if any (it then needs a VTIMEZONE)."""
    start, end = _utc(event.starts_at), _utc(event.ends_at)
    tz = _zone(event.time_zone)
    if event.all_day:
        first, after_last = _days(start, end, tz or ZoneInfo("UTC"))
        component.add("DTSTART", first)
        component.add("DTEND", after_last)
        return None
    if tz is None or is_ambiguous(start, tz) or is_ambiguous(end, tz):
        component.add("DTSTART", start)
        component.add("DTEND", end)
        return None
    component.add("DTSTART", start.astimezone(tz))
    component.add("DTEND", end.astimezone(tz))
    return event.time_zone


def _days(start: datetime, end: datetime, tz: ZoneInfo) -> tuple[date, date]:
    """The local days an all-day event covers: its first day and the day after its last.

    Events store the midnight after their last day; one stored as ending at 23:59 or at
    that midnight covers the same days, and an event always covers at least one day.
    """
    first = start.astimezone(tz).date()
    last = (end - timedelta(microseconds=1)).astimezone(tz).date()
    return first, max(last, first) + timedelta(days=1)


def _description(event: FeedEvent) -> str:
    parts = []
    online = _uri(event.online_url)
    if online:
        parts.append(f"Join online: {online}")
    text = _text(event.description).strip()
    if text:
        parts.append(text)
    url = _uri(event.url)
    if url:
        # Google Calendar ignores URL; a link in the description is what people can click.
        parts.append(f"Details: {url}")
    return "\n\n".join(parts)


def _zone(name: str) -> ZoneInfo | None:
    """The event's zone, or None to write UTC (for UTC itself, or a name we cannot resolve:
    one bad row must not stop the feed, and UTC is always read right)."""
    if name in _UTC_NAMES:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _utc(value: datetime) -> datetime:
    if value.utcoffset() is None:
        # A naive time would be written floating: every client would read it differently.
        raise ValueError("feed times must be timezone-aware")
    return value.astimezone(UTC)


def _text(value: str) -> str:
    """Plain text with line breaks as LF and no other control characters."""
    return _CONTROLS.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def _uri(value: str | None) -> str | None:
    if not value or _NOT_URI.search(value):
        return None
    return value
