"""Importing observers from CSV: people, phones, codes and deployments; all or nothing;
re-imports change nothing; a phone held outside the mission reveals nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from server.db import Database
from server.missions.importing import ImportResult, import_file
from server.missions.models import Deployment, DeploymentForm, MissionMember
from server.missions.observer_codes import validate_observer_code, with_check_digit
from server.missions.observer_import import import_observers
from server.orgs.access import SYSTEM
from server.orgs.models import DisputedPhone, Membership, Person, PersonPhone, Role
from tests.schema.conftest import make_org, make_person
from tests.schema.missions_support import add_form, add_locations, add_mission
from tests.sqlcount import count_statements

CODE = with_check_digit("246810")
FILE = (
    "code,name,phone,email,language,kind,stations,forms\n"
    f"{CODE},Amani Njoroge,0722 111 111,amani@example.org,sw-no,,,\n"
).replace("sw-no", "fr")
GOOD = (
    "name;phone;language;kind;stations;forms;code\n"
    "Amani Njoroge;0722 111111|+254 733 111111;fr;LTO;S1|S2;OP|CL;" + CODE + "\n"
    "Baraka Otieno;0722222222;;;S3;OP;\n"
    "Chausiku Wanjiru;+254722333333;ar;short_term;;;\n"
)


async def run(db: Database, mission: int, text: str, *, dry_run: bool = False) -> ImportResult:
    async with db.transaction() as session:
        return await import_observers(
            session, principal=SYSTEM, mission_id=mission, data=text.encode(), dry_run=dry_run
        )


async def roster(db: Database, mission: int) -> dict[str, dict[str, Any]]:
    """Every observer of the mission by name: code, kind, language, phones, stations, forms."""
    async with db.read() as session:
        rows = (
            await session.exec(
                select(MissionMember, Person)
                .join(Person, col(Person.id) == col(MissionMember.person_id))
                .where(MissionMember.mission_id == mission)
            )
        ).all()
        result = {}
        for member, person in rows:
            phones = (
                await session.exec(
                    select(PersonPhone.e164)
                    .where(PersonPhone.person_id == person.id)
                    .order_by(col(PersonPhone.position))
                )
            ).all()
            deployed = (
                await session.exec(select(Deployment).where(Deployment.member_id == member.id))
            ).all()
            forms = {
                d.location_id: sorted(
                    (
                        await session.exec(
                            select(DeploymentForm.form_id).where(
                                DeploymentForm.deployment_id == d.id
                            )
                        )
                    ).all()
                )
                for d in deployed
            }
            result[person.name] = {
                "code": member.observer_code,
                "kind": member.observer_kind,
                "language": member.language,
                "email": person.email,
                "phones": list(phones),
                "forms": forms,
            }
        return result


@pytest.fixture
async def mission(db: Database) -> dict[str, Any]:
    org = await make_org(db, "Kenya Observers", country="KE")
    mission = await add_mission(db, organization_id=org)
    places = await add_locations(db, mission_id=mission)
    forms = {
        code: await add_form(db, mission_id=mission, code=code, archived=code == "OLD")
        for code in ("OP", "CL", "OLD")
    }
    return {"id": mission, "org": org, "places": places, "forms": forms}


class TestImportObservers:
    async def test_a_clean_file_creates_people_codes_phones_and_deployments(
        self, db: Database, mission: dict[str, Any]
    ) -> None:
        result = await run(db, mission["id"], GOOD)
        assert (result.created, result.updated, result.unchanged, result.problems) == (3, 0, 0, [])
        observers = await roster(db, mission["id"])
        places, forms = mission["places"], mission["forms"]
        amani = observers["Amani Njoroge"]
        assert amani["code"] == CODE and amani["kind"] == "long_term"
        assert amani["language"] == "fr"
        assert amani["phones"] == ["+254722111111", "+254733111111"]
        both = sorted([forms["OP"], forms["CL"]])
        assert amani["forms"] == {places["S1"]: both, places["S2"]: both}
        baraka = observers["Baraka Otieno"]
        assert validate_observer_code(baraka["code"]) == baraka["code"]
        assert baraka["forms"] == {places["S3"]: [forms["OP"]]}
        assert observers["Chausiku Wanjiru"]["forms"] == {}
        async with db.read() as session:
            members = (
                await session.exec(
                    select(Membership.role).where(Membership.organization_id == mission["org"])
                )
            ).all()
        assert list(members) == [Role.OBSERVER] * 3

    async def test_a_dry_run_counts_and_writes_nothing(
        self, db: Database, mission: dict[str, Any]
    ) -> None:
        result = await run(db, mission["id"], GOOD, dry_run=True)
        assert (result.created, result.updated, result.unchanged) == (3, 0, 0)
        assert await roster(db, mission["id"]) == {}

    async def test_importing_the_same_file_again_changes_nothing(
        self, db: Database, mission: dict[str, Any]
    ) -> None:
        await run(db, mission["id"], GOOD)
        before = await roster(db, mission["id"])
        again = await run(db, mission["id"], GOOD)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
        assert await roster(db, mission["id"]) == before

    async def test_an_updated_file_applies_the_differences(
        self, db: Database, mission: dict[str, Any]
    ) -> None:
        await run(db, mission["id"], GOOD)
        before = await roster(db, mission["id"])
        updated = GOOD.replace(
            "Amani Njoroge;0722 111111|+254 733 111111", "Amani N.;0722 111111"
        ).replace("S3;OP", "S1;CL")
        result = await run(db, mission["id"], updated)
        assert (result.created, result.updated, result.unchanged) == (0, 2, 1)
        after = await roster(db, mission["id"])
        places, forms = mission["places"], mission["forms"]
        assert after["Amani N."]["code"] == CODE
        assert after["Amani N."]["phones"] == ["+254722111111"]
        assert after["Baraka Otieno"]["code"] == before["Baraka Otieno"]["code"]
        assert after["Baraka Otieno"]["forms"] == {places["S1"]: [forms["CL"]]}

    async def test_a_phone_held_outside_the_mission_answers_like_a_fresh_one(
        self, db: Database, mission: dict[str, Any]
    ) -> None:
        elsewhere = await make_org(db, "Elsewhere", country="KE")
        holder = await make_person(
            db, org_id=elsewhere, role=Role.ADMIN, name="Hidden Holder", phones=["+254722222222"]
        )
        result = await run(db, mission["id"], GOOD)
        assert (result.created, result.updated, result.unchanged, result.problems) == (3, 0, 0, [])
        async with db.read() as session:
            owner = await session.scalar(
                select(PersonPhone.person_id).where(PersonPhone.e164 == "+254722222222")
            )
            disputed = (await session.exec(select(DisputedPhone.person_id))).all()
            baraka = await session.scalar(select(Person.id).where(Person.name == "Baraka Otieno"))
        # The holder keeps the number; the new observer's copy is disputed (never used), and
        # nothing links the two people.
        assert owner == holder and list(disputed) == [baraka]
        again = await run(db, mission["id"], GOOD)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


BAD_ROWS = [
    ("Dan;0722444444;xx;;;;", "language", "unknown language 'xx': use en, fr, es, ar"),
    ("Dan;0722444444;;soldier;;;", "kind", "unknown kind 'soldier'"),
    ("Dan;not a phone;;;;;", "phone", "unparseable phone 'not a phone'"),
    ("Dan;0722 111111;;;;;", "phone", "duplicate phone '0722 111111' (first on line 2)"),
    ("Dan;0722444444;;;S9;;", "stations", "unknown station 'S9'"),
    ("Dan;0722444444;;;D1;;", "stations", "'D1' is not a polling station"),
    ("Dan;0722444444;;;S1;ZZ;", "forms", "unknown form 'ZZ'"),
    ("Dan;0722444444;;;S1;OLD;", "forms", "form 'OLD' is archived"),
    ("Dan;0722444444;;;;;1234567", "code", "bad observer code '1234567'"),
    (f"Dan;0722444444;;;;;{CODE}", "code", f"duplicate code '{CODE}' (first on line 2)"),
    (";0722444444;;;;;", "name", "missing value"),
    ("Dan;;;;;;", "phone", "missing value"),
]


class TestBadFiles:
    @pytest.mark.parametrize(("row", "column", "message"), BAD_ROWS)
    async def test_each_problem_is_named_with_its_line_and_column_and_nothing_is_imported(
        self, db: Database, mission: dict[str, Any], row: str, column: str, message: str
    ) -> None:
        result = await run(db, mission["id"], GOOD + row + "\n")
        assert [(p.line, p.column) for p in result.problems] == [(5, column)]
        assert result.problems[0].message.startswith(message)
        assert (result.created, result.updated, result.unchanged) == (0, 0, 0)
        assert await roster(db, mission["id"]) == {}

    async def test_a_dry_run_lists_every_problem(
        self, db: Database, mission: dict[str, Any]
    ) -> None:
        # Each row with its own number, so that each has exactly its one problem.
        rows = "\n".join(
            row.replace("0722444444", f"07224444{i:02d}") for i, (row, _, _) in enumerate(BAD_ROWS)
        )
        result = await run(db, mission["id"], GOOD + rows + "\n", dry_run=True)
        assert [(p.line, p.column) for p in result.problems] == [
            (5 + i, column) for i, (_, column, _) in enumerate(BAD_ROWS)
        ]

    async def test_missing_and_unknown_columns(self, db: Database, mission: dict[str, Any]) -> None:
        result = await run(db, mission["id"], "name,telephone\nDan,0722444444\n")
        assert [(p.line, p.column, p.message) for p in result.problems] == [
            (1, "telephone", "unknown column"),
            (1, "phone", "missing column"),
        ]

    async def test_text_that_is_not_utf8_is_reported_where_it_is(
        self, db: Database, mission: dict[str, Any]
    ) -> None:
        data = b"name,phone\nDan,0722444444\n" + "Zoë,0722555555\n".encode("latin-1")
        async with db.transaction() as session:
            result = await import_observers(
                session, principal=SYSTEM, mission_id=mission["id"], data=data, dry_run=False
            )
        assert [(p.line, p.column, p.message) for p in result.problems] == [
            (3, "name", "not UTF-8 text")
        ]

    async def test_a_bom_and_semicolons_are_read(
        self, db: Database, mission: dict[str, Any]
    ) -> None:
        async with db.transaction() as session:
            result = await import_observers(
                session,
                principal=SYSTEM,
                mission_id=mission["id"],
                data=b"\xef\xbb\xbf" + GOOD.encode(),
                dry_run=False,
            )
        assert (result.created, result.problems) == (3, [])


class TestDocumentedExample:
    async def test_the_observers_example_in_docs_missions_md_imports_cleanly(
        self, db: Database
    ) -> None:
        doc = (Path(__file__).parents[3] / "docs" / "missions.md").read_text()
        stations = doc.split("`stations.csv`:\n\n```\n", 1)[1].split("```", 1)[0]
        observers = doc.split("`observers.csv` for", 1)[1].split("```\n", 1)[1].split("```", 1)[0]
        org = await make_org(db, "Ghana Observers", country="GH")
        mission = await add_mission(db, organization_id=org, country="GH")
        for code in ("OP", "CL"):
            await add_form(db, mission_id=mission, code=code)
        async with db.transaction() as session:
            placed = await import_file(
                session, mission_id=mission, data=stations.encode(), dry_run=False
            )
        assert placed.problems == []
        result = await run(db, mission, observers)
        assert (result.created, result.problems) == (3, [])
        imported = await roster(db, mission)
        assert imported["Abena Mensah"]["code"] == "3182044"
        assert imported["Abena Mensah"]["phones"] == ["+233244123456", "+233501234567"]
        again = await run(db, mission, observers)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


class TestImportStatements:
    # Postgres only: SQLAlchemy runs an executemany with ordered RETURNING row by row on SQLite
    # (its driver has no insert sentinel); the embedded database is in-process, where a
    # statement costs microseconds. Production's Postgres batches them, which this guards.
    @pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
    async def test_new_observers_are_written_in_a_fixed_number_of_statements(
        self, db: Database, mission: dict[str, Any]
    ) -> None:

        def rows(first: int, count: int) -> str:
            return "name,phone,stations,forms\n" + "".join(
                f"Observer {i},+2547{i:08d},S1|S2,OP|CL\n" for i in range(first, first + count)
            )

        counts = []
        for first, count in ((0, 3), (100, 30)):
            with count_statements(db.engine) as log:
                result = await run(db, mission["id"], rows(first, count))
            assert (result.created, result.problems) == (count, [])
            counts.append(log.count)
        assert counts[0] == counts[1]
