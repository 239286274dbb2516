"""Audit entries for every account event: invitations, resets, deactivation, sign-ins,
two-factor, passwords, sessions, settings.

Rows name the account by id only; no code, token, address or password ever reaches them.
"""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from server.audit.models import AuditEvent
from server.db import utcnow
from server.logs import request_id_var

INVITATION_SENT = "account.invitation_sent"
INVITATION_REVOKED = "account.invitation_revoked"
INVITATION_ACCEPTED = "account.invitation_accepted"
RESET_REQUESTED = "account.password_reset_requested"
RESET_COMPLETED = "account.password_reset"
DEACTIVATED = "account.deactivated"
REACTIVATED = "account.reactivated"
SIGNED_IN = "account.signed_in"  # + "." + the method
TWO_FACTOR_ENABLED = "account.two_factor_enabled"
TWO_FACTOR_DISABLED = "account.two_factor_disabled"
RECOVERY_CODES_REGENERATED = "account.recovery_codes_regenerated"
RECOVERY_CODE_USED = "account.recovery_code_used"
PASSWORD_CHANGED = "account.password_changed"  # noqa: S105 - an audit action
SESSION_ENDED = "account.session_ended"
OTHER_SESSIONS_ENDED = "account.other_sessions_ended"
SETTINGS_CHANGED = "account.settings_changed"


def record_account_event(
    session: AsyncSession,
    *,
    action: str,
    subject_type: str = "user",
    subject_id: int,
    actor_user_id: int | None = None,
    actor_token_id: int | None = None,
) -> None:
    """Add one entry to the caller's transaction: it is kept only if the change is."""
    session.add(
        AuditEvent(
            at=utcnow(),
            actor_user_id=actor_user_id,
            actor_token_id=actor_token_id,
            action=action,
            subject_type=subject_type,
            subject_id=subject_id,
            request_id=request_id_var.get(),
        )
    )


def record(session: AsyncSession, *, action: str, user_id: int, actor_user_id: int | None) -> None:
    """An event of the account `user_id`, done by `actor_user_id`."""
    record_account_event(session, action=action, subject_id=user_id, actor_user_id=actor_user_id)
