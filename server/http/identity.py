"""Who is calling: the session cookie or Bearer token of an HTTP request, resolved to a caller.

Every HTTP entry point (GraphQL over HTTP and websockets, file exports, later feeds) resolves
its caller here, so the rule is written once and nothing in `server/` needs the schema.
"""

from __future__ import annotations

from collections.abc import Mapping

from starlette.requests import HTTPConnection
from starlette.responses import Response

from server.accounts import service as accounts
from server.accounts import sessions
from server.accounts.access import ANONYMOUS, Principal
from server.db import utcnow
from server.runtime import Runtime

SESSION_COOKIE = "pluralis_session"


def bearer_token(headers: Mapping[str, str], cookies: Mapping[str, str]) -> str | None:
    """The Bearer token of the Authorization header, else the session cookie, else None."""
    authorization: str = headers.get("authorization", "")
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return cookies.get(SESSION_COOKIE) or None


async def resolve_principal(runtime: Runtime, token: str | None) -> Principal:
    """The caller behind `token`; anonymous when there is none or it is unknown or expired.

    A session's last use is written at most once a minute, in its own short transaction, so
    that most requests only read.
    """
    if not token:
        return ANONYMOUS
    require_two_factor = runtime.settings.requires_two_factor_for_admins
    if token.startswith(f"{accounts.API_TOKEN_PREFIX}_"):
        # API tokens record their last use in the same transaction.
        async with runtime.db.transaction() as session:
            principal = await accounts.principal_for_token(
                session, token=token, require_two_factor=require_two_factor
            )
        return principal or ANONYMOUS
    async with runtime.db.read() as session:
        caller = await accounts.caller_for_session(
            session, token=token, require_two_factor=require_two_factor
        )
    if caller is None:
        return ANONYMOUS
    now = utcnow()
    session_id = caller.principal.session_id
    if session_id is not None and sessions.needs_touch(caller.last_seen_at, now):
        async with runtime.db.transaction() as session:
            await sessions.touch_session(session, session_id=session_id, now=now)
    return caller.principal


def user_agent(connection: HTTPConnection) -> str | None:
    """The browser's own description, shortened; shown to people in their list of sessions."""
    return sessions.short_user_agent(connection.headers.get("user-agent"))


def client_address(connection: HTTPConnection) -> str:
    """The client's address; uvicorn takes it from X-Forwarded-For only from trusted proxies
    (FORWARDED_ALLOW_IPS), so a client cannot choose it."""
    return connection.client.host if connection.client else "unknown"


def set_session_cookie(response: Response, token: str, *, max_age: int, secure: bool) -> None:
    """httpOnly so scripts never read it; Lax so other sites' forms and images do not send it."""
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=max_age,
        httponly=True,
        samesite="lax",
        secure=secure,
        path="/",
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")
