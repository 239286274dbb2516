"""event invitations are sent by email or SMS, revoked and resent

Revision ID: c11b00000001
Revises: c10f00000001
Create Date: 2026-11-29 15:05:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import server.db

revision: str = "c11b00000001"
down_revision = "c10f00000001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("invitation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "channel",
                sa.Enum(
                    "sms",
                    "email",
                    name="invitation_channel",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column("sent_to", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True)
        )
        batch_op.add_column(
            sa.Column("address_digest", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
        batch_op.add_column(
            sa.Column("guest_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True)
        )
        batch_op.add_column(
            sa.Column("revoked_at", server.db.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("resent_from_id", sa.Integer(), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_invitation_resent_from_id"), ["resent_from_id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_invitation_resent_from_id_invitation"),
            "invitation",
            ["resent_from_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("invitation", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_invitation_resent_from_id_invitation"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("uq_invitation_resent_from_id"), type_="unique")
        batch_op.drop_column("resent_from_id")
        batch_op.drop_column("revoked_at")
        batch_op.drop_column("guest_name")
        batch_op.drop_column("address_digest")
        batch_op.drop_column("sent_to")
        batch_op.drop_constraint(op.f("ck_invitation_invitation_channel"), type_="check")
        batch_op.drop_column("channel")
