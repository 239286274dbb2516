"""Password hashing with argon2id (argon2-cffi's defaults follow RFC 9106's recommendations),
and the checks a new password must pass."""

from __future__ import annotations

from collections.abc import Sequence

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn import zxcvbn

from server.kit.errors import Problems

_hasher = PasswordHasher()
# Verified when the email is unknown, so a miss costs as much time as a wrong password.
_DUMMY_HASH = _hasher.hash("pluralis-timing-equaliser")

MIN_LENGTH = 10
# Long enough for any passphrase; bounds the hashing and the strength estimate's work.
MAX_LENGTH = 200
# zxcvbn's scale: 3 is "safely unguessable: moderate protection from offline slow-hash
# scenario" (10^10 guesses), which argon2id storage is.
MIN_SCORE = 3
# zxcvbn's work grows with the length it analyses; the first characters decide the score of
# any password long enough to pass, so the estimate looks at no more than these.
ESTIMATE_PREFIX = 100


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def check_new_password(
    problems: Problems,
    password: str,
    *,
    field: str = "password",
    user_inputs: Sequence[str] = (),
) -> None:
    """Add to `problems` what is wrong with a password someone is choosing.

    `user_inputs` are words of this account (name, email, the network's name) that make a
    password guessable when it is built from them; zxcvbn's estimate accounts for them.
    """
    if len(password) < MIN_LENGTH:
        problems.add(field, f"Use at least {MIN_LENGTH} characters.", "too_short")
        return
    if len(password) > MAX_LENGTH:
        problems.add(field, f"Use at most {MAX_LENGTH} characters.", "too_long")
        return
    words = [word for value in user_inputs for word in _words(value)]
    estimate = zxcvbn(password[:ESTIMATE_PREFIX], user_inputs=words)
    if int(estimate["score"]) < MIN_SCORE:
        feedback = estimate.get("feedback") or {}
        hint = str(feedback.get("warning") or "").strip()
        advice = " ".join(str(s) for s in feedback.get("suggestions") or [])
        detail = " ".join(part for part in (hint, advice) if part)
        message = "This password is too easy to guess."
        problems.add(field, f"{message} {detail}".strip(), "too_weak")


def _words(value: str) -> list[str]:
    # An email counts whole and by its parts: "maria.lopez@example.org" gives "maria", "lopez".
    parts = [value]
    for separator in "@._- ":
        parts = [piece for part in parts for piece in part.split(separator)]
    return [value, *[p for p in parts if len(p) >= 3]]
