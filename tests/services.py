"""Reaching the real Postgres and Redis on loopback, or explaining loudly why not."""

from __future__ import annotations

import os
import socket

import pytest

POSTGRES_ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)


def _redis_url() -> str:
    """Redis database 0, or one database per pytest-xdist worker (gw0 -> 1, gw1 -> 2, ...):
    the job tests flush their database, which must not wipe another worker's keys."""
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if worker.startswith("gw") and worker[2:].isdigit():
        url = url.rsplit("/", 1)[0] + f"/{1 + int(worker[2:]) % 15}"
    return url


REDIS_URL = _redis_url()
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def require_service(name: str, host: str, port: int, start_hint: str) -> None:
    """Skip with a loud reason where the service is missing; in CI, fail instead."""
    if _reachable(host, port):
        return
    message = f"{name} is not reachable on {host}:{port}. Start it with: {start_hint}"
    if IN_CI:
        pytest.fail(f"CI=true and {message}", pytrace=False)
    pytest.skip(f"SKIPPED LOUDLY: {message}")


def require_postgres() -> None:
    require_service("PostgreSQL", "127.0.0.1", 5432, "infra/start-services.sh")


def require_redis() -> None:
    require_service("Redis", "127.0.0.1", 6379, "infra/start-services.sh")
