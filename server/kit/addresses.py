"""The one test of "looks like an email address" every input uses."""

from __future__ import annotations

import re

from server.kit import limits

# Something@something.something, no spaces: whether it reaches anyone only a sent message tells.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def is_email_address(text: str) -> bool:
    return len(text) <= limits.EMAIL and _EMAIL.match(text) is not None
