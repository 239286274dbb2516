"""Audit rows for every change to a report or a station's values, in the change's transaction."""

from __future__ import annotations

from sqlalchemy import insert
from sqlmodel.ext.asyncio.session import AsyncSession

from server.audit.models import AuditEvent
from server.db import utcnow
from server.logs import request_id_var
from server.reports.consolidation import core

REPORT_SUBMITTED = "report.submitted"
REPORT_CORRECTED = "report.corrected"
REPORT_VERIFIED = "report.verified"
REPORT_QUARANTINED = "report.quarantined"
REPORT_RELEASED = "report.released"
STATION_VALUE_OVERRIDDEN = "station_value.overridden"


async def record(
    session: AsyncSession,
    *,
    action: str,
    report_id: int,
    actor_user_id: int | None,
    subject_type: str = "report",
) -> None:
    # A Core insert: submission is the hot path, and this row is never read back here.
    await core(
        session,
        insert(AuditEvent).values(
            at=utcnow(),
            actor_user_id=actor_user_id,
            action=action,
            subject_type=subject_type,
            subject_id=report_id,
            request_id=request_id_var.get(),
        ),
    )
