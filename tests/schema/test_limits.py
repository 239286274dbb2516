"""Bounds on input: text lengths, list lengths, dates, and constraint violations as field errors.

The walk over the schema finds every String and ID a mutation accepts, at any depth of its
inputs, so a mutation or field added later is covered without editing this file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from types import SimpleNamespace
from typing import Any, cast

from graphql import (
    GraphQLArgument,
    GraphQLEnumType,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    Undefined,
    get_named_type,
)
from sqlmodel import col, select

from schema.build import schema as built_schema
from schema.context import Info
from schema.limits import TEXT_LIMITS, text_limit
from schema.units import in_transaction
from server.kit import limits
from server.orgs.models import Organization, OrganizationKind
from server.runtime import Runtime
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, error_codes

GRAPHQL = built_schema._schema
assert GRAPHQL.mutation_type is not None
MUTATION: GraphQLObjectType = GRAPHQL.mutation_type
# Values that let a mutation get as far as writing, so text at its limit reaches the database.
GOOD_VALUES: dict[str, object] = {
    "timeZone": "UTC",
    "startsAt": "2031-03-04T10:00:00",
    "endsAt": "2031-03-04T12:00:00",
    "email": "someone@example.org",
    "number": "+254712999999",
    "rrule": "FREQ=WEEKLY;COUNT=2",
    "preferredLanguage": "en",
    "country": "KE",
}
SCALAR_VALUES: dict[str, object] = {
    "String": "x",
    "ID": "1",
    "Int": 1,
    "Float": 0.5,
    "Boolean": False,
    "DateTime": "2031-03-04T10:00:00",
    "Date": "2031-03-04",
    # A file goes as a multipart upload; sent as JSON text, it is refused as a field error,
    # after the other arguments' limits were checked (which is what these tests look at).
    "Upload": "code,name,parent_code\n",
}


@dataclass(frozen=True)
class TextInput:
    """One String or ID position of a mutation, e.g. createPerson(input.phones.0.number)."""

    mutation: str
    path: tuple[str | int, ...]
    limit: int

    @property
    def field(self) -> str:
        return ".".join(str(p) for p in self.path)


def _required(field: GraphQLArgument | GraphQLInputField) -> bool:
    return isinstance(field.type, GraphQLNonNull) and field.default_value is Undefined


def _sample(type_: GraphQLInputType, name: str, ids: dict[str, str]) -> object:
    """The smallest plausible value of a type: required fields only, one item per list."""
    if isinstance(type_, GraphQLNonNull):
        return _sample(type_.of_type, name, ids)
    if isinstance(type_, GraphQLList):
        return [_sample(type_.of_type, name, ids)]
    if isinstance(type_, GraphQLInputObjectType):
        return {n: _sample(f.type, n, ids) for n, f in type_.fields.items() if _required(f)}
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    assert isinstance(type_, GraphQLScalarType)
    if type_.name == "ID":
        return ids.get(name, ids["default"])
    return GOOD_VALUES.get(name, SCALAR_VALUES[type_.name])


def _text_positions(
    type_: GraphQLInputType, owner: str, name: str, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], int]]:
    named = get_named_type(type_)
    inner = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
    if isinstance(inner, GraphQLList):
        path = (*path, 0)
    if isinstance(named, GraphQLInputObjectType):
        for field_name, field in named.fields.items():
            yield from _text_positions(field.type, named.name, field_name, (*path, field_name))
    elif named.name == "ID":
        yield path, limits.ID
    elif named.name == "String":
        yield path, text_limit(owner, name)


def mutation_text_inputs() -> list[TextInput]:
    found = []
    for field_name, field in MUTATION.fields.items():
        for arg_name, arg in field.args.items():
            owner = f"Mutation.{field_name}"
            for path, limit in _text_positions(arg.type, owner, arg_name, (arg_name,)):
                found.append(TextInput(field_name, path, limit))
    return found


def _put(container: Any, path: tuple[str | int, ...], value: object) -> None:
    """Set a value deep inside variables, creating the optional objects and lists on the way."""
    for step, following in pairwise(path):
        if isinstance(container, list):
            container = container[cast(int, step)]
        else:
            if container.get(step) is None:
                container[step] = [{}] if isinstance(following, int) else {}
            container = container[step]
    if isinstance(container, list):
        container[cast(int, path[-1])] = value
    else:
        container[path[-1]] = value


def request_for(text: TextInput, value: str, ids: dict[str, str]) -> tuple[str, dict[str, Any]]:
    args = {
        n: a
        for n, a in MUTATION.fields[text.mutation].args.items()
        if _required(a) or n == text.path[0]
    }
    variables = {n: _sample(a.type, n, ids) for n, a in args.items()}
    _put(variables, text.path, value)
    declared = ", ".join(f"${n}: {a.type}" for n, a in args.items())
    passed = ", ".join(f"{n}: ${n}" for n in args)
    return f"mutation({declared}) {{ {text.mutation}({passed}) {{ __typename }} }}", variables


class TestEveryMutationTextInputIsBounded:
    """Issue 7, finding 12 and deliverable 5: text lengths were unchecked, so a 5 MB
    description was stored and Postgres could answer 500 where SQLite accepted."""

    def test_the_walk_finds_the_texts_of_nested_inputs(self) -> None:
        fields = {(t.mutation, t.field) for t in mutation_text_inputs()}
        assert ("createPerson", "input.phones.0.number") in fields
        assert ("createEvent", "input.description") in fields
        assert ("addSession", "input.speakerIds.0") in fields

    async def test_one_character_over_the_limit_is_refused_naming_field_and_limit(
        self, gql: GraphQLClient, world: World
    ) -> None:
        ids = {"default": "1"}
        for text in mutation_text_inputs():
            query, variables = request_for(text, "é" * (text.limit + 1), ids)
            body = await gql.execute(query, variables, token=world.root)
            assert body["data"] is None, (text, body)
            assert error_codes(body) == ["BAD_USER_INPUT"], (text, body)
            message = f"Use at most {text.limit:,} characters."
            assert body["errors"][0]["extensions"]["fields"] == [
                {"field": text.field, "message": message, "code": "too_long"}
            ], text

    async def test_text_at_the_limit_never_fails_in_the_database(
        self, gql: GraphQLClient, world: World
    ) -> None:
        # Postgres counts characters as Python does, so multi-byte text must fit exactly.
        ids = {"default": str(world.kenya), "id": "1"}
        for text in mutation_text_inputs():
            query, variables = request_for(text, "é" * text.limit, ids)
            body = await gql.execute(query, variables, token=world.root)
            assert "INTERNAL_SERVER_ERROR" not in error_codes(body), (text, body)
            problems = [
                p for e in body.get("errors") or [] for p in e["extensions"].get("fields", [])
            ]
            assert "too_long" not in [p["code"] for p in problems], (text, body)

    async def test_a_description_at_its_limit_is_stored_whole(
        self, gql: GraphQLClient, world: World
    ) -> None:
        description = "ü" * limits.DESCRIPTION
        body = await gql.execute(
            "mutation($i: CreateEventInput!) { createEvent(input: $i) "
            "{ event { description } errors { field code } } }",
            {
                "i": {
                    "hostOrganizationId": str(world.kenya),
                    "kind": "FORUM",
                    "title": "t" * limits.TITLE,
                    "timeZone": "Africa/Nairobi",
                    "startsAt": "2031-03-04T10:00:00",
                    "endsAt": "2031-03-04T12:00:00",
                    "description": description,
                }
            },
            token=world.organizer.token,
        )
        assert body["data"]["createEvent"]["errors"] == [], body
        assert body["data"]["createEvent"]["event"]["description"] == description

    def test_every_listed_limit_names_a_real_argument_or_input_field(self) -> None:
        for owner, name in TEXT_LIMITS:
            if "." in owner:
                type_name, field_name = owner.split(".")
                object_type = GRAPHQL.type_map[type_name]
                assert isinstance(object_type, GraphQLObjectType)
                fields = object_type.fields
                assert name in fields[field_name].args, (owner, name)
            else:
                input_type = GRAPHQL.type_map[owner]
                assert isinstance(input_type, GraphQLInputObjectType)
                assert name in input_type.fields, (owner, name)


class TestLongLists:
    """Issue 7, deliverable 5: every list in an input is bounded, ids included."""

    async def test_more_items_than_the_limit_are_refused(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            'mutation($ids: [ID!]!) { addSession(eventId: 1, input: {kind: PANEL, title: "t", '
            'startsAt: "2031-03-04T10:00:00", endsAt: "2031-03-04T11:00:00", '
            "speakerIds: $ids}) { __typename } }",
            {"ids": [str(i) for i in range(limits.LIST_ITEMS + 1)]},
            token=world.root,
        )
        assert error_codes(body) == ["BAD_USER_INPUT"]
        assert body["errors"][0]["extensions"]["fields"] == [
            {
                "field": "input.speakerIds",
                "message": f"Give at most {limits.LIST_ITEMS} items.",
                "code": "too_many",
            }
        ]

    async def test_a_text_written_in_the_document_is_bounded_like_a_variable(
        self, gql: GraphQLClient, world: World
    ) -> None:
        reason = "r" * (limits.REASON + 1)
        body = await gql.execute(
            f'mutation {{ cancelEvent(id: "1", reason: "{reason}") {{ __typename }} }}',
            token=world.root,
        )
        assert body["errors"][0]["extensions"]["fields"][0]["field"] == "reason"


class TestWhereTextsAreFound:
    """Issue 7, deliverable 5: arguments inside fragments and nested fields are bounded too."""

    async def test_a_text_inside_a_fragment_is_bounded(
        self, gql: GraphQLClient, world: World
    ) -> None:
        tag = "t" * (limits.TAG + 1)
        body = await gql.execute(
            "query { ...Page } fragment Page on Query { ... on Query { "
            f'found: events(filter: {{tag: "{tag}"}}) {{ edges {{ cursor }} }} }} }}',
            token=world.observer.token,
        )
        assert body["errors"][0]["extensions"]["fields"] == [
            {"field": "filter.tag", "message": "Use at most 50 characters.", "code": "too_long"}
        ]

    async def test_a_default_value_of_a_variable_is_bounded(
        self, gql: GraphQLClient, world: World
    ) -> None:
        reason = "r" * (limits.REASON + 1)
        body = await gql.execute(
            f'mutation($r: String! = "{reason}") {{ cancelEvent(id: "1", reason: $r) '
            "{ __typename } }",
            token=world.root,
        )
        assert body["errors"][0]["extensions"]["fields"][0]["field"] == "reason"

    async def test_an_id_of_a_nested_field_is_bounded(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            "query($s: ID) { events(first: 1) { edges { node { registrations(sessionId: $s) "
            "{ id } } } } }",
            {"s": "1" * (limits.ID + 1)},
            token=world.observer.token,
        )
        assert body["errors"][0]["extensions"]["fields"][0]["field"] == "sessionId"


class TestTextThatIsNotUnicode:
    """Issue 7, finding 12: a lone surrogate in JSON is stored by SQLite but fails in Postgres'
    UTF-8 encoding; it is refused on both, by the JSON reader at the HTTP edge (400) before any
    resolver or database sees it."""

    async def test_a_lone_surrogate_is_refused(self, gql: GraphQLClient, world: World) -> None:
        # JSON may escape a lone surrogate; httpx would refuse to encode one itself.
        query = (
            "mutation($n: String!) { createApiToken(organizationId: 1, name: $n, role: OBSERVER)"
            " { token } }"
        )
        response = await gql.http.post(
            "/graphql",
            content=json.dumps({"query": query, "variables": {"n": "bot \ud800"}}),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {world.root}"},
        )
        assert response.status_code == 400
        assert "not valid Unicode" in response.text


class TestDatesOutsideTheRepresentableRange:
    """Issue 7, finding 12: events(filter: {startsAfter: "0001-01-01T00:00:00+14:00"}) was a
    500 (an OverflowError converting to UTC); any such DateTime input is now bad input."""

    EVENTS = "query($d: DateTime) { events(filter: {startsAfter: $d}) { edges { cursor } } }"

    async def test_the_reported_filter_is_bad_input(self, gql: GraphQLClient, world: World) -> None:
        body = await gql.execute(
            '{ events(filter: {startsAfter: "0001-01-01T00:00:00+14:00"}) { edges { cursor } } }',
            token=world.observer.token,
        )
        assert error_codes(body) == ["BAD_USER_INPUT"]
        problem = body["errors"][0]["extensions"]["fields"][0]
        assert problem["field"] == "filter.startsAfter"
        assert problem["code"] == "out_of_range"
        assert "0001-01-02" in problem["message"] and "9999-12-30" in problem["message"]

    async def test_both_ends_with_offsets_are_refused_in_variables(
        self, gql: GraphQLClient, world: World
    ) -> None:
        for value in (
            "0001-01-01T00:00:00+14:00",
            "0001-01-01T10:00:00",
            "9999-12-31T23:00:00-12:00",
            "9999-12-31T23:59:59",
        ):
            body = await gql.execute(self.EVENTS, {"d": value}, token=world.observer.token)
            assert error_codes(body) == ["BAD_USER_INPUT"], value

    async def test_all_day_dates_at_the_ends_are_refused_too(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            "mutation($d: Date) { createEvent(input: {hostOrganizationId: 1, kind: FORUM, "
            'title: "t", timeZone: "Pacific/Kiritimati", allDay: true, startDate: $d, '
            "endDate: $d}) { __typename } }",
            {"d": "0001-01-01"},
            token=world.root,
        )
        assert error_codes(body) == ["BAD_USER_INPUT"]
        fields = body["errors"][0]["extensions"]["fields"]
        assert [f["field"] for f in fields] == ["input.startDate", "input.endDate"]

    async def test_ordinary_dates_still_filter(self, gql: GraphQLClient, world: World) -> None:
        body = await gql.execute(
            self.EVENTS, {"d": "2031-03-04T10:00:00+14:00"}, token=world.observer.token
        )
        assert body["data"]["events"] == {"edges": []}


class TestConstraintViolations:
    """Issue 7, finding 12: database constraints reached clients as masked 500s; a refused
    change is now a field error that names nothing else, and nothing is stored."""

    async def test_a_foreign_key_violation_is_a_field_error(
        self, gql: GraphQLClient, world: World
    ) -> None:
        body = await gql.execute(
            'mutation { createApiToken(organizationId: "99999", name: "bot", role: OBSERVER) '
            "{ token errors { field message code } } }",
            token=world.root,
        )
        assert "INTERNAL_SERVER_ERROR" not in error_codes(body), body
        payload = body["data"]["createApiToken"]
        assert payload["token"] is None
        # The organization is resolved before the insert, so the answer is the one for any
        # organization the caller may not use; the generic conflict net is tested below.
        assert payload["errors"] == [
            {"field": "organizationId", "message": "No such organization.", "code": "not_found"}
        ]

    async def test_names_differing_only_in_non_ascii_case_never_give_a_500(
        self, gql: GraphQLClient, world: World, runtime: Runtime
    ) -> None:
        create = (
            'mutation { createOrganization(input: {name: "Ä", kind: MEMBER}) '
            "{ organization { id } errors { code } } }"
        )
        first = await gql.execute(create, token=world.root)
        assert first["data"]["createOrganization"]["errors"] == []
        second = await gql.execute(create, token=world.root)
        assert "INTERNAL_SERVER_ERROR" not in error_codes(second), second
        codes = [e["code"] for e in second["data"]["createOrganization"]["errors"]]
        assert codes in (["conflict"], ["taken"])
        async with runtime.db.read() as session:
            rows = (
                await session.exec(select(Organization).where(col(Organization.name) == "Ä"))
            ).all()
        assert len(rows) == 1

    async def test_a_unit_of_work_refused_by_the_database_is_rolled_back(
        self, runtime: Runtime, world: World
    ) -> None:
        # A race between a uniqueness check and the insert ends here: both rows are written
        # in one unit, so the second insert is refused and the first must not remain either.
        info = cast(Info, SimpleNamespace(context=SimpleNamespace(runtime=runtime)))

        async def work(session: Any) -> None:
            session.add(Organization(name="Twin", slug="twin-1", kind=OrganizationKind.MEMBER))
            session.add(Organization(name="Twin", slug="twin-2", kind=OrganizationKind.MEMBER))
            await session.flush()

        result, errors = await in_transaction(info, work)
        assert result is None
        assert [(e.field, e.code, e.message) for e in errors] == [
            (None, "conflict", "This conflicts with data that already exists.")
        ]
        async with runtime.db.read() as session:
            rows = (
                await session.exec(select(Organization).where(col(Organization.name) == "Twin"))
            ).all()
        assert rows == []
