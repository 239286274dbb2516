"""Reports in GraphQL: root fields (see docs/missions.md, "Reports").

Resolvers parse ids, let server/reports decide access and do the work, and shape the views.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession

from schema.context import Info
from schema.errors import field_errors
from schema.permissions import AUTHENTICATED
from schema.types.common import Connection, connection, parse_id, parse_optional_id, selects
from schema.types.reports import (
    MissionSummary,
    Report,
    ReportPayload,
    StationResult,
    StationResultPayload,
    SubmitReportInput,
    SubmitReportPayload,
)
from schema.units import in_transaction
from server.kit.errors import InvalidInput, NotFound
from server.missions.access import Can
from server.reports import access, queries, review, service
from server.reports.models import Report as ReportRow
from server.reports.models import ReportChannel, ReportStatus
from server.reports.validation import collect_answers
from server.reports.views import report_views

NO_SUCH_MISSION = "No such mission."


async def _report(info: Info, row: ReportRow) -> Report:
    async with info.context.runtime.db.read() as session:
        (view,) = await report_views(session, [row])
    return Report.from_view(view)


async def _station(info: Info, location_id: int, form_id: int) -> StationResult:
    async with info.context.runtime.db.read() as session:
        (view,) = await queries.station_views(session, [(location_id, form_id)])
    return StationResult.from_view(view)


@strawberry.type
class ReportQueries:
    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="Coordinators/analysts: every report (regional: their region); observers: "
        "their own.",
    )
    async def mission_reports(
        self,
        info: Info,
        mission_id: strawberry.ID,
        form_id: strawberry.ID | None = None,
        location_id: strawberry.ID | None = None,
        status: ReportStatus | None = None,
        first: int = 50,
        after: str | None = None,
    ) -> Connection[Report]:
        mission = parse_id(mission_id, "missionId")
        async with info.context.runtime.db.read() as session:
            standing = await access.mission_of(
                session,
                principal=info.context.principal,
                mission_id=mission,
                missing=NO_SUCH_MISSION,
            )
            page = await queries.list_reports(
                session,
                access=standing,
                form_id=parse_optional_id(form_id, "formId"),
                location_id=parse_optional_id(location_id, "locationId"),
                status=status,
                first=first,
                after=after,
                with_count=selects(info, "totalCount"),
            )
            views = {v.report.id: v for v in await report_views(session, page.items)}
        return connection(page, lambda row: Report.from_view(views[row.id]))

    @strawberry.field(permission_classes=AUTHENTICATED)
    async def report(self, info: Info, id: strawberry.ID) -> Report:
        report_id = parse_id(id, "id")
        async with info.context.runtime.db.read() as session:
            found = await access.report_for(
                session, principal=info.context.principal, report_id=report_id
            )
            (view,) = await report_views(session, [found.report])
        return Report.from_view(view)

    @strawberry.field(permission_classes=AUTHENTICATED)
    async def station_result(
        self, info: Info, location_id: strawberry.ID, form_id: strawberry.ID
    ) -> StationResult:
        location, form = parse_id(location_id, "locationId"), parse_id(form_id, "formId")
        async with info.context.runtime.db.read() as session:
            await access.station_for(
                session,
                principal=info.context.principal,
                location_id=location,
                form_id=form,
                can=Can.SEE_AGGREGATES,
            )
            (view,) = await queries.station_views(session, [(location, form)])
        return StationResult.from_view(view)

    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="Stations (of a form, or any) with at least one conflicting field.",
    )
    async def mission_conflicts(
        self,
        info: Info,
        mission_id: strawberry.ID,
        form_id: strawberry.ID | None = None,
        first: int = 50,
        after: str | None = None,
    ) -> Connection[StationResult]:
        mission = parse_id(mission_id, "missionId")
        async with info.context.runtime.db.read() as session:
            standing = await access.mission_of(
                session,
                principal=info.context.principal,
                mission_id=mission,
                missing=NO_SUCH_MISSION,
            )
            page = await queries.conflict_page(
                session,
                access=standing,
                form_id=parse_optional_id(form_id, "formId"),
                first=first,
                after=after,
                with_count=selects(info, "totalCount"),
            )
            pairs = [(row[0], row[1]) for row in page.items]
            views = dict(zip(pairs, await queries.station_views(session, pairs), strict=True))
        return connection(page, lambda row: StationResult.from_view(views[(row[0], row[1])]))

    @strawberry.field(
        permission_classes=AUTHENTICATED, description="Aggregates (partner viewers included)."
    )
    async def mission_summary(self, info: Info, mission_id: strawberry.ID) -> MissionSummary:
        mission = parse_id(mission_id, "missionId")
        async with info.context.runtime.db.read() as session:
            standing = await access.mission_of(
                session,
                principal=info.context.principal,
                mission_id=mission,
                missing=NO_SUCH_MISSION,
            )
            summary = await queries.mission_summary(session, access=standing)
        return MissionSummary.from_summary(summary)


async def _reviewed(
    info: Info, work: Callable[[AsyncSession], Awaitable[ReportRow]]
) -> ReportPayload:
    row, errors = await in_transaction(info, work)
    if row is None:
        return ReportPayload(errors=errors)
    return ReportPayload(report=await _report(info, row), errors=[])


@strawberry.type
class ReportMutations:
    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def submit_report(self, info: Info, input: SubmitReportInput) -> SubmitReportPayload:
        principal = info.context.principal
        form_id = parse_id(input.form_id, "formId")
        location_id = parse_id(input.location_id, "locationId")
        report_id = parse_optional_id(input.report_id, "reportId")
        try:
            answers = collect_answers((a.question, a.value, a.choices) for a in input.answers)
        except InvalidInput as invalid:
            return SubmitReportPayload(errors=field_errors(invalid.problems))
        channel = ReportChannel.API if principal.api_token_id else ReportChannel.WEB
        runtime = info.context.runtime
        # Stored through the group commit (server/reports/writer.py), committed on return.
        try:
            async with runtime.db.read() as session:
                actor = await access.web_actor(session, principal=principal, form_id=form_id)
            made = service.request(
                actor=actor,
                form_id=form_id,
                location_id=location_id,
                answers=answers,
                idempotency_key=input.idempotency_key,
                channel=channel,
                form_version=input.form_version,
                report_id=report_id,
            )
            result = (
                made if isinstance(made, service.Rejected) else await runtime.reports.submit(made)
            )
        except InvalidInput as invalid:
            return SubmitReportPayload(errors=field_errors(invalid.problems))
        if isinstance(result, service.Rejected):
            return SubmitReportPayload(errors=field_errors(result.problems))
        async with runtime.db.read() as session:
            row = await session.get(ReportRow, result.report_id)
        if row is None:  # pragma: no cover - it was just stored or found
            raise NotFound(service.NO_SUCH_REPORT)
        return SubmitReportPayload(report=await _report(info, row), errors=[])

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def verify_report(self, info: Info, id: strawberry.ID) -> ReportPayload:
        report_id, principal = parse_id(id, "id"), info.context.principal
        return await _reviewed(
            info, lambda s: review.verify_report(s, principal=principal, report_id=report_id)
        )

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def quarantine_report(self, info: Info, id: strawberry.ID, reason: str) -> ReportPayload:
        report_id, principal = parse_id(id, "id"), info.context.principal
        return await _reviewed(
            info,
            lambda s: review.quarantine_report(
                s, principal=principal, report_id=report_id, reason=reason
            ),
        )

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def release_report(self, info: Info, id: strawberry.ID) -> ReportPayload:
        report_id, principal = parse_id(id, "id"), info.context.principal
        return await _reviewed(
            info, lambda s: review.release_report(s, principal=principal, report_id=report_id)
        )

    @strawberry.mutation(permission_classes=AUTHENTICATED)
    async def override_station_value(
        self,
        info: Info,
        location_id: strawberry.ID,
        form_id: strawberry.ID,
        question: str,
        value: str | None = None,
        choices: list[int] | None = None,
        *,
        reason: str,
    ) -> StationResultPayload:
        location, form = parse_id(location_id, "locationId"), parse_id(form_id, "formId")
        principal = info.context.principal
        done, errors = await in_transaction(
            info,
            lambda s: review.override_station_value(
                s,
                principal=principal,
                location_id=location,
                form_id=form,
                question=question,
                value=value,
                choices=choices,
                reason=reason,
            ),
        )
        if done is None:
            return StationResultPayload(errors=errors)
        return StationResultPayload(result=await _station(info, location, form), errors=[])
