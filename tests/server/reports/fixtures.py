"""A small mission to report on, inserted as plain rows: the services that create observers
and deployments belong to the roster work, and these tests need only their rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from server.db import Database
from server.forms.models import Form, FormKind, FormVersion
from server.missions.models import (
    Deployment,
    DeploymentForm,
    Mission,
    MissionLocation,
    MissionMember,
    MissionRole,
    ObserverKind,
)
from server.orgs.models import Organization, OrganizationKind, Person

CHECKLIST: dict[str, Any] = {
    "questions": [
        {"code": "AA", "type": "yes_no", "labels": {"en": "Opened on time?"}, "required": True},
        {"code": "AB", "type": "integer", "labels": {"en": "Ballots cast"}, "min": 0},
        {"code": "AC", "type": "integer", "labels": {"en": "Votes for A"}, "min": 0},
        {"code": "AD", "type": "integer", "labels": {"en": "Votes for B"}, "min": 0},
        {
            "code": "AE",
            "type": "single_choice",
            "labels": {"en": "Queue"},
            "options": [
                {"value": 1, "labels": {"en": "short"}},
                {"value": 2, "labels": {"en": "long"}},
            ],
        },
        {
            "code": "AF",
            "type": "multiple_choice",
            "labels": {"en": "Materials missing"},
            "options": [
                {"value": 1, "labels": {"en": "ink"}},
                {"value": 2, "labels": {"en": "ballots"}},
                {"value": 3, "labels": {"en": "seals"}},
            ],
        },
        {"code": "AG", "type": "text", "labels": {"en": "Notes"}, "max_length": 20},
        {"code": "AH", "type": "time", "labels": {"en": "Opened at"}},
    ],
    "rules": [
        {
            "code": "SUM",
            "left": [{"question": "AC"}, {"question": "AD"}],
            "op": "le",
            "right": [{"question": "AB"}],
            "message": {"en": "Votes exceed ballots cast.", "fr": "Plus de voix que de bulletins."},
        },
        {
            "code": "TURNOUT",
            "left": [{"question": "AB"}],
            "op": "le",
            "right": [{"station": "registered_voters"}],
            "severity": "flag",
            "message": {"en": "More ballots than registered voters."},
        },
    ],
}
INCIDENT: dict[str, Any] = {
    "questions": [
        {"code": "BA", "type": "text", "labels": {"en": "What happened"}, "required": True}
    ]
}


@dataclass
class MissionRows:
    org_id: int = 0
    mission_id: int = 0
    region: int = 0
    stations: list[int] = field(default_factory=list)
    checklist: int = 0
    incident: int = 0
    observers: list[int] = field(default_factory=list)  # mission_member ids
    observer_people: list[int] = field(default_factory=list)
    persons: dict[str, int] = field(default_factory=dict)  # other roles: role name -> person


async def _add(session: Any, row: Any) -> int:
    session.add(row)
    await session.flush()
    assert row.id is not None
    return int(row.id)


async def build_mission(
    db: Database,
    *,
    name: str = "Ruritania 2027",
    observers: int = 2,
    org_id: int | None = None,
    observer_people: tuple[int, ...] = (),
) -> MissionRows:
    """A mission with two regions, three stations, a checklist and an incident form, and
    observers (new people, or `observer_people`) deployed at the first two stations."""
    rows = MissionRows()
    async with db.transaction() as session:
        if org_id is None:
            slug = name.lower().replace(" ", "-")
            org_id = await _add(
                session, Organization(name=name, slug=slug, kind=OrganizationKind.MEMBER)
            )
        rows.org_id = org_id
        rows.mission_id = await _add(
            session,
            Mission(
                organization_id=org_id,
                name=name,
                country="RU",
                time_zone="Europe/Vienna",
                election_date=date(2027, 5, 9),
            ),
        )
        await _locations(session, rows)
        rows.checklist = await _form(session, rows.mission_id, "OP", FormKind.CHECKLIST, CHECKLIST)
        rows.incident = await _form(session, rows.mission_id, "IN", FormKind.INCIDENT, INCIDENT)
        for number in range(observers):
            await _observer(session, rows, number, name)
        for number, person in enumerate(observer_people, start=observers):
            await _observer(session, rows, number, name, person)
    return rows


async def _locations(session: Any, rows: MissionRows) -> None:
    rows.region = await _add(
        session, MissionLocation(mission_id=rows.mission_id, code="R1", name="North")
    )
    region = await session.get(MissionLocation, rows.region)
    region.path = f"/{rows.region}/"
    other = await _add(
        session, MissionLocation(mission_id=rows.mission_id, code="R2", name="South")
    )
    south = await session.get(MissionLocation, other)
    south.path = f"/{other}/"
    for parent, code in ((region, "S1"), (region, "S2"), (south, "S3")):
        station = MissionLocation(
            mission_id=rows.mission_id,
            parent_id=parent.id,
            code=code,
            name=f"Station {code}",
            level=1,
            registered_voters=500,
            is_station=True,
        )
        station_id = await _add(session, station)
        station.path = f"{parent.path}{station_id}/"
        rows.stations.append(station_id)
    await session.flush()


async def _form(session: Any, mission_id: int, code: str, kind: FormKind, definition: Any) -> int:
    form_id = await _add(
        session,
        Form(mission_id=mission_id, kind=kind, code=code, names={"en": code}, current_version=1),
    )
    await _add(session, FormVersion(form_id=form_id, number=1, definition=definition))
    return form_id


async def _observer(
    session: Any, rows: MissionRows, number: int, name: str, person: int | None = None
) -> None:
    if person is None:
        person = await _add(session, Person(name=f"Observer {number} of {name}"))
    member = await _add(
        session,
        MissionMember(
            mission_id=rows.mission_id,
            person_id=person,
            role=MissionRole.OBSERVER,
            observer_code=f"K{number:04d}",
            observer_kind=ObserverKind.SHORT_TERM,
        ),
    )
    # Every observer covers the first two stations with both forms.
    for station in rows.stations[:2]:
        deployment = await _add(
            session,
            Deployment(mission_id=rows.mission_id, member_id=member, location_id=station),
        )
        for form in (rows.checklist, rows.incident):
            await _add(session, DeploymentForm(deployment_id=deployment, form_id=form))
    rows.observers.append(member)
    rows.observer_people.append(person)


async def add_member(
    db: Database,
    rows: MissionRows,
    *,
    role: MissionRole,
    region_id: int | None = None,
    person: int | None = None,
) -> int:
    """A person (new, or `person`) with a non-observer role in the mission; answers the
    person id."""
    async with db.transaction() as session:
        if person is None:
            person = await _add(session, Person(name=f"{role.value} of mission {rows.mission_id}"))
        await _add(
            session,
            MissionMember(
                mission_id=rows.mission_id, person_id=person, role=role, region_id=region_id
            ),
        )
    rows.persons[role.value] = person
    return person
