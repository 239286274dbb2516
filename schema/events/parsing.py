"""Reading ids and optional fields of event inputs: the shape checks that need no database.

The id parsers add a malformed id to `problems` instead of raising, so one answer names every
bad field of the input, not only the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

import strawberry

from schema.types.common import parse_id
from server.events import inputs as event_inputs
from server.kit.errors import InvalidInput, Problems

T = TypeVar("T")

LOCAL_TIME = (
    "The local wall-clock time in the event's zone, like 2026-03-29T14:00:00. A time with an "
    "offset is taken as that instant."
)


def unset(value: Any) -> Any:
    """strawberry's UNSET (the field was not sent) as the services' UNSET."""
    return event_inputs.UNSET if value is strawberry.UNSET else value


def one_id(problems: Problems, value: strawberry.ID, field: str) -> int:
    try:
        return parse_id(value, field)
    except InvalidInput as invalid:
        problems.items.extend(invalid.problems)
        return 0


def ids(problems: Problems, values: Sequence[strawberry.ID], field: str) -> list[int]:
    return [one_id(problems, v, f"{field}.{i}") for i, v in enumerate(values)]


def optional_id(problems: Problems, value: strawberry.ID | None, field: str) -> Any:
    """An id to change: UNSET leaves it, null clears it."""
    return unset(value) if value in (None, strawberry.UNSET) else one_id(problems, value, field)


def id_list(problems: Problems, values: list[strawberry.ID] | None, field: str) -> Any:
    """A list of ids to change: UNSET leaves it, null empties it."""
    if values is None or values is strawberry.UNSET:
        return unset([] if values is None else values)
    return ids(problems, values, field)


def required(problems: Problems, field: str, value: T | None) -> T | None:
    if value is None:
        problems.add(field, "This field is required.", "required")
    return value


def not_null(problems: Problems, field: str, value: Any) -> Any:
    """Fields that cannot be cleared: null is refused rather than read as "leave it"."""
    if value is None:
        problems.add(field, "This field cannot be empty.", "required")
    return unset(value)


def either(first: Any, second: Any) -> Any:
    """The all-day date when one was sent, else the timed value (maybe UNSET)."""
    return first if first not in (None, strawberry.UNSET) else second
