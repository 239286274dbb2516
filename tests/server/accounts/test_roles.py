"""Roles held in a network secretariat cover its member organizations; tokens stay scoped."""

from __future__ import annotations

import pytest

from server.accounts import service as accounts
from server.accounts.access import Action, Principal
from server.db import Database
from server.kit.errors import Forbidden
from server.orgs import service as orgs
from server.orgs.models import OrganizationKind, Role
from tests.conftest import ROOT
from tests.schema.conftest import add_role, make_org, make_person


class TestNetworkRoles:
    async def test_a_network_role_applies_to_the_networks_organizations(self, db: Database) -> None:
        network = await make_org(db, "Net", kind=OrganizationKind.NETWORK_SECRETARIAT)
        member = await make_org(db, "Member", parent_id=network)
        outsider = await make_org(db, "Outside")
        admin = await make_person(db, org_id=network, role=Role.ADMIN, name="Ada")
        async with db.read() as session:
            roles = await accounts.roles_of_person(session, person_id=admin)
        assert roles == {network: Role.ADMIN, member: Role.ADMIN}
        assert outsider not in roles

    async def test_a_direct_role_wins_over_the_network_role(self, db: Database) -> None:
        network = await make_org(db, "Net", kind=OrganizationKind.NETWORK_SECRETARIAT)
        member = await make_org(db, "Member", parent_id=network)
        person = await make_person(db, org_id=network, role=Role.OBSERVER, name="Obi")
        await add_role(db, person_id=person, org_id=member, role=Role.COORDINATOR)
        async with db.read() as session:
            roles = await accounts.roles_of_person(session, person_id=person)
        assert roles == {network: Role.OBSERVER, member: Role.COORDINATOR}

    async def test_a_member_organizations_role_does_not_spread(self, db: Database) -> None:
        network = await make_org(db, "Net", kind=OrganizationKind.NETWORK_SECRETARIAT)
        member = await make_org(db, "Member", parent_id=network)
        await make_org(db, "Sibling", parent_id=network)
        person = await make_person(db, org_id=member, role=Role.ADMIN, name="Mo")
        async with db.read() as session:
            roles = await accounts.roles_of_person(session, person_id=person)
        assert roles == {member: Role.ADMIN}


class TestSensitiveChanges:
    async def test_an_org_admin_cannot_turn_their_org_into_a_network(self, db: Database) -> None:
        org = await make_org(db, "Member")
        admin = Principal(user_id=5, roles={org: Role.ADMIN})
        with pytest.raises(Forbidden, match="network administrators"):
            async with db.transaction() as session:
                await orgs.update_organization(
                    session,
                    principal=admin,
                    organization_id=org,
                    kind=OrganizationKind.NETWORK_SECRETARIAT,
                )
        async with db.transaction() as session:
            changed = await orgs.update_organization(
                session, principal=ROOT, organization_id=org, kind=OrganizationKind.PARTNER
            )
        assert changed.kind is OrganizationKind.PARTNER

    async def test_an_api_token_cannot_mint_more_tokens(self, db: Database) -> None:
        org = await make_org(db, "Member")
        token = Principal(api_token_id=9, roles={org: Role.ADMIN})
        assert token.may(Action.MANAGE_API_TOKENS, org)
        with pytest.raises(Forbidden, match="not by another token"):
            async with db.transaction() as session:
                await accounts.create_api_token(
                    session, principal=token, organization_id=org, name="copy", role=Role.ADMIN
                )
