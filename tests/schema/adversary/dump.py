"""A snapshot of every table, to prove that a refused call changed nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from server.db import Database
from server.models import metadata

# The audit trail records the attempt itself, and the sign-in bookkeeping moves with every
# request the attacker makes; neither is something the victim's data could leak through.
SKIPPED_TABLES = frozenset({"audit_event"})
VOLATILE_COLUMNS = frozenset(
    {
        ("api_token", "last_used_at"),
        ("auth_session", "expires_at"),
        ("auth_session", "last_seen_at"),
        ("auth_session", "last_used_at"),
        ("user_account", "last_sign_in_at"),
    }
)

Snapshot = dict[str, list[tuple[Any, ...]]]


def _frozen(value: Any) -> Any:
    """JSON columns come back as lists and dicts; rows must be hashable to be compared."""
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    return value


async def snapshot(db: Database) -> Snapshot:
    """Every row of every table but the skipped ones, without volatile columns, sorted."""
    result: Snapshot = {}
    async with db.engine.connect() as conn:
        for table in metadata.sorted_tables:
            if table.name in SKIPPED_TABLES:
                continue
            columns = [c for c in table.columns if (table.name, c.name) not in VOLATILE_COLUMNS]
            rows = (await conn.execute(select(*columns))).all()
            result[table.name] = sorted((tuple(_frozen(v) for v in row) for row in rows), key=repr)
    return result


def differences(before: Snapshot, after: Snapshot) -> list[str]:
    """Readable lines naming the rows added and removed, table by table."""
    lines: list[str] = []
    for table in sorted(before.keys() | after.keys()):
        old, new = set(before.get(table, [])), set(after.get(table, []))
        lines += [f"{table}: -{row!r}" for row in sorted(old - new, key=repr)]
        lines += [f"{table}: +{row!r}" for row in sorted(new - old, key=repr)]
    return lines
