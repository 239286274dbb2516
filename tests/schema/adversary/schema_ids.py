"""Every argument and input field of type ID in the schema, read from the schema itself."""

from __future__ import annotations

from collections.abc import Iterator

from graphql import (
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLObjectType,
    get_named_type,
)

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
    """(field, argument path) for every ID a query or mutation can pass.

    The field is written "Query.person", or "Event.registrations" for an argument of a field
    below the root (reached through a query); the path is the argument name followed by input
    field names, e.g. "input.speakerIds" (a list of IDs counts as one path). Subscriptions are
    left out: the one there takes no id, and they are not posted to /graphql.
    """
    graphql_schema = build_schema(settings)._schema
    found: set[tuple[str, str]] = set()
    for type_name, type_ in graphql_schema.type_map.items():
        if not isinstance(type_, GraphQLObjectType) or type_name.startswith("__"):
            continue
        if type_ is graphql_schema.subscription_type:
            continue
        for field_name, object_field in type_.fields.items():
            for arg_name, arg in object_field.args.items():
                for path in _walk(arg.type, arg_name, frozenset()):
                    found.add((f"{type_name}.{field_name}", path))
    return found
