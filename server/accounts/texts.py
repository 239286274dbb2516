"""The fixed wording of account invitations and password resets sent by SMS, and their links.

Texts are short (one or two SMS segments), carry the network's name so the person knows who
writes, and never a person's name: a message on a shared or seized phone should say as little
as possible. The link carries the token; it is the point of the message and is never logged.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers

from server.messaging.outbox import MessagePolicy

DEFAULT_LANGUAGE = "en"

INVITATION_SMS: Mapping[str, str] = {
    "en": "{network}: you are invited to open an account. Choose your password here: {link}",
    "fr": "{network} : vous êtes invité·e à ouvrir un compte. Choisissez votre mot de passe "
    "ici : {link}",
    "es": "{network}: le invitamos a abrir una cuenta. Elija su contraseña aquí: {link}",
    "ar": "{network}: أنت مدعو لفتح حساب. اختر كلمة المرور من هنا: {link}",
}

RESET_SMS: Mapping[str, str] = {
    "en": "{network}: to choose a new password, open {link} within {minutes} minutes. "
    "If you did not ask for this, ignore this message.",
    "fr": "{network} : pour choisir un nouveau mot de passe, ouvrez {link} dans les {minutes} "
    "minutes. Si vous n'avez rien demandé, ignorez ce message.",
    "es": "{network}: para elegir una nueva contraseña, abra {link} en los próximos {minutes} "
    "minutos. Si no lo pidió, ignore este mensaje.",
    "ar": "{network}: لاختيار كلمة مرور جديدة، افتح {link} خلال {minutes} دقيقة. "
    "إذا لم تطلب ذلك، تجاهل هذه الرسالة.",
}


def _language(texts: Mapping[str, str], language: str) -> str:
    base = language.split("-")[0].lower()
    return base if base in texts else DEFAULT_LANGUAGE


def invitation_sms(policy: MessagePolicy, *, language: str, link: str) -> str:
    template = INVITATION_SMS[_language(INVITATION_SMS, language)]
    return template.format(network=policy.network_name, link=link)


def reset_sms(policy: MessagePolicy, *, language: str, link: str, minutes: int) -> str:
    template = RESET_SMS[_language(RESET_SMS, language)]
    return template.format(network=policy.network_name, link=link, minutes=minutes)


def local_time(moment: datetime, time_zone: str) -> str:
    """`moment` as the person reads it: their wall-clock time and zone (UTC if unknown)."""
    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone, time_zone = ZoneInfo("UTC"), "UTC"
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M} ({time_zone})"


def mask_email(email: str) -> str:
    """ "maria@example.org" -> "m•••@example.org": enough to recognise, not to collect."""
    local, _, domain = email.partition("@")
    return f"{local[:1]}•••@{domain}"


def mask_phone(e164: str) -> str:
    """ "+33612345612" -> "+33 •• •• •• 12": the country and the last two digits."""
    try:
        country = str(phonenumbers.parse(e164).country_code)
    except phonenumbers.NumberParseException:
        country = e164[1:3]
    return f"+{country} •• •• •• {e164[-2:]}"
