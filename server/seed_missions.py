"""The demo mission: Ghana's election, held on whatever day the demo is loaded.

Everything goes through the paths real users take (the stations and observers importers, the
forms service, `submit_report`, `report_incident`), so the demo shows what those paths make:
340 locations in three levels, the three standard forms, twelve observers at their stations,
reports with one conflict and one flag, and an incident. Nothing is random: the same `today`
gives the same mission, observer codes and idempotency keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time, timedelta

import orjson
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts import service as accounts
from server.accounts.access import SYSTEM
from server.events.localtime import to_utc, zone
from server.forms import service as forms
from server.forms.templates import standard_forms
from server.incidents.models import IncidentCategory, IncidentSeverity
from server.incidents.service import IncidentReport, report_incident
from server.messaging.outbox import Outbox
from server.missions import service as missions
from server.missions.importing import import_file
from server.missions.members import add_member
from server.missions.models import (
    MissionLocation,
    MissionMember,
    MissionPhase,
    MissionRole,
    MissionStatus,
)
from server.missions.observer_codes import with_check_digit
from server.missions.observer_import import import_observers
from server.orgs import people
from server.orgs.access import Principal
from server.orgs.models import Organization, Role
from server.reports.models import ReportChannel
from server.reports.service import ReportActor, Submitted, submit_report
from server.reports.validation import RawAnswer

DEMO_OBSERVER_EMAIL = "observer@pluralis.example"
DEMO_PARTNER_EMAIL = "partner@pluralis.example"
MISSION_NAME = "Ghana general election (demo)"
TIME_ZONE = "Africa/Accra"
STATIONS_PER_DISTRICT = 20

# (code, region, its four districts)
REGIONS: list[tuple[str, str, tuple[str, str, str, str]]] = [
    ("GA", "Greater Accra", ("Accra Metropolitan", "Tema Metropolitan", "Ga East", "Ledzokuku")),
    ("AS", "Ashanti", ("Kumasi Metropolitan", "Obuasi Municipal", "Ejisu", "Bekwai")),
    ("NR", "Northern", ("Tamale Metropolitan", "Yendi", "Savelugu", "Tolon")),
    ("VR", "Volta", ("Ho Municipal", "Keta", "Hohoe", "Kpando")),
]
SITES = (
    "Methodist Primary School",
    "D/A Junior High School",
    "Presbyterian Church Hall",
    "Community Centre",
    "Islamic School",
    "Market Square",
    "Catholic Basic School",
    "Chief's Palace",
    "Health Centre",
    "Lorry Station",
)

# (name, station codes, kind, language); each expects the checklist (CK) and results (RS).
# Two stations have two observers; the last observer, a long-term one, covers two stations.
OBSERVERS: list[tuple[str, tuple[str, ...], str, str]] = [
    ("Akosua Boateng", ("GA-01-001",), "STO", "en"),  # the demo observer account
    ("Yaw Asante", ("GA-01-001",), "STO", "en"),
    ("Abena Darko", ("AS-01-001",), "STO", "en"),
    ("Kofi Antwi", ("AS-01-001",), "STO", "en"),
    ("Adwoa Sarpong", ("GA-02-003",), "STO", "en"),
    ("Kojo Appiah", ("AS-03-007",), "STO", "en"),
    ("Ama Nkrumah", ("NR-01-004",), "STO", "en"),
    ("Kwabena Osei", ("NR-02-010",), "STO", "en"),
    ("Esi Quaye", ("VR-01-002",), "STO", "fr"),
    ("Fiifi Amoah", ("VR-02-015",), "STO", "en"),
    ("Mariama Iddrisu", ("NR-04-020",), "STO", "en"),
    ("Selorm Agbeko", ("VR-04-001", "VR-04-002"), "LTO", "en"),
]
PARTNER_NAME = "Hanna Schmidt"
Answers = Mapping[str, RawAnswer]


def observer_code(number: int) -> str:
    """Observer `number`'s code (1-based): six digits that look random, and a check digit."""
    return with_check_digit(f"{(number * 104_729 + 271_828) % 1_000_000:06d}")


def observer_phone(number: int) -> str:
    return f"+233 20 000 00{number:02d}"


def registered_voters(region: int, district: int, station: int) -> int:
    return 450 + ((region * 4 + district) * STATIONS_PER_DISTRICT + station) * 53 % 700


def locations_csv() -> bytes:
    """The stations file: 4 regions > 4 districts each > 20 stations."""
    lines = ["code;name;parent_code;registered_voters"]
    for r, (region_code, region, districts) in enumerate(REGIONS):
        lines.append(f"{region_code};{region} Region;;")
        for d, district in enumerate(districts):
            district_code = f"{region_code}-{d + 1:02d}"
            lines.append(f"{district_code};{district};{region_code};")
            for s in range(STATIONS_PER_DISTRICT):
                site = SITES[s % len(SITES)] + (" A" if s < len(SITES) else " B")
                voters = registered_voters(r, d, s)
                lines.append(
                    f"{district_code}-{s + 1:03d};{district} {site};{district_code};{voters}"
                )
    return ("\n".join(lines) + "\n").encode()


def observers_csv() -> bytes:
    lines = ["code;name;phone;email;language;kind;stations;forms"]
    for number, (name, stations, kind, language) in enumerate(OBSERVERS, start=1):
        email = DEMO_OBSERVER_EMAIL if number == 1 else ""
        lines.append(
            f"{observer_code(number)};{name};{observer_phone(number)};{email};{language};"
            f"{kind};{'|'.join(stations)};CK|RS"
        )
    return ("\n".join(lines) + "\n").encode()


def _checklist(*, on_time: bool = True, opened: str = "07:00", staff: int = 7) -> Answers:
    return {
        "AA": RawAnswer("yes" if on_time else "no"),
        "AB": RawAnswer(opened),
        "AC": RawAnswer("yes"),
        "AD": RawAnswer(str(staff)),
        "AF": RawAnswer("2"),
    }


def _count(ballots: int, rejected: int, a: int, b: int) -> Answers:
    """A count that adds up: valid = cast - rejected, A and B their percentages, C the rest."""
    valid = ballots - rejected
    votes_a, votes_b = valid * a // 100, valid * b // 100
    numbers = {
        "BA": ballots,
        "BB": rejected,
        "BC": valid,
        "CA": votes_a,
        "CB": votes_b,
        "CC": valid - votes_a - votes_b,
    }
    return {code: RawAnswer(str(value)) for code, value in numbers.items()}


# (observer number, station code, form code, answers given the station's registered voters)
REPORTS: list[tuple[int, str, str, Callable[[int], Answers]]] = [
    (1, "GA-01-001", "CK", lambda _: _checklist()),
    (2, "GA-01-001", "CK", lambda _: _checklist()),  # agrees with observer 1
    # The conflict: the same station, seen opening late by one observer and on time by the other.
    (3, "AS-01-001", "CK", lambda _: _checklist(opened="07:05")),
    (4, "AS-01-001", "CK", lambda _: _checklist(on_time=False, opened="07:40", staff=5)),
    (5, "GA-02-003", "CK", lambda _: _checklist(opened="06:58")),
    (5, "GA-02-003", "RS", lambda voters: _count(voters * 71 // 100, 6, 48, 44)),
    (6, "AS-03-007", "CK", lambda _: _checklist(staff=6)),
    (6, "AS-03-007", "RS", lambda voters: _count(voters * 64 // 100, 11, 39, 55)),
    (7, "NR-01-004", "CK", lambda _: _checklist(opened="07:10")),
    # The flag: more ballots cast than the station has registered voters.
    (7, "NR-01-004", "RS", lambda voters: _count(voters + 37, 9, 61, 30)),
    (8, "NR-02-010", "CK", lambda _: _checklist()),
    (9, "VR-01-002", "CK", lambda _: _checklist(staff=8)),
    (12, "VR-04-001", "CK", lambda _: _checklist(opened="07:02")),
]


async def seed_mission(
    session: AsyncSession, *, orgs: Sequence[Organization], password: str, today: date
) -> int:
    """The demo mission of the Ghanaian member (`orgs` in seed.ORGANIZATIONS order), its
    election on `today`, and the demo observer's and partner viewer's accounts; answers the
    mission's id."""
    ghana, berlin = orgs[1], orgs[4]
    assert ghana.id is not None and berlin.id is not None
    access = await missions.create_mission(
        session,
        principal=SYSTEM,
        organization_id=ghana.id,
        data=missions.MissionInput(
            name=MISSION_NAME,
            country="GH",
            time_zone=TIME_ZONE,
            election_dates=[today],
            phase=MissionPhase.ELECTION_DAY,
        ),
    )
    mission_id = access.mission_id
    await missions.update_mission(
        session,
        principal=SYSTEM,
        mission_id=mission_id,
        changes=missions.MissionChanges(status=MissionStatus.ACTIVE),
    )
    stations = await import_file(
        session, mission_id=mission_id, data=locations_csv(), dry_run=False
    )
    assert stations.clean, stations.problems
    form_ids = await _forms(session, mission_id)
    roster = await import_observers(
        session, principal=SYSTEM, mission_id=mission_id, data=observers_csv(), dry_run=False
    )
    assert roster.clean, roster.problems
    observer = await _observer_account(session, mission_id=mission_id, password=password)
    await _partner_account(
        session, mission_id=mission_id, organization_id=berlin.id, password=password
    )
    await _reports(session, mission_id=mission_id, form_ids=form_ids, observer_user_id=observer[1])
    await _incident(session, mission_id=mission_id, observer=observer, today=today)
    return mission_id


async def _forms(session: AsyncSession, mission_id: int) -> dict[str, int]:
    """The standard forms, by code, created as a coordinator would."""
    ids: dict[str, int] = {}
    for kind, code, names, definition in standard_forms():
        form = await forms.create_form(
            session,
            principal=SYSTEM,
            mission_id=mission_id,
            kind=kind,
            code=code,
            names=list(names.items()),
            definition=orjson.dumps(forms.stored(definition)).decode(),
        )
        assert form.id is not None
        ids[code] = form.id
    return ids


async def _observer_account(
    session: AsyncSession, *, mission_id: int, password: str
) -> tuple[int, int]:
    """An account for observer 1 (the importer made her person): (person id, user id)."""
    person_id = await session.scalar(
        select(MissionMember.person_id).where(
            MissionMember.mission_id == mission_id,
            MissionMember.observer_code == observer_code(1),
        )
    )
    assert person_id is not None
    user = await accounts.create_user(
        session,
        email=DEMO_OBSERVER_EMAIL,
        password=password,
        display_name=OBSERVERS[0][0],
        person_id=person_id,
    )
    assert user.id is not None
    return person_id, user.id


async def _partner_account(
    session: AsyncSession, *, mission_id: int, organization_id: int, password: str
) -> None:
    """A person of a partner organization who follows the mission as a partner viewer."""
    person = await people.create_person(
        session,
        principal=SYSTEM,
        organization_id=organization_id,
        role=Role.PARTNER,
        data=people.PersonInput(
            name=PARTNER_NAME,
            email=DEMO_PARTNER_EMAIL,
            preferred_language="en",
            time_zone="Europe/Berlin",
        ),
    )
    assert person.id is not None
    await add_member(
        session,
        principal=SYSTEM,
        mission_id=mission_id,
        person_id=person.id,
        role=MissionRole.PARTNER_VIEWER,
    )
    await accounts.create_user(
        session,
        email=DEMO_PARTNER_EMAIL,
        password=password,
        display_name=PARTNER_NAME,
        person_id=person.id,
    )


async def _reports(
    session: AsyncSession, *, mission_id: int, form_ids: Mapping[str, int], observer_user_id: int
) -> None:
    """REPORTS, submitted through the one path the web, the API and SMS share."""
    observers = await session.exec(
        select(MissionMember.observer_code, MissionMember.id).where(
            MissionMember.mission_id == mission_id,
            col(MissionMember.observer_code).is_not(None),
        )
    )
    members = {code: int(member_id or 0) for code, member_id in observers.all()}
    located = await session.exec(
        select(MissionLocation.code, MissionLocation.id, MissionLocation.registered_voters)
        .where(MissionLocation.mission_id == mission_id)
        .where(col(MissionLocation.code).in_({station for _, station, _, _ in REPORTS}))
    )
    stations = {code: (int(row_id or 0), voters or 0) for code, row_id, voters in located.all()}
    for number, station, form, answers in REPORTS:
        location_id, voters = stations[station]
        outcome = await submit_report(
            session,
            actor=ReportActor(
                mission_id,
                members[observer_code(number)],
                observer_user_id if number == 1 else None,
            ),
            form_id=form_ids[form],
            location_id=location_id,
            answers=answers(voters),
            idempotency_key=f"demo-{observer_code(number)}-{station}-{form}",
            channel=ReportChannel.WEB if number == 1 else ReportChannel.SMS,
        )
        assert isinstance(outcome, Submitted), outcome


async def _incident(
    session: AsyncSession, *, mission_id: int, observer: tuple[int, int], today: date
) -> None:
    """Observer 1 reports intimidation in the queue at her station, mid-morning."""
    station = await session.scalar(
        select(MissionLocation.id).where(
            MissionLocation.mission_id == mission_id, MissionLocation.code == OBSERVERS[0][1][0]
        )
    )
    occurred_at = to_utc(datetime.combine(today, time(9, 40)), zone(TIME_ZONE))
    person_id, user_id = observer
    await report_incident(
        session,
        principal=Principal(user_id=user_id, person_id=person_id),
        outbox=Outbox(gateway="outbox"),
        report=IncidentReport(
            idempotency_key=f"demo-{observer_code(1)}-incident-1",
            mission_id=mission_id,
            location_id=station,
            category=IncidentCategory.INTIMIDATION,
            severity=IncidentSeverity.HIGH,
            description="Party agents question voters in the queue and note their names.",
            occurred_at=occurred_at,
        ),
        # The demo's clock: election morning, whatever the day the demo is loaded.
        now=occurred_at + timedelta(minutes=15),
    )
