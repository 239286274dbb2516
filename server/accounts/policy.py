"""What sign-in needs from the settings, in one object the services take as an argument."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import timedelta

from server.accounts.models import SignInMethod
from server.settings import Settings


@dataclass(frozen=True)
class SignInPolicy:
    # Keys the digests of phone numbers, SMS codes and recovery codes: a copy of the database
    # alone is not enough to try every six-digit code or every number against them.
    secret: bytes
    network_name: str = "Pluralis"
    session_ttl: timedelta = timedelta(days=14)
    sms_session_ttl: timedelta = timedelta(hours=12)
    two_factor_required_for_admins: bool = False

    @classmethod
    def of(cls, settings: Settings) -> SignInPolicy:
        return cls(
            secret=settings.secret_key.encode(),
            network_name=settings.network_name,
            session_ttl=timedelta(hours=settings.session_ttl_hours),
            sms_session_ttl=timedelta(hours=settings.sms_session_ttl_hours),
            two_factor_required_for_admins=settings.requires_two_factor_for_admins,
        )

    def ttl(self, method: SignInMethod) -> timedelta:
        return self.sms_session_ttl if method is SignInMethod.SMS_CODE else self.session_ttl

    def digest(self, kind: str, value: str) -> str:
        """A keyed SHA-256 digest (64 hex characters) of `value`, separated by `kind`."""
        return hmac.new(self.secret, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()
