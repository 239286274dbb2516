"""The texts of every email: a fixed subject, a plain-text body and an HTML body.

Subjects never carry a secret or free text. Bodies may carry a link with a token: that is
the point of the message, and it is never logged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from typing import Any

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str
    language: str


# template -> language -> (subject, text). Placeholders: {network}, {link}, {expires}, {name}.
TEXTS: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "account_invitation": {
        "en": (
            "Your {network} account",
            "Hello {name},\n\nYou have been invited to an account on {network}. Open this "
            "link to choose your password:\n\n{link}\n\nThe link works once, until {expires}. "
            "If you did not expect this message, ignore it.\n",
        ),
    },
    "password_reset": {
        "en": (
            "Reset your {network} password",
            "Someone asked to reset the password of your {network} account. If it was you, "
            "open this link to choose a new password:\n\n{link}\n\nThe link works once, until "
            "{expires}. If it was not you, ignore this message: your password is unchanged.\n",
        ),
    },
}


def render(template: str, language: str, params: Mapping[str, Any]) -> Rendered:
    """The template in `language` (or its base language, or English) filled with `params`."""
    texts = TEXTS[template]
    base = language.split("-")[0].lower()
    chosen = language if language in texts else base if base in texts else DEFAULT_LANGUAGE
    subject, text = texts[chosen]
    body = text.format(**params)
    html = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
    return Rendered(subject=subject.format(**params), text=body, html=html, language=chosen)
