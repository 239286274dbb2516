"""Maximum lengths of text, in one table that the API and the database columns both follow.

Every text column takes its length from here, and the API refuses longer input before any
resolver runs (schema/limits.py), so Postgres, which enforces a column's length, never fails
where SQLite, which does not, would have stored the text. A limit here must never exceed the
length of a column the text is stored in.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Final

# Names of people, organizations and venues; a user's display name.
NAME: Final = 200
# Short names: rooms, programme tracks, cities.
SHORT_NAME: Final = 120
# A name for an API token, shown in the token list.
TOKEN_NAME: Final = 100
# Titles of events and sessions.
TITLE: Final = 300
# Markdown descriptions of events and sessions: a long programme fits, a 5 MB paste does not.
DESCRIPTION: Final = 20_000
# Why an event was postponed or cancelled.
REASON: Final = 500
# RFC 5321 caps an address path at 320 octets (64 local part, @, 255 domain).
EMAIL: Final = 320
# A phone number as typed (spaces, dashes, a national prefix); stored in E.164 form.
PHONE_INPUT: Final = 32
# E.164: a plus sign and at most 15 digits.
PHONE_E164: Final = 16
# A label for a phone number ("work", "Signal").
PHONE_LABEL: Final = 40
# Links (an online meeting) and postal addresses.
URL: Final = 500
ADDRESS: Final = 500
# One tag of an event, and a tag filter.
TAG: Final = 50
# ISO 3166 alpha-2 country codes.
COUNTRY: Final = 2
# BCP 47 language tags (RFC 5646 recommends supporting at least 35 characters).
LANGUAGE: Final = 35
# IANA time zone names (the longest today has 32 characters).
TIME_ZONE: Final = 64
# An iCalendar recurrence rule.
RRULE: Final = 500
# Free text to search for, and opaque pagination cursors.
SEARCH: Final = 200
CURSOR: Final = 500
# Object ids as the API shows them (decimal integers today).
ID: Final = 64
# Invitation and other secret tokens as given to people.
TOKEN: Final = 200
# Passwords: long passphrases are welcome, but argon2 should not hash megabytes.
PASSWORD: Final = 1_000
# The text of one SMS: Twilio refuses bodies longer than 1,600 characters.
SMS_BODY: Final = 1_600
# A form definition as JSON: a form of 200 questions labelled in four languages fits, and the
# request that carries it (two bytes a character at worst) stays below the 1 MB body limit.
FORM_DEFINITION: Final = 256 * 1024
# An incident's description or note.
INCIDENT_TEXT: Final = 2_000
# Any text input the API does not list more precisely: a field added later is bounded too.
DEFAULT_TEXT: Final = 200
# Any list in an input (tags, speakers, phones): no list a person types is longer.
LIST_ITEMS: Final = 200

# Dates and times an input may name. Keeping a day clear of the ends of Python's range means
# any accepted value can be moved into any time zone (offsets stay within a day) without an
# OverflowError, when it is converted to UTC on input or to local time on output.
EARLIEST: Final = datetime.min.replace(tzinfo=UTC) + timedelta(days=1)
LATEST: Final = datetime.max.replace(tzinfo=UTC) - timedelta(days=1)
