"""The adversary table: every (root field, argument path) of type ID and how it is attacked."""

from __future__ import annotations

from tests.schema.adversary.case import Case
from tests.schema.adversary.cases_accounts import ACCOUNT_CASES
from tests.schema.adversary.cases_consent import CONSENT_CASES
from tests.schema.adversary.cases_events import EVENT_CASES
from tests.schema.adversary.cases_feeds import FEED_CASES
from tests.schema.adversary.cases_forms import FORM_CASES
from tests.schema.adversary.cases_incidents import INCIDENT_CASES
from tests.schema.adversary.cases_invitations import INVITATION_CASES
from tests.schema.adversary.cases_locations import LOCATION_CASES
from tests.schema.adversary.cases_missions import MISSION_CASES
from tests.schema.adversary.cases_people import PEOPLE_CASES
from tests.schema.adversary.cases_queries import QUERY_CASES
from tests.schema.adversary.cases_reports import REPORT_CASES
from tests.schema.adversary.cases_sessions import SESSION_CASES

CASES: tuple[Case, ...] = (
    *QUERY_CASES,
    *EVENT_CASES,
    *CONSENT_CASES,
    *PEOPLE_CASES,
    *ACCOUNT_CASES,
    *INVITATION_CASES,
    *SESSION_CASES,
    *FEED_CASES,
    *LOCATION_CASES,
    *MISSION_CASES,
    *FORM_CASES,
    *INCIDENT_CASES,
    *REPORT_CASES,
)
