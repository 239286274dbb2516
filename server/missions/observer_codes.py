"""Observer codes: what an observer types at the start of every SMS report.

Six random digits and a Damm check digit. Digits only, because a phone keypad types them
without switching modes; random, because a sequential code would tell an observer how many
others there are and let anyone guess a neighbour's code; and checked, because the Damm
algorithm catches every single wrong digit and every swap of two adjacent digits, the two
commonest typing mistakes, so a mistyped code is refused instead of filed under someone else.
"""

from __future__ import annotations

import re
import secrets

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from stdnum import damm

from server.missions.models import OBSERVER_CODE, MissionMember

RANDOM_DIGITS = 6
# Codes given in an import file may be longer or shorter (an organization's own numbering),
# as long as they carry a valid check digit.
MIN_CODE = 4
# Letters SMS users type for digits they resemble (Apollo's convention).
_LOOKALIKES = str.maketrans({"I": "1", "L": "1", "O": "0"})
_SEPARATORS = re.compile(r"[\s\-.]+")


def with_check_digit(digits: str) -> str:
    return digits + str(damm.calc_check_digit(digits))


def new_observer_code(taken: set[str]) -> str:
    """A fresh random code not in `taken` (and added to it, for the next call)."""
    while True:
        code = with_check_digit(f"{secrets.randbelow(10**RANDOM_DIGITS):0{RANDOM_DIGITS}d}")
        if code not in taken:
            taken.add(code)
            return code


def normalize_observer_code(text: str) -> str:
    """The code as stored: separators dropped, I and L read as 1, O as 0."""
    return _SEPARATORS.sub("", text).upper().translate(_LOOKALIKES)


def validate_observer_code(text: str) -> str | None:
    """The normalized code if it is well formed with a valid check digit, else None.

    For SMS parsing and imports: "123 456-7", "I23456O" and "1234567" name the same code.
    """
    code = normalize_observer_code(text)
    if not (MIN_CODE <= len(code) <= OBSERVER_CODE) or not code.isascii() or not code.isdigit():
        return None
    return code if damm.is_valid(code) else None


async def codes_of_mission(session: AsyncSession, *, mission_id: int) -> set[str]:
    rows = await session.exec(
        select(MissionMember.observer_code)
        .where(MissionMember.mission_id == mission_id)
        .where(col(MissionMember.observer_code).is_not(None))
    )
    return {code for code in rows.all() if code is not None}


async def new_codes(session: AsyncSession, *, mission_id: int, count: int) -> list[str]:
    """`count` fresh codes for a mission, none of them used there yet (one query)."""
    taken = await codes_of_mission(session, mission_id=mission_id)
    return [new_observer_code(taken) for _ in range(count)]
