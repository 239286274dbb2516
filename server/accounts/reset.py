"""Password reset by email or SMS: short-lived single-use links, and no oracle.

Asking for a reset answers the same whether the address or number belongs to an account, and
does the same work: the same statements run for everyone, with the account's id (or none)
inside them, and where a known account gets a message, an unknown one gets the same reads and
an insert that inserts nothing. Only a client over its own limit is told to wait; the limit
per address or number is silent (the request is dropped), and unknown ones are counted
exactly like known ones, so it reveals nothing either. Services flush; callers commit.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import false, insert, literal, update
from sqlalchemy import select as sa_select
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts import passwords, texts
from server.accounts.account_audit import RESET_COMPLETED, RESET_REQUESTED, record_account_event
from server.accounts.models import PasswordReset, User
from server.accounts.sessions import end_sessions
from server.audit.models import AuditEvent
from server.db import UTCDateTime, utcnow
from server.kit.errors import Problems, RateLimited
from server.kit.ratelimit import RateLimiter
from server.kit.secrets import new_token, token_digest
from server.mail.models import OutboundEmail
from server.mail.service import queue_email
from server.mail.templates import render
from server.messaging.models import NumberMark, OutboundMessage
from server.messaging.outbox import Outbox
from server.messaging.service import queue_sms
from server.orgs.models import Channel, Person, PersonPhone
from server.orgs.validation import parse_phone

RESET_PREFIX = "plr"
INVALID_TOKEN = "This link is not valid any more. Ask for a new one."  # noqa: S105 - a message, not a secret
REFUSED = "Too many password reset requests from here. Wait a while and try again."
# An id no account has: statements for an unknown address name it and touch no row.
NOBODY = 0


@dataclass(frozen=True)
class ResetThrottle:
    """Limits per address or number (keyed digests, never the address) and per client."""

    limiter: RateLimiter
    per_identifier: int
    per_client: int
    window_seconds: int
    secret: bytes
    client: str

    def _digest(self, kind: str, value: str) -> str:
        return hmac.new(self.secret, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:32]

    async def allow(self, *, identifier: str) -> bool:
        """False (silently) when the address is over its limit; RateLimited for the client."""
        window = self.window_seconds
        client = await self.limiter.add(
            f"reset:client:{self._digest('client', self.client)}", window_seconds=window
        )
        if client > self.per_client:
            raise RateLimited(REFUSED)
        count = await self.limiter.add(
            f"reset:id:{self._digest('id', identifier)}", window_seconds=window
        )
        return count <= self.per_identifier


@dataclass(frozen=True)
class Target:
    user_id: int
    is_active: bool
    name: str
    language: str
    time_zone: str


def _identifier(email: str | None, phone: str | None) -> tuple[Channel, str]:
    problems = Problems()
    if email is not None and email.strip():
        return Channel.EMAIL, email.strip().lower()
    if phone is not None and phone.strip():
        e164 = parse_phone(problems, "phone", phone, None)
        problems.raise_if_any()
        assert e164 is not None
        return Channel.SMS, e164
    problems.add(None, "Give the email address or the phone number of your account.", "required")
    problems.raise_if_any()
    raise AssertionError("unreachable")


async def _target(session: AsyncSession, channel: Channel, value: str) -> Target | None:
    """The account behind an address or number, in one statement either way."""
    columns = (
        col(User.id),
        col(User.is_active),
        col(User.display_name),
        col(Person.preferred_language),
        col(Person.time_zone),
    )
    if channel is Channel.EMAIL:
        query = (
            sa_select(*columns)
            .outerjoin(Person, col(Person.id) == col(User.person_id))
            .where(col(User.email) == value)
        )
    else:
        query = (
            sa_select(*columns)
            .join(Person, col(Person.id) == col(User.person_id))
            .join(PersonPhone, col(PersonPhone.person_id) == col(Person.id))
            .where(col(PersonPhone.e164) == value)
        )
    # Through the connection: sqlmodel's exec() is typed for its own selects only.
    row = (await (await session.connection()).execute(query)).first()
    if row is None:
        return None
    user_id, active, name, language, zone = row
    assert user_id is not None
    return Target(user_id, bool(active), name, language or "en", zone or "UTC")


async def request_password_reset(
    session: AsyncSession,
    *,
    outbox: Outbox,
    email: str | None = None,
    phone: str | None = None,
    ttl: timedelta,
    throttle: ResetThrottle | None = None,
    now: datetime | None = None,
) -> None:
    """Send a reset link to the account behind the address or number, if there is one."""
    channel, value = _identifier(email, phone)
    if throttle is not None and not await throttle.allow(identifier=f"{channel}:{value}"):
        return
    target = await _target(session, channel, value)
    now = now or utcnow()
    token = new_token(RESET_PREFIX)
    known = target is not None and target.is_active
    user_id = target.user_id if known and target is not None else NOBODY
    # Earlier links stop working: only the newest one may be used.
    await _spend_unused(session, user_id=user_id, now=now)
    await _store(session, user_id=user_id, token=token, channel=channel, now=now, ttl=ttl)
    key = f"password_reset:{token_digest(token)}"
    link = outbox.policy.link(f"/reset-password/{token}")
    minutes = int(ttl.total_seconds() // 60)
    if not known or target is None:
        await _same_work(session, outbox=outbox, channel=channel, to=value, key=key, link=link)
        return
    await _send(
        session,
        outbox=outbox,
        channel=channel,
        to=value,
        key=key,
        link=link,
        target=target,
        expires=now + ttl,
        minutes=minutes,
    )
    record_account_event(
        session, action=RESET_REQUESTED, subject_type="user", subject_id=target.user_id
    )
    await session.flush()


async def _store(
    session: AsyncSession,
    *,
    user_id: int,
    token: str,
    channel: Channel,
    now: datetime,
    ttl: timedelta,
) -> None:
    """Store the link for `user_id`; for NOBODY the same statement stores nothing."""
    await session.exec(
        insert(PasswordReset).from_select(
            ["user_id", "token_hash", "channel", "created_at", "expires_at"],
            sa_select(
                col(User.id),
                literal(token_digest(token)),
                literal(channel.value),
                literal(now, UTCDateTime()),
                literal(now + ttl, UTCDateTime()),
            ).where(col(User.id) == user_id),
        )
    )


async def _send(
    session: AsyncSession,
    *,
    outbox: Outbox,
    channel: Channel,
    to: str,
    key: str,
    link: str,
    target: Target,
    expires: datetime,
    minutes: int,
) -> None:
    if channel is Channel.EMAIL:
        await queue_email(
            session,
            outbox=outbox,
            to=to,
            template="password_reset",
            language=target.language,
            params=_email_params(
                name=target.name, link=link, expires=expires, zone=target.time_zone
            ),
            idempotency_key=key,
        )
        return
    body = texts.reset_sms(outbox.policy, language=target.language, link=link, minutes=minutes)
    await queue_sms(session, outbox=outbox, to=to, body=body, idempotency_key=key)


def _email_params(*, name: str, link: str, expires: datetime, zone: str) -> dict[str, str]:
    return {"name": name, "link": link, "expires": texts.local_time(expires, zone)}


async def _same_work(
    session: AsyncSession, *, outbox: Outbox, channel: Channel, to: str, key: str, link: str
) -> None:
    """What `_send` and the audit row cost, for an address without an active account: the
    same reads, the same rendering, and inserts that insert nothing. Nothing is stored or
    sent. Keep in step with queue_email / queue_sms (tests compare statement counts)."""
    inserts = 2
    if channel is Channel.EMAIL:
        # Exactly what queue_email renders, so that a template change keeps both paths alike.
        params = _email_params(name="", link=link, expires=utcnow(), zone="UTC")
        render("password_reset", "en", {"network": outbox.policy.network_name, **params})
        await session.scalar(select(OutboundEmail.id).where(OutboundEmail.idempotency_key == key))
    else:
        texts.reset_sms(outbox.policy, language="en", link=link, minutes=0)
        await session.scalar(
            select(OutboundMessage.id).where(OutboundMessage.idempotency_key == key)
        )
        await session.scalar(select(NumberMark.e164).where(NumberMark.e164 == to))
    for _ in range(inserts):
        await session.exec(_insert_nothing())


def _insert_nothing() -> Any:
    return insert(AuditEvent).from_select(
        ["action", "subject_type", "subject_id", "at"],
        sa_select(
            literal("none"), literal("none"), literal(NOBODY), literal(utcnow(), UTCDateTime())
        ).where(false()),
    )


async def _spend_unused(session: AsyncSession, *, user_id: int, now: datetime) -> None:
    await session.exec(
        update(PasswordReset)
        .where(col(PasswordReset.user_id) == user_id)
        .where(col(PasswordReset.used_at).is_(None))
        .values(used_at=now)
    )


def _invalid_token() -> Problems:
    problems = Problems()
    problems.add("token", INVALID_TOKEN, "invalid_token")
    return problems


async def reset_password(
    session: AsyncSession,
    *,
    token: str,
    password: str,
    network_name: str = "",
    now: datetime | None = None,
) -> User:
    """Set a new password with a reset link: once, in time, and only for an active account.
    Every session of the account ends (whoever else was signed in is signed out); none opens.
    """
    now = now or utcnow()
    row = (
        await session.exec(
            select(PasswordReset, User)
            .join(User, col(User.id) == col(PasswordReset.user_id))
            .where(PasswordReset.token_hash == token_digest(token))
        )
    ).first()
    if (
        row is None
        or row[0].used_at is not None
        or row[0].expires_at <= now
        or not row[1].is_active
    ):
        _invalid_token().raise_if_any()
    assert row is not None
    reset, user = row
    problems = Problems()
    passwords.check_new_password(
        problems, password, user_inputs=[user.display_name, user.email or "", network_name]
    )
    problems.raise_if_any()
    password_hash = passwords.hash_password(password)
    spent = await session.exec(
        update(PasswordReset)
        .where(col(PasswordReset.id) == reset.id)
        .where(col(PasswordReset.used_at).is_(None))
        .values(used_at=now)
    )
    if spent.rowcount != 1:
        _invalid_token().raise_if_any()
    assert user.id is not None
    user.password_hash = password_hash
    await _spend_unused(session, user_id=user.id, now=now)
    await end_sessions(session, user_id=user.id)
    record_account_event(session, action=RESET_COMPLETED, subject_type="user", subject_id=user.id)
    await session.flush()
    return user
