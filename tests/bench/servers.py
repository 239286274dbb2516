"""One uvicorn server per app, each in its own process, started and stopped the same way.

Separate processes keep the load generator, the platform and the reference from sharing an
event loop or a GIL, and give each server's CPU time its own /proc entry. Both get the same
uvicorn configuration (1 worker, uvicorn's "auto" loop and HTTP parser, no access log).
"""

from __future__ import annotations

import asyncio
import contextlib
import cProfile
import ctypes
import multiprocessing
import socket
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any, Literal

import httpx
import uvicorn
from starlette.types import ASGIApp

from tests.bench.common import BenchError, process_cpu_seconds

if TYPE_CHECKING:
    from server.runtime import Runtime

Kind = Literal["platform", "baseline"]
START_TIMEOUT_SECONDS = 60.0
STOP_TIMEOUT_SECONDS = 15.0
# Slots of the counters a platform server shares with the parent.
STATEMENTS = 0
CONNECTIONS = 1


def _uvicorn_config(app: ASGIApp) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host="127.0.0.1",
        log_level="warning",
        access_log=False,
        # Rounds of one side are tens of seconds apart; uvicorn's 5 s default would close the
        # client's pooled connections in between and charge reconnects to the next round.
        timeout_keep_alive=600,
        lifespan="on",
    )


def _build_app(kind: Kind, db_url: str, counters: Any) -> tuple[ASGIApp, Runtime | None]:
    from tests.bench.apps import build_bare_app, build_platform_app

    if kind == "baseline":
        return build_bare_app(db_url), None

    def count_statement() -> None:
        counters[STATEMENTS] += 1

    def count_connection() -> None:
        counters[CONNECTIONS] += 1

    return build_platform_app(db_url, count_statement, count_connection)


def _child_main(
    kind: Kind, db_url: str, control: Connection, counters: Any, profile_path: str | None
) -> None:
    """Entry point of a server process: bind, report the port, serve until told to stop."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Port 0 lets the kernel pick a free port; binding here avoids a pick-then-bind race.
    sock.bind(("127.0.0.1", 0))
    app, runtime = _build_app(kind, db_url, counters)
    config = _uvicorn_config(app)
    server = uvicorn.Server(config)

    async def serve() -> None:
        loop = asyncio.get_running_loop()
        # A message or EOF on the control pipe stops the server, so an orphaned server also
        # exits when the parent dies.
        loop.add_reader(control.fileno(), lambda: setattr(server, "should_exit", True))
        try:
            await server.serve(sockets=[sock])
        finally:
            loop.remove_reader(control.fileno())
            if runtime is not None:
                await runtime.close()

    control.send(sock.getsockname()[1])
    # Ctrl-C reaches the whole process group; uvicorn shuts down on it and then re-raises it,
    # which would only add a traceback here.
    with (
        contextlib.suppress(KeyboardInterrupt),
        # The same loop factory uvicorn.run would pick ("auto": uvloop when installed).
        asyncio.Runner(loop_factory=config.get_loop_factory()) as runner,
    ):
        if profile_path is None:
            runner.run(serve())
            return
        # cProfile is deterministic and slows Python code several-fold; profiled runs show
        # where the time goes, not how fast it goes.
        profiler = cProfile.Profile()
        profiler.enable()
        try:
            runner.run(serve())
        finally:
            profiler.disable()
            profiler.dump_stats(profile_path)


@dataclass
class ServerProcess:
    kind: Kind
    process: BaseProcess
    control: Connection
    port: int
    counters: Any

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        assert self.process.pid is not None
        return self.process.pid

    def cpu_seconds(self) -> float:
        return process_cpu_seconds(self.pid)

    def statement_count(self) -> int:
        """SQL statements the platform's engine has executed (0 for the bare server)."""
        return int(self.counters[STATEMENTS])

    def connection_count(self) -> int:
        """Database connections the platform's pool has opened (0 for the bare server)."""
        return int(self.counters[CONNECTIONS])

    def check_alive(self) -> None:
        if not self.process.is_alive():
            raise BenchError(f"the {self.kind} server exited (code {self.process.exitcode})")

    def stop(self) -> None:
        if self.process.is_alive():
            with contextlib.suppress(OSError):
                self.control.send("stop")
            self.process.join(STOP_TIMEOUT_SECONDS)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.control.close()


async def start_server(kind: Kind, db_url: str, profile_path: str | None = None) -> ServerProcess:
    """Start a server process and wait until it answers HTTP; optionally under cProfile."""
    # spawn, not fork: the parent has an event loop and pools that a forked child must not
    # inherit.
    ctx = multiprocessing.get_context("spawn")
    parent_end, child_end = ctx.Pipe()
    # Shared memory without a lock: only the server writes, the parent reads between rounds.
    counters = ctx.RawArray(ctypes.c_longlong, 2)
    process = ctx.Process(
        target=_child_main,
        args=(kind, db_url, child_end, counters, profile_path),
        name=f"bench-{kind}",
        daemon=True,
    )
    process.start()
    child_end.close()
    handle: ServerProcess | None = None
    try:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not parent_end.poll(0):
            if not process.is_alive() or time.monotonic() > deadline:
                raise BenchError(f"the {kind} server did not start")
            await asyncio.sleep(0.05)
        try:
            port = int(parent_end.recv())
        except EOFError as exc:
            raise BenchError(f"the {kind} server exited while starting") from exc
        handle = ServerProcess(kind, process, parent_end, port, counters)
        await _wait_until_serving(handle, deadline)
        return handle
    except BaseException:
        if handle is not None:
            handle.stop()
        else:
            process.kill()
            process.join(5)
            parent_end.close()
        raise


async def _wait_until_serving(server: ServerProcess, deadline: float) -> None:
    async with httpx.AsyncClient(base_url=server.base_url, timeout=2.0) as client:
        while True:
            server.check_alive()
            try:
                response = await client.get("/healthz")
                if response.status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise BenchError(f"the {server.kind} server did not answer /healthz")
            await asyncio.sleep(0.1)
