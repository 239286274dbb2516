"""Checks on raw input that apply to every field, before any resolver runs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import ExecutionResult as GraphQLExecutionResult
from graphql import GraphQLError, StringValueNode, Visitor, visit
from strawberry.extensions import SchemaExtension

from server.kit.errors import FieldProblem, InvalidInput

NUL_MESSAGE = "Text may not contain NUL (U+0000) characters."


class _NulFinder(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found = False

    def enter_string_value(self, node: StringValueNode, *_: Any) -> None:
        if "\x00" in node.value:
            self.found = True


def _has_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


class RefuseNulCharacters(SchemaExtension):
    """Refuses documents and variables that contain U+0000 as bad input.

    Postgres cannot store NUL in text, so such a string would fail deep inside a service and
    reach the client as an internal error, while SQLite would store it; it is never meaningful
    in a name, a search or a phone number. Setting the result here skips execution.
    """

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        finder = _NulFinder()
        if context.graphql_document is not None:
            visit(context.graphql_document, finder)
        if finder.found or _has_nul(context.variables):
            problem = FieldProblem(None, NUL_MESSAGE, "nul_character")
            context.result = GraphQLExecutionResult(
                data=None,
                errors=[GraphQLError(NUL_MESSAGE, original_error=InvalidInput([problem]))],
            )
        yield
