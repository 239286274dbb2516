"""Postgres' two-statement submission (server/reports/postgres.py) stores what the portable
path stores: after any sequence of submissions, one at a time or stored in batches by the
group commit (server/reports/writer.py), the portable consolidation of the station finds
nothing to change."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update
from sqlmodel import col, select

from server.db import Database
from server.reports.consolidation import recompute_station
from server.reports.models import ReportChannel, StationValue
from server.reports.service import ReportActor, Request, Submitted, request, submit_request
from server.reports.validation import RawAnswer
from server.reports.writer import ReportWriter
from tests.server.reports.fixtures import MissionRows, build_mission

# One submission: (observer, AA, AB, AF's choices, AG); "" leaves a question unanswered.
steps = st.lists(
    st.tuples(
        st.integers(0, 2),
        st.sampled_from(["yes", "no"]),
        st.sampled_from(["300", "301", ""]),
        st.sampled_from([None, (1, 3), (3, 1), (2,)]),
        st.sampled_from(["calm", "busy", ""]),
    ),
    min_size=1,
    max_size=7,
)


def answers(aa: str, ab: str, af: tuple[int, ...] | None, ag: str) -> dict[str, RawAnswer]:
    given_answers = {"AA": RawAnswer(aa), "AB": RawAnswer(ab), "AG": RawAnswer(ag)}
    if af is not None:
        given_answers["AF"] = RawAnswer(choices=af)
    return given_answers


def made(world: MissionRows, observer: int, given: dict[str, RawAnswer]) -> Request:
    submission = request(
        actor=ReportActor(world.mission_id, world.observers[observer], None),
        form_id=world.checklist,
        location_id=world.stations[0],
        answers=given,
        idempotency_key=uuid.uuid4().hex,
        channel=ReportChannel.API,
    )
    assert isinstance(submission, Request)
    return submission


async def submit_as(
    db: Database, world: MissionRows, observer: int, given_answers: dict[str, RawAnswer]
) -> None:
    async with db.transaction() as session:
        result = await submit_request(session, made(world, observer, given_answers))
    assert isinstance(result, Submitted), result


async def station_values(db: Database, world: MissionRows) -> list[tuple[Any, ...]]:
    async with db.read() as session:
        rows = (
            await session.exec(
                select(StationValue)
                .where(StationValue.location_id == world.stations[0])
                .order_by(col(StationValue.question))
            )
        ).all()
    return [
        (
            r.id,
            r.question,
            r.int_value,
            r.text_value,
            r.choices,
            r.source_report_id,
            r.conflict,
            r.overridden,
        )
        for r in rows
    ]


async def assert_portable_agrees(db: Database, world: MissionRows) -> None:
    before = await station_values(db, world)
    async with db.transaction() as session:
        await recompute_station(
            session,
            mission_id=world.mission_id,
            location_id=world.stations[0],
            form_id=world.checklist,
        )
    assert await station_values(db, world) == before


async def _run(url: str, plan: list[tuple[Any, ...]], override: str | None) -> None:
    db = Database.from_url(url)
    try:
        world = await build_mission(db, name=f"Path {uuid.uuid4().hex[:12]}", observers=3)
        for step, (observer, *values) in enumerate(plan):
            await submit_as(db, world, observer, answers(*values))
            if step == 0 and override is not None:
                async with db.transaction() as session:
                    await session.exec(
                        update(StationValue)
                        .where(col(StationValue.question) == override)
                        .where(col(StationValue.location_id) == world.stations[0])
                        .values(overridden=True, int_value=999, override_reason="checked")
                    )
            await assert_portable_agrees(db, world)
    finally:
        await db.dispose()


async def _run_in_batches(url: str, plan: list[tuple[Any, ...]]) -> None:
    """Every submission of the plan at once, through the group commit."""
    db = Database.from_url(url)
    try:
        world = await build_mission(db, name=f"Batch {uuid.uuid4().hex[:12]}", observers=3)
        writer = ReportWriter(db)
        results = await asyncio.gather(
            *(writer.submit(made(world, observer, answers(*values))) for observer, *values in plan)
        )
        assert all(isinstance(r, Submitted) for r in results), results
        await assert_portable_agrees(db, world)
    finally:
        await db.dispose()


@pytest.mark.postgres
class TestPostgresPath:
    @settings(
        max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(plan=steps, override=st.sampled_from([None, "AB", "AG"]))
    def test_any_submissions_leave_the_values_the_portable_consolidation_computes(
        self, postgres_database: str, plan: list[tuple[Any, ...]], override: str | None
    ) -> None:
        asyncio.run(_run(postgres_database, plan, override))

    @settings(
        max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(plan=steps)
    def test_submissions_stored_in_batches_leave_the_values_the_portable_path_computes(
        self, postgres_database: str, plan: list[tuple[Any, ...]]
    ) -> None:
        asyncio.run(_run_in_batches(postgres_database, plan))

    def test_observers_submitting_at_once_at_one_station_leave_consistent_values(
        self, postgres_database: str
    ) -> None:
        async def run() -> None:
            db = Database.from_url(postgres_database)
            try:
                world = await build_mission(db, name=f"Race {uuid.uuid4().hex[:12]}", observers=3)
                await asyncio.gather(
                    *(
                        submit_as(db, world, n % 3, answers("yes", str(300 + n % 2), None, "calm"))
                        for n in range(12)
                    )
                )
                await assert_portable_agrees(db, world)
            finally:
                await db.dispose()

        asyncio.run(run())
