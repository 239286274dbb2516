"""The development SMS outbox: the newest stored text messages, for the /dev/sms page.

Who may see it is decided by `server.mail.dev.dev_outbox_open`.
"""

from __future__ import annotations

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.messaging.models import OutboundMessage

DEV_LIST_LIMIT = 200


async def recent_sms(session: AsyncSession, *, first: int) -> list[OutboundMessage]:
    """The newest messages first."""
    rows = await session.exec(
        select(OutboundMessage)
        .order_by(col(OutboundMessage.id).desc())
        .limit(min(max(0, first), DEV_LIST_LIMIT))
    )
    return list(rows.all())
