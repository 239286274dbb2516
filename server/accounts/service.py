"""Accounts: users, sign-in sessions and API tokens. Services flush; callers commit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, update
from sqlalchemy.orm import aliased
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts import challenges, passwords
from server.accounts.access import Action, Principal
from server.accounts.challenges import Challenge
from server.accounts.models import (
    ApiToken,
    AuthSession,
    SignInChallenge,
    SignInCode,
    SignInMethod,
    TwoFactor,
    User,
)
from server.accounts.policy import SignInPolicy
from server.accounts.sessions import SignedIn
from server.accounts.throttle import SignInThrottle
from server.db import utcnow
from server.kit.addresses import is_email_address
from server.kit.errors import Forbidden, NotFound, PluralisError, Problems
from server.kit.secrets import new_token, token_digest
from server.orgs.models import Membership, Organization, OrganizationKind, Person, Role
from server.orgs.resolve import organization_for, person_for

API_TOKEN_PREFIX = "plt"  # noqa: S105 - a label, not a secret
# Writing last_used_at on every request would turn reads into writes; a minute is precise enough.
LAST_USED_RESOLUTION = timedelta(minutes=1)


class InvalidCredentials(PluralisError):
    code = "INVALID_CREDENTIALS"

    def __init__(self) -> None:
        # One message for unknown emails and wrong passwords: it must not reveal which.
        super().__init__("Email or password is incorrect.")


def normalize_email(email: str) -> str:
    return email.strip().lower()


async def create_user(
    session: AsyncSession,
    *,
    email: str,
    password: str,
    display_name: str,
    person_id: int | None = None,
    is_superuser: bool = False,
) -> User:
    """Create a user after checking the email and password, with a person of their own
    unless `person_id` names one."""
    email = normalize_email(email)
    problems = Problems()
    if not is_email_address(email):
        problems.add("email", "Enter an email address like name@example.org.")
    elif await session.scalar(select(User.id).where(User.email == email)) is not None:
        problems.add("email", "A user with this email already exists.", "taken")
    if len(password) < passwords.MIN_LENGTH:
        problems.add("password", f"Use at least {passwords.MIN_LENGTH} characters.", "too_short")
    if not display_name.strip():
        problems.add("displayName", "Enter a name.", "required")
    problems.raise_if_any()
    if person_id is None:
        # Every account has a person: account settings (language, time zone, channel) and
        # notifications live there. Accounts made before this rule may still have none.
        person = Person(name=display_name.strip(), email=email)
        session.add(person)
        await session.flush()
        person_id = person.id
    user = User(
        email=email,
        password_hash=passwords.hash_password(password),
        display_name=display_name.strip(),
        person_id=person_id,
        is_superuser=is_superuser,
    )
    session.add(user)
    await session.flush()
    return user


async def sign_in(
    session: AsyncSession,
    *,
    email: str,
    password: str,
    policy: SignInPolicy,
    throttle: SignInThrottle | None = None,
    user_agent: str | None = None,
) -> SignedIn | Challenge:
    """Check credentials; the same work is done whether the email exists.

    With two-factor on, the answer is a challenge (no session yet) that `complete_sign_in`
    turns into a session once a code is given. With a throttle, a client that has been
    failing is refused (RateLimited) before anything is checked, and a failure counts against
    it; see server/accounts/throttle.py.
    """
    attempt = await throttle.begin(email=normalize_email(email)) if throttle else None
    user = await session.scalar(select(User).where(User.email == normalize_email(email)))
    ok = passwords.verify_password(user.password_hash if user else None, password)
    if user is None or not ok or not user.is_active:
        raise InvalidCredentials()
    if attempt is not None:
        await attempt.succeeded()
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    return await challenges.after_first_factor(
        session, user=user, method=SignInMethod.PASSWORD, policy=policy, user_agent=user_agent
    )


async def sign_out(session: AsyncSession, *, token: str) -> bool:
    """Revoke the session behind `token`; True if there was one."""
    result = await session.exec(
        update(AuthSession)
        .where(col(AuthSession.token_hash) == token_digest(token))
        .where(col(AuthSession.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )
    return result.rowcount > 0


async def revoke_sessions_of_person(
    session: AsyncSession, *, principal: Principal, person_id: int
) -> int:
    """Sign a person out everywhere (a lost or seized phone); returns how many sessions ended.

    Allowed to the person themself, superusers and admins of an organization the person
    belongs to; anyone else is told there is no such person.
    """
    await person_for(
        session, principal=principal, person_id=person_id, action=Action.MANAGE_MEMBERS
    )
    result = await session.exec(
        update(AuthSession)
        .where(col(AuthSession.user_id).in_(select(User.id).where(User.person_id == person_id)))
        .where(col(AuthSession.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )
    return result.rowcount


async def principal_for_token(
    session: AsyncSession, *, token: str, require_two_factor: bool
) -> Principal | None:
    """Resolve a bearer or cookie token to the caller; None when unknown, expired or revoked.

    `require_two_factor` (TWO_FACTOR_REQUIRED_FOR_ADMINS): see `caller_for_session`.
    """
    if token.startswith(f"{API_TOKEN_PREFIX}_"):
        return await _principal_for_api_token(session, token=token)
    caller = await caller_for_session(session, token=token, require_two_factor=require_two_factor)
    return caller.principal if caller else None


@dataclass(frozen=True)
class SessionCaller:
    principal: Principal
    last_seen_at: datetime | None


async def caller_for_session(
    session: AsyncSession, *, token: str, require_two_factor: bool
) -> SessionCaller | None:
    """The caller behind a session token, and when the session was last seen.

    The caller carries each organization's kind with its role, because what a role shows of
    the network depends on the kind of organization it is held in. When two-factor is
    required for admins, a superuser or network admin who has not turned it on is signed in
    with no role and no superuser power: enough to reach `me`, set up two-factor and sign
    out, and nothing else, until they turn it on. This is the one place that rule lives.
    """
    now = utcnow()
    row = (
        await session.exec(
            select(AuthSession.id, AuthSession.last_seen_at, User, TwoFactor.enabled_at)
            .join(User, col(User.id) == AuthSession.user_id)
            .outerjoin(TwoFactor, col(TwoFactor.user_id) == col(User.id))
            .where(AuthSession.token_hash == token_digest(token))
            .where(col(AuthSession.revoked_at).is_(None))
            .where(col(AuthSession.expires_at) > now)
            .where(col(User.is_active).is_(True))
        )
    ).first()
    if row is None:
        return None
    session_id, last_seen_at, user, enabled_at = row
    principal = await account_principal(
        session,
        user=user,
        two_factor_on=enabled_at is not None,
        require_two_factor=require_two_factor,
        session_id=session_id,
    )
    return SessionCaller(principal=principal, last_seen_at=last_seen_at)


async def account_principal(
    session: AsyncSession,
    *,
    user: User,
    two_factor_on: bool,
    require_two_factor: bool,
    session_id: int | None = None,
) -> Principal:
    """What an account may do: its person's roles, unless it must turn on two-factor first.

    A superuser or network admin who is required to use two-factor and has not turned it on
    holds no role and no superuser power until they do (sessions and feeds alike).
    """
    roles, kinds = await roles_and_kinds(session, person_id=user.person_id)
    principal = Principal(
        user_id=user.id,
        person_id=user.person_id,
        is_superuser=user.is_superuser,
        roles=roles,
        kinds=kinds,
        session_id=session_id,
    )
    if require_two_factor and not two_factor_on and principal.is_network_admin:
        return Principal(user_id=user.id, person_id=user.person_id, session_id=session_id)
    return principal


async def roles_of_person(session: AsyncSession, *, person_id: int | None) -> dict[int, Role]:
    """A person's role in each organization, including those their network role covers.

    A role held in a network secretariat applies to the organizations of that network too
    (the secretariat's admins run the network), unless the person holds a role there directly.
    """
    roles, _ = await roles_and_kinds(session, person_id=person_id)
    return roles


async def roles_and_kinds(
    session: AsyncSession, *, person_id: int | None
) -> tuple[dict[int, Role], dict[int, OrganizationKind]]:
    """`roles_of_person`, with the kind of each of those organizations, in one statement."""
    if person_id is None:
        return {}, {}
    child = aliased(Organization)
    rows = (
        await session.exec(
            select(  # type: ignore[call-overload]
                Membership.organization_id,
                Membership.role,
                Organization.kind,
                child.id,
                child.kind,
            )
            .join(Organization, col(Organization.id) == Membership.organization_id)
            .outerjoin(
                child,
                (col(child.parent_id) == col(Organization.id))
                & (col(Organization.kind) == OrganizationKind.NETWORK_SECRETARIAT),
            )
            .where(Membership.person_id == person_id)
        )
    ).all()
    roles = {org_id: Role(role) for org_id, role, _, _, _ in rows}
    kinds = {org_id: OrganizationKind(kind) for org_id, _, kind, _, _ in rows}
    for _, role, _, child_id, child_kind in rows:
        if child_id is not None:
            roles.setdefault(child_id, Role(role))
            kinds[child_id] = OrganizationKind(child_kind)
    return roles, kinds


async def _principal_for_api_token(session: AsyncSession, *, token: str) -> Principal | None:
    found = (
        await session.exec(
            select(ApiToken, Organization.kind)
            .join(Organization, col(Organization.id) == ApiToken.organization_id)
            .where(ApiToken.token_hash == token_digest(token))
            .where(col(ApiToken.revoked_at).is_(None))
        )
    ).first()
    if found is None:
        return None
    api_token, kind = found
    now = utcnow()
    if api_token.last_used_at is None or now - api_token.last_used_at > LAST_USED_RESOLUTION:
        api_token.last_used_at = now
        await session.flush()
    return Principal(
        api_token_id=api_token.id,
        roles={api_token.organization_id: api_token.role},
        kinds={api_token.organization_id: OrganizationKind(kind)},
    )


@dataclass(frozen=True)
class IssuedApiToken:
    api_token: ApiToken
    token: str


async def create_api_token(
    session: AsyncSession,
    *,
    principal: Principal,
    organization_id: int,
    name: str,
    role: Role,
) -> IssuedApiToken:
    """Issue a token for an integration, limited to one organization and one role.

    An organization the caller may not manage answers like a missing one: a field error.
    """
    await organization_for(
        session,
        principal=principal,
        organization_id=organization_id,
        action=Action.MANAGE_API_TOKENS,
        field="organizationId",
    )
    if principal.api_token_id is not None:
        # A leaked token must not be able to mint replacements that outlive its revocation.
        raise Forbidden("API tokens are created by a signed-in person, not by another token.")
    problems = Problems()
    if not name.strip():
        problems.add("name", "Name the token after the integration that will use it.", "required")
    problems.raise_if_any()
    token = new_token(API_TOKEN_PREFIX)
    api_token = ApiToken(
        organization_id=organization_id,
        created_by_id=principal.user_id,
        name=name.strip(),
        role=role,
        prefix=token[:12],
        token_hash=token_digest(token),
    )
    session.add(api_token)
    await session.flush()
    return IssuedApiToken(api_token=api_token, token=token)


async def list_api_tokens(
    session: AsyncSession, *, principal: Principal, organization_id: int
) -> list[ApiToken]:
    await organization_for(
        session,
        principal=principal,
        organization_id=organization_id,
        action=Action.MANAGE_API_TOKENS,
    )
    rows = await session.exec(
        select(ApiToken)
        .where(ApiToken.organization_id == organization_id)
        .order_by(col(ApiToken.created_at).desc(), col(ApiToken.id).desc())
    )
    return list(rows.all())


async def revoke_api_token(
    session: AsyncSession, *, principal: Principal, api_token_id: int
) -> ApiToken:
    principal.require_authenticated()
    api_token = await session.get(ApiToken, api_token_id)
    if api_token is None or not principal.may(Action.MANAGE_API_TOKENS, api_token.organization_id):
        raise NotFound("No such API token.")
    if api_token.revoked_at is None:
        api_token.revoked_at = utcnow()
        await session.flush()
    return api_token


async def prune_expired_sessions(session: AsyncSession, *, now: datetime) -> int:
    """Delete sessions that expired or were revoked; returns how many were removed.

    Expired SMS sign-in codes and two-factor challenges go too: they can never be used again.
    """
    result = await session.exec(
        delete(AuthSession).where(
            or_(col(AuthSession.expires_at) <= now, col(AuthSession.revoked_at).is_not(None))
        )
    )
    await session.exec(delete(SignInCode).where(col(SignInCode.expires_at) <= now))
    await session.exec(delete(SignInChallenge).where(col(SignInChallenge.expires_at) <= now))
    return result.rowcount


async def get_user(session: AsyncSession, *, user_id: int) -> User:
    user = await session.get(User, user_id)
    if user is None:
        raise NotFound("No such user.")
    return user


async def account_email(session: AsyncSession, *, principal: Principal) -> str | None:
    """The email the caller signs in with (requests by email are addressed to it)."""
    if principal.user_id is None:
        return None
    return await session.scalar(select(User.email).where(User.id == principal.user_id))
