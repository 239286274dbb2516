"""Rules as people read them: "AA + AB + AC = AD", "BA <= @registered_voters".

The form viewer shows these next to the question codes, so that a coordinator checks a
rule against the paper form without reading JSON.
"""

from __future__ import annotations

from collections.abc import Sequence

from server.forms.definition import Comparison, Operand, Rule

SYMBOLS: dict[Comparison, str] = {
    "eq": "=",
    "ne": "!=",
    "lt": "<",
    "le": "<=",
    "gt": ">",
    "ge": ">=",
}


def operand_text(operand: Operand) -> str:
    if operand.question is not None:
        return operand.question
    if operand.station is not None:
        return f"@{operand.station}"
    return str(operand.constant)


def side_text(operands: Sequence[Operand]) -> str:
    text = ""
    for index, operand in enumerate(operands):
        term = operand_text(operand)
        if index == 0:
            text = term
        elif term.startswith("-"):
            # "AA - 5" reads better than "AA + -5".
            text += f" - {term[1:]}"
        else:
            text += f" + {term}"
    return text


def expression(rule: Rule) -> str:
    return f"{side_text(rule.left)} {SYMBOLS[rule.op]} {side_text(rule.right)}"
