"""Sign-in sessions: opened by every sign-in path, seen and ended by the person who owns them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts import account_audit
from server.accounts.models import AuthSession, SignInMethod, User
from server.db import utcnow
from server.kit.errors import NotFound
from server.kit.secrets import new_token, token_digest
from server.orgs.access import Principal

SESSION_PREFIX = "pls"
USER_AGENT_LENGTH = 200
# Writing last_seen_at on every request would turn reads into writes; a minute is enough to
# tell which session is in use.
LAST_SEEN_RESOLUTION = timedelta(minutes=1)
NO_SUCH_SESSION = "No such session."


@dataclass(frozen=True)
class SignedIn:
    user: User
    token: str
    expires_at: datetime
    method: SignInMethod = SignInMethod.PASSWORD


def short_user_agent(user_agent: str | None) -> str | None:
    """The browser's description, without control characters and cut to the column's size."""
    if not user_agent:
        return None
    cleaned = "".join(c for c in user_agent if unicodedata.category(c)[0] != "C").strip()
    return cleaned[:USER_AGENT_LENGTH] or None


async def open_session(
    session: AsyncSession,
    *,
    user: User,
    method: SignInMethod,
    ttl: timedelta,
    user_agent: str | None,
    now: datetime | None = None,
) -> SignedIn:
    """The one way a session starts, whatever proved who the person is; audited."""
    assert user.id is not None
    now = now or utcnow()
    user.last_sign_in_at = now
    token = new_token(SESSION_PREFIX)
    expires_at = now + ttl
    session.add(
        AuthSession(
            user_id=user.id,
            token_hash=token_digest(token),
            created_at=now,
            expires_at=expires_at,
            method=method,
            user_agent=short_user_agent(user_agent),
            last_seen_at=now,
        )
    )
    account_audit.record(
        session,
        action=f"{account_audit.SIGNED_IN}.{method.value}",
        user_id=user.id,
        actor_user_id=user.id,
    )
    await session.flush()
    return SignedIn(user=user, token=token, expires_at=expires_at, method=method)


def needs_touch(last_seen_at: datetime | None, now: datetime) -> bool:
    return last_seen_at is None or now - last_seen_at >= LAST_SEEN_RESOLUTION


async def touch_session(session: AsyncSession, *, session_id: int, now: datetime) -> None:
    await session.exec(
        update(AuthSession).where(col(AuthSession.id) == session_id).values(last_seen_at=now)
    )


async def list_sessions(
    session: AsyncSession, *, user_id: int, now: datetime | None = None
) -> list[AuthSession]:
    """The user's open sessions, newest first."""
    rows = await session.exec(
        select(AuthSession)
        .where(AuthSession.user_id == user_id)
        .where(col(AuthSession.revoked_at).is_(None))
        .where(col(AuthSession.expires_at) > (now or utcnow()))
        .order_by(col(AuthSession.created_at).desc(), col(AuthSession.id).desc())
    )
    return list(rows.all())


async def end_sessions(
    session: AsyncSession,
    *,
    user_id: int,
    except_session_id: int | None = None,
    only_session_id: int | None = None,
    now: datetime | None = None,
) -> int:
    """End the user's open sessions (all, all but one, or just one); returns how many."""
    now = now or utcnow()
    statement = (
        update(AuthSession)
        .where(col(AuthSession.user_id) == user_id)
        .where(col(AuthSession.revoked_at).is_(None))
        .where(col(AuthSession.expires_at) > now)
        .values(revoked_at=now)
    )
    if except_session_id is not None:
        statement = statement.where(col(AuthSession.id) != except_session_id)
    if only_session_id is not None:
        statement = statement.where(col(AuthSession.id) == only_session_id)
    result = await session.exec(statement)
    return int(result.rowcount)


def _own_user(principal: Principal) -> int:
    principal.require_authenticated()
    if principal.user_id is None:
        # An API token has no sessions of its own.
        raise NotFound(NO_SUCH_SESSION)
    return principal.user_id


async def end_session(session: AsyncSession, *, principal: Principal, session_id: int) -> int:
    """End one of the caller's own sessions. Anyone else's answers like a missing one."""
    user_id = _own_user(principal)
    ended = await end_sessions(session, user_id=user_id, only_session_id=session_id)
    if ended == 0:
        raise NotFound(NO_SUCH_SESSION)
    account_audit.record(
        session, action=account_audit.SESSION_ENDED, user_id=user_id, actor_user_id=user_id
    )
    return ended


async def end_other_sessions(session: AsyncSession, *, principal: Principal) -> int:
    """Sign the caller out everywhere but here."""
    user_id = _own_user(principal)
    ended = await end_sessions(session, user_id=user_id, except_session_id=principal.session_id)
    account_audit.record(
        session, action=account_audit.OTHER_SESSIONS_ENDED, user_id=user_id, actor_user_id=user_id
    )
    return ended
