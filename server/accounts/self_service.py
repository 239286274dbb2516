"""What people do with their own account: password, settings, and what the account shows them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.accounts import account_audit, passwords, two_factor
from server.accounts.models import User
from server.accounts.policy import SignInPolicy
from server.accounts.sessions import end_sessions
from server.accounts.throttle import SignInThrottle
from server.kit import limits
from server.kit.errors import Problems
from server.orgs.access import Principal
from server.orgs.models import Channel, Person, PersonPhone
from server.orgs.validation import check_language, check_time_zone

WRONG_PASSWORD = "This is not your current password."  # noqa: S105 - a message


@dataclass(frozen=True)
class AccountOverview:
    two_factor_enabled: bool
    two_factor_required: bool
    recovery_codes_left: int
    preferred_language: str
    time_zone: str
    notify_by: Channel


async def overview(session: AsyncSession, *, user: User, policy: SignInPolicy) -> AccountOverview:
    assert user.id is not None
    enabled = await two_factor.is_enabled(session, user_id=user.id)
    required = (
        policy.two_factor_required_for_admins
        and not enabled
        and await two_factor.is_admin_account(session, user=user)
    )
    person = await session.get(Person, user.person_id) if user.person_id is not None else None
    return AccountOverview(
        two_factor_enabled=enabled,
        two_factor_required=required,
        recovery_codes_left=await two_factor.recovery_codes_left(session, user_id=user.id)
        if enabled
        else 0,
        preferred_language=person.preferred_language if person else "en",
        time_zone=person.time_zone if person else "UTC",
        notify_by=person.notify_by if person else Channel.EMAIL,
    )


async def change_password(
    session: AsyncSession,
    *,
    principal: Principal,
    current_password: str,
    new_password: str,
    throttle: SignInThrottle | None = None,
) -> int:
    """Set a new password and end every other session; returns how many ended.

    A wrong current password counts against the throttle like a failed sign-in: a session
    left open on a shared computer must not become a way to guess the password.
    """
    user = await two_factor.account_user(session, principal=principal)
    assert user.id is not None
    attempt = await throttle.begin(email=f"user:{user.id}") if throttle else None
    problems = Problems()
    if not passwords.verify_password(user.password_hash, current_password):
        problems.add("currentPassword", WRONG_PASSWORD, "invalid_password")
        problems.raise_if_any()
    if attempt is not None:
        await attempt.succeeded()
    inputs = [value for value in (user.email, user.display_name) if value]
    passwords.check_new_password(problems, new_password, field="newPassword", user_inputs=inputs)
    problems.raise_if_any()
    user.password_hash = passwords.hash_password(new_password)
    ended = await end_sessions(session, user_id=user.id, except_session_id=principal.session_id)
    account_audit.record(
        session, action=account_audit.PASSWORD_CHANGED, user_id=user.id, actor_user_id=user.id
    )
    await session.flush()
    return ended


@dataclass(frozen=True)
class SettingsChanges:
    """Fields to change; None leaves a field as it is."""

    display_name: str | None = None
    preferred_language: str | None = None
    time_zone: str | None = None
    notify_by: Channel | None = None


async def _person_of(session: AsyncSession, user: User) -> Person:
    """The account's person; an account made before every account had one gets one now."""
    if user.person_id is not None:
        person = await session.get(Person, user.person_id)
        if person is not None:
            return person
    person = Person(name=user.display_name, email=user.email)
    session.add(person)
    await session.flush()
    user.person_id = person.id
    return person


async def _check_channel(
    session: AsyncSession, problems: Problems, *, user: User, person: Person, channel: Channel
) -> None:
    if channel is Channel.EMAIL and not (person.email or user.email):
        problems.add("notifyBy", "Add an email address before choosing email.", "no_address")
    if channel is Channel.SMS:
        phone = await session.scalar(
            select(PersonPhone.id).where(col(PersonPhone.person_id) == person.id).limit(1)
        )
        if phone is None:
            problems.add("notifyBy", "Add a phone number before choosing SMS.", "no_address")


async def update_settings(
    session: AsyncSession, *, principal: Principal, changes: SettingsChanges
) -> User:
    """Change the caller's name, language, time zone and preferred channel."""
    user = await two_factor.account_user(session, principal=principal)
    assert user.id is not None
    person = await _person_of(session, user)
    problems = Problems()
    name = None if changes.display_name is None else changes.display_name.strip()
    if name is not None and not name:
        problems.add("displayName", "Enter a name.", "required")
    elif name is not None and len(name) > limits.NAME:
        problems.add("displayName", f"Use at most {limits.NAME} characters.", "too_long")
    if changes.preferred_language is not None:
        if len(changes.preferred_language) > limits.LANGUAGE:
            problems.add("preferredLanguage", "Use a language tag like en, fr or pt-BR.")
        else:
            check_language(problems, "preferredLanguage", changes.preferred_language)
    if changes.time_zone is not None:
        check_time_zone(problems, "timeZone", changes.time_zone)
    if changes.notify_by is not None:
        await _check_channel(session, problems, user=user, person=person, channel=changes.notify_by)
    problems.raise_if_any()
    if name is not None:
        user.display_name = name
    if changes.preferred_language is not None:
        person.preferred_language = changes.preferred_language
    if changes.time_zone is not None:
        person.time_zone = changes.time_zone
    if changes.notify_by is not None:
        person.notify_by = changes.notify_by
    account_audit.record(
        session, action=account_audit.SETTINGS_CHANGED, user_id=user.id, actor_user_id=user.id
    )
    await session.flush()
    return user
