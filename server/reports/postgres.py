"""Submission's hot path on Postgres: two statements for a whole batch of submissions.

The portable path (service.py, versions.py, consolidation.py) sends eight statements per
submission through SQLAlchemy's Core. Here any number of submissions (one, from a caller's
own transaction, or the dozens the group commit of server/reports/writer.py gathers) are
two statements: one reads every submission's context, including its station's turn, one
data-modifying CTE takes the stations' turns and writes every version, its answers, the
reports, the stations' consolidated values and the audit rows, from arrays. The writer runs
them outside a transaction, each committed on its own (no BEGIN or COMMIT round trip): the
write goes ahead for a station only if its turn is still the one the context read, so
nothing that committed in between is missed (StationTurn). Neither statement's text depends on
how many submissions or answers there are, so the driver prepares each once per connection;
both run through `exec_driver_sql`, so SQLAlchemy's events still see every statement.

The rows stored are the portable path's, row for row: tests/server/reports/test_postgres_path.py
checks that the portable consolidation finds nothing to change after any submissions here,
one at a time or in batches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy.ext.asyncio import AsyncConnection

from server.reports import audit
from server.reports.models import ReportChannel, ReportStatus
from server.reports.submission import ReportActor, SubmissionContext, context_of
from server.reports.validation import Parsed

# The portable `_context` (service.py) for every submission of a batch, with the key's
# stored version (a retry is answered without another statement), the report that an
# explicit report id names, and the station's turn as it is now. Nothing is locked: the
# write takes each station's turn only if it is still this one (see WRITE).
CONTEXT = """
WITH item AS (
    SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::text[],
        $7::int[]) WITH ORDINALITY
        AS i (mission_id, member_id, form_id, location_id, form_version, key, report_id, n)
)
SELECT i.n, f.kind, f.archived, fv.id AS version_id, fv.number AS version_number,
    fv.created_at AS version_created,
    l.registered_voters,
    EXISTS (
        SELECT 1 FROM deployment d JOIN deployment_form df ON df.deployment_id = d.id
        WHERE df.form_id = f.id AND d.member_id = i.member_id AND d.location_id = l.id
    ) AS deployed,
    rv.report_id AS replay_report_id, rv.number AS replay_number, rv.content_hash,
    r.id AS report_id, r.version, r.status,
    x.id AS named_id, x.version AS named_version, x.status AS named_status,
    coalesce(st.turn, 0) AS turn
FROM item i
JOIN form f ON f.id = i.form_id AND f.mission_id = i.mission_id
JOIN mission_location l ON l.id = i.location_id AND l.mission_id = f.mission_id
LEFT JOIN form_version fv
    ON fv.form_id = f.id AND fv.number = COALESCE(i.form_version, f.current_version)
LEFT JOIN report_version rv ON rv.member_id = i.member_id AND rv.idempotency_key = i.key
LEFT JOIN report r
    ON r.member_id = i.member_id AND r.location_id = l.id AND r.form_id = f.id AND r.slot = 0
LEFT JOIN report x
    ON x.id = i.report_id AND x.member_id = i.member_id AND x.location_id = l.id
    AND x.form_id = f.id
LEFT JOIN station_turn st ON st.location_id = l.id
"""

# One statement, committed on its own. It first takes the turn of every station of the
# batch, in the order of their ids (two batches never wait for each other in a circle),
# counting one more where the turn is still the one the context read. ON CONFLICT ... DO
# UPDATE locks the station's row and judges its newest committed version, even one newer than
# this statement's snapshot: so a station whose turn is taken here changed in no way since
# the context was read (every change counts its turn), and this statement's snapshot holds
# everything its consolidation must see. A station whose turn moved writes nothing, and its
# submissions are read again. A submission is also written only while the rest of what its
# context saw still holds: the key unused, and the report new (no slot-0 report yet, unless
# it is an incident) or still at the version the context read. Every write hangs off
# `version`. New reports' ids are drawn first so that the versions can be inserted first: a
# key racing from another station conflicts there (ON CONFLICT DO NOTHING) before any other
# row is written. A batch never holds two submissions for one report or with one key
# (writer.py), so no two rows of one statement compete.
WRITE = """
WITH item AS (
    SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[],
        $7::int[], $8::int[], $9::text[], $10::text[], $11::text[], $12::int[], $13::jsonb[],
        $14::text[], $15::bool[], $16::bool[], $17::text[], $18::text[]) WITH ORDINALITY
        AS i (mission_id, member_id, form_id, location_id, existing_report, existing_version,
            number, form_version, key, channel, digest, user_id, flags, status, incident,
            consolidate, action, request_id, n)
),
-- The answers come as one JSON document (ten or so per submission): the driver encodes it
-- in one call, where arrays would cost a Python check per element. They are only joined
-- to the batch's own rows, so the planner's guess at their number changes no plan on the
-- tables (a guess of a hundred items would: hash joins over whole tables).
given AS (
    SELECT * FROM jsonb_to_recordset($19::jsonb)
        AS a (n int, question text, int_value int, text_value text, choices jsonb)
),
-- The time every row of the batch is stored with, typed once.
clock AS (SELECT $20::timestamptz AS now),
-- Each station once, with the turn its context read ($21, $22: ordered by station id).
turned AS (
    INSERT INTO station_turn AS s (location_id, turn)
    SELECT location_id, seen + 1 FROM unnest($21::int[], $22::int[]) AS t (location_id, seen)
    ORDER BY location_id
    ON CONFLICT (location_id) DO UPDATE SET turn = s.turn + 1 WHERE s.turn = excluded.turn - 1
    RETURNING location_id
),
sequence AS MATERIALIZED (
    SELECT CAST(pg_get_serial_sequence('report', 'id') AS regclass) AS name
),
target AS (
    SELECT i.n, CASE WHEN i.existing_report IS NULL
        THEN nextval((SELECT name FROM sequence))::int ELSE i.existing_report END AS id
    FROM item i
    JOIN turned USING (location_id)
    WHERE NOT EXISTS (
        SELECT 1 FROM report_version WHERE member_id = i.member_id AND idempotency_key = i.key)
      AND CASE WHEN i.existing_report IS NULL
        THEN i.incident OR NOT EXISTS (
            SELECT 1 FROM report WHERE member_id = i.member_id
              AND location_id = i.location_id AND form_id = i.form_id AND slot = 0)
        ELSE EXISTS (
            SELECT 1 FROM report WHERE id = i.existing_report AND version = i.existing_version)
        END
),
version AS (
    INSERT INTO report_version (report_id, member_id, number, form_version, channel,
        idempotency_key, content_hash, submitted_at, submitted_by_user_id)
    SELECT t.id, i.member_id, i.number, i.form_version, i.channel, i.key, i.digest, $20,
        i.user_id
    FROM target t JOIN item i USING (n)
    ON CONFLICT (member_id, idempotency_key) DO NOTHING
    RETURNING id, report_id, member_id, idempotency_key
),
written AS (
    SELECT i.*, v.id AS version_id, v.report_id
    FROM version v JOIN item i ON i.member_id = v.member_id AND i.key = v.idempotency_key
),
answers AS (
    INSERT INTO report_answer (version_id, question, int_value, text_value, choices)
    SELECT w.version_id, g.question, g.int_value, g.text_value, g.choices
    FROM written w JOIN given g USING (n)
),
audited AS (
    INSERT INTO audit_event (at, actor_user_id, action, subject_type, subject_id, request_id)
    SELECT $20, w.user_id, w.action, 'report', w.report_id, w.request_id FROM written w
),
-- Incident reports take the next slot of the observer's at the station; the others slot 0.
inserted AS (
    INSERT INTO report (id, mission_id, form_id, location_id, member_id, slot, status,
        version, form_version, channel, flags, submitted_at, created_at, updated_at)
    SELECT w.report_id, w.mission_id, w.form_id, w.location_id, w.member_id,
        CASE WHEN w.incident THEN (
            SELECT coalesce(max(slot), 0) + 1 FROM report
            WHERE member_id = w.member_id AND location_id = w.location_id
              AND form_id = w.form_id)
        ELSE 0 END,
        w.status, 1, w.form_version, w.channel, w.flags, $20, $20, $20
    FROM written w WHERE w.existing_report IS NULL
),
updated AS (
    UPDATE report r SET version = w.number, form_version = w.form_version,
        channel = w.channel, flags = w.flags, status = w.status, submitted_at = $20,
        updated_at = $20
    FROM written w WHERE w.existing_report IS NOT NULL AND r.id = w.report_id
),
superseded AS (
    UPDATE report_version v SET superseded_at = $20
    FROM written w
    WHERE w.existing_report IS NOT NULL AND v.report_id = w.existing_report
      AND v.number = w.existing_version
),
-- consolidation.recompute_station in SQL, for every station a written submission counts
-- at. The statement's snapshot does not see its own writes, so the observed answers are
-- the other reports' current ones (from the tables) plus the written submissions' (from the
-- arrays). Per station and question, the first report's value, or a conflict when any
-- observer's differs; overridden values stay. A changed value is updated in place, as the
-- portable path does: no index or foreign key is touched, where a new row would touch
-- three of each.
station AS (
    SELECT DISTINCT mission_id, location_id, form_id FROM written WHERE consolidate
),
observed AS (
    SELECT s.mission_id, s.location_id, s.form_id, r.id AS report_id, a.question,
        a.int_value, a.text_value, a.choices
    FROM station s
    JOIN report r ON r.location_id = s.location_id AND r.form_id = s.form_id AND r.slot = 0
    JOIN report_version v ON v.report_id = r.id AND v.number = r.version
    JOIN report_answer a ON a.version_id = v.id
    WHERE r.status <> 'quarantined' AND r.id NOT IN (SELECT report_id FROM written)
    UNION ALL
    SELECT w.mission_id, w.location_id, w.form_id, w.report_id, g.question, g.int_value,
        g.text_value, g.choices
    FROM written w JOIN given g USING (n)
    WHERE w.consolidate
),
-- Per station and question: the value when every observer gave the same one (NULLs alike,
-- as IS DISTINCT FROM has them), taken from the first report (the lowest id); else a
-- conflict. One aggregate: when all values are equal, any of them is the first's.
wanted AS (
    SELECT mission_id, location_id, form_id, question,
        CASE WHEN agreed THEN int_value END AS int_value,
        CASE WHEN agreed THEN text_value END AS text_value,
        CASE WHEN agreed THEN choices END AS choices,
        CASE WHEN agreed THEN report_id END AS source_report_id,
        NOT agreed AS conflict
    FROM (
        SELECT mission_id, location_id, form_id, question,
            count(DISTINCT ROW(int_value, text_value, choices)) = 1 AS agreed,
            min(int_value) AS int_value, min(text_value) AS text_value,
            (array_agg(choices))[1] AS choices, min(report_id) AS report_id
        FROM observed GROUP BY mission_id, location_id, form_id, question
    ) g
),
-- Each wanted value beside the stored one (a FULL JOIN on equal keys: hashed or merged,
-- never a loop over every pair, whatever the batch's size).
compared AS (
    SELECT w.*, t.id AS stored_id, coalesce(t.overridden, false) AS overridden,
        w.question IS NOT NULL
        AND (w.int_value, w.text_value, w.choices, w.source_report_id, w.conflict)
            IS NOT DISTINCT FROM (t.int_value, t.text_value, t.choices,
                t.source_report_id, t.conflict) AS same
    FROM wanted w
    FULL JOIN (
        SELECT sv.* FROM station_value sv
        JOIN station s ON sv.location_id = s.location_id AND sv.form_id = s.form_id
    ) t ON t.location_id = w.location_id AND t.form_id = w.form_id AND t.question = w.question
),
changed AS (
    UPDATE station_value x SET int_value = c.int_value, text_value = c.text_value,
        choices = c.choices, source_report_id = c.source_report_id, conflict = c.conflict
    FROM compared c
    WHERE x.id = c.stored_id AND c.question IS NOT NULL AND NOT c.overridden AND NOT c.same
),
-- A question no report answers any more (its reports quarantined) has no value.
dropped AS (
    DELETE FROM station_value x USING compared c
    WHERE x.id = c.stored_id AND c.question IS NULL AND NOT c.overridden
),
fresh AS (
    INSERT INTO station_value (mission_id, location_id, form_id, question, int_value,
        text_value, choices, source_report_id, conflict, overridden)
    SELECT mission_id, location_id, form_id, question, int_value, text_value, choices,
        source_report_id, conflict, false
    FROM compared
    WHERE question IS NOT NULL AND stored_id IS NULL
)
SELECT n, report_id FROM written
"""


@dataclass(frozen=True)
class Asked:
    """What one submission of a batch names, to read its context."""

    actor: ReportActor
    form_id: int
    location_id: int
    form_version: int | None
    key: str
    report_id: int | None


@dataclass(frozen=True)
class Found:
    """One submission's context; `named` is the report an explicit report id names (its id,
    version and status), `replay` the key's stored version (report id, number, hash)."""

    context: SubmissionContext
    named: tuple[int, int, ReportStatus] | None
    replay: tuple[int, int, str] | None
    turn: int  # the station's, as read: the write goes ahead only while it is still this


async def read_contexts(connection: AsyncConnection, asked: Sequence[Asked]) -> list[Found | None]:
    """Each submission's context, in order; None where the form or the location is not the
    actor's mission's."""
    result = await connection.exec_driver_sql(
        CONTEXT,
        (
            [a.actor.mission_id for a in asked],
            [a.actor.member_id for a in asked],
            [a.form_id for a in asked],
            [a.location_id for a in asked],
            [a.form_version for a in asked],
            [a.key for a in asked],
            [a.report_id for a in asked],
        ),
    )
    found: list[Found | None] = [None] * len(asked)
    for row in result:
        found[row.n - 1] = Found(
            context_of(row),
            named=None
            if row.named_id is None
            else (row.named_id, row.named_version, ReportStatus(row.named_status)),
            replay=None
            if row.replay_report_id is None
            else (row.replay_report_id, row.replay_number, row.content_hash),
            turn=row.turn,
        )
    return found


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
    flags: list[dict[str, Any]]
    status: ReportStatus
    incident: bool
    answers: Sequence[Parsed]
    request_id: str | None
    turn: int  # the station's turn the context read

    @property
    def number(self) -> int:
        return 1 if self.existing is None else self.existing[1] + 1


async def write(
    connection: AsyncConnection, writes: Sequence[Write], submitted_at: datetime
) -> list[int | None]:
    """Store the submissions in one statement: each one's report id, in order, or None
    where the context it was validated against no longer holds (its station's turn moved,
    or its key or report changed: read it again)."""
    items = (
        [w.actor.mission_id for w in writes],
        [w.actor.member_id for w in writes],
        [w.form_id for w in writes],
        [w.location_id for w in writes],
        [w.existing[0] if w.existing else None for w in writes],
        [w.existing[1] if w.existing else None for w in writes],
        [w.number for w in writes],
        [w.form_version for w in writes],
        [w.key for w in writes],
        [w.channel.value for w in writes],
        [w.digest for w in writes],
        [w.actor.user_id for w in writes],
        [orjson.dumps(w.flags).decode() for w in writes],
        [w.status.value for w in writes],
        [w.incident for w in writes],
        [not w.incident and w.status is not ReportStatus.QUARANTINED for w in writes],
        [audit.REPORT_SUBMITTED if w.number == 1 else audit.REPORT_CORRECTED for w in writes],
        [w.request_id for w in writes],
    )
    answers = [
        {
            "n": n,
            "question": a.question,
            "int_value": a.int_value,
            "text_value": a.text_value,
            "choices": a.choices,
        }
        for n, w in enumerate(writes, start=1)
        for a in w.answers
    ]
    turns: dict[int, int] = {}
    for w in writes:
        turns.setdefault(w.location_id, w.turn)
    stations = sorted(turns)
    result = await connection.exec_driver_sql(
        WRITE,
        (
            *items,
            orjson.dumps(answers).decode(),
            submitted_at,
            stations,
            [turns[s] for s in stations],
        ),
    )
    stored: list[int | None] = [None] * len(writes)
    for row in result:
        stored[row.n - 1] = int(row.report_id)
    return stored
