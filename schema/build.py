"""Assembles the schema with its hardening extensions."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from schema.context import Context
from schema.errors import error_extensions, should_mask_error
from schema.mutations import Mutation
from schema.queries import Query
from schema.subscriptions import Subscription
from server.settings import Settings

# Documents are few and repeated (the web app's own), so a bounded cache holds all of them and
# skips parsing and validation, which cost more than executing a small query.
DOCUMENT_CACHE_SIZE = 512


class CodedErrors(MaskErrors):
    """Masks unexpected errors and gives every error an `extensions.code`."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=should_mask_error)

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        processed: list[GraphQLError] = []
        for error in errors:
            extensions = error_extensions(error)
            if should_mask_error(error):
                error = self.anonymise_error(error)
            error.extensions = {**extensions, **(error.extensions or {})}
            processed.append(error)
        return processed


class AuditFlush(SchemaExtension):
    """Writes the request's audit trail once, after execution."""

    async def on_operation(self) -> AsyncIterator[None]:
        yield
        context = self.execution_context.context
        if isinstance(context, Context) and "audit" in context.__dict__ and context.audit.pending:
            async with context.runtime.db.transaction() as session:
                await context.audit.flush(session)


class PluralisSchema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        # Expected errors are the client's business and unexpected ones were already logged
        # with the request id by CodedErrors; logging again would duplicate stack traces.
        return None


def extensions_for(settings: Settings) -> list[Callable[[], SchemaExtension]]:
    return [
        lambda: QueryDepthLimiter(max_depth=settings.graphql_max_depth),
        lambda: MaxAliasesLimiter(max_alias_count=settings.graphql_max_aliases),
        lambda: MaxTokensLimiter(max_token_count=settings.graphql_max_tokens),
        lambda: ParserCache(maxsize=DOCUMENT_CACHE_SIZE),
        lambda: ValidationCache(maxsize=DOCUMENT_CACHE_SIZE),
        CodedErrors,
        AuditFlush,
    ]


def build_schema(settings: Settings | None = None) -> PluralisSchema:
    return PluralisSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=extensions_for(settings or Settings()),
        config=StrawberryConfig(auto_camel_case=True),
    )


# For `strawberry export-schema schema.build:schema` and the drift check.
schema = build_schema()
