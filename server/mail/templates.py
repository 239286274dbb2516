"""Rendering an email: a fixed subject, a plain-text body and an HTML body, in one language.

The words live in `server.mail.texts` (one module per language); this module fills them with
Jinja2 and lays them out. The HTML is rendered with autoescaping, so a title such as
`<script>` arrives as text; the plain-text body is never parsed as HTML, so it is not escaped.
Parameters a text does not know raise (StrictUndefined) instead of silently vanishing.

Subjects never carry a secret, a name or free text: they are rendered with the network's name
alone. Bodies may carry a link with a token: that is the point of the message, and the stored
message is never logged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, StrictUndefined, Template
from markupsafe import Markup

from server.mail.layout import HTML_LAYOUT, STYLES, TEXT_LAYOUT
from server.mail.texts import Language, Texts, ar, en, es, fr

DEFAULT_LANGUAGE = "en"
LANGUAGES: Mapping[str, Language] = {
    lang.code: lang for lang in (en.LANGUAGE, fr.LANGUAGE, es.LANGUAGE, ar.LANGUAGE)
}
TEMPLATES = frozenset(en.LANGUAGE.messages)
# What the plain form of a notification may show: values the code computed, never words a
# person typed (the same rule as server/notifications/templates.py SAFE_PARAMS).
PLAIN_PARAMS = frozenset({"expires", "change", "network", "link", "category"})

_HTML = Environment(autoescape=True, undefined=StrictUndefined)
# The plain-text body is text/plain: escaping it would show "&lt;" to the reader.
_TEXT = Environment(autoescape=False, undefined=StrictUndefined)  # noqa: S701


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str
    language: str


@lru_cache(maxsize=512)
def _compiled(source: str, *, html: bool) -> Template:
    return (_HTML if html else _TEXT).from_string(source)


def language_of(language: str) -> Language:
    """The language itself, or its base language (fr-CA -> fr), or English."""
    base = language.split("-")[0].lower()
    return LANGUAGES.get(language) or LANGUAGES.get(base) or LANGUAGES[DEFAULT_LANGUAGE]


def local_time(moment: datetime, time_zone: str, language: Language) -> str:
    """A time as the person reads it: in their zone and words, with the zone's abbreviation."""
    try:
        zone = ZoneInfo(time_zone)
    except (KeyError, ValueError):
        zone = ZoneInfo("UTC")
    local = moment.astimezone(zone)
    return language.date_format.format(
        day=local.day,
        month=language.months[local.month - 1],
        year=local.year,
        time=local.strftime("%H:%M"),
        zone=local.strftime("%Z"),
    )


def render(
    template: str,
    language: str,
    params: Mapping[str, Any],
    *,
    titled: bool = False,
    time_zone: str = "UTC",
) -> Rendered:
    """The template in `language` (or its base language, or English) filled with `params`.

    Aware datetimes among `params` are shown in `time_zone`. For a notification, `titled`
    chooses the form that may quote free text; the plain form is filled with PLAIN_PARAMS
    alone, so a plain text that named a free-text parameter fails here rather than quote it.
    """
    lang = language_of(language)
    texts = lang.messages[template]
    values = {
        name: local_time(value, time_zone, lang) if isinstance(value, datetime) else value
        for name, value in params.items()
    }
    paragraphs = texts.paragraphs
    if texts.titled is not None:
        if titled:
            paragraphs = texts.titled
        else:
            values = {k: v for k, v in values.items() if k in PLAIN_PARAMS}
    return Rendered(
        subject=_subject(texts, values),
        text=_body(lang, texts, paragraphs, values, html=False),
        html=_body(lang, texts, paragraphs, values, html=True),
        language=lang.code,
    )


def _subject(texts: Texts, values: Mapping[str, Any]) -> str:
    # Only the network's name: whatever else the caller passed cannot reach a subject line.
    subject = _compiled(texts.subject, html=False).render(network=values["network"])
    return " ".join(subject.split())  # no line break can start a new header


def _body(
    lang: Language,
    texts: Texts,
    paragraphs: tuple[str, ...],
    values: Mapping[str, Any],
    *,
    html: bool,
) -> str:
    def fill(source: str) -> str | Markup:
        filled = _compiled(source, html=html).render(values)
        # Rendered with autoescaping already: mark it so the layout does not escape it twice.
        return Markup(filled) if html else filled  # noqa: S704

    layout = _compiled(HTML_LAYOUT if html else TEXT_LAYOUT, html=html)
    return layout.render(
        lang=lang.code,
        direction=lang.direction,
        network=values["network"],
        subject=_subject(texts, values),
        paragraphs=[fill(p) for p in paragraphs],
        notes=[fill(p) for p in texts.notes],
        action=fill(texts.action) if texts.action else "",
        # Every email with a button needs its link: a missing one raises rather than sends.
        link=values["link"] if texts.action else None,
        link_hint=lang.link_hint,
        footer=fill(lang.footer),
        s=STYLES,
    )
