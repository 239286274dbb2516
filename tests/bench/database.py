"""The benchmark's own Postgres database: created, migrated, seeded, and always dropped."""

from __future__ import annotations

import asyncio
import os
import uuid
from dataclasses import dataclass
from datetime import timedelta

import asyncpg  # type: ignore[import-untyped]
from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import create_async_engine

from server.accounts import service as accounts
from server.accounts.policy import SignInPolicy
from server.accounts.sessions import SignedIn
from server.db import Database, utcnow
from server.migrate import upgrade
from server.orgs.models import Organization, OrganizationKind
from tests.bench.common import asyncpg_dsn, process_cpu_seconds
from tests.bench.feeds import seed_feed_scenarios
from tests.bench.seed_events import seed_events

ADMIN_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)
# More rows than the largest scenario reads, so every page has a next page and the platform's
# count(*) walks a table larger than the page, as it would in a real directory.
SEED_ORGANIZATIONS = 2500
SUPERUSER_EMAIL = "bench-root@example.org"
SUPERUSER_PASSWORD = "bench-password-long-enough"  # a throwaway database

_WORDS = ("Civic", "Alliance", "Forum", "Watch", "Network", "Democracy", "Observers")
_MORE_WORDS = ("Coalition", "Youth", "Women", "Rights", "Election", "Citizens", "Council")
_COUNTRIES = ("KE", "NG", "GH", "DE", "BR", "IN", "ZA", "MX", "PH", "UA", None)


@dataclass(frozen=True)
class BenchDatabase:
    name: str
    url: str

    @classmethod
    def fresh(cls) -> BenchDatabase:
        name = f"pluralis_bench_{uuid.uuid4().hex[:10]}"
        return cls(name=name, url=ADMIN_URL.rsplit("/", 1)[0] + f"/{name}")


async def _admin(sql: str) -> None:
    # CREATE/DROP DATABASE cannot run inside a transaction block.
    engine = create_async_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as conn:
            await conn.execute(text(sql))
    finally:
        await engine.dispose()


async def create(db: BenchDatabase) -> None:
    await _admin(f'CREATE DATABASE "{db.name}"')


async def migrate(db: BenchDatabase) -> None:
    # Alembic's env runs its own event loop, so it cannot run on this one.
    await asyncio.to_thread(upgrade, db.url)


async def drop(db: BenchDatabase) -> None:
    # FORCE ends connections a crashed server process may have left behind.
    await _admin(f'DROP DATABASE IF EXISTS "{db.name}" WITH (FORCE)')


def _organization_rows(count: int) -> list[dict[str, object]]:
    kinds = list(OrganizationKind)
    now = utcnow()
    rows: list[dict[str, object]] = []
    for i in range(count):
        # Names vary in their leading words so ORDER BY name does real comparisons.
        name = f"{_WORDS[(i * 3) % 7]} {_MORE_WORDS[(i * 5 + 1) % 7]} {i:05d}"
        rows.append(
            {
                "name": name,
                "slug": name.lower().replace(" ", "-"),
                "kind": kinds[i % len(kinds)],
                "country": _COUNTRIES[i % len(_COUNTRIES)],
                "parent_id": None,
                "created_at": now,
                "updated_at": now,
            }
        )
    return rows


async def seed(db: BenchDatabase) -> str:
    """Insert the organizations and events in bulk and return a superuser's session token."""
    database = Database.from_url(db.url)
    try:
        async with database.engine.begin() as conn:
            await conn.execute(insert(Organization), _organization_rows(SEED_ORGANIZATIONS))
            await conn.execute(text("ANALYZE organization"))
            await seed_events(conn)
            await seed_feed_scenarios(conn)
        # The services make the account and session exactly as sign-in over the API would.
        async with database.transaction() as session:
            await accounts.create_user(
                session,
                email=SUPERUSER_EMAIL,
                password=SUPERUSER_PASSWORD,
                display_name="Bench root",
                is_superuser=True,
            )
            signed_in = await accounts.sign_in(
                session,
                email=SUPERUSER_EMAIL,
                password=SUPERUSER_PASSWORD,
                policy=SignInPolicy(secret=b"bench", session_ttl=timedelta(hours=6)),
            )
        assert isinstance(signed_in, SignedIn)
        return signed_in.token
    finally:
        await database.dispose()


class BackendCpu:
    """CPU time of the Postgres backends serving the bench database, read from /proc.

    Postgres does work for every statement and round trip, so its CPU per request shows how
    much of the cost the platform pushes to the database. Backends that exit during a round
    take their time with them, so this undercounts when a pool churns connections (the
    platform's connection counter shows when that happens).
    """

    def __init__(self, conn: asyncpg.Connection, db_name: str) -> None:
        self._conn = conn
        self._db_name = db_name

    @classmethod
    async def open(cls, db: BenchDatabase) -> BackendCpu:
        # Connected to the admin database, so this probe is not one of the bench's backends.
        return cls(await asyncpg.connect(asyncpg_dsn(ADMIN_URL)), db.name)

    async def snapshot(self) -> dict[int, float]:
        rows = await self._conn.fetch(
            "SELECT pid FROM pg_stat_activity WHERE datname = $1", self._db_name
        )
        return {int(r["pid"]): process_cpu_seconds(int(r["pid"])) for r in rows}

    async def close(self) -> None:
        await self._conn.close()

    @staticmethod
    def spent(before: dict[int, float], after: dict[int, float]) -> float:
        return sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())
