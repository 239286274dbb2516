"""Locations in GraphQL: root fields (see docs/missions.md)."""

from __future__ import annotations

import strawberry


@strawberry.type
class LocationQueries:
    pass


@strawberry.type
class LocationMutations:
    pass
