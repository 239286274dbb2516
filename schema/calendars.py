"""Private calendar feeds in GraphQL: one's own subscription and agenda feeds.

A feed's address holds its token, which is shown once, in the payload that creates it; no
other field ever returns it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from enum import Enum
from typing import Any

import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession

from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED
from schema.types.common import parse_id
from schema.units import in_transaction
from server.calendars import subscriptions
from server.calendars.models import FeedSubscription as FeedSubscriptionRow
from server.calendars.private_filters import FeedFilters as StoredFilters
from server.db import utcnow
from server.events.models import EventKind
from server.kit.errors import RateLimited


@strawberry.enum(name="FeedSubscriptionKind")
class FeedSubscriptionKind(Enum):
    SUBSCRIPTION = "subscription"  # events matching filters, among those the owner may see
    AGENDA = "agenda"  # my registrations and the sessions I speak in or moderate


@strawberry.type(description="Which events a subscription feed holds; empty lists do not filter.")
class FeedFilters:
    organization_ids: list[strawberry.ID] = strawberry.field(
        description="Events hosted or co-hosted by any of these organizations."
    )
    kinds: list[EventKind]
    tags: list[str]
    countries: list[str] = strawberry.field(description="ISO 3166 codes of the venue's country.")
    languages: list[str]


@strawberry.input(description="Any value within a list matches; every list given must match.")
class FeedFiltersInput:
    organization_ids: list[strawberry.ID] | None = None
    kinds: list[EventKind] | None = None
    tags: list[str] | None = None
    countries: list[str] | None = strawberry.field(
        default=None, description="Two-letter ISO 3166 codes, like KE or DE."
    )
    languages: list[str] | None = strawberry.field(
        default=None, description="Language tags as events list them, like en, fr or pt-BR."
    )


@strawberry.type
class FeedSubscription:
    id: strawberry.ID
    name: str
    kind: FeedSubscriptionKind
    filters: FeedFilters
    prefix: str = strawberry.field(
        description="The first characters of the token, to tell one's links apart."
    )
    created_at: datetime
    last_fetched_at: datetime | None = strawberry.field(
        description="When a calendar last fetched the feed (to the minute)."
    )
    revoked_at: datetime | None

    @classmethod
    def from_row(cls, row: FeedSubscriptionRow) -> FeedSubscription:
        stored = StoredFilters.from_json(row.filters)
        return cls(
            id=strawberry.ID(str(row.id)),
            name=row.name,
            kind=FeedSubscriptionKind(row.kind),
            filters=FeedFilters(
                organization_ids=[strawberry.ID(str(i)) for i in stored.organization_ids],
                kinds=list(stored.kinds),
                tags=list(stored.tags),
                countries=list(stored.countries),
                languages=list(stored.languages),
            ),
            prefix=row.prefix,
            created_at=row.created_at,
            last_fetched_at=row.last_fetched_at,
            revoked_at=row.revoked_at,
        )


@strawberry.type
class CreateFeedSubscriptionPayload:
    subscription: FeedSubscription | None = None
    url: str | None = strawberry.field(
        default=None, description="The feed's address (https). Shown once: copy it now."
    )
    webcal_url: str | None = strawberry.field(
        default=None, description="The same address as webcal://, which opens a calendar app."
    )
    errors: list[FieldError]


@strawberry.type
class FeedSubscriptionPayload:
    subscription: FeedSubscription | None = None
    errors: list[FieldError]


def _raw_filters(filters: FeedFiltersInput | None) -> dict[str, list[Any]]:
    if filters is None:
        return {}
    ids = [parse_id(i, "filters.organizationIds") for i in filters.organization_ids or []]
    return {
        "organizationIds": ids,
        "kinds": [k.value for k in filters.kinds or []],
        "tags": list(filters.tags or []),
        "countries": list(filters.countries or []),
        "languages": list(filters.languages or []),
    }


async def _created(
    info: Info, create: Callable[[AsyncSession], Awaitable[subscriptions.IssuedFeed]]
) -> CreateFeedSubscriptionPayload:
    """Run a creation; the payload carries the token's address, the one time it is known."""
    try:
        issued, errors = await in_transaction(info, create)
    except RateLimited as limited:
        return CreateFeedSubscriptionPayload(
            errors=[FieldError(field=None, message=limited.message, code="rate_limited")]
        )
    if issued is None:
        return CreateFeedSubscriptionPayload(errors=errors)
    urls = subscriptions.feed_urls(info.context.runtime.settings.link_base, issued.token)
    return CreateFeedSubscriptionPayload(
        subscription=FeedSubscription.from_row(issued.subscription),
        url=urls.url,
        webcal_url=urls.webcal_url,
        errors=[],
    )


def _limit(info: Info) -> subscriptions.CreateLimit:
    return subscriptions.CreateLimit(limiter=info.context.runtime.rate_limiter)


@strawberry.type
class FeedQueries:
    @strawberry.field(
        permission_classes=AUTHENTICATED,
        description="Your own calendar feeds, newest first; revoked ones show revokedAt.",
    )
    async def my_feed_subscriptions(self, info: Info) -> list[FeedSubscription]:
        principal = info.context.principal
        async with info.context.runtime.db.read() as session:
            rows = await subscriptions.list_subscriptions(session, principal=principal)
        return [FeedSubscription.from_row(row) for row in rows]


@strawberry.type
class FeedMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="A private calendar feed of the events you may see that match the "
        "filters. Its address is shown once, in this payload.",
    )
    async def create_feed_subscription(
        self, info: Info, name: str, filters: FeedFiltersInput | None = None
    ) -> CreateFeedSubscriptionPayload:
        principal, limit = info.context.principal, _limit(info)
        return await _created(
            info,
            lambda s: subscriptions.create_subscription(
                s,
                principal=principal,
                name=name,
                # Parsed inside the transaction so that a malformed id is a field error.
                filters=_raw_filters(filters),
                now=utcnow(),
                limit=limit,
            ),
        )

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="A private feed of your agenda: your registrations and the sessions you "
        "speak in or moderate. Its address is shown once, in this payload.",
    )
    async def create_agenda_feed(
        self, info: Info, name: str | None = "My agenda"
    ) -> CreateFeedSubscriptionPayload:
        principal, limit = info.context.principal, _limit(info)
        return await _created(
            info,
            lambda s: subscriptions.create_agenda(
                s, principal=principal, name=name or "My agenda", now=utcnow(), limit=limit
            ),
        )

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Revoke one of your feeds: its address stops working at once; your "
        "other feeds keep working.",
    )
    async def revoke_feed_subscription(
        self, info: Info, id: strawberry.ID
    ) -> FeedSubscriptionPayload:
        principal = info.context.principal
        row, errors = await in_transaction(
            info,
            lambda s: subscriptions.revoke_subscription(
                s, principal=principal, subscription_id=parse_id(id, "id"), now=utcnow()
            ),
        )
        return FeedSubscriptionPayload(
            subscription=FeedSubscription.from_row(row) if row else None, errors=errors
        )
