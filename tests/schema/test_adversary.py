"""Issue 7, deliverable 8: the generic adversary test.

It reads the GraphQL schema, finds every argument and input field of type ID on every Query
and Mutation field, and attacks each one as an ordinary account of member organization A
(an organizer, then an admin) naming an object of member organization B: the answer must be
the one a missing id gets, and no table may change. A mutation added later without an id
check fails here, because its ID arguments are not in the table (tests/schema/adversary/).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from server.runtime import Runtime
from server.settings import Settings
from tests.conftest import GraphQLClient
from tests.schema.adversary.case import MISSING
from tests.schema.adversary.runner import Attack
from tests.schema.adversary.schema_ids import id_arguments
from tests.schema.adversary.table import CASES
from tests.schema.adversary.world import ATTACKERS, build_world


def _schema_ids(tmp_path: Path) -> set[tuple[str, str]]:
    settings = Settings(
        _env_file=None,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'unused.db'}",
        secret_key="test-" + "x" * 40,
        web_dist=tmp_path / "no-web",
    )
    return id_arguments(settings)


class TestAdversaryTable:
    """Issue 7, deliverable 8: the table covers exactly the schema's ID arguments."""

    def test_every_id_argument_of_the_schema_is_in_the_table(self, tmp_path: Path) -> None:
        unlisted = _schema_ids(tmp_path) - {case.key for case in CASES}
        assert not unlisted, (
            "ID arguments without an adversary case; add them to tests/schema/adversary/: "
            f"{sorted(unlisted)}"
        )

    def test_the_table_lists_no_argument_the_schema_lacks(self, tmp_path: Path) -> None:
        stale = {case.key for case in CASES} - _schema_ids(tmp_path)
        assert not stale, f"adversary cases for ID arguments the schema no longer has: {stale}"

    def test_each_argument_is_listed_once(self) -> None:
        keys = [case.key for case in CASES]
        assert len(keys) == len(set(keys))

    def test_every_entry_attacks_or_says_why_it_cannot(self) -> None:
        for case in CASES:
            assert bool(case.victims) != bool(case.exempt), case.key
            has_control = case.own is not None and set(case.control_for) == set(ATTACKERS)
            assert has_control or case.no_control, case.key
            assert MISSING not in case.victims


async def attack(runtime: Runtime, gql: GraphQLClient, attacker: str) -> list[str]:
    """Every victim check first, then the controls, the ones that spend objects last."""
    world = await build_world(runtime.db, gql)
    run = Attack(runtime.db, gql, world, attacker)
    for case in CASES:
        await run.victims(case)
    for case in sorted(CASES, key=lambda c: c.destructive):
        await run.control(case)
    return run.findings


def report(findings: list[str]) -> str:
    return f"{len(findings)} findings:\n" + "\n".join(findings)


class TestOrganizerOfA:
    """Issue 7, findings 1, 3, 4, 5, 6, 8, 12 (deliverable 8): an organizer of A attacks B."""

    async def test_ids_of_another_organization_answer_like_missing_ones(
        self, runtime: Runtime, gql: GraphQLClient
    ) -> None:
        findings = await attack(runtime, gql, "a_organizer")
        assert not findings, report(findings)


class TestAdminOfA:
    """Issue 7, findings 1, 3, 4, 5, 8, 12 (deliverable 8): an admin of A attacks B."""

    async def test_ids_of_another_organization_answer_like_missing_ones(
        self, runtime: Runtime, gql: GraphQLClient
    ) -> None:
        findings = await attack(runtime, gql, "a_admin")
        assert not findings, report(findings)


class TestAttack:
    """Issue 7, deliverable 8: the runner itself sees a leak, so a green run means something."""

    async def test_a_permitted_use_listed_as_a_victim_is_reported_with_its_rows(
        self, runtime: Runtime, gql: GraphQLClient
    ) -> None:
        # Registering yourself for B's published network event is allowed, so it answers
        # unlike a missing event and adds a registration: both must be reported.
        (register,) = [c for c in CASES if c.key == ("Mutation.register", "eventId")]
        world = await build_world(runtime.db, gql)
        run = Attack(runtime.db, gql, world, "a_organizer")
        await run.victims(replace(register, victims=("b_network",)))
        assert [f.split("\n")[0] for f in run.findings] == [
            "Mutation.register(eventId) with b_network [event]: answer differs from the "
            "missing id's",
            "Mutation.register(eventId) with b_network [event]: changed rows",
        ]
        assert "registration: +" in run.findings[1]


EVENT_QUERY = "query($t: ID!) { event(id: $t) { title venue { address } sessions { title } } }"


class TestPartnerAdmin:
    """Issue 7, finding 7: a partner organization's admin does not see network-only events."""

    async def test_a_network_only_event_answers_like_a_missing_one(
        self, runtime: Runtime, gql: GraphQLClient
    ) -> None:
        world = await build_world(runtime.db, gql)
        token = world.tokens["partner_admin"]
        missing = await gql.execute(EVENT_QUERY, {"t": MISSING}, token=token)
        hidden = await gql.execute(EVENT_QUERY, {"t": world["b_network"]}, token=token)
        assert hidden == missing
