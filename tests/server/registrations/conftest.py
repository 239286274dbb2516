"""An event host with an organizer, attendees with phones, and helpers to read the outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func
from sqlmodel import col, select

from server.accounts.access import Principal
from server.db import Database
from server.events.models import (
    Event,
    EventKind,
    EventStatus,
    ProgrammeSession,
    SessionKind,
    Visibility,
)
from server.messaging.models import OutboundMessage
from server.notifications.service import Outbox
from server.orgs.models import OrganizationKind, Person, Role
from server.registrations.models import Registration, RegistrationStatus
from tests.schema.conftest import make_account, make_org, make_person

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
START = datetime(2026, 6, 1, 7, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Member:
    person_id: int
    principal: Principal
    phone: str | None


@dataclass(frozen=True)
class Setup:
    host: int
    organizer: Member
    attendees: list[Member]
    outsider: Member  # an admin of another organization: sees network events, manages none


async def _member(db: Database, *, org_id: int, role: Role, name: str, phone: str | None) -> Member:
    person_id = await make_person(
        db, org_id=org_id, role=role, name=name, phones=[phone] if phone else []
    )
    user_id = await make_account(
        db, email=f"{name.lower().replace(' ', '.')}@example.org", person_id=person_id
    )
    return Member(
        person_id=person_id,
        principal=Principal(user_id=user_id, person_id=person_id, roles={org_id: role}),
        phone=phone,
    )


@pytest.fixture
async def setup(db: Database) -> Setup:
    host = await make_org(db, "Kenya Forum", country="KE")
    other = await make_org(db, "Ghana Watch", kind=OrganizationKind.MEMBER, country="GH")
    organizer = await _member(
        db, org_id=host, role=Role.ORGANIZER, name="Olu Organizer", phone="+254712000100"
    )
    attendees = [
        await _member(
            db, org_id=host, role=Role.OBSERVER, name=f"Attendee {i}", phone=f"+25471200010{i}"
        )
        for i in range(1, 5)
    ]
    outsider = await _member(
        db, org_id=other, role=Role.ADMIN, name="Kwame Admin", phone="+233244000001"
    )
    return Setup(host=host, organizer=organizer, attendees=attendees, outsider=outsider)


async def make_event(
    db: Database,
    host: int,
    *,
    capacity: int | None = None,
    status: EventStatus = EventStatus.PUBLISHED,
    visibility: Visibility = Visibility.NETWORK,
    offer_minutes: int = 60,
    title: str = "Forum on civic space",
) -> int:
    async with db.transaction() as session:
        event = Event(
            uid=f"{title.lower().replace(' ', '-')}-{capacity}-{visibility}@pluralis",
            host_organization_id=host,
            kind=EventKind.FORUM,
            title=title,
            time_zone="Africa/Nairobi",
            starts_at=START,
            ends_at=START + timedelta(hours=6),
            status=status,
            visibility=visibility,
            capacity=capacity,
            offer_minutes=offer_minutes,
        )
        session.add(event)
        await session.flush()
    assert event.id is not None
    return event.id


async def make_session(db: Database, event_id: int, *, capacity: int | None) -> int:
    async with db.transaction() as session:
        row = ProgrammeSession(
            event_id=event_id,
            kind=SessionKind.WORKSHOP,
            title="Workshop",
            starts_at=START,
            ends_at=START + timedelta(hours=1),
            capacity=capacity,
        )
        session.add(row)
        await session.flush()
    assert row.id is not None
    return row.id


def outbox() -> Outbox:
    return Outbox(gateway="outbox")


async def statuses(db: Database, event_id: int, scope: int = 0) -> dict[int, RegistrationStatus]:
    async with db.read() as session:
        rows = await session.exec(
            select(Registration.person_id, Registration.status).where(
                Registration.event_id == event_id, Registration.scope == scope
            )
        )
        return {person: RegistrationStatus(status) for person, status in rows.all()}


async def registration_count(db: Database) -> int:
    async with db.read() as session:
        return int(await session.scalar(select(func.count()).select_from(Registration)) or 0)


async def messages_to(db: Database, phone: str | None) -> list[OutboundMessage]:
    async with db.read() as session:
        rows = await session.exec(
            select(OutboundMessage)
            .where(OutboundMessage.to == phone)
            .order_by(col(OutboundMessage.id))
        )
        return list(rows.all())


async def set_language(db: Database, person_id: int, language: str) -> None:
    async with db.transaction() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        person.preferred_language = language
