"""No server package imports itself back; messaging, notifications and jobs are layered."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import server

SERVER = Path(server.__file__).parent
# The lower package comes first: jobs <- messaging <- notifications.
LAYERED = ("jobs", "messaging", "notifications")


def package_graph() -> dict[str, set[str]]:
    """Which server packages each server package imports, from every import statement in it
    (inside functions and TYPE_CHECKING blocks too: a deferred import is still a cycle)."""
    packages = {p.name for p in SERVER.iterdir() if (p / "__init__.py").exists()}
    graph: dict[str, set[str]] = defaultdict(set)
    for path in SERVER.rglob("*.py"):
        parts = path.relative_to(SERVER).parts
        if len(parts) < 2 or parts[0] not in packages:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                target = [*name.split("."), ""]
                if target[0] == "server" and target[1] in packages and target[1] != parts[0]:
                    graph[parts[0]].add(target[1])
    return graph


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = list(graph.get(start, ()))
    while todo:
        package = todo.pop()
        if package not in seen:
            seen.add(package)
            todo.extend(graph.get(package, ()))
    return seen


class TestPackageCycles:
    """Issue 7, deliverable 1: events and registrations, accounts and organizations, and
    messaging, notifications and jobs formed import cycles."""

    def test_no_server_package_imports_itself_back(self) -> None:
        graph = package_graph()
        cycles = sorted(p for p in list(graph) if p in reachable(graph, p))
        assert not cycles, f"these packages are part of an import cycle: {cycles}"

    def test_no_import_cycle_passes_through_messaging_notifications_or_jobs(self) -> None:
        graph = package_graph()
        for package in LAYERED:
            assert package not in reachable(graph, package), f"{package} imports itself back"

    def test_the_three_are_layered_jobs_then_messaging_then_notifications(self) -> None:
        graph = package_graph()
        for lower, higher in [(LAYERED[0], LAYERED[1]), (LAYERED[1], LAYERED[2])]:
            assert higher not in reachable(graph, lower), f"{lower} depends on {higher}"
