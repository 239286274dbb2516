"""Two-factor sign-in over HTTP: set-up, the challenge step, recovery codes, and the setting
that requires it of superusers and network admins (issue 8, deliverable 5)."""

from __future__ import annotations

import time
from typing import Any

import pyotp
from sqlmodel import select

from server.messaging.models import OutboundMessage
from server.runtime import Runtime
from tests.conftest import PASSWORD, GraphQLClient
from tests.schema.conftest import World, audit_rows, error_codes

SIGN_IN = """
mutation($e: String!, $p: String!) {
  signIn(email: $e, password: $p) { token twoFactorChallenge errors { code } }
}
"""
COMPLETE = """
mutation($ch: String!, $c: String!) {
  completeSignIn(challenge: $ch, code: $c) { token user { email } errors { code message } }
}
"""
SETUP = "mutation { startTwoFactorSetup { secret otpauthUri qrSvgDataUri errors { code } } }"
CONFIRM = "mutation($c: String!) { confirmTwoFactor(code: $c) { recoveryCodes errors { code } } }"
DISABLE = """
mutation($p: String!, $c: String!) { disableTwoFactor(password: $p, code: $c) {
  ok errors { field code } } }
"""
ME = "{ me { twoFactorEnabled twoFactorRequired recoveryCodesLeft roles { role } } }"
PEOPLE = "{ people(first: 5) { totalCount } }"


def code_at(secret: str, steps_ahead: int = 0) -> str:
    # Codes of the current step and the next one: both are within the accepted window, and
    # a later code is never a replay of an earlier one.
    return pyotp.TOTP(secret).at(time.time() + 30 * steps_ahead)


async def turn_on(gql: GraphQLClient, token: str) -> tuple[str, list[str]]:
    """Set up two-factor for the account behind `token`; returns the secret and codes."""
    setup = (await gql.execute(SETUP, token=token))["data"]["startTwoFactorSetup"]
    assert setup["errors"] == []
    confirmed = await gql.execute(CONFIRM, {"c": code_at(setup["secret"])}, token=token)
    payload = confirmed["data"]["confirmTwoFactor"]
    assert payload["errors"] == [], payload
    return setup["secret"], payload["recoveryCodes"]


async def sign_in(gql: GraphQLClient, email: str) -> dict[str, Any]:
    body = await gql.execute(SIGN_IN, {"e": email, "p": PASSWORD})
    return dict(body["data"]["signIn"])


async def complete(gql: GraphQLClient, challenge: str, code: str) -> dict[str, Any]:
    body = await gql.execute(COMPLETE, {"ch": challenge, "c": code})
    return dict(body["data"]["completeSignIn"])


def refused(payload: dict[str, Any]) -> bool:
    return payload["token"] is None and [e["code"] for e in payload["errors"]] == ["invalid_code"]


ORGANIZER = "olu.organizer@example.org"


class TestSetup:
    async def test_setup_gives_a_secret_uri_and_qr_code_and_confirm_turns_it_on(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        token = world.organizer.token
        setup = (await gql.execute(SETUP, token=token))["data"]["startTwoFactorSetup"]
        assert setup["otpauthUri"].startswith("otpauth://totp/Pluralis:")
        assert "issuer=Pluralis" in setup["otpauthUri"]
        assert setup["qrSvgDataUri"].startswith("data:image/svg+xml")
        me = (await gql.execute(ME, token=token))["data"]["me"]
        assert me["twoFactorEnabled"] is False
        wrong = await gql.execute(CONFIRM, {"c": "000000"}, token=token)
        assert wrong["data"]["confirmTwoFactor"]["errors"][0]["code"] == "invalid_code"
        confirmed = await gql.execute(CONFIRM, {"c": code_at(setup["secret"])}, token=token)
        codes = confirmed["data"]["confirmTwoFactor"]["recoveryCodes"]
        assert len(codes) == 10 and len(set(codes)) == 10
        me = (await gql.execute(ME, token=token))["data"]["me"]
        assert (me["twoFactorEnabled"], me["recoveryCodesLeft"]) == (True, 10)
        # A second set-up would replace a secret in use: refused.
        again = (await gql.execute(SETUP, token=token))["data"]["startTwoFactorSetup"]
        assert again["errors"][0]["code"] == "already_enabled"
        actions = [row.action for row in await audit_rows(runtime.db)]
        assert "account.two_factor_enabled" in actions


class TestChallenge:
    async def test_the_password_gives_a_challenge_and_a_code_completes_it_once(
        self, gql: GraphQLClient, world: World
    ) -> None:
        secret, _ = await turn_on(gql, world.organizer.token)
        first = await sign_in(gql, ORGANIZER)
        assert first["token"] is None and first["twoFactorChallenge"].startswith("plc_")
        assert refused(await complete(gql, first["twoFactorChallenge"], "000000"))
        done = await complete(gql, first["twoFactorChallenge"], code_at(secret, 1))
        assert done["token"] and done["user"]["email"] == ORGANIZER
        assert (await gql.execute(ME, token=done["token"]))["data"]["me"]["twoFactorEnabled"]
        # The challenge is spent, and the code cannot be replayed on a new one.
        assert refused(await complete(gql, first["twoFactorChallenge"], code_at(secret, 1)))
        second = await sign_in(gql, ORGANIZER)
        assert refused(await complete(gql, second["twoFactorChallenge"], code_at(secret, 1)))

    async def test_a_recovery_code_works_once(self, gql: GraphQLClient, world: World) -> None:
        _, codes = await turn_on(gql, world.organizer.token)
        first = await sign_in(gql, ORGANIZER)
        done = await complete(gql, first["twoFactorChallenge"], codes[0].upper())
        assert done["token"]
        me = (await gql.execute(ME, token=done["token"]))["data"]["me"]
        assert me["recoveryCodesLeft"] == 9
        second = await sign_in(gql, ORGANIZER)
        assert refused(await complete(gql, second["twoFactorChallenge"], codes[0]))

    async def test_five_wrong_codes_spend_the_challenge(
        self, gql: GraphQLClient, world: World
    ) -> None:
        _, codes = await turn_on(gql, world.organizer.token)
        challenge = (await sign_in(gql, ORGANIZER))["twoFactorChallenge"]
        for _ in range(5):
            assert refused(await complete(gql, challenge, "111111"))
        assert refused(await complete(gql, challenge, codes[1]))

    async def test_an_unknown_challenge_answers_like_a_wrong_code(
        self, gql: GraphQLClient, world: World
    ) -> None:
        _, codes = await turn_on(gql, world.organizer.token)
        challenge = (await sign_in(gql, ORGANIZER))["twoFactorChallenge"]
        assert await complete(gql, "plc_unknown", codes[0]) == await complete(
            gql, challenge, "111111"
        )


class TestDisable:
    async def test_password_and_code_turn_it_off(self, gql: GraphQLClient, world: World) -> None:
        token = world.organizer.token
        _, codes = await turn_on(gql, token)
        wrong = await gql.execute(DISABLE, {"p": "not my password", "c": codes[0]}, token=token)
        assert wrong["data"]["disableTwoFactor"]["errors"][0]["field"] == "password"
        body = await gql.execute(DISABLE, {"p": PASSWORD, "c": codes[0]}, token=token)
        assert body["data"]["disableTwoFactor"] == {"ok": True, "errors": []}
        me = (await gql.execute(ME, token=token))["data"]["me"]
        assert (me["twoFactorEnabled"], me["recoveryCodesLeft"]) == (False, 0)
        assert (await sign_in(gql, ORGANIZER))["token"]


class TestRequiredForAdmins:
    """TWO_FACTOR_REQUIRED_FOR_ADMINS: an admin without two-factor holds no power."""

    async def test_a_network_admin_without_it_has_no_roles_until_it_is_on(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        runtime.settings.two_factor_required_for_admins = True
        token = world.network_admin.token
        me = (await gql.execute(ME, token=token))["data"]["me"]
        assert (me["twoFactorRequired"], me["roles"]) == (True, [])
        assert (await gql.execute(PEOPLE, token=token))["data"]["people"]["totalCount"] == 0
        await turn_on(gql, token)
        me = (await gql.execute(ME, token=token))["data"]["me"]
        # The secretariat's role, and through it the network's organizations.
        assert me["twoFactorRequired"] is False
        assert me["roles"] and {r["role"] for r in me["roles"]} == {"ADMIN"}
        assert (await gql.execute(PEOPLE, token=token))["data"]["people"]["totalCount"] > 0
        refused_off = await gql.execute(DISABLE, {"p": PASSWORD, "c": "000000"}, token=token)
        assert refused_off["data"]["disableTwoFactor"]["errors"][0]["code"] == "required"

    async def test_a_superuser_without_it_has_no_superuser_power(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        runtime.settings.two_factor_required_for_admins = True
        body = await gql.execute(PEOPLE, token=world.root)
        assert body["data"]["people"]["totalCount"] == 0
        me = (await gql.execute(ME, token=world.root))["data"]["me"]
        assert me["twoFactorRequired"] is True
        await turn_on(gql, world.root)
        assert (await gql.execute(PEOPLE, token=world.root))["data"]["people"]["totalCount"] > 0

    async def test_other_roles_are_not_affected(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        runtime.settings.two_factor_required_for_admins = True
        me = (await gql.execute(ME, token=world.admin.token))["data"]["me"]
        assert (me["twoFactorRequired"], me["roles"]) == (False, [{"role": "ADMIN"}])

    async def test_it_is_not_required_by_default_in_the_embedded_mode(
        self, gql: GraphQLClient, world: World
    ) -> None:
        me = (await gql.execute(ME, token=world.network_admin.token))["data"]["me"]
        assert me["twoFactorRequired"] is False
        assert error_codes(await gql.execute(PEOPLE, token=world.network_admin.token)) == []


class TestAfterAnSmsCode:
    async def test_an_sms_code_leads_to_the_same_second_step(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        _, codes = await turn_on(gql, world.observer.token)
        await gql.execute(
            'mutation { requestSignInCode(phone: "+254712000004") { ok } }',
        )
        await runtime.jobs.drain()  # type: ignore[attr-defined]
        async with runtime.db.read() as session:
            body = await session.scalar(select(OutboundMessage.body))
        assert body is not None
        sms_code = body[:6]
        first = await gql.execute(
            "mutation($p: String!, $c: String!) { signInWithCode(phone: $p, code: $c) "
            "{ token twoFactorChallenge } }",
            {"p": "+254712000004", "c": sms_code},
        )
        step = first["data"]["signInWithCode"]
        assert step["token"] is None and step["twoFactorChallenge"]
        done = await complete(gql, step["twoFactorChallenge"], codes[0])
        assert done["token"]
        me = await gql.execute("{ me { sessions { method current } } }", token=done["token"])
        assert {"method": "SMS_CODE", "current": True} in me["data"]["me"]["sessions"]
