"""Expected errors: raised by services, shown to clients with a stable code.

Anything that is not a `PluralisError` is a bug: it is logged with the request id and shown
to clients only as "Unexpected error.".
"""

from __future__ import annotations

from dataclasses import dataclass, field


class PluralisError(Exception):
    code = "BAD_REQUEST"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotAuthenticated(PluralisError):
    code = "UNAUTHENTICATED"

    def __init__(self, message: str = "Sign in to do this.") -> None:
        super().__init__(message)


class Forbidden(PluralisError):
    code = "FORBIDDEN"

    # Said to people as it is (web/src/api/client.ts), so it says what to do about it.
    def __init__(
        self,
        message: str = "You do not have access to this. If you need it, ask an administrator "
        "of your organization.",
    ) -> None:
        super().__init__(message)


class NotFound(PluralisError):
    code = "NOT_FOUND"


class RateLimited(PluralisError):
    code = "RATE_LIMITED"


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one input field; `field` is None for the input as a whole."""

    field: str | None
    message: str
    code: str = "invalid"


@dataclass
class InvalidInput(Exception):
    """Input that failed validation. Mutations turn it into typed, field-level errors."""

    problems: list[FieldProblem] = field(default_factory=list)

    def __str__(self) -> str:
        return "; ".join(f"{p.field or 'input'}: {p.message}" for p in self.problems)


class Problems:
    """Collects every problem with an input before raising, so users fix them all at once."""

    def __init__(self) -> None:
        self.items: list[FieldProblem] = []

    def add(self, field: str | None, message: str, code: str = "invalid") -> None:
        self.items.append(FieldProblem(field, message, code))

    def raise_if_any(self) -> None:
        if self.items:
            raise InvalidInput(list(self.items))
