"""Invitations to an account, at the service: who may invite, single use, expiry, no relinking."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func
from sqlmodel import col, select

from server.accounts import invitations, passwords
from server.accounts.access import Principal
from server.accounts.models import AccountInvitation, User
from server.db import Database
from server.kit.errors import Forbidden, InvalidInput, NotFound, RateLimited
from server.kit.ratelimit import MemoryRateLimiter
from server.mail.models import OutboundEmail
from server.messaging.models import OutboundMessage
from server.messaging.outbox import Outbox
from server.orgs.models import Channel, OrganizationKind, Person, Role
from tests.conftest import PASSWORD
from tests.schema.conftest import add_role, make_account, make_org, make_person

TTL = timedelta(days=7)
NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
NEW_PASSWORD = "violet harbour lantern 59"


@dataclass(frozen=True)
class Setup:
    org: int
    other_org: int
    admin: Principal
    other_admin: Principal
    maria: int  # a person with an email and a phone, no account


@pytest.fixture
async def setup(db: Database) -> Setup:
    network = await make_org(db, "Net", kind=OrganizationKind.NETWORK_SECRETARIAT)
    org = await make_org(db, "Kenya Forum", parent_id=network)
    other = await make_org(db, "Ghana Watch", parent_id=network)
    maria = await make_person(
        db,
        org_id=org,
        role=Role.ORGANIZER,
        name="Maria Lopez",
        email="maria@example.org",
        phones=["+254712000099"],
    )
    return Setup(
        org=org,
        other_org=other,
        admin=Principal(user_id=await make_account(db, email="a@x.org"), roles={org: Role.ADMIN}),
        other_admin=Principal(
            user_id=await make_account(db, email="b@x.org"), roles={other: Role.ADMIN}
        ),
        maria=maria,
    )


def link_token(text: str, path: str) -> str:
    found = re.search(rf"/{path}/(pli_[A-Za-z0-9_-]+)", text)
    assert found, text
    return found.group(1)


async def invite(
    db: Database,
    principal: Principal,
    person_id: int,
    *,
    channel: Channel | None = None,
    now: datetime = NOW,
) -> tuple[AccountInvitation, str]:
    """Invite and return the invitation and the token from the stored message."""
    outbox = Outbox(gateway="outbox")
    async with db.transaction() as session:
        row = await invitations.invite_to_account(
            session,
            principal=principal,
            outbox=outbox,
            person_id=person_id,
            channel=channel,
            ttl=TTL,
            now=now,
        )
    async with db.read() as session:
        if row.invitation.channel is Channel.EMAIL:
            text = (await session.get(OutboundEmail, outbox.email_ids[-1])).text_body  # type: ignore[union-attr]
        else:
            text = (await session.get(OutboundMessage, outbox.message_ids[-1])).body  # type: ignore[union-attr]
    return row.invitation, link_token(text, "join")


async def accept(db: Database, token: str, *, now: datetime = NOW) -> User:
    async with db.transaction() as session:
        return await invitations.accept_account_invitation(
            session, token=token, password=NEW_PASSWORD, now=now
        )


def codes(error: InvalidInput) -> list[str]:
    return [p.code for p in error.problems]


class TestInviteToAccount:
    async def test_an_email_invitation_stores_a_masked_address_and_sends_the_link(
        self, db: Database, setup: Setup
    ) -> None:
        invitation, token = await invite(db, setup.admin, setup.maria, channel=Channel.EMAIL)
        assert invitation.sent_to == "m•••@example.org"
        assert invitation.expires_at == NOW + TTL
        # Only the digest is stored.
        assert token not in repr(invitation)
        async with db.read() as session:
            email = (await session.exec(select(OutboundEmail))).one()
        assert email.to == "maria@example.org"
        assert token not in email.subject

    async def test_an_sms_invitation_goes_to_the_persons_number(
        self, db: Database, setup: Setup
    ) -> None:
        invitation, token = await invite(db, setup.admin, setup.maria, channel=Channel.SMS)
        assert invitation.sent_to == "+254 •• •• •• 99"
        async with db.read() as session:
            message = (await session.exec(select(OutboundMessage))).one()
        assert message.to == "+254712000099"
        assert message.organization_id is None
        assert f"/join/{token}" in message.body

    async def test_without_a_channel_the_persons_preference_is_used(
        self, db: Database, setup: Setup
    ) -> None:
        # People prefer SMS by default; a person with only an email gets an email.
        invitation, _ = await invite(db, setup.admin, setup.maria)
        assert invitation.channel is Channel.SMS
        only_email = await make_person(
            db, org_id=setup.org, role=Role.OBSERVER, name="Ema", email="ema@example.org"
        )
        invitation, _ = await invite(db, setup.admin, only_email)
        assert invitation.channel is Channel.EMAIL

    async def test_a_channel_without_an_address_is_a_field_error(
        self, db: Database, setup: Setup
    ) -> None:
        no_phone = await make_person(
            db, org_id=setup.org, role=Role.OBSERVER, name="Ema", email="ema@example.org"
        )
        with pytest.raises(InvalidInput) as refused:
            await invite(db, setup.admin, no_phone, channel=Channel.SMS)
        assert codes(refused.value) == ["no_address"]

    async def test_a_new_invitation_revokes_the_older_pending_one(
        self, db: Database, setup: Setup
    ) -> None:
        first, old_token = await invite(db, setup.admin, setup.maria)
        await invite(db, setup.admin, setup.maria, now=NOW + timedelta(hours=1))
        async with db.read() as session:
            assert (await session.get(AccountInvitation, first.id)).revoked_at is not None  # type: ignore[union-attr]
        with pytest.raises(InvalidInput) as refused:
            await accept(db, old_token, now=NOW + timedelta(hours=2))
        assert codes(refused.value) == ["invalid_token"]

    async def test_a_person_with_an_account_is_not_invited(
        self, db: Database, setup: Setup
    ) -> None:
        await make_account(db, email="maria@example.org", person_id=setup.maria)
        with pytest.raises(InvalidInput) as refused:
            await invite(db, setup.admin, setup.maria)
        assert codes(refused.value) == ["has_account"]

    async def test_people_one_does_not_manage_are_missing(self, db: Database, setup: Setup) -> None:
        with pytest.raises(NotFound) as hidden:
            await invite(db, setup.other_admin, setup.maria)
        with pytest.raises(NotFound) as missing:
            await invite(db, setup.other_admin, 999_999)
        assert hidden.value.message == missing.value.message == "No such person."

    async def test_a_person_with_a_role_elsewhere_needs_an_admin_of_every_organization(
        self, db: Database, setup: Setup
    ) -> None:
        # The account would carry the Ghana role too, which this admin does not manage.
        await add_role(db, person_id=setup.maria, org_id=setup.other_org, role=Role.ADMIN)
        with pytest.raises(InvalidInput) as refused:
            await invite(db, setup.admin, setup.maria)
        assert codes(refused.value) == ["not_all_organizations"]

    async def test_api_tokens_do_not_invite(self, db: Database, setup: Setup) -> None:
        token = Principal(api_token_id=1, roles={setup.org: Role.ADMIN})
        with pytest.raises(Forbidden):
            await invite(db, token, setup.maria)

    async def test_an_inviter_is_limited_per_window(self, db: Database, setup: Setup) -> None:
        limit = invitations.InvitationLimit(
            limiter=MemoryRateLimiter(clock=lambda: 1_800_000_000.0),
            per_window=2,
            window_seconds=60,
        )
        for _ in range(2):
            async with db.transaction() as session:
                await invitations.invite_to_account(
                    session,
                    principal=setup.admin,
                    outbox=Outbox(gateway="outbox"),
                    person_id=setup.maria,
                    ttl=TTL,
                    limit=limit,
                )
        with pytest.raises(RateLimited):
            async with db.transaction() as session:
                await invitations.invite_to_account(
                    session,
                    principal=setup.admin,
                    outbox=Outbox(gateway="outbox"),
                    person_id=setup.maria,
                    ttl=TTL,
                    limit=limit,
                )


class TestAcceptAccountInvitation:
    async def test_accepting_opens_an_account_linked_to_the_person(
        self, db: Database, setup: Setup
    ) -> None:
        _, token = await invite(db, setup.admin, setup.maria, channel=Channel.EMAIL)
        user = await accept(db, token)
        assert (user.person_id, user.email, user.display_name) == (
            setup.maria,
            "maria@example.org",
            "Maria Lopez",
        )
        async with db.read() as session:
            row = await session.get(AccountInvitation, 1)
        assert row is not None and row.accepted_user_id == user.id

    async def test_an_account_from_an_sms_invitation_has_no_email(
        self, db: Database, setup: Setup
    ) -> None:
        _, token = await invite(db, setup.admin, setup.maria, channel=Channel.SMS)
        assert (await accept(db, token)).email is None

    async def test_a_link_works_once(self, db: Database, setup: Setup) -> None:
        _, token = await invite(db, setup.admin, setup.maria)
        await accept(db, token)
        with pytest.raises(InvalidInput) as refused:
            await accept(db, token)
        assert codes(refused.value) == ["invalid_token"]

    async def test_unknown_expired_and_revoked_links_answer_alike(
        self, db: Database, setup: Setup
    ) -> None:
        invitation, token = await invite(db, setup.admin, setup.maria)
        answers = []
        for bad, now in (
            ("pli_unknown", NOW),
            (token, NOW + TTL),  # expired at exactly the end
        ):
            with pytest.raises(InvalidInput) as refused:
                await accept(db, bad, now=now)
            answers.append(refused.value.problems)
        async with db.transaction() as session:
            await invitations.revoke_account_invitation(
                session, principal=setup.admin, invitation_id=invitation.id or 0
            )
        with pytest.raises(InvalidInput) as revoked:
            await accept(db, token)
        assert answers[0] == answers[1] == revoked.value.problems

    async def test_the_preview_spends_nothing(self, db: Database, setup: Setup) -> None:
        _, token = await invite(db, setup.admin, setup.maria, channel=Channel.EMAIL)
        for _ in range(2):
            async with db.read() as session:
                preview = await invitations.preview_invitation(session, token=token, now=NOW)
            assert preview is not None
            assert (preview.person_name, preview.email) == ("Maria Lopez", "maria@example.org")
        await accept(db, token)
        async with db.read() as session:
            assert await invitations.preview_invitation(session, token=token, now=NOW) is None

    async def test_a_weak_password_is_refused_and_the_link_still_works(
        self, db: Database, setup: Setup
    ) -> None:
        _, token = await invite(db, setup.admin, setup.maria)
        for weak, code in (("short", "too_short"), ("maria lopez 2027", "too_weak")):
            with pytest.raises(InvalidInput) as refused:
                async with db.transaction() as session:
                    await invitations.accept_account_invitation(
                        session, token=token, password=weak, now=NOW
                    )
            assert codes(refused.value) == [code]
        await accept(db, token)

    async def test_an_emailed_link_fails_once_the_persons_email_changed(
        self, db: Database, setup: Setup
    ) -> None:
        _, token = await invite(db, setup.admin, setup.maria, channel=Channel.EMAIL)
        async with db.transaction() as session:
            person = await session.get(Person, setup.maria)
            assert person is not None
            person.email = "someone.else@example.org"
        with pytest.raises(InvalidInput) as refused:
            await accept(db, token)
        assert codes(refused.value) == ["invalid_token"]

    async def test_an_email_taken_by_another_account_changes_nothing(
        self, db: Database, setup: Setup
    ) -> None:
        _, token = await invite(db, setup.admin, setup.maria, channel=Channel.EMAIL)
        other = await make_account(db, email="maria@example.org")
        with pytest.raises(InvalidInput) as refused:
            await accept(db, token)
        assert codes(refused.value) == ["email_taken"]
        async with db.read() as session:
            owner = await session.scalar(select(User.person_id).where(User.id == other))
            spent = await session.scalar(select(AccountInvitation.accepted_at))
        assert owner is None and spent is None

    async def test_a_person_who_got_an_account_meanwhile_is_not_relinked(
        self, db: Database, setup: Setup
    ) -> None:
        _, token = await invite(db, setup.admin, setup.maria, channel=Channel.SMS)
        await make_account(db, email="m2@example.org", person_id=setup.maria)
        with pytest.raises(InvalidInput) as refused:
            await accept(db, token)
        assert codes(refused.value) == ["has_account"]

    async def test_two_simultaneous_acceptances_open_one_account(
        self, db: Database, setup: Setup
    ) -> None:
        _, token = await invite(db, setup.admin, setup.maria)
        results = await asyncio.gather(accept(db, token), accept(db, token), return_exceptions=True)
        opened = [r for r in results if isinstance(r, User)]
        assert len(opened) == 1, results
        async with db.read() as session:
            count = await session.scalar(
                select(func.count()).select_from(User).where(col(User.person_id) == setup.maria)
            )
        assert count == 1

    async def test_the_password_given_works(self, db: Database, setup: Setup) -> None:
        _, token = await invite(db, setup.admin, setup.maria)
        user = await accept(db, token)
        assert passwords.verify_password(user.password_hash, NEW_PASSWORD)
        assert not passwords.verify_password(user.password_hash, PASSWORD)


class TestRevokeAccountInvitation:
    async def test_others_are_told_there_is_no_such_invitation(
        self, db: Database, setup: Setup
    ) -> None:
        invitation, _ = await invite(db, setup.admin, setup.maria)
        messages = []
        for invitation_id in (invitation.id or 0, 999_999):
            with pytest.raises(NotFound) as hidden:
                async with db.transaction() as session:
                    await invitations.revoke_account_invitation(
                        session, principal=setup.other_admin, invitation_id=invitation_id
                    )
            messages.append(hidden.value.message)
        assert messages == ["No such invitation.", "No such invitation."]
