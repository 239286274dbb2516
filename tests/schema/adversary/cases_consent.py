"""Answering requests: co-hosting an event, speaking or moderating in a session.

Only the asked side answers (server/events/consent.py): an organizer or admin of the listed
organization for co-hosting, the named person (or a network admin for them) for speaking. So
the attacker's own object is a request addressed to the attacker's side: B's event that lists
A as co-host, a session of A's event where the attacker was asked to speak. Every other
request, B's or one addressed to someone else, must answer like a missing one.
"""

from __future__ import annotations

from tests.schema.adversary.case import Case, mutation
from tests.schema.adversary.world import AdversaryWorld

COHOSTING = "event { id title coHosts { name } coHostRequests { status } } errors { field code }"
SPEAKING = "ok errors { field message code }"
# B's events that do not list A: one lists the partner organization, which accepted.
NOT_LISTING_A = ("b_partnered", "b_network", "b_invite", "b_draft")
# The organizations on b_cohosted that A does not answer for: the partner (accepted), the
# network (still pending) and B itself (the host, never listed).
OTHER_ORGS = ("org_partner", "network", "org_b")


def _cohosting(name: str) -> tuple[Case, ...]:
    document = mutation("$e: ID!, $o: ID!", f"{name}(eventId: $e, organizationId: $o)", COHOSTING)
    return (
        Case(
            f"Mutation.{name}",
            "eventId",
            "event",
            document,
            lambda w, t: {"e": t, "o": w["org_a"]},
            victims=NOT_LISTING_A,
            own="b_cohosted",
        ),
        Case(
            f"Mutation.{name}",
            "organizationId",
            "organization",
            document,
            lambda w, t: {"e": w["b_cohosted"], "o": t},
            victims=OTHER_ORGS,
            own="org_a",
        ),
    )


def _asked_in(w: AdversaryWorld, person: str) -> str:
    """The session where `person` was asked to speak or moderate; B's for anyone else."""
    sessions = {
        w["b_speaker"]: "b_session",  # pending
        w["b_observer"]: "b_invite_session",  # accepted moderating
        w["a_observer"]: "a_session",  # pending, asked by A's organizer
        **{w[a]: f"{a}_speaking" for a in ("a_organizer", "a_admin")},
    }
    return w[sessions.get(person, "b_session")]


def _speaking(name: str) -> tuple[Case, ...]:
    document = mutation("$s: ID!, $p: ID", f"{name}(sessionId: $s, personId: $p)", SPEAKING)

    return (
        Case(
            f"Mutation.{name}",
            "sessionId",
            "session",
            document,
            lambda w, t: {"s": t, "p": None},
            victims=("b_session", "b_invite_session", "a_session"),
            own="{me}_speaking",
        ),
        # Answering for another person is for network admins only, and neither attacker is
        # one: even A's own observer, asked in A's session, is a victim for A's admin. The
        # control is the attacker naming themselves, which answers their own request.
        Case(
            f"Mutation.{name}",
            "personId",
            "person",
            document,
            lambda w, t: {"s": _asked_in(w, t), "p": t},
            victims=("b_speaker", "b_observer", "a_observer"),
            own="{me}",
        ),
    )


CONSENT_CASES = (
    *_cohosting("acceptCoHosting"),
    *_cohosting("declineCoHosting"),
    *_speaking("acceptSpeaking"),
    *_speaking("declineSpeaking"),
)
