"""Account jobs: thin wrappers that open a session and call the service."""

from __future__ import annotations

import logging
from typing import Any

from server.accounts import service
from server.db import Database, utcnow

logger = logging.getLogger(__name__)


async def prune_expired_sessions(ctx: dict[str, Any]) -> int:
    """Delete expired and revoked sign-in sessions (hourly)."""
    db: Database = ctx["db"]
    async with db.transaction() as session:
        removed = await service.prune_expired_sessions(session, now=utcnow())
    logger.info("pruned sign-in sessions", extra={"removed": removed})
    return removed
