"""Keyset (cursor) pagination: stable under inserts, and cheap at any depth."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Generic, TypeVar

import orjson

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
