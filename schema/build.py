"""Assembles the schema with its hardening extensions."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import strawberry
from graphql import ASTValidationRule, GraphQLError, NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as alias_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext, ExecutionResult, StreamExecutionResult

from schema.context import Context
from schema.errors import error_extensions, should_mask_error
from schema.inputs import RefuseNulCharacters
from schema.limits import BoundInputs
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
    """Writes the audit trail of personal data read during an operation.

    Personal data must not leave without its audit rows. If writing them fails, the result is
    withheld and replaced by the failure, masked like any unexpected error. Letting the
    exception escape instead would bypass CodedErrors and send its raw message to the client.
    """

    async def _flush(self) -> None:
        context = self.execution_context.context
        if isinstance(context, Context) and "audit" in context.__dict__ and context.audit.pending:
            async with context.runtime.db.transaction() as session:
                await context.audit.flush(session)

    async def on_operation(self) -> AsyncIterator[None]:
        yield
        try:
            await self._flush()
        except Exception as exc:
            result = self.execution_context.result
            if result is None:
                raise
            # CodedErrors unwinds after this extension: it masks and logs this error.
            result.data = None
            result.errors = [GraphQLError(str(exc), original_error=exc)]

    async def on_stream_result(self, result: StreamExecutionResult) -> AsyncIterator[None]:
        # A subscription's operation lasts as long as the connection, so each event's reads
        # are written before the event goes out rather than when the client leaves.
        try:
            await self._flush()
        except Exception as exc:
            if not isinstance(result, ExecutionResult):  # incremental delivery is not enabled
                raise
            # CodedErrors has already processed this result, so the error is masked here.
            failure = GraphQLError(str(exc), original_error=exc)
            should_mask_error(failure)
            masked = GraphQLError("Unexpected error.", extensions=error_extensions(failure))
            result.data = None
            result.errors = [masked]
        yield


class PluralisSchema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        # Expected errors are the client's business and unexpected ones were already logged
        # with the request id by CodedErrors; logging again would duplicate stack traces.
        return None


def extensions_for(settings: Settings) -> list[Callable[[], SchemaExtension]]:
    # The limit rules are built once: QueryDepthLimiter and MaxAliasesLimiter would create new
    # rule classes per request, and the validation cache is keyed by the rules, so it would
    # never hit and every request would be validated again (over half of a small request).
    limit_rules: list[type[ASTValidationRule]] = [
        depth_rule(settings.graphql_max_depth, None, None),
        alias_rule(settings.graphql_max_aliases),
    ]
    if not settings.introspection:
        # Production hands out no map of the schema; `__typename` still works.
        limit_rules.append(NoSchemaIntrospectionCustomRule)
    return [
        lambda: AddValidationRules(limit_rules),
        lambda: MaxTokensLimiter(max_token_count=settings.graphql_max_tokens),
        lambda: ParserCache(maxsize=DOCUMENT_CACHE_SIZE),
        lambda: ValidationCache(maxsize=DOCUMENT_CACHE_SIZE),
        RefuseNulCharacters,
        BoundInputs,
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
