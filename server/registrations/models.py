"""The registration tables, defined in `server.events.places` so that events need not import
this package (registrations build on events, not the other way round)."""

from __future__ import annotations

from server.events.places import Invitation, Registration, RegistrationStatus

__all__ = ["Invitation", "Registration", "RegistrationStatus"]
