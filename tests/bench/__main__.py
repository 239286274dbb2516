"""`python -m tests.bench [--quick]`: the platform against bare Starlette (see cli.py)."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    # Imported only here: the server processes are spawned and re-import this module, and
    # the bare server must not load the platform's modules (a bigger heap would slow its
    # garbage collections and tilt the comparison).
    from tests.bench.cli import main

    sys.exit(main())
