"""Small pieces shared by the harness and the server processes (which must not import the
platform's modules unless they serve the platform)."""

from __future__ import annotations

import os

_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class BenchError(RuntimeError):
    """The benchmark could not measure (as opposed to measuring a missed target)."""


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU of a process (no psutil dependency); 0.0 once it has exited."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            stat = f.read()
    except OSError:
        return 0.0
    # The command name may contain spaces and parentheses; the fields after its last ')' are
    # state, ppid, …, utime (14th field of the line) and stime (15th).
    fields = stat[stat.rfind(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


def asyncpg_dsn(url: str) -> str:
    """asyncpg takes a libpq URL, without SQLAlchemy's driver suffix."""
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)
