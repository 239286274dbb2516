"""text column lengths: descriptions and SMS bodies get the lengths of server/kit/limits.py

Revision ID: c7a2b6d00001
Revises: 2653b7597370
Create Date: 2026-11-29 06:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "c7a2b6d00001"
down_revision: str | None = "2653b7597370"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The numbers are written out rather than imported: a migration must keep meaning what it
# meant when it was written, even if server/kit/limits.py changes later (that needs its own).
LENGTHS = {
    ("event", "description"): 20_000,
    ("programme_session", "description"): 20_000,
    ("outbound_message", "body"): 1_600,
}

# Batch mode rebuilds a table on SQLite, which drops its triggers: the room double-booking
# guard of programme_session is created again exactly as revision 2653b7597370 made it.
SQLITE_ROOM_TRIGGER = """
CREATE TRIGGER no_room_double_booking_{name} BEFORE {event} ON programme_session
WHEN NEW.room_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM programme_session AS other
    WHERE other.room_id = NEW.room_id AND other.id IS NOT NEW.id
      AND other.starts_at < NEW.ends_at AND NEW.starts_at < other.ends_at
)
BEGIN
    SELECT RAISE(ABORT, 'no_room_double_booking');
END
"""


def _restore_sqlite_triggers() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for event in ("INSERT", "UPDATE"):
        op.execute(f"DROP TRIGGER IF EXISTS no_room_double_booking_{event.lower()}")
        op.execute(SQLITE_ROOM_TRIGGER.format(event=event, name=event.lower()))


def _alter(table: str, column: str, *, old: int | None, new: int | None) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.alter_column(
            column,
            existing_type=sqlmodel.sql.sqltypes.AutoString(length=old),
            type_=sqlmodel.sql.sqltypes.AutoString(length=new),
            existing_nullable=False,
        )


def upgrade() -> None:
    # Postgres refuses the change if a row holds longer text; the API never accepts such text
    # (schema/limits.py), so only rows written before the limits existed could stop it.
    for (table, column), length in LENGTHS.items():
        _alter(table, column, old=None, new=length)
    _restore_sqlite_triggers()


def downgrade() -> None:
    for (table, column), length in LENGTHS.items():
        _alter(table, column, old=length, new=None)
    _restore_sqlite_triggers()
