"""What every mission CSV import shares: decoding, the separator, the header, the records, and
the problem type (line, column, message) that a dry run lists."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# Enough of the file for csv.Sniffer to see several lines, not the whole file.
SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class Problem:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


def delimiter(text: str) -> str:
    sample = text[:SNIFF_BYTES]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;").delimiter
    except csv.Error:
        # A file of one column, or too regular to tell: the header line decides.
        header = sample.splitlines()[0] if sample else ""
        return ";" if header.count(";") > header.count(",") else ","


def decode(data: bytes) -> str:
    # Undecodable bytes become lone surrogates, so the CSV still splits into fields and the
    # problem is reported in the exact field that holds them.
    text = data.decode("utf-8", errors="surrogateescape")
    return text.removeprefix("\ufeff")


def is_utf8(value: str) -> bool:
    """Whether `value` came from valid UTF-8: `decode` turns every bad byte into a lone
    surrogate, which no valid text holds and which UTF-8 cannot encode. One C call, where a
    check per character cost most of a national file's parsing."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_header(
    record: list[str], problems: list[Problem], required: tuple[str, ...], optional: tuple[str, ...]
) -> list[str]:
    header = [name.strip().lower() for name in record]
    for position, name in enumerate(header, start=1):
        if not is_utf8(name):
            problems.append(Problem(1, str(position), "not UTF-8 text"))
        elif name and name not in required + optional:
            problems.append(Problem(1, name, "unknown column"))
    for name in required:
        if name not in header:
            problems.append(Problem(1, name, "missing column"))
    return header


@dataclass
class CsvFile:
    """A decoded file: its text, its header, whether it has every required column (the
    problems say which it lacks) and its records."""

    text: str
    header: list[str]
    complete: bool
    records: Iterator[tuple[int, list[str]]]


def _records(
    reader: Iterator[list[str]], line_num: Callable[[], int]
) -> Iterator[tuple[int, list[str]]]:
    """(the line a record starts on, the record), blank lines skipped. A quoted value may span
    lines, so a record is reported at the line it starts on."""
    line = line_num() + 1
    for record in reader:
        start, line = line, line_num() + 1
        if "".join(record).strip():
            yield start, record


def open_csv(
    data: bytes, problems: list[Problem], required: tuple[str, ...], optional: tuple[str, ...]
) -> CsvFile:
    """Reads the header (line 1) and hands on the records; UTF-8 with or without a BOM,
    separated by commas or semicolons."""
    text = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text))
    first = next(reader, None)
    if first is None:
        problems.extend(Problem(1, name, "missing column") for name in required)
        return CsvFile(text, [], False, iter(()))
    header = read_header(first, problems, required, optional)
    complete = all(name in header for name in required)
    return CsvFile(text, header, complete, _records(reader, lambda: reader.line_num))
