"""`pluralis import-observers MISSION_ID FILE [--dry-run]`: the operator's side of the
observers import. Output and exit status as import-locations: problems on stdout, progress
on stderr (written, not logged: a command's output is its interface), 0 only for a clean
file, 1 for problems, 2 for a missing mission."""

from __future__ import annotations

import sys

from server.db import Database
from server.missions.observer_import import import_observers
from server.missions.service import get_mission
from server.orgs.access import SYSTEM


def _progress(stage: str, done: int) -> None:
    # Called every PROGRESS_EVERY rows and after the last one.
    sys.stderr.write(f"{stage} {done:,} observers\n")
    sys.stderr.flush()


async def run_import_observers(
    database_url: str, *, mission_id: int, data: bytes, dry_run: bool
) -> int:
    db = Database.from_url(database_url)
    try:
        async with db.transaction() as session:
            if await get_mission(session, mission_id=mission_id) is None:
                sys.stderr.write(f"No mission {mission_id}.\n")
                return 2
            result = await import_observers(
                session,
                principal=SYSTEM,
                mission_id=mission_id,
                data=data,
                dry_run=dry_run,
                progress=_progress,
            )
    finally:
        await db.dispose()
    for problem in result.problems:
        sys.stdout.write(f"{problem}\n")
    if result.problems:
        sys.stdout.write(f"{len(result.problems)} problem(s): nothing imported.\n")
        return 1
    verb = "Would create" if dry_run else "Created"
    counts = f"{result.created}, updated {result.updated}, unchanged {result.unchanged}"
    sys.stdout.write(f"{verb} {counts}.\n")
    return 0
