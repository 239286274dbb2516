"""A mission's locations in GraphQL (owned by the locations/import work)."""

from __future__ import annotations

from collections.abc import Sequence

import strawberry
from strawberry.dataloader import DataLoader

from schema.context import Info
from server.db import Database
from server.missions import locations, models

# Where a request's location loaders live in `Context.extras` (made on first use).
LOADERS = "locations"


class LocationLoaders:
    """Per-request batches: a page of locations costs one statement for all their ancestors
    and one for all their child counts. Both serve locations already checked by a resolver
    (ancestors are named by a checked location's own path)."""

    def __init__(self, db: Database) -> None:
        async def by_id(ids: Sequence[int]) -> list[models.MissionLocation | None]:
            async with db.read() as session:
                found = await locations.locations_by_ids(session, ids=ids)
            return [found.get(i) for i in ids]

        async def counts(ids: Sequence[int]) -> list[int]:
            async with db.read() as session:
                found = await locations.child_counts(session, parent_ids=ids)
            return [found.get(i, 0) for i in ids]

        self.location: DataLoader[int, models.MissionLocation | None] = DataLoader(by_id)
        self.child_count: DataLoader[int, int] = DataLoader(counts)


def location_loaders(info: Info) -> LocationLoaders:
    loaders = info.context.extras.get(LOADERS)
    if not isinstance(loaders, LocationLoaders):
        loaders = info.context.extras[LOADERS] = LocationLoaders(info.context.runtime.db)
    return loaders


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

    @strawberry.field(description="How many locations sit directly below this one.")
    async def child_count(self, info: Info) -> int:
        return await location_loaders(info).child_count.load(int(self.id))

    @strawberry.field(description="From the top down to the parent.")
    async def ancestors(self, info: Info) -> list[Location]:
        above = locations.path_ids(self.path)[:-1]
        rows = await location_loaders(info).location.load_many(above)
        return [Location.from_row(row) for row in rows if row is not None]
