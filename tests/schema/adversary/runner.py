"""Runs the table as one attacker and collects every way the answers give B away."""

from __future__ import annotations

import json
import re
from typing import Any

from server.db import Database
from tests.conftest import GraphQLClient
from tests.schema.adversary.case import MISSING, Case
from tests.schema.adversary.dump import differences, snapshot
from tests.schema.adversary.world import AdversaryWorld

# Parts of an answer that differ between any two requests and say nothing about the data.
VOLATILE_KEYS = frozenset({"requestId"})


def normalized(answer: Any, target: str) -> Any:
    """The answer without its volatile parts, so two answers compare by what they reveal.

    An error message may echo the id it was given ("No such person: 987654."); the id is
    replaced by a placeholder there, since repeating the caller's own input reveals nothing.
    """
    if isinstance(answer, dict):
        return {
            k: _unechoed(v, target) if k == "message" else normalized(v, target)
            for k, v in answer.items()
            if k not in VOLATILE_KEYS
        }
    if isinstance(answer, list):
        return [normalized(v, target) for v in answer]
    return answer


def _unechoed(message: Any, target: str) -> Any:
    if not isinstance(message, str):
        return message
    return re.sub(rf"(?<![\w-]){re.escape(target)}(?![\w-])", "<id>", message)


def _short(answer: Any) -> str:
    text = json.dumps(answer, sort_keys=True)
    return text if len(text) <= 400 else text[:400] + "…"


class Attack:
    """One attacker's calls against the world, with the findings they produce."""

    def __init__(
        self, db: Database, gql: GraphQLClient, world: AdversaryWorld, attacker: str
    ) -> None:
        self.db, self.gql, self.world, self.attacker = db, gql, world, attacker
        self.findings: list[str] = []

    async def call(self, case: Case, target: str) -> Any:
        body = await self.gql.execute(
            case.document,
            case.variables(self.world, target),
            token=self.world.tokens[self.attacker],
        )
        return normalized(body, target)

    async def victims(self, case: Case) -> None:
        """Each victim id must answer like MISSING and leave every table as it was."""
        missing = await self.call(case, MISSING)
        for victim in case.victims:
            before = await snapshot(self.db)
            answer = await self.call(case, self.world[victim])
            changed = differences(before, await snapshot(self.db))
            label = f"{case.root}({case.path}) with {victim} [{case.kind}]"
            if answer != missing:
                self.findings.append(
                    f"{label}: answer differs from the missing id's\n"
                    f"    missing: {_short(missing)}\n    victim:  {_short(answer)}"
                )
            if changed:
                self.findings.append(f"{label}: changed rows\n    " + "\n    ".join(changed[:8]))

    async def control(self, case: Case) -> None:
        """The attacker's own object must answer otherwise, or the test proves nothing."""
        own = case.own_name(self.attacker)
        if own is None or self.attacker not in case.control_for:
            return
        missing = await self.call(case, MISSING)
        answer = await self.call(case, self.world[own])
        if answer == missing:
            self.findings.append(
                f"{case.root}({case.path}) control with {own}: answers like the missing id, "
                f"so the call never reaches the id check\n    answer: {_short(answer)}"
            )
