"""The schema's defences: document limits, masked errors, permissions on every root field,
no queries over GET, and GraphiQL only in development."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from strawberry.types.field import StrawberryField

from schema.build import build_schema
from schema.permissions import AllowAnyone
from server.asgi import create_app
from server.db import Database
from server.runtime import Runtime, in_process_runtime
from server.settings import Mode, Settings, UnsafeConfigError
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, error_codes

# Fields a caller may use signed out. Anything else that allows anyone is a mistake.
PUBLIC_FIELDS = {"me", "signIn", "signOut", "events", "event"}
# The development outboxes (null unless open: tests/server/mail/test_dev_outboxes.py).
PUBLIC_FIELDS |= {"devMailbox", "devSmsOutbox"}
# Issue 8, invitations and resets: their links are used signed out.
PUBLIC_FIELDS |= {
    "accountInvitation",
    "acceptAccountInvitation",
    "requestPasswordReset",
    "resetPassword",
}
# Issue 8 (signin): signing in with an SMS code, and the two-factor step of any sign-in.
PUBLIC_FIELDS |= {"completeSignIn", "requestSignInCode", "signInWithCode"}
# Issue 11, event invitations: the link shows its event and opens the invitee's account.
PUBLIC_FIELDS |= {"eventInvitation", "openAccountWithInvitation"}


def nested_parents(depth: int) -> str:
    """A query whose deepest field sits `depth` levels below the root field."""
    return "{ organization(id: 1) { " + "parent { " * (depth - 1) + "name" + " }" * depth + " }"


class TestDocumentLimits:
    async def test_a_query_deeper_than_the_limit_is_refused(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        limit = runtime.settings.graphql_max_depth
        allowed = await gql.execute(nested_parents(limit), token=world.root)
        assert "errors" not in allowed, allowed
        refused = await gql.execute(nested_parents(limit + 1), token=world.root)
        assert refused["data"] is None
        assert refused["errors"][0]["message"] == (
            f"'anonymous' exceeds maximum operation depth of {limit}"
        )
        assert error_codes(refused) == ["GRAPHQL_VALIDATION_FAILED"]

    async def test_depth_through_fragments_counts_too(
        self, runtime: Runtime, gql: GraphQLClient, world: World
    ) -> None:
        limit = runtime.settings.graphql_max_depth
        fragment = "fragment Deep on Organization { " + "parent { " * limit + "name" + " }" * limit
        body = await gql.execute(
            "{ organization(id: 1) { ...Deep } } " + fragment + " }", token=world.root
        )
        assert "exceeds maximum operation depth" in body["errors"][0]["message"]

    async def test_too_many_aliases_are_refused(self, runtime: Runtime, gql: GraphQLClient) -> None:
        limit = runtime.settings.graphql_max_aliases
        aliases = " ".join(f"a{i}: me {{ email }}" for i in range(limit))
        assert "errors" not in await gql.execute("{ " + aliases + " }")
        refused = await gql.execute("{ " + aliases + " extra: me { email } }")
        assert refused["data"] is None
        assert refused["errors"][0]["message"] == f"{limit + 1} aliases found. Allowed: {limit}"

    async def test_too_many_tokens_are_refused_before_parsing_finishes(
        self, runtime: Runtime, gql: GraphQLClient
    ) -> None:
        limit = runtime.settings.graphql_max_tokens
        # "{", "}" and one name per __typename: limit - 1 names make the document too long.
        body = await gql.execute("{ " + "__typename " * (limit - 1) + "}")
        assert body["data"] is None
        assert body["errors"][0]["message"] == (
            f"Syntax Error: Document contains more than {limit} tokens. Parsing aborted."
        )


async def post(http: httpx.AsyncClient, query: str, token: str) -> httpx.Response:
    return await http.post(
        "/graphql", json={"query": query}, headers={"Authorization": f"Bearer {token}"}
    )


class TestUnexpectedErrors:
    def assert_masked(self, response: httpx.Response, secret: str) -> None:
        body = response.json()
        assert response.status_code == 200
        assert body["errors"][0]["message"] == "Unexpected error."
        assert body["errors"][0]["extensions"] == {
            "code": "INTERNAL_SERVER_ERROR",
            "requestId": response.headers["x-request-id"],
        }
        assert secret not in response.text

    async def test_a_bug_in_a_service_is_masked_and_logged_with_its_request_id(
        self,
        http: httpx.AsyncClient,
        world: World,
        monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        # Stands in for a bug in our own code; the message carries something private.
        async def buggy(*args: object, **kwargs: object) -> None:
            raise RuntimeError("phone +254712000004 of person 7")

        monkeypatch.setattr("server.orgs.service.list_organizations", buggy)
        with caplog.at_level(logging.ERROR, logger="pluralis.graphql"):
            response = await post(http, "{ organizations { totalCount } }", world.root)
        self.assert_masked(response, "+254712000004")
        assert response.json()["data"] is None
        logged = [r for r in caplog.records if r.name == "pluralis.graphql"]
        assert len(logged) == 1
        assert logged[0].exc_info is not None
        assert "+254712000004" in str(logged[0].exc_info[1])

    async def test_a_missing_table_is_masked(
        self, runtime: Runtime, http: httpx.AsyncClient, world: World
    ) -> None:
        # A real database failure: the phone table is renamed away for the duration.
        async with runtime.db.engine.begin() as conn:
            await conn.execute(text("ALTER TABLE person_phone RENAME TO person_phone_away"))
        try:
            response = await post(http, "{ me { person { phones { e164 } } } }", world.admin.token)
        finally:
            async with runtime.db.engine.begin() as conn:
                await conn.execute(text("ALTER TABLE person_phone_away RENAME TO person_phone"))
        self.assert_masked(response, "person_phone")
        # `person` is nullable, so the failure nulls it and the rest of the answer stands.
        assert response.json()["data"] == {"me": {"person": None}}

    async def test_errors_of_nullable_fields_are_masked_beside_good_data(
        self, http: httpx.AsyncClient, world: World, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        async def buggy(*args: object, **kwargs: object) -> None:
            raise KeyError("internal-key")

        monkeypatch.setattr("server.accounts.service.get_user", buggy)
        response = await post(http, "{ me { email } organizations { totalCount } }", world.root)
        body = response.json()
        assert body["data"] == {"me": None, "organizations": {"totalCount": 3}}
        assert body["errors"][0]["path"] == ["me"]
        assert body["errors"][0]["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
        assert "internal-key" not in response.text


class TestNulCharacters:
    @pytest.mark.parametrize(
        ("query", "variables"),
        [
            (
                "query($s: String) { organizations(filter: {search: $s}) { totalCount } }",
                {"s": "Kenya\u0000"},
            ),
            (
                'mutation { createOrganization(input: {name: "Nul\\u0000Org", kind: MEMBER}) '
                "{ errors { field } } }",
                {},
            ),
        ],
    )
    async def test_are_refused_as_bad_input(
        self, gql: GraphQLClient, world: World, query: str, variables: dict[str, Any]
    ) -> None:
        # Postgres cannot store U+0000 in text; without the check it fails as an internal
        # error there, and SQLite stores it.
        body = await gql.execute(query, variables, token=world.root)
        assert body["data"] is None
        assert error_codes(body) == ["BAD_USER_INPUT"]
        directory = await gql.execute("{ organizations { totalCount } }", token=world.root)
        assert directory["data"]["organizations"]["totalCount"] == 3


class TestRootFieldPermissions:
    def root_fields(self) -> dict[str, StrawberryField]:
        graphql_schema = build_schema()._schema
        roots = [
            graphql_schema.query_type,
            graphql_schema.mutation_type,
            graphql_schema.subscription_type,
        ]
        fields: dict[str, StrawberryField] = {}
        for root in roots:
            assert root is not None
            for name, field in root.fields.items():
                definition = field.extensions["strawberry-definition"]
                assert isinstance(definition, StrawberryField)
                fields[f"{root.name}.{name}"] = definition
        return fields

    def test_every_root_field_declares_a_permission(self) -> None:
        fields = self.root_fields()
        # The walk must see the whole API, or a new root type could slip past it.
        assert {"Query.me", "Mutation.signIn", "Subscription.organizationChanges"} <= set(fields)
        missing = [name for name, field in fields.items() if not field.permission_classes]
        assert missing == []

    def test_only_the_sign_in_fields_are_open_to_anyone(self) -> None:
        public = {
            name.split(".", 1)[1]
            for name, field in self.root_fields().items()
            if AllowAnyone in field.permission_classes
        }
        assert public == PUBLIC_FIELDS


class TestHttpMethods:
    async def test_queries_over_get_are_refused(
        self, http: httpx.AsyncClient, world: World
    ) -> None:
        # A link or an <img> would send the visitor's cookie along with a GET.
        http.cookies.set("pluralis_session", world.root)
        response = await http.get("/graphql", params={"query": "{ organizations { totalCount } }"})
        assert response.status_code == 400
        assert "data" not in response.text

    async def test_mutations_over_get_are_refused(
        self, http: httpx.AsyncClient, world: World
    ) -> None:
        http.cookies.set("pluralis_session", world.root)
        response = await http.get(
            "/graphql",
            params={
                "query": 'mutation { createOrganization(input: {name: "Via GET", kind: MEMBER}) '
                "{ errors { field } } }"
            },
        )
        assert response.status_code >= 400
        listed = await http.post("/graphql", json={"query": "{ organizations { totalCount } }"})
        assert listed.json()["data"]["organizations"]["totalCount"] == 3

    @pytest.mark.parametrize(
        "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]
    )
    async def test_posts_a_form_could_send_are_refused(
        self, http: httpx.AsyncClient, world: World, content_type: str
    ) -> None:
        # HTML forms may post these types cross-site without a preflight; only JSON is read.
        http.cookies.set("pluralis_session", world.root)
        response = await http.post(
            "/graphql",
            content=b'{"query": "{ organizations { totalCount } }"}',
            headers={"Content-Type": content_type},
        )
        assert response.status_code == 400
        assert "totalCount" not in response.text


def production_settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,
        mode=Mode.PRODUCTION,
        database_url=database_url,
        secret_key="production-" + "s" * 40,
        public_base_url="https://pluralis.example",
        jobs_backend="inprocess",
        events_backend="memory",
        sms_backend="outbox",
        mail_backend="outbox",
        web_dist=tmp_path / "no-web",
    )


@pytest.fixture
async def production_http(
    postgres_database: str, tmp_path: Path
) -> AsyncIterator[httpx.AsyncClient]:
    """The app as production builds it, on the test Postgres database."""
    async with production_client(production_settings(postgres_database, tmp_path)) as client:
        yield client


@asynccontextmanager
async def production_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    db = Database.from_url(settings.database_url)
    runtime = in_process_runtime(settings, db)
    transport = httpx.ASGITransport(app=create_app(runtime=runtime))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as client:
            yield client
    finally:
        await runtime.close()


class TestGraphiQL:
    async def test_is_served_in_the_embedded_default(self, http: httpx.AsyncClient) -> None:
        response = await http.get("/graphql", headers={"Accept": "text/html"})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/html")
        assert "graphiql" in response.text.lower()

    async def test_is_not_served_in_production(self, production_http: httpx.AsyncClient) -> None:
        response = await production_http.get("/graphql", headers={"Accept": "text/html"})
        assert response.status_code == 404
        assert "graphiql" not in response.text.lower()

    async def test_production_refuses_to_start_on_sqlite(self, tmp_path: Path) -> None:
        settings = production_settings(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}", tmp_path)
        with pytest.raises(UnsafeConfigError, match="DATABASE_URL"):
            create_app(settings=settings)


INTROSPECTION = "{ __schema { queryType { name } } }"


class TestIntrospection:
    """Issue 7, finding 12: introspection stayed on in production."""

    async def test_is_answered_in_the_embedded_default(self, http: httpx.AsyncClient) -> None:
        response = await http.post("/graphql", json={"query": INTROSPECTION})
        assert response.json() == {"data": {"__schema": {"queryType": {"name": "Query"}}}}

    async def test_is_refused_in_production(self, production_http: httpx.AsyncClient) -> None:
        body = (await production_http.post("/graphql", json={"query": INTROSPECTION})).json()
        assert body["data"] is None
        assert set(error_codes(body)) == {"GRAPHQL_VALIDATION_FAILED"}
        assert "introspection" in body["errors"][0]["message"].lower()
        # Clients still learn the type of what they got.
        typename = await production_http.post("/graphql", json={"query": "{ __typename }"})
        assert typename.json() == {"data": {"__typename": "Query"}}

    async def test_production_answers_it_when_the_setting_enables_it(
        self, postgres_database: str, tmp_path: Path
    ) -> None:
        settings = production_settings(postgres_database, tmp_path)
        settings.graphql_introspection = True
        async with production_client(settings) as client:
            response = await client.post("/graphql", json={"query": INTROSPECTION})
        assert response.json() == {"data": {"__schema": {"queryType": {"name": "Query"}}}}
