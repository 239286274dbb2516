"""Bounds on every text, list and date an operation carries, checked before any resolver runs.

The lengths come from server/kit/limits.py, the table the database columns follow too. Every
String argument and input field is bounded: by its entry in TEXT_LIMITS, or else by
DEFAULT_TEXT, so a field added later without an entry is bounded as well. Ids, lists and
dates are bounded wherever they appear. Literals in the document and values of variables are
both checked, since a client may send either.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import dateutil.parser
from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLScalarType,
    GraphQLSchema,
    InlineFragmentNode,
    ListValueNode,
    ObjectValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    StringValueNode,
    ValueNode,
    VariableNode,
    get_named_type,
)
from graphql import ExecutionResult as GraphQLExecutionResult
from strawberry.extensions import SchemaExtension

from server.kit import limits
from server.kit.errors import FieldProblem, InvalidInput


def _for_each(types: tuple[str, ...], **fields: int) -> dict[tuple[str, str], int]:
    """The same field limits for a create input and its update twin."""
    return {(name, field): limit for name in types for field, limit in fields.items()}


# Text limits by (type or field, name): an input type and its field, or "Type.field" and an
# argument of that field. Anything not listed gets limits.DEFAULT_TEXT.
TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("Query.organizations", "after"): limits.CURSOR,
    ("Query.people", "after"): limits.CURSOR,
    ("Query.events", "after"): limits.CURSOR,
    ("OrganizationFilter", "country"): limits.COUNTRY,
    ("OrganizationFilter", "search"): limits.SEARCH,
    ("PersonFilter", "search"): limits.SEARCH,
    ("EventFilter", "tag"): limits.TAG,
    ("Mutation.createEventSeries", "rrule"): limits.RRULE,
    ("Mutation.postponeEvent", "reason"): limits.REASON,
    ("Mutation.cancelEvent", "reason"): limits.REASON,
    ("Mutation.addRoom", "name"): limits.SHORT_NAME,
    ("Mutation.createInvitation", "email"): limits.EMAIL,
    ("Mutation.acceptInvitation", "token"): limits.TOKEN,
    ("Mutation.signIn", "email"): limits.EMAIL,
    ("Mutation.signIn", "password"): limits.PASSWORD,
    ("Mutation.createApiToken", "name"): limits.TOKEN_NAME,
    **_for_each(
        ("CreateEventInput", "UpdateEventInput"),
        title=limits.TITLE,
        timeZone=limits.TIME_ZONE,
        description=limits.DESCRIPTION,
        tags=limits.TAG,
        languages=limits.LANGUAGE,
        onlineUrl=limits.URL,
    ),
    ("CreateVenueInput", "name"): limits.NAME,
    ("CreateVenueInput", "address"): limits.ADDRESS,
    ("CreateVenueInput", "city"): limits.SHORT_NAME,
    ("CreateVenueInput", "country"): limits.COUNTRY,
    **_for_each(
        ("SessionInput", "UpdateSessionInput"),
        title=limits.TITLE,
        description=limits.DESCRIPTION,
        track=limits.SHORT_NAME,
    ),
    **_for_each(
        ("CreateOrganizationInput", "UpdateOrganizationInput"),
        name=limits.NAME,
        country=limits.COUNTRY,
    ),
    **_for_each(
        ("CreatePersonInput", "UpdatePersonInput"),
        name=limits.NAME,
        email=limits.EMAIL,
        preferredLanguage=limits.LANGUAGE,
        timeZone=limits.TIME_ZONE,
    ),
    ("PhoneInput", "number"): limits.PHONE_INPUT,
    ("PhoneInput", "label"): limits.PHONE_LABEL,
    # Forms and incidents (issue 10).
    ("CreateFormInput", "definition"): limits.FORM_DEFINITION,
    ("Mutation.publishFormVersion", "definition"): limits.FORM_DEFINITION,
    ("LocalizedTextInput", "text"): limits.NAME,
    ("ReportIncidentInput", "description"): limits.INCIDENT_TEXT,
    ("Mutation.addIncidentNote", "text"): limits.INCIDENT_TEXT,
    ("Mutation.resolveIncident", "note"): limits.INCIDENT_TEXT,
    ("Query.missionIncidents", "after"): limits.CURSOR,
}

# One answer need not list thousands of problems: a few tell the client what to fix.
MAX_PROBLEMS = 20
DATE_RANGE_MESSAGE = (
    f"Give a date between {limits.EARLIEST.date().isoformat()} "
    f"and {limits.LATEST.date().isoformat()} (after applying any time zone offset)."
)
# The longest ISO 8601 form the scalars read ("2026-11-29T06:20:00.123456+05:45") is 32.
DATE_TEXT = 64


def text_limit(owner: str, name: str) -> int:
    return TEXT_LIMITS.get((owner, name), limits.DEFAULT_TEXT)


def _date_in_range(text: str, scalar: str) -> bool:
    """False for a DateTime (or Date) whose conversion to UTC, or to any zone, would overflow."""
    try:
        if scalar == "Date":
            day = date.fromisoformat(text)
            return limits.EARLIEST.date() <= day <= limits.LATEST.date()
        value: datetime = dateutil.parser.isoparse(text)
    except (ValueError, OverflowError):
        return True  # not a date at all: the scalar itself refuses it, with its own message
    if value.tzinfo is None:
        earliest, latest = limits.EARLIEST.replace(tzinfo=None), limits.LATEST.replace(tzinfo=None)
        return earliest <= value <= latest
    try:
        return limits.EARLIEST <= value.astimezone(UTC) <= limits.LATEST
    except OverflowError:
        return False


class _Bounds:
    """Collects the problems of one operation's argument values."""

    def __init__(self, variables: dict[str, Any]) -> None:
        self.variables = variables
        # Defaults written in variable definitions ($d: String = "…") are text too.
        self.defaults: dict[str, ValueNode] = {}
        self.problems: list[FieldProblem] = []

    def add(self, path: str, message: str, code: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(FieldProblem(path, message, code))

    def scalar(self, value: object, type_: GraphQLScalarType, limit: int, path: str) -> None:
        if not isinstance(value, str):
            return
        is_date = type_.name in ("DateTime", "Date")
        maximum = limits.ID if type_.name == "ID" else DATE_TEXT if is_date else limit
        if len(value) > maximum:
            self.add(path, f"Use at most {maximum:,} characters.", "too_long")
        elif is_date and not _date_in_range(value, type_.name):
            self.add(path, DATE_RANGE_MESSAGE, "out_of_range")
        elif not value.isascii() and not _is_unicode(value):
            # A lone surrogate from JSON ("\\ud800") cannot be stored by Postgres in UTF-8.
            self.add(path, "Text must be valid Unicode.", "invalid_text")

    def value(self, value: object, type_: GraphQLInputType, limit: int, path: str) -> None:
        """A variable's raw JSON value, walked along its declared type."""
        if isinstance(type_, GraphQLNonNull):
            type_ = type_.of_type
        if isinstance(type_, GraphQLList):
            items = value if isinstance(value, list) else [value]
            if len(items) > limits.LIST_ITEMS:
                self.add(path, f"Give at most {limits.LIST_ITEMS} items.", "too_many")
                return
            for index, item in enumerate(items):
                self.value(item, type_.of_type, limit, f"{path}.{index}")
        elif isinstance(type_, GraphQLInputObjectType):
            if isinstance(value, dict):
                for name, field in type_.fields.items():
                    if name in value:
                        field_limit = text_limit(type_.name, name)
                        self.value(value[name], field.type, field_limit, f"{path}.{name}")
        elif isinstance(type_, GraphQLScalarType):
            self.scalar(value, type_, limit, path)

    def node(self, node: ValueNode, type_: GraphQLInputType, limit: int, path: str) -> None:
        """A value written in the document, walked along the type it is given for."""
        if isinstance(node, VariableNode):
            name = node.name.value
            if name in self.variables:
                self.value(self.variables[name], type_, limit, path)
            elif name in self.defaults:
                self.node(self.defaults[name], type_, limit, path)
            return
        if isinstance(type_, GraphQLNonNull):
            type_ = type_.of_type
        if isinstance(type_, GraphQLList):
            items = list(node.values) if isinstance(node, ListValueNode) else [node]
            if len(items) > limits.LIST_ITEMS:
                self.add(path, f"Give at most {limits.LIST_ITEMS} items.", "too_many")
                return
            for index, item in enumerate(items):
                self.node(item, type_.of_type, limit, f"{path}.{index}")
        elif isinstance(type_, GraphQLInputObjectType) and isinstance(node, ObjectValueNode):
            for field_node in node.fields:
                name = field_node.name.value
                field = type_.fields.get(name)
                if field is not None:
                    field_limit = text_limit(type_.name, name)
                    self.node(field_node.value, field.type, field_limit, f"{path}.{name}")
        elif isinstance(type_, GraphQLScalarType) and isinstance(node, StringValueNode):
            self.scalar(node.value, type_, limit, path)


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class _ArgumentWalk:
    """Hands every argument of every selected field to the bounds, with its field.

    A plain walk over the selections: a visitor keeping full type information costs several
    times more, and this runs on every request. Each fragment is walked once, because the
    bounds of its arguments do not depend on where it is spread.
    """

    def __init__(self, document: DocumentNode, schema: GraphQLSchema, bounds: _Bounds) -> None:
        self.schema = schema
        self.bounds = bounds
        self.fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self.seen: set[str] = set()

    def walk(self, selection_set: SelectionSetNode, parent: GraphQLNamedType) -> None:
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                self.field(selection, parent)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = self.schema.get_type(condition.name.value) if condition else parent
                if inner is not None:
                    self.walk(selection.selection_set, inner)
            elif isinstance(selection, FragmentSpreadNode):
                self.spread(selection.name.value)

    def spread(self, name: str) -> None:
        fragment = self.fragments.get(name)
        if fragment is None or name in self.seen:
            return
        self.seen.add(name)
        inner = self.schema.get_type(fragment.type_condition.name.value)
        if inner is not None:
            self.walk(fragment.selection_set, inner)

    def field(self, node: FieldNode, parent: GraphQLNamedType) -> None:
        fields: dict[str, GraphQLField] = getattr(parent, "fields", {})
        field = fields.get(node.name.value)
        if field is None:  # __typename and other meta fields take no text
            return
        owner = f"{parent.name}.{node.name.value}"
        for argument in node.arguments or ():
            name = argument.name.value
            definition = field.args.get(name)
            if definition is not None:
                self.bounds.node(argument.value, definition.type, text_limit(owner, name), name)
        if node.selection_set is not None:
            self.walk(node.selection_set, get_named_type(field.type))


def problems_of(
    document: DocumentNode, schema: GraphQLSchema, variables: dict[str, Any]
) -> list[FieldProblem]:
    """Every bound the document's arguments (with these variables) break, up to MAX_PROBLEMS."""
    bounds = _Bounds(variables)
    walk = _ArgumentWalk(document, schema, bounds)
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode):
            bounds.defaults = {
                v.variable.name.value: v.default_value
                for v in definition.variable_definitions or ()
                if v.default_value is not None
            }
            root = schema.get_root_type(definition.operation)
            if root is not None:
                walk.walk(definition.selection_set, root)
    return bounds.problems


class BoundInputs(SchemaExtension):
    """Refuses over-long text, over-long lists and out-of-range dates as bad input.

    Without it a 5 MB description is stored and rendered on every read, Postgres answers an
    internal error for text longer than its column where SQLite would store it, and a date in
    year 1 with a +14:00 offset overflows when converted to UTC. Setting the result here skips
    execution, so nothing runs and nothing changes.
    """

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is not None and context.result is None:
            problems = problems_of(
                context.graphql_document, context.schema._schema, context.variables or {}
            )
            if problems:
                invalid = InvalidInput(problems)
                context.result = GraphQLExecutionResult(
                    data=None, errors=[GraphQLError(str(invalid), original_error=invalid)]
                )
        yield
