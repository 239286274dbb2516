"""The SMS gateway interface: an outbox for the embedded default, Twilio in production."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Protocol

from twilio.base.exceptions import TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.rest import Client

# Twilio errors that no retry can fix, and what each says about the number (None: nothing,
# the message alone failed). https://www.twilio.com/docs/api/errors
PERMANENT_ERRORS: dict[int, str | None] = {
    21610: "opted_out",  # the recipient replied STOP
    21211: "invalid",  # not a valid phone number
    21614: "invalid",  # not a mobile number
    # Our account may not send to the number's country: permanent for this message, but the
    # number is fine and the operator may enable the region, so it is not marked.
    21408: None,
}


@dataclass(frozen=True)
class Sent:
    provider_id: str
    status: str


class PermanentFailure(Exception):
    """The provider refused the message for good; `mark` says what it means for the number."""

    def __init__(self, code: int, mark: str | None) -> None:
        super().__init__(f"provider error {code}")
        self.code = code
        self.mark = mark


class SmsGateway(Protocol):
    name: str

    async def send(self, *, to: str, body: str, status_callback: str | None = None) -> Sent: ...

    async def close(self) -> None: ...


class OutboxGateway:
    """Sends nothing: the outbound_message row is the message, shown on the simulator page."""

    name = "outbox"

    async def send(self, *, to: str, body: str, status_callback: str | None = None) -> Sent:
        return Sent(provider_id=f"OB{uuid.uuid4().hex}", status="delivered")

    async def close(self) -> None:
        return None


class TwilioGateway:
    """Twilio's REST API through the official async client."""

    name = "twilio"

    def __init__(
        self,
        *,
        account_sid: str,
        auth_token: str,
        from_number: str = "",
        messaging_service_sid: str = "",
        base_url: str = "",
    ) -> None:
        self._http = AsyncTwilioHttpClient()
        self._client = Client(account_sid, auth_token, http_client=self._http)
        if base_url:
            # Only the loopback fake in tests sets this; the real client talks to twilio.com.
            self._client.api.base_url = base_url.rstrip("/")
        self._from = from_number
        self._service = messaging_service_sid

    async def send(self, *, to: str, body: str, status_callback: str | None = None) -> Sent:
        kwargs: dict[str, Any] = {"to": to, "body": body}
        if self._service:
            kwargs["messaging_service_sid"] = self._service
        else:
            kwargs["from_"] = self._from
        if status_callback:
            kwargs["status_callback"] = status_callback
        try:
            message = await self._client.messages.create_async(**kwargs)
        except TwilioRestException as error:
            # Anything else (a 5xx, a timeout, a rate limit) is transient: the job fails and
            # is retried, and the resend sweep picks the message up again.
            code = error.code
            if isinstance(code, int) and code in PERMANENT_ERRORS:
                raise PermanentFailure(code, PERMANENT_ERRORS[code]) from error
            raise
        return Sent(provider_id=str(message.sid), status=str(message.status))

    async def close(self) -> None:
        session = getattr(self._http, "session", None)
        if session is not None:
            await session.close()
