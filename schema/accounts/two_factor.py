"""Two-factor set-up and recovery codes, by the account's owner."""

from __future__ import annotations

import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession

from schema.accounts.sign_in import policy_of, throttle_of
from schema.context import Info
from schema.errors import FieldError
from schema.permissions import AUTHENTICATED
from schema.units import in_transaction
from server.accounts import two_factor
from server.accounts.throttle import SignInAttempt


@strawberry.type
class TwoFactorSetupPayload:
    secret: str | None = strawberry.field(
        default=None, description="For typing into the app by hand; shown only now."
    )
    otpauth_uri: str | None = None
    qr_svg_data_uri: str | None = strawberry.field(
        default=None, description="The otpauth URI as a QR code (SVG), for an <img> src."
    )
    errors: list[FieldError]


@strawberry.type
class RecoveryCodesPayload:
    recovery_codes: list[str] | None = strawberry.field(
        default=None, description="Shown once: each works once, in place of an app code."
    )
    errors: list[FieldError]


@strawberry.type
class OkPayload:
    ok: bool
    errors: list[FieldError]


async def _begin(info: Info) -> SignInAttempt:
    # Wrong codes count like failed passwords, per account and client.
    return await throttle_of(info).begin(email=f"totp:{info.context.principal.user_id}")


@strawberry.type
class TwoFactorMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="A new secret for your authenticator app; two-factor is on only once "
        "confirmTwoFactor accepts a first code.",
    )
    async def start_two_factor_setup(self, info: Info) -> TwoFactorSetupPayload:
        principal, policy = info.context.principal, policy_of(info)
        setup, errors = await in_transaction(
            info, lambda s: two_factor.start_setup(s, principal=principal, policy=policy)
        )
        if setup is None:
            return TwoFactorSetupPayload(errors=errors)
        return TwoFactorSetupPayload(
            secret=setup.secret,
            otpauth_uri=setup.otpauth_uri,
            qr_svg_data_uri=setup.qr_svg_data_uri,
            errors=[],
        )

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Turn two-factor on with a code from the app; returns recovery codes.",
    )
    async def confirm_two_factor(self, info: Info, code: str) -> RecoveryCodesPayload:
        principal, policy = info.context.principal, policy_of(info)
        attempt = await _begin(info)
        codes, errors = await in_transaction(
            info, lambda s: two_factor.confirm(s, principal=principal, code=code, policy=policy)
        )
        if codes is not None:
            await attempt.succeeded()
        return RecoveryCodesPayload(recovery_codes=codes, errors=errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="New recovery codes for a current app code; the old ones stop working.",
    )
    async def regenerate_recovery_codes(self, info: Info, code: str) -> RecoveryCodesPayload:
        principal, policy = info.context.principal, policy_of(info)
        attempt = await _begin(info)
        codes, errors = await in_transaction(
            info,
            lambda s: two_factor.regenerate_recovery_codes(
                s, principal=principal, code=code, policy=policy
            ),
        )
        if codes is not None:
            await attempt.succeeded()
        return RecoveryCodesPayload(recovery_codes=codes, errors=errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Turn two-factor off with your password and a code (refused where the "
        "network requires it).",
    )
    async def disable_two_factor(self, info: Info, password: str, code: str) -> OkPayload:
        principal, policy = info.context.principal, policy_of(info)
        attempt = await _begin(info)

        async def work(session: AsyncSession) -> bool:
            await two_factor.disable(
                session, principal=principal, password=password, code=code, policy=policy
            )
            return True

        ok, errors = await in_transaction(info, work)
        if ok:
            await attempt.succeeded()
        return OkPayload(ok=bool(ok), errors=errors)
