"""Seeding helpers for the GraphQL tests: organizations, people with roles, signed-in users.

Everything is created through the services (with the root principal) or as plain rows, then
exercised over HTTP. Users get a password hash computed once per run and sessions are issued
as rows: argon2 costs ~0.1 s per call, which would dominate a suite that signs in hundreds of
users. The sign-in flow itself is tested for real in test_auth.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import Any

import pytest
from sqlalchemy import func
from sqlmodel import col, select

from server.accounts import passwords
from server.accounts.models import AuthSession, User
from server.audit.models import AuditEvent
from server.db import Database, utcnow
from server.kit.secrets import new_token, token_digest
from server.orgs import people
from server.orgs import service as orgs
from server.orgs.models import Membership, Organization, OrganizationKind, Role
from server.runtime import Runtime
from tests.conftest import PASSWORD, ROOT


@lru_cache(maxsize=1)
def password_hash() -> str:
    return passwords.hash_password(PASSWORD)


async def make_org(
    db: Database,
    name: str,
    *,
    kind: OrganizationKind = OrganizationKind.MEMBER,
    country: str | None = None,
    parent_id: int | None = None,
) -> int:
    async with db.transaction() as session:
        org = await orgs.create_organization(
            session, principal=ROOT, name=name, kind=kind, country=country, parent_id=parent_id
        )
    assert org.id is not None
    return org.id


async def make_person(
    db: Database,
    *,
    org_id: int,
    role: Role,
    name: str,
    email: str | None = None,
    phones: Sequence[str] = (),
) -> int:
    async with db.transaction() as session:
        person = await people.create_person(
            session,
            principal=ROOT,
            organization_id=org_id,
            role=role,
            data=people.PersonInput(
                name=name, email=email, phones=[people.PhoneInput(p) for p in phones]
            ),
        )
    assert person.id is not None
    return person.id


async def add_role(db: Database, *, person_id: int, org_id: int, role: Role) -> None:
    async with db.transaction() as session:
        session.add(Membership(person_id=person_id, organization_id=org_id, role=role))


async def make_account(
    db: Database, *, email: str, person_id: int | None = None, is_superuser: bool = False
) -> int:
    """A user whose password is PASSWORD, without paying for a fresh argon2 hash."""
    async with db.transaction() as session:
        user = User(
            email=email,
            password_hash=password_hash(),
            display_name=email.split("@")[0],
            person_id=person_id,
            is_superuser=is_superuser,
        )
        session.add(user)
        await session.flush()
    assert user.id is not None
    return user.id


async def issue_session(db: Database, user_id: int, *, ttl: timedelta = timedelta(hours=1)) -> str:
    """A sign-in session row and its token, as signIn would create them."""
    token = new_token("pls")
    async with db.transaction() as session:
        session.add(
            AuthSession(user_id=user_id, token_hash=token_digest(token), expires_at=utcnow() + ttl)
        )
    return token


@dataclass(frozen=True)
class Member:
    person_id: int
    user_id: int
    token: str


async def make_member(
    db: Database,
    *,
    org_id: int,
    role: Role,
    name: str,
    phones: Sequence[str] = (),
    email: str | None = None,
) -> Member:
    """A person with a role in one organization, a user account and a live session."""
    email = email or f"{name.lower().replace(' ', '.')}@example.org"
    person_id = await make_person(
        db, org_id=org_id, role=role, name=name, email=email, phones=phones
    )
    user_id = await make_account(db, email=email, person_id=person_id)
    return Member(person_id=person_id, user_id=user_id, token=await issue_session(db, user_id))


@dataclass(frozen=True)
class World:
    """A network with two member organizations and one person per role in Kenya Forum."""

    network: int
    kenya: int
    ghana: int
    root: str
    network_admin: Member
    admin: Member
    organizer: Member
    coordinator: Member
    observer: Member
    partner: Member
    ghana_admin: Member


@pytest.fixture
async def world(runtime: Runtime) -> World:
    db = runtime.db
    network = await make_org(
        db, "Pluralis Network", kind=OrganizationKind.NETWORK_SECRETARIAT, country="BE"
    )
    kenya = await make_org(db, "Kenya Forum", country="KE", parent_id=network)
    ghana = await make_org(db, "Ghana Watch", country="GH", parent_id=network)
    root_id = await make_account(db, email="root@example.org", is_superuser=True)
    return World(
        network=network,
        kenya=kenya,
        ghana=ghana,
        root=await issue_session(db, root_id),
        network_admin=await make_member(db, org_id=network, role=Role.ADMIN, name="Nadia Net"),
        admin=await make_member(
            db, org_id=kenya, role=Role.ADMIN, name="Amina Admin", phones=["+254712000001"]
        ),
        organizer=await make_member(
            db, org_id=kenya, role=Role.ORGANIZER, name="Olu Organizer", phones=["+254712000002"]
        ),
        coordinator=await make_member(
            db,
            org_id=kenya,
            role=Role.COORDINATOR,
            name="Cora Coordinator",
            phones=["+254712000003"],
        ),
        observer=await make_member(
            db, org_id=kenya, role=Role.OBSERVER, name="Obi Observer", phones=["+254712000004"]
        ),
        partner=await make_member(
            db, org_id=kenya, role=Role.PARTNER, name="Pat Partner", phones=["+254712000005"]
        ),
        ghana_admin=await make_member(
            db, org_id=ghana, role=Role.ADMIN, name="Kwame Admin", phones=["+233244000001"]
        ),
    )


async def count_rows(db: Database, model: type[Organization] | type[AuditEvent]) -> int:
    async with db.read() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def audit_rows(db: Database) -> list[AuditEvent]:
    async with db.read() as session:
        return list((await session.exec(select(AuditEvent).order_by(col(AuditEvent.id)))).all())


def error_codes(body: dict[str, Any]) -> list[str]:
    return [e.get("extensions", {}).get("code") for e in body.get("errors") or []]
