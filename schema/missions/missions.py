"""Missions in GraphQL: root fields (see docs/missions.md)."""

from __future__ import annotations

import strawberry


@strawberry.type
class MissionQueries:
    pass


@strawberry.type
class MissionMutations:
    pass
