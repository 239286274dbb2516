"""The email settings: the backend by mode, what production refuses, where links point."""

from __future__ import annotations

import pytest

from server.mail.gateway import OutboxMailGateway, SmtpMailGateway
from server.runtime import build_mail
from server.settings import Mode, Settings, UnsafeConfigError

PRODUCTION = {
    "mode": Mode.PRODUCTION,
    "database_url": "postgresql+asyncpg://pluralis@db/pluralis",
    "redis_url": "redis://redis:6379/0",
    "secret_key": "s" * 40,
    "public_base_url": "https://pluralis.example.org/",
    "sms_backend": "outbox",
    "smtp_host": "smtp.example.org",
    "mail_from": "Pluralis <no-reply@pluralis.example.org>",
}


def production(**overrides: object) -> Settings:
    return Settings(_env_file=None, **{**PRODUCTION, **overrides})  # type: ignore[arg-type]


class TestMailSettings:
    def test_the_embedded_default_keeps_mail_in_the_outbox_and_shows_it(self) -> None:
        settings = Settings(_env_file=None)
        assert settings.mail == "outbox" and settings.dev_outboxes_enabled
        assert settings.link_base == "http://127.0.0.1:8000"
        assert isinstance(build_mail(settings), OutboxMailGateway)

    def test_production_sends_by_smtp_and_hides_the_outboxes(self) -> None:
        settings = production()
        assert settings.mail == "smtp" and not settings.dev_outboxes_enabled
        assert settings.link_base == "https://pluralis.example.org"
        assert isinstance(build_mail(settings), SmtpMailGateway)
        settings.check_safe()

    @pytest.mark.parametrize(
        ("overrides", "name"),
        [
            ({"smtp_host": ""}, "SMTP_HOST and MAIL_FROM"),
            ({"mail_from": ""}, "SMTP_HOST and MAIL_FROM"),
            ({"smtp_tls": True}, "SMTP_TLS or SMTP_STARTTLS"),
            ({"dev_outboxes": True}, "DEV_OUTBOXES"),
        ],
    )
    def test_production_refuses_what_would_fail_or_leak(
        self, overrides: dict[str, object], name: str
    ) -> None:
        with pytest.raises(UnsafeConfigError) as refused:
            production(**overrides).check_safe()
        assert name in str(refused.value)

    def test_production_may_keep_mail_in_the_outbox(self) -> None:
        production(mail_backend="outbox", smtp_host="", mail_from="").check_safe()

    def test_implicit_tls_without_starttls_is_accepted(self) -> None:
        production(smtp_tls=True, smtp_starttls=False, smtp_port=465).check_safe()

    def test_settings_come_from_the_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("MAIL_BACKEND", "smtp")
        monkeypatch.setenv("SMTP_PORT", "2525")
        monkeypatch.setenv("SMTP_STARTTLS", "false")
        monkeypatch.setenv("DEV_OUTBOXES", "false")
        settings = Settings(_env_file=None)
        assert (settings.mail, settings.smtp_port, settings.smtp_starttls) == ("smtp", 2525, False)
        assert not settings.dev_outboxes_enabled
