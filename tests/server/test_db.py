"""The shared column types and engine settings behave the same on SQLite and Postgres."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError

from server.db import Database
from server.orgs.models import Membership, Organization, OrganizationKind, Role


class TestUTCDateTime:
    async def test_an_aware_time_comes_back_aware_and_in_utc(self, db: Database) -> None:
        nairobi = timezone(timedelta(hours=3))
        created = datetime(2026, 3, 29, 1, 30, tzinfo=nairobi)
        async with db.transaction() as session:
            org = Organization(
                name="Time Test",
                slug="time-test",
                kind=OrganizationKind.MEMBER,
                created_at=created,
                updated_at=created,
            )
            session.add(org)
        async with db.read() as session:
            loaded = await session.get(Organization, org.id)
        assert loaded is not None
        assert loaded.created_at.tzinfo is not None
        assert loaded.created_at.utcoffset() == timedelta(0)
        assert loaded.created_at == datetime(2026, 3, 28, 22, 30, tzinfo=UTC)

    async def test_a_naive_time_is_refused(self, db: Database) -> None:
        with pytest.raises(StatementError, match="naive datetime"):
            async with db.transaction() as session:
                session.add(
                    Organization(
                        name="Naive",
                        slug="naive",
                        kind=OrganizationKind.MEMBER,
                        created_at=datetime(2026, 1, 1, 12, 0),
                    )
                )


class TestConstraints:
    async def test_foreign_keys_are_enforced(self, db: Database) -> None:
        with pytest.raises(IntegrityError):
            async with db.transaction() as session:
                session.add(Membership(person_id=999, organization_id=999, role=Role.OBSERVER))

    async def test_enum_columns_reject_unknown_values(self, db: Database) -> None:
        from sqlalchemy import text

        with pytest.raises((IntegrityError, StatementError)):
            async with db.transaction() as session:
                await session.exec(  # type: ignore[call-overload]
                    text(
                        "INSERT INTO organization (name, slug, kind, created_at, updated_at) "
                        "VALUES ('X', 'x', 'cult', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                    )
                )


class TestPooledConnectionsWithoutPrePing:
    """Postgres: no round trip checks a pooled connection at checkout (no pre-ping), yet a
    connection whose backend was ended (a restart, pg_terminate_backend) is replaced before a
    request uses it."""

    @pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
    async def test_the_request_after_the_backend_was_terminated_succeeds(self, db_url: str) -> None:
        database = Database.from_url(db_url, pool_size=1, max_overflow=0)
        killer = Database.from_url(db_url, pool_size=1, max_overflow=0)
        try:
            async with database.read() as session:
                first = await session.scalar(text("SELECT pg_backend_pid()"))
            async with killer.read() as session:
                ended = await session.scalar(
                    text("SELECT pg_terminate_backend(:pid)"), {"pid": first}
                )
            assert ended is True
            # The backend's exit reaches the client as a closed socket; give the event loop
            # the turn in which it reads it, as any request's own awaits would.
            await asyncio.sleep(0.1)
            async with database.read() as session:
                second = await session.scalar(text("SELECT pg_backend_pid()"))
            assert second is not None and second != first
        finally:
            await killer.dispose()
            await database.dispose()

    @pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
    async def test_a_healthy_connection_is_reused_without_a_ping(self, db_url: str) -> None:
        database = Database.from_url(db_url, pool_size=1, max_overflow=0)
        try:
            async with database.read() as session:
                first = await session.scalar(text("SELECT pg_backend_pid()"))
            async with database.read() as session:
                second = await session.scalar(text("SELECT pg_backend_pid()"))
            assert second == first
        finally:
            await database.dispose()
