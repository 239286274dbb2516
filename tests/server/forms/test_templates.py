"""The standard forms and the readable form of rules."""

from __future__ import annotations

import orjson

from server.forms.definition import LANGUAGES, Operand, Rule, Severity
from server.forms.describe import expression
from server.forms.models import FormKind
from server.forms.service import parse_definition, stored
from server.forms.templates import standard_forms


class TestStandardForms:
    def test_one_form_of_each_kind_with_sms_safe_codes(self) -> None:
        forms = standard_forms()
        assert [kind for kind, *_ in forms] == [
            FormKind.CHECKLIST,
            FormKind.RESULTS,
            FormKind.INCIDENT,
        ]
        for _, code, names, definition in forms:
            assert not set(code) & set("ILO")
            assert set(names) == set(LANGUAGES)
            # Each is what createForm would accept, and reads back unchanged.
            assert parse_definition(orjson.dumps(stored(definition)).decode()) == definition

    def test_every_label_and_message_is_in_four_languages(self) -> None:
        for *_, definition in standard_forms():
            labelled = [q.labels for q in definition.questions]
            labelled += [o.labels for q in definition.questions for o in q.options]
            labelled += [r.message for r in definition.rules]
            for labels in labelled:
                assert all(getattr(labels, language) for language in LANGUAGES), labels

    def test_the_results_form_checks_sums_and_flags_turnout(self) -> None:
        (results,) = [d for kind, _, _, d in standard_forms() if kind is FormKind.RESULTS]
        rules = {r.code: r for r in results.rules}
        assert expression(rules["SUM"]) == "CA + CB + CC = BC"
        assert rules["SUM"].severity is Severity.ERROR
        assert expression(rules["TURNOUT"]) == "BA <= @registered_voters"
        assert rules["TURNOUT"].severity is Severity.FLAG


class TestExpression:
    def test_constants_and_negative_terms_read_naturally(self) -> None:
        rule = Rule(
            code="R",
            left=(Operand(question="AA"), Operand(constant=-5)),
            op="ne",
            right=(Operand(constant=10), Operand(station="registered_voters")),
            message={"en": "x"},
        )
        assert expression(rule) == "AA - 5 != 10 + @registered_voters"
