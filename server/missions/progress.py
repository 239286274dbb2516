"""Progress of a long import on standard error, for the `pluralis import-*` commands.

On a terminal it is a tqdm bar per step; otherwise (a log file, a CI job, a pipe) a plain line
every PROGRESS_EVERY rows and at the end of each step, which a log keeps readable where a bar's
carriage returns would not.
"""

from __future__ import annotations

import sys
from typing import Never, TextIO

from tqdm import tqdm

PROGRESS_EVERY = 10_000


class ImportProgress:
    """Called as `progress(step, done, total)` by an importer; `close()` when it is over."""

    def __init__(self, stream: TextIO | None = None, *, every: int = PROGRESS_EVERY) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.every = every
        self.bar_mode = self.stream.isatty()
        self._bar: tqdm[Never] | None = None
        self._step: str | None = None
        self._done = 0

    def __call__(self, step: str, done: int, total: int) -> None:
        if step != self._step:
            self._start(step, total)
        if self._bar is not None:
            self._bar.update(done - self._done)
        elif done // self.every > self._done // self.every or done == total:
            print(f"{step} {done:,} of {total:,} rows", file=self.stream, flush=True)
        self._done = done

    def _start(self, step: str, total: int) -> None:
        self.close()
        self._step, self._done = step, 0
        if self.bar_mode:
            self._bar = tqdm(total=total, desc=step, unit=" rows", file=self.stream)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
