"""What a submission is and answers: the actor, the outcome, and what it found stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from server.forms.models import FormKind
from server.kit.errors import FieldProblem
from server.reports.models import ReportStatus

NO_SUCH_FORM = "No such form."
NO_SUCH_LOCATION = "No such location."
NO_SUCH_REPORT = "No such report."


@dataclass(frozen=True)
class ReportActor:
    """An observer submitting: their mission membership, their account (if any) and the
    language their error messages are in. Built by server/reports/access.py for the web and
    API, and by SMS reporting from the sender's phone and observer code."""

    mission_id: int
    member_id: int
    user_id: int | None
    language: str = "en"


@dataclass(frozen=True)
class Submitted:
    report_id: int
    version: int
    # True when this submission had been stored before (a retry): nothing was written.
    replayed: bool
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rejected:
    problems: list[FieldProblem]


@dataclass(frozen=True)
class SubmissionContext:
    kind: FormKind
    archived: bool
    version_id: int | None
    version_number: int | None
    registered_voters: int | None
    deployed: bool
    replay_id: int | None
    existing: tuple[int, int, ReportStatus] | None  # the slot-0 report: id, version, status
    # The version's creation time: with its id, the key of its compiled form (validation.py).
    version_created: datetime | None = None


def context_of(row: Any, *, replay_id: int | None = None) -> SubmissionContext:
    """A submission's context from a row naming its columns as the fields (kind, archived,
    version_id, version_number, version_created, registered_voters, deployed) and the
    slot-0 report's (report_id, version, status): both paths' context statements do."""
    return SubmissionContext(
        kind=FormKind(row.kind),
        archived=bool(row.archived),
        version_id=row.version_id,
        version_number=row.version_number,
        version_created=row.version_created,
        registered_voters=row.registered_voters,
        deployed=bool(row.deployed),
        replay_id=replay_id,
        existing=None
        if row.report_id is None
        else (row.report_id, row.version, ReportStatus(row.status)),
    )
