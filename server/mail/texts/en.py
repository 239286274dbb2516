"""English."""

from __future__ import annotations

from server.mail.texts import Language, Texts

_SEAT_HELD = (
    "The seat is held for you until {{ expires }}; after that it passes to the next person."
)

LANGUAGE = Language(
    code="en",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    date_format="{day} {month} {year}, {time} {zone}",
    link_hint="If the button does not work, copy this address into your browser:",
    footer="This message was sent automatically by {{ network }}. Replies are not read.",
    messages={
        "account_invitation": Texts(
            subject="Your {{ network }} account",
            paragraphs=(
                "Hello {{ name }},",
                "You have been invited to an account on {{ network }}. Open the link below "
                "to choose your password.",
            ),
            action="Choose your password",
            notes=(
                "The link works once, until {{ expires }}.",
                "If you did not expect this message, you can ignore it.",
            ),
        ),
        "event_invitation": Texts(
            subject="{{ network }}: you are invited to an event",
            paragraphs=(
                "You are invited to an event on {{ network }}. Open the link below to see "
                "what it is, when and where, and who hosts it, and to register.",
            ),
            action="See the invitation",
            notes=(
                "The link works until {{ expires }}.",
                "If you did not expect this message, you can ignore it.",
            ),
        ),
        "password_reset": Texts(
            subject="Reset your {{ network }} password",
            paragraphs=(
                "Someone asked to reset the password of your {{ network }} account. If it "
                "was you, open the link below to choose a new password.",
            ),
            action="Choose a new password",
            notes=(
                "The link works once, until {{ expires }}.",
                "If it was not you, ignore this message: your password is unchanged.",
            ),
        ),
        "offer_made": Texts(
            subject="{{ network }}: a seat is free for you",
            paragraphs=("A seat is free at an event you joined.", _SEAT_HELD),
            titled=("A seat is free at {{ title }}.", _SEAT_HELD),
            action="Accept the seat",
        ),
        "offer_expiring": Texts(
            subject="{{ network }}: your seat is held a little longer",
            paragraphs=(
                "Reminder: your seat at an event you joined is held until {{ expires }}. "
                "Accept it to keep it.",
            ),
            titled=(
                "Reminder: your seat at {{ title }} is held until {{ expires }}. "
                "Accept it to keep it.",
            ),
            action="Accept the seat",
        ),
        "offer_expired": Texts(
            subject="{{ network }}: your seat offer has ended",
            paragraphs=(
                "Your offer of a seat at an event you joined has expired and passed to the "
                "next person.",
            ),
            titled=(
                "Your offer of a seat at {{ title }} has expired and passed to the next person.",
            ),
            action="See the event",
        ),
        "event_changed": Texts(
            subject="{{ network }}: an event you joined has changed",
            paragraphs=("An event you joined has changed: {{ change }}.",),
            titled=("{{ title }} has changed: {{ change }}{{ reason }}.",),
            action="See the event",
        ),
        "incident_critical": Texts(
            subject="{{ network }}: a critical incident in your mission",
            paragraphs=(
                "A critical incident ({{ category }}) was reported in a mission you coordinate.",
            ),
            titled=(
                "A critical incident ({{ category }}) was reported in a mission you coordinate.",
            ),
            action="Open the incident desk",
        ),
        "registration_confirmed": Texts(
            subject="{{ network }}: you are registered",
            paragraphs=("You are registered for an event.",),
            titled=("You are registered for {{ title }}.",),
            action="See the event",
        ),
    },
)
