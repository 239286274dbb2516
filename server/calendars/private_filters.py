"""Filters of a private subscription feed: checking them once, and applying them in SQL.

Within one list any value matches (kinds WORKSHOP or TRAINING); between lists all must
(a workshop, in Kenya, in French). An empty list does not filter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, or_, true
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.events.access import visible_events
from server.events.listing import json_list_contains
from server.events.models import Consent, Event, EventCoHost, EventKind, EventStatus, Venue
from server.kit import limits
from server.kit.errors import Problems
from server.orgs.access import Action, Principal
from server.orgs.models import Organization
from server.orgs.resolve import NO_ORGANIZATION
from server.orgs.validation import LANGUAGE_RE, MAX_ID, check_country

# Enough to follow a region or a programme; a list of hundreds is a different feed.
MAX_VALUES = 20
FIELD = "filters"


@dataclass(frozen=True)
class FeedFilters:
    """Checked filters, sorted so that the same choice is always stored the same way."""

    organization_ids: tuple[int, ...] = ()
    kinds: tuple[EventKind, ...] = ()
    tags: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()

    def as_json(self) -> dict[str, list[Any]]:
        return {
            "organizationIds": list(self.organization_ids),
            "kinds": [k.value for k in self.kinds],
            "tags": list(self.tags),
            "countries": list(self.countries),
            "languages": list(self.languages),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FeedFilters:
        """The stored filters, as `check_filters` wrote them (values it no longer knows are
        dropped rather than failing every render of the feed)."""
        known = {k.value for k in EventKind}
        return cls(
            organization_ids=tuple(int(i) for i in data.get("organizationIds", [])),
            kinds=tuple(EventKind(k) for k in data.get("kinds", []) if k in known),
            tags=tuple(str(t) for t in data.get("tags", [])),
            countries=tuple(str(c) for c in data.get("countries", [])),
            languages=tuple(str(lang) for lang in data.get("languages", [])),
        )


def _values(problems: Problems, raw: Mapping[str, Sequence[Any]], name: str) -> list[Any]:
    values = list(dict.fromkeys(raw.get(name) or []))
    if len(values) > MAX_VALUES:
        problems.add(f"{FIELD}.{name}", f"Choose at most {MAX_VALUES}.", "too_many")
        return []
    return values


def _texts(problems: Problems, raw: Mapping[str, Sequence[Any]], name: str) -> list[str]:
    return [str(v).strip() for v in _values(problems, raw, name) if str(v).strip()]


async def check_filters(
    session: AsyncSession,
    *,
    principal: Principal,
    raw: Mapping[str, Sequence[Any]],
    problems: Problems,
) -> FeedFilters:
    """Check filters as given (camelCase keys, as in the API); problems go to `problems`."""
    org_ids = await _check_organizations(
        session,
        principal=principal,
        ids=_values(problems, raw, "organizationIds"),
        problems=problems,
    )
    kinds: list[EventKind] = []
    for kind in _values(problems, raw, "kinds"):
        try:
            kinds.append(EventKind(kind))
        except ValueError:
            problems.add(f"{FIELD}.kinds", f"'{kind}' is not a kind of event.", "unknown")
    tags = sorted({t.lower() for t in _texts(problems, raw, "tags")})
    if any(len(t) > limits.TAG for t in tags):
        problems.add(f"{FIELD}.tags", f"Keep each tag under {limits.TAG} characters.", "too_long")
    countries = sorted(
        {
            c
            for c in (
                check_country(problems, f"{FIELD}.countries", v)
                for v in _texts(problems, raw, "countries")
            )
            if c
        }
    )
    languages = sorted(set(_texts(problems, raw, "languages")))
    for language in languages:
        if len(language) > limits.LANGUAGE or not LANGUAGE_RE.match(language):
            problems.add(f"{FIELD}.languages", "Use language tags like en, fr or pt-BR.")
    return FeedFilters(
        organization_ids=tuple(sorted(org_ids)),
        kinds=tuple(sorted(set(kinds))),
        tags=tuple(tags),
        countries=tuple(countries),
        languages=tuple(languages),
    )


async def _check_organizations(
    session: AsyncSession, *, principal: Principal, ids: Sequence[Any], problems: Problems
) -> set[int]:
    """The organizations the caller may see; any other id is a "no such organization".

    Members of the network see the whole directory. Anyone else sees only the hosts of events
    they may see (a public event names its host), so an outsider can follow those, and
    learns nothing about the rest: a hidden organization answers exactly like a missing one.
    """
    wanted = {i for i in ids if isinstance(i, int) and not isinstance(i, bool) and 0 < i <= MAX_ID}
    found: set[int] = set()
    if wanted:
        rows = await session.exec(
            select(Organization.id).where(col(Organization.id).in_(wanted), _seen_by(principal))
        )
        found = {i for i in rows.all() if i is not None}
    if found != set(ids):
        problems.add(f"{FIELD}.organizationIds", NO_ORGANIZATION, "not_found")
    return found


def _seen_by(principal: Principal) -> ColumnElement[bool]:
    if principal.is_superuser or principal.may_any(Action.VIEW_DIRECTORY, principal.roles):
        return true()
    hosted = select(Event.id).where(
        col(Event.status) != EventStatus.DRAFT,
        visible_events(principal),
        or_(
            col(Event.host_organization_id) == col(Organization.id),
            exists().where(
                (col(EventCoHost.event_id) == col(Event.id))
                & (col(EventCoHost.organization_id) == col(Organization.id))
                & (col(EventCoHost.status) == Consent.ACCEPTED)
            ),
        ),
    )
    return exists(hosted)


def filter_conditions(filters: FeedFilters) -> list[ColumnElement[bool]]:
    """The filters as SQL conditions on `Event` (hosts include co-hosts that accepted)."""
    conditions: list[ColumnElement[bool]] = []
    if filters.organization_ids:
        ids = list(filters.organization_ids)
        conditions.append(
            or_(
                col(Event.host_organization_id).in_(ids),
                exists().where(
                    (col(EventCoHost.event_id) == col(Event.id))
                    & col(EventCoHost.organization_id).in_(ids)
                    & (col(EventCoHost.status) == Consent.ACCEPTED)
                ),
            )
        )
    if filters.kinds:
        conditions.append(col(Event.kind).in_(list(filters.kinds)))
    if filters.tags:
        conditions.append(or_(*(json_list_contains(col(Event.tags), t) for t in filters.tags)))
    if filters.countries:
        conditions.append(
            exists().where(
                and_(
                    col(Venue.id) == col(Event.venue_id),
                    col(Venue.country).in_(list(filters.countries)),
                )
            )
        )
    if filters.languages:
        conditions.append(
            or_(*(json_list_contains(col(Event.languages), lang) for lang in filters.languages))
        )
    return conditions
