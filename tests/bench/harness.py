"""Rounds, ratios and the report.

Protocol (reference/research-perf.md §0 and §4): the machine is noisy, so absolute numbers
mean little; both sides run in the same run, alternating baseline then platform in every
round, and the result is the median of the per-round ratios.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.bench.common import BenchError
from tests.bench.database import BackendCpu, BenchDatabase
from tests.bench.load import LoadClient, LoadResult, Unit, run_load
from tests.bench.scenarios import Scenario
from tests.bench.servers import ServerProcess, start_server

# The client is "the bottleneck" when it kept a core this busy; its numbers then say more
# about httpx than about the server.
CLIENT_BOUND_UTILISATION = 0.85


@dataclass(frozen=True)
class Options:
    rounds: int
    seconds: float
    warmup_seconds: float
    concurrency: int
    # Bounds a round when the warm-up overestimated throughput: the whole run stays under
    # ~5 minutes even if every side hits it.
    time_limit_factor: float = 1.5
    # Where to write a cProfile of each server process (its kind is added to the name).
    profile_dir: Path | None = None


@dataclass(frozen=True)
class Sample:
    """One side of one round."""

    load: LoadResult
    server_cpu: float
    db_cpu: float
    statements: int
    connections: int

    @property
    def throughput(self) -> float:
        return self.load.throughput

    def per_unit_us(self, seconds: float) -> float:
        return seconds / self.load.units * 1e6 if self.load.units else 0.0


@dataclass
class Side:
    server: ServerProcess
    client: LoadClient
    unit: Unit
    concurrency: int
    count: int = 0
    samples: list[Sample] = field(default_factory=list)


@dataclass
class Running:
    scenario: Scenario
    baseline: Side
    platform: Side


async def _measure(
    side: Side, probe: BackendCpu, options: Options, count: int, time_limit: float
) -> Sample:
    side.server.check_alive()
    db_before = await probe.snapshot()
    cpu_before = side.server.cpu_seconds()
    statements_before = side.server.statement_count()
    connections_before = side.server.connection_count()
    load = await run_load(
        side.client,
        side.unit,
        count=count,
        concurrency=side.concurrency,
        time_limit=time_limit,
    )
    server_cpu = side.server.cpu_seconds() - cpu_before
    db_after = await probe.snapshot()
    if load.units == 0:
        raise BenchError(f"the {side.server.kind} server completed no request in {time_limit} s")
    return Sample(
        load=load,
        server_cpu=server_cpu,
        db_cpu=BackendCpu.spent(db_before, db_after),
        statements=side.server.statement_count() - statements_before,
        connections=side.server.connection_count() - connections_before,
    )


async def _calibrate(side: Side, probe: BackendCpu, options: Options) -> None:
    """Warm the side up and size its rounds to last about `options.seconds`."""
    warm = await _measure(side, probe, options, count=10**9, time_limit=options.warmup_seconds)
    # At least two units per worker, so a slow side's round is not just start-up and drain.
    side.count = max(side.concurrency * 2, round(warm.throughput * options.seconds))


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def _latency_ms(samples: list[Sample], q: float) -> float:
    values = sorted(v for s in samples for v in s.load.latencies)
    return values[min(len(values) - 1, int(q * len(values)))] * 1e3 if values else 0.0


def _costs(base: list[Sample], plat: list[Sample]) -> dict[str, Any]:
    """Where each side spends: CPU per unit in the server, in Postgres, in the client."""

    def per_unit(samples: list[Sample], of: str) -> int:
        return round(_median([s.per_unit_us(getattr(s, of)) for s in samples]))

    def client_per_unit(samples: list[Sample]) -> int:
        return round(_median([s.per_unit_us(s.load.client_cpu_seconds) for s in samples]))

    cpu_ratios = [
        (b.server_cpu / b.load.units) / (p.server_cpu / p.load.units)
        for b, p in zip(base, plat, strict=True)
        if p.server_cpu > 0 and b.server_cpu > 0
    ]
    client_busy = _median([s.load.client_cpu_seconds / s.load.seconds for s in base])
    return {
        # Server CPU per unit is steadier than throughput on a shared machine, and free of
        # the client's ceiling: a second view of the same overhead.
        "cpu_ratio": round(_median(cpu_ratios), 4),
        "platform_server_cpu_us": per_unit(plat, "server_cpu"),
        "baseline_server_cpu_us": per_unit(base, "server_cpu"),
        "platform_db_cpu_us": per_unit(plat, "db_cpu"),
        "baseline_db_cpu_us": per_unit(base, "db_cpu"),
        "platform_client_cpu_us": client_per_unit(plat),
        "baseline_client_cpu_us": client_per_unit(base),
        "platform_p50_ms": round(_latency_ms(plat, 0.5), 2),
        "baseline_p50_ms": round(_latency_ms(base, 0.5), 2),
        "platform_p95_ms": round(_latency_ms(plat, 0.95), 2),
        "baseline_p95_ms": round(_latency_ms(base, 0.95), 2),
        "baseline_client_bound": client_busy >= CLIENT_BOUND_UTILISATION,
    }


def _summary(running: Running) -> dict[str, Any]:
    scenario = running.scenario
    base, plat = running.baseline.samples, running.platform.samples
    ratios = [p.throughput / b.throughput for b, p in zip(base, plat, strict=True)]
    requests = sum(s.load.requests for s in plat)
    units = sum(s.load.units for s in plat)
    statements = sum(s.statements for s in plat)
    ratio = _median(ratios)
    return {
        "name": scenario.name,
        "ratio": round(ratio, 4),
        "target": scenario.target,
        "met": ratio >= scenario.target,
        "description": scenario.description,
        "rounds": len(ratios),
        "ratios": [round(r, 4) for r in ratios],
        "ratio_min": round(min(ratios), 4),
        "ratio_max": round(max(ratios), 4),
        "requests_per_unit": scenario.requests_per_unit,
        "concurrency": running.platform.concurrency,
        "platform_units_per_s": round(_median([s.throughput for s in plat]), 1),
        "baseline_units_per_s": round(_median([s.throughput for s in base]), 1),
        "statements_per_request": round(statements / requests, 3),
        "statements_per_unit": round(statements / units, 3),
        "platform_connections_opened": sum(s.connections for s in plat),
        **_costs(base, plat),
        "truncated_rounds": sum(s.load.truncated for s in base + plat),
    }


async def run(
    options: Options, db: BenchDatabase, scenarios: list[Scenario]
) -> list[dict[str, Any]]:
    """Start both servers, check they give the same answers, then measure in rounds."""
    servers: list[ServerProcess] = []
    clients: list[LoadClient] = []
    probe: BackendCpu | None = None
    try:
        for kind in ("baseline", "platform"):
            # One at a time: starting both at once would only contend for the two cores.
            profile = str(options.profile_dir / f"{kind}.prof") if options.profile_dir else None
            servers.append(await start_server(kind, db.url, profile))
        baseline_server, platform_server = servers
        baseline_client = LoadClient(baseline_server.base_url, options.concurrency)
        platform_client = LoadClient(platform_server.base_url, options.concurrency)
        clients = [baseline_client, platform_client]
        probe = await BackendCpu.open(db)

        running: list[Running] = []
        for scenario in scenarios:
            await scenario.verify(platform_client.lanes[0], baseline_client.lanes[0])
            # Both sides always get the same concurrency; --concurrency caps a scenario's own.
            concurrency = min(scenario.concurrency or options.concurrency, options.concurrency)
            running.append(
                Running(
                    scenario,
                    Side(baseline_server, baseline_client, scenario.baseline, concurrency),
                    Side(platform_server, platform_client, scenario.platform, concurrency),
                )
            )
        print(f"warming up {len(running)} scenarios …", flush=True)
        for r in running:
            await _calibrate(r.baseline, probe, options)
            await _calibrate(r.platform, probe, options)

        for n in range(1, options.rounds + 1):
            started = time.monotonic()
            line: list[str] = []
            for r in running:
                # Baseline first, then platform, back to back: drift in the machine's speed
                # mostly cancels out of their ratio.
                for side in (r.baseline, r.platform):
                    limit = options.seconds * options.time_limit_factor
                    side.samples.append(await _measure(side, probe, options, side.count, limit))
                ratio = r.platform.samples[-1].throughput / r.baseline.samples[-1].throughput
                line.append(f"{r.scenario.name} {ratio:.3f}")
            took = time.monotonic() - started
            print(f"round {n}/{options.rounds} ({took:.0f} s): " + ", ".join(line), flush=True)
        return [_summary(r) for r in running]
    finally:
        if probe is not None:
            await probe.close()
        for client in clients:
            await client.aclose()
        for server in servers:
            # Joining the process blocks; a thread keeps the loop responsive meanwhile.
            await asyncio.to_thread(server.stop)
