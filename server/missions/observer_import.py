"""Importing a mission's observers from CSV: all or nothing, and idempotent.

A row's observer is found by its observer code when the file gives one, else by its first
phone, among this mission's observers only. Re-importing the same file changes nothing; an
updated file changes what differs (names, contacts, language, kind, deployments). A row that
matches nobody creates a person (a member of the mission's organization, as an observer), an
observer code and the deployments.

A phone that a person outside the mission already has is stored exactly as addPerson stores
it (server/orgs/phones.py: kept apart as disputed, never used for matching or sending), and
the answer is the same as for a fresh number: an import must not tell whose numbers exist.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.missions.access import Can, mission_access
from server.missions.csv_files import Problem
from server.missions.deployments import FORM, set_deployment_forms
from server.missions.importing import ImportResult
from server.missions.models import (
    Deployment,
    DeploymentForm,
    MissionLocation,
    MissionMember,
    MissionRole,
)
from server.missions.observer_bulk import NewObserver, create_observers
from server.missions.observer_codes import new_observer_code
from server.missions.observer_csv import ObserverRow, parse_observers
from server.orgs.access import Principal
from server.orgs.models import Person
from server.orgs.phones import PhoneInput, phones_by_person, replace_phones

PROGRESS_EVERY = 1_000
# Station codes per lookup statement: far below either database's bound on parameters.
CHUNK = 5_000
# Called with the step ("checked", "written") and the number of rows done.
Progress = Callable[[str, int], None]


def _no_progress(stage: str, done: int) -> None:
    return None


@dataclass
class _Stored:
    """An observer of the mission as it is now."""

    member: MissionMember
    person: Person
    phones: list[str]
    # location id -> (deployment id, form ids)
    deployments: dict[int, tuple[int, set[int]]] = field(default_factory=dict)


@dataclass
class _Plan:
    row: ObserverRow
    stored: _Stored | None
    stations: list[int] | None
    forms: list[int] | None


@dataclass
class _Mission:
    observers: dict[int, _Stored]
    # Every observer code of the mission (any role), and the observer holding each phone.
    codes: dict[str, MissionMember]
    phones: dict[str, int]


async def _load(session: AsyncSession, mission_id: int) -> _Mission:
    """The mission's observers with their people, phones and deployments: five statements."""
    members = list(
        await session.exec(select(MissionMember).where(MissionMember.mission_id == mission_id))
    )
    codes = {m.observer_code: m for m in members if m.observer_code}
    observers = [m for m in members if m.role is MissionRole.OBSERVER]
    person_ids = [m.person_id for m in observers]
    people = {
        p.id: p for p in (await session.exec(select(Person).where(col(Person.id).in_(person_ids))))
    }
    phones = await phones_by_person(session, person_ids=person_ids)
    stored = {
        m.id or 0: _Stored(m, people[m.person_id], [p.e164 for p in phones[m.person_id]])
        for m in observers
    }
    deployments = await session.exec(
        select(Deployment.id, Deployment.member_id, Deployment.location_id).where(
            Deployment.mission_id == mission_id
        )
    )
    by_id: dict[int, set[int]] = {}
    for deployment_id, member_id, location_id in deployments.all():
        if member_id in stored and deployment_id is not None:
            by_id[deployment_id] = set()
            stored[member_id].deployments[location_id] = (deployment_id, by_id[deployment_id])
    forms = await session.exec(
        select(DeploymentForm.deployment_id, DeploymentForm.form_id)
        .join(Deployment, col(Deployment.id) == col(DeploymentForm.deployment_id))
        .where(Deployment.mission_id == mission_id)
    )
    for deployment_id, form_id in forms.all():
        if deployment_id in by_id:
            by_id[deployment_id].add(form_id)
    owners = {phone: member_id for member_id, s in stored.items() for phone in s.phones}
    return _Mission(stored, codes, owners)


async def _stations(
    session: AsyncSession, mission_id: int, rows: Sequence[ObserverRow]
) -> dict[str, tuple[int, bool]]:
    wanted = sorted({code for row in rows for code in row.stations or ()})
    found: dict[str, tuple[int, bool]] = {}
    for start in range(0, len(wanted), CHUNK):
        result = await session.exec(
            select(MissionLocation.code, MissionLocation.id, MissionLocation.is_station)
            .where(MissionLocation.mission_id == mission_id)
            .where(col(MissionLocation.code).in_(wanted[start : start + CHUNK]))
        )
        found.update({code: (loc_id or 0, is_station) for code, loc_id, is_station in result})
    return found


async def _forms(session: AsyncSession, mission_id: int) -> dict[str, tuple[int, bool]]:
    result = await session.exec(
        select(FORM.c.code, FORM.c.id, FORM.c.archived).where(FORM.c.mission_id == mission_id)
    )
    return {code: (form_id, bool(archived)) for code, form_id, archived in result.all()}


def _resolve(
    problems: list[Problem],
    row: ObserverRow,
    column: str,
    codes: Sequence[str] | None,
    known: dict[str, tuple[int, bool]],
    what: str,
) -> list[int] | None:
    if codes is None:
        return None
    ids = []
    for code in codes:
        if code not in known:
            problems.append(Problem(row.line, column, f"unknown {what} {code!r}"))
        elif what == "station" and not known[code][1]:
            problems.append(Problem(row.line, column, f"{code!r} is not a polling station"))
        elif what == "form" and known[code][1]:
            problems.append(Problem(row.line, column, f"form {code!r} is archived"))
        else:
            ids.append(known[code][0])
    return ids


def _match(
    problems: list[Problem], row: ObserverRow, mission: _Mission, taken: dict[int, int]
) -> _Stored | None:
    """The stored observer this row is about, if any; problems for ambiguous rows."""
    stored: _Stored | None = None
    if row.code is not None:
        holder = mission.codes.get(row.code)
        if holder is not None and holder.role is not MissionRole.OBSERVER:
            problems.append(Problem(row.line, "code", "code is used by a non-observer"))
            return None
        stored = mission.observers.get(holder.id or 0) if holder else None
    else:
        owner = mission.phones.get(row.phones[0])
        stored = mission.observers.get(owner) if owner is not None else None
    mine = stored.member.id if stored else None
    for phone in row.phones:
        owner = mission.phones.get(phone)
        if owner is not None and owner != mine:
            code = mission.observers[owner].member.observer_code
            problems.append(Problem(row.line, "phone", f"{phone} is observer {code}'s phone"))
    if mine is not None:
        if mine in taken:
            message = f"same observer as line {taken[mine]}"
            problems.append(Problem(row.line, "code" if row.code else "phone", message))
        taken[mine] = row.line
    return stored


def _changed(plan: _Plan) -> bool:
    row, stored = plan.row, plan.stored
    assert stored is not None
    member, person = stored.member, stored.person
    if (row.name, row.email, list(row.phones)) != (person.name, person.email, stored.phones):
        return True
    if (row.language, row.kind) != (member.language, member.observer_kind):
        return True
    if plan.stations is not None and set(plan.stations) != set(stored.deployments):
        return True
    if plan.forms is not None:
        stations = plan.stations if plan.stations is not None else list(stored.deployments)
        wanted = set(plan.forms)
        return any(stored.deployments.get(s, (0, set()))[1] != wanted for s in stations)
    return False


async def _update(session: AsyncSession, plan: _Plan, mission_id: int) -> None:
    row, stored = plan.row, plan.stored
    assert stored is not None
    person, member = stored.person, stored.member
    person.name, person.email = row.name, row.email
    member.language, member.observer_kind = row.language, row.kind
    session.add_all([person, member])
    if list(row.phones) != stored.phones:
        assert person.id is not None
        await replace_phones(
            session,
            person_id=person.id,
            numbers=row.phones,
            phones=[PhoneInput(number) for number in row.phones],
        )
    await _deploy(session, plan, stored, mission_id)


async def _deploy(session: AsyncSession, plan: _Plan, stored: _Stored, mission_id: int) -> None:
    """Make the observer's deployments the row's stations (when the file has the column),
    each expecting the row's forms (when it has that column)."""
    stations = plan.stations if plan.stations is not None else list(stored.deployments)
    gone = [d for loc, (d, _) in stored.deployments.items() if loc not in stations]
    if gone:
        await session.exec(delete(Deployment).where(col(Deployment.id).in_(gone)))
    for location_id in stations:
        known = stored.deployments.get(location_id)
        if known is None:
            deployment = Deployment(
                mission_id=mission_id, member_id=stored.member.id or 0, location_id=location_id
            )
            session.add(deployment)
            await session.flush()
            known = (deployment.id or 0, set())
        if plan.forms is not None and set(plan.forms) != known[1]:
            await set_deployment_forms(session, deployment_id=known[0], form_ids=plan.forms)
    await session.flush()


async def _plans(
    session: AsyncSession, mission_id: int, rows: Sequence[ObserverRow], mission: _Mission
) -> tuple[list[_Plan], list[Problem]]:
    stations = await _stations(session, mission_id, rows)
    forms = await _forms(session, mission_id)
    problems: list[Problem] = []
    taken: dict[int, int] = {}
    plans = []
    for row in rows:
        stored = _match(problems, row, mission, taken)
        station_ids = _resolve(problems, row, "stations", row.stations, stations, "station")
        form_ids = _resolve(problems, row, "forms", row.forms, forms, "form")
        plans.append(_Plan(row, stored, station_ids, form_ids))
    return plans, problems


async def import_observers(
    session: AsyncSession,
    *,
    principal: Principal,
    mission_id: int,
    data: bytes,
    dry_run: bool,
    progress: Progress = _no_progress,
) -> ImportResult:
    """Applies an observers CSV to a mission (its coordinators only): every row, or nothing
    when any row has a problem. A dry run finds the same problems and counts, writes nothing.
    The caller commits."""
    access = await mission_access(session, principal=principal, mission_id=mission_id)
    access.require(Can.MANAGE)
    parsed = parse_observers(data, country=access.mission.country)
    mission = await _load(session, mission_id)
    plans, problems = await _plans(session, mission_id, parsed.rows, mission)
    problems = sorted(parsed.problems + problems, key=lambda p: p.line)
    if problems:
        return ImportResult(problems=problems)
    result = ImportResult()
    changed = [p for p in plans if p.stored is not None and _changed(p)]
    result.created = sum(1 for p in plans if p.stored is None)
    result.updated = len(changed)
    result.unchanged = len(plans) - result.created - result.updated
    if dry_run:
        return result
    taken = set(mission.codes) | {p.row.code for p in plans if p.row.code}
    new = [
        NewObserver(p.row, p.row.code or new_observer_code(taken), p.stations or [], p.forms or [])
        for p in plans
        if p.stored is None
    ]
    await create_observers(
        session,
        mission_id=mission_id,
        organization_id=access.mission.organization_id,
        observers=new,
        progress=lambda done: progress("written", done),
    )
    for done, plan in enumerate(changed, start=1):
        await _update(session, plan, mission_id)
        if done % PROGRESS_EVERY == 0 or done == len(changed):
            progress("updated", done)
    return result
