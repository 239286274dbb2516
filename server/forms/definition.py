"""What a form version holds: questions, choices, labels in several languages, and rules.

Rules are data, never code: a rule compares two sums of operands (question answers, a
station's registered voters, constants) with one operator, so "candidate votes sum to valid
votes" and "ballots cast <= registered voters" are written without `eval` and evaluated by
server/reports/validation.py. A definition is checked here before it is stored: codes
unique and SMS-safe, every rule naming questions that exist and hold numbers.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

# Letters other than I, L and O, which SMS users confuse with 1 and 0 (Apollo's rule).
SMS_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ"
QUESTION_CODE = re.compile(rf"^[{SMS_LETTERS}]{{1,3}}$")
# Languages every label may carry; English is required, the others fall back to it.
LANGUAGES = ("en", "fr", "es", "ar")
MAX_QUESTIONS = 200
MAX_OPTIONS = 50
MAX_RULES = 100
MAX_OPERANDS = 50
LABEL = 500
TEXT_ANSWER = 2_000
# Integer answers fit a 32-bit column whatever a form's own range says.
INTEGER_BOUND = 2_000_000_000


class QuestionType(StrEnum):
    YES_NO = "yes_no"
    INTEGER = "integer"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    TEXT = "text"
    TIME = "time"  # "HH:MM", 24-hour, in the mission's time zone


NUMERIC = frozenset({QuestionType.YES_NO, QuestionType.INTEGER})


class Labels(BaseModel):
    """A text in each language; `en` is required, the others fall back to it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    en: str = Field(min_length=1, max_length=LABEL)
    fr: str | None = Field(default=None, min_length=1, max_length=LABEL)
    es: str | None = Field(default=None, min_length=1, max_length=LABEL)
    ar: str | None = Field(default=None, min_length=1, max_length=LABEL)

    def get(self, language: str) -> str:
        value = getattr(self, language, None) if language in LANGUAGES else None
        return value if isinstance(value, str) else self.en


class Option(BaseModel):
    """A choice. Its value is a small number, as SMS reports send it ("AC2")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    value: int = Field(ge=1, le=99)
    labels: Labels


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    type: QuestionType
    labels: Labels
    required: bool = False
    # Integer questions: the accepted range (answers outside it are rejected).
    min: int | None = Field(default=None, ge=-INTEGER_BOUND, le=INTEGER_BOUND)
    max: int | None = Field(default=None, ge=-INTEGER_BOUND, le=INTEGER_BOUND)
    options: tuple[Option, ...] = Field(default=(), max_length=MAX_OPTIONS)
    max_length: int = Field(default=TEXT_ANSWER, ge=1, le=TEXT_ANSWER)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if not QUESTION_CODE.match(self.code):
            raise ValueError(
                f"question code {self.code!r}: 1 to 3 capital letters, never I, L or O"
            )
        choice = self.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE)
        if choice and not self.options:
            raise ValueError(f"question {self.code}: a choice question needs options")
        if not choice and self.options:
            raise ValueError(f"question {self.code}: only choice questions have options")
        values = [option.value for option in self.options]
        if len(values) != len(set(values)):
            raise ValueError(f"question {self.code}: two options share a value")
        if (self.min is not None or self.max is not None) and self.type is not QuestionType.INTEGER:
            raise ValueError(f"question {self.code}: only integer questions have a range")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"question {self.code}: min is above max")
        return self


class Operand(BaseModel):
    """One term of a sum: a question's answer, a station's figure, or a constant."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str | None = None
    station: Literal["registered_voters"] | None = None
    constant: int | None = Field(default=None, ge=-INTEGER_BOUND, le=INTEGER_BOUND)

    @model_validator(mode="after")
    def _exactly_one(self) -> Self:
        given = [v for v in (self.question, self.station, self.constant) if v is not None]
        if len(given) != 1:
            raise ValueError("an operand is exactly one of question, station or constant")
        return self


class Severity(StrEnum):
    ERROR = "error"  # the report is refused, with the rule's message on its questions
    FLAG = "flag"  # the report is accepted and flagged for a coordinator to look at


Comparison = Literal["eq", "ne", "lt", "le", "gt", "ge"]


class Rule(BaseModel):
    """sum(left) <op> sum(right). Skipped while a question it names is unanswered."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[A-Z][A-Z0-9_]{0,15}$")
    left: tuple[Operand, ...] = Field(min_length=1, max_length=MAX_OPERANDS)
    op: Comparison
    right: tuple[Operand, ...] = Field(min_length=1, max_length=MAX_OPERANDS)
    severity: Severity = Severity.ERROR
    message: Labels

    def questions(self) -> list[str]:
        return [o.question for o in (*self.left, *self.right) if o.question is not None]


class FormDefinition(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    questions: tuple[Question, ...] = Field(min_length=1, max_length=MAX_QUESTIONS)
    rules: tuple[Rule, ...] = Field(default=(), max_length=MAX_RULES)

    @model_validator(mode="after")
    def _references(self) -> Self:
        codes = [q.code for q in self.questions]
        if len(codes) != len(set(codes)):
            raise ValueError("two questions share a code")
        rule_codes = [r.code for r in self.rules]
        if len(rule_codes) != len(set(rule_codes)):
            raise ValueError("two rules share a code")
        types = {q.code: q.type for q in self.questions}
        for rule in self.rules:
            for code in rule.questions():
                if code not in types:
                    raise ValueError(f"rule {rule.code} names unknown question {code}")
                if types[code] not in NUMERIC:
                    raise ValueError(f"rule {rule.code}: question {code} does not hold a number")
        return self

    def question(self, code: str) -> Question | None:
        return next((q for q in self.questions if q.code == code), None)
