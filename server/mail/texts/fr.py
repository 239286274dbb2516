"""Français."""

from __future__ import annotations

from server.mail.texts import Language, Texts

_SEAT_HELD = (
    "La place vous est réservée jusqu'au {{ expires }} ; ensuite, elle passe à la personne "
    "suivante."
)

LANGUAGE = Language(
    code="fr",
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    date_format="{day} {month} {year} à {time} {zone}",
    link_hint="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :",
    footer="Ce message a été envoyé automatiquement par {{ network }}. Les réponses ne sont "
    "pas lues.",
    messages={
        "account_invitation": Texts(
            subject="Votre compte {{ network }}",
            paragraphs=(
                "Bonjour {{ name }},",
                "Vous êtes invité·e à ouvrir un compte sur {{ network }}. Ouvrez le lien "
                "ci-dessous pour choisir votre mot de passe.",
            ),
            action="Choisir mon mot de passe",
            notes=(
                "Le lien ne fonctionne qu'une fois, jusqu'au {{ expires }}.",
                "Si vous n'attendiez pas ce message, vous pouvez l'ignorer.",
            ),
        ),
        "event_invitation": Texts(
            subject="{{ network }} : vous êtes invité·e à un événement",
            paragraphs=(
                "Vous êtes invité·e à un événement sur {{ network }}. Ouvrez le lien "
                "ci-dessous pour voir de quoi il s'agit, quand, où et qui l'organise, et pour "
                "vous inscrire.",
            ),
            action="Voir l'invitation",
            notes=(
                "Le lien fonctionne jusqu'au {{ expires }}.",
                "Si vous n'attendiez pas ce message, vous pouvez l'ignorer.",
            ),
        ),
        "password_reset": Texts(
            subject="Réinitialiser votre mot de passe {{ network }}",
            paragraphs=(
                "Quelqu'un a demandé à réinitialiser le mot de passe de votre compte "
                "{{ network }}. Si c'est vous, ouvrez le lien ci-dessous pour choisir un "
                "nouveau mot de passe.",
            ),
            action="Choisir un nouveau mot de passe",
            notes=(
                "Le lien ne fonctionne qu'une fois, jusqu'au {{ expires }}.",
                "Si ce n'est pas vous, ignorez ce message : votre mot de passe n'a pas changé.",
            ),
        ),
        "offer_made": Texts(
            subject="{{ network }} : une place est libre pour vous",
            paragraphs=(
                "Une place est libre pour un événement où vous êtes inscrit·e.",
                _SEAT_HELD,
            ),
            titled=("Une place est libre pour {{ title }}.", _SEAT_HELD),
            action="Accepter la place",
        ),
        "offer_expiring": Texts(
            subject="{{ network }} : votre place est encore réservée",
            paragraphs=(
                "Rappel : votre place pour un événement où vous êtes inscrit·e est réservée "
                "jusqu'au {{ expires }}. Acceptez-la pour la garder.",
            ),
            titled=(
                "Rappel : votre place pour {{ title }} est réservée jusqu'au {{ expires }}. "
                "Acceptez-la pour la garder.",
            ),
            action="Accepter la place",
        ),
        "offer_expired": Texts(
            subject="{{ network }} : l'offre de place a pris fin",
            paragraphs=(
                "L'offre de place pour un événement où vous êtes inscrit·e a expiré et passe "
                "à la personne suivante.",
            ),
            titled=("L'offre de place pour {{ title }} a expiré et passe à la personne suivante.",),
            action="Voir l'événement",
        ),
        "event_changed": Texts(
            subject="{{ network }} : un événement où vous êtes inscrit·e a changé",
            paragraphs=("Un événement où vous êtes inscrit·e a changé : {{ change }}.",),
            titled=("{{ title }} a changé : {{ change }}{{ reason }}.",),
            action="Voir l'événement",
        ),
        "incident_critical": Texts(
            subject="{{ network }} : incident critique dans votre mission",
            paragraphs=("Un incident critique ({{ category }}) a été signalé dans votre mission.",),
            titled=("Un incident critique ({{ category }}) a été signalé dans votre mission.",),
            action="Ouvrir le suivi des incidents",
        ),
        "registration_confirmed": Texts(
            subject="{{ network }} : votre inscription est confirmée",
            paragraphs=("Vous êtes inscrit·e à un événement.",),
            titled=("Vous êtes inscrit·e à {{ title }}.",),
            action="Voir l'événement",
        ),
    },
)
