"""Per-request DataLoaders of the missions roster, kept in the context's extras so that the
shared loader table stays untouched: each batch is one SQL statement in its own session."""

from __future__ import annotations

from dataclasses import dataclass

from strawberry.dataloader import DataLoader

from schema.context import Info
from schema.loaders import _batched
from server.db import Database
from server.forms import lookup
from server.forms.models import Form
from server.missions import deployments, service
from server.missions.models import MissionLocation, MissionMember

KEY = "missions.roster_loaders"


@dataclass
class RosterLoaders:
    station_count: DataLoader[int, int | None]
    observer_count: DataLoader[int, int | None]
    deployment_paths: DataLoader[int, list[str] | None]
    forms_by_deployment: DataLoader[int, list[int] | None]
    form: DataLoader[int, Form | None]
    location: DataLoader[int, MissionLocation | None]
    member: DataLoader[int, MissionMember | None]

    @classmethod
    def build(cls, db: Database) -> RosterLoaders:
        return cls(
            station_count=_batched(
                db, lambda s, ids: service.station_counts(s, mission_ids=ids), lambda: 0
            ),
            observer_count=_batched(
                db, lambda s, ids: service.observer_counts(s, mission_ids=ids), lambda: 0
            ),
            deployment_paths=_batched(
                db, lambda s, ids: deployments.deployment_paths(s, member_ids=ids), list
            ),
            forms_by_deployment=_batched(
                db, lambda s, ids: deployments.forms_by_deployment(s, deployment_ids=ids), list
            ),
            form=_batched(db, lambda s, ids: lookup.forms_by_ids(s, ids=ids)),
            location=_batched(db, lambda s, ids: deployments.locations_by_ids(s, ids=ids)),
            member=_batched(db, lambda s, ids: deployments.members_by_ids(s, ids=ids)),
        )


def roster_loaders(info: Info) -> RosterLoaders:
    extras = info.context.extras
    if KEY not in extras:
        extras[KEY] = RosterLoaders.build(info.context.runtime.db)
    loaders: RosterLoaders = extras[KEY]
    return loaders
