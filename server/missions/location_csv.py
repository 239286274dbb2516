"""Reading a locations CSV into rows and a list of problems, each with its line and column.

The parser never stops at the first problem: a dry run must list every one of them, so a
field that cannot be read is reported and left empty, and the row is still handed on (its
children then find their parent instead of reporting it unknown as well).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from server.kit import limits
from server.missions.csv_files import Problem, is_utf8, open_csv
from server.missions.models import LOCATION_CODE

REQUIRED = ("code", "name", "parent_code")
OPTIONAL = ("registered_voters", "latitude", "longitude")


class LocationRow(NamedTuple):
    """One clean row of the file. A tuple: a national file makes hundreds of thousands."""

    line: int
    code: str
    name: str
    parent_code: str | None
    registered_voters: int | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass
class ParsedLocations:
    rows: list[LocationRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class _RowReader:
    """Turns one record into a LocationRow, recording its problems."""

    def __init__(self, header: list[str], problems: list[Problem], *, utf8: bool) -> None:
        self.index = {name: i for i, name in enumerate(header)}
        self.width = len(header)
        self.problems = problems
        self.first_line: dict[str, int] = {}
        # The whole file decoded as UTF-8: no field needs its own check.
        self.utf8 = utf8
        positions = [self.index.get(name, -1) for name in REQUIRED + OPTIONAL]
        # The six values of a record in one C call; an absent optional column reads the
        # empty value appended at the end of the record (position -1).
        self.pick = itemgetter(*positions)
        self.absent_column = -1 in positions

    def read_clean(self, record: list[str], line: int) -> LocationRow | None:
        """The row, when every value of it is right at first sight; otherwise `read` (which
        names each problem). A national file is hundreds of thousands of such rows, so this
        path does the least work that proves a row clean."""
        if not self.utf8 or len(record) > self.width:
            return self.read(record, line)
        if len(record) < self.width:  # short lines: the missing values are empty
            record = record + [""] * (self.width - len(record))
        if self.absent_column:
            record = [*record, ""]
        code, name, parent, voters, latitude, longitude = map(str.strip, self.pick(record))
        if (
            not code
            or not name
            or len(code) > LOCATION_CODE
            or len(name) > limits.NAME
            or len(parent) > LOCATION_CODE
            or code in self.first_line
            or (voters and not (voters.isascii() and voters.isdigit() and len(voters) <= 12))
        ):
            return self.read(record, line)
        try:
            lat = float(latitude) if latitude else None
            lon = float(longitude) if longitude else None
        except ValueError:
            return self.read(record, line)
        # Comparisons with NaN are false, so NaN falls through to `read` as well.
        if (lat is not None and not -90 <= lat <= 90) or (
            lon is not None and not -180 <= lon <= 180
        ):
            return self.read(record, line)
        self.first_line[code] = line
        return LocationRow(
            line, code, name, parent or None, int(voters) if voters else None, lat, lon
        )

    def _field(self, record: list[str], line: int, name: str) -> str | None:
        i = self.index.get(name)
        if i is None or i >= len(record):
            return None
        value = record[i].strip()
        if not self.utf8 and not is_utf8(value):
            self.problems.append(Problem(line, name, "not UTF-8 text"))
            return None
        return value or None

    def _text(self, record: list[str], line: int, name: str, length: int) -> str | None:
        value = self._field(record, line, name)
        if value is not None and len(value) > length:
            self.problems.append(Problem(line, name, f"longer than {length} characters"))
            return None
        return value

    def _int(self, record: list[str], line: int, name: str) -> int | None:
        value = self._field(record, line, name)
        if value is None:
            return None
        if not value.isascii() or not value.isdigit() or len(value) > 12:
            self.problems.append(
                Problem(line, name, f"bad number {value!r}: expected a whole number ≥ 0")
            )
            return None
        return int(value)

    def _coordinate(self, record: list[str], line: int, name: str, bound: int) -> float | None:
        value = self._field(record, line, name)
        if value is None:
            return None
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not math.isfinite(number) or not -bound <= number <= bound:
            self.problems.append(
                Problem(line, name, f"bad coordinate {value!r}: expected -{bound} to {bound}")
            )
            return None
        return number

    def read(self, record: list[str], line: int) -> LocationRow | None:
        if len(record) > self.width and any(v.strip() for v in record[self.width :]):
            self.problems.append(
                Problem(line, str(self.width + 1), "more values than the header has columns")
            )
        code = self._text(record, line, "code", LOCATION_CODE)
        name = self._text(record, line, "name", limits.NAME)
        parent = self._text(record, line, "parent_code", LOCATION_CODE)
        voters = self._int(record, line, "registered_voters")
        latitude = self._coordinate(record, line, "latitude", 90)
        longitude = self._coordinate(record, line, "longitude", 180)
        if name is None and is_utf8(self._raw(record, "name")):
            self.problems.append(Problem(line, "name", "missing value"))
        if code is None:
            if is_utf8(self._raw(record, "code")):
                self.problems.append(Problem(line, "code", "missing value"))
            return None
        if code in self.first_line:
            first = self.first_line[code]
            self.problems.append(
                Problem(line, "code", f"duplicate code {code!r} (first on line {first})")
            )
            return None
        self.first_line[code] = line
        return LocationRow(line, code, name or "", parent, voters, latitude, longitude)

    def _raw(self, record: list[str], name: str) -> str:
        i = self.index[name]
        return record[i] if i < len(record) else ""


def parse_locations(data: bytes) -> ParsedLocations:
    """Reads a locations CSV: UTF-8 with or without a BOM, separated by commas or semicolons.

    Columns: code, name, parent_code (empty at the top), and optionally registered_voters,
    latitude and longitude. Lines are counted from 1, the header being line 1; a column is
    named by its header. Parents are checked later, against the file and the mission's
    existing locations together (an updated file may name a parent it does not repeat).
    """
    result = ParsedLocations()
    file = open_csv(data, result.problems, REQUIRED, OPTIONAL)
    if not file.complete:
        return result
    rows = _RowReader(file.header, result.problems, utf8=is_utf8(file.text))
    for start, record in file.records:
        row = rows.read_clean(record, start)
        if row is not None:
            result.rows.append(row)
    result.problems.sort(key=lambda p: p.line)
    return result
