"""Types shared by every domain: pages, IDs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import strawberry
from strawberry.types.nodes import SelectedField, Selection

from schema.context import Info
from server.kit.errors import FieldProblem, InvalidInput
from server.kit.pagination import Page

T = TypeVar("T")
MAX_ID = 2**31 - 1


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type(description="A page of results; pass pageInfo.endCursor as `after` for more.")
class Connection(Generic[T]):
    page_info: PageInfo
    total_count: int
    nodes: list[T] = strawberry.field(
        description="The page's items without edges: the cheaper way to read a long list."
    )
    cursors: strawberry.Private[list[str]]

    @strawberry.field(description="The page's items, each with its own cursor.")
    def edges(self) -> list[Edge[T]]:
        # Built only when asked for: a long list read through `nodes` skips these objects.
        return [Edge(cursor=c, node=n) for c, n in zip(self.cursors, self.nodes, strict=True)]


def connection(page: Page[Any], node: Callable[[Any], T]) -> Connection[T]:
    """A service's page as a GraphQL connection, each row made into a node by `node`."""
    cursors = page.cursors
    return Connection(
        nodes=[node(row) for row in page.items],
        cursors=cursors,
        page_info=PageInfo(
            has_next_page=page.has_next_page, end_cursor=cursors[-1] if cursors else None
        ),
        # Only left uncounted when the query did not select totalCount.
        total_count=page.total_count or 0,
    )


def selects(info: Info, name: str) -> bool:
    """Whether the current field's selection asks for `name` (through fragments too)."""

    def walk(selections: list[Selection]) -> bool:
        return any(
            (isinstance(s, SelectedField) and s.name == name) or walk(s.selections)
            for s in selections
        )

    return any(walk(field.selections) for field in info.selected_fields)


def parse_id(value: strawberry.ID | str, field: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    # Ids are 32-bit in the database: a larger number can name nothing, and Postgres would
    # refuse to compare it with an integer column.
    if not 0 < number <= MAX_ID:
        raise InvalidInput([FieldProblem(field, f"'{value}' is not a valid id.", "invalid_id")])
    return number


def parse_optional_id(value: strawberry.ID | str | None, field: str) -> int | None:
    return None if value is None else parse_id(value, field)
