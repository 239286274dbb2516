"""The adversary world's account objects: invitations to an account, and the user ids of
accounts, for the cases in cases_accounts.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import col, select

from server.accounts.models import User
from server.db import Database
from server.orgs.models import Role
from tests.schema.conftest import make_person

if TYPE_CHECKING:
    from tests.conftest import GraphQLClient
    from tests.schema.adversary.world import AdversaryWorld

INVITE = """
mutation($person: ID!) { inviteToAccount(personId: $person) {
  invitation { id } errors { code } } }"""
# Whose account ids the cases name (the world's ids are otherwise people's).
ACCOUNTS = ("a_observer", "b_observer", "b_admin", "partner_admin")


async def account_objects(db: Database, gql: GraphQLClient, w: AdversaryWorld) -> None:
    """A newcomer on each side (a person without an account), invited by their own admin."""
    for side in ("a", "b"):
        name = f"{side}_newcomer"
        person = await make_person(
            db,
            org_id=int(w[f"org_{side}"]),
            role=Role.OBSERVER,
            name=name,
            email=f"{name}@example.org",
        )
        w.ids[name] = str(person)
        body = await gql.execute(INVITE, {"person": str(person)}, token=w.tokens[f"{side}_admin"])
        payload = body["data"]["inviteToAccount"]
        assert payload["errors"] == [], body
        w.ids[f"{side}_account_invitation"] = str(payload["invitation"]["id"])
    emails = [f"{name}@example.org" for name in ACCOUNTS]
    async with db.read() as session:
        rows = (await session.exec(select(User).where(col(User.email).in_(emails)))).all()
    by_email = {u.email: u.id for u in rows}
    for name in ACCOUNTS:
        w.ids[f"{name}_user"] = str(by_email[f"{name}@example.org"])
