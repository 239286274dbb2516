"""The notification interface: one short text to one person, stored once per key.

`notify` stores the message in the SMS outbox (`messaging.service.queue_sms`) inside the
caller's transaction and records its id in an `Outbox`. Sending is a separate job keyed by the
message id, and it must be enqueued only *after* the transaction commits: a job started earlier
could run before the row is visible and fail, or send a message whose transaction then rolls
back. Callers therefore commit, then call `send_outbox(jobs, outbox)`.

Phone numbers never leave this module except inside the stored message: they are not logged
and not passed to jobs (arq logs job arguments).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.jobs.queue import JobQueue
from server.messaging.models import OutboundMessage
from server.messaging.service import queue_sms
from server.orgs.models import Person, PersonPhone

logger = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"

# Kept short: one SMS segment is 160 GSM characters and every extra segment costs and delays
# delivery when a whole waitlist moves at once.
TEMPLATES: Mapping[str, Mapping[str, str]] = {
    "offer_made": {
        "en": "A seat is free at {title}. Accept it by {expires}, or it passes to the next person.",
        "fr": "Une place est libre pour {title}. Acceptez-la avant {expires}, sinon elle passe "
        "à la personne suivante.",
        "es": "Hay una plaza libre en {title}. Acéptela antes de {expires} o pasará a la "
        "siguiente persona.",
    },
    "offer_expiring": {
        "en": "Reminder: your seat at {title} is held until {expires}. Accept it to keep it.",
        "fr": "Rappel : votre place pour {title} est réservée jusqu'à {expires}. Acceptez-la "
        "pour la garder.",
        "es": "Recordatorio: su plaza en {title} está reservada hasta {expires}. Acéptela para "
        "conservarla.",
    },
    "offer_expired": {
        "en": "Your offer of a seat at {title} has expired and passed to the next person.",
        "fr": "L'offre de place pour {title} a expiré et passe à la personne suivante.",
        "es": "La oferta de plaza en {title} ha caducado y pasa a la siguiente persona.",
    },
    "event_changed": {
        "en": "{title} has changed: {change}. Check the event page for details.",
        "fr": "{title} a changé : {change}. Voir la page de l'événement.",
        "es": "{title} ha cambiado: {change}. Consulte la página del evento.",
    },
    "registration_confirmed": {
        "en": "You are registered for {title}.",
        "fr": "Vous êtes inscrit·e à {title}.",
        "es": "Está inscrito/a en {title}.",
    },
}

TITLE_LIMIT = 60


@dataclass
class Outbox:
    """What one transaction queued: the gateway to record and the new messages' ids."""

    gateway: str
    message_ids: list[int] = field(default_factory=list)


def render(template: str, language: str, params: Mapping[str, Any]) -> str:
    """The template in `language` (or its base language, or English) filled with `params`."""
    texts = TEMPLATES[template]
    base = language.split("-")[0].lower()
    text = texts.get(language) or texts.get(base) or texts[DEFAULT_LANGUAGE]
    return text.format(**params)


def short_title(title: str) -> str:
    return title if len(title) <= TITLE_LIMIT else title[: TITLE_LIMIT - 1] + "…"


def local_time(moment: datetime, time_zone: str) -> str:
    """A time as the person reads it: their zone, with the zone's abbreviation."""
    try:
        zone = ZoneInfo(time_zone)
    except (KeyError, ValueError):
        zone = ZoneInfo("UTC")
    return moment.astimezone(zone).strftime("%d %b %H:%M %Z")


async def notify(
    session: AsyncSession,
    *,
    person_id: int,
    template: str,
    params: Mapping[str, Any],
    key: str,
    outbox: Outbox,
) -> int | None:
    """Store one text for a person, once per `key`; returns the message id.

    Sends to the person's first phone (lowest position). People without a phone are skipped
    (None). `params` may hold aware datetimes, which are shown in the person's own zone. A key
    that was already used returns the existing message without adding it to the outbox again,
    so a retried job or a reminder run every few minutes never sends twice.
    """
    person = await session.get(Person, person_id)
    if person is None:
        return None
    phone = await session.scalar(
        select(PersonPhone.e164)
        .where(PersonPhone.person_id == person_id)
        .order_by(col(PersonPhone.position), col(PersonPhone.id))
        .limit(1)
    )
    if phone is None:
        logger.info("no phone to notify", extra={"person_id": person_id, "template": template})
        return None
    existing: int | None = await session.scalar(
        select(OutboundMessage.id).where(OutboundMessage.idempotency_key == key)
    )
    if existing is not None:
        return existing
    values = {
        name: local_time(value, person.time_zone) if isinstance(value, datetime) else value
        for name, value in params.items()
    }
    body = render(template, person.preferred_language, values)
    message = await queue_sms(
        session, to=phone, body=body, idempotency_key=key, gateway=outbox.gateway
    )
    assert message.id is not None
    outbox.message_ids.append(message.id)
    return message.id


async def send_outbox(jobs: JobQueue, outbox: Outbox) -> None:
    """Enqueue delivery of every message the committed transaction stored (call after commit).

    The job id is derived from the message id, so enqueuing twice never sends twice, and
    `deliver_sms` itself refuses to resend a message that already has a provider id.
    """
    for message_id in outbox.message_ids:
        await jobs.enqueue("send_sms", message_id, job_id=f"sms:{message_id}")
    outbox.message_ids.clear()
