"""Event invitations over GraphQL: a guest invited by email opens the link, gets an account,
registers; organizers list, revoke and resend; nobody else sees them; tokens are never logged."""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from typing import Any

import pytest
from sqlmodel import col, select

from server.db import utcnow
from server.events import service
from server.events.inputs import EventInput
from server.events.models import EventKind, Visibility
from server.mail.models import OutboundEmail
from server.runtime import Runtime
from tests.conftest import ROOT, GraphQLClient
from tests.schema.conftest import World, audit_rows, issue_session

SEND = """
mutation($e: ID!, $p: ID, $m: String, $n: String) {
  sendEventInvitation(eventId: $e, personId: $p, email: $m, guestName: $n) {
    invitation { id status inviteeName channel sentTo } alreadyPending
    errors { field code message } } }"""
LIST = "query($e: ID!) { event(id: $e) { invitations { id status inviteeName sentTo usedAt } } }"
PREVIEW = """
query($t: String!) { eventInvitation(token: $t) {
  eventId title hostName timeZone localStart online inviteeName accountEmail canOpenAccount
  venue { name city } } }"""
OPEN = """
mutation($t: String!, $n: String!, $p: String!) {
  openAccountWithInvitation(token: $t, name: $n, password: $p) {
    user { id email } errors { field code } } }"""
ACCEPT = """
mutation($t: String!) { acceptInvitation(token: $t) {
  registration { id status eventId } errors { code } } }"""
REVOKE = """
mutation($id: ID!) { revokeEventInvitation(id: $id) { invitation { status } errors { code } } }"""
RESEND = """
mutation($id: ID!) { resendEventInvitation(id: $id) {
  invitation { id status } errors { code } } }"""
PASSWORD = "violet harbour lantern 59"
GUEST = "gita@guest.example"


async def invite_only_event(runtime: Runtime, world: World) -> str:
    """A published invite-only meeting of Kenya Forum a month from now."""
    start = utcnow().replace(microsecond=0) + timedelta(days=30)
    async with runtime.db.transaction() as session:
        event = await service.create_event(
            session,
            principal=ROOT,
            host_organization_id=world.kenya,
            data=EventInput(
                kind=EventKind.MEETING,
                title="Closed roundtable",
                time_zone="Africa/Nairobi",
                starts_at=start,
                ends_at=start + timedelta(hours=3),
                visibility=Visibility.INVITE_ONLY,
            ),
        )
        assert event.id is not None
        await service.publish_event(session, principal=ROOT, event_id=event.id)
    return str(event.id)


async def last_token(runtime: Runtime) -> str:
    async with runtime.db.read() as session:
        body = (
            await session.exec(
                select(OutboundEmail.text_body).order_by(col(OutboundEmail.id).desc())
            )
        ).first()
    assert body is not None
    found = re.search(r"/invitations/(pli_[A-Za-z0-9_-]+)", body)
    assert found is not None
    return found.group(1)


async def send(gql: GraphQLClient, world: World, event: str, **variables: Any) -> dict[str, Any]:
    body = await gql.execute(SEND, {"e": event, **variables}, token=world.organizer.token)
    payload: dict[str, Any] = body["data"]["sendEventInvitation"]
    return payload


class TestGuestPath:
    async def test_a_guest_sees_the_event_gets_an_account_and_registers(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        event = await invite_only_event(runtime, world)
        sent = await send(gql, world, event, m=GUEST, n="Gita Guest")
        assert sent["errors"] == [] and sent["invitation"]["status"] == "PENDING"
        assert sent["invitation"]["sentTo"] == "g•••@guest.example"
        token = await last_token(runtime)

        shown = (await gql.execute(PREVIEW, {"t": token}))["data"]["eventInvitation"]
        assert shown["title"] == "Closed roundtable" and shown["hostName"] == "Kenya Forum"
        assert shown["timeZone"] == "Africa/Nairobi" and shown["localStart"].endswith("+03:00")
        assert shown["canOpenAccount"] and shown["accountEmail"] == GUEST

        opened = await gql.execute(OPEN, {"t": token, "n": "Gita Guest", "p": PASSWORD})
        user = opened["data"]["openAccountWithInvitation"]["user"]
        assert user["email"] == GUEST
        guest = await issue_session(runtime.db, int(user["id"]))
        accepted = await gql.execute(ACCEPT, {"t": token}, token=guest)
        registration = accepted["data"]["acceptInvitation"]["registration"]
        assert registration["status"] == "REGISTERED" and registration["eventId"] == event
        # A retried accept answers with the same place.
        again = await gql.execute(ACCEPT, {"t": token}, token=guest)
        assert again["data"]["acceptInvitation"]["registration"]["id"] == registration["id"]

        listed = await gql.execute(LIST, {"e": event}, token=world.organizer.token)
        [row] = listed["data"]["event"]["invitations"]
        assert row["status"] == "USED" and row["inviteeName"] == "Gita Guest"
        # The used link now answers like any dead one.
        assert (await gql.execute(PREVIEW, {"t": token}))["data"]["eventInvitation"] is None

    async def test_dead_links_all_answer_null(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        event = await invite_only_event(runtime, world)
        sent = await send(gql, world, event, m=GUEST)
        first = await last_token(runtime)
        resent = await gql.execute(
            RESEND, {"id": sent["invitation"]["id"]}, token=world.organizer.token
        )
        new = resent["data"]["resendEventInvitation"]["invitation"]
        assert new["status"] == "PENDING" and new["id"] != sent["invitation"]["id"]
        second = await last_token(runtime)
        revoked = await gql.execute(REVOKE, {"id": new["id"]}, token=world.organizer.token)
        assert revoked["data"]["revokeEventInvitation"]["invitation"]["status"] == "REVOKED"
        for token in (first, second, "pli_" + "x" * 43):
            body = await gql.execute(PREVIEW, {"t": token})
            assert body == {"data": {"eventInvitation": None}}


class TestWhoMay:
    async def test_other_organizations_see_no_invitations_and_cannot_send(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        event = await invite_only_event(runtime, world)
        await send(gql, world, event, m=GUEST)
        # Ghana's admin cannot see the invite-only event at all, like a missing one.
        listed = await gql.execute(LIST, {"e": event}, token=world.ghana_admin.token)
        absent = await gql.execute(LIST, {"e": "987654"}, token=world.ghana_admin.token)
        assert listed == absent and "invitations" not in str(listed)
        body = await gql.execute(
            SEND, {"e": event, "m": "x@example.org"}, token=world.ghana_admin.token
        )
        missing = await gql.execute(
            SEND, {"e": "987654", "m": "x@example.org"}, token=world.ghana_admin.token
        )
        assert body == missing


class TestLogs:
    async def test_tokens_never_reach_the_logs(
        self, gql: GraphQLClient, runtime: Runtime, world: World, caplog: pytest.LogCaptureFixture
    ) -> None:
        # What our code and libraries log at the app's level (INFO); drivers' DEBUG output
        # echoes statements and is never on in production.
        caplog.set_level(logging.INFO)
        event = await invite_only_event(runtime, world)
        await send(gql, world, event, m=GUEST)
        await runtime.jobs.drain()  # type: ignore[attr-defined]
        token = await last_token(runtime)
        await gql.execute(PREVIEW, {"t": token})
        await gql.execute(OPEN, {"t": token, "n": "Gita", "p": "weak"})
        opened = await gql.execute(OPEN, {"t": token, "n": "Gita", "p": PASSWORD})
        guest = await issue_session(
            runtime.db, int(opened["data"]["openAccountWithInvitation"]["user"]["id"])
        )
        await gql.execute(ACCEPT, {"t": token}, token=guest)
        logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
        assert caplog.records and token not in logged
        assert token not in " ".join(repr(row) for row in await audit_rows(runtime.db))
