"""Invitations to invite-only events: created by managers, stored hashed, used once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from server.db import Database
from server.events.models import Visibility
from server.kit.errors import InvalidInput, NotFound
from server.kit.secrets import token_digest
from server.registrations import service
from server.registrations.models import Invitation, Registration, RegistrationStatus
from tests.server.registrations.conftest import NOW, Member, Setup, make_event, outbox


async def invite(
    db: Database, setup: Setup, event: int, **kwargs: object
) -> tuple[Invitation, str]:
    async with db.transaction() as session:
        return await service.create_invitation(
            session,
            principal=setup.organizer.principal,
            event_id=event,
            **kwargs,  # type: ignore[arg-type]
        )


async def accept(db: Database, member: Member, token: str, *, minutes: int = 0) -> Registration:
    async with db.transaction() as session:
        return await service.accept_invitation(
            session,
            principal=member.principal,
            token=token,
            now=NOW + timedelta(minutes=minutes),
            outbox=outbox(),
        )


def codes(error: InvalidInput) -> list[tuple[str | None, str]]:
    return [(p.field, p.code) for p in error.problems]


class TestInvitations:
    async def test_an_invitation_registers_the_person_who_accepts_it(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        # Bound to the guest's account email, written in another case.
        invitation, token = await invite(db, setup, event, email="Attendee.1@Example.ORG")
        assert token.startswith("pli_")
        registration = await accept(db, setup.attendees[0], token)
        assert registration.status is RegistrationStatus.REGISTERED
        async with db.read() as session:
            stored = await session.get(Invitation, invitation.id)
            hashes = (await session.exec(select(Invitation.token_hash))).all()
        assert stored is not None and stored.used_by_person_id == setup.attendees[0].person_id
        assert stored.used_at == NOW
        # Only the digest is stored, never the token itself.
        assert hashes == [token_digest(token)]

    async def test_an_invitation_works_only_once(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        _, token = await invite(db, setup, event)
        await accept(db, setup.attendees[0], token)
        with pytest.raises(InvalidInput) as raised:
            await accept(db, setup.attendees[1], token)
        assert codes(raised.value) == [("token", "used")]

    async def test_an_expired_invitation_is_refused(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        _, token = await invite(db, setup, event, expires_at=NOW + timedelta(days=1))
        with pytest.raises(InvalidInput) as raised:
            await accept(db, setup.attendees[0], token, minutes=24 * 60)
        assert codes(raised.value) == [("token", "expired")]

    async def test_an_unknown_token_is_refused(self, db: Database, setup: Setup) -> None:
        with pytest.raises(InvalidInput) as raised:
            await accept(db, setup.attendees[0], "pli_nope")
        assert codes(raised.value) == [("token", "invalid")]

    async def test_an_invitation_for_one_person_is_not_for_another(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        _, token = await invite(db, setup, event, person_id=setup.attendees[0].person_id)
        with pytest.raises(InvalidInput) as raised:
            await accept(db, setup.attendees[1], token)
        # Issue 7, finding 9: someone else holding the link learns nothing about it.
        assert codes(raised.value) == [("token", "invalid")]
        await accept(db, setup.attendees[0], token)

    async def test_only_managers_create_invitations(self, db: Database, setup: Setup) -> None:
        event = await make_event(db, setup.host)
        with pytest.raises(NotFound):
            async with db.transaction() as session:
                await service.create_invitation(
                    session, principal=setup.attendees[0].principal, event_id=event
                )

    async def test_after_accepting_the_person_may_cancel_and_come_back(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        _, token = await invite(db, setup, event)
        guest = setup.attendees[0]
        registration = await accept(db, guest, token)
        assert registration.id is not None
        async with db.transaction() as session:
            await service.cancel_registration(
                session,
                principal=guest.principal,
                registration_id=registration.id,
                now=NOW,
                outbox=outbox(),
            )
            back = await service.register(
                session, principal=guest.principal, event_id=event, now=NOW, outbox=outbox()
            )
        assert (back.id, back.status) == (registration.id, RegistrationStatus.REGISTERED)
