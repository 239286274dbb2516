"""Submission's hot path on Postgres: two statements, whatever the number of answers.

The portable path (service.py, versions.py, consolidation.py) sends eight statements through
SQLAlchemy's Core, each with its statement building, cache-key walk and result processing;
on election day that CPU, not the database, limits how many reports a process takes. Here
the context is read by one fixed SQL text and everything a submission writes (the version,
its answers from arrays, the report, the station's consolidated values and the audit row)
is one data-modifying CTE. Both run through `exec_driver_sql`, so the driver reuses one
prepared statement per connection and SQLAlchemy's events still see every statement.

The rows stored are the portable path's, row for row: tests/server/reports/test_postgres_path.py
checks that the portable consolidation finds nothing to change after any submissions here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlmodel.ext.asyncio.session import AsyncSession

from server.forms.models import FormKind
from server.reports import audit
from server.reports.models import ReportChannel, ReportStatus
from server.reports.submission import ReportActor, SubmissionContext
from server.reports.validation import Parsed

# The portable `_context` (service.py) as one text; the idempotency key's version, if any,
# comes with it, so a retry is answered without another statement. The station's turn is
# taken here, in a statement of its own: under READ COMMITTED a statement's snapshot is older
# than any lock it waits for, so only the next statement (the write) is sure to see every
# submission the station's previous turn committed.
CONTEXT = """
SELECT f.kind, f.archived, fv.id AS version_id, fv.number AS version_number,
    fv.created_at AS version_created,
    l.registered_voters,
    EXISTS (
        SELECT 1 FROM deployment d JOIN deployment_form df ON df.deployment_id = d.id
        WHERE df.form_id = f.id AND d.member_id = $1 AND d.location_id = l.id
    ) AS deployed,
    rv.report_id AS replay_report_id, rv.number AS replay_number, rv.content_hash,
    r.id AS report_id, r.version, r.status
FROM form f
JOIN mission_location l ON l.id = $3 AND l.mission_id = f.mission_id
LEFT JOIN form_version fv ON fv.form_id = f.id AND fv.number = COALESCE($4::int, f.current_version)
LEFT JOIN report_version rv ON rv.member_id = $1 AND rv.idempotency_key = $5
LEFT JOIN report r ON r.member_id = $1 AND r.location_id = l.id AND r.form_id = f.id AND r.slot = 0
WHERE f.id = $2 AND f.mission_id = $6
FOR NO KEY UPDATE OF l
"""

# `target` is the report id, only while what the context saw still holds in this
# statement's (newer) snapshot: the key unused, and the report new or still at the version
# the context read. Every write hangs off `version`, so a stale context writes nothing and
# the caller reads again, where the portable path needs a savepoint and a refused insert.
# A new report's id is drawn first so that the version row can be inserted first: a key
# racing from another station conflicts there (ON CONFLICT DO NOTHING) before any other row
# is written.
_TARGET_NEW = """
target AS (
    SELECT nextval(pg_get_serial_sequence('report', 'id'))::int AS id
    WHERE NOT EXISTS (
        SELECT 1 FROM report_version WHERE member_id = $1 AND idempotency_key = $9)
      AND ($16 OR NOT EXISTS (
        SELECT 1 FROM report
        WHERE member_id = $1 AND location_id = $4 AND form_id = $3 AND slot = 0))
)"""
_TARGET_EXISTING = """
target AS (
    SELECT id FROM report WHERE id = $5 AND version = $6
      AND NOT EXISTS (
        SELECT 1 FROM report_version WHERE member_id = $1 AND idempotency_key = $9)
)"""
_VERSION = """
version AS (
    INSERT INTO report_version (report_id, member_id, number, form_version, channel,
        idempotency_key, content_hash, submitted_at, submitted_by_user_id)
    SELECT id, $1, $7, $8, $10, $9, $11, $12, $13 FROM target
    ON CONFLICT (member_id, idempotency_key) DO NOTHING
    RETURNING id, report_id
),
given AS (
    SELECT * FROM unnest($17::text[], $18::int[], $19::text[], $20::text[])
        AS a (question, int_value, text_value, choices)
),
answers AS (
    INSERT INTO report_answer (version_id, question, int_value, text_value, choices)
    SELECT version.id, given.question, given.int_value, given.text_value, given.choices::jsonb
    FROM version, given
),
audited AS (
    INSERT INTO audit_event (at, actor_user_id, action, subject_type, subject_id, request_id)
    SELECT $12, $13, $21, 'report', report_id, $22 FROM version
)"""
# Incident reports take the next slot of the observer's at the station; the others slot 0.
_INSERT_REPORT = """,
report_row AS (
    INSERT INTO report (id, mission_id, form_id, location_id, member_id, slot, status,
        version, form_version, channel, flags, submitted_at, created_at, updated_at)
    SELECT report_id, $2, $3, $4, $1,
        CASE WHEN $16 THEN (
            SELECT coalesce(max(slot), 0) + 1 FROM report
            WHERE member_id = $1 AND location_id = $4 AND form_id = $3)
        ELSE 0 END,
        $15, 1, $8, $10, $14::jsonb, $12, $12, $12
    FROM version
)"""
_UPDATE_REPORT = """,
report_row AS (
    UPDATE report SET version = $7, form_version = $8, channel = $10, flags = $14::jsonb,
        status = $15, submitted_at = $12, updated_at = $12
    WHERE id = (SELECT report_id FROM version)
),
superseded AS (
    UPDATE report_version SET superseded_at = $12
    WHERE report_id = $5 AND number = $6 AND EXISTS (SELECT 1 FROM version)
)"""
# consolidation.recompute_station in SQL. The statement's snapshot does not see its own
# writes, so the observed answers are the other reports' current ones (from the tables)
# plus this submission's (from the arrays). Per question, the first report's value, or a
# conflict when any observer's differs; overridden values stay. A changed value is deleted
# and inserted again, as the portable path does; the INSERT reads `dropped`, so the DELETE
# has run before a row with the same key goes in.
_CONSOLIDATE = """,
observed AS (
    SELECT r.id AS report_id, a.question, a.int_value, a.text_value, a.choices
    FROM report r
    JOIN report_version v ON v.report_id = r.id AND v.number = r.version
    JOIN report_answer a ON a.version_id = v.id
    WHERE r.location_id = $4 AND r.form_id = $3 AND r.slot = 0
      AND r.status <> 'quarantined' AND r.id <> (SELECT report_id FROM version)
    UNION ALL
    SELECT version.report_id, given.question, given.int_value, given.text_value,
        given.choices::jsonb
    FROM version, given
),
first AS (
    SELECT DISTINCT ON (question) question, report_id, int_value, text_value, choices
    FROM observed ORDER BY question, report_id
),
wanted AS (
    SELECT question, int_value, text_value, choices, report_id AS source_report_id,
        false AS conflict
    FROM first f
    WHERE NOT EXISTS (
        SELECT 1 FROM observed o WHERE o.question = f.question
          AND (o.int_value, o.text_value, o.choices)
              IS DISTINCT FROM (f.int_value, f.text_value, f.choices))
    UNION ALL
    SELECT question, NULL::int, NULL::text, NULL::jsonb, NULL::int, true
    FROM first f
    WHERE EXISTS (
        SELECT 1 FROM observed o WHERE o.question = f.question
          AND (o.int_value, o.text_value, o.choices)
              IS DISTINCT FROM (f.int_value, f.text_value, f.choices))
),
stored AS (
    SELECT * FROM station_value WHERE location_id = $4 AND form_id = $3
),
dropped AS (
    DELETE FROM station_value s USING stored
    WHERE s.id = stored.id AND NOT stored.overridden AND EXISTS (SELECT 1 FROM version)
      AND NOT EXISTS (
        SELECT 1 FROM wanted w WHERE w.question = stored.question
          AND (w.int_value, w.text_value, w.choices, w.source_report_id, w.conflict)
              IS NOT DISTINCT FROM (stored.int_value, stored.text_value, stored.choices,
                  stored.source_report_id, stored.conflict))
    RETURNING s.question
),
fresh AS (
    INSERT INTO station_value (mission_id, location_id, form_id, question, int_value,
        text_value, choices, source_report_id, conflict, overridden)
    SELECT $2, $4, $3, w.question, w.int_value, w.text_value, w.choices,
        w.source_report_id, w.conflict, false
    FROM wanted w
    WHERE w.question NOT IN (SELECT question FROM stored)
       OR w.question IN (SELECT question FROM dropped)
)"""
# Every parameter's type, once: each of the four shapes uses only some of the parameters,
# and Postgres must know the type of all of them.
_TYPES = """
types AS (
    SELECT $1::int, $2::int, $3::int, $4::int, $5::int, $6::int, $7::int, $8::int, $9::text,
        $10::text, $11::text, $12::timestamptz, $13::int, $14::text, $15::text, $16::bool,
        $17::text[], $18::int[], $19::text[], $20::text[], $21::text, $22::text
),"""
_RESULT = """
SELECT report_id FROM version
"""


def _write(*, new: bool, consolidate: bool) -> str:
    parts = [
        "WITH",
        _TYPES,
        _TARGET_NEW if new else _TARGET_EXISTING,
        ",",
        _VERSION,
        _INSERT_REPORT if new else _UPDATE_REPORT,
        _CONSOLIDATE if consolidate else "",
        _RESULT,
    ]
    return "".join(parts)


# The four shapes, built once: (new report, recompute the station) -> SQL.
WRITES = {(n, c): _write(new=n, consolidate=c) for n in (True, False) for c in (True, False)}


async def read_context(
    session: AsyncSession,
    *,
    member_id: int,
    mission_id: int,
    form_id: int,
    location_id: int,
    form_version: int | None,
    key: str,
) -> tuple[SubmissionContext, tuple[int, int, str] | None] | None:
    """The context, and the key's stored version (report id, number, content hash) if any;
    None when the form or the location is not the actor's mission's."""
    connection = await session.connection()
    result = await connection.exec_driver_sql(
        CONTEXT, (member_id, form_id, location_id, form_version, key, mission_id)
    )
    row = result.first()
    if row is None:
        return None
    context = SubmissionContext(
        kind=FormKind(row.kind),
        archived=bool(row.archived),
        version_id=row.version_id,
        version_number=row.version_number,
        version_created=row.version_created,
        registered_voters=row.registered_voters,
        deployed=bool(row.deployed),
        replay_id=None,
        existing=None
        if row.report_id is None
        else (row.report_id, row.version, ReportStatus(row.status)),
    )
    replay = (
        None
        if row.replay_report_id is None
        else (row.replay_report_id, row.replay_number, row.content_hash)
    )
    return context, replay


@dataclass(frozen=True)
class Write:
    """One submission's rows, as the portable path would store them."""

    actor: ReportActor
    form_id: int
    location_id: int
    existing: tuple[int, int] | None  # report id and its current version number
    form_version: int
    channel: ReportChannel
    key: str
    digest: str
    submitted_at: datetime
    flags: list[dict[str, Any]]
    status: ReportStatus
    incident: bool
    answers: Sequence[Parsed]
    request_id: str | None


async def write(session: AsyncSession, w: Write) -> int | None:
    """Store the submission in one statement: its report's id, or None when the context it
    was validated against no longer holds (read it again)."""
    number = 1 if w.existing is None else w.existing[1] + 1
    consolidate = not w.incident and w.status is not ReportStatus.QUARANTINED
    statement = WRITES[(w.existing is None, consolidate)]
    connection = await session.connection()
    result = await connection.exec_driver_sql(
        statement,
        (
            w.actor.member_id,
            w.actor.mission_id,
            w.form_id,
            w.location_id,
            w.existing[0] if w.existing else None,
            w.existing[1] if w.existing else None,
            number,
            w.form_version,
            w.key,
            w.channel.value,
            w.digest,
            w.submitted_at,
            w.actor.user_id,
            orjson.dumps(w.flags).decode(),
            w.status.value,
            w.incident,
            [a.question for a in w.answers],
            [a.int_value for a in w.answers],
            [a.text_value for a in w.answers],
            [None if a.choices is None else orjson.dumps(a.choices).decode() for a in w.answers],
            audit.REPORT_SUBMITTED if number == 1 else audit.REPORT_CORRECTED,
            w.request_id,
        ),
    )
    report_id = result.scalar()
    return None if report_id is None else int(report_id)
