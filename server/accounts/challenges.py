"""The second step of a sign-in with two-factor on: a challenge, then a code.

When the password (or an SMS code) is right and the account has two-factor on, no session
is opened yet: the client gets a challenge token (random, stored as a digest, five minutes,
single use, bound to the account and to how the first step was done) and answers it with a
TOTP or recovery code. Five wrong codes spend the challenge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts import two_factor
from server.accounts.models import SignInChallenge, SignInMethod, User
from server.accounts.policy import SignInPolicy
from server.accounts.sessions import SignedIn, open_session
from server.db import utcnow
from server.kit.secrets import new_token, token_digest

CHALLENGE_PREFIX = "plc"
CHALLENGE_TTL = timedelta(minutes=5)
CHALLENGE_ATTEMPTS = 5
WRONG_CODE = "The code is not right, or the sign-in took too long. Try again."


@dataclass(frozen=True)
class Challenge:
    challenge: str
    expires_at: datetime


async def after_first_factor(
    session: AsyncSession,
    *,
    user: User,
    method: SignInMethod,
    policy: SignInPolicy,
    user_agent: str | None,
    now: datetime | None = None,
) -> SignedIn | Challenge:
    """A session, or a challenge when the account has two-factor on."""
    now = now or utcnow()
    assert user.id is not None
    if not await two_factor.is_enabled(session, user_id=user.id):
        return await open_session(
            session,
            user=user,
            method=method,
            ttl=policy.ttl(method),
            user_agent=user_agent,
            now=now,
        )
    # One open challenge per account is enough; an older one is spent by a new sign-in.
    await session.exec(delete(SignInChallenge).where(col(SignInChallenge.user_id) == user.id))
    token = new_token(CHALLENGE_PREFIX)
    expires_at = now + CHALLENGE_TTL
    session.add(
        SignInChallenge(
            user_id=user.id,
            token_hash=token_digest(token),
            method=method,
            created_at=now,
            expires_at=expires_at,
        )
    )
    await session.flush()
    return Challenge(challenge=token, expires_at=expires_at)


async def complete_sign_in(
    session: AsyncSession,
    *,
    challenge: str,
    code: str,
    policy: SignInPolicy,
    user_agent: str | None,
    now: datetime | None = None,
) -> SignedIn | None:
    """A session for a right code; None for anything else (unknown, expired or spent
    challenge, wrong code), all alike. A wrong code counts, so the caller must commit."""
    now = now or utcnow()
    row = await session.scalar(
        select(SignInChallenge)
        .where(SignInChallenge.token_hash == token_digest(challenge))
        .with_for_update()
    )
    if row is None:
        return None
    if row.expires_at <= now or row.attempts >= CHALLENGE_ATTEMPTS:
        await session.delete(row)
        return None
    ok = await two_factor.verify_second_factor(
        session, user_id=row.user_id, code=code, policy=policy, now=now
    )
    if not ok:
        row.attempts += 1
        if row.attempts >= CHALLENGE_ATTEMPTS:
            await session.delete(row)
        await session.flush()
        return None
    # Deleted with a condition, so two requests racing with one challenge open one session.
    spent = await session.exec(delete(SignInChallenge).where(col(SignInChallenge.id) == row.id))
    user = await session.get(User, row.user_id)
    if spent.rowcount != 1 or user is None or not user.is_active:
        return None
    return await open_session(
        session,
        user=user,
        method=row.method,
        ttl=policy.ttl(row.method),
        user_agent=user_agent,
        now=now,
    )
