"""The notification interface: one short message to one person about one event, stored once.

`notify` stores the message inside the caller's transaction, by the channel the person
prefers (`Person.notify_by`): an email (`mail.service.queue_email`) or a text message
(`messaging.service.queue_sms`), and records its id in the `Outbox`; the unit of work sends it
after the commit (`server.messaging.unit`). Text messages are charged to the event's host
organization (the budget is about SMS cost); emails are not.

Free text (the event's title, a reason) reaches only people with a membership in the event's
host organization; everyone else gets a fixed text (`templates.py`, and the plain form of
the email in `server.mail.texts`).

Phone numbers and addresses never leave this module except inside the stored message: they
are not logged and not passed to jobs (arq logs job arguments).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.mail.models import OutboundEmail
from server.mail.service import queue_email
from server.messaging.models import OutboundMessage
from server.messaging.outbox import Outbox
from server.messaging.service import queue_sms
from server.notifications.templates import Words, render
from server.orgs.models import Channel, Membership, Person, PersonPhone

__all__ = ["About", "Outbox", "Words", "local_time", "notify", "short_title"]

logger = logging.getLogger(__name__)

TITLE_LIMIT = 60


@dataclass(frozen=True)
class About:
    """What a notification is about: an event, or another page of a host organization (an
    incident desk). Its title was typed by the host's organizers."""

    event_id: int | None
    title: str
    host_organization_id: int
    # The page the link opens when it is not the event's ("/missions/3/incidents/9").
    path: str | None = None

    def link(self, outbox: Outbox) -> str:
        if self.path is not None:
            return outbox.policy.link(self.path)
        assert self.event_id is not None
        return outbox.policy.event_link(self.event_id)


def short_title(title: str) -> str:
    return title if len(title) <= TITLE_LIMIT else title[: TITLE_LIMIT - 1] + "…"


def local_time(moment: datetime, time_zone: str) -> str:
    """A time as the person reads it: their zone, with the zone's abbreviation."""
    try:
        zone = ZoneInfo(time_zone)
    except (KeyError, ValueError):
        zone = ZoneInfo("UTC")
    return moment.astimezone(zone).strftime("%d %b %H:%M %Z")


async def first_phone(session: AsyncSession, *, person_id: int) -> str | None:
    """The number a person is texted at: their first phone (lowest position)."""
    phone: str | None = await session.scalar(
        select(PersonPhone.e164)
        .where(PersonPhone.person_id == person_id)
        .order_by(col(PersonPhone.position), col(PersonPhone.id))
        .limit(1)
    )
    return phone


async def in_host_organization(session: AsyncSession, *, person_id: int, about: About) -> bool:
    """Whether the person belongs to the event's host organization (and so knows its
    organizers); network-wide roles do not count, they are not the person's own group."""
    found = await session.scalar(
        select(Membership.id)
        .where(Membership.person_id == person_id)
        .where(Membership.organization_id == about.host_organization_id)
        .limit(1)
    )
    return found is not None


async def destination(session: AsyncSession, *, person: Person) -> tuple[Channel, str] | None:
    """Where a person is told things: by email when they prefer it and have an address, else
    by SMS to their first phone, else by email if that is all they have; None without either."""
    assert person.id is not None
    if person.notify_by is Channel.EMAIL and person.email:
        return Channel.EMAIL, person.email
    phone = await first_phone(session, person_id=person.id)
    if phone is not None:
        return Channel.SMS, phone
    if person.email:
        return Channel.EMAIL, person.email
    return None


async def already_stored(session: AsyncSession, *, key: str) -> int | None:
    """The message or email stored under `key` earlier, whichever channel it went by: a
    person who changes their channel between two runs must not be told twice."""
    message: int | None = await session.scalar(
        select(OutboundMessage.id).where(OutboundMessage.idempotency_key == key)
    )
    if message is not None:
        return message
    email: int | None = await session.scalar(
        select(OutboundEmail.id).where(OutboundEmail.idempotency_key == key)
    )
    return email


async def notify(
    session: AsyncSession,
    *,
    person_id: int,
    template: str,
    about: About,
    key: str,
    outbox: Outbox,
    params: Mapping[str, Any] | None = None,
    free_text: Mapping[str, str] | None = None,
) -> int | None:
    """Store one message for a person, once per `key`; returns the message's (or email's) id.

    `params` are values the code computed (aware datetimes are shown in the person's own
    zone, `Words` in their language); `free_text` holds extra text a person typed, shown,
    like the title, only to members of the host organization. Goes by the person's channel
    (`destination`); people without a phone or an email are skipped (None). A key already
    used returns the existing message without queueing it again, so a retried job or a
    reminder run never sends twice. Raises BudgetExceeded when a text message would exceed
    the host organization's budget.
    """
    person = await session.get(Person, person_id)
    target = await destination(session, person=person) if person is not None else None
    if person is None or target is None:
        logger.info("nowhere to notify", extra={"person_id": person_id, "template": template})
        return None
    existing = await already_stored(session, key=key)
    if existing is not None:
        return existing
    channel, address = target
    titled = await in_host_organization(session, person_id=person_id, about=about)
    # Fixed words (an incident's category) in the person's own language.
    values: dict[str, Any] = {
        name: value.get(person.preferred_language) if isinstance(value, Words) else value
        for name, value in (params or {}).items()
    }
    values["network"] = outbox.policy.network_name
    values["link"] = about.link(outbox)
    if titled:
        values.update(free_text or {})
        values["title"] = short_title(about.title)
    if channel is Channel.EMAIL:
        return await queue_email(
            session,
            outbox=outbox,
            to=address,
            template=template,
            language=person.preferred_language,
            params=values,
            idempotency_key=key,
            titled=titled,
            time_zone=person.time_zone,
        )
    return await _text(
        session,
        person=person,
        phone=address,
        template=template,
        about=about,
        key=key,
        outbox=outbox,
        values=values,
        titled=titled,
    )


async def _text(
    session: AsyncSession,
    *,
    person: Person,
    phone: str,
    template: str,
    about: About,
    key: str,
    outbox: Outbox,
    values: Mapping[str, Any],
    titled: bool,
) -> int:
    local = {
        name: local_time(value, person.time_zone) if isinstance(value, datetime) else value
        for name, value in values.items()
    }
    body = render(template, person.preferred_language, local, titled=titled)
    message = await queue_sms(
        session,
        outbox=outbox,
        to=phone,
        body=body,
        idempotency_key=key,
        organization_id=about.host_organization_id,
    )
    assert message.id is not None
    return message.id
