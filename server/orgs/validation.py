"""Checks of people-graph input: phone numbers, countries, languages, time zones."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from zoneinfo import available_timezones

import phonenumbers

from server.kit.errors import Problems

LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


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
