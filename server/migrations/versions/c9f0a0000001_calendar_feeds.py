"""calendar feeds: private subscriptions and rendered feeds

Revision ID: c9f0a0000001
Revises: c8a3s0000001
Create Date: 2026-11-29 10:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import server.db

revision: str = "c9f0a0000001"
down_revision: str | None = "c8a3s0000001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feed_subscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("filters", server.db.JSONType, nullable=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("prefix", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("created_at", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_fetched_at", server.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", server.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["user_account.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index(
        op.f("ix_feed_subscription_user_id"), "feed_subscription", ["user_id"], unique=False
    )
    op.create_table(
        "rendered_feed",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("gzip_body", sa.LargeBinary(), nullable=False),
        sa.Column("etag", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("last_modified", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("rendered_at", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("event_count", sa.Integer(), nullable=False),
        sa.Column("dirty_since", server.db.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index(
        op.f("ix_rendered_feed_dirty_since"), "rendered_feed", ["dirty_since"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_rendered_feed_dirty_since"), table_name="rendered_feed")
    op.drop_table("rendered_feed")
    op.drop_index(op.f("ix_feed_subscription_user_id"), table_name="feed_subscription")
    op.drop_table("feed_subscription")
