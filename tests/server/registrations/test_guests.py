"""Who an organizer may register, removed guests, and invitations bound to one person."""

from __future__ import annotations

import pytest
from sqlalchemy import func
from sqlmodel import select

from server.db import Database
from server.events.access import get_visible_event
from server.events.models import Visibility
from server.kit.errors import Forbidden, InvalidInput, NotFound
from server.messaging.models import OutboundMessage
from server.orgs import people
from server.orgs.models import Person
from server.registrations import service
from server.registrations.models import Invitation, Registration, RegistrationStatus
from tests.server.registrations.conftest import (
    NOW,
    Member,
    Setup,
    make_event,
    make_session,
    outbox,
    registration_count,
)
from tests.server.registrations.test_invitations import accept, codes, invite
from tests.server.registrations.test_register import register

MISSING_PERSON = [("personId", "not_found")]


async def refused_as_missing(db: Database, setup: Setup, event: int, person_id: int) -> str:
    with pytest.raises(InvalidInput) as raised:
        await register(db, setup.organizer, event, person_id=person_id)
    assert codes(raised.value) == MISSING_PERSON
    return str(raised.value)


async def cancel(db: Database, member: Member, registration_id: int | None) -> None:
    assert registration_id is not None
    async with db.transaction() as session:
        await service.cancel_registration(
            session,
            principal=member.principal,
            registration_id=registration_id,
            now=NOW,
            outbox=outbox(),
        )


async def sees(db: Database, member: Member, event: int) -> bool:
    async with db.read() as session:
        try:
            await get_visible_event(session, principal=member.principal, event_id=event)
        except NotFound:
            return False
    return True


async def message_count(db: Database) -> int:
    async with db.read() as session:
        return int(await session.scalar(select(func.count()).select_from(OutboundMessage)) or 0)


class TestWhoOrganizersRegister:
    """Issue 7, finding 5: organizers register only their own members or accepted invitees."""

    async def test_a_person_of_another_organization_answers_like_a_missing_one(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host)
        before = (await registration_count(db), await message_count(db))
        stranger = await refused_as_missing(db, setup, event, setup.outsider.person_id)
        missing = await refused_as_missing(db, setup, event, 999_999)
        assert stranger == missing
        # Nothing stored, nothing sent.
        assert (await registration_count(db), await message_count(db)) == before

    async def test_own_members_and_the_organizer_themselves_may_be_registered(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host)
        member = await register(db, setup.organizer, event, person_id=setup.attendees[0].person_id)
        own = await register(db, setup.organizer, event, person_id=setup.organizer.person_id)
        assert (member.status, own.status) == (RegistrationStatus.REGISTERED,) * 2

    async def test_someone_who_accepted_an_invitation_to_the_event_may_be_registered_again(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        _, token = await invite(db, setup, event)
        guest = await accept(db, setup.outsider, token)
        await cancel(db, setup.outsider, guest.id)
        back = await register(db, setup.organizer, event, person_id=setup.outsider.person_id)
        assert (back.id, back.status) == (guest.id, RegistrationStatus.REGISTERED)
        # An invitation to another event does not count for this one.
        other = await make_event(db, setup.host, title="Another forum")
        await refused_as_missing(db, setup, other, setup.outsider.person_id)

    async def test_invitations_bind_only_people_the_organizer_may_register(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        for person_id in (setup.outsider.person_id, 999_999):
            with pytest.raises(InvalidInput) as raised:
                await invite(db, setup, event, person_id=person_id)
            assert codes(raised.value) == MISSING_PERSON
        async with db.read() as session:
            assert (await session.exec(select(Invitation))).all() == []


class TestRemovedGuests:
    """Issue 7, finding 6: a guest an organizer removed stays out until invited again."""

    async def _removed_guest(self, db: Database, setup: Setup) -> tuple[int, Registration]:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        _, token = await invite(db, setup, event)
        registration = await accept(db, setup.outsider, token)
        await cancel(db, setup.organizer, registration.id)
        return event, registration

    async def test_a_removed_guest_neither_sees_nor_rejoins_the_event(
        self, db: Database, setup: Setup
    ) -> None:
        event, _ = await self._removed_guest(db, setup)
        assert not await sees(db, setup.outsider, event)
        with pytest.raises(NotFound) as removed:
            await register(db, setup.outsider, event)
        with pytest.raises(NotFound) as never_invited:
            await register(db, setup.attendees[0], event)
        assert str(removed.value) == str(never_invited.value)

    async def test_the_data_tells_a_removal_from_a_guest_cancelling(
        self, db: Database, setup: Setup
    ) -> None:
        _, removed = await self._removed_guest(db, setup)
        left = await register(db, setup.attendees[0], await make_event(db, setup.host))
        await cancel(db, setup.attendees[0], left.id)
        async with db.read() as session:
            removed_row = await session.get(Registration, removed.id)
            left_row = await session.get(Registration, left.id)
        assert removed_row is not None and left_row is not None
        assert removed_row.removed_at == NOW
        assert removed_row.removed_by_id == setup.organizer.principal.user_id
        assert (left_row.removed_at, left_row.removed_by_id) == (None, None)
        assert left_row.status is removed_row.status is RegistrationStatus.CANCELLED

    async def test_a_new_invitation_accepted_lets_them_back_in(
        self, db: Database, setup: Setup
    ) -> None:
        event, removed = await self._removed_guest(db, setup)
        _, token = await invite(db, setup, event)
        back = await accept(db, setup.outsider, token)
        assert (back.id, back.status, back.removed_at) == (
            removed.id,
            RegistrationStatus.REGISTERED,
            None,
        )
        assert await sees(db, setup.outsider, event)

    async def test_removal_from_the_event_ends_the_session_places_too(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        workshop = await make_session(db, event, capacity=None)
        guest = await register(db, setup.organizer, event, person_id=setup.attendees[0].person_id)
        await register(db, setup.attendees[0], event, session_id=workshop)
        await cancel(db, setup.organizer, guest.id)
        # A session place left active would keep the invite-only event visible to them.
        assert not await sees(db, setup.attendees[0], event)
        with pytest.raises(NotFound):
            await register(db, setup.attendees[0], event, session_id=workshop)
        # Placed in the event again by an organizer, they may join its sessions again.
        await register(db, setup.organizer, event, person_id=setup.attendees[0].person_id)
        again = await register(db, setup.attendees[0], event, session_id=workshop)
        assert again.status is RegistrationStatus.REGISTERED

    async def test_on_an_open_event_a_removed_person_may_not_sign_up_again_alone(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host)
        guest = await register(db, setup.attendees[0], event)
        await cancel(db, setup.organizer, guest.id)
        with pytest.raises(Forbidden):
            await register(db, setup.attendees[0], event)
        # The organizer may undo the removal by registering them.
        back = await register(db, setup.organizer, event, person_id=setup.attendees[0].person_id)
        assert (back.status, back.removed_at) == (RegistrationStatus.REGISTERED, None)
        assert (await register(db, setup.attendees[0], event)).id == back.id


class TestBoundInvitations:
    """Issue 7, finding 9: an invitation bound to an email or person is for that person only."""

    async def test_someone_else_gets_the_invalid_token_answer_and_it_stays_unspent(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        invitation, token = await invite(db, setup, event, email="attendee.2@example.org")
        with pytest.raises(InvalidInput) as raised:
            await accept(db, setup.attendees[0], token)
        with pytest.raises(InvalidInput) as made_up:
            await accept(db, setup.attendees[0], "pli_made_up")
        assert (codes(raised.value), str(raised.value)) == (
            codes(made_up.value),
            str(made_up.value),
        )
        async with db.read() as session:
            stored = await session.get(Invitation, invitation.id)
        assert stored is not None and stored.used_at is None
        assert not await sees(db, setup.attendees[0], event)
        await accept(db, setup.attendees[1], token)

    async def test_the_account_email_counts_whatever_its_case(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        _, token = await invite(db, setup, event, email="  Attendee.1@EXAMPLE.org ")
        registration = await accept(db, setup.attendees[0], token)
        assert registration.status is RegistrationStatus.REGISTERED


class TestBoundInvitationsIgnoreEditableEmails:
    """Issue 7, finding 9: a person's own email field does not make an invitation theirs.

    Anyone may write any address into their own person (`updatePerson`), and admins into
    their members', so matching it let whoever held a link bound to someone else's address
    take the place by first giving themselves that address. Only the email an account signs
    in with, which the API cannot change, binds.
    """

    async def test_giving_oneself_the_invited_address_gets_the_invalid_token_answer(
        self, db: Database, setup: Setup
    ) -> None:
        taker = setup.attendees[0]
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        invitation, token = await invite(db, setup, event, email="attendee.2@example.org")
        async with db.transaction() as session:
            await people.update_person(
                session,
                principal=taker.principal,
                person_id=taker.person_id,
                changes=people.PersonChanges(email="Attendee.2@example.org"),
            )
        with pytest.raises(InvalidInput) as raised:
            await accept(db, taker, token)
        assert codes(raised.value) == [("token", "invalid")]
        async with db.read() as session:
            stored = await session.get(Invitation, invitation.id)
            person = await session.get(Person, taker.person_id)
        assert stored is not None and stored.used_at is None
        assert person is not None and person.email == "attendee.2@example.org"
        assert not await sees(db, taker, event)
        # The person who signs in with the address still can.
        await accept(db, setup.attendees[1], token)

    async def test_a_used_invitation_of_someone_else_does_not_say_it_was_used(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, visibility=Visibility.INVITE_ONLY)
        _, token = await invite(db, setup, event, person_id=setup.attendees[0].person_id)
        await accept(db, setup.attendees[0], token)
        with pytest.raises(InvalidInput) as raised:
            await accept(db, setup.attendees[1], token)
        assert codes(raised.value) == [("token", "invalid")]
