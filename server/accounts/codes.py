"""Signing in with a six-digit code sent by SMS, for observers who have a phone, not a password.

Nothing here may tell a caller whether a number belongs to anyone. A request for any valid
number is counted against the same limits, answered `ok`, and does the same statements: a
known number (a person's phone, not a disputed one, whose account is active) gets a code by
SMS; an unknown one gets a row that no code matches, and no message. Checking a code answers
the same for an unknown number, a wrong code and an expired or spent one.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts import challenges
from server.accounts.challenges import Challenge
from server.accounts.code_texts import sign_in_code_text
from server.accounts.models import SignInCode, SignInMethod, User
from server.accounts.policy import SignInPolicy
from server.accounts.sessions import SignedIn
from server.db import utcnow
from server.kit.errors import FieldProblem, InvalidInput, Problems
from server.kit.ratelimit import RateLimiter
from server.messaging.models import NumberMark, OutboundMessage
from server.messaging.outbox import Outbox
from server.messaging.service import queue_sms
from server.orgs.models import Person, PersonPhone
from server.orgs.validation import parse_phone
from server.settings import Settings

CODE_TTL = timedelta(minutes=10)
CODE_ATTEMPTS = 5
WRONG_CODE = "The code is not right or has expired."
TOO_MANY = "Too many codes were asked for. Wait a few minutes and try again."


@dataclass(frozen=True)
class CodeLimits:
    per_number: int
    number_window_seconds: int
    per_client: int
    client_window_seconds: int

    @classmethod
    def from_settings(cls, settings: Settings) -> CodeLimits:
        return cls(
            per_number=settings.sign_in_codes_per_number,
            number_window_seconds=settings.sign_in_code_number_window_seconds,
            per_client=settings.sign_in_codes_per_client,
            client_window_seconds=settings.sign_in_code_client_window_seconds,
        )


def parse_number(raw: str) -> str:
    """The number in E.164; a field error when it is not a valid number (that reveals
    nothing about who has it)."""
    problems = Problems()
    e164 = parse_phone(problems, "phone", raw.strip(), None)
    problems.raise_if_any()
    assert e164 is not None
    return e164


async def check_code_limits(
    limiter: RateLimiter, limits: CodeLimits, policy: SignInPolicy, *, e164: str, client: str
) -> None:
    """Count one request against the number and the client; a field error when either is
    over. Both are always counted, and keys are keyed digests: the store never holds a number."""
    number_key = f"signin-code:number:{policy.digest('number', e164)[:32]}"
    client_key = f"signin-code:client:{policy.digest('client', client)[:32]}"
    number_ok = await limiter.hit(
        number_key, limit=limits.per_number, window_seconds=limits.number_window_seconds
    )
    client_ok = await limiter.hit(
        client_key, limit=limits.per_client, window_seconds=limits.client_window_seconds
    )
    if not (number_ok and client_ok):
        raise InvalidInput([FieldProblem("phone", TOO_MANY, "rate_limited")])


def _code_hash(policy: SignInPolicy, phone_digest: str, code: str) -> str:
    return policy.digest("code", f"{phone_digest}:{code}")


async def request_sign_in_code(
    session: AsyncSession,
    *,
    outbox: Outbox,
    policy: SignInPolicy,
    e164: str,
    now: datetime | None = None,
) -> None:
    """Send a new code to `e164` if it is the phone of an active account (replacing any
    earlier code); do the same work, and send nothing, otherwise."""
    now = now or utcnow()
    phone_digest = policy.digest("phone", e164)
    found = (
        await session.exec(
            select(User.id, Person.preferred_language)
            .join(Person, col(Person.id) == col(User.person_id))
            .join(PersonPhone, col(PersonPhone.person_id) == col(Person.id))
            .where(PersonPhone.e164 == e164)
            .where(col(User.is_active).is_(True))
        )
    ).first()
    user_id, language = found if found is not None else (None, "en")
    code = f"{secrets.randbelow(10**6):06d}"
    await session.exec(delete(SignInCode).where(col(SignInCode.phone_digest) == phone_digest))
    row = SignInCode(
        phone_digest=phone_digest,
        user_id=user_id,
        code_hash=_code_hash(policy, phone_digest, code),
        created_at=now,
        expires_at=now + CODE_TTL,
    )
    session.add(row)
    await session.flush()
    # Random, not the row's id: SQLite reuses the id of a deleted row, and a repeated key would
    # hand back the earlier message instead of sending the new code.
    key = f"sign-in-code:{secrets.token_hex(16)}"
    if user_id is None:
        await _same_statements_as_queue_sms(session, to=e164, idempotency_key=key)
        return
    body = sign_in_code_text(language, code=code, network=policy.network_name)
    await queue_sms(session, outbox=outbox, to=e164, body=body, idempotency_key=key)


async def _same_statements_as_queue_sms(
    session: AsyncSession, *, to: str, idempotency_key: str
) -> None:
    """What `queue_sms` runs for a new message to `to` (look up the key, look up the number's
    mark, write), the write changing nothing: an unknown number costs what a known one does,
    statement for statement, and stores no message."""
    await session.scalar(
        select(OutboundMessage.id).where(OutboundMessage.idempotency_key == idempotency_key)
    )
    await session.get(NumberMark, to)
    await session.exec(
        delete(OutboundMessage).where(col(OutboundMessage.idempotency_key) == idempotency_key)
    )


async def sign_in_with_code(
    session: AsyncSession,
    *,
    policy: SignInPolicy,
    e164: str,
    code: str,
    user_agent: str | None,
    now: datetime | None = None,
) -> SignedIn | Challenge | None:
    """A session (or a two-factor challenge) for the right code; None for anything else.

    The code is single use and spent after five wrong tries; a wrong try counts, so the
    caller must commit even when the answer is None.
    """
    now = now or utcnow()
    phone_digest = policy.digest("phone", e164)
    row = await session.scalar(
        select(SignInCode).where(SignInCode.phone_digest == phone_digest).with_for_update()
    )
    if row is None:
        return None
    if row.expires_at <= now or row.attempts >= CODE_ATTEMPTS:
        await session.delete(row)
        return None
    given = "".join(c for c in code if c.isdigit())
    matches = hmac.compare_digest(row.code_hash, _code_hash(policy, phone_digest, given))
    if not matches or row.user_id is None:
        row.attempts += 1
        if row.attempts >= CODE_ATTEMPTS:
            await session.delete(row)
        await session.flush()
        return None
    spent = await session.exec(delete(SignInCode).where(col(SignInCode.id) == row.id))
    user = await session.get(User, row.user_id)
    if spent.rowcount != 1 or user is None or not user.is_active:
        return None
    return await challenges.after_first_factor(
        session,
        user=user,
        method=SignInMethod.SMS_CODE,
        policy=policy,
        user_agent=user_agent,
        now=now,
    )
