"""`python -m tests.bench [--quick]`: platform vs bare Starlette, side by side.

Exit code 0 whenever the measurement completed, targets met or not; 1 when it could not
measure (Postgres missing, a server crashed, answers disagreed).
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import uvloop

from tests.bench import database, feeds, harness, imports, report
from tests.bench import reports as report_bench
from tests.bench.common import BenchError
from tests.bench.scenarios import all_scenarios
from tests.bench.seed_events import SEED_EVENTS, SESSIONS_PER_EVENT

RERENDER = "feed-rerender"
IMPORT = imports.NAME


def _options(argv: Sequence[str] | None) -> tuple[argparse.Namespace, harness.Options]:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a short smoke run (~40 s)")
    parser.add_argument("--rounds", type=int, help="alternating rounds (default 7, quick 2)")
    parser.add_argument(
        "--seconds", type=float, help="target length of one side of one round (default 2)"
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=16,
        help="requests in flight (a cap for scenarios that set fewer)",
    )
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these scenarios")
    parser.add_argument("--output", type=Path, default=report.DEFAULT_OUTPUT)
    parser.add_argument(
        "--profile",
        action="store_true",
        help="run both servers under cProfile and write var/bench/{platform,baseline}.prof"
        " (slows them: read the profile, not the ratios)",
    )
    args = parser.parse_args(argv)
    rounds = args.rounds or (2 if args.quick else 7)
    seconds = args.seconds or (0.5 if args.quick else 2.0)
    if rounds < 1 or seconds <= 0 or args.concurrency < 1:
        parser.error("--rounds, --seconds and --concurrency must be positive")
    names = [s.name for s in all_scenarios(token="")] + [RERENDER, IMPORT, report_bench.NAME]
    unknown = set(args.only or ()) - set(names)
    if unknown:
        parser.error(f"unknown scenarios {sorted(unknown)}; choose from {names}")
    args.only = args.only or names
    options = harness.Options(
        rounds=rounds,
        seconds=seconds,
        warmup_seconds=seconds,
        concurrency=args.concurrency,
        profile_dir=args.output.parent if args.profile else None,
    )
    return args, options


def main(argv: Sequence[str] | None = None) -> int:
    args, options = _options(argv)
    if options.profile_dir is not None:
        options.profile_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    db = database.BenchDatabase.fresh()
    # uvloop for the client as well: httpx's own overhead caps what the baseline can show.
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        created = False
        try:
            print(f"database {db.name}: creating, migrating, seeding …", flush=True)
            runner.run(database.create(db))
            created = True
            runner.run(database.migrate(db))
            token = runner.run(database.seed(db))
            scenarios = [s for s in all_scenarios(token) if s.name in args.only]
            results = runner.run(harness.run(options, db, scenarios)) if scenarios else []
            # Not a pair of servers: the time to render a feed again after one change.
            rerendered = runner.run(feeds.rerender(db.url)) if RERENDER in args.only else None
            # Not a pair of servers either: the importer vs COPY of the same rows.
            imported = (
                runner.run(imports.import_bench(db.url, rounds=1 if args.quick else 3))
                if IMPORT in args.only
                else None
            )
            submitted = None
            if report_bench.NAME in args.only:
                submitted = runner.run(
                    report_bench.measure(
                        db.url,
                        rounds=options.rounds,
                        seconds=options.seconds,
                        concurrency=options.concurrency,
                    )
                )
        except (BenchError, OSError) as exc:
            # OSError: Postgres (or a port) was unreachable; no traceback needed for that.
            print(f"bench failed: {exc}", file=sys.stderr)
            return 1
        finally:
            if created:
                runner.run(database.drop(db))
    elapsed = time.monotonic() - started
    meta = {
        "seconds": round(elapsed, 1),
        "rounds": options.rounds,
        "seconds_per_side": options.seconds,
        "concurrency": options.concurrency,
        "quick": args.quick,
        "seed_organizations": database.SEED_ORGANIZATIONS,
        "seed_events": SEED_EVENTS,
        "seed_sessions_per_event": SESSIONS_PER_EVENT,
        "python": platform.python_version(),
        "server": "uvicorn, 1 worker per app, each in its own process, loopback",
        "client": "httpx.AsyncHTTPTransport pools (4 connections each) on uvloop, keep-alive",
    }
    if rerendered is not None:
        meta["feed_rerender"] = rerendered
    if imported is not None:
        meta["import_200k"] = imported
    if submitted is not None:
        meta["submit_report"] = submitted
    report.write(results, meta, args.output)
    print()
    print(report.table(results, options.concurrency))
    if rerendered is not None:
        print(f"\nfeed-rerender: {rerendered}")
    if imported is not None:
        print(f"\n{IMPORT}: {imported}")
    if submitted is not None:
        print(f"\n{report_bench.NAME}: {submitted}")
    print(f"\nwrote {args.output} in {elapsed:.0f} s")
    return 0
