"""A mission's locations in GraphQL (owned by the locations/import work)."""

from __future__ import annotations

import strawberry

from server.missions import models


@strawberry.type(description="A region, district, ... or polling station of a mission.")
class Location:
    id: strawberry.ID
    code: str
    name: str
    level: int = strawberry.field(description="Depth in the tree: 0 at the top.")
    is_station: bool = strawberry.field(description="Nothing below it: a polling station.")
    registered_voters: int | None
    latitude: float | None
    longitude: float | None
    parent_id: strawberry.ID | None
    path: strawberry.Private[str]

    @classmethod
    def from_row(cls, row: models.MissionLocation) -> Location:
        return cls(
            id=strawberry.ID(str(row.id)),
            code=row.code,
            name=row.name,
            level=row.level,
            is_station=row.is_station,
            registered_voters=row.registered_voters,
            latitude=row.latitude,
            longitude=row.longitude,
            parent_id=None if row.parent_id is None else strawberry.ID(str(row.parent_id)),
            path=row.path,
        )
