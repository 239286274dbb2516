"""mission_location.parent_id without a foreign key

The importer is the only writer of locations and resolves every parent among the same
mission's rows before it writes (server/missions/importing.py), so the self-referencing key
only re-checked, row by row, what the importer had just proved: at 200,000 stations that
check cost about a second of COPY (docs/missions.md, "Bench"). Locations are never deleted one
by one (a mission's go with it, through mission_id), so its ON DELETE CASCADE had nothing to do.

Revision ID: c10f00000001
Revises: c10e00000001
Create Date: 2026-11-29 15:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "c10f00000001"
down_revision: str | None = "c10e00000001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FK = "fk_mission_location_parent_id_mission_location"


def upgrade() -> None:
    with op.batch_alter_table("mission_location", schema=None) as batch_op:
        batch_op.drop_constraint(FK, type_="foreignkey")


def downgrade() -> None:
    with op.batch_alter_table("mission_location", schema=None) as batch_op:
        batch_op.create_foreign_key(
            FK, "mission_location", ["parent_id"], ["id"], ondelete="CASCADE"
        )
