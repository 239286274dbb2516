"""The consolidated values of one station and form: for every question, the value the
observers agree on and whose it is, or a conflict when they disagree.

Only the station and form a change touches are recomputed, in the change's transaction:
one read of the current answers of its reports (quarantined ones left out), one read of the
stored values, then what changed is written: a changed value updated in place, a new
question's inserted, one that no report answers any more deleted. A coordinator's override
is kept and wins until it is changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, bindparam, delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from server.reports.models import (
    Report,
    ReportAnswer,
    ReportStatus,
    ReportVersion,
    StationTurn,
    StationValue,
)

VALUE_INSERT = insert(StationValue).returning(col(StationValue.id))
# What consolidation may change in a stored value (the columns `_differs` compares).
COMPUTED = ("int_value", "text_value", "choices", "source_report_id", "conflict")
VALUE_UPDATE = (
    update(StationValue)
    .where(col(StationValue.id) == bindparam("value_id"))
    .values({name: bindparam(f"new_{name}") for name in COMPUTED})
)
Value = tuple[int | None, str | None, tuple[int, ...] | None]


@dataclass(frozen=True)
class ObservedValue:
    report_id: int
    member_id: int
    question: str
    value: Value


def current_answers_query(location_ids: Sequence[int], form_id: int | None = None):  # type: ignore[no-untyped-def]
    """The current answers of the non-quarantined reports at these stations, first report
    first (the consolidated value takes the first observer's)."""
    statement = (
        select(  # type: ignore[call-overload]
            Report.id,
            Report.member_id,
            Report.location_id,
            Report.form_id,
            ReportAnswer.question,
            ReportAnswer.int_value,
            ReportAnswer.text_value,
            ReportAnswer.choices,
        )
        .join(
            ReportVersion,
            and_(
                col(ReportVersion.report_id) == Report.id,
                col(ReportVersion.number) == Report.version,
            ),
        )
        .join(ReportAnswer, ReportAnswer.version_id == ReportVersion.id)
        .where(
            Report.location_id.in_(location_ids),  # type: ignore[attr-defined]
            Report.status != ReportStatus.QUARANTINED,
            Report.slot == 0,
        )
        .order_by(Report.id)
    )
    if form_id is not None:
        statement = statement.where(Report.form_id == form_id)
    return statement


def value_of(int_value: int | None, text_value: str | None, choices: object) -> Value:
    return (int_value, text_value, tuple(choices) if isinstance(choices, list) else None)


async def observed_values(
    session: AsyncSession, *, location_id: int, form_id: int
) -> list[ObservedValue]:
    rows = (await core(session, current_answers_query([location_id], form_id))).all()
    return [
        ObservedValue(r.id, r.member_id, r.question, value_of(r.int_value, r.text_value, r.choices))
        for r in rows
    ]


def consolidate(observed: Sequence[ObservedValue]) -> dict[str, tuple[Value | None, int | None]]:
    """question -> (agreed value, source report), or (None, None) when observers disagree."""
    result: dict[str, tuple[Value | None, int | None]] = {}
    for item in observed:
        if item.question not in result:
            result[item.question] = (item.value, item.report_id)
        elif result[item.question][0] != item.value:
            result[item.question] = (None, None)
    return result


async def take_turn(session: AsyncSession, *, location_id: int) -> None:
    """Take the station's turn for a change to its reports or values: count one more and
    hold the station's row until the transaction ends (see StationTurn)."""
    dialect = session.get_bind().dialect.name
    upsert = (postgresql_insert if dialect == "postgresql" else sqlite_insert)(StationTurn)
    await core(
        session,
        upsert.values(location_id=location_id, turn=1).on_conflict_do_update(
            index_elements=["location_id"],
            set_={"turn": StationTurn.turn + 1},
        ),
    )


async def recompute_station(
    session: AsyncSession, *, mission_id: int, location_id: int, form_id: int
) -> None:
    """Rewrite the station's computed values that changed; overridden ones stay."""
    observed = await observed_values(session, location_id=location_id, form_id=form_id)
    stored = {
        row.question: row
        for row in (
            await core(
                session,
                select(StationValue).where(
                    col(StationValue.location_id) == location_id,
                    col(StationValue.form_id) == form_id,
                ),
            )
        ).all()
    }
    wanted = {
        question: _row(mission_id, location_id, form_id, question, value, source)
        for question, (value, source) in consolidate(observed).items()
        if not (question in stored and stored[question].overridden)
    }
    changed = [
        {"value_id": row.id, **_values(wanted[question])}
        for question, row in stored.items()
        if not row.overridden and question in wanted and _differs(row, wanted[question])
    ]
    gone = [
        row.id for question, row in stored.items() if not row.overridden and question not in wanted
    ]
    fresh = [values for question, values in wanted.items() if question not in stored]
    # A changed value is updated in place: its row keeps its id, and no index or foreign
    # key is touched (postgres.py does the same).
    if changed:
        await core(session, VALUE_UPDATE, changed)
    if gone:
        await core(session, delete(StationValue).where(col(StationValue.id).in_(gone)))
    await insert_rows(session, VALUE_INSERT, fresh)


async def core(session: AsyncSession, statement: Any, rows: Any = None) -> Any:
    """Run a Core statement on the session's connection: the hot path skips the ORM's
    statement processing, which costs more CPU here than the database's own work."""
    connection = await session.connection()
    return await connection.execute(statement, rows)


async def insert_rows(session: AsyncSession, statement: Any, rows: list[dict[str, Any]]) -> None:
    """Rows as one multi-row INSERT, from a statement with RETURNING compiled once."""
    if rows:
        await core(session, statement, rows)


def _row(
    mission_id: int,
    location_id: int,
    form_id: int,
    question: str,
    value: Value | None,
    source: int | None,
) -> dict[str, Any]:
    return {
        "mission_id": mission_id,
        "location_id": location_id,
        "form_id": form_id,
        "question": question,
        "int_value": value[0] if value else None,
        "text_value": value[1] if value else None,
        "choices": list(value[2]) if value and value[2] is not None else None,
        "source_report_id": source,
        "conflict": value is None,
        "overridden": False,
    }


def _values(row: dict[str, Any]) -> dict[str, Any]:
    # Named apart from the columns: SQLAlchemy keeps a column's own name for its SET clause.
    return {f"new_{name}": row[name] for name in COMPUTED}


def _differs(row: Any, values: dict[str, Any]) -> bool:
    return tuple(getattr(row, name) for name in COMPUTED) != tuple(values[n] for n in COMPUTED)
