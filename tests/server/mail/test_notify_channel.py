"""notify() goes by the person's preferred channel, with the other one as the fallback."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from server.db import Database
from server.mail.models import OutboundEmail
from server.messaging.models import OutboundMessage
from server.messaging.outbox import MessagePolicy, Outbox
from server.notifications.service import About, notify
from server.orgs.models import Channel, Person, Role
from tests.schema.conftest import make_org, make_person

EXPIRES = datetime(2026, 6, 1, 7, 30, tzinfo=UTC)
TITLE = "<b>Forum</b> on civic space"


async def person(
    db: Database,
    org_id: int,
    *,
    email: str | None,
    phones: Sequence[str],
    notify_by: Channel,
    language: str = "en",
) -> int:
    person_id = await make_person(
        db, org_id=org_id, role=Role.OBSERVER, name="Amina", email=email, phones=phones
    )
    async with db.transaction() as session:
        row = await session.get(Person, person_id)
        assert row is not None
        row.notify_by, row.preferred_language, row.time_zone = notify_by, language, "Africa/Nairobi"
    return person_id


async def offer(
    db: Database, person_id: int, *, host: int, key: str = "offer:1", budget: int = 500
) -> tuple[int | None, Outbox]:
    box = Outbox(
        gateway="outbox",
        mail_gateway="outbox",
        policy=MessagePolicy(
            network_name="Election Watch",
            public_base_url="https://watch.example",
            budget_per_organization=budget,
        ),
    )
    async with db.transaction() as session:
        stored = await notify(
            session,
            person_id=person_id,
            template="offer_made",
            about=About(event_id=7, title=TITLE, host_organization_id=host),
            params={"expires": EXPIRES},
            key=key,
            outbox=box,
        )
    return stored, box


async def emails(db: Database) -> list[OutboundEmail]:
    async with db.read() as session:
        return list((await session.exec(select(OutboundEmail))).all())


async def texts(db: Database) -> list[OutboundMessage]:
    async with db.read() as session:
        return list((await session.exec(select(OutboundMessage))).all())


@pytest.fixture
async def orgs(db: Database) -> tuple[int, int]:
    return await make_org(db, "Kenya Forum"), await make_org(db, "Ghana Watch")


class TestNotifyByChannel:
    async def test_email_when_preferred_and_known(
        self, db: Database, orgs: tuple[int, int]
    ) -> None:
        home, _ = orgs
        person_id = await person(
            db, home, email="amina@example.org", phones=["+254712000001"], notify_by=Channel.EMAIL
        )
        stored, box = await offer(db, person_id, host=home)
        (email,) = await emails(db)
        assert await texts(db) == []
        assert stored == email.id and box.email_ids == [email.id] and box.message_ids == []
        assert email.to == "amina@example.org" and email.template == "offer_made"
        assert email.subject == "Election Watch: a seat is free for you"
        # A member of the host organization reads the title, escaped in the HTML body.
        assert TITLE in email.text_body and "&lt;b&gt;Forum&lt;/b&gt;" in email.html_body
        assert "1 June 2026, 10:30 EAT" in email.text_body
        assert "https://watch.example/events/7" in email.text_body

    async def test_outside_the_host_organization_the_email_is_plain(
        self, db: Database, orgs: tuple[int, int]
    ) -> None:
        home, other = orgs
        person_id = await person(
            db, home, email="amina@example.org", phones=[], notify_by=Channel.EMAIL, language="fr"
        )
        await offer(db, person_id, host=other)
        (email,) = await emails(db)
        assert "Forum" not in email.text_body and "Forum" not in email.html_body
        assert "Une place est libre pour un événement" in email.text_body

    async def test_sms_when_preferred(self, db: Database, orgs: tuple[int, int]) -> None:
        home, _ = orgs
        person_id = await person(
            db, home, email="amina@example.org", phones=["+254712000001"], notify_by=Channel.SMS
        )
        stored, _ = await offer(db, person_id, host=home)
        (message,) = await texts(db)
        assert stored == message.id and message.to == "+254712000001"
        assert await emails(db) == []

    async def test_sms_when_email_is_preferred_but_unknown(
        self, db: Database, orgs: tuple[int, int]
    ) -> None:
        home, _ = orgs
        person_id = await person(
            db, home, email=None, phones=["+254712000001"], notify_by=Channel.EMAIL
        )
        await offer(db, person_id, host=home)
        assert len(await texts(db)) == 1 and await emails(db) == []

    async def test_email_when_there_is_no_phone(self, db: Database, orgs: tuple[int, int]) -> None:
        home, _ = orgs
        person_id = await person(
            db, home, email="amina@example.org", phones=[], notify_by=Channel.SMS
        )
        await offer(db, person_id, host=home)
        assert len(await emails(db)) == 1 and await texts(db) == []

    async def test_nobody_without_phone_or_email(self, db: Database, orgs: tuple[int, int]) -> None:
        home, _ = orgs
        person_id = await person(db, home, email=None, phones=[], notify_by=Channel.EMAIL)
        stored, _ = await offer(db, person_id, host=home)
        assert stored is None and await emails(db) == [] and await texts(db) == []

    async def test_emails_are_not_charged_to_the_sms_budget(
        self, db: Database, orgs: tuple[int, int]
    ) -> None:
        home, _ = orgs
        person_id = await person(
            db, home, email="amina@example.org", phones=["+254712000001"], notify_by=Channel.EMAIL
        )
        stored, box = await offer(db, person_id, host=home, budget=0)
        assert stored is not None and box.spent == {}

    async def test_one_key_is_told_once_even_after_a_change_of_channel(
        self, db: Database, orgs: tuple[int, int]
    ) -> None:
        home, _ = orgs
        person_id = await person(
            db, home, email="amina@example.org", phones=["+254712000001"], notify_by=Channel.SMS
        )
        first, _ = await offer(db, person_id, host=home)
        async with db.transaction() as session:
            row = await session.get(Person, person_id)
            assert row is not None
            row.notify_by = Channel.EMAIL
        again, box = await offer(db, person_id, host=home)
        assert again == first and box.email_ids == [] and box.message_ids == []
        assert await emails(db) == [] and len(await texts(db)) == 1
