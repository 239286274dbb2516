"""Answering a request to co-host or to speak: only the side that was asked may."""

from __future__ import annotations

from tests.schema.adversary.case import ERRORS, Case, mutation
from tests.schema.adversary.cases_events import ALL_B_EVENTS, B_PEOPLE, B_SESSIONS

COHOSTING = f"event {{ id title coHosts {{ name }} }} {ERRORS}"
SPEAKING = f"ok {ERRORS}"


def _cohosting(name: str) -> tuple[Case, ...]:
    document = mutation(
        "$event: ID!, $org: ID!", f"{name}(eventId: $event, organizationId: $org)", COHOSTING
    )
    root = f"Mutation.{name}"
    return (
        # B's other events never listed A: there is nothing for A to answer.
        Case(
            root,
            "eventId",
            "event",
            document,
            lambda w, t: {"event": t, "org": w["org_a"]},
            victims=ALL_B_EVENTS,
            own="b_cohosted",
            destructive=True,
        ),
        # A may answer for its own organization only, never for B, the network or a partner.
        Case(
            root,
            "organizationId",
            "organization",
            document,
            lambda w, t: {"event": w["b_cohosted"], "org": t},
            victims=("org_b", "network", "org_partner"),
            own="org_a",
            destructive=True,
        ),
    )


def _speaking(name: str) -> tuple[Case, ...]:
    root = f"Mutation.{name}"
    return (
        # Sessions of B where the attacker was never named.
        Case(
            root,
            "sessionId",
            "session",
            mutation("$t: ID!", f"{name}(sessionId: $t)", SPEAKING),
            lambda w, t: {"t": t},
            victims=B_SESSIONS,
            own="a_talk",
            destructive=True,
        ),
        # Answering for someone else is for network admins; A's people are not, not even for
        # A's observer, who is named in the same talk.
        Case(
            root,
            "personId",
            "person",
            mutation("$s: ID!, $t: ID", f"{name}(sessionId: $s, personId: $t)", SPEAKING),
            lambda w, t: {"s": w["a_talk"], "t": t},
            victims=(*B_PEOPLE, "a_observer"),
            own="{me}",
            destructive=True,
        ),
    )


CONSENT_CASES = (
    *_cohosting("acceptCoHosting"),
    *_cohosting("declineCoHosting"),
    *_speaking("acceptSpeaking"),
    *_speaking("declineSpeaking"),
)
