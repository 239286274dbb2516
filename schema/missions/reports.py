"""Reports in GraphQL: root fields (see docs/missions.md)."""

from __future__ import annotations

import strawberry


@strawberry.type
class ReportQueries:
    pass


@strawberry.type
class ReportMutations:
    pass
