"""Group commit: the submissions that arrive together are stored together.

On election day thousands of observers report within minutes, and a submission written on
its own costs a transaction, two statements and a commit. Here a submission waits in a
queue while the writer's lanes are busy; a free lane takes every waiting submission it can
(at most one per report and per observer's key, at most `BATCH`, and no station another
lane is storing) and stores them all with the same two statements (service.submit_batch):
on Postgres each commits on its own, the write checking by itself that the stations are as
the context found them (postgres.py). Each caller still gets its own answer, after the
commit that stored it. With nobody else waiting a batch is one submission, so a quiet
mission waits for nothing.

One submission's failure is never another's: when a batch's write fails, each of its
submissions is tried again in a batch of its own. A submission that lost a race (its
station or report changed between the context and the write) is read again, as in the
caller's own transaction. SQLite writes one transaction at a time anyway: there each
submission is stored in a transaction of its own.
"""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine

from server.db import Database
from server.kit.errors import FieldProblem, InvalidInput
from server.logs import request_id_var
from server.reports.service import (
    AGAIN,
    Rejected,
    Request,
    Submitted,
    submit_batch,
    submit_request,
)

# Submissions per batch: enough to take a station's rush in a few commits, few enough that
# the write's row locks (a station each) are held for milliseconds.
BATCH = 64
# Batches in flight: while one waits for its commit the next is being prepared.
LANES = 2
# The least a lane takes when that many wait (see `_take`). Measured on 2 cores, the CPU a
# submission costs (this process and the database together): 0.56 ms in batches of 8,
# 0.46 ms in batches of 16, against about 1.5 ms each in a transaction of its own.
SHARE = 8
# Reads of a submission whose context a concurrent change made stale, as in submit_report.
# Within this process no two lanes hold one station; another process's writer, or a review,
# can move a station's turn in between, rarely twice in a row.
TRIES = 3


@dataclass(eq=False)
class _Pending:
    request: Request
    future: asyncio.Future[Submitted | Rejected]
    tries: int = 0
    alone: bool = False  # its last batch failed: it goes in a batch of its own


@dataclass(eq=False)
class ReportWriter:
    db: Database
    batch: int = BATCH
    lanes: int = LANES
    share: int = SHARE
    _waiting: deque[_Pending] = field(default_factory=deque)
    _running: set[asyncio.Task[None]] = field(default_factory=set)
    _lanes_busy: int = 0
    # Reports and keys of the submissions being stored: the next ones for the same report
    # wait, so that one report's versions follow the order its submissions arrived in.
    _claimed_reports: set[tuple[int, int, int]] = field(default_factory=set)
    _claimed_keys: set[tuple[int, str]] = field(default_factory=set)
    # Stations in a batch being stored: another lane leaves them alone, since two batches
    # taking one station's turn at once would send one of them round again.
    _claimed_stations: set[int] = field(default_factory=set)

    _postgres: bool = field(init=False)
    # Postgres: each statement commits on its own (no BEGIN, no COMMIT round trip); the
    # write checks the stations' turns itself (postgres.py).
    _statements: AsyncEngine = field(init=False)

    def __post_init__(self) -> None:
        self._postgres = self.db.engine.dialect.name == "postgresql"
        self._statements = self.db.engine.execution_options(isolation_level="AUTOCOMMIT")
        if not self._postgres:
            # SQLite: one writer at a time, each submission in a transaction of its own.
            self.batch = self.lanes = self.share = 1

    async def submit(self, made: Request) -> Submitted | Rejected:
        """service.submit_report in a transaction of the writer's: stored (and committed)
        or found stored already, Rejected with nothing stored, or NotFound. `made` comes
        from service.request, which has refused what needs no database."""
        pending = _Pending(made, asyncio.get_running_loop().create_future())
        self._waiting.append(pending)
        if self._lanes_busy < self.lanes:
            # Counted here and uncounted by the lane itself when it finds nothing to take:
            # a task's done callback would run later, and a submission arriving in between
            # would wait for a lane that no longer runs.
            self._lanes_busy += 1
            task = asyncio.create_task(self._drain())
            self._running.add(task)
            task.add_done_callback(self._running.discard)
        return await pending.future

    async def close(self) -> None:
        """Wait for the submissions already received to be stored."""
        while self._running:
            await asyncio.gather(*self._running, return_exceptions=True)

    async def _drain(self) -> None:
        # A lane serves many requests: its own logs name none (the task was created with
        # its first caller's context), and each submission carries its request's id.
        request_id_var.set(None)
        try:
            while batch := self._take():
                try:
                    again = await self._store(batch)
                finally:
                    for p in batch:
                        self._claimed_reports.discard(_report(p.request))
                        self._claimed_keys.discard((p.request.actor.member_id, p.request.key))
                        self._claimed_stations.discard(p.request.location_id)
                self._waiting.extendleft(reversed(again))
        finally:
            self._lanes_busy -= 1

    def _take(self) -> list[_Pending]:
        """The next batch, in arrival order. A submission for a report (or with a key) that
        is being stored, here or in another lane, waits for that to end; the lane storing it
        takes it next."""
        # Under load, a fair share of what waits, so that every lane has a batch to store at
        # the same time (the database works on them at once, while one big batch would
        # leave it idle as this process prepares the next); but never fewer than `share`
        # when as many wait: a batch's own cost is paid once for all its submissions.
        size = min(self.batch, max(self.share, -(-len(self._waiting) // self.lanes)))
        taken: list[_Pending] = []
        kept: list[_Pending] = []
        stations: set[int] = set()  # this batch's: several observers of one go together
        while self._waiting and len(taken) < size:
            p = self._waiting.popleft()
            report, key = _report(p.request), (p.request.actor.member_id, p.request.key)
            station = p.request.location_id
            if (
                report in self._claimed_reports
                or key in self._claimed_keys
                or (station in self._claimed_stations and station not in stations)
            ):
                kept.append(p)
                continue
            if p.alone and taken:  # after a failed batch, each of its own
                kept.append(p)
                break
            self._claimed_reports.add(report)
            self._claimed_keys.add(key)
            self._claimed_stations.add(station)
            stations.add(station)
            taken.append(p)
            if p.alone:
                break
        self._waiting.extendleft(reversed(kept))
        return taken

    async def _store(self, batch: list[_Pending]) -> list[_Pending]:
        """Store a batch and settle its callers; what must be taken again is returned, to
        go first once the batch's claims are released."""
        try:
            if self._postgres:
                # A connection of its own, not an ORM session: a batch is two statements on
                # it, and a session's setup and teardown would cost as much again.
                async with self._statements.connect() as connection:
                    answers = await submit_batch(connection, [p.request for p in batch])
            else:
                async with self.db.transaction() as session:
                    answers = []
                    for p in batch:
                        request_id_var.set(p.request.request_id)  # for its audit row
                        answers.append(await submit_request(session, p.request))
        except Exception as error:
            if len(batch) == 1:
                _settle(batch[0], error)
                return []
            for p in batch:
                p.alone = True
            return batch
        again: list[_Pending] = []
        for p, answer in zip(batch, answers, strict=True):
            if answer is not None:
                _settle(p, answer)
                continue
            p.tries += 1
            if p.tries < TRIES:
                again.append(p)
            else:
                _settle(p, InvalidInput([FieldProblem(None, AGAIN, "conflict")]))
        return again


def _report(r: Request) -> tuple[int, int, int]:
    # One per observer, station and form: incident reports without an id are new reports,
    # but each takes the next slot of the observer's at the station.
    return (r.actor.member_id, r.location_id, r.form_id)


def _settle(p: _Pending, answer: Submitted | Rejected | Exception) -> None:
    if p.future.done():  # its caller went away; what was stored stays stored
        return
    if isinstance(answer, Exception):
        p.future.set_exception(answer)
    else:
        p.future.set_result(answer)
