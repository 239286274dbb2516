"""Reports and station results as readers see them, built in a fixed number of statements
for a whole page: forms, locations, observer codes, versions and answers each in one query.

Answers are rendered back to the text a client sends (yes/no, digits, HH:MM) from the form
version's question types. Observers appear by code only: no name or phone is read here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ScalarResult, tuple_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.forms.definition import QuestionType
from server.forms.models import Form, FormVersion
from server.missions.models import MissionLocation, MissionMember
from server.reports.models import Report, ReportAnswer, ReportVersion
from server.reports.validation import CompiledForm, cached_form, remember_form

M = TypeVar("M", Form, MissionLocation)


@dataclass(frozen=True)
class AnswerView:
    question: str
    value: str | None
    choices: list[int] | None


@dataclass(frozen=True)
class VersionView:
    id: int
    number: int
    form_version: int
    submitted_at: object
    channel: str
    answers: list[AnswerView] = field(default_factory=list)


@dataclass(frozen=True)
class ReportView:
    report: Report
    form: Form
    location: MissionLocation
    observer_code: str | None
    versions: list[VersionView]

    @property
    def current(self) -> VersionView:
        return next(v for v in self.versions if v.number == self.report.version)


def render(kind: QuestionType | None, int_value: int | None, text_value: str | None) -> str | None:
    """An answer as the text a client would send for it."""
    if int_value is None:
        return text_value
    if kind is QuestionType.YES_NO:
        return "yes" if int_value else "no"
    if kind is QuestionType.TIME:
        return f"{int_value // 60:02d}:{int_value % 60:02d}"
    return str(int_value)


def question_types(compiled: CompiledForm | None) -> dict[str, QuestionType]:
    if compiled is None:
        return {}
    return {q.code: q.type for q in compiled.definition.questions}


async def compiled_versions(
    session: AsyncSession, pairs: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], CompiledForm]:
    """(form id, version number) -> the compiled version, in one statement for them all."""
    wanted = set(pairs)
    if not wanted:
        return {}
    rows = (
        await session.exec(
            select(
                FormVersion.id, FormVersion.created_at, FormVersion.form_id, FormVersion.number
            ).where(tuple_(FormVersion.form_id, FormVersion.number).in_(list(wanted)))
        )
    ).all()
    result: dict[tuple[int, int], CompiledForm] = {}
    missing: dict[int, tuple[int, int]] = {}
    created_at: dict[int, datetime] = {}
    for version_id, created, form_id, number in rows:
        assert version_id is not None
        created_at[version_id] = created
        compiled = cached_form((version_id, created))
        if compiled is None:
            missing[version_id] = (form_id, number)
        else:
            result[(form_id, number)] = compiled
    if missing:
        definitions = await session.exec(
            select(FormVersion.id, FormVersion.definition).where(
                col(FormVersion.id).in_(list(missing))
            )
        )
        for version_id, definition in definitions.all():
            assert version_id is not None
            key = (version_id, created_at[version_id])
            result[missing[version_id]] = remember_form(key, definition)
    return result


async def observer_codes(session: AsyncSession, member_ids: Iterable[int]) -> dict[int, str | None]:
    ids = list(set(member_ids))
    if not ids:
        return {}
    rows = await session.exec(
        select(MissionMember.id, MissionMember.observer_code).where(col(MissionMember.id).in_(ids))
    )
    return {member_id: code for member_id, code in rows.all() if member_id is not None}


async def rows_by_id(session: AsyncSession, model: type[M], ids: Iterable[int]) -> dict[int, M]:
    """Rows of a table with an integer `id`, by id, in one statement."""
    wanted = list(set(ids))
    if not wanted:
        return {}
    id_column: Any = model.id
    rows = await session.exec(select(model).where(id_column.in_(wanted)))
    return {int(row.id or 0): row for row in rows.all()}


async def report_views(session: AsyncSession, reports: Sequence[Report]) -> list[ReportView]:
    """Views of these reports with every version's answers, in six statements at most."""
    if not reports:
        return []
    report_ids = [r.id for r in reports if r.id is not None]
    forms = await rows_by_id(session, Form, (r.form_id for r in reports))
    locations = await rows_by_id(session, MissionLocation, (r.location_id for r in reports))
    codes = await observer_codes(session, (r.member_id for r in reports))
    versions = (
        await session.exec(
            select(ReportVersion)
            .where(col(ReportVersion.report_id).in_(report_ids))
            .order_by(col(ReportVersion.number))
        )
    ).all()
    answers: dict[int, list[ReportAnswer]] = defaultdict(list)
    if versions:
        rows: ScalarResult[ReportAnswer] = await session.exec(
            select(ReportAnswer)
            .where(col(ReportAnswer.version_id).in_([v.id for v in versions]))
            .order_by(col(ReportAnswer.question))
        )
        for answer in rows.all():
            answers[answer.version_id].append(answer)
    compiled = await compiled_versions(
        session,
        {(r.form_id, r.form_version) for r in reports}
        | {
            (next(r.form_id for r in reports if r.id == v.report_id), v.form_version)
            for v in versions
        },
    )
    by_report: dict[int, list[VersionView]] = defaultdict(list)
    form_of = {r.id: r.form_id for r in reports}
    for version in versions:
        assert version.id is not None
        types = question_types(compiled.get((form_of[version.report_id], version.form_version)))
        by_report[version.report_id].append(
            VersionView(
                id=version.id,
                number=version.number,
                form_version=version.form_version,
                submitted_at=version.submitted_at,
                channel=version.channel,
                answers=[answer_view(a, types.get(a.question)) for a in answers[version.id]],
            )
        )
    return [
        ReportView(
            report=r,
            form=forms[r.form_id],
            location=locations[r.location_id],
            observer_code=codes.get(r.member_id),
            versions=by_report[r.id or 0],
        )
        for r in reports
    ]


def answer_view(answer: ReportAnswer, kind: QuestionType | None) -> AnswerView:
    if answer.choices is not None:
        return AnswerView(answer.question, None, list(answer.choices))
    return AnswerView(answer.question, render(kind, answer.int_value, answer.text_value), None)
