"""station_turn: a counter per station that every change to its reports or values takes

The report writer reads a batch's context and writes it in two statements outside a
transaction (no BEGIN, no COMMIT round trip); the write counts each station's turn only if
it is still the one the context read (server/reports/postgres.py). Review actions count it
in their transaction as well, so whatever changes a station is seen.

Revision ID: c12b00000001
Revises: c12a00000001
Create Date: 2026-11-29 21:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c12b00000001"
down_revision: str | None = "c12a00000001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "station_turn",
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("turn", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["mission_location.id"],
            name=op.f("fk_station_turn_location_id_mission_location"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("location_id", name=op.f("pk_station_turn")),
    )


def downgrade() -> None:
    op.drop_table("station_turn")
