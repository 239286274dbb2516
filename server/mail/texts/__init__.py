"""The words of every email, one module per language; `server.mail.templates` lays them out.

Each text is a Jinja template string: parameters are written `{{ name }}`, escaped in the HTML
body and left as they are in the plain-text body. Subjects may use `{{ network }}` alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Texts:
    """One email in one language.

    `paragraphs` is the only form of an account email and the *plain* form of a notification:
    fixed words with values the code computed. `titled`, for notifications only, may also
    quote free text (an event's title, an organizer's reason) and goes only to members of the
    event's host organization (see server/notifications/templates.py).
    """

    subject: str
    paragraphs: tuple[str, ...]
    action: str = ""  # the label of the button that opens {{ link }}
    notes: tuple[str, ...] = ()
    titled: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Language:
    code: str
    months: tuple[str, ...]  # January first
    # How a time reads: {day} {month} {year} {time} {zone} are filled in.
    date_format: str
    link_hint: str  # above the bare link, for clients that do not show the button
    footer: str  # may use {{ network }}
    direction: str = "ltr"
    messages: Mapping[str, Texts] = field(default_factory=dict)
