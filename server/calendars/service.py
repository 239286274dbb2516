"""Rendered feeds: render and store, mark as changed, and find the ones due for a render.

A feed is rendered by a job (or on its first request), stored with its ETag and
Last-Modified, and served from storage. Whatever changes an event marks the feeds that may
hold it as dirty (`server.calendars.dirty` does it at flush time, in the same transaction);
after the debounce a job renders them again.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, or_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.calendars import validators
from server.calendars.feed import FeedEvent, FeedKey, FeedMeta
from server.calendars.models import RenderedFeed
from server.calendars.policy import FeedPolicy
from server.calendars.render import render_calendar
from server.calendars.selection import load_feed

PRIVATE_PREFIXES = ("subscription:", "agenda:")


@dataclass(frozen=True)
class Rendered:
    body: bytes
    gzip_body: bytes
    etag: str


def etag_of(body: bytes) -> str:
    # A strong validator: the same bytes always give the same tag, in any process.
    return '"' + hashlib.sha256(body).hexdigest()[:40] + '"'


def render_bytes(meta: FeedMeta, events: Sequence[FeedEvent]) -> Rendered:
    """The CPU part of a render (iCalendar, gzip, hash), for a worker thread."""
    body = render_calendar(meta, events)
    # mtime=0 and no file name: the gzip bytes depend on the body alone.
    gzip_body = gzip.compress(body, compresslevel=6, mtime=0)
    return Rendered(body, gzip_body, etag_of(body))


def _second(value: datetime) -> datetime:
    # HTTP dates have whole seconds; a finer Last-Modified could never compare equal.
    return value.replace(microsecond=0)


def last_modified_for(
    events: Sequence[FeedEvent], etag: str, previous: RenderedFeed | None, now: datetime
) -> datetime:
    """The newest update of the content; stable for the same bytes, and never going back.

    When an event leaves a feed (its cancellation window closed, it became hidden) the newest
    remaining update may be older than what clients hold, and If-Modified-Since would then
    wrongly answer 304: the render time is taken instead.
    """
    if previous is not None and previous.etag == etag:
        return previous.last_modified
    newest = _second(max((e.updated_at for e in events), default=now))
    if previous is not None and newest <= previous.last_modified:
        newest = max(_second(now), previous.last_modified + timedelta(seconds=1))
    return newest


async def _upsert(
    session: AsyncSession, values: dict[str, object], clean_if: datetime | None
) -> None:
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    table = RenderedFeed.__table__  # type: ignore[attr-defined]
    insert = postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)
    statement = insert.values(**values, dirty_since=None)
    # Marked again while this render ran: the mark's time differs from the one read at the
    # start, so the feed stays dirty and is rendered once more.
    dirty = (
        case((table.c.dirty_since == clean_if, None), else_=table.c.dirty_since)
        if clean_if is not None
        else table.c.dirty_since
    )
    await session.exec(
        statement.on_conflict_do_update(
            index_elements=[table.c.key], set_={**values, "dirty_since": dirty}
        )
    )


async def render_and_store(
    session: AsyncSession, *, key: FeedKey, now: datetime, policy: FeedPolicy
) -> RenderedFeed | None:
    """Render a feed as it is now and store it; None (and nothing stored) when there is no
    such feed any more, so a stale copy is never served for a revoked or hidden feed."""
    previous = await session.get(RenderedFeed, key.value, populate_existing=True)
    loaded = await load_feed(session, key=key, now=now, policy=policy)
    if loaded is None:
        await session.exec(delete(RenderedFeed).where(col(RenderedFeed.key) == key.value))
        validators.forget([key.value])
        return None
    meta, events = loaded
    rendered = await asyncio.to_thread(render_bytes, meta, events)
    values: dict[str, object] = {
        "key": key.value,
        "body": rendered.body,
        "gzip_body": rendered.gzip_body,
        "etag": rendered.etag,
        "last_modified": last_modified_for(events, rendered.etag, previous, now),
        "rendered_at": now,
        "event_count": len(events),
    }
    await _upsert(session, values, previous.dirty_since if previous is not None else None)
    validators.forget([key.value])
    stored = await session.get(RenderedFeed, key.value, populate_existing=True)
    return stored


def _matching(keys: Sequence[str] | None, like: Sequence[str] | None) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    if keys:
        conditions.append(col(RenderedFeed.key).in_(list(keys)))
    conditions.extend(col(RenderedFeed.key).like(pattern) for pattern in like or ())
    return or_(*conditions)


async def mark_dirty(
    session: AsyncSession,
    *,
    keys: Sequence[str] | None = None,
    like: Sequence[str] | None = None,
    now: datetime,
) -> None:
    """Mark stored feeds as changed: by key ("organization:12") or LIKE pattern
    ("subscription:%"). Feeds never rendered need no mark: their first request renders them.

    The mark holds the latest change, so the debounce waits for a quiet moment; the sweep
    renders a feed that keeps changing anyway once its copy is old (see `due_keys`).
    """
    if not keys and not like:
        return
    await session.exec(update(RenderedFeed).where(_matching(keys, like)).values(dirty_since=now))
    validators.forget(keys or (), prefixes=[p.rstrip("%") for p in like or ()])


async def mark_private_feeds_dirty(session: AsyncSession, *, now: datetime) -> None:
    """Every private feed: what one may see depends on roles and registrations."""
    await mark_dirty(session, like=[f"{p}%" for p in PRIVATE_PREFIXES], now=now)


async def due_keys(
    session: AsyncSession, *, now: datetime, policy: FeedPolicy, limit: int = 200
) -> list[FeedKey]:
    """Dirty feeds whose debounce has passed, or whose copy is older than ten debounces
    while it keeps changing; oldest first, at most `limit` per sweep (bounded work)."""
    rows = await session.exec(
        select(RenderedFeed.key)
        .where(
            col(RenderedFeed.dirty_since).is_not(None),
            or_(
                col(RenderedFeed.dirty_since) <= now - policy.debounce,
                col(RenderedFeed.rendered_at) <= now - policy.debounce * 10,
            ),
        )
        .order_by(col(RenderedFeed.dirty_since))
        .limit(limit)
    )
    return [FeedKey.parse(key) for key in rows.all()]
