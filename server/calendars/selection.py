"""Which events a feed holds: one entry point for every kind of feed.

Public feeds (network, organization, event, series) are answered here through
`public.load_public`; private ones (subscription, agenda) through
`server.calendars.private.load_private`, which decides what their owner may see when the feed
is rendered. None means "no such feed" — unknown, revoked or not visible alike.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession

from server.calendars.feed import FeedEvent, FeedKey, FeedKind, FeedMeta
from server.calendars.policy import FeedPolicy
from server.calendars.private import load_private
from server.calendars.public import load_public

Loaded = tuple[FeedMeta, list[FeedEvent]]
PUBLIC_KINDS = frozenset({FeedKind.NETWORK, FeedKind.ORGANIZATION, FeedKind.EVENT, FeedKind.SERIES})
PRIVATE_KINDS = frozenset({FeedKind.SUBSCRIPTION, FeedKind.AGENDA})


async def load_feed(
    session: AsyncSession, *, key: FeedKey, now: datetime, policy: FeedPolicy
) -> Loaded | None:
    if key.kind in PUBLIC_KINDS:
        return await load_public(session, key=key, now=now, policy=policy)
    if key.kind in PRIVATE_KINDS:
        return await load_private(session, key=key, now=now, policy=policy)
    return None
