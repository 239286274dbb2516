"""Signing in: by password or SMS code, then the two-factor step when the account has it on."""

from __future__ import annotations

from datetime import datetime

import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.responses import Response

from schema.context import Info
from schema.errors import FieldError
from schema.permissions import PUBLIC
from schema.types.accounts import User
from schema.units import in_transaction_with_outbox
from server.accounts import challenges, codes
from server.accounts.challenges import Challenge
from server.accounts.policy import SignInPolicy
from server.accounts.sessions import SignedIn
from server.accounts.throttle import SignInThrottle, sign_in_throttle
from server.http.identity import client_address, set_session_cookie, user_agent
from server.kit.errors import InvalidInput
from server.kit.secrets import token_digest
from server.messaging.outbox import Outbox


@strawberry.type
class SignInPayload:
    user: User | None = None
    token: str | None = strawberry.field(
        default=None, description="Also set as an httpOnly cookie; send as a Bearer token."
    )
    expires_at: datetime | None = None
    two_factor_challenge: str | None = strawberry.field(
        default=None,
        description="Set (and no token) when a code from the authenticator app is needed "
        "next: send it with the code to completeSignIn within five minutes.",
    )
    errors: list[FieldError]


@strawberry.type
class RequestSignInCodePayload:
    ok: bool
    errors: list[FieldError] = strawberry.field(
        description="Only for a malformed number or too many requests."
    )


def throttle_of(info: Info) -> SignInThrottle:
    runtime = info.context.runtime
    return sign_in_throttle(
        runtime.settings, runtime.rate_limiter, client=client_address(info.context.request)
    )


def policy_of(info: Info) -> SignInPolicy:
    return SignInPolicy.of(info.context.runtime.settings)


def signed_in_payload(info: Info, result: SignedIn | Challenge) -> SignInPayload:
    """The payload of a successful first or second step; sets the session cookie."""
    if isinstance(result, Challenge):
        return SignInPayload(
            two_factor_challenge=result.challenge, expires_at=result.expires_at, errors=[]
        )
    response = info.context.response
    if isinstance(response, Response):
        set_session_cookie(
            response,
            result.token,
            max_age=int(policy_of(info).ttl(result.method).total_seconds()),
            secure=info.context.runtime.settings.is_production,
        )
    return SignInPayload(
        user=User.from_row(result.user, own=True),
        token=result.token,
        expires_at=result.expires_at,
        errors=[],
    )


def refused(message: str, code: str) -> SignInPayload:
    return SignInPayload(errors=[FieldError(field=None, message=message, code=code)])


@strawberry.type
class SignInMutations:
    @strawberry.mutation(
        permission_classes=PUBLIC,
        description="The second step of a sign-in: a code from the authenticator app, or a "
        "recovery code.",
    )
    async def complete_sign_in(self, info: Info, challenge: str, code: str) -> SignInPayload:
        attempt = await throttle_of(info).begin(email=f"challenge:{token_digest(challenge)}")
        async with info.context.runtime.db.transaction() as session:
            result = await challenges.complete_sign_in(
                session,
                challenge=challenge,
                code=code,
                policy=policy_of(info),
                user_agent=user_agent(info.context.request),
            )
        if result is None:
            return refused(challenges.WRONG_CODE, "invalid_code")
        await attempt.succeeded()
        return signed_in_payload(info, result)

    @strawberry.mutation(
        permission_classes=PUBLIC,
        description="Send a sign-in code by SMS to this number if it belongs to an account. "
        "The answer is the same either way.",
    )
    async def request_sign_in_code(self, info: Info, phone: str) -> RequestSignInCodePayload:
        runtime = info.context.runtime
        policy = policy_of(info)
        limits = codes.CodeLimits.from_settings(runtime.settings)
        client = client_address(info.context.request)

        async def work(session: AsyncSession, outbox: Outbox) -> None:
            e164 = codes.parse_number(phone)
            await codes.check_code_limits(
                runtime.rate_limiter, limits, policy, e164=e164, client=client
            )
            await codes.request_sign_in_code(session, outbox=outbox, policy=policy, e164=e164)

        _, errors = await in_transaction_with_outbox(info, work)
        return RequestSignInCodePayload(ok=not errors, errors=errors)

    @strawberry.mutation(
        permission_classes=PUBLIC,
        description="Sign in with the number and the code sent to it by requestSignInCode.",
    )
    async def sign_in_with_code(self, info: Info, phone: str, code: str) -> SignInPayload:
        try:
            e164 = codes.parse_number(phone)
        except InvalidInput:
            return refused(codes.WRONG_CODE, "invalid_code")
        attempt = await throttle_of(info).begin(email=f"phone:{e164}")
        async with info.context.runtime.db.transaction() as session:
            result = await codes.sign_in_with_code(
                session,
                policy=policy_of(info),
                e164=e164,
                code=code,
                user_agent=user_agent(info.context.request),
            )
        if result is None:
            return refused(codes.WRONG_CODE, "invalid_code")
        await attempt.succeeded()
        return signed_in_payload(info, result)
