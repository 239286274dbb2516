"""registrations remember when an organizer removed the person

Revision ID: c7a2r5g00001
Revises: c7a2p3o00001
Create Date: 2026-11-29 06:40:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import server.db

revision: str = "c7a2r5g00001"
down_revision: str | None = "c7a2p3o00001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("removed_at", server.db.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("removed_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_registration_removed_by_id_user_account"),
            "user_account",
            ["removed_by_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_registration_removed_by_id_user_account"), type_="foreignkey"
        )
        batch_op.drop_column("removed_by_id")
        batch_op.drop_column("removed_at")
