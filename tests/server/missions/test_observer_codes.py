"""Observer codes: random, unique in a mission, with a Damm check digit."""

from __future__ import annotations

import pytest
from stdnum import damm

from server.missions.observer_codes import (
    new_observer_code,
    normalize_observer_code,
    validate_observer_code,
    with_check_digit,
)


class TestNewObserverCode:
    def test_codes_are_seven_digits_with_a_valid_check_digit(self) -> None:
        taken: set[str] = set()
        codes = [new_observer_code(taken) for _ in range(2_000)]
        assert all(len(c) == 7 and c.isdigit() and damm.is_valid(c) for c in codes)

    def test_a_code_is_never_given_twice(self) -> None:
        taken: set[str] = set()
        first = [new_observer_code(taken) for _ in range(20_000)]
        before = set(taken)
        more = [new_observer_code(taken) for _ in range(2_000)]
        assert len(set(first)) == len(first)
        assert not before & set(more) and len(set(more)) == len(more)


class TestValidateObserverCode:
    @pytest.mark.parametrize("typed", ["5724", " 57 24 ", "57-24"])
    def test_separators_are_ignored(self, typed: str) -> None:
        assert validate_observer_code(typed) == "5724"

    def test_letters_that_look_like_digits_are_read_as_digits(self) -> None:
        code = with_check_digit("101010")
        typed = code.replace("1", "l").replace("0", "O")
        assert normalize_observer_code(typed) == code
        assert validate_observer_code(typed.replace("l", "I", 1)) == code

    def test_every_single_wrong_digit_is_caught(self) -> None:
        code = with_check_digit("483920")
        for i in range(len(code)):
            for digit in "0123456789":
                if digit != code[i]:
                    assert validate_observer_code(code[:i] + digit + code[i + 1 :]) is None

    def test_every_swap_of_adjacent_digits_is_caught(self) -> None:
        code = with_check_digit("483920")
        for i in range(len(code) - 1):
            swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
            if swapped != code:
                assert validate_observer_code(swapped) is None

    @pytest.mark.parametrize("typed", ["", "12", "ABCDEFG", "٥٧٢٤", "1" * 17])
    def test_malformed_codes_are_refused(self, typed: str) -> None:
        assert validate_observer_code(typed) is None
