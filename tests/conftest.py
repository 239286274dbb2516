"""Fixtures: real SQLite and Postgres databases, real Redis, the app over ASGI HTTP."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from server.accounts import service as accounts
from server.accounts.access import SYSTEM
from server.asgi import create_app
from server.db import Database
from server.migrate import upgrade
from server.models import metadata
from server.runtime import Runtime, in_process_runtime
from server.settings import Settings
from tests.services import POSTGRES_ADMIN_URL, require_postgres

DIALECTS = ["sqlite", "postgres"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec and callspec.params.get("db_url") == "postgres":
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file; each test gets a copy, which is faster than migrating."""
    path = tmp_path_factory.mktemp("sqlite") / "template.db"
    upgrade(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A database of our own on the loopback server, migrated once and dropped at the end."""
    require_postgres()
    name = f"pluralis_test_{uuid.uuid4().hex[:10]}"
    admin_url = POSTGRES_ADMIN_URL

    async def run(sql: str) -> None:
        engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
        async with engine.connect() as conn:
            await conn.execute(text(sql))
        await engine.dispose()

    asyncio.run(run(f'CREATE DATABASE "{name}"'))
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    upgrade(url)
    try:
        yield url
    finally:
        asyncio.run(run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=DIALECTS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Runs the test once on SQLite and once on Postgres, each on an empty, migrated database."""
    if request.param == "sqlite":
        path = tmp_path / "test.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite+aiosqlite:///{path}"
    url: str = request.getfixturevalue("postgres_database")
    return url


async def _truncate_postgres(db: Database) -> None:
    tables = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
    async with db.engine.begin() as conn:
        await conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[Database]:
    database = Database.from_url(db_url)
    if not db_url.startswith("sqlite"):
        await _truncate_postgres(database)
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,
        database_url=db_url,
        secret_key="test-" + "x" * 40,
        web_dist=tmp_path / "no-web",
    )


@pytest.fixture
async def runtime(settings: Settings, db: Database) -> AsyncIterator[Runtime]:
    rt = in_process_runtime(settings, db)
    yield rt
    await rt.jobs.close()


@pytest.fixture
async def http(runtime: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(runtime=runtime)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


class GraphQLClient:
    """Posts GraphQL documents to /graphql over HTTP, as a browser or integration would."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http
        self.token: str | None = None

    async def execute(
        self, query: str, variables: dict[str, Any] | None = None, *, token: str | None = None
    ) -> dict[str, Any]:
        headers = {}
        bearer = token or self.token
        if bearer:
            headers["Authorization"] = f"Bearer {bearer}"
        response = await self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def sign_in(self, email: str, password: str) -> str:
        body = await self.execute(
            "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) "
            "{ token errors { message } } }",
            {"e": email, "p": password},
        )
        token = body["data"]["signIn"]["token"]
        assert token, body
        self.token = token
        return str(token)


@pytest.fixture
def gql(http: httpx.AsyncClient) -> GraphQLClient:
    return GraphQLClient(http)


ROOT = SYSTEM
PASSWORD = "correct horse battery"


async def make_user(
    db: Database,
    *,
    email: str,
    person_id: int | None = None,
    is_superuser: bool = False,
    password: str = PASSWORD,
) -> int:
    async with db.transaction() as session:
        user = await accounts.create_user(
            session,
            email=email,
            password=password,
            display_name=email.split("@")[0],
            person_id=person_id,
            is_superuser=is_superuser,
        )
    assert user.id is not None
    return user.id


@pytest.fixture(autouse=True)
def _no_env_leak(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests build their settings explicitly; a developer's .env or shell must not leak in.
    for key in list(os.environ):
        if key in {"DATABASE_URL", "REDIS_URL", "MODE", "SECRET_KEY", "PUBLIC_BASE_URL"}:
            monkeypatch.delenv(key)
