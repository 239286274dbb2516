"""Every email in every language and form: whole, escaped, nothing secret in a subject."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from jinja2 import Environment, UndefinedError, meta

from server.mail.templates import LANGUAGES, PLAIN_PARAMS, TEMPLATES, render
from server.notifications.templates import TITLED

ATTACK_TITLE = "<script>alert(1)</script> URGENT reset at http://evil.example"
ATTACK_REASON = "call +1 555 0100 <b>now</b>"
TOKEN = "rst_SECRETtoken123"
EXPIRES = datetime(2026, 6, 1, 7, 30, tzinfo=UTC)
PARAMS: dict[str, Any] = {
    "network": "Election Watch",
    "name": "<i>Amina</i>",
    "link": f"https://watch.example/reset-password/{TOKEN}",
    "expires": EXPIRES,
    "title": ATTACK_TITLE,
    "reason": f" ({ATTACK_REASON})",
    "change": "postponed",
    "category": "violence",
}
NOTIFICATIONS = sorted(t for t in TEMPLATES if LANGUAGES["en"].messages[t].titled)


def variables(source: str) -> set[str]:
    return set(meta.find_undeclared_variables(Environment().parse(source)))


class TestEveryTemplate:
    @pytest.mark.parametrize("titled", [False, True])
    @pytest.mark.parametrize("language", sorted(LANGUAGES))
    @pytest.mark.parametrize("template", sorted(TEMPLATES))
    def test_renders_whole_and_escaped(self, template: str, language: str, titled: bool) -> None:
        rendered = render(template, language, PARAMS, titled=titled, time_zone="Africa/Nairobi")
        assert rendered.language == language
        assert PARAMS["link"] in rendered.text and f'href="{PARAMS["link"]}"' in rendered.html
        # Nothing a person typed is ever markup in the HTML body.
        for raw in ("<script>", "<b>now", "<i>Amina"):
            assert raw not in rendered.html
        assert f'<html lang="{language}" dir="{LANGUAGES[language].direction}">' in rendered.html
        assert "Election Watch" in rendered.text and "Election Watch" in rendered.html
        assert "{{" not in rendered.text and "{{" not in rendered.html

    @pytest.mark.parametrize("language", sorted(LANGUAGES))
    @pytest.mark.parametrize("template", sorted(TEMPLATES))
    def test_subjects_are_fixed_words_and_the_network_name(
        self, template: str, language: str
    ) -> None:
        texts = LANGUAGES[language].messages[template]
        assert variables(texts.subject) == {"network"}
        subject = render(template, language, PARAMS, titled=True).subject
        for secret in (TOKEN, "Amina", "URGENT", "555", "postponed", "2026"):
            assert secret not in subject

    @pytest.mark.parametrize("language", sorted(LANGUAGES))
    def test_every_language_has_every_template(self, language: str) -> None:
        assert set(LANGUAGES[language].messages) == TEMPLATES
        assert len(LANGUAGES[language].months) == 12


class TestTitledAndPlainForms:
    """Issue 7, finding 5, for email: free text only to members of the host organization."""

    @pytest.mark.parametrize("language", sorted(LANGUAGES))
    @pytest.mark.parametrize("template", NOTIFICATIONS)
    def test_plain_forms_use_only_values_the_code_computed(
        self, template: str, language: str
    ) -> None:
        texts = LANGUAGES[language].messages[template]
        for source in (*texts.paragraphs, *texts.notes, texts.action):
            assert variables(source) <= PLAIN_PARAMS
        rendered = render(template, language, PARAMS, titled=False)
        for word in ("URGENT", "evil", "555", "alert"):
            assert word not in rendered.text and word not in rendered.html

    @pytest.mark.parametrize("language", sorted(LANGUAGES))
    def test_the_titled_form_quotes_the_title_as_text(self, language: str) -> None:
        rendered = render("event_changed", language, PARAMS, titled=True)
        assert ATTACK_TITLE in rendered.text and ATTACK_REASON in rendered.text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered.html
        assert "&lt;b&gt;now&lt;/b&gt;" in rendered.html

    def test_the_titled_form_exists_for_every_notification(self) -> None:
        # The same notifications as the SMS texts, each with its two forms.
        assert set(NOTIFICATIONS) == set(TITLED)


class TestValues:
    def test_times_are_shown_in_the_persons_zone_and_words(self) -> None:
        english = render("offer_made", "en", PARAMS, time_zone="Africa/Nairobi")
        assert "1 June 2026, 10:30 EAT" in english.text
        french = render("offer_made", "fr", PARAMS, time_zone="Europe/Paris")
        assert "1 juin 2026 à 09:30 CEST" in french.text
        arabic = render("offer_made", "ar-EG", PARAMS, time_zone="Africa/Cairo")
        assert "1 يونيو 2026" in arabic.text and arabic.language == "ar"

    def test_an_unknown_zone_falls_back_to_utc(self) -> None:
        rendered = render("password_reset", "es", PARAMS, time_zone="Mars/Olympus")
        assert "1 de junio de 2026, 07:30 UTC" in rendered.text

    def test_an_unknown_language_falls_back_to_english(self) -> None:
        assert render("password_reset", "sw", PARAMS).language == "en"
        assert render("password_reset", "fr-CA", PARAMS).language == "fr"

    def test_a_missing_value_fails_instead_of_sending_a_hole(self) -> None:
        with pytest.raises(UndefinedError):
            render("account_invitation", "en", {"network": "W", "link": "x", "expires": "y"})
        with pytest.raises(KeyError):
            render("password_reset", "en", {"network": "W", "expires": "y"})

    def test_a_line_break_in_the_network_name_cannot_start_a_header(self) -> None:
        rendered = render("password_reset", "en", {**PARAMS, "network": "W\r\nBcc: x@evil"})
        assert "\n" not in rendered.subject and "\r" not in rendered.subject
