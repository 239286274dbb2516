"""Coordinators' review: verify, quarantine with a reason, release, and override a station's
value with a reason. Each is allowed at the report's (or station's) location only to those
who may review there (regional coordinators: in their region), and each writes an audit row.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from server.db import utcnow
from server.forms.models import Form, FormKind, FormVersion
from server.kit.errors import FieldProblem, InvalidInput
from server.missions.access import Can
from server.orgs.access import Principal
from server.reports import audit
from server.reports.access import report_for, station_for
from server.reports.consolidation import recompute_station, take_turn
from server.reports.models import (
    OVERRIDE_REASON,
    QUARANTINE_REASON,
    Report,
    ReportStatus,
    StationValue,
)
from server.reports.validation import RawAnswer, remember_form

NO_REASON = "Give a reason."


def _reason(reason: str, limit: int) -> str:
    text = reason.strip()
    if not text:
        raise InvalidInput([FieldProblem("reason", NO_REASON, "required")])
    if len(text) > limit:
        raise InvalidInput([FieldProblem("reason", f"Use at most {limit} characters.", "length")])
    return text


async def _set_status(
    session: AsyncSession,
    *,
    principal: Principal,
    report_id: int,
    action: str,
    status: ReportStatus | None,
    reason: str | None = None,
) -> Report:
    found = await report_for(
        session, principal=principal, report_id=report_id, can=Can.REVIEW_REPORTS
    )
    report = found.report
    await take_turn(session, location_id=report.location_id)
    await session.refresh(report)  # as it is now that this change has the station's turn
    was_quarantined = report.status is ReportStatus.QUARANTINED
    if status is None:  # release: back to what its answers earned
        if not was_quarantined:
            raise InvalidInput([FieldProblem("id", "This report is not quarantined.", "state")])
        status = ReportStatus.FLAGGED if report.flags else ReportStatus.SUBMITTED
    elif status is ReportStatus.VERIFIED and was_quarantined:
        raise InvalidInput([FieldProblem("id", "Release this report first.", "state")])
    report.status = status
    report.quarantine_reason = reason
    report.updated_at = utcnow()
    session.add(report)
    await session.flush()
    form_kind = await session.scalar(select(Form.kind).where(Form.id == report.form_id))  # type: ignore[call-overload]
    if was_quarantined != (status is ReportStatus.QUARANTINED) and form_kind != FormKind.INCIDENT:
        await recompute_station(
            session,
            mission_id=report.mission_id,
            location_id=report.location_id,
            form_id=report.form_id,
        )
    assert report.id is not None
    await audit.record(session, action=action, report_id=report.id, actor_user_id=principal.user_id)
    return report


async def verify_report(session: AsyncSession, *, principal: Principal, report_id: int) -> Report:
    return await _set_status(
        session,
        principal=principal,
        report_id=report_id,
        action=audit.REPORT_VERIFIED,
        status=ReportStatus.VERIFIED,
    )


async def quarantine_report(
    session: AsyncSession, *, principal: Principal, report_id: int, reason: str
) -> Report:
    """Leave a report out of its station's values until it is released."""
    return await _set_status(
        session,
        principal=principal,
        report_id=report_id,
        action=audit.REPORT_QUARANTINED,
        status=ReportStatus.QUARANTINED,
        reason=_reason(reason, QUARANTINE_REASON),
    )


async def release_report(session: AsyncSession, *, principal: Principal, report_id: int) -> Report:
    return await _set_status(
        session,
        principal=principal,
        report_id=report_id,
        action=audit.REPORT_RELEASED,
        status=None,
    )


async def override_station_value(
    session: AsyncSession,
    *,
    principal: Principal,
    location_id: int,
    form_id: int,
    question: str,
    value: str | None,
    choices: Sequence[int] | None,
    reason: str,
) -> tuple[int, int]:
    """Set a station's value of one question, whatever the observers said; answers the
    station and form ids for the caller to read back."""
    location, form, _ = await station_for(
        session,
        principal=principal,
        location_id=location_id,
        form_id=form_id,
        can=Can.REVIEW_REPORTS,
    )
    text = _reason(reason, OVERRIDE_REASON)
    await take_turn(session, location_id=location_id)
    row = (
        await session.exec(
            select(FormVersion.id, FormVersion.created_at, FormVersion.definition).where(  # type: ignore[call-overload]
                FormVersion.form_id == form_id, FormVersion.number == form.current_version
            )
        )
    ).first()
    if row is None or form.kind is FormKind.INCIDENT:
        raise InvalidInput([FieldProblem("formId", "This form has no station values.", "kind")])
    version_id, created, definition = row
    compiled = remember_form((version_id, created), definition)
    parsed = compiled.parse_one(
        question, RawAnswer(value, tuple(choices) if choices is not None else None)
    )
    if isinstance(parsed, FieldProblem):
        field = "question" if parsed.code == "unknown_question" else "value"
        raise InvalidInput([FieldProblem(field, parsed.message, parsed.code)])
    values: dict[str, object] = {
        "int_value": parsed.int_value if parsed else None,
        "text_value": parsed.text_value if parsed else None,
        "choices": list(parsed.choices) if parsed and parsed.choices is not None else None,
        "source_report_id": None,
        "conflict": False,
        "overridden": True,
        "override_reason": text,
        "override_by_user_id": principal.user_id,
    }
    await _upsert_value(session, location.mission_id, location_id, form_id, question, values)
    await audit.record(
        session,
        action=audit.STATION_VALUE_OVERRIDDEN,
        report_id=location_id,
        actor_user_id=principal.user_id,
        subject_type="station",
    )
    return location_id, form_id


async def _upsert_value(
    session: AsyncSession,
    mission_id: int,
    location_id: int,
    form_id: int,
    question: str,
    values: dict[str, object],
) -> None:
    result = await session.exec(
        update(StationValue)
        .where(
            StationValue.location_id == location_id,  # type: ignore[arg-type]
            StationValue.form_id == form_id,  # type: ignore[arg-type]
            StationValue.question == question,  # type: ignore[arg-type]
        )
        .values(**values)
    )
    if result.rowcount == 0:
        session.add(
            StationValue(
                mission_id=mission_id,
                location_id=location_id,
                form_id=form_id,
                question=question,
                **values,  # type: ignore[arg-type]
            )
        )
        await session.flush()
