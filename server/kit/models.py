"""Column helpers every domain's tables use."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Field

from server.db import UTCDateTime, utcnow


def created_at_field() -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


def updated_at_field() -> Any:
    # onupdate keeps the row's update time true without every service remembering to set it;
    # calendar feeds and ETags later read this value.
    return Field(
        default_factory=utcnow,
        sa_type=UTCDateTime,
        nullable=False,
        sa_column_kwargs={"onupdate": utcnow},
    )


def optional_time_field(**kwargs: Any) -> Any:
    return Field(default=None, sa_type=UTCDateTime, nullable=True, **kwargs)


def required_time_field(**kwargs: Any) -> Any:
    return Field(sa_type=UTCDateTime, nullable=False, **kwargs)


__all__ = [
    "created_at_field",
    "datetime",
    "optional_time_field",
    "required_time_field",
    "updated_at_field",
]
