"""Engines, sessions and the column types shared by every domain, on SQLite and Postgres."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, event
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.types import TypeDecorator
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

# Constraint names must be stable so that Alembic can drop and alter them on both databases
# (SQLite's batch mode recreates tables and needs names to find constraints again).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION

JSONType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime on both databases.

    SQLite drops the offset and hands back naive values; Postgres returns the session's zone.
    Storing UTC and re-attaching it on load gives one behaviour everywhere, and rejecting
    naive input stops local wall-clock times from being stored as if they were UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware datetime (UTC)")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _sqlite_connect(foreign_keys: bool) -> Any:
    def on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # The sqlite3 driver opens transactions lazily, only before INSERT/UPDATE/DELETE, so
        # reads and SAVEPOINTs before the first write would run outside any transaction (a
        # SAVEPOINT released there commits). As SQLAlchemy documents, the driver stops
        # managing transactions and `_sqlite_begin` emits BEGIN when a transaction starts.
        dbapi_connection.isolation_level = None
        _sqlite_pragmas(dbapi_connection, foreign_keys=foreign_keys)

    return on_connect


WRITE_OPTION = "pluralis_write"


def _sqlite_begin(connection: Any) -> None:
    # A write transaction takes SQLite's single write lock up front (BEGIN IMMEDIATE): one that
    # read first and wrote later could not wait for the lock and would fail with "database is
    # locked" whenever another writer went in between. Reads stay deferred and never block.
    write = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _sqlite_pragmas(dbapi_connection: Any, *, foreign_keys: bool) -> None:
    # SQLite leaves foreign keys off unless asked on every connection; WAL lets readers run
    # beside the writer and busy_timeout makes concurrent writers wait instead of failing.
    cursor = dbapi_connection.cursor()
    if foreign_keys:
        cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_engine(url: str, *, foreign_keys: bool = True, **kwargs: Any) -> AsyncEngine:
    """Create an engine; `foreign_keys=False` is only for Alembic's SQLite table rewrites."""
    if url.startswith("sqlite"):
        engine = create_async_engine(url, **kwargs)
        event.listen(engine.sync_engine, "connect", _sqlite_connect(foreign_keys))
        event.listen(engine.sync_engine, "begin", _sqlite_begin)
        return engine
    # No pre-ping: on asyncpg it costs a round trip on every checkout (a session and one
    # INSERT: 1,001/s with it, 1,697/s without, at 16 in flight). A backend that Postgres
    # ended (a restart, pg_terminate_backend, an idle timeout) closes its socket, and asyncpg
    # marks the connection closed as soon as the event loop reads that; `_drop_closed` then
    # swaps it for a new one at checkout, for free. Connections that could die silently (a
    # dropped network path) are not kept longer than POOL_RECYCLE_SECONDS.
    kwargs.setdefault("pool_pre_ping", False)
    kwargs.setdefault("pool_recycle", POOL_RECYCLE_SECONDS)
    # Sized above the concurrency one API process sees, so connections are reused rather than
    # opened and closed under load (the overflow beyond pool_size is not kept).
    kwargs.setdefault("pool_size", 20)
    engine = create_async_engine(url, **kwargs)
    event.listen(engine.sync_engine.pool, "checkout", _drop_closed)
    return engine


POOL_RECYCLE_SECONDS = 1800


def _drop_closed(_dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: Any) -> None:
    """Refuses a pooled connection whose server end is gone; the pool then opens a new one
    (SQLAlchemy retries a checkout refused with DisconnectionError)."""
    driver = record.driver_connection
    if driver is not None and driver.is_closed():
        raise DisconnectionError("the database closed this connection")


class Database:
    """An engine and its session factory; the unit of work lives at request or job level."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.sessionmaker = async_sessionmaker(
            engine, class_=AsyncSession, expire_on_commit=False, autoflush=False
        )

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> Database:
        return cls(create_engine(url, **kwargs))

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A session committed when the block succeeds and rolled back when it raises."""
        async with self.sessionmaker() as session:
            try:
                if self.engine.dialect.name == "sqlite":
                    await session.connection(execution_options={WRITE_OPTION: True})
                yield session
                await session.commit()
            except BaseException:
                await session.rollback()
                raise

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        """A short session for reads (DataLoaders open one each)."""
        async with self.sessionmaker() as session:
            yield session

    async def dispose(self) -> None:
        await self.engine.dispose()
