"""Storing a submission as a new version of its report: the report row (new, or moved to
its next version with the old version marked superseded), the version, its answers in one
multi-row INSERT, the station's consolidation and the audit row. Runs inside the savepoint
`service.submit_report` opens, so a refused insert leaves nothing behind."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from server.db import utcnow
from server.forms.models import FormKind
from server.kit.errors import NotFound
from server.reports import audit
from server.reports.consolidation import core, insert_rows, recompute_station
from server.reports.models import Report, ReportAnswer, ReportChannel, ReportStatus, ReportVersion
from server.reports.submission import (
    NO_SUCH_REPORT,
    ReportActor,
    SubmissionContext,
    Submitted,
)
from server.reports.validation import Outcome

# With RETURNING, SQLAlchemy sends a list of rows as one multi-row INSERT ("insertmanyvalues")
# from a statement compiled once; `insert().values(rows)` would be compiled again for every
# submission, which costs more than the round trip it saves.
ANSWER_INSERT = insert(ReportAnswer).returning(col(ReportAnswer.version_id))


async def write_version(
    session: AsyncSession,
    *,
    actor: ReportActor,
    context: SubmissionContext,
    form_id: int,
    location_id: int,
    outcome: Outcome,
    key: str,
    digest: str,
    channel: ReportChannel,
    report_id: int | None,
) -> Submitted:
    existing = await target(session, actor, context, form_id, location_id, report_id)
    now = utcnow()
    status, flags = status_and_flags(outcome, existing)
    current = {
        "form_version": context.version_number,
        "channel": channel,
        "flags": flags,
        "status": status,
        "submitted_at": now,
        "updated_at": now,
    }
    if existing is None:
        number = 1
        report = await _insert_report(session, actor, context, form_id, location_id, current)
    else:
        report, previous, _ = existing
        number = previous + 1
        await core(
            session,
            update(Report).where(Report.id == report).values(version=number, **current),  # type: ignore[arg-type]
        )
        await core(
            session,
            update(ReportVersion)
            .where(ReportVersion.report_id == report, ReportVersion.number == previous)  # type: ignore[arg-type]
            .values(superseded_at=now),
        )
    version_id = (
        await core(
            session,
            insert(ReportVersion)
            .values(
                report_id=report,
                member_id=actor.member_id,
                number=number,
                form_version=context.version_number,
                channel=channel,
                idempotency_key=key,
                content_hash=digest,
                submitted_at=now,
                submitted_by_user_id=actor.user_id,
            )
            .returning(col(ReportVersion.id)),
        )
    ).scalar_one()
    if outcome.answers:
        await insert_rows(
            session,
            ANSWER_INSERT,
            [
                {
                    "version_id": version_id,
                    "question": a.question,
                    "int_value": a.int_value,
                    "text_value": a.text_value,
                    "choices": list(a.choices) if a.choices is not None else None,
                }
                for a in outcome.answers.values()
            ],
        )
    if context.kind is not FormKind.INCIDENT and status is not ReportStatus.QUARANTINED:
        await recompute_station(
            session, mission_id=actor.mission_id, location_id=location_id, form_id=form_id
        )
    action = audit.REPORT_SUBMITTED if number == 1 else audit.REPORT_CORRECTED
    await audit.record(session, action=action, report_id=report, actor_user_id=actor.user_id)
    return Submitted(report, number, replayed=False, flags=tuple(f.code for f in outcome.flags))


def status_and_flags(
    outcome: Outcome, existing: tuple[int, int, ReportStatus] | None
) -> tuple[ReportStatus, list[dict[str, Any]]]:
    """The report's status and stored flags once this version is its current one."""
    flags = [{"code": f.code, "question": f.question, "message": f.message} for f in outcome.flags]
    status = ReportStatus.FLAGGED if flags else ReportStatus.SUBMITTED
    if existing is not None and existing[2] is ReportStatus.QUARANTINED:
        status = ReportStatus.QUARANTINED  # a coordinator releases it, not a correction
    return status, flags


async def target(
    session: AsyncSession,
    actor: ReportActor,
    context: SubmissionContext,
    form_id: int,
    location_id: int,
    report_id: int | None,
) -> tuple[int, int, ReportStatus] | None:
    """The report this submission adds a version to, or None for a new one."""
    named = None
    if context.kind is FormKind.INCIDENT and report_id is not None:
        row = (
            await session.exec(
                select(Report.id, Report.version, Report.status).where(  # type: ignore[call-overload]
                    Report.id == report_id,
                    Report.member_id == actor.member_id,
                    Report.form_id == form_id,
                    Report.location_id == location_id,
                )
            )
        ).first()
        named = None if row is None else (row[0], row[1], ReportStatus(row[2]))
    return chosen_report(context, report_id, named)


def chosen_report(
    context: SubmissionContext,
    report_id: int | None,
    named: tuple[int, int, ReportStatus] | None,
) -> tuple[int, int, ReportStatus] | None:
    """`target` once what it needs was read: a checklist or results form has one report per
    observer and station (an id, if given, must be that one); an incident report is new
    unless an id names one of the observer's at this station and form (`named`)."""
    if context.kind is not FormKind.INCIDENT:
        if report_id is not None and (context.existing is None or context.existing[0] != report_id):
            raise NotFound(NO_SUCH_REPORT)
        return context.existing
    if report_id is None:
        return None  # every incident report submitted without an id is a new one
    if named is None:
        raise NotFound(NO_SUCH_REPORT)
    return named


async def _insert_report(
    session: AsyncSession,
    actor: ReportActor,
    context: SubmissionContext,
    form_id: int,
    location_id: int,
    current: Mapping[str, Any],
) -> int:
    slot: object = 0
    if context.kind is FormKind.INCIDENT:
        # Incident reports may be many per observer and station: each takes the next slot;
        # two racing ones collide on the unique key and the loser retries.
        slot = (
            select(func.coalesce(func.max(Report.slot), 0) + 1)
            .where(
                Report.member_id == actor.member_id,  # type: ignore[arg-type]
                Report.location_id == location_id,  # type: ignore[arg-type]
                Report.form_id == form_id,  # type: ignore[arg-type]
            )
            .scalar_subquery()
        )
    report_id = (
        await core(
            session,
            insert(Report)
            .values(
                mission_id=actor.mission_id,
                form_id=form_id,
                location_id=location_id,
                member_id=actor.member_id,
                slot=slot,
                version=1,
                created_at=current["submitted_at"],
                **current,
            )
            .returning(col(Report.id)),
        )
    ).scalar_one()
    assert report_id is not None
    return int(report_id)
