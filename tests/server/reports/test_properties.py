"""Property-based tests (issue 10, item 12): the rule engine against a plain reference, and
idempotent submission under any sequence of retries."""

from __future__ import annotations

import asyncio
import operator
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from server.db import Database
from server.forms.definition import FormDefinition
from server.reports.models import Report, ReportAnswer, ReportChannel, ReportVersion
from server.reports.service import ReportActor, Submitted, submit_report
from server.reports.validation import RawAnswer, compile_form
from tests.server.reports.fixtures import build_mission

CODES = ("AA", "AB", "AC", "AD")
OPS = {
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
}


@st.composite
def forms(draw: st.DrawFn) -> dict[str, Any]:
    codes = CODES[: draw(st.integers(1, len(CODES)))]
    questions = []
    for code in codes:
        question: dict[str, Any] = {"code": code, "type": "yes_no"}
        if draw(st.booleans()):
            low = draw(st.none() | st.integers(-5, 5))
            high = draw(st.none() | st.integers(5, 15))
            question = {"code": code, "type": "integer", "min": low, "max": high}
        question.update(labels={"en": code}, required=draw(st.booleans()))
        questions.append(question)
    operand = st.one_of(
        st.sampled_from(codes).map(lambda c: {"question": c}),
        st.just({"station": "registered_voters"}),
        st.integers(-10, 10).map(lambda n: {"constant": n}),
    )
    rules = [
        {
            "code": f"R{n}",
            "left": draw(st.lists(operand, min_size=1, max_size=3)),
            "op": draw(st.sampled_from(sorted(OPS))),
            "right": draw(st.lists(operand, min_size=1, max_size=3)),
            "severity": draw(st.sampled_from(["error", "flag"])),
            "message": {"en": f"rule {n}"},
        }
        for n in range(draw(st.integers(0, 3)))
    ]
    return {"questions": questions, "rules": rules}


raw_values = st.one_of(
    st.integers(-12, 20).map(str), st.sampled_from(["", " ", "yes", "NO", "x", "1.5", "+3"])
)
answer_sets = st.dictionaries(st.sampled_from((*CODES, "ZZ")), raw_values, max_size=5)


def reference(definition: dict[str, Any], answers: dict[str, str], voters: int | None) -> Any:
    """What the engine must answer, computed the plain way."""
    questions = {q["code"]: q for q in definition["questions"]}
    problems: set[tuple[str | None, str]] = set()
    values: dict[str, int] = {}
    for code, raw in answers.items():
        question, text = questions.get(code), raw.strip()
        if question is None:
            problems.add((f"answers.{code}", "unknown_question"))
        elif text and question["type"] == "yes_no":
            if text.lower() in ("yes", "y", "1", "true", "no", "n", "0", "false"):
                values[code] = int(text.lower() in ("yes", "y", "1", "true"))
            else:
                problems.add((f"answers.{code}", "not_yes_no"))
        elif text:
            if not re.fullmatch(r"[+-]?\d+", text):
                problems.add((f"answers.{code}", "not_a_number"))
                continue
            low = question["min"] if question["min"] is not None else -(2 * 10**9)
            high = question["max"] if question["max"] is not None else 2 * 10**9
            if low <= int(text) <= high:
                values[code] = int(text)
            else:
                problems.add((f"answers.{code}", "out_of_range"))
    for code, question in questions.items():
        if question["required"] and code not in values and not answers.get(code, "").strip():
            problems.add((f"answers.{code}", "required"))
    flags = []
    for rule in definition["rules"]:
        operands = rule["left"] + rule["right"]
        named = [o["question"] for o in operands if "question" in o]
        if any(q not in values for q in named):
            continue
        if voters is None and any("station" in o for o in operands):
            continue

        def total(side: list[dict[str, Any]]) -> int:
            return sum(
                values[o["question"]] if "question" in o else int(o.get("constant", voters or 0))
                for o in side
            )

        if OPS[rule["op"]](total(rule["left"]), total(rule["right"])):
            continue
        if rule["severity"] == "error":
            problems |= {(f"answers.{q}", f"rule.{rule['code']}") for q in named} or {
                (None, f"rule.{rule['code']}")
            }
        else:
            flags.append(rule["code"])
    return problems, flags, ({} if problems else values)


class TestRuleEngine:
    @settings(max_examples=400, deadline=None)
    @given(definition=forms(), answers=answer_sets, voters=st.none() | st.integers(0, 30))
    def test_the_engine_agrees_with_a_plain_reference_computation(
        self, definition: dict[str, Any], answers: dict[str, str], voters: int | None
    ) -> None:
        compiled = compile_form(FormDefinition.model_validate(definition))
        outcome = compiled.validate(
            {k: RawAnswer(v) for k, v in answers.items()}, registered_voters=voters
        )
        problems, flags, values = reference(definition, answers, voters)
        assert {(p.field, p.code) for p in outcome.problems} == problems
        assert [f.code for f in outcome.flags] == flags
        assert {k: v.int_value for k, v in outcome.answers.items()} == values


# A submission: (key, answer to AB or an invalid one); retries repeat an earlier one.
submissions = st.lists(
    st.tuples(
        st.sampled_from(["key-aaaaaaaa", "key-bbbbbbbb", "key-cccccccc"]),
        st.sampled_from(["300", "301", "x"]),
    ),
    min_size=1,
    max_size=8,
)


async def _run(template: Path, plan: list[tuple[str, str]]) -> tuple[int, int, set[str]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "db.sqlite"
        shutil.copy(template, path)
        db = Database.from_url(f"sqlite+aiosqlite:///{path}")
        try:
            world = await build_mission(db, observers=1)
            actor = ReportActor(world.mission_id, world.observers[0], None)
            accepted: dict[str, str] = {}
            for key, votes in plan:
                async with db.transaction() as session:
                    result = await submit_report(
                        session,
                        actor=actor,
                        form_id=world.checklist,
                        location_id=world.stations[0],
                        answers={"AA": RawAnswer("yes"), "AB": RawAnswer(votes)},
                        idempotency_key=key,
                        channel=ReportChannel.API,
                    )
                if isinstance(result, Submitted):
                    accepted.setdefault(key, votes)
                    assert accepted[key] == votes  # a reused key is never accepted anew
            async with db.read() as session:
                versions = await session.scalar(select(func.count()).select_from(ReportVersion))
                answers = await session.scalar(select(func.count()).select_from(ReportAnswer))
                reports = await session.scalar(select(func.count()).select_from(Report))
            assert reports == (1 if accepted else 0)
            return int(versions or 0), int(answers or 0), set(accepted)
        finally:
            await db.dispose()


class TestIdempotency:
    @settings(
        max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(plan=submissions)
    def test_any_retries_of_any_submissions_store_one_version_per_accepted_key(
        self, sqlite_template: Path, plan: list[tuple[str, str]]
    ) -> None:
        versions, answers, keys = asyncio.run(_run(sqlite_template, plan))
        assert versions == len(keys)
        # Two answers per stored version, none for refused submissions.
        assert answers == 2 * versions
