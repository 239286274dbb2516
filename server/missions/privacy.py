"""Who sees an observer's name and phones.

Coordinators of the mission see every observer's; a regional coordinator sees those of the
observers deployed at least once in their region (whom they have to reach on election day);
analysts, partner viewers and observers see codes only. Every value shown is audited by the
caller (the GraphQL layer records one audit row per person read).
"""

from __future__ import annotations

from collections.abc import Iterable

from server.missions.access import Can, MissionAccess

# The audit action of one read of an observer's name or phones.
READ_OBSERVER_DATA = "observer.read_personal_data"


def may_see_observer(access: MissionAccess, deployment_paths: Iterable[str]) -> bool:
    """Whether the caller may see the personal data of an observer deployed at these
    locations (their materialised paths)."""
    if not access.may(Can.SEE_PERSONAL_DATA):
        return False
    if access.region_path is None:
        return True
    return any(access.covers(path) for path in deployment_paths)


def may_search_names(access: MissionAccess) -> bool:
    """Searching by name is offered only to those who may see some names: for anyone else a
    name search would tell, by its hits, which names are on the roster."""
    return access.may(Can.SEE_PERSONAL_DATA)
