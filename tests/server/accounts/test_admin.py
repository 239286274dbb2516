"""Administering accounts at the service: who may act on one, sessions, listings, the audit."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlmodel import col, select

from server.accounts import account_audit, admin
from server.accounts import service as accounts
from server.accounts.access import Principal
from server.accounts.models import AuthSession, User
from server.audit.models import AuditEvent
from server.db import Database
from server.kit.errors import InvalidInput, NotFound
from server.orgs.models import OrganizationKind, Person, Role
from tests.conftest import ROOT
from tests.schema.conftest import (
    add_role,
    issue_session,
    make_account,
    make_org,
    make_person,
)


@dataclass(frozen=True)
class Setup:
    network: int
    kenya: int
    ghana: int
    kenya_admin: Principal
    network_admin: Principal
    observer: int  # user id of an observer of Kenya
    observer_person: int


@pytest.fixture
async def setup(db: Database) -> Setup:
    network = await make_org(db, "Net", kind=OrganizationKind.NETWORK_SECRETARIAT)
    kenya = await make_org(db, "Kenya Forum", parent_id=network)
    ghana = await make_org(db, "Ghana Watch", parent_id=network)
    admin_person = await make_person(db, org_id=kenya, role=Role.ADMIN, name="Amina")
    admin_user = await make_account(db, email="amina@example.org", person_id=admin_person)
    net_person = await make_person(db, org_id=network, role=Role.ADMIN, name="Nadia")
    net_user = await make_account(db, email="nadia@example.org", person_id=net_person)
    observer_person = await make_person(db, org_id=kenya, role=Role.OBSERVER, name="Obi")
    observer = await make_account(db, email="obi@example.org", person_id=observer_person)
    async with db.read() as session:
        kenya_admin = await _principal(session, admin_user, admin_person)
        network_admin = await _principal(session, net_user, net_person)
    return Setup(network, kenya, ghana, kenya_admin, network_admin, observer, observer_person)


async def _principal(session: object, user_id: int, person_id: int) -> Principal:
    roles = await accounts.roles_of_person(session, person_id=person_id)  # type: ignore[arg-type]
    kinds = dict.fromkeys(roles, OrganizationKind.MEMBER)
    return Principal(user_id=user_id, person_id=person_id, roles=roles, kinds=kinds)


async def deactivate(db: Database, principal: Principal, user_id: int) -> User:
    async with db.transaction() as session:
        return await admin.deactivate_account(session, principal=principal, user_id=user_id)


class TestDeactivateAccount:
    async def test_deactivation_ends_every_session_at_once(
        self, db: Database, setup: Setup
    ) -> None:
        token = await issue_session(db, setup.observer)
        user = await deactivate(db, setup.kenya_admin, setup.observer)
        assert not user.is_active
        async with db.read() as session:
            revoked = (await session.exec(select(AuthSession.revoked_at))).all()
        assert token and len(revoked) == 1 and all(r is not None for r in revoked)

    async def test_reactivation_keeps_the_old_sessions_ended(
        self, db: Database, setup: Setup
    ) -> None:
        old = await issue_session(db, setup.observer)
        await deactivate(db, setup.kenya_admin, setup.observer)
        async with db.transaction() as session:
            user = await admin.reactivate_account(
                session, principal=setup.kenya_admin, user_id=setup.observer
            )
        assert user.is_active
        new = await issue_session(db, setup.observer)
        async with db.read() as session:
            rows = (await session.exec(select(AuthSession).order_by(col(AuthSession.id)))).all()
        assert old != new
        assert [r.revoked_at is None for r in rows] == [False, True]

    async def test_nobody_deactivates_themselves(self, db: Database, setup: Setup) -> None:
        with pytest.raises(InvalidInput) as refused:
            await deactivate(db, setup.kenya_admin, setup.kenya_admin.user_id or 0)
        assert [p.code for p in refused.value.problems] == ["self"]

    async def test_accounts_outside_ones_organizations_are_missing(
        self, db: Database, setup: Setup
    ) -> None:
        ghana_person = await make_person(db, org_id=setup.ghana, role=Role.OBSERVER, name="Kofi")
        ghana_user = await make_account(db, email="kofi@example.org", person_id=ghana_person)
        root = await make_account(db, email="root@example.org", is_superuser=True)
        messages = []
        for user_id in (ghana_user, root, 999_999):
            with pytest.raises(NotFound) as hidden:
                await deactivate(db, setup.kenya_admin, user_id)
            messages.append(hidden.value.message)
        assert set(messages) == {"No such account."}

    async def test_only_superusers_act_on_superusers(self, db: Database, setup: Setup) -> None:
        root = await make_account(db, email="root@example.org", is_superuser=True)
        with pytest.raises(NotFound):
            await deactivate(db, setup.network_admin, root)
        assert not (await deactivate(db, ROOT, root)).is_active

    async def test_network_admins_act_on_their_networks_people(
        self, db: Database, setup: Setup
    ) -> None:
        assert not (await deactivate(db, setup.network_admin, setup.observer)).is_active

    async def test_an_organizations_admin_does_not_act_on_a_network_admin(
        self, db: Database, setup: Setup
    ) -> None:
        # Nadia also observes in Kenya; Kenya's admin still may not shut her account.
        nadia = setup.network_admin
        assert nadia.person_id is not None and nadia.user_id is not None
        await add_role(db, person_id=nadia.person_id, org_id=setup.kenya, role=Role.OBSERVER)
        with pytest.raises(NotFound):
            await deactivate(db, setup.kenya_admin, nadia.user_id)

    async def test_each_change_is_audited_once(self, db: Database, setup: Setup) -> None:
        await deactivate(db, setup.kenya_admin, setup.observer)
        await deactivate(db, setup.kenya_admin, setup.observer)  # already shut: no new row
        async with db.transaction() as session:
            await admin.reactivate_account(
                session, principal=setup.kenya_admin, user_id=setup.observer
            )
        async with db.read() as session:
            rows = (await session.exec(select(AuditEvent).order_by(col(AuditEvent.id)))).all()
        assert [(r.action, r.subject_id, r.actor_user_id) for r in rows] == [
            (account_audit.DEACTIVATED, setup.observer, setup.kenya_admin.user_id),
            (account_audit.REACTIVATED, setup.observer, setup.kenya_admin.user_id),
        ]


class TestListAccounts:
    async def test_network_admins_see_their_networks_accounts_and_no_superuser(
        self, db: Database, setup: Setup
    ) -> None:
        await make_account(db, email="root@example.org", is_superuser=True)
        outsider_org = await make_org(db, "Elsewhere")
        outsider = await make_person(db, org_id=outsider_org, role=Role.ADMIN, name="Zed")
        await make_account(db, email="zed@example.org", person_id=outsider, is_superuser=False)
        async with db.read() as session:
            page = await admin.list_accounts(session, principal=setup.network_admin, first=50)
        emails = [row.account.email for row in page.items]
        assert emails == ["amina@example.org", "nadia@example.org", "obi@example.org"]
        assert page.total_count == 3

    async def test_superusers_see_every_account_and_search_by_name_or_email(
        self, db: Database, setup: Setup
    ) -> None:
        async with db.read() as session:
            everyone = await admin.list_accounts(session, principal=ROOT, first=2)
            found = await admin.list_accounts(session, principal=ROOT, first=50, search="OBI@")
            rest = await admin.list_accounts(
                session, principal=ROOT, first=50, after=everyone.cursors[-1]
            )
        assert everyone.has_next_page and everyone.total_count == 3
        assert [r.account.email for r in found.items] == ["obi@example.org"]
        assert [r.account.email for r in rest.items] == ["obi@example.org"]

    async def test_others_see_an_empty_list(self, db: Database, setup: Setup) -> None:
        async with db.read() as session:
            page = await admin.list_accounts(session, principal=setup.kenya_admin, first=50)
        assert page.items == [] and page.total_count == 0


class TestAccountStatuses:
    async def test_only_those_who_may_invite_see_a_persons_account(
        self, db: Database, setup: Setup
    ) -> None:
        observer = Principal(user_id=setup.observer, roles={setup.kenya: Role.OBSERVER})
        async with db.read() as session:
            seen = await admin.account_statuses(
                session, principal=setup.kenya_admin, person_ids=[setup.observer_person]
            )
            hidden = await admin.account_statuses(
                session, principal=observer, person_ids=[setup.observer_person]
            )
        status = seen[setup.observer_person]
        assert status is not None and status.account is not None
        assert status.account.id == setup.observer
        assert hidden == {setup.observer_person: None}


class TestCreateUser:
    async def test_a_new_account_without_a_person_gets_one(self, db: Database) -> None:
        async with db.transaction() as session:
            user = await accounts.create_user(
                session,
                email="Admin@Example.org",
                password="correct horse battery",
                display_name="Ada Admin",
                is_superuser=True,
            )
        async with db.read() as session:
            person = await session.get(Person, user.person_id)
        assert person is not None and (person.name, person.email) == (
            "Ada Admin",
            "admin@example.org",
        )
