"""TOTP and recovery codes at the service level, with the clock passed in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pyotp
import pytest

from server.accounts import two_factor
from server.accounts.policy import SignInPolicy
from server.db import Database
from server.kit.errors import InvalidInput
from server.orgs.access import Principal
from tests.schema.conftest import make_account

POLICY = SignInPolicy(secret=b"k" * 32, network_name="Open Network")
NOW = datetime(2027, 3, 28, 0, 59, 45, tzinfo=UTC)  # the night clocks change in Europe
STEP = timedelta(seconds=30)


@pytest.fixture
async def enabled(db: Database) -> tuple[int, str, list[str]]:
    """An account with two-factor on: its id, secret and recovery codes."""
    user_id = await make_account(db, email="ada@example.org")
    principal = Principal(user_id=user_id)
    async with db.transaction() as session:
        setup = await two_factor.start_setup(session, principal=principal, policy=POLICY)
    async with db.transaction() as session:
        codes = await two_factor.confirm(
            session,
            principal=principal,
            code=pyotp.TOTP(setup.secret).at(NOW),
            policy=POLICY,
            now=NOW,
        )
    return user_id, setup.secret, codes


async def verify(db: Database, user_id: int, code: str, now: datetime) -> bool:
    async with db.transaction() as session:
        return await two_factor.verify_second_factor(
            session, user_id=user_id, code=code, policy=POLICY, now=now
        )


class TestTotp:
    async def test_codes_one_step_either_side_pass_and_two_steps_do_not(
        self, db: Database, enabled: tuple[int, str, list[str]]
    ) -> None:
        user_id, secret, _ = enabled
        totp = pyotp.TOTP(secret)
        later = NOW + 10 * STEP
        assert not await verify(db, user_id, totp.at(later - 2 * STEP), later)
        assert not await verify(db, user_id, totp.at(later + 2 * STEP), later)
        assert await verify(db, user_id, totp.at(later - STEP), later)
        assert await verify(db, user_id, totp.at(later + STEP), later)

    async def test_a_code_is_never_accepted_twice_nor_an_earlier_one_after_it(
        self, db: Database, enabled: tuple[int, str, list[str]]
    ) -> None:
        user_id, secret, _ = enabled
        totp = pyotp.TOTP(secret)
        # The code that confirmed the set-up is spent already.
        assert not await verify(db, user_id, totp.at(NOW), NOW)
        assert await verify(db, user_id, totp.at(NOW + STEP), NOW + STEP)
        assert not await verify(db, user_id, totp.at(NOW + STEP), NOW + STEP)
        assert not await verify(db, user_id, totp.at(NOW), NOW + STEP)

    async def test_the_uri_names_the_network_and_the_account(self, db: Database) -> None:
        user_id = await make_account(db, email="bob@example.org")
        async with db.transaction() as session:
            setup = await two_factor.start_setup(
                session, principal=Principal(user_id=user_id), policy=POLICY
            )
        parsed = pyotp.parse_uri(setup.otpauth_uri)
        assert (parsed.issuer, parsed.name) == ("Open Network", "bob@example.org")


class TestRecoveryCodes:
    async def test_each_code_works_once_and_regenerating_replaces_them_all(
        self, db: Database, enabled: tuple[int, str, list[str]]
    ) -> None:
        user_id, secret, codes = enabled
        assert await verify(db, user_id, codes[0], NOW)
        assert not await verify(db, user_id, codes[0], NOW)
        async with db.read() as session:
            assert await two_factor.recovery_codes_left(session, user_id=user_id) == 9
        async with db.transaction() as session:
            fresh = await two_factor.regenerate_recovery_codes(
                session,
                principal=Principal(user_id=user_id),
                code=pyotp.TOTP(secret).at(NOW + STEP),
                policy=POLICY,
                now=NOW + STEP,
            )
        assert not set(fresh) & set(codes)
        assert not await verify(db, user_id, codes[1], NOW)
        assert await verify(db, user_id, fresh[1], NOW)

    async def test_regenerating_needs_an_app_code_not_a_recovery_code(
        self, db: Database, enabled: tuple[int, str, list[str]]
    ) -> None:
        user_id, _, codes = enabled
        with pytest.raises(InvalidInput):
            async with db.transaction() as session:
                await two_factor.regenerate_recovery_codes(
                    session, principal=Principal(user_id=user_id), code=codes[0], policy=POLICY
                )
