"""Import progress on standard error: a bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import io
import os
import pty
import select

from server.missions.progress import ImportProgress


class TestPlainLines:
    def test_a_line_every_ten_thousand_rows_and_at_the_end_of_each_step(self) -> None:
        out = io.StringIO()
        progress = ImportProgress(out)
        for done in range(5_000, 25_001, 5_000):
            progress("inserted", done, 25_000)
        progress("updated", 3, 3)
        progress.close()
        assert out.getvalue().splitlines() == [
            "inserted 10,000 of 25,000 rows",
            "inserted 20,000 of 25,000 rows",
            "inserted 25,000 of 25,000 rows",
            "updated 3 of 3 rows",
        ]

    def test_batches_of_other_sizes_still_report_each_ten_thousand_crossed(self) -> None:
        out = io.StringIO()
        progress = ImportProgress(out)
        for done in (7_000, 14_000, 21_000):
            progress("inserted", done, 21_000)
        assert out.getvalue().splitlines() == [
            "inserted 14,000 of 21,000 rows",
            "inserted 21,000 of 21,000 rows",
        ]


def _read_all(fd: int) -> str:
    """Everything written to the terminal so far: a read returns one chunk, not all of it."""
    chunks = []
    while select.select([fd], [], [], 1.0)[0]:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode()


class TestBar:
    def test_a_terminal_gets_a_tqdm_bar_per_step(self) -> None:
        leader, follower = pty.openpty()
        try:
            with os.fdopen(follower, "w", closefd=False) as terminal:
                progress = ImportProgress(terminal)
                assert progress.bar_mode
                progress("inserted", 10_000, 20_000)
                progress("inserted", 20_000, 20_000)
                progress.close()
                terminal.flush()
            written = _read_all(leader)
        finally:
            os.close(leader)
            os.close(follower)
        # tqdm redraws the line with carriage returns; its last state is the full bar.
        assert "inserted: 100%" in written
        assert "20000/20000" in written
        assert "of 20,000 rows" not in written
