"""Submitting reports through the one service the web, API and SMS share."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, delete, func, select

from server.db import Database
from server.forms.models import FormVersion
from server.kit.errors import NotFound
from server.reports.models import Report, ReportAnswer, ReportChannel, ReportVersion
from server.reports.service import Rejected, ReportActor, Submitted, submit_report
from server.reports.validation import RawAnswer
from tests.server.reports.fixtures import MissionRows, build_mission
from tests.sqlcount import count_statements

GOOD = {"AA": RawAnswer("yes"), "AB": RawAnswer("300"), "AC": RawAnswer("100")}


@pytest.fixture
async def world(db: Database) -> MissionRows:
    return await build_mission(db)


def actor(world: MissionRows, index: int = 0, language: str = "en") -> ReportActor:
    return ReportActor(world.mission_id, world.observers[index], None, language)


async def submit(
    db: Database,
    world: MissionRows,
    answers: dict[str, RawAnswer],
    key: str = "key-00000001",
    *,
    index: int = 0,
    station: int = 0,
    form: int | None = None,
    report_id: int | None = None,
    language: str = "en",
) -> Submitted | Rejected:
    async with db.transaction() as session:
        return await submit_report(
            session,
            actor=actor(world, index, language),
            form_id=form or world.checklist,
            location_id=world.stations[station],
            answers=answers,
            idempotency_key=key,
            channel=ReportChannel.WEB,
            report_id=report_id,
        )


async def count(db: Database, table: type[Any]) -> int:
    async with db.read() as session:
        return int(await session.scalar(select(func.count()).select_from(table)) or 0)


class TestSubmitReport:
    async def test_a_valid_report_is_stored_with_one_typed_row_per_answer(
        self, db: Database, world: MissionRows
    ) -> None:
        result = await submit(db, world, {**GOOD, "AH": RawAnswer("07:30")})
        assert isinstance(result, Submitted) and result.version == 1 and not result.replayed
        async with db.read() as session:
            rows = (
                await session.exec(select(ReportAnswer).order_by(col(ReportAnswer.question)))
            ).all()
        assert [(r.question, r.int_value) for r in rows] == [
            ("AA", 1),
            ("AB", 300),
            ("AC", 100),
            ("AH", 450),
        ]

    async def test_invalid_answers_are_refused_with_field_errors_and_nothing_stored(
        self, db: Database, world: MissionRows
    ) -> None:
        result = await submit(
            db, world, {"AB": RawAnswer("ten"), "AE": RawAnswer("7"), "ZZ": RawAnswer("1")}
        )
        assert isinstance(result, Rejected)
        assert {(p.field, p.code) for p in result.problems} == {
            ("answers.AB", "not_a_number"),
            ("answers.AE", "unknown_option"),
            ("answers.ZZ", "unknown_question"),
            ("answers.AA", "required"),
        }
        assert await count(db, Report) == await count(db, ReportVersion) == 0

    async def test_an_error_rule_names_every_question_in_the_observers_language(
        self, db: Database, world: MissionRows
    ) -> None:
        answers = {**GOOD, "AC": RawAnswer("250"), "AD": RawAnswer("100")}
        result = await submit(db, world, answers, language="fr")
        assert isinstance(result, Rejected)
        assert {(p.field, p.message) for p in result.problems} == {
            (f"answers.{q}", "Plus de voix que de bulletins.") for q in ("AB", "AC", "AD")
        }

    async def test_a_flag_rule_accepts_the_report_and_flags_it(
        self, db: Database, world: MissionRows
    ) -> None:
        result = await submit(db, world, {**GOOD, "AB": RawAnswer("900")})
        assert isinstance(result, Submitted) and result.flags == ("TURNOUT",)
        async with db.read() as session:
            report = (await session.exec(select(Report))).one()
        assert report.status == "flagged"

    async def test_an_observer_not_deployed_at_the_station_is_refused(
        self, db: Database, world: MissionRows
    ) -> None:
        result = await submit(db, world, GOOD, station=2)
        assert isinstance(result, Rejected) and result.problems[0].code == "not_deployed"

    async def test_a_location_of_another_mission_answers_like_a_missing_one(
        self, db: Database, world: MissionRows
    ) -> None:
        other = await build_mission(db, name="Elbonia 2028")
        async with db.transaction() as session:
            with pytest.raises(NotFound, match=r"No such location\."):
                await submit_report(
                    session,
                    actor=actor(world),
                    form_id=world.checklist,
                    location_id=other.stations[0],
                    answers=GOOD,
                    idempotency_key="key-00000001",
                    channel=ReportChannel.WEB,
                )


class TestVersions:
    async def test_a_correction_adds_a_version_and_keeps_the_old_answers(
        self, db: Database, world: MissionRows
    ) -> None:
        await submit(db, world, GOOD, "key-first-1")
        second = await submit(db, world, {**GOOD, "AB": RawAnswer("310")}, "key-second-1")
        assert isinstance(second, Submitted) and second.version == 2
        async with db.read() as session:
            versions = (
                await session.exec(select(ReportVersion).order_by(col(ReportVersion.number)))
            ).all()
            values = (
                await session.exec(
                    select(ReportAnswer.int_value).where(ReportAnswer.question == "AB")
                )
            ).all()
        assert [v.superseded_at is not None for v in versions] == [True, False]
        assert sorted(v or 0 for v in values) == [300, 310]
        assert await count(db, Report) == 1

    async def test_incident_reports_are_many_and_corrected_by_id(
        self, db: Database, world: MissionRows
    ) -> None:
        first = await submit(db, world, {"BA": RawAnswer("a")}, "inc-key-1", form=world.incident)
        second = await submit(db, world, {"BA": RawAnswer("b")}, "inc-key-2", form=world.incident)
        assert isinstance(first, Submitted) and isinstance(second, Submitted)
        assert first.report_id != second.report_id
        fixed = await submit(
            db,
            world,
            {"BA": RawAnswer("c")},
            "inc-key-3",
            form=world.incident,
            report_id=first.report_id,
        )
        assert isinstance(fixed, Submitted)
        assert (fixed.report_id, fixed.version) == (first.report_id, 2)


class TestIdempotency:
    async def test_the_same_key_answers_the_same_version_and_stores_it_once(
        self, db: Database, world: MissionRows
    ) -> None:
        first = await submit(db, world, GOOD)
        again = await submit(db, world, GOOD)
        assert isinstance(first, Submitted) and isinstance(again, Submitted)
        assert (again.report_id, again.version, again.replayed) == (first.report_id, 1, True)
        assert await count(db, ReportVersion) == 1

    async def test_a_key_reused_for_other_content_is_refused_and_changes_nothing(
        self, db: Database, world: MissionRows
    ) -> None:
        await submit(db, world, GOOD)
        reused = await submit(db, world, {**GOOD, "AB": RawAnswer("301")})
        assert isinstance(reused, Rejected)
        assert reused.problems[0].field == "idempotencyKey"
        assert reused.problems[0].message == "This key was already used for another submission."
        assert await count(db, ReportVersion) == 1

    async def test_two_concurrent_copies_store_one_version(
        self, db: Database, world: MissionRows
    ) -> None:
        results = await asyncio.gather(*(submit(db, world, GOOD) for _ in range(4)))
        assert all(isinstance(r, Submitted) for r in results)
        assert len({(r.report_id, r.version) for r in results if isinstance(r, Submitted)}) == 1
        assert await count(db, ReportVersion) == 1


class TestStatementCount:
    @pytest.mark.parametrize("answers", [1, 8])
    async def test_a_submission_uses_the_same_statements_whatever_the_answers(
        self, db: Database, world: MissionRows, answers: int
    ) -> None:
        full = {
            **GOOD,
            "AD": RawAnswer("10"),
            "AE": RawAnswer("1"),
            "AF": RawAnswer(choices=(1, 3)),
            "AG": RawAnswer("calm"),
            "AH": RawAnswer("07:00"),
        }
        chosen = dict(list(full.items())[:answers]) if answers > 1 else {"AA": RawAnswer("no")}
        await submit(db, world, {"AA": RawAnswer("no")}, "warm-up-key", station=1)
        with count_statements(db.engine) as log:
            await submit(db, world, chosen)
        # Postgres: the context, then one statement writing everything. SQLite: the context,
        # the report, its version, its answers, the station's consolidation (its reports'
        # answers, its stored values, the new values), the audit row.
        expected = 8 if db.engine.dialect.name == "sqlite" else 2
        assert log.count == expected, log.statements


class TestCompiledFormsAreNamedByIdAndCreation:
    """A compiled form is cached per process; a version id that names another form in another
    database (or after SQLite reuses an id) must not be judged by the first one's rules."""

    @pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
    async def test_the_same_version_id_in_another_database_is_judged_by_its_own_form(
        self, db: Database, world: MissionRows, sqlite_template: Path, tmp_path: Path
    ) -> None:
        # Here version 2 is the incident form; judging an incident report caches it.
        incident = await submit(db, world, {"BA": RawAnswer("a")}, "inc-key-1", form=world.incident)
        assert isinstance(incident, Submitted)
        other_path = tmp_path / "other.db"
        shutil.copy(sqlite_template, other_path)
        other = Database.from_url(f"sqlite+aiosqlite:///{other_path}")
        try:
            # There, the highest version is deleted and SQLite gives its id to the next one:
            # the new checklist's version takes the id the incident form has here.
            first = await build_mission(other, name="Elsewhere", observers=0)
            async with other.transaction() as session:
                gone = await session.scalar(
                    select(FormVersion.id).where(FormVersion.form_id == first.incident)
                )
                await session.exec(delete(FormVersion).where(col(FormVersion.id) == gone))
            again = await build_mission(other, name="Elsewhere again")
            async with other.read() as session:
                version_id = await session.scalar(
                    select(FormVersion.id).where(FormVersion.form_id == again.checklist)
                )
            async with db.read() as session:
                here = await session.scalar(
                    select(FormVersion.id).where(FormVersion.form_id == world.incident)
                )
            assert version_id == gone == here
            result = await submit(other, again, GOOD, "key-elsewhere")
            assert isinstance(result, Submitted), result
        finally:
            await other.dispose()
