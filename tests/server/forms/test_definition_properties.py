"""Property tests of form definitions: what any valid definition and any broken one do."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server.forms.definition import SMS_LETTERS, FormDefinition, QuestionType
from server.forms.service import parse_definition, stored
from server.kit.errors import InvalidInput

PROPERTIES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NUMERIC_TYPES = ("yes_no", "integer")
TYPES = tuple(t.value for t in QuestionType)
CHOICE_TYPES = ("single_choice", "multiple_choice")

text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30
)
codes = st.text(alphabet=SMS_LETTERS, min_size=1, max_size=3)


@st.composite
def labels(draw: st.DrawFn) -> dict[str, str]:
    found = {"en": draw(text)}
    for language in ("fr", "es", "ar"):
        if draw(st.booleans()):
            found[language] = draw(text)
    return found


@st.composite
def question(draw: st.DrawFn, code: str) -> dict[str, Any]:
    kind = draw(st.sampled_from(TYPES))
    data: dict[str, Any] = {"code": code, "type": kind, "labels": draw(labels())}
    if draw(st.booleans()):
        data["required"] = True
    if kind in CHOICE_TYPES:
        values = draw(st.lists(st.integers(1, 99), min_size=1, max_size=6, unique=True))
        data["options"] = [{"value": v, "labels": draw(labels())} for v in values]
    if kind == "integer" and draw(st.booleans()):
        low = draw(st.integers(-1000, 1000))
        data["min"], data["max"] = low, low + draw(st.integers(0, 5000))
    if kind == "text" and draw(st.booleans()):
        data["max_length"] = draw(st.integers(1, 2000))
    return data


@st.composite
def operand(draw: st.DrawFn, numeric: list[str]) -> dict[str, Any]:
    choices = ["station", "constant"] + (["question"] if numeric else [])
    kind = draw(st.sampled_from(choices))
    if kind == "question":
        return {"question": draw(st.sampled_from(numeric))}
    if kind == "station":
        return {"station": "registered_voters"}
    return {"constant": draw(st.integers(-1000, 1000))}


@st.composite
def definitions(draw: st.DrawFn) -> dict[str, Any]:
    question_codes = draw(st.lists(codes, min_size=1, max_size=8, unique=True))
    questions = [draw(question(code)) for code in question_codes]
    numeric = [q["code"] for q in questions if q["type"] in NUMERIC_TYPES]
    rule_codes = draw(st.lists(st.from_regex(r"\A[A-Z][A-Z0-9_]{0,5}\Z"), max_size=4, unique=True))
    rules = [
        {
            "code": code,
            "left": draw(st.lists(operand(numeric), min_size=1, max_size=4)),
            "op": draw(st.sampled_from(["eq", "ne", "lt", "le", "gt", "ge"])),
            "right": draw(st.lists(operand(numeric), min_size=1, max_size=3)),
            "severity": draw(st.sampled_from(["error", "flag"])),
            "message": draw(labels()),
        }
        for code in rule_codes
    ]
    return {"questions": questions, "rules": rules}


def refused(data: dict[str, Any]) -> list[str]:
    with pytest.raises(InvalidInput) as raised:
        parse_definition(orjson.dumps(data).decode())
    return [p.message for p in raised.value.problems]


class TestValidDefinitions:
    @PROPERTIES
    @given(definitions())
    def test_any_valid_definition_round_trips_through_json(self, data: dict[str, Any]) -> None:
        parsed = parse_definition(orjson.dumps(data).decode())
        again = parse_definition(orjson.dumps(stored(parsed)).decode())
        assert again == parsed
        assert FormDefinition.model_validate(stored(parsed)) == parsed


class TestRefusedDefinitions:
    @PROPERTIES
    @given(definitions(), st.sampled_from("ILO"), st.data())
    def test_a_question_code_with_i_l_or_o_is_always_refused(
        self, data: dict[str, Any], letter: str, draw: st.DataObject
    ) -> None:
        index = draw.draw(st.integers(0, len(data["questions"]) - 1))
        code = data["questions"][index]["code"]
        at = draw.draw(st.integers(0, len(code)))
        data["questions"][index]["code"] = (code[:at] + letter + code[at:])[:3]
        if letter not in data["questions"][index]["code"]:
            data["questions"][index]["code"] = letter
        messages = refused(data)
        assert any("never I, L or O" in m for m in messages), messages

    @PROPERTIES
    @given(definitions(), codes)
    def test_a_rule_naming_an_unknown_question_is_always_refused(
        self, data: dict[str, Any], unknown: str
    ) -> None:
        known = {q["code"] for q in data["questions"]}
        if unknown in known:
            unknown = next(c for c in SMS_LETTERS if c not in known)
        rule = {
            "code": "ZZ_UNKNOWN",
            "left": [{"question": unknown}],
            "op": "le",
            "right": [{"station": "registered_voters"}],
            "message": {"en": "x"},
        }
        data["rules"] = [*data["rules"], rule]
        messages = refused(data)
        assert any(f"unknown question {unknown}" in m for m in messages), messages

    @PROPERTIES
    @given(definitions(), st.sampled_from(["text", "time", "single_choice", "multiple_choice"]))
    def test_a_rule_naming_a_question_without_a_number_is_always_refused(
        self, data: dict[str, Any], kind: str
    ) -> None:
        taken = {q["code"] for q in data["questions"]}
        code = next(c for c in SMS_LETTERS if c not in taken)
        extra: dict[str, Any] = {"code": code, "type": kind, "labels": {"en": "Words"}}
        if kind in CHOICE_TYPES:
            extra["options"] = [{"value": 1, "labels": {"en": "One"}}]
        rule = {
            "code": "ZZ_WORDS",
            "left": [{"question": code}],
            "op": "eq",
            "right": [{"constant": 1}],
            "message": {"en": "x"},
        }
        data["questions"] = [*data["questions"], extra]
        data["rules"] = [*data["rules"], rule]
        messages = refused(data)
        assert any(f"question {code} does not hold a number" in m for m in messages), messages
