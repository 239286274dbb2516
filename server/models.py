"""Imports every domain's tables so that SQLModel.metadata is complete (Alembic, tests)."""

from __future__ import annotations

from sqlmodel import SQLModel

from server.accounts import models as accounts_models
from server.audit import models as audit_models
from server.calendars import models as calendars_models
from server.events import models as events_models
from server.forms import models as forms_models
from server.incidents import models as incidents_models
from server.mail import models as mail_models
from server.messaging import models as messaging_models
from server.missions import models as missions_models
from server.orgs import models as orgs_models
from server.registrations import models as registrations_models
from server.reports import models as reports_models

metadata = SQLModel.metadata

__all__ = [
    "accounts_models",
    "audit_models",
    "calendars_models",
    "events_models",
    "forms_models",
    "incidents_models",
    "mail_models",
    "messaging_models",
    "metadata",
    "missions_models",
    "orgs_models",
    "registrations_models",
    "reports_models",
]
