"""Accounts depend on organizations, never the other way round."""

from __future__ import annotations

import ast
from pathlib import Path

ORGS = Path(__file__).resolve().parents[3] / "server" / "orgs"


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
    return modules


class TestPackageCycle:
    def test_orgs_imports_nothing_from_accounts(self) -> None:
        """Issue 7, deliverable 1: the accounts <-> orgs package cycle stays broken."""
        offenders = {
            path.name: sorted(m for m in imported_modules(path) if m.startswith("server.accounts"))
            for path in sorted(ORGS.glob("*.py"))
        }
        assert {name: mods for name, mods in offenders.items() if mods} == {}
