"""Forms in GraphQL: root fields (see docs/missions.md)."""

from __future__ import annotations

import strawberry


@strawberry.type
class FormQueries:
    pass


@strawberry.type
class FormMutations:
    pass
