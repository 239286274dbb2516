"""What a CSV import (locations, observers) found and did, in GraphQL."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import strawberry

from schema.errors import FieldError

# A file with a systematic mistake has one problem per line; the first ones tell the story.
MAX_LISTED_PROBLEMS = 500


@strawberry.type(description="One problem in an imported file. The header is line 1.")
class ImportProblem:
    line: int
    column: str
    message: str


@strawberry.type(description="What an import found and did.")
class ImportResult:
    dry_run: bool
    ok: bool = strawberry.field(
        description="True when the file had no problem (and, unless dryRun, was applied)."
    )
    created: int
    updated: int
    unchanged: int
    problems: list[ImportProblem] = strawberry.field(
        description=f"At most {MAX_LISTED_PROBLEMS} problems; problemCount counts them all."
    )
    problem_count: int


@strawberry.type
class ImportPayload:
    result: ImportResult | None
    errors: list[FieldError]


class ProblemLike(Protocol):
    """A problem as any importer's server side reports it (read-only)."""

    @property
    def line(self) -> int: ...
    @property
    def column(self) -> str: ...
    @property
    def message(self) -> str: ...


def import_result(
    *, dry_run: bool, created: int, updated: int, unchanged: int, problems: Sequence[ProblemLike]
) -> ImportResult:
    """The GraphQL shape of an import's outcome; the first MAX_LISTED_PROBLEMS are listed."""
    return ImportResult(
        dry_run=dry_run,
        ok=not problems,
        created=created,
        updated=updated,
        unchanged=unchanged,
        problems=[
            ImportProblem(line=p.line, column=p.column, message=p.message)
            for p in problems[:MAX_LISTED_PROBLEMS]
        ],
        problem_count=len(problems),
    )
