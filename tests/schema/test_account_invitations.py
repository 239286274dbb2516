"""Invitations to an account over GraphQL: invite, preview, accept, sign in; and who may."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest
from sqlalchemy import update
from sqlmodel import col, select

from server.accounts.models import AccountInvitation
from server.db import utcnow
from server.mail.models import OutboundEmail
from server.messaging.models import OutboundMessage
from server.orgs.models import Role
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, audit_rows, error_codes, make_person

INVITE = """
mutation($p: ID!, $c: Channel) { inviteToAccount(personId: $p, channel: $c) {
  invitation { id channel sentTo invitedByName status expiresAt acceptedAt revokedAt }
  errors { field code message } } }"""
REVOKE = """
mutation($id: ID!) { revokeAccountInvitation(id: $id) {
  invitation { id status } errors { code } } }"""
PREVIEW = """
query($t: String!) { accountInvitation(token: $t) { personName channel email expiresAt } }"""
ACCEPT = """
mutation($t: String!, $p: String!) { acceptAccountInvitation(token: $t, password: $p) {
  user { id email displayName person { id name } } errors { field code message } } }"""
ACCOUNT = """
query($id: ID!) { person(id: $id) { account {
  account { id email active twoFactorEnabled }
  invitations { status channel sentTo invitedByName } } } }"""
PASSWORD = "violet harbour lantern 59"


async def newcomer(runtime: Runtime, world: World, **contact: Any) -> int:
    return await make_person(
        runtime.db, org_id=world.kenya, role=Role.ORGANIZER, name="Maria Lopez", **contact
    )


async def last_link(runtime: Runtime, channel: str) -> str:
    async with runtime.db.read() as session:
        if channel == "EMAIL":
            text = (
                await session.exec(
                    select(OutboundEmail.text_body).order_by(col(OutboundEmail.id).desc())
                )
            ).first()
        else:
            text = (
                await session.exec(
                    select(OutboundMessage.body).order_by(col(OutboundMessage.id).desc())
                )
            ).first()
    assert text
    found = re.search(r"http://127\.0\.0\.1:8000/join/(pli_[A-Za-z0-9_-]+)", text)
    assert found, text
    return found.group(1)


class TestInviteAndAccept:
    async def test_an_invited_organizer_chooses_a_password_and_signs_in(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        person = await newcomer(runtime, world, email="maria@example.org")
        body = await gql.execute(INVITE, {"p": str(person)}, token=world.admin.token)
        invitation = body["data"]["inviteToAccount"]["invitation"]
        assert invitation["channel"] == "EMAIL" and invitation["status"] == "PENDING"
        assert invitation["sentTo"] == "m•••@example.org"
        assert invitation["invitedByName"] == "amina.admin"
        token = await last_link(runtime, "EMAIL")
        # The answer never carries the token.
        assert token not in str(body)
        preview = await gql.execute(PREVIEW, {"t": token})
        assert preview["data"]["accountInvitation"]["personName"] == "Maria Lopez"
        assert preview["data"]["accountInvitation"]["email"] == "maria@example.org"
        accepted = await gql.execute(ACCEPT, {"t": token, "p": PASSWORD})
        payload = accepted["data"]["acceptAccountInvitation"]
        assert payload["errors"] == []
        assert payload["user"]["person"] == {"id": str(person), "name": "Maria Lopez"}
        await gql.sign_in("maria@example.org", PASSWORD)
        me = await gql.execute("{ me { email roles { role } } }")
        assert me["data"]["me"] == {"email": "maria@example.org", "roles": [{"role": "ORGANIZER"}]}

    async def test_an_observer_invited_by_sms_gets_an_account_without_email(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        person = await newcomer(runtime, world, phones=["+254712000077"])
        body = await gql.execute(INVITE, {"p": str(person)}, token=world.admin.token)
        assert body["data"]["inviteToAccount"]["invitation"]["sentTo"] == "+254 •• •• •• 77"
        token = await last_link(runtime, "SMS")
        accepted = await gql.execute(ACCEPT, {"t": token, "p": PASSWORD})
        assert accepted["data"]["acceptAccountInvitation"]["user"]["email"] is None

    async def test_accepting_opens_no_session(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        person = await newcomer(runtime, world, email="maria@example.org")
        await gql.execute(INVITE, {"p": str(person)}, token=world.admin.token)
        token = await last_link(runtime, "EMAIL")
        response = await gql.http.post(
            "/graphql", json={"query": ACCEPT, "variables": {"t": token, "p": PASSWORD}}
        )
        assert "set-cookie" not in response.headers
        assert (await gql.execute("{ me { id } }"))["data"]["me"] is None

    async def test_a_spent_an_expired_a_revoked_and_an_unknown_link_answer_alike(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        answers = []
        spent = await newcomer(runtime, world, email="maria@example.org")
        await gql.execute(INVITE, {"p": str(spent)}, token=world.admin.token)
        token = await last_link(runtime, "EMAIL")
        await gql.execute(ACCEPT, {"t": token, "p": PASSWORD})
        answers.append(await gql.execute(ACCEPT, {"t": token, "p": PASSWORD}))
        expiring = await newcomer(runtime, world, email="eve@example.org")
        await gql.execute(INVITE, {"p": str(expiring)}, token=world.admin.token)
        token = await last_link(runtime, "EMAIL")
        async with runtime.db.transaction() as session:
            # Time moves by editing the row: the link expired a second ago.
            await session.exec(
                update(AccountInvitation)
                .where(col(AccountInvitation.person_id) == expiring)
                .values(expires_at=utcnow())
            )
        assert (await gql.execute(PREVIEW, {"t": token}))["data"]["accountInvitation"] is None
        answers.append(await gql.execute(ACCEPT, {"t": token, "p": PASSWORD}))
        revoked = await newcomer(runtime, world, email="rev@example.org")
        body = await gql.execute(INVITE, {"p": str(revoked)}, token=world.admin.token)
        token = await last_link(runtime, "EMAIL")
        invitation_id = body["data"]["inviteToAccount"]["invitation"]["id"]
        gone = await gql.execute(REVOKE, {"id": invitation_id}, token=world.admin.token)
        assert gone["data"]["revokeAccountInvitation"]["invitation"]["status"] == "REVOKED"
        answers.append(await gql.execute(ACCEPT, {"t": token, "p": PASSWORD}))
        answers.append(await gql.execute(ACCEPT, {"t": "pli_" + "x" * 43, "p": PASSWORD}))
        assert all(a == answers[0] for a in answers), answers
        assert answers[0]["data"]["acceptAccountInvitation"]["errors"][0]["code"] == (
            "invalid_token"
        )

    async def test_tokens_never_reach_the_logs(
        self, gql: GraphQLClient, runtime: Runtime, world: World, caplog: pytest.LogCaptureFixture
    ) -> None:
        # Everything our code and our libraries log at the level the app runs with (INFO);
        # database drivers' DEBUG output echoes statements and is never on in production.
        caplog.set_level(logging.INFO)
        person = await newcomer(runtime, world, phones=["+254712000077"])
        await gql.execute(INVITE, {"p": str(person)}, token=world.admin.token)
        await runtime.jobs.drain()  # type: ignore[attr-defined]
        token = await last_link(runtime, "SMS")
        await gql.execute(PREVIEW, {"t": token})
        await gql.execute(ACCEPT, {"t": token, "p": "weak"})
        await gql.execute(ACCEPT, {"t": token, "p": PASSWORD})
        logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
        assert caplog.records and token not in logged
        audited = " ".join(repr(row) for row in await audit_rows(runtime.db))
        assert token not in audited


class TestWhoMayInvite:
    async def test_others_get_the_answer_of_a_missing_person(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        person = await newcomer(runtime, world, email="maria@example.org")
        missing = await gql.execute(INVITE, {"p": "99999"}, token=world.admin.token)
        assert error_codes(missing) == ["NOT_FOUND"]
        for token in (world.ghana_admin.token, world.organizer.token, world.coordinator.token):
            body = await gql.execute(INVITE, {"p": str(person)}, token=token)
            assert error_codes(body) == ["NOT_FOUND"]
            assert body["errors"][0]["message"] == missing["errors"][0]["message"]
        async with runtime.db.read() as session:
            assert (await session.exec(select(AccountInvitation))).all() == []

    async def test_a_person_with_an_account_is_a_field_error(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            INVITE, {"p": str(world.observer.person_id)}, token=world.admin.token
        )
        assert [e["code"] for e in body["data"]["inviteToAccount"]["errors"]] == ["has_account"]

    async def test_network_admins_and_superusers_invite_too(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        person = await newcomer(runtime, world, email="maria@example.org")
        for token in (world.network_admin.token, world.root):
            body = await gql.execute(INVITE, {"p": str(person)}, token=token)
            assert body["data"]["inviteToAccount"]["errors"] == [], body

    async def test_inviting_is_audited_without_secrets(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        person = await newcomer(runtime, world, email="maria@example.org")
        await gql.execute(INVITE, {"p": str(person)}, token=world.admin.token)
        token = await last_link(runtime, "EMAIL")
        await gql.execute(ACCEPT, {"t": token, "p": PASSWORD})
        actions = [(r.action, r.actor_user_id) for r in await audit_rows(runtime.db)]
        assert ("account.invitation_sent", world.admin.user_id) in actions
        assert any(a == "account.invitation_accepted" for a, _ in actions)


class TestPersonAccount:
    async def test_admins_see_the_account_and_invitations_others_see_null(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        person = await newcomer(runtime, world, email="maria@example.org")
        await gql.execute(INVITE, {"p": str(person)}, token=world.admin.token)
        await gql.execute(INVITE, {"p": str(person)}, token=world.admin.token)
        seen = await gql.execute(ACCOUNT, {"id": str(person)}, token=world.admin.token)
        status = seen["data"]["person"]["account"]
        assert status["account"] is None
        assert [i["status"] for i in status["invitations"]] == ["PENDING", "REVOKED"]
        for token in (world.coordinator.token, world.organizer.token):
            body = await gql.execute(ACCOUNT, {"id": str(person)}, token=token)
            assert body["data"]["person"]["account"] is None
        observer = await gql.execute(
            ACCOUNT, {"id": str(world.observer.person_id)}, token=world.admin.token
        )
        account = observer["data"]["person"]["account"]["account"]
        assert account["email"] == "obi.observer@example.org" and account["active"] is True
