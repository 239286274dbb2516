"""Sessions (issue 8): ending a sign-in session that is not one's own."""

from __future__ import annotations

from tests.schema.adversary.case import Case, mutation

SESSION_CASES = (
    Case(
        "Mutation.endSession",
        "id",
        "session",
        mutation("$t: ID!", "endSession(id: $t)", "ended errors { field message code }"),
        lambda w, t: {"t": t},
        # Not even an admin of the person's own organization ends it this way (revokeSessions
        # is the tool for that): every session but one's own answers like a missing one.
        victims=("b_admin_session", "b_observer_session", "a_observer_session"),
        own="{me}_spare_session",
        destructive=True,
    ),
)
