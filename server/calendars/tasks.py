"""Feed jobs: thin wrappers that open a session and call the service."""

from __future__ import annotations

import logging
from typing import Any

from server.calendars import service
from server.calendars.feed import FeedKey
from server.calendars.policy import FeedPolicy
from server.db import Database, utcnow

logger = logging.getLogger(__name__)


def _policy(ctx: dict[str, Any]) -> FeedPolicy:
    return FeedPolicy.of(ctx["settings"])


async def render_feed(ctx: dict[str, Any], key: str) -> bool:
    """Render one feed (job id `feed:{key}:{slot}`: one render per feed and slot)."""
    db: Database = ctx["db"]
    async with db.transaction() as session:
        stored = await service.render_and_store(
            session, key=FeedKey.parse(key), now=utcnow(), policy=_policy(ctx)
        )
    return stored is not None


async def render_dirty_feeds(ctx: dict[str, Any]) -> int:
    """Every minute: render the feeds whose changes have settled (the debounce), each in its
    own transaction so one failure leaves the others rendered."""
    db: Database = ctx["db"]
    policy = _policy(ctx)
    async with db.read() as session:
        keys = await service.due_keys(session, now=utcnow(), policy=policy)
    rendered = 0
    for key in keys:
        try:
            async with db.transaction() as session:
                await service.render_and_store(session, key=key, now=utcnow(), policy=policy)
            rendered += 1
        except Exception:
            logger.exception("rendering a feed failed", extra={"feed": key.kind.value})
    return rendered
