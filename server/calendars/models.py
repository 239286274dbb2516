"""Tables of calendar feeds: private subscriptions, and every feed as last rendered."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import LargeBinary
from sqlmodel import Field, SQLModel

from server.db import JSONType
from server.kit import limits
from server.kit.models import created_at_field, optional_time_field, required_time_field


class FeedSubscription(SQLModel, table=True):
    """A private feed of one account: the events its owner may see that match its filters.

    One random token per feed, stored as a digest, so revoking one link leaves the others.
    """

    __tablename__ = "feed_subscription"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user_account.id", ondelete="CASCADE", index=True)
    # "subscription" (filtered events) or "agenda" (my registrations and sessions).
    kind: str = Field(default="subscription", max_length=16)
    name: str = Field(max_length=limits.NAME)
    # {"organizationIds": [..], "kinds": [..], "tags": [..], "countries": [..], "languages": [..]}
    filters: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    token_hash: str = Field(max_length=64, unique=True)
    # The first characters of the token, so that owners can tell their links apart.
    prefix: str = Field(max_length=16)
    created_at: datetime = created_at_field()
    last_fetched_at: datetime | None = optional_time_field()
    revoked_at: datetime | None = optional_time_field()


class RenderedFeed(SQLModel, table=True):
    """A feed's bytes as last rendered, served as they are (and gzipped) with their ETag.

    `dirty_since` is set when something the feed holds changed; the render job clears it.
    """

    __tablename__ = "rendered_feed"

    key: str = Field(primary_key=True, max_length=64)  # FeedKey.value, e.g. "organization:12"
    body: bytes = Field(sa_type=LargeBinary)
    gzip_body: bytes = Field(sa_type=LargeBinary)
    etag: str = Field(max_length=80)
    last_modified: datetime = required_time_field()
    rendered_at: datetime = required_time_field()
    event_count: int = Field(default=0)
    dirty_since: datetime | None = optional_time_field(index=True)
