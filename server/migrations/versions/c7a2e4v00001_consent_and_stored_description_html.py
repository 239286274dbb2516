"""consent for co-hosts and speakers; descriptions rendered once and stored

Revision ID: c7a2e4v00001
Revises: c7a2r5g00001
Create Date: 2026-11-29 06:30:00

Rows that existed before consent was asked for become PENDING: nobody accepted them, and the
point of the change is that naming an organization or a person grants and shows nothing
until they do. Existing descriptions are rendered here once.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "c7a2e4v00001"
down_revision: str | None = "c7a2r5g00001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _consent() -> sa.Enum:
    return sa.Enum(
        "pending",
        "accepted",
        "declined",
        name="consent",
        native_enum=False,
        create_constraint=True,
        length=32,
    )


def upgrade() -> None:
    for table in ("event_cohost", "session_person"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("status", _consent(), nullable=False, server_default="pending")
            )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "description_html",
                sqlmodel.sql.sqltypes.AutoString(),
                nullable=False,
                server_default="",
            )
        )
    _render_descriptions()


def _render_descriptions() -> None:
    # Imported here so that only this step depends on the application's renderer.
    from server.events.text import render_markdown

    bind = op.get_bind()
    event = sa.table(
        "event",
        sa.column("id", sa.Integer),
        sa.column("description", sa.Text),
        sa.column("description_html", sa.Text),
    )
    rows = bind.execute(sa.select(event.c.id, event.c.description)).all()
    for event_id, description in rows:
        if description:
            bind.execute(
                event.update()
                .where(event.c.id == event_id)
                .values(description_html=render_markdown(description))
            )


def downgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_column("description_html")
    for table in ("session_person", "event_cohost"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            # The CHECK goes first: SQLite's copy of the table would still name the column.
            batch_op.drop_constraint(op.f(f"ck_{table}_consent"), type_="check")
            batch_op.drop_column("status")
