"""Accounts: inviting a person to an account, revoking an invitation, (de)activating one."""

from __future__ import annotations

from tests.schema.adversary.case import ERRORS, Case, mutation

ADMINS_ONLY = "organizers may not invite or administer their own organization's accounts"
INVITATION = f"invitation {{ id sentTo status invitedByName }} {ERRORS}"
ACCOUNT = f"account {{ id email active }} {ERRORS}"
B_ACCOUNTS = ("b_observer_user", "b_admin_user", "partner_admin_user")

ACCOUNT_CASES = (
    Case(
        "Mutation.inviteToAccount",
        "personId",
        "person",
        mutation("$t: ID!", "inviteToAccount(personId: $t)", INVITATION),
        lambda w, t: {"t": t},
        # B's newcomer has no account: a leak would store an invitation and send it.
        victims=("b_observer", "b_speaker", "b_newcomer"),
        # A's observer has an account already: the control answers has_account, changing
        # nothing, which proves the call got past the id check.
        own="a_observer",
        control_for=("a_admin",),
        no_control=ADMINS_ONLY,
    ),
    Case(
        "Mutation.revokeAccountInvitation",
        "id",
        "account_invitation",
        mutation("$t: ID!", "revokeAccountInvitation(id: $t)", INVITATION),
        lambda w, t: {"t": t},
        victims=("b_account_invitation",),
        own="a_account_invitation",
        control_for=("a_admin",),
        no_control=ADMINS_ONLY,
        destructive=True,
    ),
    Case(
        "Mutation.deactivateAccount",
        "userId",
        "user",
        mutation("$t: ID!", "deactivateAccount(userId: $t)", ACCOUNT),
        lambda w, t: {"t": t},
        victims=B_ACCOUNTS,
        own="a_observer_user",
        control_for=("a_admin",),
        no_control=ADMINS_ONLY,
        destructive=True,
    ),
    Case(
        "Mutation.reactivateAccount",
        "userId",
        "user",
        mutation("$t: ID!", "reactivateAccount(userId: $t)", ACCOUNT),
        lambda w, t: {"t": t},
        victims=B_ACCOUNTS,
        own="a_observer_user",
        control_for=("a_admin",),
        no_control=ADMINS_ONLY,
    ),
)
