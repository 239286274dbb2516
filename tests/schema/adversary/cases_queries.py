"""The Query fields that take an id, and the fields below them that do."""

from __future__ import annotations

from tests.schema.adversary.case import Case, query

DIRECTORY = (
    "the organization directory is open to every member of the network, so naming any "
    "organization to read or filter it is a permitted purpose"
)
ADMINS_ONLY = "organizers may not use their own organization for this either"

QUERY_CASES = (
    Case(
        "Query.organizations",
        "filter.parentId",
        "organization",
        "query($f: OrganizationFilter) { organizations(filter: $f) { totalCount "
        "nodes { name memberCount } } }",
        lambda w, t: {"f": {"parentId": t}},
        own="network",
        exempt=DIRECTORY,
    ),
    Case(
        "Query.organization",
        "id",
        "organization",
        query("organization(id: $t)", "name memberCount members { person { name email } }"),
        lambda w, t: {"t": t},
        own="org_a",
        exempt=DIRECTORY,
    ),
    Case(
        "Query.people",
        "filter.organizationId",
        "organization",
        "query($f: PersonFilter) { people(filter: $f) { totalCount "
        "nodes { name email phones { e164 } } } }",
        lambda w, t: {"f": {"organizationId": t}},
        victims=("org_b",),
        own="org_a",
    ),
    Case(
        "Query.person",
        "id",
        "person",
        query("person(id: $t)", "name email phones { e164 } memberships { role }"),
        lambda w, t: {"t": t},
        victims=("b_observer", "b_speaker"),
        own="a_observer",
    ),
    Case(
        "Query.apiTokens",
        "organizationId",
        "organization",
        query("apiTokens(organizationId: $t)", "name prefix role"),
        lambda w, t: {"t": t},
        victims=("org_b",),
        own="org_a",
        control_for=("a_admin",),
        no_control=ADMINS_ONLY,
    ),
    Case(
        "Query.events",
        "filter.organizationId",
        "organization",
        "query($f: EventFilter) { events(filter: $f) { totalCount nodes { title } } }",
        lambda w, t: {"f": {"organizationId": t}},
        own="org_a",
        exempt=(
            "a filter over the events the caller may see anyway; B's network events are "
            "meant to be listed (event(id) checks the hidden ones)"
        ),
    ),
    Case(
        "Query.event",
        "id",
        "event",
        query("event(id: $t)", "title venue { address } sessions { title }"),
        lambda w, t: {"t": t},
        victims=("b_invite", "b_draft"),
        own="a_event",
    ),
    Case(
        "Event.registrations",
        "sessionId",
        "session",
        "query($e: ID!, $t: ID) { event(id: $e) { registrations(sessionId: $t) "
        "{ id status sessionId person { name email } } } }",
        lambda w, t: {"e": w["a_event"], "t": t},
        victims=("b_session", "b_invite_session"),
        own="a_session",
    ),
    Case(
        "Query.sameDayCityEvents",
        "eventId",
        "event",
        query("sameDayCityEvents(eventId: $t)", "title"),
        lambda w, t: {"t": t},
        victims=("b_invite", "b_draft"),
        own="a_event",
    ),
    Case(
        "Query.venues",
        "organizationId",
        "organization",
        query("venues(organizationId: $t)", "name address latitude rooms { name }"),
        lambda w, t: {"t": t},
        victims=("org_b",),
        own="org_a",
    ),
)
