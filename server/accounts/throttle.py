"""Sign-in throttling: failures are limited, a person's own correct password is not.

Counting every attempt per email let anyone lock a named person out by failing their email a
few times. Here only failures count, in three fixed-window counters:

- per (email, client): a client guessing one person's password stops after a few failures;
- per client: a client trying many emails stops too;
- per email, a ceiling for many clients guessing one person's password, which refuses only
  clients that have themselves been failing in the window. A client that has not failed,
  such as the person's own phone, still signs in with the right password.

An attempt is counted as a failure before the password is checked and taken back when it
succeeds, so a burst of parallel guesses cannot all pass the check before any is counted.
Keys are keyed digests (HMAC with the secret key): the store never holds an email or address,
nor a hash that a list of candidate emails could be matched against.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from server.kit.errors import RateLimited
from server.kit.ratelimit import RateLimiter
from server.settings import Settings

REFUSED = "Too many failed sign-in attempts. Wait a few minutes and try again."


@dataclass(frozen=True)
class SignInLimits:
    per_email_and_client: int
    per_client: int
    per_email: int
    window_seconds: int

    @classmethod
    def from_settings(cls, settings: Settings) -> SignInLimits:
        return cls(
            per_email_and_client=settings.sign_in_attempts_per_window,
            per_client=settings.sign_in_failures_per_client,
            per_email=settings.sign_in_failures_per_email,
            window_seconds=settings.sign_in_window_seconds,
        )


@dataclass(frozen=True)
class SignInAttempt:
    """Counted as a failure until `succeeded` takes it back."""

    throttle: SignInThrottle
    keys: tuple[str, ...]

    async def succeeded(self) -> None:
        for key in self.keys:
            await self.throttle.limiter.add(
                key, amount=-1, window_seconds=self.throttle.limits.window_seconds
            )


@dataclass(frozen=True)
class SignInThrottle:
    limiter: RateLimiter
    limits: SignInLimits
    secret: bytes
    client: str

    def _digest(self, kind: str, value: str) -> str:
        return hmac.new(self.secret, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:32]

    async def begin(self, *, email: str) -> SignInAttempt:
        """Count this attempt; RateLimited (and nothing checked) when this client must wait."""
        email_key = f"signin:email:{self._digest('email', email)}"
        client_key = f"signin:client:{self._digest('client', self.client)}"
        pair_key = f"signin:pair:{self._digest('pair', email + chr(0) + self.client)}"
        window = self.limits.window_seconds
        pair = await self.limiter.add(pair_key, window_seconds=window)
        client = await self.limiter.add(client_key, window_seconds=window)
        everyone = await self.limiter.add(email_key, window_seconds=window)
        # `client > 1`: this client failed (or is trying in parallel) earlier in the window.
        if (
            pair > self.limits.per_email_and_client
            or client > self.limits.per_client
            or (everyone > self.limits.per_email and client > 1)
        ):
            raise RateLimited(REFUSED)
        return SignInAttempt(self, (pair_key, client_key, email_key))


def sign_in_throttle(settings: Settings, limiter: RateLimiter, *, client: str) -> SignInThrottle:
    return SignInThrottle(
        limiter=limiter,
        limits=SignInLimits.from_settings(settings),
        secret=settings.secret_key.encode(),
        client=client,
    )
