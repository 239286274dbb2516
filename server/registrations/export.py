"""The registration list of an event as CSV, for organizers: names and statuses only."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Principal
from server.events.access import get_managed_event
from server.orgs.models import Person
from server.registrations.models import Registration, RegistrationStatus
from server.registrations.service import STATUS_ORDER

_FORMULA_STARTS = frozenset("=+-@\t\r")


CSV_COLUMNS = ["name", "session_id", "status", "signed_up_at", "waitlisted_at", "attended_at"]


async def export_registrations_csv(
    session: AsyncSession, *, principal: Principal, event_id: int
) -> str:
    """All non-cancelled registrations of an event, whole event and sessions, as CSV."""
    await get_managed_event(session, principal=principal, event_id=event_id)
    # Names and statuses only: phone numbers and emails are personal data that must not leave
    # the system in a file that gets mailed around, so they are never even selected here.
    rows = await session.exec(
        select(Person.name, Registration)
        .join(Person, col(Person.id) == col(Registration.person_id))
        .where(Registration.event_id == event_id)
        .where(Registration.status != RegistrationStatus.CANCELLED)
        .order_by(
            col(Registration.scope),
            STATUS_ORDER,
            # People seated straight away (never waitlisted) first, on both databases alike.
            col(Registration.waitlisted_at).nulls_first(),
            col(Registration.created_at),
            col(Registration.id),
        )
    )
    buffer = io.StringIO()
    # Every cell quoted: a spreadsheet opened in a locale whose separator is ';' (or a tab)
    # would otherwise split an unquoted name at that character into a cell of its own.
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL)
    writer.writerow(CSV_COLUMNS)
    for name, registration in rows.all():
        cells = [
            name,
            registration.session_id or "",
            registration.status.value,
            _iso(registration.created_at),
            _iso(registration.waitlisted_at),
            _iso(registration.attended_at),
        ]
        # The guard covers every cell, so a column added later cannot forget it.
        writer.writerow([_spreadsheet_safe(cell) for cell in cells])
    return buffer.getvalue()


def _iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment is not None else ""


def _spreadsheet_safe(value: object) -> str:
    """The cell's text, with a leading ' when a spreadsheet would run it as a formula.

    Spreadsheet apps skip leading spaces and quotes before they look for = + - @ (or a tab or
    carriage return that hides one), so those are skipped here too (CSV injection).
    """
    text = str(value)
    return "'" + text if text.lstrip(" \"'")[:1] in _FORMULA_STARTS else text
