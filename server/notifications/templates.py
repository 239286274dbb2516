"""The texts of every notification, in two forms.

The *titled* form may quote free text (an event's title, a cancellation reason) and is sent
only to people inside the event's host organization, who know who wrote it. Everyone else
gets the *plain* form: fixed words signed with the network's name and the event page's
link, so nobody outside a person's own organizations can put words in a message that looks
like it came from the network. Plain forms may use only `SAFE_PARAMS`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

DEFAULT_LANGUAGE = "en"

# Values computed by the code, never typed by a person: times, fixed change descriptions,
# the network's name (set by the operator), the link to the event page (or incident desk) and
# an incident's category word.
SAFE_PARAMS = frozenset({"expires", "change", "network", "link", "category"})


@dataclass(frozen=True)
class Words:
    """A fixed word in each language; `notify` puts the recipient's into the text."""

    texts: Mapping[str, str]

    def get(self, language: str) -> str:
        base = language.split("-")[0].lower()
        return self.texts.get(language) or self.texts.get(base) or self.texts[DEFAULT_LANGUAGE]


# An incident's category as the critical-incident alert names it (IncidentCategory values).
INCIDENT_CATEGORIES: Mapping[str, Words] = {
    "violence": Words({"en": "violence", "fr": "violences", "es": "violencia", "ar": "عنف"}),
    "intimidation": Words(
        {"en": "intimidation", "fr": "intimidation", "es": "intimidación", "ar": "ترهيب"}
    ),
    "vote_buying": Words(
        {"en": "vote buying", "fr": "achat de voix", "es": "compra de votos", "ar": "شراء أصوات"}
    ),
    "procedure": Words(
        {"en": "procedure", "fr": "procédure", "es": "procedimiento", "ar": "إجراءات"}
    ),
    "materials": Words({"en": "materials", "fr": "matériel", "es": "material", "ar": "مواد"}),
    "access_denied": Words(
        {"en": "access denied", "fr": "accès refusé", "es": "acceso denegado", "ar": "منع الدخول"}
    ),
    "other": Words({"en": "other", "fr": "autre", "es": "otro", "ar": "أخرى"}),
}

# The critical-incident alert quotes nothing a person typed, in either form: observers are
# not the coordinators' organization's authors, and an SMS must not carry their words.
_INCIDENT_CRITICAL = {
    "en": "{network}: CRITICAL incident ({category}) reported in your mission. Incident desk: "
    "{link}",
    "fr": "{network} : incident CRITIQUE ({category}) signalé dans votre mission. {link}",
    "es": "{network}: incidente CRÍTICO ({category}) en su misión. Mesa de incidentes: {link}",
    "ar": "{network}: حادث حرج ({category}) في بعثتكم. مكتب الحوادث: {link}",
}

# Kept short: one SMS segment is 160 GSM characters and every extra segment costs and delays
# delivery when a whole waitlist moves at once.
TITLED: Mapping[str, Mapping[str, str]] = {
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
        "en": "{title} has changed: {change}{reason}. Check the event page for details.",
        "fr": "{title} a changé : {change}{reason}. Voir la page de l'événement.",
        "es": "{title} ha cambiado: {change}{reason}. Consulte la página del evento.",
    },
    "registration_confirmed": {
        "en": "You are registered for {title}.",
        "fr": "Vous êtes inscrit·e à {title}.",
        "es": "Está inscrito/a en {title}.",
    },
    "incident_critical": _INCIDENT_CRITICAL,
}

PLAIN: Mapping[str, Mapping[str, str]] = {
    "offer_made": {
        "en": "{network}: a seat is free at an event you joined. Accept it by {expires}: {link}",
        "fr": "{network} : une place est libre pour un événement où vous êtes inscrit·e. "
        "Acceptez-la avant {expires} : {link}",
        "es": "{network}: hay una plaza libre en un evento al que se apuntó. Acéptela antes "
        "de {expires}: {link}",
    },
    "offer_expiring": {
        "en": "{network}: your seat at an event you joined is held until {expires}: {link}",
        "fr": "{network} : votre place est réservée jusqu'à {expires} : {link}",
        "es": "{network}: su plaza está reservada hasta {expires}: {link}",
    },
    "offer_expired": {
        "en": "{network}: your offer of a seat has expired and passed to the next person. {link}",
        "fr": "{network} : l'offre de place a expiré et passe à la personne suivante. {link}",
        "es": "{network}: la oferta de plaza ha caducado y pasa a la siguiente persona. {link}",
    },
    "event_changed": {
        "en": "{network}: an event you joined has changed: {change}. Details: {link}",
        "fr": "{network} : un événement où vous êtes inscrit·e a changé : {change}. {link}",
        "es": "{network}: un evento al que se apuntó ha cambiado: {change}. {link}",
    },
    "registration_confirmed": {
        "en": "{network}: you are registered for an event: {link}",
        "fr": "{network} : vous êtes inscrit·e à un événement : {link}",
        "es": "{network}: está inscrito/a en un evento: {link}",
    },
    "incident_critical": _INCIDENT_CRITICAL,
}


def render(template: str, language: str, params: Mapping[str, Any], *, titled: bool) -> str:
    """The template in `language` (or its base language, or English) filled with `params`.

    The plain form is filled with the safe parameters alone, so a plain text that named a
    free-text parameter would fail here rather than quote it.
    """
    texts = (TITLED if titled else PLAIN)[template]
    base = language.split("-")[0].lower()
    text = texts.get(language) or texts.get(base) or texts[DEFAULT_LANGUAGE]
    values = params if titled else {k: v for k, v in params.items() if k in SAFE_PARAMS}
    return text.format(**values)
