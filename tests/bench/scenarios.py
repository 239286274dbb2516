"""What is measured: each scenario pairs a platform request with its bare reference.

The platform side goes through everything a real client meets (HTTP, middleware, the
GraphQL view, authentication, permissions, the service, the ORM); the reference answers the
same question with one asyncpg query (one per level of nesting for events) and orjson, so the
ratio shows the platform's cost.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson

from server.kit.pagination import MAX_PAGE
from tests.bench.common import BenchError
from tests.bench.load import Lane, Reply, Unit
from tests.bench.seed_events import SEED_EVENTS

JSON_HEADERS = {"content-type": "application/json"}
ORGANIZATIONS_QUERY = (
    "query Organizations($first: Int!, $after: String) {"
    " organizations(first: $first, after: $after) {"
    " nodes { id name slug kind country }"
    " pageInfo { hasNextPage endCursor } } }"
)
EVENTS_QUERY = (
    "query Events($first: Int!, $after: String) {"
    " events(first: $first, after: $after) {"
    " nodes { id title kind status timeZone startsAt endsAt localStart"
    " hostOrganization { id name } venue { name city }"
    " sessions { id title kind startsAt endsAt room { name }"
    " speakers { id name } moderators { id name } } }"
    " pageInfo { hasNextPage endCursor } } }"
)
Row = tuple[str, str, str, str, str | None]


@dataclass(frozen=True)
class Scenario:
    name: str
    description: str
    target: float
    requests_per_unit: int
    platform: Unit
    baseline: Unit
    verify: Callable[[Lane, Lane], Awaitable[None]]
    # Units in flight for this scenario, when fewer than the run's --concurrency: a round
    # waits for every unit in flight to finish, so sixteen units that each keep the platform
    # busy for seconds would stretch each round by most of a minute.
    concurrency: int | None = None


async def _post(lane: Lane, path: str, body: bytes, headers: dict[str, str]) -> bytes:
    reply: Reply = await lane.post(path, body, headers)
    # A substring test is enough while timing: the answers were compared in full beforehand,
    # and parsing every response would charge client work to the measured rounds.
    if reply.status != 200 or b'"errors"' in reply.content:
        raise BenchError(f"{path} answered {reply.status}: {reply.content[:300]!r}")
    return reply.content


@dataclass(frozen=True)
class Paged:
    """A list read page by page on both sides, each cursor taken from the previous answer.

    The API serves at most MAX_PAGE items per request, so longer lists take several requests
    on the platform, and the bare reference pages the same way to stay comparable.
    """

    rows: int
    field: str  # the root field of `query`, and the path of the bare endpoint
    query: str
    headers: dict[str, str]

    @property
    def page_size(self) -> int:
        return min(self.rows, MAX_PAGE)

    @property
    def pages(self) -> int:
        pages = -(-self.rows // self.page_size)
        if pages * self.page_size != self.rows:
            raise ValueError(f"{self.rows} rows do not split into pages of {self.page_size}")
        return pages

    def describe(self) -> str:
        paging = f" in {self.pages} pages of {self.page_size}" if self.pages > 1 else ""
        return f"{self.field}(first: {self.page_size}){paging}"

    async def platform_pages(self, lane: Lane, parse: bool) -> list[dict[str, Any]]:
        after: str | None = None
        nodes: list[dict[str, Any]] = []
        for _ in range(self.pages):
            variables = {"first": self.page_size, "after": after}
            body = orjson.dumps({"query": self.query, "variables": variables})
            content = await _post(lane, "/graphql", body, self.headers)
            # Only pages that lead to another page, or a check, need parsing.
            if parse or self.pages > 1:
                connection = orjson.loads(content)["data"][self.field]
                after = connection["pageInfo"]["endCursor"]
                nodes.extend(connection["nodes"])
        return nodes

    async def baseline_pages(self, lane: Lane, parse: bool) -> list[dict[str, Any]]:
        after: list[Any] | None = None
        found: list[dict[str, Any]] = []
        for _ in range(self.pages):
            body = orjson.dumps({"first": self.page_size, "after": after})
            content = await _post(lane, f"/{self.field}", body, JSON_HEADERS)
            if parse or self.pages > 1:
                answer = orjson.loads(content)
                after = answer["next"]
                found.extend(answer["rows"])
        return found

    async def platform(self, lane: Lane) -> int:
        await self.platform_pages(lane, parse=False)
        return self.pages

    async def baseline(self, lane: Lane) -> int:
        await self.baseline_pages(lane, parse=False)
        return self.pages


def tiny(name: str, query: str, expected: dict[str, Any]) -> Scenario:
    """The smallest GraphQL request against a bare JSON endpoint (both POST a JSON body)."""
    body = orjson.dumps({"query": query})

    async def platform(lane: Lane) -> int:
        await _post(lane, "/graphql", body, JSON_HEADERS)
        return 1

    async def baseline(lane: Lane) -> int:
        await _post(lane, "/tiny", body, JSON_HEADERS)
        return 1

    async def verify(platform_lane: Lane, _: Lane) -> None:
        got = orjson.loads(await _post(platform_lane, "/graphql", body, JSON_HEADERS))
        if got != expected:
            raise BenchError(f"{name}: expected {expected}, got {got}")

    return Scenario(
        name=name,
        description=f"{query} (anonymous) vs bare JSON endpoint",
        target=0.25,
        requests_per_unit=1,
        platform=platform,
        baseline=baseline,
        verify=verify,
    )


def organizations(rows: int, token: str, target: float) -> Scenario:
    """The directory list as a signed-in superuser vs the same rows straight from asyncpg.

    The API serves at most MAX_PAGE items per request, so larger lists are read page by page
    on both sides, each page's cursor taken from the previous answer, as a real client would.
    """
    paged = Paged(
        rows,
        "organizations",
        ORGANIZATIONS_QUERY,
        {**JSON_HEADERS, "authorization": f"Bearer {token}"},
    )

    async def verify(platform_lane: Lane, baseline_lane: Lane) -> None:
        # Read every row on both sides and compare them field by field.
        got = [_platform_row(n) for n in await paged.platform_pages(platform_lane, parse=True)]
        want = [_baseline_row(r) for r in await paged.baseline_pages(baseline_lane, parse=True)]
        if len(got) != rows or got != want:
            raise BenchError(
                f"organizations-{rows}: the platform and the reference disagree "
                f"({len(got)} vs {len(want)} rows; first {got[:1]} vs {want[:1]})"
            )

    return Scenario(
        name=f"organizations-{rows}",
        description=f"{paged.describe()}, superuser vs asyncpg + orjson",
        target=target,
        requests_per_unit=paged.pages,
        platform=paged.platform,
        baseline=paged.baseline,
        verify=verify,
    )


def _platform_row(node: dict[str, Any]) -> Row:
    # GraphQL shows IDs as strings and enums by their upper-case names.
    return (node["id"], node["name"], node["slug"], node["kind"].lower(), node["country"])


def _baseline_row(row: dict[str, Any]) -> Row:
    return (str(row["id"]), row["name"], row["slug"], row["kind"], row["country"])


def events(rows: int, target: float) -> Scenario:
    """The public event list with each event's programme vs the same tree from asyncpg.

    Signed out, as a public calendar reads it; paged like organizations() (MAX_PAGE per
    request, cursors from the previous answer).
    """
    paged = Paged(rows, "events", EVENTS_QUERY, JSON_HEADERS)

    async def verify(platform_lane: Lane, baseline_lane: Lane) -> None:
        got = [_event_tree(n) for n in await paged.platform_pages(platform_lane, parse=True)]
        want = [_event_tree(r) for r in await paged.baseline_pages(baseline_lane, parse=True)]
        # Seeded programmes must be there, or the comparison would only cover the events.
        people = sum(len(s[6]) + len(s[7]) for e in got for s in e[-1])
        if len(got) != rows or got != want or people == 0:
            raise BenchError(
                f"events-{rows}: the platform and the reference disagree "
                f"({len(got)} vs {len(want)} events, {people} people;"
                f" first {got[:1]} vs {want[:1]})"
            )

    return Scenario(
        name=f"events-{rows}",
        description=f"{paged.describe()} with sessions, rooms and speakers,"
        " signed out, vs asyncpg + orjson",
        target=target,
        requests_per_unit=paged.pages,
        platform=paged.platform,
        baseline=paged.baseline,
        verify=verify,
        # A unit costs the platform ~3 s of CPU, so each round drains for ~2 units' time.
        # Both sides get the same; the bare side would do ~1.5x more units/s with 16 in flight
        # (the platform less than that), so the throughput ratio here flatters the platform a
        # little and the cpu ratio is the steadier figure.
        concurrency=2,
    )


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _event_tree(e: dict[str, Any]) -> tuple[Any, ...]:
    """An event from either side in one shape: IDs as strings, enums by value, times parsed.

    GraphQL shows IDs as strings and enums by their upper-case names; orjson writes the
    reference's integers and stored values as they are.
    """

    def people(items: list[dict[str, Any]]) -> tuple[tuple[str, str], ...]:
        return tuple((str(p["id"]), p["name"]) for p in items)

    venue = e["venue"]
    sessions = tuple(
        (
            str(s["id"]),
            s["title"],
            s["kind"].lower(),
            _when(s["startsAt"]),
            _when(s["endsAt"]),
            None if s["room"] is None else s["room"]["name"],
            people(s["speakers"]),
            people(s["moderators"]),
        )
        for s in e["sessions"]
    )
    return (
        str(e["id"]),
        e["title"],
        e["kind"].lower(),
        e["status"].lower(),
        e["timeZone"],
        _when(e["startsAt"]),
        _when(e["endsAt"]),
        # Compared as text: both sides must write the same local time and offset.
        e["localStart"],
        (str(e["hostOrganization"]["id"]), e["hostOrganization"]["name"]),
        None if venue is None else (venue["name"], venue["city"]),
        sessions,
    )


def all_scenarios(token: str) -> list[Scenario]:
    # Imported here: the feed scenarios build on this module's Scenario.
    from tests.bench.feeds import feed_scenarios

    return [
        tiny("tiny-typename", "{ __typename }", {"data": {"__typename": "Query"}}),
        tiny("tiny-me", "{ me { id } }", {"data": {"me": None}}),
        # Targets from reference/research-perf.md §4, G2 (0.25 / 0.15 / 0.10 there; 0.12 at
        # 1,000 rows is this project's goal).
        organizations(10, token, target=0.25),
        organizations(100, token, target=0.15),
        organizations(1000, token, target=0.12),
        # Nested lists: 1,000 events, 3,000 sessions and their people in five requests.
        events(SEED_EVENTS, target=0.10),
        *feed_scenarios(),
    ]
