"""Incidents in GraphQL: root fields (see docs/missions.md)."""

from __future__ import annotations

import strawberry


@strawberry.type
class IncidentQueries:
    pass


@strawberry.type
class IncidentMutations:
    pass
