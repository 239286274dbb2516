"""Reading reports, station results, conflicts and a mission's summary, within what the
caller's mission access allows (server/reports/access.py decides; this module filters).

Observers list only their own reports; regional coordinators see their region; partner
viewers see station results and counts, never reports. Lists take a fixed number of
statements whatever their length.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, distinct, func, tuple_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.forms.models import Form
from server.kit.errors import NotFound
from server.kit.pagination import Page, check_page_size, decode_cursor, keyset_page
from server.missions.access import Can, MissionAccess
from server.missions.models import Deployment, DeploymentForm, MissionLocation, MissionRole
from server.reports.consolidation import current_answers_query
from server.reports.models import Report, ReportStatus, StationValue
from server.reports.service import NO_SUCH_FORM, NO_SUCH_LOCATION
from server.reports.views import (
    compiled_versions,
    observer_codes,
    question_types,
    render,
    rows_by_id,
)


@dataclass(frozen=True)
class ObservedView:
    member_id: int
    observer_code: str | None
    report_id: int
    value: str | None
    choices: list[int] | None


@dataclass(frozen=True)
class FieldView:
    question: str
    value: str | None
    choices: list[int] | None
    source: tuple[int, str | None] | None  # (member id, observer code)
    conflict: bool
    overridden: bool
    override_reason: str | None
    values: list[ObservedView]


@dataclass(frozen=True)
class StationView:
    location: MissionLocation
    form: Form
    report_count: int
    fields: list[FieldView]

    @property
    def conflict_count(self) -> int:
        return sum(1 for f in self.fields if f.conflict and not f.overridden)


def _in_region(access: MissionAccess):  # type: ignore[no-untyped-def]
    """A condition on MissionLocation for the caller's region (None: the whole mission)."""
    if access.region_path is None:
        return None
    return col(MissionLocation.path).startswith(access.region_path)


async def _filter_ids(
    session: AsyncSession, access: MissionAccess, form_id: int | None, location_id: int | None
) -> str | None:
    """Check a list's form and location filters; answers the location's path."""
    if form_id is not None:
        form = await session.get(Form, form_id)
        if form is None or form.mission_id != access.mission_id:
            raise NotFound(NO_SUCH_FORM)
    if location_id is None:
        return None
    location = await session.get(MissionLocation, location_id)
    if location is None or location.mission_id != access.mission_id:
        raise NotFound(NO_SUCH_LOCATION)
    return location.path


async def list_reports(
    session: AsyncSession,
    *,
    access: MissionAccess,
    form_id: int | None,
    location_id: int | None,
    status: ReportStatus | None,
    first: int,
    after: str | None,
    with_count: bool,
) -> Page[Report]:
    if access.role is not MissionRole.OBSERVER:
        access.require(Can.SEE_REPORTS)
    check_page_size(first)
    path = await _filter_ids(session, access, form_id, location_id)
    query = (
        select(Report)
        .join(MissionLocation, col(MissionLocation.id) == Report.location_id)
        .where(Report.mission_id == access.mission_id)
    )
    if access.role is MissionRole.OBSERVER:
        query = query.where(Report.member_id == access.member_id)
    region = _in_region(access)
    for condition in (
        region,
        None if path is None else col(MissionLocation.path).startswith(path),
        None if form_id is None else Report.form_id == form_id,
        None if status is None else Report.status == status,
    ):
        if condition is not None:
            query = query.where(condition)
    count = select(func.count()).select_from(query.subquery()) if with_count else None
    cursor = None if after is None else decode_cursor(after, 2)
    return await keyset_page(
        session,
        query,
        order=(col(Report.location_id), col(Report.id)),
        after=None if cursor is None else (cursor[0], cursor[1]),
        first=first,
        count=count,
        cursor=lambda r: (r.location_id, r.id),
    )


async def conflict_page(
    session: AsyncSession,
    *,
    access: MissionAccess,
    form_id: int | None,
    first: int,
    after: str | None,
    with_count: bool,
) -> Page[tuple[int, int]]:
    """(location id, form id) of the stations with a conflicting, not overridden field."""
    access.require(Can.SEE_AGGREGATES)
    check_page_size(first)
    await _filter_ids(session, access, form_id, None)
    query = (
        select(StationValue.location_id, StationValue.form_id)
        .join(MissionLocation, col(MissionLocation.id) == StationValue.location_id)
        .where(
            StationValue.mission_id == access.mission_id,
            col(StationValue.conflict),
            ~col(StationValue.overridden),
        )
        .distinct()
    )
    region = _in_region(access)
    if region is not None:
        query = query.where(region)
    if form_id is not None:
        query = query.where(StationValue.form_id == form_id)
    count = select(func.count()).select_from(query.subquery()) if with_count else None
    cursor = None if after is None else decode_cursor(after, 2)
    return await keyset_page(
        session,
        query,
        order=(col(StationValue.location_id), col(StationValue.form_id)),
        after=None if cursor is None else (cursor[0], cursor[1]),
        first=first,
        count=count,
        cursor=lambda r: (r[0], r[1]),
    )


async def station_views(
    session: AsyncSession, pairs: Sequence[tuple[int, int]]
) -> list[StationView]:
    """Consolidated results of these (station, form) pairs, in a fixed number of statements."""
    if not pairs:
        return []
    wanted = set(pairs)
    stored = (
        await session.exec(
            select(StationValue).where(
                tuple_(StationValue.location_id, StationValue.form_id).in_(list(wanted))
            )
        )
    ).all()
    observed = [
        r
        for r in (await session.exec(current_answers_query([p[0] for p in wanted]))).all()
        if (r.location_id, r.form_id) in wanted
    ]
    locations = await rows_by_id(session, MissionLocation, (p[0] for p in wanted))
    forms = await rows_by_id(session, Form, (p[1] for p in wanted))
    codes = await observer_codes(session, (r.member_id for r in observed))
    compiled = await compiled_versions(
        session,
        ((i, f.current_version) for i, f in forms.items() if f.current_version is not None),
    )
    values: dict[tuple[int, int, str], list[ObservedView]] = defaultdict(list)
    reports: dict[tuple[int, int], set[int]] = defaultdict(set)
    types_of = {
        form_id: question_types(compiled.get((form_id, form.current_version or 0)))
        for form_id, form in forms.items()
    }
    for r in observed:
        types = types_of[r.form_id]
        reports[(r.location_id, r.form_id)].add(r.id)
        shown = ObservedView(
            r.member_id,
            codes.get(r.member_id),
            r.id,
            None
            if r.choices is not None
            else render(types.get(r.question), r.int_value, r.text_value),
            list(r.choices) if r.choices is not None else None,
        )
        values[(r.location_id, r.form_id, r.question)].append(shown)
    fields: dict[tuple[int, int], list[FieldView]] = defaultdict(list)
    for row in stored:
        types = types_of[row.form_id]
        observed_here = values[(row.location_id, row.form_id, row.question)]
        source = next((v for v in observed_here if v.report_id == row.source_report_id), None)
        fields[(row.location_id, row.form_id)].append(
            FieldView(
                question=row.question,
                value=render(types.get(row.question), row.int_value, row.text_value),
                choices=list(row.choices) if row.choices is not None else None,
                source=None
                if source is None or row.overridden
                else (source.member_id, source.observer_code),
                conflict=row.conflict,
                overridden=row.overridden,
                override_reason=row.override_reason,
                values=observed_here,
            )
        )
    return [
        StationView(
            location=locations[loc],
            form=forms[form],
            report_count=len(reports[(loc, form)]),
            fields=sorted(fields[(loc, form)], key=lambda f: f.question),
        )
        for loc, form in pairs
    ]


@dataclass(frozen=True)
class Summary:
    stations: int
    stations_reporting: int
    expected_reports: int
    reports: int
    flagged: int
    quarantined: int
    conflicts: int


async def mission_summary(session: AsyncSession, *, access: MissionAccess) -> Summary:
    """Counts for a mission (a regional coordinator's: their region), in four statements.

    `conflicts` counts stations and forms with at least one conflicting field."""
    access.require(Can.SEE_AGGREGATES)
    mission = access.mission_id
    region = _in_region(access)
    scope = [MissionLocation.mission_id == mission] + ([region] if region is not None else [])
    stations = await session.scalar(
        select(func.count())
        .select_from(MissionLocation)
        .where(col(MissionLocation.is_station), *scope)
    )
    expected = await session.scalar(
        select(func.count())
        .select_from(DeploymentForm)
        .join(Deployment, col(Deployment.id) == DeploymentForm.deployment_id)
        .join(MissionLocation, col(MissionLocation.id) == Deployment.location_id)
        .where(*scope)
    )
    counts = (
        await session.exec(
            select(
                func.count(),
                func.count(distinct(col(Report.location_id))),
                func.sum(case((col(Report.status) == ReportStatus.FLAGGED, 1), else_=0)),
                func.sum(case((col(Report.status) == ReportStatus.QUARANTINED, 1), else_=0)),
            )
            .join(MissionLocation, col(MissionLocation.id) == Report.location_id)
            .where(*scope)
        )
    ).one()
    conflicting = (
        select(StationValue.location_id, StationValue.form_id)
        .join(MissionLocation, col(MissionLocation.id) == StationValue.location_id)
        .where(col(StationValue.conflict), ~col(StationValue.overridden), *scope)
        .distinct()
    )
    conflicts = await session.scalar(select(func.count()).select_from(conflicting.subquery()))
    return Summary(
        stations=int(stations or 0),
        stations_reporting=int(counts[1] or 0),
        expected_reports=int(expected or 0),
        reports=int(counts[0] or 0),
        flagged=int(counts[2] or 0),
        quarantined=int(counts[3] or 0),
        conflicts=int(conflicts or 0),
    )
