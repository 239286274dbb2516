"""Private calendar feeds of one account: creating, listing, revoking, and finding by token.

Each feed has its own random token (32 bytes), shown once and stored only as a digest, so
revoking one link leaves the owner's other links working. Feeds belong to a person's account:
API tokens may not create them (an integration reads the public feeds or the API, and a
leaked token must not be able to mint links that outlive its revocation).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.account_audit import record_account_event
from server.accounts.models import User
from server.calendars.feed import FeedKey, FeedKind
from server.calendars.models import FeedSubscription, RenderedFeed
from server.calendars.private_filters import FeedFilters, check_filters
from server.kit import limits
from server.kit.errors import Forbidden, NotFound, Problems, RateLimited
from server.kit.ratelimit import RateLimiter
from server.kit.secrets import new_token, token_digest
from server.orgs.access import Principal

TOKEN_PREFIX = "plf"  # noqa: S105 - a label, not a secret
SUBSCRIPTION, AGENDA = "subscription", "agenda"
# Enough for a person following many organizations; a script minting links stops here.
MAX_ACTIVE_FEEDS = 50
CREATES_PER_HOUR = 20
# Calendar clients poll every few minutes to every day; writing on each fetch would turn
# reads into writes, and "last fetched" to the minute is all its owner needs.
FETCH_RESOLUTION = timedelta(minutes=1)
NO_FEED = "No such calendar feed."
CREATED = "feed.subscription_created"
REVOKED = "feed.subscription_revoked"


@dataclass(frozen=True)
class IssuedFeed:
    """A new feed and its token: the token is never stored, so this is the one chance."""

    subscription: FeedSubscription
    token: str


@dataclass(frozen=True)
class CreateLimit:
    limiter: RateLimiter
    per_hour: int = CREATES_PER_HOUR


@dataclass(frozen=True)
class FeedUrls:
    url: str
    webcal_url: str


def feed_urls(link_base: str, token: str) -> FeedUrls:
    """The https address of a private feed, and the same as webcal:// (opens a calendar app)."""
    url = f"{link_base.rstrip('/')}/feeds/{token}.ics"
    _, _, rest = url.partition("://")
    return FeedUrls(url=url, webcal_url=f"webcal://{rest}")


def feed_key(subscription: FeedSubscription) -> FeedKey:
    """The storage key of a private feed: "subscription:7" or "agenda:8"."""
    kind = FeedKind.AGENDA if subscription.kind == AGENDA else FeedKind.SUBSCRIPTION
    return FeedKey(kind, subscription.id)


def _owner(principal: Principal) -> int:
    principal.require_authenticated()
    if principal.user_id is None:
        raise Forbidden("Calendar feeds belong to a person's account; an API token has none.")
    return principal.user_id


async def _check_room(session: AsyncSession, *, user_id: int, limit: CreateLimit | None) -> None:
    active = await session.scalar(
        select(func.count())
        .select_from(FeedSubscription)
        .where(FeedSubscription.user_id == user_id, col(FeedSubscription.revoked_at).is_(None))
    )
    if (active or 0) >= MAX_ACTIVE_FEEDS:
        problems = Problems()
        problems.add(
            None, f"You have {MAX_ACTIVE_FEEDS} feeds; revoke one first.", "too_many_feeds"
        )
        problems.raise_if_any()
    # The user id is not personal data worth hiding from the limiter's store.
    if limit is not None and not await limit.limiter.hit(
        f"feeds:create:{user_id}", limit=limit.per_hour, window_seconds=3600
    ):
        raise RateLimited("Too many calendar feeds created. Wait an hour and try again.")


def _check_name(problems: Problems, name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        problems.add("name", "Name the feed, e.g. after the calendar it goes into.", "required")
    elif len(cleaned) > limits.NAME:
        problems.add("name", f"Keep the name under {limits.NAME} characters.", "too_long")
    return cleaned


async def _issue(
    session: AsyncSession,
    *,
    user_id: int,
    kind: str,
    name: str,
    filters: FeedFilters,
    now: datetime,
) -> IssuedFeed:
    token = new_token(TOKEN_PREFIX)
    subscription = FeedSubscription(
        user_id=user_id,
        kind=kind,
        name=name,
        filters=filters.as_json(),
        token_hash=token_digest(token),
        prefix=token[:12],
        created_at=now,
    )
    session.add(subscription)
    await session.flush()
    assert subscription.id is not None
    record_account_event(
        session,
        action=CREATED,
        subject_type="feed_subscription",
        subject_id=subscription.id,
        actor_user_id=user_id,
    )
    return IssuedFeed(subscription=subscription, token=token)


async def create_subscription(
    session: AsyncSession,
    *,
    principal: Principal,
    name: str,
    filters: Mapping[str, Sequence[Any]] | None,
    now: datetime,
    limit: CreateLimit | None = None,
) -> IssuedFeed:
    """A filtered feed of the events the caller may see (checked again at every render).

    Organizations in the filters that the caller may not see answer like missing ones.
    """
    user_id = _owner(principal)
    problems = Problems()
    cleaned = _check_name(problems, name)
    checked = await check_filters(
        session, principal=principal, raw=filters or {}, problems=problems
    )
    problems.raise_if_any()
    await _check_room(session, user_id=user_id, limit=limit)
    return await _issue(
        session, user_id=user_id, kind=SUBSCRIPTION, name=cleaned, filters=checked, now=now
    )


async def create_agenda(
    session: AsyncSession,
    *,
    principal: Principal,
    name: str = "My agenda",
    now: datetime,
    limit: CreateLimit | None = None,
) -> IssuedFeed:
    """A "my agenda" feed: the caller's registrations and the sessions they speak in."""
    user_id = _owner(principal)
    problems = Problems()
    cleaned = _check_name(problems, name)
    problems.raise_if_any()
    await _check_room(session, user_id=user_id, limit=limit)
    return await _issue(
        session, user_id=user_id, kind=AGENDA, name=cleaned, filters=FeedFilters(), now=now
    )


async def list_subscriptions(
    session: AsyncSession, *, principal: Principal
) -> list[FeedSubscription]:
    """The caller's own feeds, newest first; revoked ones stay listed with their revokedAt."""
    if principal.user_id is None:
        return []
    rows = await session.exec(
        select(FeedSubscription)
        .where(FeedSubscription.user_id == principal.user_id)
        .order_by(col(FeedSubscription.created_at).desc(), col(FeedSubscription.id).desc())
    )
    return list(rows.all())


async def revoke_subscription(
    session: AsyncSession, *, principal: Principal, subscription_id: int, now: datetime
) -> FeedSubscription:
    """Revoke one of the caller's feeds: its link answers 404 from now on.

    Anyone else's feed answers exactly like a missing one. The stored rendering goes too:
    nothing should keep a private feed's events once nobody may fetch them.
    """
    principal.require_authenticated()
    subscription = await session.get(FeedSubscription, subscription_id)
    if subscription is None or subscription.user_id != principal.user_id:
        raise NotFound(NO_FEED)
    if subscription.revoked_at is None:
        subscription.revoked_at = now
        await session.exec(
            delete(RenderedFeed).where(col(RenderedFeed.key) == feed_key(subscription).value)
        )
        record_account_event(
            session,
            action=REVOKED,
            subject_type="feed_subscription",
            subject_id=subscription_id,
            actor_user_id=principal.user_id,
        )
        await session.flush()
    return subscription


async def subscription_for_token(
    session: AsyncSession, *, token: str, now: datetime
) -> FeedSubscription | None:
    """The live feed behind a token; None when unknown, revoked, or its owner deactivated.

    Records when it was last fetched (at most once a minute); the caller commits.
    """
    row = (
        await session.exec(
            select(FeedSubscription)
            .join(User, col(User.id) == FeedSubscription.user_id)
            .where(FeedSubscription.token_hash == token_digest(token))
            .where(col(FeedSubscription.revoked_at).is_(None))
            .where(col(User.is_active).is_(True))
        )
    ).first()
    if row is None:
        return None
    if row.last_fetched_at is None or now - row.last_fetched_at >= FETCH_RESOLUTION:
        row.last_fetched_at = now
        await session.flush()
    return row
