"""Checks of people-graph input: phone numbers, countries, languages, time zones, cursors
and searches."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any
from zoneinfo import available_timezones

import phonenumbers
from sqlalchemy import func
from sqlalchemy.sql.elements import ColumnElement

from server.kit.errors import FieldProblem, InvalidInput, Problems
from server.kit.pagination import decode_cursor

LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
# Row ids are 32-bit integers on Postgres; a larger number in a cursor would fail to bind.
MAX_ID = 2**31 - 1


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def check_country(problems: Problems, field: str, country: str | None) -> str | None:
    if country is None or country == "":
        return None
    code = country.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        problems.add(field, "Use a two-letter ISO 3166 country code, like KE or DE.", "unknown")
        return None
    return code


def check_time_zone(problems: Problems, field: str, time_zone: str) -> str:
    if time_zone not in _time_zones():
        problems.add(field, f"'{time_zone}' is not an IANA time zone, like Africa/Nairobi.")
    return time_zone


def check_language(problems: Problems, field: str, language: str) -> str:
    if not LANGUAGE_RE.match(language):
        problems.add(field, "Use a language tag like en, fr or pt-BR.")
    return language


def parse_phone(problems: Problems, field: str, raw: str, default_region: str | None) -> str | None:
    """Parse a number as a person would type it into E.164; None (and a problem) if invalid."""
    try:
        number = phonenumbers.parse(raw, default_region)
    except phonenumbers.NumberParseException:
        hint = "" if default_region else " Start it with + and the country code."
        problems.add(field, f"'{raw}' is not a phone number.{hint}")
        return None
    if not phonenumbers.is_valid_number(number):
        problems.add(field, f"'{raw}' is not a valid number for its country.")
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:70] or "organization"


def name_cursor(cursor: str) -> tuple[str, int]:
    """Decode a (name, id) keyset cursor.

    Cursors come back from clients, so a tampered one must be refused as bad input: values of
    the wrong type would otherwise reach SQL and fail there (Postgres cannot compare an integer
    with text), which clients would see as an internal error.
    """
    name, last_id = decode_cursor(cursor, 2)
    if (
        not isinstance(name, str)
        or "\x00" in name
        or isinstance(last_id, bool)
        or not isinstance(last_id, int)
        or not 0 <= last_id <= MAX_ID
    ):
        raise InvalidInput([FieldProblem("after", "This cursor is not valid.")])
    return name, last_id


def name_contains(column: Any, search: str) -> ColumnElement[bool]:
    """Case-insensitive substring match; % and _ typed by a user match themselves."""
    return func.lower(column).contains(search.strip().lower(), autoescape=True)
