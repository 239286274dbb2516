"""Keyset (cursor) pagination: stable under inserts, and cheap at any depth."""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import orjson
from sqlalchemy import Select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.kit.errors import FieldProblem, InvalidInput

T = TypeVar("T")
MAX_PAGE = 200


def encode_cursor(*values: object) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(values)).decode().rstrip("=")


def decode_cursor(cursor: str, arity: int) -> list[object]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = orjson.loads(base64.urlsafe_b64decode(padded))
    except (ValueError, orjson.JSONDecodeError) as exc:
        raise InvalidInput([FieldProblem("after", "This cursor is not valid.")]) from exc
    if not isinstance(values, list) or len(values) != arity:
        raise InvalidInput([FieldProblem("after", "This cursor is not valid.")])
    return values


def check_page_size(first: int) -> int:
    if first < 1 or first > MAX_PAGE:
        raise InvalidInput(
            [FieldProblem("first", f"Ask for between 1 and {MAX_PAGE} items.", "out_of_range")]
        )
    return first


@dataclass
class Page(Generic[T]):
    items: list[T]
    cursors: list[str]
    has_next_page: bool
    total_count: int | None  # None when the caller did not ask for it


async def keyset_page(
    session: AsyncSession,
    query: Any,  # a sqlmodel select of entities or of columns; the two types share no base
    *,
    order: tuple[Any, Any],
    after: tuple[object, object] | None,
    first: int,
    count: Select[Any] | None,
    cursor: Callable[[Any], tuple[object, ...]],
) -> Page[Any]:
    """One page of `query` ordered by `order` (a sort column, then the id as tie-breaker).

    `after` is the decoded cursor of the last row seen; `count`, when given, is run for the
    page's total (callers pass it only when the client asked, as it scans the table again).
    """
    column, tie_breaker = order
    if after is not None:
        value, last_id = after
        query = query.where((column > value) | ((column == value) & (tie_breaker > last_id)))
    rows = list((await session.exec(query.order_by(column, tie_breaker).limit(first + 1))).all())
    total = await session.scalar(count) if count is not None else None
    items = rows[:first]
    return Page(
        items=items,
        cursors=[encode_cursor(*cursor(row)) for row in items],
        has_next_page=len(rows) > first,
        total_count=None if total is None else int(total),
    )
