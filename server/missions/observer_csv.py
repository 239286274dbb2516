"""Reading an observers CSV into rows and a list of problems, each with its line and column.

Like the locations parser, it never stops at the first problem: every field that cannot be
read is reported and the rest of the file is still read, so a dry run lists them all.
Stations and forms are checked later, against the mission.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import phonenumbers

from server.kit import limits
from server.missions.csv_files import Problem, is_utf8, open_csv
from server.missions.members import OBSERVER_LANGUAGES
from server.missions.models import ObserverKind
from server.missions.observer_codes import validate_observer_code

REQUIRED = ("name", "phone")
OPTIONAL = ("code", "email", "language", "kind", "stations", "forms")
# Several phones, stations or forms in one field.
LIST_SEPARATOR = "|"
MAX_PHONES = 5
KINDS = {
    "long_term": ObserverKind.LONG_TERM,
    "lto": ObserverKind.LONG_TERM,
    "short_term": ObserverKind.SHORT_TERM,
    "sto": ObserverKind.SHORT_TERM,
}


@dataclass(frozen=True)
class ObserverRow:
    line: int
    code: str | None
    name: str
    phones: tuple[str, ...]  # E.164, in the file's order
    email: str | None = None
    language: str = "en"
    kind: ObserverKind = ObserverKind.SHORT_TERM
    # None when the file has no such column: the observer's deployments are left as they are.
    stations: tuple[str, ...] | None = None
    forms: tuple[str, ...] | None = None

    @property
    def key(self) -> str:
        """What identifies the row's observer on a re-import: the code, else the first phone."""
        return self.code or self.phones[0]


@dataclass
class ParsedObservers:
    rows: list[ObserverRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    columns: tuple[str, ...] = ()


class _RowReader:
    def __init__(self, header: list[str], country: str | None, problems: list[Problem]) -> None:
        self.index = {name: i for i, name in enumerate(header)}
        self.width = len(header)
        self.country = country
        self.problems = problems
        self.codes: dict[str, int] = {}
        self.phones: dict[str, int] = {}

    def _field(self, record: list[str], line: int, name: str, length: int) -> str | None:
        i = self.index.get(name)
        if i is None or i >= len(record):
            return None
        value = record[i].strip()
        if not is_utf8(value):
            self.problems.append(Problem(line, name, "not UTF-8 text"))
            return None
        if len(value) > length:
            self.problems.append(Problem(line, name, f"longer than {length} characters"))
            return None
        return value or None

    def _list(self, record: list[str], line: int, name: str) -> tuple[str, ...] | None:
        if name not in self.index:
            return None
        value = self._field(record, line, name, limits.DESCRIPTION) or ""
        return tuple(dict.fromkeys(v.strip() for v in value.split(LIST_SEPARATOR) if v.strip()))

    def _code(self, record: list[str], line: int) -> str | None:
        raw = self._field(record, line, "code", 32)
        if raw is None:
            return None
        code = validate_observer_code(raw)
        if code is None:
            self.problems.append(
                Problem(line, "code", f"bad observer code {raw!r}: wrong check digit or form")
            )
            return None
        if code in self.codes:
            first = self.codes[code]
            self.problems.append(
                Problem(line, "code", f"duplicate code {code!r} (first on line {first})")
            )
            return None
        self.codes[code] = line
        return code

    def _phones(self, record: list[str], line: int) -> tuple[str, ...]:
        raw = self._list(record, line, "phone") or ()
        if not raw and is_utf8(self._raw(record, "phone")):
            self.problems.append(Problem(line, "phone", "missing value"))
        if len(raw) > MAX_PHONES:
            self.problems.append(Problem(line, "phone", f"more than {MAX_PHONES} numbers"))
        numbers: list[str] = []
        for text in raw[:MAX_PHONES]:
            e164 = self._phone(line, text)
            if e164 is None or e164 in numbers:
                continue
            if e164 in self.phones:
                first = self.phones[e164]
                self.problems.append(
                    Problem(line, "phone", f"duplicate phone {text!r} (first on line {first})")
                )
                continue
            self.phones[e164] = line
            numbers.append(e164)
        return tuple(numbers)

    def _phone(self, line: int, text: str) -> str | None:
        try:
            number = phonenumbers.parse(text, self.country)
        except phonenumbers.NumberParseException:
            number = None
        if number is None or not phonenumbers.is_valid_number(number):
            self.problems.append(Problem(line, "phone", f"unparseable phone {text!r}"))
            return None
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def _choice(self, record: list[str], line: int, name: str, allowed: list[str]) -> str | None:
        value = self._field(record, line, name, 32)
        if value is not None and value.lower() not in allowed:
            expected = ", ".join(allowed)
            self.problems.append(Problem(line, name, f"unknown {name} {value!r}: use {expected}"))
            return None
        return None if value is None else value.lower()

    def _email(self, record: list[str], line: int) -> str | None:
        email = self._field(record, line, "email", limits.EMAIL)
        if email is not None and ("@" not in email or " " in email):
            self.problems.append(Problem(line, "email", f"bad email {email!r}"))
            return None
        return None if email is None else email.lower()

    def _raw(self, record: list[str], name: str) -> str:
        i = self.index[name]
        return record[i] if i < len(record) else ""

    def read(self, record: list[str], line: int) -> ObserverRow | None:
        if len(record) > self.width and any(v.strip() for v in record[self.width :]):
            self.problems.append(
                Problem(line, str(self.width + 1), "more values than the header has columns")
            )
        before = len(self.problems)
        code = self._code(record, line)
        name = self._field(record, line, "name", limits.NAME)
        if name is None and is_utf8(self._raw(record, "name")):
            self.problems.append(Problem(line, "name", "missing value"))
        phones = self._phones(record, line)
        email = self._email(record, line)
        language = self._choice(record, line, "language", list(OBSERVER_LANGUAGES)) or "en"
        kind = self._choice(record, line, "kind", list(KINDS)) or "short_term"
        stations = self._list(record, line, "stations")
        forms = self._list(record, line, "forms")
        if len(self.problems) > before or name is None or not phones:
            return None
        return ObserverRow(line, code, name, phones, email, language, KINDS[kind], stations, forms)


def parse_observers(data: bytes, *, country: str | None) -> ParsedObservers:
    """Reads an observers CSV: UTF-8 with or without a BOM, commas or semicolons.

    Columns: name and phone (several separated by |), and optionally code, email, language
    (en, fr, es, ar), kind (long_term, short_term, LTO, STO), stations and forms (codes
    separated by |). Phones without a country code are read in `country`'s numbering plan.
    """
    result = ParsedObservers()
    file = open_csv(data, result.problems, REQUIRED, OPTIONAL)
    result.columns = tuple(file.header)
    if not file.complete:
        return result
    rows = _RowReader(file.header, country, result.problems)
    for start, record in file.records:
        row = rows.read(record, start)
        if row is not None:
            result.rows.append(row)
    result.problems.sort(key=lambda p: p.line)
    return result
