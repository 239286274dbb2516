"""One settings object for every runtime mode, read from the environment (and `.env`)."""

from __future__ import annotations

import json
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SECRET = "dev-insecure-secret-change-me"  # noqa: S105 - the value production refuses
# Where `make run` serves (its HOST and PORT): links point here when PUBLIC_BASE_URL is unset.
DEV_LINK_BASE = "http://127.0.0.1:8000"


class Mode(StrEnum):
    EMBEDDED = "embedded"
    PRODUCTION = "production"


class UnsafeConfigError(RuntimeError):
    """Production start refused: the message lists what to set."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    mode: Mode = Mode.EMBEDDED
    database_url: str = f"sqlite+aiosqlite:///{ROOT / 'var' / 'pluralis.db'}"
    redis_url: str = ""
    # Background jobs, SMS and live events each pick their backend from here; the embedded
    # default keeps everything in one process, production uses Redis and Twilio.
    jobs_backend: str = Field(default="", description="'inprocess' or 'arq'; empty = by mode")
    sms_backend: str = Field(default="", description="'outbox' or 'twilio'; empty = by mode")
    events_backend: str = Field(default="", description="'memory' or 'redis'; empty = by mode")
    secret_key: str = DEFAULT_SECRET
    public_base_url: str = ""
    # Browser origins allowed to open the GraphQL websocket, besides PUBLIC_BASE_URL's own.
    # Comma-separated in the environment: ALLOWED_ORIGINS=https://a.example,https://b.example
    allowed_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    twilio_account_sid: str = ""
    twilio_auth_token: str = ""
    twilio_from_number: str = ""
    twilio_messaging_service_sid: str = ""
    twilio_base_url: str = ""  # only for the loopback fake in tests
    # Email (docs/email.md): the outbox (nothing leaves; the development mailbox shows it) or
    # an SMTP relay. MAIL_FROM is the sender, e.g. "Election Watch <no-reply@ngo.example>".
    mail_backend: str = Field(default="", description="'outbox' or 'smtp'; empty = by mode")
    mail_from: str = ""
    smtp_host: str = ""
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_username: str = ""
    smtp_password: str = ""
    # STARTTLS on the submission port (587) by default; SMTP_TLS=true for implicit TLS (465).
    smtp_starttls: bool = True
    smtp_tls: bool = False
    smtp_timeout_seconds: float = Field(default=30, gt=0)
    # The development mailbox and SMS outbox (GraphQL devMailbox, devSmsOutbox) hand out
    # tokens and codes: None = on in the embedded default; production refuses them.
    dev_outboxes: bool | None = None
    # Signs the fixed SMS texts sent to people outside an event's host organization.
    network_name: str = "Pluralis"
    # Text messages one organization may cause in any 24 hours (offers, change notices).
    sms_budget_per_organization: int = Field(default=500, ge=0)
    session_ttl_hours: int = 24 * 14
    # Failed sign-ins allowed per window: per email from one client, per client, and for one
    # email from all clients together (that ceiling refuses only clients that have failed).
    sign_in_attempts_per_window: int = 10
    sign_in_failures_per_client: int = 50
    sign_in_failures_per_email: int = 100
    sign_in_window_seconds: int = 900
    # Phone number changes (updatePerson with phones) per caller and window.
    phone_changes_per_window: int = 10
    phone_change_window_seconds: int = 3600
    log_level: str = "INFO"
    log_json: bool | None = None  # None = JSON in production, text in the embedded default
    web_dist: Path = ROOT / "web" / "dist"
    graphql_max_depth: int = 12
    graphql_max_aliases: int = 30
    graphql_max_tokens: int = 5000
    # None = on in the embedded default (GraphiQL and codegen use it), off in production,
    # where it would hand an attacker the map of every field.
    graphql_introspection: bool | None = None
    # Bodies over this are refused with 413 before any route reads them.
    max_request_body_bytes: int = 1024 * 1024
    # File uploads (multipart GraphQL requests with the upload header, e.g. a CSV import)
    # may be this large instead: a national file of 200,000 polling stations is ~15 MB.
    max_upload_bytes: int = Field(default=32 * 1024 * 1024, ge=0)
    # Remote image sources the Content-Security-Policy allows besides this site, e.g.
    # IMAGE_SOURCES=https://images.example.org (none by default: images are links).
    image_sources: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # Accounts: invitations and password resets (helper "invites"). An invitation link works
    # for this many hours; each inviter may send so many per window.
    account_invitation_ttl_hours: int = Field(default=24 * 7, ge=1)
    account_invitations_per_window: int = 30
    account_invitation_window_seconds: int = 3600
    # A reset link works this many minutes. Requests are limited per email or number (silently:
    # the answer never changes) and per client (the client is told to wait).
    password_reset_ttl_minutes: int = Field(default=30, ge=1)
    password_resets_per_identifier: int = 3
    password_resets_per_client: int = 20
    password_reset_window_seconds: int = 3600
    # --- Sign-in (issue 8, signin) ---
    # Sessions opened with a code sent by SMS are shorter: a phone is lost or seized more
    # easily than a password is guessed.
    sms_session_ttl_hours: int = Field(default=12, ge=1)
    # Codes asked for one number per window (counted alike for unknown numbers), and by one
    # client per (longer) window.
    sign_in_codes_per_number: int = 3
    sign_in_code_number_window_seconds: int = 900
    sign_in_codes_per_client: int = 10
    sign_in_code_client_window_seconds: int = 3600
    # Superusers and network admins must turn on two-factor before their powers apply.
    # None = required in production, not in the embedded default.
    two_factor_required_for_admins: bool | None = None
    # --- Calendar feeds (issue 9, serve) ---
    # Cancelled events stay in feeds (as CANCELLED) this many days, then drop out; events
    # that ended more than FEED_PAST_DAYS ago are left out.
    feed_cancelled_days: int = Field(default=30, ge=0)
    feed_past_days: int = Field(default=90, ge=0)
    # REFRESH-INTERVAL / X-PUBLISHED-TTL written in feeds (a hint; Google ignores it).
    feed_refresh_hours: int = Field(default=6, ge=1)
    # Changes are gathered this long before a changed feed is rendered again.
    feed_debounce_seconds: int = Field(default=30, ge=0)

    @field_validator("allowed_origins", "image_sources", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            # A JSON list is accepted too, as other list settings of pydantic-settings take.
            items = json.loads(value) if value.strip().startswith("[") else value.split(",")
            return [str(origin).strip().rstrip("/") for origin in items if str(origin).strip()]
        return value

    @field_validator("image_sources")
    @classmethod
    def _plain_sources(cls, value: list[str]) -> list[str]:
        # A source is pasted into the policy header: a ';' or a space would add directives.
        for source in value:
            if any(c in source for c in " ;,'\"\r\n"):
                raise ValueError(f"IMAGE_SOURCES: {source!r} is not a plain origin")
        return value

    @property
    def public_origin(self) -> str | None:
        """scheme://host[:port] of PUBLIC_BASE_URL, which may carry a path behind a proxy."""
        parts = urlsplit(self.public_base_url)
        return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None

    @property
    def websocket_origins(self) -> tuple[str, ...]:
        origins = list(self.allowed_origins)
        if self.public_origin:
            origins.append(self.public_origin)
        return tuple(dict.fromkeys(origins))

    @property
    def is_production(self) -> bool:
        return self.mode is Mode.PRODUCTION

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def jobs(self) -> str:
        return self.jobs_backend or ("arq" if self.is_production else "inprocess")

    @property
    def sms(self) -> str:
        return self.sms_backend or ("twilio" if self.is_production else "outbox")

    @property
    def mail(self) -> str:
        return self.mail_backend or ("smtp" if self.is_production else "outbox")

    @property
    def dev_outboxes_enabled(self) -> bool:
        return not self.is_production if self.dev_outboxes is None else self.dev_outboxes

    @property
    def link_base(self) -> str:
        """The address links in emails and SMS start with: PUBLIC_BASE_URL, or the address
        `make run` serves on when it is unset (the embedded default)."""
        return self.public_base_url.rstrip("/") or DEV_LINK_BASE

    @property
    def events(self) -> str:
        return self.events_backend or ("redis" if self.is_production else "memory")

    @property
    def introspection(self) -> bool:
        return (
            not self.is_production
            if self.graphql_introspection is None
            else (self.graphql_introspection)
        )

    @property
    def requires_two_factor_for_admins(self) -> bool:
        if self.two_factor_required_for_admins is None:
            return self.is_production
        return self.two_factor_required_for_admins

    @property
    def json_logs(self) -> bool:
        return self.is_production if self.log_json is None else self.log_json

    def check_safe(self) -> None:
        """Refuse to start production with settings that would leak or break data."""
        if not self.is_production:
            return
        problems: list[str] = []
        if self.secret_key == DEFAULT_SECRET or len(self.secret_key) < 32:
            problems.append("SECRET_KEY: set a random value of at least 32 characters")
        if not self.public_base_url.startswith("https://"):
            problems.append("PUBLIC_BASE_URL: set the https:// address users and Twilio reach")
        if self.is_sqlite:
            problems.append("DATABASE_URL: production needs postgresql+asyncpg://…")
        if ("redis" in (self.jobs, self.events) or self.jobs == "arq") and not self.redis_url:
            problems.append("REDIS_URL: production jobs and live events need Redis")
        if self.sms == "twilio" and not (self.twilio_account_sid and self.twilio_auth_token):
            problems.append("TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN: needed to send SMS")
        if self.sms == "twilio" and not (
            self.twilio_from_number or self.twilio_messaging_service_sid
        ):
            problems.append("TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID: the sender")
        problems.extend(self._mail_problems())
        if problems:
            raise UnsafeConfigError(
                "Refusing to start in production mode. Set:\n  - " + "\n  - ".join(problems)
            )

    def _mail_problems(self) -> list[str]:
        problems: list[str] = []
        if self.mail == "smtp" and not (self.smtp_host and self.mail_from):
            problems.append("SMTP_HOST and MAIL_FROM: needed to send email")
        if self.smtp_tls and self.smtp_starttls and self.mail == "smtp":
            problems.append("SMTP_TLS or SMTP_STARTTLS: choose one (SMTP_STARTTLS=false for 465)")
        if self.dev_outboxes:
            problems.append("DEV_OUTBOXES: unset it; the development outboxes show secrets")
        return problems


@lru_cache
def get_settings() -> Settings:
    return Settings()
