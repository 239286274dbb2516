"""Recording reads of personal data. Collected during a request, written in one statement."""

from __future__ import annotations

from sqlalchemy import insert
from sqlmodel.ext.asyncio.session import AsyncSession

from server.audit.models import AuditEvent
from server.db import utcnow
from server.orgs.access import Principal

READ_PERSONAL_DATA = "person.read_personal_data"


class AuditTrail:
    """Per-request collector: a list of 500 people audits as 500 rows but one INSERT."""

    def __init__(self, principal: Principal, request_id: str | None) -> None:
        self.principal = principal
        self.request_id = request_id
        self._pending: dict[tuple[str, str, int], None] = {}

    def record(self, *, action: str, subject_type: str, subject_id: int) -> None:
        self._pending[(action, subject_type, subject_id)] = None

    @property
    def pending(self) -> int:
        return len(self._pending)

    async def flush(self, session: AsyncSession) -> None:
        if not self._pending:
            return
        now = utcnow()
        rows = [
            {
                "at": now,
                "action": action,
                "subject_type": subject_type,
                "subject_id": subject_id,
                "actor_user_id": self.principal.user_id,
                "actor_token_id": self.principal.api_token_id,
                "request_id": self.request_id,
            }
            for action, subject_type, subject_id in self._pending
        ]
        self._pending.clear()
        await session.exec(insert(AuditEvent).values(rows))
