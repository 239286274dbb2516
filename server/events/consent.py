"""Consent where one party names another: co-host organizations, speakers and moderators.

Listing an organization as co-host asks its organizers; naming a person a speaker or
moderator asks that person. Until they accept, the listing grants no rights and is shown only
to the two sides. An answer is given by the asked side (a network admin may answer for a
person); anyone else, and a request that does not exist, get the same NOT_FOUND.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts.access import Action, Principal
from server.events.models import (
    Consent,
    Event,
    EventCoHost,
    ProgrammeSession,
    SessionPerson,
    SessionRole,
)
from server.kit.errors import NotFound

NO_COHOST_REQUEST = "No such co-host request."
NO_SPEAKER_REQUEST = "No such speaker request."


async def answer_cohosting(
    session: AsyncSession,
    *,
    principal: Principal,
    event_id: int,
    organization_id: int,
    accept: bool,
) -> Event:
    """Accept or decline co-hosting an event, as an organizer of the listed organization.

    Declining also withdraws an earlier acceptance: the organization stops sharing the event.
    """
    row = await session.get(EventCoHost, (event_id, organization_id))
    if row is None or not principal.may(Action.MANAGE_EVENTS, organization_id):
        raise NotFound(NO_COHOST_REQUEST)
    row.status = Consent.ACCEPTED if accept else Consent.DECLINED
    session.add(row)
    await session.flush()
    event = await session.get(Event, event_id)
    assert event is not None  # a foreign key guarantees it
    return event


@dataclass(frozen=True)
class CoHostRequest:
    event: Event
    organization_id: int
    status: Consent


async def cohost_requests(session: AsyncSession, *, principal: Principal) -> list[CoHostRequest]:
    """Open requests to co-host, for the organizations where the caller manages events."""
    orgs = principal.organizations_where(Action.MANAGE_EVENTS)
    if not orgs:
        return []
    rows = await session.exec(
        select(Event, EventCoHost.organization_id)
        .join(EventCoHost, col(EventCoHost.event_id) == col(Event.id))
        .where(
            col(EventCoHost.organization_id).in_(orgs),
            col(EventCoHost.status) == Consent.PENDING,
        )
        .order_by(col(Event.starts_at), col(Event.id))
        .limit(200)
    )
    return [CoHostRequest(event, org, Consent.PENDING) for event, org in rows.all()]


async def listed_cohosts_by_event(
    session: AsyncSession, *, event_ids: Sequence[int]
) -> dict[int, list[tuple[int, Consent]]]:
    """Every listed co-host of each event with its answer (for the event's managers)."""
    rows = await session.exec(
        select(EventCoHost)
        .where(col(EventCoHost.event_id).in_(event_ids))
        .order_by(col(EventCoHost.event_id), col(EventCoHost.organization_id))
    )
    grouped: dict[int, list[tuple[int, Consent]]] = {i: [] for i in event_ids}
    for row in rows.all():
        grouped[row.event_id].append((row.organization_id, Consent(row.status)))
    return grouped


# --- speakers and moderators -----------------------------------------------------------------


def may_answer_for(principal: Principal, person_id: int) -> bool:
    return principal.person_id == person_id or (
        principal.is_authenticated and principal.is_network_admin
    )


def person_status(principal: Principal, person_id: int) -> Consent:
    """Naming yourself (or, as a network admin, anyone) needs no answer."""
    return Consent.ACCEPTED if may_answer_for(principal, person_id) else Consent.PENDING


async def answer_speaking(
    session: AsyncSession,
    *,
    principal: Principal,
    session_id: int,
    person_id: int,
    accept: bool,
) -> ProgrammeSession:
    """Accept or decline every role a person was given in a session (speaker, moderator)."""
    found = await session.exec(
        select(SessionPerson.role).where(
            SessionPerson.session_id == session_id, SessionPerson.person_id == person_id
        )
    )
    if not found.all() or not may_answer_for(principal, person_id):
        raise NotFound(NO_SPEAKER_REQUEST)
    await session.exec(
        update(SessionPerson)
        .where(
            col(SessionPerson.session_id) == session_id,
            col(SessionPerson.person_id) == person_id,
        )
        .values(status=Consent.ACCEPTED if accept else Consent.DECLINED)
    )
    row = await session.get(ProgrammeSession, session_id)
    assert row is not None  # a foreign key guarantees it
    return row


@dataclass(frozen=True)
class SpeakerRequest:
    session: ProgrammeSession
    event: Event
    role: SessionRole


async def speaker_requests(session: AsyncSession, *, principal: Principal) -> list[SpeakerRequest]:
    """The caller's own open requests to speak or moderate, by the session's start."""
    if principal.person_id is None:
        return []
    rows = await session.exec(
        select(ProgrammeSession, Event, SessionPerson.role)
        .join(SessionPerson, col(SessionPerson.session_id) == col(ProgrammeSession.id))
        .join(Event, col(Event.id) == col(ProgrammeSession.event_id))
        .where(
            col(SessionPerson.person_id) == principal.person_id,
            col(SessionPerson.status) == Consent.PENDING,
        )
        .order_by(col(ProgrammeSession.starts_at), col(ProgrammeSession.id))
        .limit(200)
    )
    return [SpeakerRequest(s, e, SessionRole(r)) for s, e, r in rows.all()]
