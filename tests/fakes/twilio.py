"""A loopback stand-in for Twilio's Messages API, spoken to by the real twilio client.

It implements the one endpoint we call (create a Message) with Twilio's URL, form fields,
Basic auth, JSON resource and error shape, plus Twilio's magic test numbers. Any other number
can be made to fail as Twilio fails it (`refuse`): Twilio refuses an unsubscribed or invalid
recipient when the message is created, with HTTP 400 and the error code in the JSON body.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

# From Twilio's test-credentials page: a recipient that has opted out (STOP) -> 21610.
BLOCKED_RECIPIENT = "+15005550004"
INVALID_RECIPIENT = "+15005550001"  # 21211
NO_PERMISSION_RECIPIENT = "+15005550003"  # 21408
NOT_MOBILE_RECIPIENT = "+15005550009"  # 21614

# Twilio's texts for the refusals it makes at create time (the number is filled in).
REFUSALS: dict[int, str] = {
    21211: "The 'To' number {to} is not a valid phone number.",
    21408: "Permission to send an SMS has not been enabled for the region indicated by the "
    "'To' number: {to}.",
    21610: "Attempt to send to unsubscribed recipient",
    21614: "'To' number is not a valid mobile number",
    20429: "Too Many Requests",  # transient: Twilio's rate limit, answered with HTTP 429
}


@dataclass
class FakeTwilio:
    account_sid: str = "AC" + "0" * 32
    auth_token: str = "fake-auth-token"
    messages: list[dict[str, Any]] = field(default_factory=list)
    # Every create request's 'To', accepted or refused: a retry of a refusal shows up here.
    attempts: list[str] = field(default_factory=list)
    refusals: dict[str, int] = field(
        default_factory=lambda: {
            BLOCKED_RECIPIENT: 21610,
            INVALID_RECIPIENT: 21211,
            NO_PERMISSION_RECIPIENT: 21408,
            NOT_MOBILE_RECIPIENT: 21614,
        }
    )

    def refuse(self, number: str, code: int) -> None:
        """From now on, answer a message to `number` with Twilio's error `code`."""
        if code not in REFUSALS:
            raise ValueError(f"the fake does not know Twilio error {code}")
        self.refusals[number] = code

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route(
                    "/2010-04-01/Accounts/{sid}/Messages.json",
                    self._create_message,
                    methods=["POST"],
                )
            ]
        )

    def _authorized(self, request: Request, sid: str) -> bool:
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        return (
            sid == self.account_sid and request.headers.get("authorization") == f"Basic {expected}"
        )

    async def _create_message(self, request: Request) -> JSONResponse:
        sid = request.path_params["sid"]
        if not self._authorized(request, sid):
            return _error(401, 20003, "Authenticate")
        form = await request.form()
        to, body = str(form.get("To", "")), str(form.get("Body", ""))
        sender = str(form.get("From") or form.get("MessagingServiceSid") or "")
        if not to or not sender:
            return _error(400, 21604, "A 'To' phone number and a 'From' or service are required.")
        self.attempts.append(to)
        code = self.refusals.get(to)
        if code is not None:
            return _error(429 if code == 20429 else 400, code, REFUSALS[code].format(to=to))
        message = {
            "sid": "SM" + secrets.token_hex(16),
            "account_sid": sid,
            "to": to,
            "from": form.get("From"),
            "messaging_service_sid": form.get("MessagingServiceSid"),
            "body": body,
            "status": "queued",
            "num_segments": "1",
            "direction": "outbound-api",
            "status_callback": form.get("StatusCallback"),
            "error_code": None,
            "error_message": None,
            "uri": f"/2010-04-01/Accounts/{sid}/Messages.json",
        }
        self.messages.append(message)
        return JSONResponse(message, status_code=201)


def _error(status: int, code: int, message: str) -> JSONResponse:
    return JSONResponse(
        {
            "code": code,
            "message": message,
            "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": status,
        },
        status_code=status,
    )
