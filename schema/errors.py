"""Expected errors reach clients with a code; everything else is masked and logged."""

from __future__ import annotations

import logging

import strawberry
from graphql import GraphQLError
from sqlalchemy.exc import IntegrityError

from server.kit.errors import FieldProblem, InvalidInput, PluralisError
from server.logs import request_id_var

logger = logging.getLogger("pluralis.graphql")


@strawberry.type(
    description="A problem with one input field (or the whole input if field is null)."
)
class FieldError:
    field: str | None
    message: str
    code: str


def field_errors(problems: list[FieldProblem]) -> list[FieldError]:
    return [FieldError(field=p.field, message=p.message, code=p.code) for p in problems]


# What a mutation answers when the database refuses its change (a unique or foreign key
# constraint, often a race between a check and the insert). The database's own message names
# the constraint and the conflicting values, which may belong to data the caller cannot see,
# so the answer names nothing.
CONFLICT = FieldProblem(None, "This conflicts with data that already exists.", "conflict")


def conflict_errors(error: IntegrityError) -> list[FieldError]:
    """The field errors for a refused change; the log names the constraint for operators."""
    logger.warning("database refused a change (%s)", _constraint(error))
    return field_errors([CONFLICT])


def _constraint(error: IntegrityError) -> str:
    # Postgres' message quotes the row's values (a phone number, an email), which must not
    # reach the log; its driver error names the constraint. SQLite's message names only the
    # constraint or the columns.
    driver_error = getattr(error.orig, "__cause__", None)
    name = getattr(driver_error, "constraint_name", None)
    return str(name) if name else str(error.orig).split("\n", 1)[0][:200]


def is_expected(error: GraphQLError) -> bool:
    original = error.original_error
    # Errors without an original exception come from parsing, validation and the limits:
    # they describe the client's document and are safe to show.
    return original is None or isinstance(original, PluralisError | InvalidInput | GraphQLError)


def should_mask_error(error: GraphQLError) -> bool:
    if is_expected(error):
        return False
    logger.error(
        "unexpected error in GraphQL resolver",
        exc_info=error.original_error,
        extra={"path": ".".join(str(p) for p in error.path or [])},
    )
    return True


def error_extensions(error: GraphQLError) -> dict[str, object]:
    original = error.original_error
    if isinstance(original, PluralisError):
        return {"code": original.code}
    if isinstance(original, InvalidInput):
        return {
            "code": "BAD_USER_INPUT",
            "fields": [
                {"field": p.field, "message": p.message, "code": p.code} for p in original.problems
            ],
        }
    if original is None:
        return {"code": "GRAPHQL_VALIDATION_FAILED"}
    if isinstance(original, GraphQLError):
        return dict(original.extensions or {})
    return {"code": "INTERNAL_SERVER_ERROR", "requestId": request_id_var.get()}
