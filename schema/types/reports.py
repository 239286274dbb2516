"""Reports and station results in GraphQL: thin types built from server/reports views.

Observers appear as `ObserverRef` (member id and observer code): no name or phone is ever
part of a report or a station result, so partner viewers can read results safely.
"""

from __future__ import annotations

from datetime import datetime

import strawberry

from schema.errors import FieldError
from schema.types.forms import Form
from schema.types.locations import Location
from schema.types.missions import ObserverRef
from server.reports.models import ReportChannel, ReportStatus
from server.reports.queries import FieldView, StationView, Summary
from server.reports.views import AnswerView, ReportView, VersionView

strawberry.enum(ReportStatus, name="ReportStatus")
strawberry.enum(ReportChannel, name="ReportChannel")


@strawberry.input(
    description="One answer. yes/no as 'yes'/'no', integers as digits, single choice as the "
    "option value, time as HH:MM, text as is; multiple choice in choices."
)
class AnswerInput:
    question: str
    value: str | None = None
    choices: list[int] | None = None


@strawberry.input
class SubmitReportInput:
    idempotency_key: str = strawberry.field(
        description="Client-generated (8-100 characters); the same key always yields the same "
        "report version."
    )
    form_id: strawberry.ID
    location_id: strawberry.ID
    form_version: int | None = strawberry.field(
        default=None,
        description="The version the client showed; the form's current version when null.",
    )
    answers: list[AnswerInput]
    report_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="To correct an incident-form report (checklists and results are "
        "corrected by resubmitting).",
    )


@strawberry.type
class Answer:
    question: str
    value: str | None
    choices: list[int] | None

    @classmethod
    def from_view(cls, view: AnswerView) -> Answer:
        return cls(question=view.question, value=view.value, choices=view.choices)


@strawberry.type(description="What a FLAG rule found suspicious; the report was accepted.")
class ReportFlag:
    code: str
    question: str | None
    message: str


@strawberry.type(name="ReportVersion")
class ReportVersionType:
    number: int
    form_version: int
    submitted_at: datetime
    channel: ReportChannel
    answers: list[Answer]

    @classmethod
    def from_view(cls, view: VersionView) -> ReportVersionType:
        assert isinstance(view.submitted_at, datetime)
        return cls(
            number=view.number,
            form_version=view.form_version,
            submitted_at=view.submitted_at,
            channel=ReportChannel(view.channel),
            answers=[Answer.from_view(a) for a in view.answers],
        )


def _ref(member_id: int, code: str | None) -> ObserverRef:
    return ObserverRef(member_id=strawberry.ID(str(member_id)), observer_code=code)


@strawberry.type(description="One observer's report of one form at one station.")
class Report:
    id: strawberry.ID
    mission_id: strawberry.ID
    form: Form
    location: Location
    observer: ObserverRef
    version: int = strawberry.field(
        description="The current version's number (1 for a first submission)."
    )
    form_version: int
    status: ReportStatus
    flags: list[ReportFlag]
    answers: list[Answer]
    submitted_at: datetime
    channel: ReportChannel
    versions: list[ReportVersionType]
    quarantine_reason: str | None

    @classmethod
    def from_view(cls, view: ReportView) -> Report:
        row = view.report
        return cls(
            id=strawberry.ID(str(row.id)),
            mission_id=strawberry.ID(str(row.mission_id)),
            form=Form.from_row(view.form),
            location=Location.from_row(view.location),
            observer=_ref(row.member_id, view.observer_code),
            version=row.version,
            form_version=row.form_version,
            status=ReportStatus(row.status),
            flags=[
                ReportFlag(code=f["code"], question=f.get("question"), message=f["message"])
                for f in row.flags
            ],
            answers=[Answer.from_view(a) for a in view.current.answers],
            submitted_at=row.submitted_at,
            channel=ReportChannel(row.channel),
            versions=[ReportVersionType.from_view(v) for v in view.versions],
            quarantine_reason=row.quarantine_reason,
        )


@strawberry.type
class SubmitReportPayload:
    report: Report | None = None
    errors: list[FieldError] = strawberry.field(
        description="Field-level problems; nothing was stored when not empty."
    )


@strawberry.type
class ReportPayload:
    report: Report | None = None
    errors: list[FieldError]


@strawberry.type
class FieldValue:
    observer: ObserverRef
    report_id: strawberry.ID
    value: str | None
    choices: list[int] | None


@strawberry.type
class ConsolidatedField:
    question: str
    value: str | None
    choices: list[int] | None
    source: ObserverRef | None = strawberry.field(
        description="Whose value the station took (null when overridden or unanswered)."
    )
    conflict: bool
    overridden: bool
    override_reason: str | None
    values: list[FieldValue] = strawberry.field(
        description="Every observer's value (the disagreeing ones when conflict)."
    )

    @classmethod
    def from_view(cls, view: FieldView) -> ConsolidatedField:
        return cls(
            question=view.question,
            value=view.value,
            choices=view.choices,
            source=None if view.source is None else _ref(*view.source),
            conflict=view.conflict,
            overridden=view.overridden,
            override_reason=view.override_reason,
            values=[
                FieldValue(
                    observer=_ref(v.member_id, v.observer_code),
                    report_id=strawberry.ID(str(v.report_id)),
                    value=v.value,
                    choices=v.choices,
                )
                for v in view.values
            ],
        )


@strawberry.type(description="A station's consolidated values of one form.")
class StationResult:
    location: Location
    form: Form
    report_count: int
    conflict_count: int
    fields: list[ConsolidatedField]

    @classmethod
    def from_view(cls, view: StationView) -> StationResult:
        return cls(
            location=Location.from_row(view.location),
            form=Form.from_row(view.form),
            report_count=view.report_count,
            conflict_count=view.conflict_count,
            fields=[ConsolidatedField.from_view(f) for f in view.fields],
        )


@strawberry.type
class StationResultPayload:
    result: StationResult | None = None
    errors: list[FieldError]


@strawberry.type
class MissionSummary:
    stations: int
    stations_reporting: int = strawberry.field(
        description="Stations with at least one report (any form)."
    )
    expected_reports: int
    reports: int
    flagged: int
    quarantined: int
    conflicts: int = strawberry.field(
        description="Stations (per form) with at least one conflicting field."
    )

    @classmethod
    def from_summary(cls, summary: Summary) -> MissionSummary:
        return cls(
            stations=summary.stations,
            stations_reporting=summary.stations_reporting,
            expected_reports=summary.expected_reports,
            reports=summary.reports,
            flagged=summary.flagged,
            quarantined=summary.quarantined,
            conflicts=summary.conflicts,
        )
