"""Signing in and out, sessions, and API tokens, over HTTP against the app."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import update
from sqlmodel import col

from server.accounts.models import AuthSession
from server.db import utcnow
from server.kit.secrets import token_digest
from server.runtime import Runtime
from tests.conftest import PASSWORD, GraphQLClient
from tests.schema.conftest import World, error_codes, make_account

SIGN_IN = """
mutation($e: String!, $p: String!) {
  signIn(email: $e, password: $p) {
    token expiresAt user { email } errors { field message code }
  }
}
"""
ME = "{ me { email isSuperuser } }"
ORGANIZATIONS = "{ organizations { totalCount } }"


async def sign_in(gql: GraphQLClient, email: str, password: str) -> dict[str, Any]:
    return await gql.execute(SIGN_IN, {"e": email, "p": password})


def set_cookie_header(response: httpx.Response) -> str:
    cookies = [v for v in response.headers.get_list("set-cookie") if "pluralis_session" in v]
    assert len(cookies) == 1, response.headers
    return cookies[0]


class TestSignIn:
    async def test_returns_a_token_and_sets_an_httponly_lax_cookie(
        self, runtime: Runtime, http: httpx.AsyncClient
    ) -> None:
        await make_account(runtime.db, email="ada@example.org")
        response = await http.post(
            "/graphql",
            json={"query": SIGN_IN, "variables": {"e": "Ada@Example.org ", "p": PASSWORD}},
        )
        payload = response.json()["data"]["signIn"]
        assert payload["errors"] == []
        assert payload["user"] == {"email": "ada@example.org"}
        token = payload["token"]
        assert token.startswith("pls_")
        cookie = set_cookie_header(response)
        assert cookie.startswith(f"pluralis_session={token};")
        attributes = {part.strip().lower() for part in cookie.split(";")[1:]}
        assert "httponly" in attributes
        assert "samesite=lax" in attributes
        assert "path=/" in attributes
        # Plain http in the embedded default: a Secure cookie would never come back.
        assert "secure" not in attributes

    async def test_me_works_with_the_cookie_alone(
        self, runtime: Runtime, gql: GraphQLClient
    ) -> None:
        await make_account(runtime.db, email="ada@example.org")
        await sign_in(gql, "ada@example.org", PASSWORD)
        assert gql.http.cookies.get("pluralis_session")
        body = await gql.execute(ME)
        assert body["data"]["me"] == {"email": "ada@example.org", "isSuperuser": False}

    async def test_me_works_with_a_bearer_token_and_no_cookie(
        self, runtime: Runtime, gql: GraphQLClient
    ) -> None:
        await make_account(runtime.db, email="ada@example.org")
        token = (await sign_in(gql, "ada@example.org", PASSWORD))["data"]["signIn"]["token"]
        gql.http.cookies.clear()
        assert (await gql.execute(ME))["data"]["me"] is None
        body = await gql.execute(ME, token=token)
        assert body["data"]["me"]["email"] == "ada@example.org"

    async def test_wrong_password_and_unknown_email_look_identical(
        self, runtime: Runtime, gql: GraphQLClient
    ) -> None:
        await make_account(runtime.db, email="ada@example.org")
        wrong_password = await sign_in(gql, "ada@example.org", "not the password")
        unknown_email = await sign_in(gql, "nobody@example.org", PASSWORD)
        # Any difference, even in shape, would tell an attacker which emails have accounts.
        assert wrong_password == unknown_email
        assert wrong_password == {
            "data": {
                "signIn": {
                    "token": None,
                    "expiresAt": None,
                    "user": None,
                    "errors": [
                        {
                            "field": None,
                            "message": "Email or password is incorrect.",
                            "code": "INVALID_CREDENTIALS",
                        }
                    ],
                }
            }
        }
        assert "pluralis_session" not in gql.http.cookies


class TestSessions:
    async def test_sign_out_revokes_the_token_and_clears_the_cookie(
        self, runtime: Runtime, gql: GraphQLClient
    ) -> None:
        await make_account(runtime.db, email="ada@example.org")
        token = (await sign_in(gql, "ada@example.org", PASSWORD))["data"]["signIn"]["token"]
        response = await gql.http.post("/graphql", json={"query": "mutation { signOut { ok } }"})
        assert response.json() == {"data": {"signOut": {"ok": True}}}
        cookie = set_cookie_header(response).lower()
        assert 'pluralis_session="";' in cookie or "pluralis_session=;" in cookie
        assert "max-age=0" in cookie
        assert "pluralis_session" not in gql.http.cookies
        assert (await gql.execute(ME, token=token))["data"]["me"] is None
        refused = await gql.execute(ORGANIZATIONS, token=token)
        assert error_codes(refused) == ["UNAUTHENTICATED"]

    async def test_signing_out_twice_reports_no_session(
        self, runtime: Runtime, gql: GraphQLClient
    ) -> None:
        await make_account(runtime.db, email="ada@example.org")
        token = (await sign_in(gql, "ada@example.org", PASSWORD))["data"]["signIn"]["token"]
        gql.http.cookies.clear()
        first = await gql.execute("mutation { signOut { ok } }", token=token)
        second = await gql.execute("mutation { signOut { ok } }", token=token)
        assert first["data"]["signOut"]["ok"] is True
        assert second["data"]["signOut"]["ok"] is False

    async def test_an_expired_session_is_refused(
        self, runtime: Runtime, gql: GraphQLClient
    ) -> None:
        await make_account(runtime.db, email="ada@example.org")
        token = (await sign_in(gql, "ada@example.org", PASSWORD))["data"]["signIn"]["token"]
        gql.http.cookies.clear()
        assert (await gql.execute(ME, token=token))["data"]["me"] is not None
        async with runtime.db.transaction() as session:
            await session.exec(
                update(AuthSession)
                .where(col(AuthSession.token_hash) == token_digest(token))
                .values(expires_at=utcnow() - timedelta(seconds=1))
            )
        assert (await gql.execute(ME, token=token))["data"]["me"] is None
        assert error_codes(await gql.execute(ORGANIZATIONS, token=token)) == ["UNAUTHENTICATED"]

    async def test_an_unknown_token_is_anonymous(self, gql: GraphQLClient) -> None:
        body = await gql.execute(ME, token="pls_made-up")
        assert body == {"data": {"me": None}}


CREATE_TOKEN = """
mutation($org: ID!, $name: String!, $role: Role!) {
  createApiToken(organizationId: $org, name: $name, role: $role) {
    token apiToken { id name role prefix lastUsedAt revokedAt } errors { field code }
  }
}
"""
LIST_TOKENS = """
query($org: ID!) {
  apiTokens(organizationId: $org) { id name role prefix createdAt lastUsedAt revokedAt }
}
"""
RENAME = """
mutation($id: ID!, $name: String!) {
  updateOrganization(id: $id, input: {name: $name}) {
    organization { name } errors { field code }
  }
}
"""


async def create_token(gql: GraphQLClient, token: str, org: int, role: str = "ADMIN") -> str:
    body = await gql.execute(
        CREATE_TOKEN, {"org": str(org), "name": "Sync", "role": role}, token=token
    )
    secret: str = body["data"]["createApiToken"]["token"]
    return secret


class TestApiTokens:
    async def test_an_admin_creates_one_and_the_secret_is_shown_only_once(
        self, gql: GraphQLClient, world: World
    ) -> None:
        created = await gql.execute(
            CREATE_TOKEN,
            {"org": str(world.kenya), "name": " CRM sync ", "role": "COORDINATOR"},
            token=world.admin.token,
        )
        payload = created["data"]["createApiToken"]
        secret = payload["token"]
        assert secret.startswith("plt_")
        assert payload["errors"] == []
        assert payload["apiToken"]["name"] == "CRM sync"
        assert payload["apiToken"]["role"] == "COORDINATOR"
        assert secret.startswith(payload["apiToken"]["prefix"])
        listed = await gql.execute(LIST_TOKENS, {"org": str(world.kenya)}, token=world.admin.token)
        tokens = listed["data"]["apiTokens"]
        assert [(t["name"], t["prefix"]) for t in tokens] == [
            ("CRM sync", payload["apiToken"]["prefix"])
        ]
        # Neither the secret nor anything beyond its prefix is ever listed again.
        assert secret not in str(listed)
        assert len(tokens[0]["prefix"]) < len(secret) // 2

    async def test_a_token_acts_only_in_its_organization(
        self, gql: GraphQLClient, world: World
    ) -> None:
        secret = await create_token(gql, world.admin.token, world.kenya, "ADMIN")
        own = await gql.execute(
            RENAME, {"id": str(world.kenya), "name": "Kenya Forum 2"}, token=secret
        )
        assert own["data"]["updateOrganization"]["organization"] == {"name": "Kenya Forum 2"}
        other = await gql.execute(
            RENAME, {"id": str(world.ghana), "name": "Taken Over"}, token=secret
        )
        assert other["data"] is None
        assert error_codes(other) == ["NOT_FOUND"]
        # A token is not a user: it has no `me`, but it may read the directory.
        assert (await gql.execute(ME, token=secret))["data"]["me"] is None
        directory = await gql.execute(ORGANIZATIONS, token=secret)
        assert directory["data"]["organizations"]["totalCount"] == 3

    async def test_a_token_is_limited_to_its_role(self, gql: GraphQLClient, world: World) -> None:
        secret = await create_token(gql, world.admin.token, world.kenya, "ORGANIZER")
        refused = await gql.execute(
            RENAME, {"id": str(world.kenya), "name": "Renamed By Bot"}, token=secret
        )
        assert error_codes(refused) == ["NOT_FOUND"]
        members = await gql.execute(
            "query($id: ID!) { organization(id: $id) { members { role } } }",
            {"id": str(world.kenya)},
            token=secret,
        )
        # Organizers may see the members of their organization, so the token may too.
        assert len(members["data"]["organization"]["members"]) == 5

    async def test_using_a_token_records_when_it_was_last_used(
        self, gql: GraphQLClient, world: World
    ) -> None:
        secret = await create_token(gql, world.admin.token, world.kenya)
        before = await gql.execute(LIST_TOKENS, {"org": str(world.kenya)}, token=world.admin.token)
        assert before["data"]["apiTokens"][0]["lastUsedAt"] is None
        await gql.execute(ORGANIZATIONS, token=secret)
        after = await gql.execute(LIST_TOKENS, {"org": str(world.kenya)}, token=world.admin.token)
        assert after["data"]["apiTokens"][0]["lastUsedAt"] is not None

    async def test_a_revoked_token_stops_working(self, gql: GraphQLClient, world: World) -> None:
        secret = await create_token(gql, world.admin.token, world.kenya)
        token_id = (
            await gql.execute(LIST_TOKENS, {"org": str(world.kenya)}, token=world.admin.token)
        )["data"]["apiTokens"][0]["id"]
        assert "data" in await gql.execute(ORGANIZATIONS, token=secret)
        revoked = await gql.execute(
            "mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }",
            {"id": token_id},
            token=world.admin.token,
        )
        assert revoked["data"]["revokeApiToken"]["revokedAt"] is not None
        refused = await gql.execute(ORGANIZATIONS, token=secret)
        assert error_codes(refused) == ["UNAUTHENTICATED"]

    async def test_non_admins_may_not_create_or_list_tokens(
        self, gql: GraphQLClient, world: World
    ) -> None:
        for member in (world.organizer, world.coordinator, world.observer, world.ghana_admin):
            body = await gql.execute(
                CREATE_TOKEN,
                {"org": str(world.kenya), "name": "Sneaky", "role": "ADMIN"},
                token=member.token,
            )
            # An organization the caller may not manage answers like a missing one.
            assert body["data"]["createApiToken"]["errors"] == [
                {"field": "organizationId", "code": "not_found"}
            ]
            listed = await gql.execute(LIST_TOKENS, {"org": str(world.kenya)}, token=member.token)
            assert error_codes(listed) == ["NOT_FOUND"]
        listed = await gql.execute(LIST_TOKENS, {"org": str(world.kenya)}, token=world.admin.token)
        assert listed["data"]["apiTokens"] == []

    async def test_anonymous_callers_may_not_create_tokens(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            CREATE_TOKEN, {"org": str(world.kenya), "name": "Anon", "role": "ADMIN"}
        )
        assert error_codes(body) == ["UNAUTHENTICATED"]

    async def test_a_nameless_token_is_refused_with_a_field_error(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            CREATE_TOKEN,
            {"org": str(world.kenya), "name": "  ", "role": "ADMIN"},
            token=world.admin.token,
        )
        payload = body["data"]["createApiToken"]
        assert payload["token"] is None
        assert payload["errors"] == [{"field": "name", "code": "required"}]
