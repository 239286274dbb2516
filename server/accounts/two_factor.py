"""Two-factor sign-in with TOTP (RFC 6238, pyotp) and single-use recovery codes.

People turn it on themselves: `start_setup` makes a secret (shown once, with its QR code),
`confirm` turns it on with a first code and hands out recovery codes, shown once and stored
only as keyed digests. A TOTP code is accepted one step either side of now, and never twice:
the last accepted step is remembered and only later steps pass.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import pyotp
import segno
from sqlalchemy import delete, func, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts import account_audit, passwords
from server.accounts.models import RecoveryCode, TwoFactor, User
from server.accounts.policy import SignInPolicy
from server.db import utcnow
from server.kit.errors import NotAuthenticated, Problems
from server.orgs.access import Principal
from server.orgs.models import Membership, Organization, OrganizationKind, Role

RECOVERY_CODES = 10
# No i, l, o, 0 or 1: codes are read off paper and typed on phones.
RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
RECOVERY_LENGTH = 10
WRONG_CODE = "The code is not right. Use the current code from your app."


@dataclass(frozen=True)
class Setup:
    secret: str
    otpauth_uri: str
    qr_svg_data_uri: str


async def account_user(session: AsyncSession, *, principal: Principal) -> User:
    """The caller's own account; API tokens and anonymous callers have none."""
    if principal.user_id is None:
        raise NotAuthenticated()
    user = await session.get(User, principal.user_id)
    if user is None:
        raise NotAuthenticated()
    return user


async def enabled_for(session: AsyncSession, *, user_ids: Sequence[int]) -> dict[int, bool]:
    """Which of these accounts have two-factor on, in one statement (for account lists)."""
    rows = await session.exec(
        select(TwoFactor.user_id)
        .where(col(TwoFactor.user_id).in_(user_ids))
        .where(col(TwoFactor.enabled_at).is_not(None))
    )
    enabled = set(rows.all())
    return {user_id: user_id in enabled for user_id in user_ids}


async def is_enabled(session: AsyncSession, *, user_id: int) -> bool:
    enabled_at = await session.scalar(
        select(TwoFactor.enabled_at).where(TwoFactor.user_id == user_id)
    )
    return enabled_at is not None


async def is_admin_account(session: AsyncSession, *, user: User) -> bool:
    """A superuser or an admin of a network secretariat: the accounts two-factor can be
    required of (TWO_FACTOR_REQUIRED_FOR_ADMINS)."""
    if user.is_superuser:
        return True
    if user.person_id is None:
        return False
    found = await session.scalar(
        select(Membership.id)
        .join(Organization, col(Organization.id) == Membership.organization_id)
        .where(Membership.person_id == user.person_id)
        .where(Membership.role == Role.ADMIN)
        .where(Organization.kind == OrganizationKind.NETWORK_SECRETARIAT)
        .limit(1)
    )
    return found is not None


async def recovery_codes_left(session: AsyncSession, *, user_id: int) -> int:
    count = await session.scalar(
        select(func.count())
        .select_from(RecoveryCode)
        .where(RecoveryCode.user_id == user_id)
        .where(col(RecoveryCode.used_at).is_(None))
    )
    return int(count or 0)


def _normalize_code(code: str) -> str:
    return "".join(c for c in code.lower() if c.isalnum())


def _invalid(field: str = "code") -> Problems:
    problems = Problems()
    problems.add(field, WRONG_CODE, "invalid_code")
    return problems


async def _accept_totp(
    session: AsyncSession, *, two_factor: TwoFactor, code: str, now: datetime
) -> bool:
    """True if `code` is the TOTP code of a step after the last one accepted (then remembered).

    The step is recorded with a conditional update, so two requests racing with one code
    cannot both pass.
    """
    code = _normalize_code(code)
    if len(code) != 6 or not code.isdigit():
        return False
    totp = pyotp.TOTP(two_factor.secret)
    current = totp.timecode(now)
    for step in (current - 1, current, current + 1):
        if two_factor.last_step is not None and step <= two_factor.last_step:
            continue
        if hmac.compare_digest(totp.generate_otp(step), code):
            result = await session.exec(
                update(TwoFactor)
                .where(col(TwoFactor.user_id) == two_factor.user_id)
                .where(col(TwoFactor.last_step).is_(None) | (col(TwoFactor.last_step) < step))
                .values(last_step=step)
            )
            if result.rowcount != 1:
                return False
            two_factor.last_step = step
            return True
    return False


async def _use_recovery_code(
    session: AsyncSession, *, user_id: int, code: str, policy: SignInPolicy, now: datetime
) -> bool:
    digest = policy.digest("recovery", f"{user_id}:{_normalize_code(code)}")
    result = await session.exec(
        update(RecoveryCode)
        .where(col(RecoveryCode.user_id) == user_id)
        .where(col(RecoveryCode.code_hash) == digest)
        .where(col(RecoveryCode.used_at).is_(None))
        .values(used_at=now)
    )
    if result.rowcount != 1:
        return False
    account_audit.record(
        session, action=account_audit.RECOVERY_CODE_USED, user_id=user_id, actor_user_id=user_id
    )
    return True


async def verify_second_factor(
    session: AsyncSession,
    *,
    user_id: int,
    code: str,
    policy: SignInPolicy,
    allow_recovery: bool = True,
    now: datetime | None = None,
) -> bool:
    """A current TOTP code (not seen before) or, if allowed, an unused recovery code."""
    now = now or utcnow()
    two_factor = await session.get(TwoFactor, user_id)
    if two_factor is None or two_factor.enabled_at is None:
        return False
    if await _accept_totp(session, two_factor=two_factor, code=code, now=now):
        return True
    return allow_recovery and await _use_recovery_code(
        session, user_id=user_id, code=code, policy=policy, now=now
    )


async def _new_recovery_codes(
    session: AsyncSession, *, user_id: int, policy: SignInPolicy
) -> list[str]:
    """Replace the user's recovery codes with new ones; the codes are returned only here."""
    await session.exec(delete(RecoveryCode).where(col(RecoveryCode.user_id) == user_id))
    codes = []
    for _ in range(RECOVERY_CODES):
        raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
        codes.append(f"{raw[:5]}-{raw[5:]}")
        session.add(
            RecoveryCode(user_id=user_id, code_hash=policy.digest("recovery", f"{user_id}:{raw}"))
        )
    await session.flush()
    return codes


async def start_setup(
    session: AsyncSession, *, principal: Principal, policy: SignInPolicy
) -> Setup:
    """A new secret for the caller, pending until `confirm`; refused once two-factor is on."""
    user = await account_user(session, principal=principal)
    assert user.id is not None
    two_factor = await session.get(TwoFactor, user.id)
    if two_factor is not None and two_factor.enabled_at is not None:
        problems = Problems()
        problems.add(None, "Two-factor sign-in is already on.", "already_enabled")
        problems.raise_if_any()
    secret = pyotp.random_base32()
    if two_factor is None:
        session.add(TwoFactor(user_id=user.id, secret=secret))
    else:
        two_factor.secret, two_factor.last_step = secret, None
    await session.flush()
    uri = pyotp.TOTP(secret).provisioning_uri(
        name=user.email or user.display_name, issuer_name=policy.network_name
    )
    qr = segno.make(uri, error="m").svg_data_uri(scale=4)
    return Setup(secret=secret, otpauth_uri=uri, qr_svg_data_uri=qr)


async def confirm(
    session: AsyncSession,
    *,
    principal: Principal,
    code: str,
    policy: SignInPolicy,
    now: datetime | None = None,
) -> list[str]:
    """Turn two-factor on with a first code from the app; returns the recovery codes."""
    now = now or utcnow()
    user = await account_user(session, principal=principal)
    assert user.id is not None
    two_factor = await session.get(TwoFactor, user.id)
    if two_factor is None or two_factor.enabled_at is not None:
        problems = Problems()
        problems.add(None, "Start the set-up first.", "not_started")
        problems.raise_if_any()
    assert two_factor is not None
    if not await _accept_totp(session, two_factor=two_factor, code=code, now=now):
        _invalid().raise_if_any()
    two_factor.enabled_at = now
    account_audit.record(
        session, action=account_audit.TWO_FACTOR_ENABLED, user_id=user.id, actor_user_id=user.id
    )
    return await _new_recovery_codes(session, user_id=user.id, policy=policy)


async def regenerate_recovery_codes(
    session: AsyncSession,
    *,
    principal: Principal,
    code: str,
    policy: SignInPolicy,
    now: datetime | None = None,
) -> list[str]:
    """New recovery codes (the old ones stop working), given a current TOTP code."""
    user = await account_user(session, principal=principal)
    assert user.id is not None
    if not await verify_second_factor(
        session, user_id=user.id, code=code, policy=policy, allow_recovery=False, now=now
    ):
        _invalid().raise_if_any()
    account_audit.record(
        session,
        action=account_audit.RECOVERY_CODES_REGENERATED,
        user_id=user.id,
        actor_user_id=user.id,
    )
    return await _new_recovery_codes(session, user_id=user.id, policy=policy)


async def disable(
    session: AsyncSession,
    *,
    principal: Principal,
    password: str,
    code: str,
    policy: SignInPolicy,
    now: datetime | None = None,
) -> None:
    """Turn two-factor off, given the password and a code; refused where it is required."""
    user = await account_user(session, principal=principal)
    assert user.id is not None
    problems = Problems()
    if policy.two_factor_required_for_admins and await is_admin_account(session, user=user):
        problems.add(None, "Two-factor sign-in is required for your account.", "required")
        problems.raise_if_any()
    if not passwords.verify_password(user.password_hash, password):
        problems.add("password", "This is not your current password.", "invalid_password")
    elif not await verify_second_factor(
        session, user_id=user.id, code=code, policy=policy, now=now
    ):
        problems.add("code", WRONG_CODE, "invalid_code")
    problems.raise_if_any()
    await session.exec(delete(RecoveryCode).where(col(RecoveryCode.user_id) == user.id))
    await session.exec(delete(TwoFactor).where(col(TwoFactor.user_id) == user.id))
    account_audit.record(
        session, action=account_audit.TWO_FACTOR_DISABLED, user_id=user.id, actor_user_id=user.id
    )
