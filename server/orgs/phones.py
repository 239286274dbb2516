"""Phone numbers: parsing, storing without revealing who else has a number, and conflicts.

Inbound SMS are matched to a person by number, so a number is usable for one person only
(`person_phone.e164` is unique). A number that another person already has is still accepted
and shown to whoever entered it exactly as a fresh number would be, but it is stored apart,
as disputed (`disputed_phone`), where neither matching nor sending reads it; superusers and
network admins see the conflict and resolve it. Answering "Another person already has this
number" would tell anyone who tries numbers which ones belong to someone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, union_all
from sqlalchemy import select as sa_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.kit.errors import NotFound, Problems, RateLimited
from server.kit.ratelimit import RateLimiter
from server.orgs.access import Principal
from server.orgs.models import DisputedPhone, Membership, PersonPhone
from server.orgs.resolve import administered_networks, organizations_of_networks
from server.orgs.validation import parse_phone


@dataclass(frozen=True)
class PhoneInput:
    number: str
    label: str | None = None


@dataclass(frozen=True)
class PhoneLimit:
    """How many phone changes one caller may make per window, and where they are counted."""

    limiter: RateLimiter
    per_window: int
    window_seconds: int


@dataclass(frozen=True)
class PhoneRow:
    """A number as its person sees it: usable and disputed numbers look the same."""

    id: int | None
    person_id: int
    e164: str
    label: str | None
    position: int


async def check_phone_rate(limit: PhoneLimit | None, principal: Principal) -> None:
    """Count one phone change for the caller; refuse beyond the limit.

    Each answer reveals nothing by itself, but the limit bounds how many numbers anyone can
    try. Seeds and commands pass no limit.
    """
    if limit is None:
        return
    who = (
        f"user:{principal.user_id}"
        if principal.user_id is not None
        else f"token:{principal.api_token_id}"
    )
    if not await limit.limiter.hit(
        f"phones:{who}", limit=limit.per_window, window_seconds=limit.window_seconds
    ):
        raise RateLimited("Too many phone number changes. Wait a while and try again.")


def parse_phones(
    problems: Problems, phones: Sequence[PhoneInput], default_region: str | None
) -> list[str]:
    """E.164 forms of the numbers; problems for invalid ones and for one listed twice."""
    numbers: list[str] = []
    for i, phone in enumerate(phones):
        e164 = parse_phone(problems, f"phones.{i}.number", phone.number, default_region)
        if e164 is None:
            continue
        if e164 in numbers:
            problems.add(f"phones.{i}.number", "This number is listed twice.", "duplicate")
            continue
        numbers.append(e164)
    return numbers


async def _store_one(
    session: AsyncSession,
    *,
    person_id: int,
    e164: str,
    label: str | None,
    position: int,
    only_if_free: bool = False,
) -> None:
    """Store a number as usable if nobody has it, else as disputed (or not at all)."""
    holder = await session.scalar(select(PersonPhone.person_id).where(PersonPhone.e164 == e164))
    if holder is None:
        try:
            # A savepoint, so that someone taking the number at the same moment turns this
            # one into a disputed number instead of failing the whole change.
            async with session.begin_nested():
                session.add(
                    PersonPhone(person_id=person_id, e164=e164, label=label, position=position)
                )
                await session.flush()
            return
        except IntegrityError:
            pass
    if only_if_free:
        return
    session.add(DisputedPhone(person_id=person_id, e164=e164, label=label, position=position))


async def store_phones(
    session: AsyncSession,
    *,
    person_id: int,
    numbers: Sequence[str],
    phones: Sequence[PhoneInput],
) -> None:
    """Give the person these numbers; those another person has are kept as disputed."""
    for position, (e164, phone) in enumerate(zip(numbers, phones, strict=True)):
        await _store_one(
            session, person_id=person_id, e164=e164, label=phone.label, position=position
        )
    await session.flush()


async def replace_phones(
    session: AsyncSession,
    *,
    person_id: int,
    numbers: Sequence[str],
    phones: Sequence[PhoneInput],
) -> None:
    await session.exec(delete(PersonPhone).where(col(PersonPhone.person_id) == person_id))
    await session.exec(delete(DisputedPhone).where(col(DisputedPhone.person_id) == person_id))
    # Flushed before re-adding: a kept number would otherwise collide with its old row.
    await session.flush()
    await store_phones(session, person_id=person_id, numbers=numbers, phones=phones)


async def phones_by_person(
    session: AsyncSession, *, person_ids: Sequence[int]
) -> dict[int, list[PhoneRow]]:
    """Every number of each person, usable or disputed, in the order the person gave them."""
    grouped: dict[int, list[PhoneRow]] = {i: [] for i in person_ids}
    # One statement for both tables: list pages must not grow by a query per table.
    both = union_all(
        *(
            sa_select(
                col(model.id),
                col(model.person_id),
                col(model.e164),
                col(model.label),
                col(model.position),
            ).where(col(model.person_id).in_(person_ids))
            for model in (PersonPhone, DisputedPhone)
        )
    )
    # Through the connection: sqlmodel's exec() is typed for its own selects only.
    result = await (await session.connection()).execute(both)
    for phone_id, person_id, e164, label, position in result.all():
        grouped[person_id].append(PhoneRow(phone_id, person_id, e164, label, position))
    for phones in grouped.values():
        phones.sort(key=lambda p: p.position)
    return grouped


@dataclass(frozen=True)
class PhoneConflict:
    """A disputed number: who gave it, and who holds it (when the caller may see them)."""

    id: int
    e164: str
    person_id: int
    holder_id: int | None
    flagged_at: datetime


async def list_phone_conflicts(
    session: AsyncSession, *, principal: Principal
) -> list[PhoneConflict]:
    """Disputed numbers, for superusers (all) and network admins (their network's people).

    Everyone else gets an empty list, as when there is no conflict.
    """
    query = select(DisputedPhone, PersonPhone.person_id).outerjoin(
        PersonPhone, col(PersonPhone.e164) == col(DisputedPhone.e164)
    )
    in_scope: set[int] | None = None
    if not principal.is_superuser:
        networks = await administered_networks(session, principal=principal)
        in_scope = await organizations_of_networks(session, network_ids=networks)
        if not in_scope:
            return []
        members = select(Membership.person_id).where(col(Membership.organization_id).in_(in_scope))
        query = query.where(col(DisputedPhone.person_id).in_(members))
    rows = (await session.exec(query.order_by(col(DisputedPhone.id)))).all()
    visible = await _members_of(session, in_scope, [h for _, h in rows if h is not None])
    return [
        PhoneConflict(
            id=phone.id or 0,
            e164=phone.e164,
            person_id=phone.person_id,
            holder_id=holder if visible is None or holder in visible else None,
            flagged_at=phone.created_at,
        )
        for phone, holder in rows
    ]


async def _members_of(
    session: AsyncSession, org_ids: set[int] | None, person_ids: list[int]
) -> set[int] | None:
    """Which of these people are members of the organizations; None when all may be shown."""
    if org_ids is None:
        return None
    if not person_ids:
        return set()
    rows = await session.exec(
        select(Membership.person_id)
        .where(col(Membership.organization_id).in_(org_ids))
        .where(col(Membership.person_id).in_(person_ids))
    )
    return set(rows.all())


async def resolve_phone_conflict(
    session: AsyncSession, *, principal: Principal, conflict_id: int
) -> bool:
    """Settle a disputed number: the person keeps it if nobody else has it any more (it
    becomes usable), otherwise it is removed from them. True if they kept it.

    For superusers and the network admins who see the conflict; for anyone else it does
    not exist.
    """
    principal.require_authenticated()
    visible = {c.id for c in await list_phone_conflicts(session, principal=principal)}
    phone = await session.get(DisputedPhone, conflict_id) if conflict_id in visible else None
    if phone is None:
        raise NotFound("No such phone conflict.")
    await session.delete(phone)
    await session.flush()
    await _store_one(
        session,
        person_id=phone.person_id,
        e164=phone.e164,
        label=phone.label,
        position=phone.position,
        only_if_free=True,
    )
    await session.flush()
    kept = await session.scalar(
        select(PersonPhone.id).where(
            PersonPhone.e164 == phone.e164, PersonPhone.person_id == phone.person_id
        )
    )
    return kept is not None
