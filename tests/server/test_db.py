"""The shared column types and engine settings behave the same on SQLite and Postgres."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
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
