"""Migrations and models agree, and the whole chain runs both ways on both databases."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from server.db import create_engine
from server.migrate import downgrade, upgrade
from server.models import metadata


def _diff(url: str) -> list[Any]:
    async def run() -> list[Any]:
        engine = create_engine(url)
        try:
            async with engine.connect() as connection:
                return await connection.run_sync(
                    lambda sync: compare_metadata(
                        MigrationContext.configure(sync, opts={"compare_type": True}), metadata
                    )
                )
        finally:
            await engine.dispose()

    return asyncio.run(run())


def _tables(url: str) -> set[str]:
    async def run() -> set[str]:
        engine = create_engine(url)
        try:
            async with engine.connect() as connection:

                def names(sync: Connection) -> set[str]:
                    return set(inspect(sync).get_table_names())

                return await connection.run_sync(names)
        finally:
            await engine.dispose()

    return asyncio.run(run())


@pytest.fixture
def empty_db_url(request: pytest.FixtureRequest, db_url: str) -> str:
    # db_url arrives migrated; take it back to empty so the test starts from nothing.
    downgrade(db_url, "base")
    return db_url


class TestMigrationChain:
    def test_empty_to_head_to_base_to_head(self, empty_db_url: str) -> None:
        assert _tables(empty_db_url) <= {"alembic_version"}
        upgrade(empty_db_url)
        assert {"organization", "person", "user_account", "audit_event"} <= _tables(empty_db_url)
        downgrade(empty_db_url, "base")
        assert _tables(empty_db_url) <= {"alembic_version"}
        upgrade(empty_db_url)
        assert _diff(empty_db_url) == []

    def test_upgrading_twice_changes_nothing(self, db_url: str) -> None:
        upgrade(db_url)
        upgrade(db_url)
        assert _diff(db_url) == []

    def test_autogenerate_finds_no_difference_between_models_and_migrations(
        self, db_url: str
    ) -> None:
        assert _diff(db_url) == []
