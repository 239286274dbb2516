"""submit-report (issue 10, item 13; measured in-process, not a pair of servers).

Throughput of submissions through the path `submitReport` takes (the group commit of
server/reports/writer.py: validation, version, ten typed answers, the station's
consolidation, the audit row, committed before the caller is answered), vs a raw asyncpg
single-row INSERT into a bare table, in the same run, on the same Postgres, with the same
number of tasks in flight and the same pool (size, no checkout ping). Also reported: the
same submissions each in a transaction of its own (`submit_report` in a caller's
transaction, as the demo seed uses it) against the same baseline.
Rounds alternate the sides; the ratio is the median of the rounds' ratios.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import asyncpg  # type: ignore[import-untyped]

from server.db import Database
from server.forms.models import Form, FormKind, FormVersion
from server.missions.models import (
    Deployment,
    DeploymentForm,
    Mission,
    MissionLocation,
    MissionMember,
    MissionRole,
)
from server.orgs.models import Organization, OrganizationKind, Person
from server.reports.models import ReportChannel
from server.reports.service import ReportActor, Request, Submitted, request, submit_report
from server.reports.validation import RawAnswer
from server.reports.writer import ReportWriter
from tests.bench.common import BenchError, asyncpg_dsn

NAME = "submit-report"
TARGET = 0.25
STATIONS = 500
OBSERVERS_PER_STATION = 2
QUESTIONS: list[dict[str, Any]] = [
    {"code": "AA", "type": "yes_no", "labels": {"en": "Opened on time"}, "required": True},
    {"code": "AB", "type": "integer", "labels": {"en": "Ballots cast"}, "min": 0},
    {"code": "AC", "type": "integer", "labels": {"en": "Votes A"}, "min": 0},
    {"code": "AD", "type": "integer", "labels": {"en": "Votes B"}, "min": 0},
    {"code": "AE", "type": "integer", "labels": {"en": "Spoilt"}, "min": 0},
    {"code": "AF", "type": "yes_no", "labels": {"en": "Seals intact"}},
    {"code": "AG", "type": "yes_no", "labels": {"en": "Agents present"}},
    {"code": "AH", "type": "time", "labels": {"en": "Opened at"}},
    {
        "code": "AJ",
        "type": "single_choice",
        "labels": {"en": "Queue"},
        "options": [
            {"value": 1, "labels": {"en": "short"}},
            {"value": 2, "labels": {"en": "long"}},
        ],
    },
    {"code": "AK", "type": "text", "labels": {"en": "Notes"}},
]
RULES: list[dict[str, Any]] = [
    {
        "code": "SUM",
        "left": [{"question": "AC"}, {"question": "AD"}, {"question": "AE"}],
        "op": "eq",
        "right": [{"question": "AB"}],
        "message": {"en": "Votes and spoilt ballots must add up to ballots cast."},
    },
    {
        "code": "TURNOUT",
        "left": [{"question": "AB"}],
        "op": "le",
        "right": [{"station": "registered_voters"}],
        "severity": "flag",
        "message": {"en": "More ballots than registered voters."},
    },
]
# answers(n) repeats every 150 submissions (n % 50 and n % 30).
ANSWER_PERIOD = 150
RAW_TABLE = """CREATE TABLE bench_raw_report (
    id serial PRIMARY KEY, member_id int NOT NULL, location_id int NOT NULL,
    idempotency_key text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())"""
RAW_INSERT = (
    "INSERT INTO bench_raw_report (member_id, location_id, idempotency_key) VALUES ($1, $2, $3)"
)


@dataclass(frozen=True)
class Plan:
    mission_id: int
    form_id: int
    # (member id, station id) of every deployed observer.
    observers: list[tuple[int, int]]


def answers(n: int) -> dict[str, RawAnswer]:
    a, b = 100 + n % 50, 80 + n % 30
    return {
        "AA": RawAnswer("yes"),
        "AB": RawAnswer(str(a + b + 3)),
        "AC": RawAnswer(str(a)),
        "AD": RawAnswer(str(b)),
        "AE": RawAnswer("3"),
        "AF": RawAnswer("yes"),
        "AG": RawAnswer("no"),
        "AH": RawAnswer("07:00"),
        "AJ": RawAnswer("1"),
        "AK": RawAnswer("calm"),
    }


async def seed(database: Database) -> Plan:
    async with database.transaction() as session:
        org = Organization(
            name="Bench observers", slug="bench-observers", kind=OrganizationKind.MEMBER
        )
        session.add(org)
        await session.flush()
        assert org.id is not None
        mission = Mission(
            organization_id=org.id,
            name="Bench mission",
            country="KE",
            time_zone="Africa/Nairobi",
            election_date=date(2027, 8, 9),
        )
        session.add(mission)
        await session.flush()
        assert mission.id is not None
        form = Form(
            mission_id=mission.id,
            kind=FormKind.RESULTS,
            code="RS",
            names={"en": "Results"},
            current_version=1,
        )
        session.add(form)
        await session.flush()
        assert form.id is not None
        session.add(
            FormVersion(
                form_id=form.id, number=1, definition={"questions": QUESTIONS, "rules": RULES}
            )
        )
        stations = [
            MissionLocation(
                mission_id=mission.id,
                code=f"S{i:05d}",
                name=f"Station {i}",
                registered_voters=700,
                is_station=True,
            )
            for i in range(STATIONS)
        ]
        people = [
            Person(name=f"Bench observer {i}") for i in range(STATIONS * OBSERVERS_PER_STATION)
        ]
        session.add_all([*stations, *people])
        await session.flush()
        members = [
            MissionMember(
                mission_id=mission.id,
                person_id=p.id or 0,
                role=MissionRole.OBSERVER,
                observer_code=f"B{i:05d}",
            )
            for i, p in enumerate(people)
        ]
        session.add_all(members)
        await session.flush()
        pairs = [
            (m.id or 0, stations[i // OBSERVERS_PER_STATION].id or 0) for i, m in enumerate(members)
        ]
        deployments = [
            Deployment(mission_id=mission.id, member_id=m, location_id=s) for m, s in pairs
        ]
        session.add_all(deployments)
        await session.flush()
        session.add_all(
            [DeploymentForm(deployment_id=d.id or 0, form_id=form.id) for d in deployments]
        )
    return Plan(mission.id, form.id, pairs)


async def _throughput(
    unit: Callable[[int, int], Awaitable[None]], concurrency: int, seconds: float
) -> float:
    """Units per second with `concurrency` tasks, each running units until the time is up."""
    deadline = time.perf_counter() + seconds
    done = 0

    async def worker(lane: int) -> None:
        nonlocal done
        n = 0
        while time.perf_counter() < deadline:
            await unit(lane, n)
            n += 1
            done += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker(lane) for lane in range(concurrency)))
    return done / (time.perf_counter() - started)


async def measure(db_url: str, *, rounds: int, seconds: float, concurrency: int) -> dict[str, Any]:
    # The same pool on both sides: as many connections as tasks, kept open, and none checked
    # with a round trip on checkout (asyncpg's pool does not; SQLAlchemy's pre-ping costs a
    # BEGIN, a query and a ROLLBACK per transaction, more than a submission's own statements).
    database = Database.from_url(db_url, pool_size=concurrency, pool_pre_ping=False)
    pool = await asyncpg.create_pool(
        asyncpg_dsn(db_url), min_size=concurrency, max_size=concurrency
    )
    try:
        plan = await seed(database)
        await pool.execute(RAW_TABLE)
        # Each lane takes its own stations (and their observers, in turn), so two tasks
        # never wait for one station's turn: what is measured is the work, not the queue.
        by_station = [
            plan.observers[i : i + OBSERVERS_PER_STATION]
            for i in range(0, len(plan.observers), OBSERVERS_PER_STATION)
        ]
        lanes = [
            [pair for station in by_station[lane::concurrency] for pair in station]
            for lane in range(concurrency)
        ]

        writer = ReportWriter(database)

        def submission(lane: int, n: int) -> dict[str, Any]:
            member, station = lanes[lane][n % len(lanes[lane])]
            return {
                "actor": ReportActor(plan.mission_id, member, None),
                "form_id": plan.form_id,
                "location_id": station,
                "answers": answers(n),
                "idempotency_key": uuid.uuid4().hex,
                "channel": ReportChannel.API,
            }

        async def platform(lane: int, n: int) -> None:
            # What submitReport does: the group commit (server/reports/writer.py).
            made = request(**submission(lane, n))
            assert isinstance(made, Request)
            result = await writer.submit(made)
            if not isinstance(result, Submitted):
                raise BenchError(f"{NAME}: a submission was refused: {result}")

        async def alone(lane: int, n: int) -> None:
            # A submission in a transaction of its own (as in a caller's own transaction).
            async with database.transaction() as session:
                result = await submit_report(session, **submission(lane, n))
            if not isinstance(result, Submitted):
                raise BenchError(f"{NAME}: a submission was refused: {result}")

        async def baseline(lane: int, n: int) -> None:
            member, station = lanes[lane][n % len(lanes[lane])]
            await pool.execute(RAW_INSERT, member, station, uuid.uuid4().hex)

        await _throughput(platform, concurrency, seconds)  # warm-up: caches, connections
        await _throughput(baseline, concurrency, seconds)
        await _throughput(alone, concurrency, seconds)
        # Statistics as autovacuum keeps them on a live database: the tables were empty when
        # the statements were first planned, and a plan made for an empty `report` table
        # scans every report of the form to find one station's.
        await pool.execute("ANALYZE")
        ratios, platform_rates, baseline_rates, alone_ratios = [], [], [], []
        for _ in range(rounds):
            platform_rates.append(await _throughput(platform, concurrency, seconds))
            baseline_rates.append(await _throughput(baseline, concurrency, seconds))
            ratios.append(platform_rates[-1] / baseline_rates[-1])
            alone_rate = await _throughput(alone, concurrency, seconds)
            alone_ratios.append(alone_rate / baseline_rates[-1])
        return {
            "name": NAME,
            "description": "submitReport's path (10 answers, rules, consolidation, audit; "
            "group commit) vs asyncpg single-row INSERT, in-process, Postgres",
            "target": TARGET,
            "platform_per_s": round(statistics.median(platform_rates), 1),
            "baseline_per_s": round(statistics.median(baseline_rates), 1),
            "ratio": round(statistics.median(ratios), 3),
            "ratios": [round(r, 3) for r in ratios],
            "met": statistics.median(ratios) >= TARGET,
            # One submission per transaction (no group commit) / the baseline.
            "own_transaction_ratio": round(statistics.median(alone_ratios), 3),
        }
    finally:
        await pool.close()
        await database.dispose()
