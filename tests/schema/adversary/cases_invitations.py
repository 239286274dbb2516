"""Event invitations sent by the app: sending, revoking and resending them."""

from __future__ import annotations

from tests.schema.adversary.case import ERRORS, Case, mutation

INVITATION = f"invitation {{ id status sentTo inviteeName }} {ERRORS}"
SEND = f"invitation {{ id status sentTo inviteeName }} alreadyPending {ERRORS}"
# B's invitations: one sent by the app, one made by hand with createInvitation.
B_INVITATIONS = ("b_event_invitation", "b_invitation")

INVITATION_CASES = (
    Case(
        "Mutation.sendEventInvitation",
        "eventId",
        "event",
        mutation("$t: ID!", 'sendEventInvitation(eventId: $t, email: "guest@alpha.example")', SEND),
        lambda w, t: {"t": t},
        victims=("b_invite", "b_draft", "b_network"),
        own="a_event",
    ),
    Case(
        "Mutation.sendEventInvitation",
        "personId",
        "person",
        mutation("$e: ID!, $t: ID!", "sendEventInvitation(eventId: $e, personId: $t)", SEND),
        lambda w, t: {"e": w["a_event"], "t": t},
        victims=("b_observer", "b_speaker"),
        own="a_observer",
    ),
    Case(
        "Mutation.resendEventInvitation",
        "id",
        "event_invitation",
        mutation("$t: ID!", "resendEventInvitation(id: $t)", INVITATION),
        lambda w, t: {"t": t},
        victims=B_INVITATIONS,
        own="a_event_invitation",
    ),
    Case(
        "Mutation.revokeEventInvitation",
        "id",
        "event_invitation",
        mutation("$t: ID!", "revokeEventInvitation(id: $t)", INVITATION),
        lambda w, t: {"t": t},
        victims=B_INVITATIONS,
        own="a_event_invitation",
        destructive=True,
    ),
)
