"""Freed seats pass down the waitlist as offers that can be accepted, declined or expire."""

from __future__ import annotations

from datetime import timedelta

import pytest

from server.db import Database
from server.kit.errors import InvalidInput, NotFound
from server.messaging.outbox import MessagePolicy
from server.notifications.service import Outbox
from server.orgs.models import Membership, Person, Role
from server.registrations import service, waitlist
from server.registrations.models import Registration, RegistrationStatus
from tests.server.registrations.conftest import (
    NOW,
    Member,
    Setup,
    make_event,
    messages_to,
    outbox,
    set_language,
    statuses,
)

R, W, OF, C = (
    RegistrationStatus.REGISTERED,
    RegistrationStatus.WAITLISTED,
    RegistrationStatus.OFFERED,
    RegistrationStatus.CANCELLED,
)


async def full_event(db: Database, setup: Setup) -> tuple[int, list[Registration]]:
    """One seat: attendee 0 holds it, attendees 1 and 2 wait in that order."""
    event = await make_event(db, setup.host, capacity=1, offer_minutes=60)
    placed = []
    for i, member in enumerate(setup.attendees[:3]):
        async with db.transaction() as session:
            placed.append(
                await service.register(
                    session,
                    principal=member.principal,
                    event_id=event,
                    now=NOW + timedelta(minutes=i),
                    outbox=outbox(),
                )
            )
    assert [r.status for r in placed] == [R, W, W]
    return event, placed


async def cancel(db: Database, member: Member, registration: Registration) -> Outbox:
    assert registration.id is not None
    box = outbox()
    async with db.transaction() as session:
        await service.cancel_registration(
            session,
            principal=member.principal,
            registration_id=registration.id,
            now=NOW,
            outbox=box,
        )
    return box


class TestCancel:
    async def test_a_freed_seat_is_offered_to_the_first_in_line_by_sms(
        self, db: Database, setup: Setup
    ) -> None:
        event, placed = await full_event(db, setup)
        box = await cancel(db, setup.attendees[0], placed[0])
        first, second = setup.attendees[1], setup.attendees[2]
        assert await statuses(db, event) == {
            setup.attendees[0].person_id: C,
            first.person_id: OF,
            second.person_id: W,
        }
        async with db.read() as session:
            offered = await session.get(Registration, placed[1].id)
        assert offered is not None
        assert offered.offered_at == NOW
        assert offered.offer_expires_at == NOW + timedelta(minutes=60)
        [message] = await messages_to(db, first.phone)
        assert "Forum on civic space" in message.body and "Accept" in message.body
        assert box.message_ids == [message.id]
        assert await messages_to(db, second.phone) == []

    async def test_cancelling_twice_changes_nothing_more(self, db: Database, setup: Setup) -> None:
        event, placed = await full_event(db, setup)
        await cancel(db, setup.attendees[0], placed[0])
        second = await cancel(db, setup.attendees[0], placed[0])
        assert second.message_ids == []
        assert list((await statuses(db, event)).values()).count(OF) == 1

    async def test_leaving_the_waitlist_frees_no_seat(self, db: Database, setup: Setup) -> None:
        event, placed = await full_event(db, setup)
        await cancel(db, setup.attendees[1], placed[1])
        assert (await statuses(db, event))[setup.attendees[2].person_id] is W

    async def test_others_cannot_cancel_someone_elses_registration(
        self, db: Database, setup: Setup
    ) -> None:
        _, placed = await full_event(db, setup)
        with pytest.raises(NotFound):
            await cancel(db, setup.attendees[3], placed[0])
        await cancel(db, setup.organizer, placed[0])  # a manager may

    async def test_the_offer_is_written_in_the_persons_language(
        self, db: Database, setup: Setup
    ) -> None:
        _, placed = await full_event(db, setup)
        await set_language(db, setup.attendees[1].person_id, "fr-CA")
        await cancel(db, setup.attendees[0], placed[0])
        [message] = await messages_to(db, setup.attendees[1].phone)
        assert message.body.startswith("Une place est libre")
        # Shown in the person's own zone (UTC by default), never as a raw ISO timestamp.
        assert "10:00" in message.body


class TestOfferAnswers:
    async def answer(
        self,
        db: Database,
        member: Member,
        registration: Registration,
        *,
        accept: bool,
        minutes: int,
    ) -> Registration:
        assert registration.id is not None
        async with db.transaction() as session:
            if accept:
                return await waitlist.accept_offer(
                    session,
                    principal=member.principal,
                    registration_id=registration.id,
                    now=NOW + timedelta(minutes=minutes),
                )
            return await waitlist.decline_offer(
                session,
                principal=member.principal,
                registration_id=registration.id,
                now=NOW + timedelta(minutes=minutes),
                outbox=outbox(),
            )

    async def test_accepting_in_time_takes_the_seat(self, db: Database, setup: Setup) -> None:
        _, placed = await full_event(db, setup)
        await cancel(db, setup.attendees[0], placed[0])
        accepted = await self.answer(db, setup.attendees[1], placed[1], accept=True, minutes=59)
        assert (accepted.status, accepted.offer_expires_at) == (R, None)
        again = await self.answer(db, setup.attendees[1], placed[1], accept=True, minutes=59)
        assert again.status is R

    async def test_accepting_too_late_is_refused(self, db: Database, setup: Setup) -> None:
        _, placed = await full_event(db, setup)
        await cancel(db, setup.attendees[0], placed[0])
        with pytest.raises(InvalidInput) as raised:
            await self.answer(db, setup.attendees[1], placed[1], accept=True, minutes=60)
        assert raised.value.problems[0].code == "expired"

    async def test_accepting_without_an_offer_is_refused(self, db: Database, setup: Setup) -> None:
        _, placed = await full_event(db, setup)
        with pytest.raises(InvalidInput) as raised:
            await self.answer(db, setup.attendees[1], placed[1], accept=True, minutes=1)
        assert raised.value.problems[0].code == "not_offered"

    async def test_declining_passes_the_offer_on(self, db: Database, setup: Setup) -> None:
        event, placed = await full_event(db, setup)
        await cancel(db, setup.attendees[0], placed[0])
        declined = await self.answer(db, setup.attendees[1], placed[1], accept=False, minutes=5)
        assert declined.status is C
        assert (await statuses(db, event))[setup.attendees[2].person_id] is OF
        assert len(await messages_to(db, setup.attendees[2].phone)) == 1


class TestExpiry:
    async def test_an_expired_offer_passes_to_the_next_person(
        self, db: Database, setup: Setup
    ) -> None:
        event, placed = await full_event(db, setup)
        await cancel(db, setup.attendees[0], placed[0])
        later = NOW + timedelta(minutes=61)
        box = outbox()
        async with db.transaction() as session:
            assert await waitlist.expire_offers(session, now=later, outbox=box) == 1
        first, second = setup.attendees[1], setup.attendees[2]
        assert (await statuses(db, event))[first.person_id] is C
        assert (await statuses(db, event))[second.person_id] is OF
        _, expired = await messages_to(db, first.phone)
        assert "expired" in expired.body
        [new_offer] = await messages_to(db, second.phone)
        assert sorted(box.message_ids) == sorted([expired.id or 0, new_offer.id or 0])
        async with db.read() as session:
            row = await session.get(Registration, placed[2].id)
        assert row is not None and row.offer_expires_at == later + timedelta(minutes=60)

    async def test_expiring_again_does_nothing(self, db: Database, setup: Setup) -> None:
        _, placed = await full_event(db, setup)
        await cancel(db, setup.attendees[0], placed[0])
        later = NOW + timedelta(minutes=61)
        async with db.transaction() as session:
            await waitlist.expire_offers(session, now=later, outbox=outbox())
        box = outbox()
        async with db.transaction() as session:
            assert await waitlist.expire_offers(session, now=later, outbox=box) == 0
        assert box.message_ids == []

    async def test_offers_still_open_are_left_alone(self, db: Database, setup: Setup) -> None:
        event, placed = await full_event(db, setup)
        await cancel(db, setup.attendees[0], placed[0])
        async with db.transaction() as session:
            assert await waitlist.expire_offers(session, now=NOW, outbox=outbox()) == 0
        assert (await statuses(db, event))[setup.attendees[1].person_id] is OF

    async def test_people_without_a_phone_still_get_the_offer(
        self, db: Database, setup: Setup
    ) -> None:
        event = await make_event(db, setup.host, capacity=1)
        holder = setup.attendees[0]
        async with db.transaction() as session:
            seat = await service.register(
                session, principal=holder.principal, event_id=event, now=NOW, outbox=outbox()
            )
            person = Person(name="No Phone")
            session.add(person)
            await session.flush()
            assert person.id is not None
            # Organizers register members of their own organization.
            session.add(
                Membership(person_id=person.id, organization_id=setup.host, role=Role.OBSERVER)
            )
            await session.flush()
            await service.register(
                session,
                principal=setup.organizer.principal,
                event_id=event,
                person_id=person.id,
                now=NOW,
                outbox=outbox(),
            )
        box = await cancel(db, holder, seat)
        assert box.message_ids == []
        assert (await statuses(db, event))[person.id] is OF


class TestReminders:
    async def test_an_expiring_offer_is_reminded_once(self, db: Database, setup: Setup) -> None:
        _, placed = await full_event(db, setup)
        await cancel(db, setup.attendees[0], placed[0])
        soon = NOW + timedelta(minutes=45)
        counts = []
        for _ in range(2):
            async with db.transaction() as session:
                counts.append(
                    await waitlist.remind_expiring_offers(
                        session, now=soon, within=timedelta(minutes=30), outbox=outbox()
                    )
                )
        assert counts == [1, 0]
        _, reminder = await messages_to(db, setup.attendees[1].phone)
        assert reminder.body.startswith("Reminder")

    async def test_reminders_beyond_the_hosts_budget_are_held_for_a_later_run(
        self, db: Database, setup: Setup
    ) -> None:
        """Issue 7, finding 5: the sweep stores nothing beyond an organization's budget."""
        _, placed = await full_event(db, setup)
        await cancel(db, setup.attendees[0], placed[0])  # the offer: one message
        soon = NOW + timedelta(minutes=45)
        counts = []
        for budget in (1, 2):
            box = Outbox(gateway="outbox", policy=MessagePolicy(budget_per_organization=budget))
            async with db.transaction() as session:
                counts.append(
                    await waitlist.remind_expiring_offers(
                        session, now=soon, within=timedelta(minutes=30), outbox=box
                    )
                )
        assert counts == [0, 1]
        assert len(await messages_to(db, setup.attendees[1].phone)) == 2

    async def test_offers_shorter_than_the_window_get_no_reminder(
        self, db: Database, setup: Setup
    ) -> None:
        _, placed = await full_event(db, setup)
        await cancel(db, setup.attendees[0], placed[0])
        async with db.transaction() as session:
            reminded = await waitlist.remind_expiring_offers(
                session, now=NOW + timedelta(minutes=1), within=timedelta(hours=2), outbox=outbox()
            )
        assert reminded == 0
