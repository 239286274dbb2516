"""Submitting a report: the one entry point the web, the API and SMS reporting share.

`submit_report` checks that the observer is deployed at the station with the form expected,
validates the answers against the form version (server/reports/validation.py), and stores a
new version of the observer's report with one row per answer. The same idempotency key from
the same observer always yields the same version, even when two copies race: the portable
write runs in a savepoint, and a refused insert makes it read the winner instead; the
Postgres write checks what it relies on and writes nothing when a race changed it.

The number of statements never depends on the number of answers. On Postgres a submission
is two (server/reports/postgres.py: the context, then one statement writing everything), and
so is a whole batch of them (`submit_batch`, which the group commit of writer.py runs); the
portable path, taken on SQLite, reads the context, writes the report and version, the answers
in one multi-row INSERT, the station's consolidation and one audit row (Core rows, never ORM
objects).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import orjson
from sqlalchemy import and_, exists, literal, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from server.db import utcnow
from server.forms.models import Form, FormKind, FormVersion
from server.kit.errors import FieldProblem, InvalidInput, NotFound
from server.logs import request_id_var
from server.missions.models import Deployment, DeploymentForm, MissionLocation
from server.reports import postgres
from server.reports.consolidation import core
from server.reports.models import Report, ReportChannel, ReportVersion
from server.reports.submission import (
    NO_SUCH_FORM,
    NO_SUCH_LOCATION,
    NO_SUCH_REPORT,
    Rejected,
    ReportActor,
    SubmissionContext,
    Submitted,
    context_of,
)
from server.reports.validation import (
    CompiledForm,
    Outcome,
    RawAnswer,
    cached_form,
    remember_form,
)
from server.reports.versions import chosen_report, status_and_flags, write_version

# Re-exported: callers (GraphQL, SMS) import the entry point and its types from here.
__all__ = [
    "NO_SUCH_FORM",
    "NO_SUCH_LOCATION",
    "NO_SUCH_REPORT",
    "Rejected",
    "ReportActor",
    "Request",
    "Submitted",
    "content_hash",
    "request",
    "submit_batch",
    "submit_report",
    "submit_request",
]

KEY_LENGTH = (8, 100)
AGAIN = "Send the report again."
NOT_DEPLOYED = "You are not deployed to report this form at this station."


def content_hash(
    *,
    form_id: int,
    location_id: int,
    form_version: int | None,
    report_id: int | None,
    answers: Mapping[str, RawAnswer],
) -> str:
    """A digest of a submission as the client sent it, to tell a retry from a reused key."""
    document = [
        form_id,
        location_id,
        form_version,
        report_id,
        sorted(
            (code, a.value, list(a.choices) if a.choices is not None else None)
            for code, a in answers.items()
        ),
    ]
    return hashlib.sha256(orjson.dumps(document)).hexdigest()


@dataclass(frozen=True)
class Request:
    """One submission as received, checked for what needs no database."""

    actor: ReportActor
    form_id: int
    location_id: int
    answers: Mapping[str, RawAnswer]
    key: str
    digest: str
    channel: ReportChannel
    form_version: int | None
    report_id: int | None
    # Taken when the submission arrives: the group commit writes it from another task.
    request_id: str | None


# What a batch answers for each of its submissions: the outcome, NotFound for a form or
# location outside the actor's mission, or None when a concurrent submission won a race
# (read it again).
Answer = Submitted | Rejected | NotFound | None


def request(
    *,
    actor: ReportActor,
    form_id: int,
    location_id: int,
    answers: Mapping[str, RawAnswer],
    idempotency_key: str,
    channel: ReportChannel,
    form_version: int | None = None,
    report_id: int | None = None,
) -> Request | Rejected:
    if not KEY_LENGTH[0] <= len(idempotency_key) <= KEY_LENGTH[1]:
        return Rejected([FieldProblem("idempotencyKey", "Use 8 to 100 characters.", "length")])
    digest = content_hash(
        form_id=form_id,
        location_id=location_id,
        form_version=form_version,
        report_id=report_id,
        answers=answers,
    )
    return Request(
        actor=actor,
        form_id=form_id,
        location_id=location_id,
        answers=answers,
        key=idempotency_key,
        digest=digest,
        channel=channel,
        form_version=form_version,
        report_id=report_id,
        request_id=request_id_var.get(),
    )


async def submit_report(
    session: AsyncSession,
    *,
    actor: ReportActor,
    form_id: int,
    location_id: int,
    answers: Mapping[str, RawAnswer],
    idempotency_key: str,
    channel: ReportChannel,
    form_version: int | None = None,
    report_id: int | None = None,
) -> Submitted | Rejected:
    """Store one submission in the caller's transaction (or find it stored already).
    NotFound for a form or location outside the actor's mission; Rejected, with nothing
    stored, for invalid input. Requests outside any transaction of their own go through
    the group commit instead (writer.py), which stores the same rows."""
    made = request(
        actor=actor,
        form_id=form_id,
        location_id=location_id,
        answers=answers,
        idempotency_key=idempotency_key,
        channel=channel,
        form_version=form_version,
        report_id=report_id,
    )
    if isinstance(made, Rejected):
        return made
    return await submit_request(session, made)


async def submit_request(session: AsyncSession, made: Request) -> Submitted | Rejected:
    """`submit_report` once the request is made."""
    on_postgres = session.get_bind().dialect.name == "postgresql"
    for _attempt in range(2):
        if on_postgres:
            [result] = await submit_batch(await session.connection(), [made])
            if isinstance(result, NotFound):
                raise result
        else:
            result = await _attempt_portable(session, made)
        if result is not None:
            return result
        # A concurrent copy of this submission (or another submission creating the same
        # report) won the race: read again, and answer with the winner.
    raise InvalidInput([FieldProblem(None, AGAIN, "conflict")])


async def _attempt_portable(session: AsyncSession, r: Request) -> Submitted | Rejected | None:
    """One try: the outcome, or None when a concurrent submission won the race."""
    context = await _context(session, r.actor, r.form_id, r.location_id, r.form_version, r.key)
    if context.replay_id is not None:
        return await _replay(session, context.replay_id, r.digest)
    refused = _refusal(context, r.form_version)
    if refused is not None:
        return refused
    assert context.version_id is not None and context.version_number is not None
    outcome = (await _compiled(await session.connection(), context)).validate(
        r.answers, registered_voters=context.registered_voters, language=r.actor.language
    )
    if not outcome.ok:
        return Rejected(outcome.problems)
    try:
        # No station turn is taken: this path runs on SQLite only, one writer at a time.
        async with session.begin_nested():
            return await write_version(
                session,
                actor=r.actor,
                context=context,
                form_id=r.form_id,
                location_id=r.location_id,
                outcome=outcome,
                key=r.key,
                digest=r.digest,
                channel=r.channel,
                report_id=r.report_id,
            )
    except IntegrityError:
        return None


async def submit_batch(connection: AsyncConnection, requests: Sequence[Request]) -> list[Answer]:
    """Postgres: any number of submissions in two statements, on the caller's connection and
    in its transaction. No two may be for the same report or carry the same key from one
    observer (writer.py batches accordingly). Each answer is in the order of `requests`."""
    found = await postgres.read_contexts(
        connection,
        [
            postgres.Asked(r.actor, r.form_id, r.location_id, r.form_version, r.key, r.report_id)
            for r in requests
        ],
    )
    answers: list[Answer] = [None] * len(requests)
    writes: list[postgres.Write] = []
    written: list[tuple[int, Outcome]] = []
    for i, (r, f) in enumerate(zip(requests, found, strict=True)):
        if f is None:
            answers[i] = await _not_found(connection, r.actor, r.form_id)
            continue
        if f.replay is not None:
            answers[i] = _replayed(*f.replay, r.digest)
            continue
        context = f.context
        refused = _refusal(context, r.form_version)
        if refused is not None:
            answers[i] = refused
            continue
        assert context.version_id is not None and context.version_number is not None
        outcome = (await _compiled(connection, context)).validate(
            r.answers, registered_voters=context.registered_voters, language=r.actor.language
        )
        if not outcome.ok:
            answers[i] = Rejected(outcome.problems)
            continue
        try:
            existing = chosen_report(context, r.report_id, f.named)
        except NotFound as missing:
            answers[i] = missing
            continue
        status, flags = status_and_flags(outcome, existing)
        writes.append(
            postgres.Write(
                actor=r.actor,
                form_id=r.form_id,
                location_id=r.location_id,
                existing=None if existing is None else existing[:2],
                form_version=context.version_number,
                channel=r.channel,
                key=r.key,
                digest=r.digest,
                flags=flags,
                status=status,
                incident=context.kind is FormKind.INCIDENT,
                answers=list(outcome.answers.values()),
                request_id=r.request_id,
                turn=f.turn,
            )
        )
        written.append((i, outcome))
    if writes:
        stored = await postgres.write(connection, writes, utcnow())
        for (i, outcome), w, report_id in zip(written, writes, stored, strict=True):
            if report_id is not None:  # else a race changed its context: None, read again
                flagged = tuple(f.code for f in outcome.flags)
                answers[i] = Submitted(report_id, w.number, replayed=False, flags=flagged)
    return answers


async def _context(
    session: AsyncSession,
    actor: ReportActor,
    form_id: int,
    location_id: int,
    form_version: int | None,
    key: str,
) -> SubmissionContext:
    """Everything a submission needs to know, in one statement."""
    deployed = exists().where(
        DeploymentForm.deployment_id == Deployment.id,  # type: ignore[arg-type]
        DeploymentForm.form_id == form_id,  # type: ignore[arg-type]
        Deployment.member_id == actor.member_id,  # type: ignore[arg-type]
        Deployment.location_id == location_id,  # type: ignore[arg-type]
    )
    replay = (
        select(ReportVersion.id)  # type: ignore[call-overload]
        .where(ReportVersion.member_id == actor.member_id, ReportVersion.idempotency_key == key)
        .scalar_subquery()
    )
    number = literal(form_version) if form_version is not None else Form.current_version
    statement = (
        select(  # type: ignore[call-overload]
            Form.kind,
            Form.archived,
            FormVersion.id.label("version_id"),  # type: ignore[union-attr]
            FormVersion.number.label("version_number"),  # type: ignore[attr-defined]
            FormVersion.created_at.label("version_created"),  # type: ignore[attr-defined]
            MissionLocation.registered_voters,
            deployed.label("deployed"),
            replay.label("replay"),
            Report.id.label("report_id"),  # type: ignore[union-attr]
            Report.version,
            Report.status,
        )
        .select_from(Form)
        .join(
            MissionLocation,
            and_(
                col(MissionLocation.id) == location_id,
                col(MissionLocation.mission_id) == Form.mission_id,
            ),
        )
        .outerjoin(
            FormVersion,
            and_(col(FormVersion.form_id) == Form.id, col(FormVersion.number) == number),
        )
        .outerjoin(
            Report,
            and_(
                col(Report.member_id) == actor.member_id,
                col(Report.location_id) == location_id,
                col(Report.form_id) == Form.id,
                col(Report.slot) == 0,
            ),
        )
        .where(Form.id == form_id, Form.mission_id == actor.mission_id)
    )
    row = (await core(session, statement)).first()
    if row is None:
        raise await _not_found(await session.connection(), actor, form_id)
    return context_of(row, replay_id=row.replay)


async def _not_found(connection: AsyncConnection, actor: ReportActor, form_id: int) -> NotFound:
    mission_id = await connection.scalar(
        select(Form.mission_id).where(Form.id == form_id)  # type: ignore[call-overload]
    )
    return NotFound(NO_SUCH_FORM if mission_id != actor.mission_id else NO_SUCH_LOCATION)


def _refusal(context: SubmissionContext, form_version: int | None) -> Rejected | None:
    if not context.deployed:
        return Rejected([FieldProblem("locationId", NOT_DEPLOYED, "not_deployed")])
    if context.archived:
        return Rejected([FieldProblem("formId", "This form is archived.", "archived")])
    if context.version_id is None:
        field = "formVersion" if form_version is not None else "formId"
        return Rejected([FieldProblem(field, "This form has no such version.", "no_version")])
    return None


async def _compiled(connection: AsyncConnection, context: SubmissionContext) -> CompiledForm:
    version_id, created = context.version_id, context.version_created
    assert version_id is not None and created is not None
    compiled = cached_form((version_id, created))
    if compiled is None:
        definition = await connection.scalar(
            select(FormVersion.definition).where(FormVersion.id == version_id)  # type: ignore[call-overload]
        )
        assert definition is not None
        compiled = remember_form((version_id, created), definition)
    return compiled


async def _replay(session: AsyncSession, version_id: int, digest: str) -> Submitted | Rejected:
    report_id, number, stored = (
        await session.exec(
            select(ReportVersion.report_id, ReportVersion.number, ReportVersion.content_hash).where(  # type: ignore[call-overload]
                ReportVersion.id == version_id
            )
        )
    ).one()
    return _replayed(report_id, number, stored, digest)


def _replayed(report_id: int, number: int, stored: str, digest: str) -> Submitted | Rejected:
    if stored != digest:
        return Rejected(
            [
                FieldProblem(
                    "idempotencyKey", "This key was already used for another submission.", "reused"
                )
            ]
        )
    return Submitted(report_id=report_id, version=number, replayed=True)
