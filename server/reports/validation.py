"""The rule engine: raw answers parsed by question type, then a form's rules, without `eval`.

A form version is compiled once into a `CompiledForm` (a parser per question, rules as
operand lists) and cached by the version's id: versions never change once published, and
submission is the hot path of election day. Parsing gives field errors (unknown question,
not a number, out of range, unknown option, text too long, bad time, required missing);
rules compare two sums and either refuse the report (ERROR: an error on every question the
rule names, in the observer's language) or accept it with a flag (FLAG).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from server.forms.definition import (
    INTEGER_BOUND,
    MAX_QUESTIONS,
    FormDefinition,
    Labels,
    Question,
    QuestionType,
    Rule,
    Severity,
)
from server.kit.errors import FieldProblem, InvalidInput
from server.reports.texts import problem_text

OPERATORS: Mapping[str, Callable[[int, int], bool]] = {
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
}
YES = frozenset({"yes", "y", "1", "true"})
NO = frozenset({"no", "n", "0", "false"})
INTEGER = re.compile(r"^[+-]?\d{1,10}$")
TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
CACHE_SIZE = 256


@dataclass(frozen=True)
class RawAnswer:
    """An answer as a client sent it: a text value, or a list of choices."""

    value: str | None = None
    choices: tuple[int, ...] | None = None

    @property
    def empty(self) -> bool:
        return self.choices is None and (self.value is None or self.value.strip() == "")


@dataclass(frozen=True)
class Parsed:
    """A typed answer, as stored: yes/no 1/0, integers, single choices and times (minutes
    since midnight) in `int_value`; texts in `text_value`; multiple choices sorted."""

    question: str
    int_value: int | None = None
    text_value: str | None = None
    choices: tuple[int, ...] | None = None


@dataclass(frozen=True)
class Flag:
    code: str
    question: str | None
    message: str


@dataclass(frozen=True)
class Outcome:
    answers: dict[str, Parsed]
    problems: list[FieldProblem]
    flags: list[Flag]

    @property
    def ok(self) -> bool:
        return not self.problems


class _Invalid(Exception):
    def __init__(self, code: str, **values: object) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


Parser = Callable[[RawAnswer], Parsed]


def field_name(question: str) -> str:
    return f"answers.{question}"


def _parser(question: Question) -> Parser:
    code = question.code
    kind = question.type
    if kind is QuestionType.MULTIPLE_CHOICE:
        allowed = frozenset(o.value for o in question.options)

        def multiple(raw: RawAnswer) -> Parsed:
            chosen = raw.choices if raw.choices is not None else _choice_list(raw.value or "")
            if any(c not in allowed for c in chosen):
                raise _Invalid("unknown_option")
            return Parsed(code, choices=tuple(sorted(set(chosen))))

        return multiple
    single = _single_parser(question)
    return lambda raw: single(_value_of(raw))


def _single_parser(question: Question) -> Callable[[str], Parsed]:
    code = question.code
    kind = question.type
    if kind is QuestionType.YES_NO:
        return lambda value: Parsed(code, int_value=_yes_no(value))
    if kind is QuestionType.INTEGER:
        low = -INTEGER_BOUND if question.min is None else question.min
        high = INTEGER_BOUND if question.max is None else question.max
        return lambda value: Parsed(code, int_value=_integer(value, low, high))
    if kind is QuestionType.SINGLE_CHOICE:
        allowed = frozenset(o.value for o in question.options)
        return lambda value: Parsed(code, int_value=_option(value, allowed))
    if kind is QuestionType.TIME:
        return lambda value: Parsed(code, int_value=_time(value))
    limit = question.max_length

    def text(value: str) -> Parsed:
        if len(value) > limit:
            raise _Invalid("too_long", limit=limit)
        return Parsed(code, text_value=value)

    return text


def _value_of(raw: RawAnswer) -> str:
    if raw.choices is not None or raw.value is None:
        raise _Invalid("no_choices_here")
    return raw.value.strip()


def _choice_list(value: str) -> tuple[int, ...]:
    parts = [p for p in re.split(r"[,\s]+", value.strip()) if p]
    if not all(p.isdigit() and len(p) <= 2 for p in parts):
        raise _Invalid("unknown_option")
    return tuple(int(p) for p in parts)


def _yes_no(value: str) -> int:
    lowered = value.lower()
    if lowered in YES:
        return 1
    if lowered in NO:
        return 0
    raise _Invalid("not_yes_no")


def _integer(value: str, low: int, high: int) -> int:
    if not INTEGER.match(value):
        raise _Invalid("not_a_number")
    number = int(value)
    if not low <= number <= high:
        raise _Invalid("out_of_range", low=low, high=high)
    return number


def _option(value: str, allowed: frozenset[int]) -> int:
    if not value.isdigit() or len(value) > 2 or int(value) not in allowed:
        raise _Invalid("unknown_option")
    return int(value)


def _time(value: str) -> int:
    match = TIME.match(value)
    if match is None:
        raise _Invalid("bad_time")
    hours, minutes = int(match[1]), int(match[2])
    if hours > 23 or minutes > 59:
        raise _Invalid("bad_time")
    return hours * 60 + minutes


@dataclass(frozen=True)
class CompiledRule:
    code: str
    severity: Severity
    # Each side: question codes, and a constant plus how many times the station figure counts.
    left: tuple[tuple[str, ...], int, int]
    right: tuple[tuple[str, ...], int, int]
    compare: Callable[[int, int], bool]
    questions: tuple[str, ...]
    message: Labels

    def applies(self, answers: Mapping[str, Parsed], registered_voters: int | None) -> bool:
        if any(answers.get(q) is None for q in self.questions):
            return False
        return registered_voters is not None or not (self.left[2] or self.right[2])

    def holds(self, answers: Mapping[str, Parsed], registered_voters: int | None) -> bool:
        return self.compare(
            _side(self.left, answers, registered_voters),
            _side(self.right, answers, registered_voters),
        )


def _side(
    side: tuple[tuple[str, ...], int, int],
    answers: Mapping[str, Parsed],
    registered_voters: int | None,
) -> int:
    questions, constant, stations = side
    total = constant + stations * (registered_voters or 0)
    for code in questions:
        total += answers[code].int_value or 0
    return total


def _compile_side(operands: Iterable[Any]) -> tuple[tuple[str, ...], int, int]:
    questions: list[str] = []
    constant = stations = 0
    for operand in operands:
        if operand.question is not None:
            questions.append(operand.question)
        elif operand.station is not None:
            stations += 1
        else:
            constant += operand.constant
    return tuple(questions), constant, stations


def _compile_rule(rule: Rule) -> CompiledRule:
    return CompiledRule(
        code=rule.code,
        severity=rule.severity,
        left=_compile_side(rule.left),
        right=_compile_side(rule.right),
        compare=OPERATORS[rule.op],
        questions=tuple(dict.fromkeys(rule.questions())),
        message=rule.message,
    )


@dataclass(frozen=True)
class CompiledForm:
    parsers: Mapping[str, Parser]
    required: tuple[str, ...]
    rules: tuple[CompiledRule, ...]
    definition: FormDefinition

    def parse_one(
        self, code: str, raw: RawAnswer, language: str = "en"
    ) -> Parsed | FieldProblem | None:
        """One answer by its question's type alone (None when it is empty)."""
        parser = self.parsers.get(code)
        if parser is None:
            return _problem(code, "unknown_question", language)
        if raw.empty:
            return None
        try:
            return parser(raw)
        except _Invalid as invalid:
            return _problem(code, invalid.code, language, **invalid.values)

    def validate(
        self,
        answers: Mapping[str, RawAnswer],
        *,
        registered_voters: int | None,
        language: str = "en",
    ) -> Outcome:
        parsed: dict[str, Parsed] = {}
        problems: list[FieldProblem] = []
        for code, raw in answers.items():
            one = self.parse_one(code, raw, language)
            if isinstance(one, FieldProblem):
                problems.append(one)
            elif one is not None:
                parsed[code] = one
        for code in self.required:
            if code not in parsed and (code not in answers or answers[code].empty):
                problems.append(_problem(code, "required", language))
        flags: list[Flag] = []
        for rule in self.rules:
            if not rule.applies(parsed, registered_voters):
                continue
            if rule.holds(parsed, registered_voters):
                continue
            if rule.severity is Severity.ERROR:
                text = rule.message.get(language)
                fields: list[str | None] = [field_name(q) for q in rule.questions] or [None]
                problems.extend(FieldProblem(f, text, f"rule.{rule.code}") for f in fields)
            else:
                question = rule.questions[0] if rule.questions else None
                flags.append(Flag(rule.code, question, rule.message.get("en")))
        return Outcome(parsed if not problems else {}, problems, flags)


def _problem(code: str, problem: str, language: str, **values: object) -> FieldProblem:
    return FieldProblem(field_name(code), problem_text(problem, language, **values), problem)


def compile_form(definition: FormDefinition) -> CompiledForm:
    return CompiledForm(
        parsers={q.code: _parser(q) for q in definition.questions},
        required=tuple(q.code for q in definition.questions if q.required),
        rules=tuple(_compile_rule(r) for r in definition.rules),
        definition=definition,
    )


# A stored version is named by its id *and* its creation time: an id alone may be reused (a
# database emptied and filled again, SQLite reusing the highest id after a deletion, the test
# suite's databases in one process), and a stale entry would judge reports by another form.
VersionKey = tuple[int, datetime]

_cache: dict[VersionKey, CompiledForm] = {}


def cached_form(key: VersionKey) -> CompiledForm | None:
    return _cache.get(key)


def remember_form(key: VersionKey, definition: Mapping[str, Any]) -> CompiledForm:
    """Compile a stored version once per process (stored definitions never change)."""
    compiled = compile_form(FormDefinition.model_validate(definition))
    if len(_cache) >= CACHE_SIZE:
        # Forms of a mission number in the tens; dropping the oldest entry is enough.
        _cache.pop(next(iter(_cache)))
    _cache[key] = compiled
    return compiled


def collect_answers(
    items: Iterable[tuple[str, str | None, Iterable[int] | None]], *, language: str = "en"
) -> dict[str, RawAnswer]:
    """Answers keyed by question; a question answered twice, or more answers than any form
    has questions, is refused before any work is done."""
    answers: dict[str, RawAnswer] = {}
    problems: list[FieldProblem] = []
    for count, (question, value, choices) in enumerate(items):
        if count >= MAX_QUESTIONS:
            problems.append(FieldProblem("answers", "Too many answers.", "too_many"))
            break
        if question in answers:
            problems.append(_problem(question[:3], "answered_twice", language))
        answers[question[:10]] = RawAnswer(value, tuple(choices) if choices is not None else None)
    if problems:
        raise InvalidInput(problems)
    return answers
