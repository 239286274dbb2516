"""Runtime modes come from one settings object; production refuses unsafe settings."""

from __future__ import annotations

import pytest

from server.settings import Mode, Settings, UnsafeConfigError

SAFE_PRODUCTION = {
    "mode": Mode.PRODUCTION,
    "database_url": "postgresql+asyncpg://pluralis@db/pluralis",
    "redis_url": "redis://redis:6379/0",
    "secret_key": "s" * 40,
    "public_base_url": "https://pluralis.example.org",
    "twilio_account_sid": "AC" + "0" * 32,
    "twilio_auth_token": "token",
    "twilio_from_number": "+15005550006",
    "smtp_host": "smtp.example.org",
    "mail_from": "Pluralis <no-reply@pluralis.example.org>",
}


def _settings(**overrides: object) -> Settings:
    return Settings(_env_file=None, **{**SAFE_PRODUCTION, **overrides})  # type: ignore[arg-type]


class TestModes:
    def test_the_embedded_default_keeps_everything_in_process(self) -> None:
        settings = Settings(_env_file=None)
        assert settings.is_sqlite and "var/pluralis.db" in settings.database_url
        assert (settings.jobs, settings.sms, settings.events) == ("inprocess", "outbox", "memory")
        settings.check_safe()  # the embedded default never refuses to start

    def test_production_uses_arq_twilio_and_redis(self) -> None:
        settings = _settings()
        assert (settings.jobs, settings.sms, settings.events) == ("arq", "twilio", "redis")
        assert settings.json_logs is True
        settings.check_safe()

    def test_each_seam_can_be_chosen_on_its_own(self) -> None:
        settings = _settings(sms_backend="outbox")
        assert (settings.jobs, settings.sms) == ("arq", "outbox")


class TestUnsafeProduction:
    @pytest.mark.parametrize(
        ("overrides", "names"),
        [
            ({"secret_key": "dev-insecure-secret-change-me"}, ["SECRET_KEY"]),
            ({"secret_key": "short"}, ["SECRET_KEY"]),
            ({"public_base_url": ""}, ["PUBLIC_BASE_URL"]),
            ({"public_base_url": "http://pluralis.example.org"}, ["PUBLIC_BASE_URL"]),
            ({"database_url": "sqlite+aiosqlite:///x.db"}, ["DATABASE_URL"]),
            ({"redis_url": ""}, ["REDIS_URL"]),
            ({"twilio_auth_token": ""}, ["TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN"]),
            ({"secret_key": "x", "public_base_url": ""}, ["SECRET_KEY", "PUBLIC_BASE_URL"]),
        ],
    )
    def test_refuses_and_names_every_setting_to_fix(
        self, overrides: dict[str, object], names: list[str]
    ) -> None:
        with pytest.raises(UnsafeConfigError) as refused:
            _settings(**overrides).check_safe()
        for name in names:
            assert name in str(refused.value)


class TestOrigins:
    def test_allowed_origins_are_comma_separated_in_the_environment(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("ALLOWED_ORIGINS", "https://a.example, https://b.example/")
        settings = Settings(_env_file=None)
        assert settings.allowed_origins == ["https://a.example", "https://b.example"]
        monkeypatch.setenv("ALLOWED_ORIGINS", '["https://c.example"]')
        assert Settings(_env_file=None).allowed_origins == ["https://c.example"]
        monkeypatch.setenv("ALLOWED_ORIGINS", "")
        assert Settings(_env_file=None).allowed_origins == []

    def test_the_public_url_adds_its_origin_even_with_a_path(self) -> None:
        settings = _settings(public_base_url="https://ngo.example:8443/pluralis/")
        assert settings.websocket_origins == ("https://ngo.example:8443",)
