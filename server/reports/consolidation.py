"""The consolidated values of one station and form: for every question, the value the
observers agree on and whose it is, or a conflict when they disagree.

Only the station and form a change touches are recomputed, in the change's transaction:
one read of the current answers of its reports (quarantined ones left out), one read of the
overridden questions, then the computed rows replaced. A coordinator's override is kept and
wins until it is changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, delete, insert, select
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from server.reports.models import Report, ReportAnswer, ReportStatus, ReportVersion, StationValue

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
    rows = (await session.exec(current_answers_query([location_id], form_id))).all()
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


async def recompute_station(
    session: AsyncSession, *, mission_id: int, location_id: int, form_id: int
) -> None:
    observed = await observed_values(session, location_id=location_id, form_id=form_id)
    where = (StationValue.location_id == location_id, StationValue.form_id == form_id)
    overridden = {
        question
        for (question,) in (
            await session.exec(
                select(StationValue.question).where(*where, StationValue.overridden)  # type: ignore[call-overload]
            )
        ).all()
    }
    await session.exec(delete(StationValue).where(*where, ~StationValue.overridden))  # type: ignore[arg-type]
    rows = [
        {
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
        for question, (value, source) in consolidate(observed).items()
        if question not in overridden
    ]
    if rows:
        await session.exec(insert(StationValue).values(rows))
