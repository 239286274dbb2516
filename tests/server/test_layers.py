"""Package boundaries: server/ holds the rules and never reaches into the GraphQL layer."""

from __future__ import annotations

import ast
from pathlib import Path

SERVER = Path(__file__).resolve().parents[2] / "server"
# The composition root: it builds the app and hands the schema's view its runtime.
WIRING = SERVER / "asgi.py"


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
    return modules


class TestServerImports:
    """Issue 7, deliverable 1: caller identity is resolved in server/http, not in schema/."""

    def test_no_module_of_server_but_asgi_imports_schema(self) -> None:
        offenders = sorted(
            str(path.relative_to(SERVER.parent))
            for path in SERVER.rglob("*.py")
            if path != WIRING
            and any(m == "schema" or m.startswith("schema.") for m in imported_modules(path))
        )
        assert offenders == []

    def test_the_check_sees_an_import_of_schema(self) -> None:
        # Guards the check itself: the wiring module does import schema, so it is detected.
        assert any(m.startswith("schema.") for m in imported_modules(WIRING))
