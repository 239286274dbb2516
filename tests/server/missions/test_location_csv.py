"""Reading a locations CSV: encodings, separators and every problem at its line and column."""

from __future__ import annotations

from server.missions.csv_files import Problem
from server.missions.location_csv import LocationRow, parse_locations

HEADER = "code,name,parent_code,registered_voters,latitude,longitude\n"


def problems(text: str | bytes) -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    return [str(p) for p in parse_locations(data).problems]


class TestParseLocations:
    def test_reads_rows_with_optional_values(self) -> None:
        parsed = parse_locations(
            (HEADER + "R1,North,,,,\nS1,School 1,R1,1200,12.5,-1.25\n").encode()
        )
        assert parsed.problems == []
        assert parsed.rows == [
            LocationRow(2, "R1", "North", None),
            LocationRow(3, "S1", "School 1", "R1", 1200, 12.5, -1.25),
        ]

    def test_a_bom_and_semicolons_are_understood(self) -> None:
        data = "\ufeffcode;name;parent_code;registered_voters\nR1;Nord, centre;;\nS1;École;R1;900\n"
        parsed = parse_locations(data.encode("utf-8"))
        assert parsed.problems == []
        assert [(r.code, r.name, r.registered_voters) for r in parsed.rows] == [
            ("R1", "Nord, centre", None),
            ("S1", "École", 900),
        ]

    def test_optional_columns_may_be_left_out(self) -> None:
        parsed = parse_locations(b"code,name,parent_code\nR1,North,\n")
        assert parsed.problems == []
        assert parsed.rows == [LocationRow(2, "R1", "North", None)]

    def test_missing_columns_are_named_on_line_1(self) -> None:
        assert problems("code,title\nR1,North\n") == [
            "line 1, column title: unknown column",
            "line 1, column name: missing column",
            "line 1, column parent_code: missing column",
        ]

    def test_an_empty_file_misses_every_column(self) -> None:
        assert len(problems(b"")) == 3

    def test_a_duplicate_code_names_the_first_line(self) -> None:
        assert problems(HEADER + "R1,North,,,,\nR2,South,,,,\nR1,Again,,,,\n") == [
            "line 4, column code: duplicate code 'R1' (first on line 2)"
        ]

    def test_bad_numbers_and_coordinates_are_reported_in_their_columns(self) -> None:
        assert problems(HEADER + "S1,A,,12a,,\nS2,B,,-3,,\nS3,C,,,91,\nS4,D,,,,east\n") == [
            "line 2, column registered_voters: bad number '12a': expected a whole number ≥ 0",
            "line 3, column registered_voters: bad number '-3': expected a whole number ≥ 0",
            "line 4, column latitude: bad coordinate '91': expected -90 to 90",
            "line 5, column longitude: bad coordinate 'east': expected -180 to 180",
        ]

    def test_bytes_that_are_not_utf8_are_reported_in_their_field(self) -> None:
        data = HEADER.encode() + b"R1,North,,,,\nS1,\xe9cole,R1,,,\n"
        assert problems(data) == ["line 3, column name: not UTF-8 text"]

    def test_missing_values_and_extra_values(self) -> None:
        assert problems(HEADER + ",North,,,,\nR2,,,,,\nR3,East,,,,,surplus\n") == [
            "line 2, column code: missing value",
            "line 3, column name: missing value",
            "line 4, column 7: more values than the header has columns",
        ]

    def test_a_quoted_value_over_two_lines_is_reported_at_its_first_line(self) -> None:
        assert problems(HEADER + 'R1,"North\nern",,,,\nR2,South,,x,,\n') == [
            "line 4, column registered_voters: bad number 'x': expected a whole number ≥ 0"
        ]

    def test_blank_lines_are_skipped_but_counted(self) -> None:
        parsed = parse_locations((HEADER + "\nR1,North,,,,\n").encode())
        assert parsed.rows[0].line == 3
        assert parsed.problems == []

    def test_a_problem_prints_as_line_and_column(self) -> None:
        assert str(Problem(3, "code", "missing value")) == "line 3, column code: missing value"
