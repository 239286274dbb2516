"""The group commit (server/reports/writer.py): what arrives together is stored together,
and each caller still gets exactly the answer submitting alone would give."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import func, select

from server.audit.models import AuditEvent
from server.db import Database
from server.kit.errors import InvalidInput, NotFound
from server.logs import request_id_var
from server.reports.consolidation import take_turn
from server.reports.models import Report, ReportChannel, ReportVersion, StationValue
from server.reports.service import Rejected, ReportActor, Submitted, request, submit_report
from server.reports.validation import RawAnswer
from server.reports.writer import ReportWriter
from tests.server.reports.fixtures import MissionRows, build_mission
from tests.server.reports.test_postgres_path import assert_portable_agrees
from tests.sqlcount import count_statements


@pytest.fixture
async def world(db: Database) -> MissionRows:
    return await build_mission(db, observers=8)


def answers(ab: int) -> dict[str, RawAnswer]:
    return {"AA": RawAnswer("yes"), "AB": RawAnswer(str(ab)), "AC": RawAnswer("100")}


async def send(
    writer: ReportWriter,
    world: MissionRows,
    observer: int,
    key: str,
    given: dict[str, RawAnswer],
    *,
    station: int = 0,
    form: int | None = None,
    mission_id: int | None = None,
) -> Submitted | Rejected:
    made = request(
        actor=ReportActor(mission_id or world.mission_id, world.observers[observer], None),
        form_id=form or world.checklist,
        location_id=world.stations[station],
        answers=given,
        idempotency_key=key,
        channel=ReportChannel.API,
    )
    return made if isinstance(made, Rejected) else await writer.submit(made)


async def count(db: Database, table: type[Any]) -> int:
    async with db.read() as session:
        return int(await session.scalar(select(func.count()).select_from(table)) or 0)


class TestBurst:
    async def test_sixteen_observers_at_once_each_get_their_own_report(
        self, db: Database, world: MissionRows
    ) -> None:
        writer = ReportWriter(db)
        results = await asyncio.gather(
            *(
                send(writer, world, n % 8, f"burst-key-{n:04d}", answers(300), station=n // 8)
                for n in range(16)
            )
        )
        assert all(isinstance(r, Submitted) and not r.replayed for r in results), results
        assert len({r.report_id for r in results if isinstance(r, Submitted)}) == 16
        assert await count(db, ReportVersion) == 16
        # Everyone agreed on every answer: no conflict at either station.
        async with db.read() as session:
            conflicts = await session.scalar(
                select(func.count()).where(StationValue.conflict == True)  # noqa: E712
            )
        assert conflicts == 0

    @pytest.mark.postgres
    @pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
    async def test_on_postgres_a_burst_is_stored_in_a_few_statements(
        self, db: Database, world: MissionRows
    ) -> None:
        writer = ReportWriter(db)
        await send(writer, world, 0, "warm-up-key-1", answers(300))  # the form, compiled
        with count_statements(db.engine) as log:
            results = await asyncio.gather(
                *(
                    send(writer, world, n % 8, f"few-key-{n:04d}", answers(300), station=n // 8)
                    for n in range(16)
                )
            )
        assert all(isinstance(r, Submitted) for r in results)
        # Two lanes of eight: each a context and a write, where one at a time takes 32.
        assert log.count == 4, log.statements

    async def test_the_same_submission_sent_five_times_at_once_is_one_report(
        self, db: Database, world: MissionRows
    ) -> None:
        writer = ReportWriter(db)
        results = await asyncio.gather(
            *(send(writer, world, 0, "same-key-0001", answers(300)) for _ in range(5))
        )
        stored = {(r.report_id, r.version) for r in results if isinstance(r, Submitted)}
        assert len(stored) == 1 and len(results) == 5
        assert sum(1 for r in results if isinstance(r, Submitted) and not r.replayed) == 1
        assert await count(db, ReportVersion) == 1

    async def test_an_observers_corrections_sent_together_become_versions_in_order(
        self, db: Database, world: MissionRows
    ) -> None:
        writer = ReportWriter(db)
        results = await asyncio.gather(
            *(send(writer, world, 0, f"fix-key-{n:04d}", answers(300 + n)) for n in range(3))
        )
        assert [r.version for r in results if isinstance(r, Submitted)] == [1, 2, 3]
        async with db.read() as session:
            report = (await session.exec(select(Report))).one()
        assert report.version == 3
        assert await count(db, ReportVersion) == 3

    async def test_two_observers_disagreeing_in_one_burst_is_a_conflict(
        self, db: Database, world: MissionRows
    ) -> None:
        writer = ReportWriter(db)
        await asyncio.gather(
            send(writer, world, 0, "agree-key-001", answers(300)),
            send(writer, world, 1, "agree-key-002", answers(301)),
        )
        async with db.read() as session:
            values = {
                v.question: v
                for v in (
                    await session.exec(
                        select(StationValue).where(StationValue.location_id == world.stations[0])
                    )
                ).all()
            }
        assert values["AB"].conflict and values["AB"].int_value is None
        assert not values["AA"].conflict and values["AA"].int_value == 1


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
class TestStationTurns:
    async def test_a_change_committed_while_a_batch_waits_for_its_station_is_seen(
        self, db: Database, world: MissionRows
    ) -> None:
        """The writer reads a batch's context and writes it in two statements outside a
        transaction. Here a change to the station commits between the two: the write must
        notice (the station's turn moved), read the submission again and consolidate with
        the change. Read with the old context, observer 0's old answer would still count,
        and the station would show a conflict that is not there."""
        writer = ReportWriter(db)
        assert isinstance(await send(writer, world, 0, "first-key-0001", answers(300)), Submitted)
        station = world.stations[0]
        async with db.transaction() as change:
            await take_turn(change, location_id=station)  # held until this block commits
            late = asyncio.create_task(send(writer, world, 1, "late-key-0001", answers(301)))
            await _until_a_statement_waits_for_a_lock(db)
            # Observer 0 corrects to what observer 1 is sending, in the held transaction.
            corrected = await submit_report(
                change,
                actor=ReportActor(world.mission_id, world.observers[0], None),
                form_id=world.checklist,
                location_id=station,
                answers=answers(301),
                idempotency_key="fix-key-0001",
                channel=ReportChannel.API,
            )
            assert isinstance(corrected, Submitted) and corrected.version == 2
        stored = await late
        assert isinstance(stored, Submitted) and stored.version == 1
        async with db.read() as session:
            values = {
                v.question: v
                for v in (
                    await session.exec(
                        select(StationValue).where(StationValue.location_id == station)
                    )
                ).all()
            }
        assert not any(v.conflict for v in values.values()), values
        assert values["AB"].int_value == 301
        assert await count(db, ReportVersion) == 3

    async def test_two_processes_writing_one_station_at_once_store_each_submission_once(
        self, db: Database, world: MissionRows
    ) -> None:
        """Two writers stand for two app processes: nothing in-process keeps them off one
        station, so each round one of them finds the station's turn moved and reads its
        batch again. Every submission is stored once, and the station's values are what
        the portable consolidation computes from the stored reports."""
        first, second = ReportWriter(db), ReportWriter(db)
        for round_ in range(3):
            results = await asyncio.gather(
                *(
                    send(
                        first if observer < 4 else second,
                        world,
                        observer,
                        f"two-{round_}-{observer:04d}",
                        answers(300 + (observer + round_) % 3),
                    )
                    for observer in range(8)
                )
            )
            assert all(isinstance(r, Submitted) for r in results), results
            assert {r.version for r in results if isinstance(r, Submitted)} == {round_ + 1}
        assert await count(db, ReportVersion) == 24
        await assert_portable_agrees(db, world)


async def _until_a_statement_waits_for_a_lock(db: Database) -> None:
    """Return once a backend of this database waits for a row lock (the writer's write)."""
    for _ in range(500):
        async with db.read() as session:
            waiting = await session.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND wait_event_type = 'Lock'"
                )
            )
        if waiting:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the writer's statement never waited for the station")


class TestOneFailureIsNobodyElses:
    async def test_invalid_and_unknown_submissions_in_a_burst_leave_the_others_stored(
        self, db: Database, world: MissionRows
    ) -> None:
        other = await build_mission(db, name="Elsewhere 2027", observers=1)
        writer = ReportWriter(db)
        results = await asyncio.gather(
            send(writer, world, 0, "mixed-key-001", answers(300)),
            send(writer, world, 1, "mixed-key-002", {"AB": RawAnswer("many")}),
            send(writer, world, 2, "mixed-key-003", answers(300), form=other.checklist),
            send(writer, world, 3, "mixed-key-004", answers(300), station=2),
            send(writer, world, 4, "mixed-key-005", answers(300)),
            return_exceptions=True,
        )
        good, bad_number, foreign_form, not_deployed, good_too = results
        assert isinstance(good, Submitted) and isinstance(good_too, Submitted)
        assert isinstance(bad_number, Rejected)
        assert {p.code for p in bad_number.problems} >= {"not_a_number"}
        assert isinstance(foreign_form, NotFound) and str(foreign_form) == "No such form."
        assert isinstance(not_deployed, Rejected)
        assert [p.code for p in not_deployed.problems] == ["not_deployed"]
        assert await count(db, ReportVersion) == 2

    @pytest.mark.postgres
    @pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
    async def test_a_submission_the_database_refuses_fails_alone(
        self, db: Database, world: MissionRows
    ) -> None:
        writer = ReportWriter(db)

        async def refused() -> Submitted | Rejected:
            # audit_event.request_id holds 64 characters: this batch's write fails.
            request_id_var.set("r" * 65)
            return await send(writer, world, 0, "refused-key-01", answers(300))

        results = await asyncio.gather(
            refused(),
            *(send(writer, world, n, f"fine-key-{n:05d}", answers(300)) for n in range(1, 8)),
            return_exceptions=True,
        )
        assert isinstance(results[0], Exception) and not isinstance(results[0], InvalidInput)
        assert all(isinstance(r, Submitted) for r in results[1:]), results
        assert await count(db, ReportVersion) == 7


class TestAudit:
    async def test_each_submission_is_audited_with_its_own_request_id(
        self, db: Database, world: MissionRows
    ) -> None:
        writer = ReportWriter(db)

        async def from_request(n: int) -> Submitted | Rejected:
            request_id_var.set(f"request-{n}")
            return await send(writer, world, n, f"audit-key-{n:04d}", answers(300))

        results = await asyncio.gather(*(from_request(n) for n in range(4)))
        async with db.read() as session:
            audited = dict(
                (await session.exec(select(AuditEvent.subject_id, AuditEvent.request_id))).all()
            )
        for n, result in enumerate(results):
            assert isinstance(result, Submitted)
            assert audited[result.report_id] == f"request-{n}"


class TestClosing:
    async def test_close_waits_for_the_submissions_taken(
        self, db: Database, world: MissionRows
    ) -> None:
        writer = ReportWriter(db)
        pending = [
            asyncio.ensure_future(send(writer, world, n, f"close-key-{n:04d}", answers(300)))
            for n in range(4)
        ]
        await asyncio.sleep(0)  # they are queued, and a lane has started
        await writer.close()
        assert all(p.done() for p in pending)
        assert await count(db, ReportVersion) == 4
