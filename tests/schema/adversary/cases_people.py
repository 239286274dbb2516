"""Registrations, invitations, people, organizations, memberships and API tokens."""

from __future__ import annotations

from tests.schema.adversary.case import ERRORS, REGISTRATION, Case, mutation

B_PEOPLE = ("b_observer", "b_speaker")
B_REGISTRATIONS = ("b_registration", "b_invite_registration")
ADMINS_ONLY = "organizers may not use their own organization's object for this either"
ORGANIZATION = f"organization {{ id name kind country }} {ERRORS}"
MEMBER = "membership { id role person { name email } organization { name } }"
MEMBERSHIP = f"{MEMBER} {ERRORS}"
INVITATION = f"invitation {{ id eventId email }} token {ERRORS}"
REQUEST = "request { id role organization { name } person { name email } }"
# Requests B's admin made: one to a stranger's address, one to A's observer, whom A's admin
# manages but may not consent for.
B_REQUESTS = ("b_request", "b_request_for_a_observer")


def _registration(name: str, argument: str, own: str, *, destructive: bool = False) -> Case:
    return Case(
        f"Mutation.{name}",
        argument,
        "registration",
        mutation("$t: ID!", f"{name}({argument}: $t)", REGISTRATION),
        lambda w, t: {"t": t},
        victims=B_REGISTRATIONS,
        own=own,
        destructive=destructive,
    )


REGISTER = mutation(
    "$event: ID!, $session: ID, $person: ID",
    "register(eventId: $event, sessionId: $session, personId: $person)",
    REGISTRATION,
)
INVITE = mutation(
    "$event: ID!, $person: ID",
    'createInvitation(eventId: $event, personId: $person, email: "guest@alpha.example")',
    INVITATION,
)

PEOPLE_CASES = (
    Case(
        "Mutation.register",
        "eventId",
        "event",
        REGISTER,
        lambda w, t: {"event": t},
        # B's published network event is open to every member: registering for it is allowed.
        victims=("b_invite", "b_draft"),
        own="a_event",
    ),
    Case(
        "Mutation.register",
        "sessionId",
        "session",
        REGISTER,
        lambda w, t: {"event": w["a_event"], "session": t},
        victims=("b_session", "b_invite_session"),
        own="a_session",
    ),
    Case(
        "Mutation.register",
        "personId",
        "person",
        REGISTER,
        lambda w, t: {"event": w["a_event"], "person": t},
        victims=B_PEOPLE,
        own="a_observer",
    ),
    _registration("cancelRegistration", "id", "a_registration", destructive=True),
    _registration("acceptOffer", "registrationId", "{me}_registration"),
    _registration("declineOffer", "registrationId", "{me}_registration"),
    _registration("checkIn", "registrationId", "a_registration"),
    Case(
        "Mutation.createInvitation",
        "eventId",
        "event",
        INVITE,
        lambda w, t: {"event": t},
        victims=("b_invite", "b_draft", "b_network"),
        own="a_event",
    ),
    Case(
        "Mutation.createInvitation",
        "personId",
        "person",
        INVITE,
        lambda w, t: {"event": w["a_event"], "person": t},
        victims=B_PEOPLE,
        own="a_observer",
    ),
    Case(
        "Mutation.revokeSessions",
        "personId",
        "person",
        mutation("$t: ID!", "revokeSessions(personId: $t)", "revoked"),
        lambda w, t: {"t": t},
        victims=B_PEOPLE,
        own="a_observer",
        control_for=("a_admin",),
        no_control="only admins may sign out a member of their organization",
        destructive=True,
    ),
    Case(
        "Mutation.createOrganization",
        "input.parentId",
        "organization",
        mutation(
            "$input: CreateOrganizationInput!", "createOrganization(input: $input)", ORGANIZATION
        ),
        lambda w, t: {"input": {"name": "Shadow Watch", "kind": "MEMBER", "parentId": t}},
        victims=("network", "org_b"),
        own="org_a",
        control_for=("a_admin",),
        no_control="organizers may not create organizations anywhere",
    ),
    Case(
        "Mutation.updateOrganization",
        "id",
        "organization",
        mutation(
            "$t: ID!, $input: UpdateOrganizationInput!",
            "updateOrganization(id: $t, input: $input)",
            ORGANIZATION,
        ),
        lambda w, t: {"t": t, "input": {"country": "UG"}},
        victims=("org_b", "network", "org_partner"),
        own="org_a",
        control_for=("a_admin",),
        no_control=ADMINS_ONLY,
    ),
    Case(
        "Mutation.createPerson",
        "input.organizationId",
        "organization",
        mutation(
            "$input: CreatePersonInput!",
            "createPerson(input: $input)",
            f"person {{ id name }} {ERRORS}",
        ),
        lambda w, t: {"input": {"organizationId": t, "role": "OBSERVER", "name": "Plant"}},
        victims=("org_b", "network"),
        own="org_a",
    ),
    Case(
        "Mutation.updatePerson",
        "id",
        "person",
        mutation(
            "$t: ID!, $input: UpdatePersonInput!",
            "updatePerson(id: $t, input: $input)",
            f"person {{ id name email phones {{ e164 }} }} {ERRORS}",
        ),
        lambda w, t: {"t": t, "input": {"phones": [{"number": "+254799000000"}]}},
        victims=B_PEOPLE,
        own="a_observer",
    ),
    Case(
        "Mutation.addMembership",
        "organizationId",
        "organization",
        mutation(
            "$t: ID!, $person: ID!",
            "addMembership(organizationId: $t, personId: $person, role: OBSERVER)",
            MEMBERSHIP,
        ),
        lambda w, t: {"t": t, "person": w["a_observer"]},
        victims=("org_b", "network", "org_partner"),
        own="org_a",
        control_for=("a_admin",),
        no_control=ADMINS_ONLY,
    ),
    Case(
        "Mutation.addMembership",
        "personId",
        "person",
        mutation(
            "$org: ID!, $t: ID!",
            "addMembership(organizationId: $org, personId: $t, role: OBSERVER)",
            MEMBERSHIP,
        ),
        lambda w, t: {"org": w["org_a"], "t": t},
        victims=B_PEOPLE,
        own="a_observer",
        control_for=("a_admin",),
        no_control=ADMINS_ONLY,
    ),
    Case(
        "Mutation.requestMembershipByEmail",
        "organizationId",
        "organization",
        mutation(
            "$t: ID!",
            'requestMembershipByEmail(organizationId: $t, email: "mole@alpha.example", '
            "role: ADMIN)",
            f"ok {ERRORS}",
        ),
        lambda w, t: {"t": t},
        victims=("org_b", "network", "org_partner"),
        own="org_a",
        control_for=("a_admin",),
        no_control=ADMINS_ONLY,
    ),
    Case(
        "Mutation.acceptMembershipRequest",
        "id",
        "membership_request",
        mutation(
            "$t: ID!",
            "acceptMembershipRequest(id: $t)",
            f"{MEMBER} {REQUEST} {ERRORS}",
        ),
        lambda w, t: {"t": t},
        victims=B_REQUESTS,
        # A request addressed to the attacker, by A's admin, for the role they already hold.
        own="{me}_request",
        destructive=True,
    ),
    Case(
        "Mutation.declineMembershipRequest",
        "id",
        "membership_request",
        mutation("$t: ID!", "declineMembershipRequest(id: $t)", "ok"),
        lambda w, t: {"t": t},
        victims=B_REQUESTS,
        # A request addressed to the attacker, by the partner organization's admin.
        own="{me}_partner_request",
        destructive=True,
    ),
    Case(
        "Mutation.resolvePhoneConflict",
        "id",
        "phone_conflict",
        mutation("$t: ID!", "resolvePhoneConflict(id: $t)", "kept"),
        lambda w, t: {"t": t},
        # A's own conflict too: only superusers and network admins settle conflicts.
        victims=("b_conflict", "b_conflict_on_a_number", "a_conflict"),
        control_for=(),
        no_control=(
            "only superusers and network admins settle phone conflicts, so a member "
            "organization's admin may not settle even their own people's"
        ),
    ),
    Case(
        "Mutation.removeMembership",
        "id",
        "membership",
        mutation("$t: ID!", "removeMembership(id: $t)", "ok"),
        lambda w, t: {"t": t},
        victims=("b_membership",),
        own="a_membership",
        control_for=("a_admin",),
        no_control=ADMINS_ONLY,
        destructive=True,
    ),
    Case(
        "Mutation.createApiToken",
        "organizationId",
        "organization",
        mutation(
            "$t: ID!",
            'createApiToken(organizationId: $t, name: "exfil", role: ADMIN)',
            f"apiToken {{ id name }} token {ERRORS}",
        ),
        lambda w, t: {"t": t},
        victims=("org_b", "network"),
        own="org_a",
        control_for=("a_admin",),
        no_control=ADMINS_ONLY,
    ),
    Case(
        "Mutation.revokeApiToken",
        "id",
        "api_token",
        mutation("$t: ID!", "revokeApiToken(id: $t)", "id name prefix revokedAt"),
        lambda w, t: {"t": t},
        victims=("b_token",),
        own="a_token",
        control_for=("a_admin",),
        no_control=ADMINS_ONLY,
        destructive=True,
    ),
)
