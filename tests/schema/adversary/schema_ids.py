"""Every argument and input field of type ID on the root fields, read from the schema."""

from __future__ import annotations

from collections.abc import Iterator

from graphql import GraphQLID, GraphQLInputObjectType, GraphQLInputType, get_named_type

from schema.build import build_schema
from server.settings import Settings


def _walk(type_: GraphQLInputType, path: str, seen: frozenset[str]) -> Iterator[str]:
    named = get_named_type(type_)
    if named is GraphQLID:
        yield path
    elif isinstance(named, GraphQLInputObjectType) and named.name not in seen:
        # Input objects may nest (and even recur); lists are unwrapped by get_named_type.
        for name, input_field in named.fields.items():
            yield from _walk(input_field.type, f"{path}.{name}", seen | {named.name})


def id_arguments(settings: Settings) -> set[tuple[str, str]]:
    """(root field, argument path) for every ID the Query and Mutation fields accept.

    The root field is written "Query.person"; the path is the argument name followed by input
    field names, e.g. "input.speakerIds" (a list of IDs counts as one path).
    """
    graphql_schema = build_schema(settings)._schema
    found: set[tuple[str, str]] = set()
    for root in (graphql_schema.query_type, graphql_schema.mutation_type):
        assert root is not None
        for field_name, root_field in root.fields.items():
            for arg_name, arg in root_field.args.items():
                for path in _walk(arg.type, arg_name, frozenset()):
                    found.add((f"{root.name}.{field_name}", path))
    return found
