"""Event invitations sent by email or SMS: listed, revoked, resent, previewed and opened."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlmodel import col, select

from server.accounts.access import Principal
from server.accounts.models import User
from server.db import Database
from server.events.models import EventStatus, Visibility
from server.kit.errors import Forbidden, InvalidInput, NotFound
from server.mail.models import OutboundEmail
from server.messaging.models import OutboundMessage
from server.messaging.outbox import MessagePolicy, Outbox
from server.orgs.models import Channel, Role
from server.registrations import opening, sending, service
from server.registrations.models import Invitation, Registration, RegistrationStatus
from server.registrations.sending import InvitationStatus
from tests.schema.conftest import make_person
from tests.server.registrations.conftest import NOW, Setup, make_event, outbox

TOKEN = re.compile(r"/invitations/(pli_[A-Za-z0-9_-]+)")
GUEST = "Guest.Person@Example.org"


async def send(db: Database, setup: Setup, event: int, **kwargs: object) -> sending.Sent:
    async with db.transaction() as session:
        return await sending.send_invitation(
            session,
            principal=setup.organizer.principal,
            outbox=outbox(),
            event_id=event,
            now=NOW,
            **kwargs,  # type: ignore[arg-type]
        )


async def emails(db: Database) -> list[OutboundEmail]:
    async with db.read() as session:
        return list(
            (await session.exec(select(OutboundEmail).order_by(col(OutboundEmail.id)))).all()
        )


async def texts(db: Database) -> list[OutboundMessage]:
    async with db.read() as session:
        rows = await session.exec(select(OutboundMessage).order_by(col(OutboundMessage.id)))
        return list(rows.all())


def token_in(body: str) -> str:
    found = TOKEN.search(body)
    assert found is not None, body
    return found.group(1)


async def preview(
    db: Database, token: str, *, minutes: int = 0
) -> opening.InvitationPreview | None:
    async with db.read() as session:
        return await opening.preview_invitation(
            session, token=token, now=NOW + timedelta(minutes=minutes)
        )


async def open_account(db: Database, token: str, *, name: str = "Gita Guest") -> User:
    async with db.transaction() as session:
        return await opening.open_account(
            session, token=token, name=name, password="violet-harbour-lantern-42", now=NOW
        )


async def accept(db: Database, principal: Principal, token: str) -> Registration:
    async with db.transaction() as session:
        return await service.accept_invitation(
            session, principal=principal, token=token, now=NOW, outbox=outbox()
        )


def codes(error: InvalidInput) -> list[tuple[str | None, str]]:
    return [(p.field, p.code) for p in error.problems]


class TestSending:
    async def test_a_guest_gets_an_email_with_a_link_and_the_table_keeps_no_token(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        sent = await send(db, setup, event, email=GUEST, guest_name="Gita Guest")
        assert not sent.already_pending
        assert sent.invitation.channel is Channel.EMAIL
        assert sent.invitation.sent_to == "G•••@Example.org"
        [mail] = await emails(db)
        assert mail.to == GUEST and mail.template == "event_invitation"
        token = token_in(mail.text_body)
        assert token not in (sent.invitation.token_hash or "")
        # Fixed words: the organizers' title is on the page the link opens, not in the mail.
        assert "Forum on civic space" not in mail.text_body

    async def test_a_person_of_the_network_gets_an_sms_charged_to_the_host(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host)
        attendee = setup.attendees[0]
        sent = await send(db, setup, event, person_id=attendee.person_id, channel=Channel.SMS)
        [message] = await texts(db)
        assert message.to == attendee.phone
        assert message.organization_id == setup.host
        assert sent.invitation.sent_to == "+254 •• •• •• 01"
        assert token_in(message.body)

    async def test_sending_again_while_pending_returns_the_same_and_sends_nothing(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host)
        first = await send(db, setup, event, email=GUEST)
        again = await send(db, setup, event, email=GUEST.lower())
        assert again.already_pending and again.invitation.id == first.invitation.id
        assert len(await emails(db)) == 1

    async def test_an_outsider_is_told_no_such_event_as_for_a_missing_one(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host)
        for target in (event, 987654):
            with pytest.raises(NotFound) as raised:
                async with db.transaction() as session:
                    await sending.send_invitation(
                        session,
                        principal=setup.outsider.principal,
                        outbox=outbox(),
                        event_id=target,
                        email=GUEST,
                        now=NOW,
                    )
            assert raised.value.message == "No such event."
        assert await emails(db) == []

    async def test_people_of_other_organizations_are_no_such_person(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host)
        with pytest.raises(InvalidInput) as raised:
            await send(db, setup, event, person_id=setup.outsider.person_id)
        assert codes(raised.value) == [("personId", "not_found")]

    async def test_bad_input_gets_specific_errors(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host)
        with pytest.raises(InvalidInput) as raised:
            await send(db, setup, event, email="not-an-address")
        assert codes(raised.value) == [("email", "invalid")]
        with pytest.raises(InvalidInput) as raised:
            await send(db, setup, event)
        assert codes(raised.value) == [(None, "no_invitee")]
        with pytest.raises(InvalidInput) as raised:
            # The organizer has a phone but no email on file.
            await send(
                db, setup, event, person_id=setup.attendees[1].person_id, channel=Channel.EMAIL
            )
        assert codes(raised.value) == [("channel", "no_address")]


class TestRefusals:
    async def test_a_draft_cannot_be_invited_to(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host, status=EventStatus.DRAFT)
        with pytest.raises(InvalidInput) as raised:
            await send(db, setup, event, email=GUEST)
        assert codes(raised.value) == [("eventId", "draft")]

    async def test_an_sms_beyond_the_host_budget_changes_nothing(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host)
        spent = Outbox(gateway="outbox", policy=MessagePolicy(budget_per_organization=0))
        with pytest.raises(InvalidInput):
            async with db.transaction() as session:
                await sending.send_invitation(
                    session,
                    principal=setup.organizer.principal,
                    outbox=spent,
                    event_id=event,
                    person_id=setup.attendees[0].person_id,
                    channel=Channel.SMS,
                    now=NOW,
                )
        async with db.read() as session:
            assert (await session.exec(select(Invitation))).all() == []
        assert await texts(db) == []


class TestRevokeAndResend:
    async def test_a_revoked_link_stops_working_at_once(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        sent = await send(db, setup, event, email="attendee.1@example.org")
        token = token_in((await emails(db))[0].text_body)
        assert await preview(db, token) is not None
        async with db.transaction() as session:
            revoked = await sending.revoke_invitation(
                session,
                principal=setup.organizer.principal,
                invitation_id=sent.invitation.id or 0,
                now=NOW,
            )
        assert sending.status_of(revoked, NOW) is InvitationStatus.REVOKED
        assert await preview(db, token) is None
        with pytest.raises(InvalidInput) as raised:
            await accept(db, setup.attendees[0].principal, token)
        assert codes(raised.value) == [("token", "revoked")]

    async def test_outsiders_cannot_revoke_or_resend(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host)
        sent = await send(db, setup, event, email=GUEST)
        for target in (sent.invitation.id or 0, 987654):
            with pytest.raises(NotFound) as raised:
                async with db.transaction() as session:
                    await sending.revoke_invitation(
                        session, principal=setup.outsider.principal, invitation_id=target, now=NOW
                    )
            assert raised.value.message == "No such invitation."
            with pytest.raises(NotFound):
                async with db.transaction() as session:
                    await sending.resend_invitation(
                        session,
                        principal=setup.outsider.principal,
                        outbox=outbox(),
                        invitation_id=target,
                        now=NOW,
                    )
        async with db.read() as session:
            stored = await session.get(Invitation, sent.invitation.id)
        assert stored is not None and stored.revoked_at is None
        assert len(await emails(db)) == 1

    async def test_an_api_token_sends_and_resends_nothing(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host)
        sent = await send(db, setup, event, email=GUEST)
        organizer = setup.organizer.principal
        token = Principal(
            person_id=organizer.person_id, api_token_id=1, roles=dict(organizer.roles)
        )
        with pytest.raises(Forbidden):
            async with db.transaction() as session:
                await sending.send_invitation(
                    session,
                    principal=token,
                    outbox=outbox(),
                    event_id=event,
                    now=NOW,
                    email="b@example.org",
                )
        with pytest.raises(Forbidden):
            async with db.transaction() as session:
                await sending.resend_invitation(
                    session,
                    principal=token,
                    outbox=outbox(),
                    invitation_id=sent.invitation.id or 0,
                    now=NOW,
                )
        assert len(await emails(db)) == 1

    async def test_resending_makes_a_new_link_once_and_revokes_the_old(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host)
        sent = await send(db, setup, event, email=GUEST)
        old_token = token_in((await emails(db))[0].text_body)

        async def resend() -> Invitation:
            async with db.transaction() as session:
                return await sending.resend_invitation(
                    session,
                    principal=setup.organizer.principal,
                    outbox=outbox(),
                    invitation_id=sent.invitation.id or 0,
                    now=NOW,
                )

        new = await resend()
        again = await resend()
        assert again.id == new.id != sent.invitation.id
        mails = await emails(db)
        assert len(mails) == 2
        assert await preview(db, old_token) is None
        assert await preview(db, token_in(mails[1].text_body)) is not None


class TestListing:
    async def test_organizers_see_every_status_with_names(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host)
        used = await send(db, setup, event, person_id=setup.attendees[0].person_id)
        await accept(db, setup.attendees[0].principal, token_in((await texts(db))[0].body))
        revoked = await send(db, setup, event, email="revoked@example.org")
        async with db.transaction() as session:
            await sending.revoke_invitation(
                session,
                principal=setup.organizer.principal,
                invitation_id=revoked.invitation.id or 0,
                now=NOW,
            )
        pending = await send(db, setup, event, email=GUEST, guest_name="Gita Guest")
        async with db.read() as session:
            rows = await sending.list_invitations(
                session, principal=setup.organizer.principal, event_id=event, now=NOW
            )
            later = await sending.list_invitations(
                session,
                principal=setup.organizer.principal,
                event_id=event,
                now=NOW + timedelta(days=60),
            )
            with pytest.raises(NotFound):
                await sending.list_invitations(
                    session, principal=setup.outsider.principal, event_id=event, now=NOW
                )
        by_id = {r.invitation.id: (r.status, r.name) for r in rows}
        assert by_id == {
            used.invitation.id: (InvitationStatus.USED, "Attendee 1"),
            revoked.invitation.id: (InvitationStatus.REVOKED, None),
            pending.invitation.id: (InvitationStatus.PENDING, "Gita Guest"),
        }
        # After the event has ended the pending one reads as expired.
        assert {r.invitation.id: r.status for r in later}[pending.invitation.id] is (
            InvitationStatus.EXPIRED
        )


class TestOpening:
    async def test_the_preview_shows_the_event_and_host_and_nothing_for_dead_links(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        await send(db, setup, event, email=GUEST, guest_name="Gita Guest")
        token = token_in((await emails(db))[0].text_body)
        shown = await preview(db, token)
        assert shown is not None
        assert shown.event.title == "Forum on civic space" and shown.host_name == "Kenya Forum"
        assert shown.invitee_name == "Gita Guest" and shown.can_open_account
        assert shown.account_email == GUEST
        assert await preview(db, token + "x") is None
        assert await preview(db, token, minutes=60 * 24 * 60) is None  # expired

    async def test_a_guest_opens_an_account_then_registers_once(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        await send(db, setup, event, email=GUEST)
        token = token_in((await emails(db))[0].text_body)
        user = await open_account(db, token)
        assert user.email == GUEST.lower() and user.person_id is not None
        with pytest.raises(InvalidInput) as raised:
            await open_account(db, token)
        assert codes(raised.value) == [("token", "has_account")]
        guest = Principal(user_id=user.id, person_id=user.person_id, roles={})
        first = await accept(db, guest, token)
        again = await accept(db, guest, token)  # a retried request
        assert first.status is RegistrationStatus.REGISTERED and again.id == first.id
        shown = await preview(db, token)
        assert shown is None  # used

    async def test_a_hand_made_link_bound_to_an_email_opens_no_account(
        self, db: Database, setup: Setup
    ) -> None:
        # createInvitation returns the token to the organizer (or an API token): opening an
        # account with it would give them one under an address they need not own.
        event = await make_event(db, setup.host)
        async with db.transaction() as session:
            _, token = await service.create_invitation(
                session, principal=setup.organizer.principal, event_id=event, email=GUEST
            )
        shown = await preview(db, token)
        assert shown is not None and not shown.can_open_account
        with pytest.raises(InvalidInput):
            await open_account(db, token)
        async with db.read() as session:
            assert (
                await session.exec(select(User).where(User.email == GUEST.lower()))
            ).first() is None

    async def test_a_person_invited_by_sms_opens_an_account_that_signs_in_by_phone(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host)
        newcomer = await make_person(
            db, org_id=setup.host, role=Role.OBSERVER, name="Nia Newcomer", phones=["+254712000199"]
        )
        await send(db, setup, event, person_id=newcomer)
        token = token_in((await texts(db))[0].body)
        shown = await preview(db, token)
        assert shown is not None and shown.can_open_account and shown.account_email is None
        user = await open_account(db, token, name="")
        assert user.person_id == newcomer and user.email is None
