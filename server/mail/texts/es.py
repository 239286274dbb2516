"""Español."""

from __future__ import annotations

from server.mail.texts import Language, Texts

_SEAT_HELD = (
    "La plaza está reservada para usted hasta el {{ expires }}; después pasará a la siguiente "
    "persona."
)

LANGUAGE = Language(
    code="es",
    months=(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    date_format="{day} de {month} de {year}, {time} {zone}",
    link_hint="Si el botón no funciona, copie esta dirección en su navegador:",
    footer="Este mensaje fue enviado automáticamente por {{ network }}. Las respuestas no se leen.",
    messages={
        "account_invitation": Texts(
            subject="Su cuenta de {{ network }}",
            paragraphs=(
                "Hola, {{ name }}:",
                "Le han invitado a abrir una cuenta en {{ network }}. Abra el enlace de abajo "
                "para elegir su contraseña.",
            ),
            action="Elegir mi contraseña",
            notes=(
                "El enlace funciona una sola vez, hasta el {{ expires }}.",
                "Si no esperaba este mensaje, puede ignorarlo.",
            ),
        ),
        "event_invitation": Texts(
            subject="{{ network }}: le invitamos a un evento",
            paragraphs=(
                "Le invitamos a un evento en {{ network }}. Abra el enlace de abajo para ver "
                "de qué se trata, cuándo y dónde, quién lo organiza, y para inscribirse.",
            ),
            action="Ver la invitación",
            notes=(
                "El enlace funciona hasta el {{ expires }}.",
                "Si no esperaba este mensaje, puede ignorarlo.",
            ),
        ),
        "password_reset": Texts(
            subject="Restablecer su contraseña de {{ network }}",
            paragraphs=(
                "Alguien pidió restablecer la contraseña de su cuenta de {{ network }}. Si "
                "fue usted, abra el enlace de abajo para elegir una contraseña nueva.",
            ),
            action="Elegir una contraseña nueva",
            notes=(
                "El enlace funciona una sola vez, hasta el {{ expires }}.",
                "Si no fue usted, ignore este mensaje: su contraseña no ha cambiado.",
            ),
        ),
        "offer_made": Texts(
            subject="{{ network }}: hay una plaza libre para usted",
            paragraphs=("Hay una plaza libre en un evento al que se apuntó.", _SEAT_HELD),
            titled=("Hay una plaza libre en {{ title }}.", _SEAT_HELD),
            action="Aceptar la plaza",
        ),
        "offer_expiring": Texts(
            subject="{{ network }}: su plaza sigue reservada",
            paragraphs=(
                "Recordatorio: su plaza en un evento al que se apuntó está reservada hasta el "
                "{{ expires }}. Acéptela para conservarla.",
            ),
            titled=(
                "Recordatorio: su plaza en {{ title }} está reservada hasta el {{ expires }}. "
                "Acéptela para conservarla.",
            ),
            action="Aceptar la plaza",
        ),
        "offer_expired": Texts(
            subject="{{ network }}: la oferta de plaza ha terminado",
            paragraphs=(
                "La oferta de plaza en un evento al que se apuntó ha caducado y pasa a la "
                "siguiente persona.",
            ),
            titled=(
                "La oferta de plaza en {{ title }} ha caducado y pasa a la siguiente persona.",
            ),
            action="Ver el evento",
        ),
        "event_changed": Texts(
            subject="{{ network }}: un evento al que se apuntó ha cambiado",
            paragraphs=("Un evento al que se apuntó ha cambiado: {{ change }}.",),
            titled=("{{ title }} ha cambiado: {{ change }}{{ reason }}.",),
            action="Ver el evento",
        ),
        "incident_critical": Texts(
            subject="{{ network }}: incidente crítico en su misión",
            paragraphs=("Se informó un incidente crítico ({{ category }}) en su misión.",),
            titled=("Se informó un incidente crítico ({{ category }}) en su misión.",),
            action="Abrir la mesa de incidentes",
        ),
        "registration_confirmed": Texts(
            subject="{{ network }}: su inscripción está confirmada",
            paragraphs=("Está inscrito/a en un evento.",),
            titled=("Está inscrito/a en {{ title }}.",),
            action="Ver el evento",
        ),
    },
)
