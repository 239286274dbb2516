"""The registrations CSV: every cell quoted, and no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io

import pytest

from server.db import Database
from server.orgs.models import Person
from server.registrations import export
from server.registrations.export import _spreadsheet_safe
from server.registrations.models import Registration, RegistrationStatus
from tests.server.registrations.conftest import NOW, Setup, make_event

HOSTILE_NAMES = [
    '=HYPERLINK("http://evil.example","x")',
    '  =HYPERLINK("http://evil.example","x")',
    '"=1+1',
    "' +1",
    "\t=1",
    "@SUM(A1)",
    "-2+3",
]


class TestSpreadsheetSafe:
    """Issue 7, finding 12: the formula guard looked only at the first character."""

    @pytest.mark.parametrize("value", HOSTILE_NAMES)
    def test_formulas_behind_spaces_and_quotes_are_defused(self, value: str) -> None:
        assert _spreadsheet_safe(value) == "'" + value

    @pytest.mark.parametrize("value", ["Amina Diallo", "O'Brien", "2026-05-04T09:00:00+00:00", ""])
    def test_ordinary_text_is_left_alone(self, value: str) -> None:
        assert _spreadsheet_safe(value) == value


class TestExportCells:
    """Issue 7, finding 12: `;`-separated cells were left unquoted."""

    async def test_every_cell_is_quoted_and_guarded(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host)
        names = [*HOSTILE_NAMES, "Kofi; =1+1"]
        async with db.transaction() as session:
            # Rows written directly: who may register whom is not what this test is about.
            for name in names:
                person = Person(name=name)
                session.add(person)
                await session.flush()
                assert person.id is not None
                session.add(
                    Registration(
                        event_id=event,
                        person_id=person.id,
                        status=RegistrationStatus.REGISTERED,
                        created_at=NOW,
                    )
                )
        async with db.read() as session:
            text = await export.export_registrations_csv(
                session, principal=setup.organizer.principal, event_id=event
            )
        lines = text.splitlines()
        assert lines[0] == ",".join(f'"{column}"' for column in export.CSV_COLUMNS)
        # Each line starts and ends inside quotes, empty cells included.
        assert all(line.startswith('"') and line.endswith('"') for line in lines)
        assert any(line.startswith('"Kofi; =1+1",') for line in lines)
        rows = list(csv.DictReader(io.StringIO(text)))
        assert sorted(r["name"] for r in rows) == sorted(_spreadsheet_safe(n) for n in names)
        assert all(r["name"].startswith("'") for r in rows if not r["name"].startswith("Kofi"))
