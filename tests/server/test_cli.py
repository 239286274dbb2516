"""The `pluralis` command as an operator uses it, in a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SUBCOMMANDS = [
    "serve",
    "worker",
    "migrate",
    "seed",
    "create-admin",
    "import-locations",
    "import-observers",
    "export-schema",
]


def pluralis(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


class TestHelp:
    def test_lists_every_subcommand(self) -> None:
        result = pluralis("--help")
        assert result.returncode == 0
        for name in SUBCOMMANDS:
            assert name in result.stdout

    @pytest.mark.parametrize("name", SUBCOMMANDS)
    def test_each_subcommand_has_help(self, name: str) -> None:
        result = pluralis(name, "--help")
        assert result.returncode == 0
        assert f"usage: pluralis {name}" in result.stdout


class TestEmbeddedSetup:
    def test_migrate_and_seed_are_idempotent_and_print_the_sign_in(self, tmp_path: Path) -> None:
        env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/cli.db"}
        assert pluralis("migrate", env=env).returncode == 0
        assert pluralis("migrate", env=env).returncode == 0
        first = pluralis("seed", env=env)
        assert first.returncode == 0, first.stderr
        assert "Loaded the demo data." in first.stdout
        assert "Demo sign-in: admin@pluralis.example / pluralis-demo" in first.stdout
        again = pluralis("seed", env=env)
        assert "already present" in again.stdout

    def test_create_admin_reads_the_password_from_the_environment(self, tmp_path: Path) -> None:
        env = {
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/admin.db",
            "PLURALIS_ADMIN_PASSWORD": "a long enough password",
        }
        assert pluralis("migrate", env=env).returncode == 0
        created = pluralis("create-admin", "ops@example.org", env=env)
        assert created.returncode == 0, created.stderr
        assert "Created administrator ops@example.org." in created.stdout
        again = pluralis("create-admin", "ops@example.org", env=env)
        assert again.returncode == 1
        assert "already exists" in again.stderr


class TestProductionRefusal:
    def test_serve_refuses_an_unsafe_production_config_with_what_to_set(self) -> None:
        result = pluralis(
            "serve", env={"MODE": "production", "DATABASE_URL": "sqlite+aiosqlite:///x"}
        )
        assert result.returncode == 2
        assert "Refusing to start in production mode" in result.stderr
        assert "SECRET_KEY" in result.stderr and "PUBLIC_BASE_URL" in result.stderr


class TestExportSchema:
    def test_check_fails_when_the_file_drifts(self, tmp_path: Path) -> None:
        stale = tmp_path / "schema.graphql"
        stale.write_text("type Query { old: Int }\n")
        result = pluralis("export-schema", "--check", "--output", str(stale))
        assert result.returncode == 1
        assert "out of date" in result.stderr
        assert pluralis("export-schema", "--output", str(stale)).returncode == 0
        assert pluralis("export-schema", "--check", "--output", str(stale)).returncode == 0


class TestServedLinks:
    """`serve` without PUBLIC_BASE_URL builds email and SMS links to its own address."""

    @pytest.mark.parametrize(
        ("host", "expected"),
        [
            ("127.0.0.1", "127.0.0.1"),
            ("0.0.0.0", "127.0.0.1"),
            ("::", "[::1]"),
            ("::1", "[::1]"),
            ("pluralis.local", "pluralis.local"),
        ],
    )
    def test_a_wildcard_host_is_linked_on_loopback(self, host: str, expected: str) -> None:
        from server.cli import loopback_if_wildcard

        assert loopback_if_wildcard(host) == expected
