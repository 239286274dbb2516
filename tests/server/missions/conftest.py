"""A mission of an organization, on an empty database of each dialect."""

from __future__ import annotations

from datetime import date

import pytest

from server.db import Database
from server.missions.models import Mission
from server.orgs.models import Organization, OrganizationKind


async def make_mission(db: Database, *, name: str = "Ruritania 2027") -> int:
    async with db.transaction() as session:
        org = Organization(
            name=f"Observers of {name}",
            slug=name.lower().replace(" ", "-"),
            kind=OrganizationKind.MEMBER,
        )
        session.add(org)
        await session.flush()
        assert org.id is not None
        mission = Mission(
            organization_id=org.id,
            name=name,
            country="RU",
            time_zone="Europe/Vienna",
            election_date=date(2027, 5, 9),
        )
        session.add(mission)
        await session.flush()
        assert mission.id is not None
        return mission.id


@pytest.fixture
async def mission_id(db: Database) -> int:
    return await make_mission(db)
