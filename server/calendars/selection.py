"""Which events a feed holds: one entry point for every kind of feed.

Public feeds (network, organization, event, series) are answered here through
`public.load_public`; private ones (subscription, agenda) through
`server.calendars.private.load_private`, which decides what their owner may see when the feed
is rendered. None means "no such feed" — unknown, revoked or not visible alike.
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable
from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession

from server.calendars.feed import FeedEvent, FeedKey, FeedKind, FeedMeta
from server.calendars.policy import FeedPolicy
from server.calendars.public import load_public

Loaded = tuple[FeedMeta, list[FeedEvent]]
PUBLIC_KINDS = frozenset({FeedKind.NETWORK, FeedKind.ORGANIZATION, FeedKind.EVENT, FeedKind.SERIES})
PRIVATE_KINDS = frozenset({FeedKind.SUBSCRIPTION, FeedKind.AGENDA})


def _private_loader() -> Callable[..., Awaitable[Loaded | None]] | None:
    # Imported when needed: the private feeds come from another branch of the work, and a
    # missing loader must mean "no such feed", never a failure at import time.
    try:
        module = importlib.import_module("server.calendars.private")
    except ModuleNotFoundError:
        return None
    loader: Callable[..., Awaitable[Loaded | None]] | None = getattr(module, "load_private", None)
    return loader


async def load_feed(
    session: AsyncSession, *, key: FeedKey, now: datetime, policy: FeedPolicy
) -> Loaded | None:
    if key.kind in PUBLIC_KINDS:
        return await load_public(session, key=key, now=now, policy=policy)
    loader = _private_loader()
    if key.kind not in PRIVATE_KINDS or loader is None:
        return None
    return await loader(session, key=key, now=now, policy=policy)
